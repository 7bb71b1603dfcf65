#version 440
// Colours the id texture: red + 256 * green is the territory's index + 1 (0: no territory),
// blue the line drawn there (1: county boundary, 2: state line, 3: territory outline). The
// palette holds one premultiplied colour per entry: 0 boundary, 1 state line, 2 outline,
// 3 + index the territory's fill.
layout(location = 0) in vec2 texCoord;
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    float qt_Opacity;
    float paletteWidth;
    float paletteRows;
};

layout(binding = 1) uniform sampler2D ids;
layout(binding = 2) uniform sampler2D palette;

vec4 entry(float index)
{
    float row = floor(index / paletteWidth);
    float column = index - row * paletteWidth;
    return texture(palette, vec2((column + 0.5) / paletteWidth, (row + 0.5) / paletteRows));
}

void main()
{
    vec4 id = floor(texture(ids, texCoord) * 255.0 + 0.5);
    float territory = id.r + 256.0 * id.g;
    vec4 colour = vec4(0.0);
    if (territory > 0.0)
        colour = entry(territory + 2.0);
    else if (id.b == 1.0)
        colour = entry(0.0);
    else if (id.b == 2.0)
        colour = entry(1.0);
    if (id.b == 3.0) {
        vec4 outline = entry(2.0);
        colour = outline + colour * (1.0 - outline.a);
    }
    fragColor = colour * qt_Opacity;
}
