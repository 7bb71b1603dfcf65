#version 440
// Colours the id texture. Red + 256 * green is the pixel's palette entry (0 nothing, 1 county
// boundary, 2 state line, 3 + index a territory's fill), so the entry's texel is found with one
// multiply-add; blue is 1 where a territory outline lies over it. The palette holds premultiplied
// colours, 256 a row. No branches and one palette read: llvmpipe runs this for every pixel of the
// map on its general (float) path.
layout(location = 0) in vec2 texCoord;
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    vec4 outlineColour; // premultiplied
    vec4 paletteMap;    // xy: code to texture coordinate scale, zw: offset to the texel centre
    float qt_Opacity;
};

layout(binding = 1) uniform sampler2D ids;
layout(binding = 2) uniform sampler2D palette;

void main()
{
    vec4 code = texture(ids, texCoord);
    vec4 colour = texture(palette, code.rg * paletteMap.xy + paletteMap.zw);
    colour = mix(colour, outlineColour + colour * (1.0 - outlineColour.a), code.b);
    fragColor = colour * qt_Opacity;
}
