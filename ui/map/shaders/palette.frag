#version 440
// Colours the id texture: red + 256 * green is the territory's index + 1 (0: no territory),
// blue the line drawn there (1: county boundary, 2: state line, 3: territory outline). The
// palette holds one premultiplied colour per entry: 0 boundary, 1 state line, 2 outline (taken
// from the uniform here), 3 + index the territory's fill. Written without branches and with one
// palette read: llvmpipe runs every branch of a 4x4 block, and this shader runs for every pixel
// of the map, on every frame of a gesture too.
layout(location = 0) in vec2 texCoord;
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    vec4 outlineColour; // premultiplied
    float qt_Opacity;
    float paletteWidth;
    float paletteRows;
};

layout(binding = 1) uniform sampler2D ids;
layout(binding = 2) uniform sampler2D palette;

void main()
{
    vec4 id = floor(texture(ids, texCoord) * 255.0 + 0.5);
    float territory = id.r + 256.0 * id.g;
    // The territory's entry, else the line's (boundary 0, state 1), else none (-1).
    float index = territory > 0.0 ? territory + 2.0 : (id.b < 2.5 ? id.b - 1.0 : -1.0);
    float row = floor(index / paletteWidth);
    vec2 at = vec2((index - row * paletteWidth + 0.5) / paletteWidth, (row + 0.5) / paletteRows);
    vec4 colour = texture(palette, at) * step(0.0, index);
    // An outline over whatever is below it.
    colour = mix(colour, outlineColour + colour * (1.0 - outlineColour.a), step(2.5, id.b));
    fragColor = colour * qt_Opacity;
}
