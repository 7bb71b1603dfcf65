#version 440
// The territory fills' quad: a rectangle over the whole drawing, sampled 1:1 from the id texture.
layout(location = 0) in vec4 vertex;
layout(location = 1) in vec2 texCoordIn;
layout(location = 0) out vec2 texCoord;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    vec4 outlineColour;
    vec4 paletteMap;
    float qt_Opacity;
};

out gl_PerVertex { vec4 gl_Position; };

void main()
{
    texCoord = texCoordIn;
    gl_Position = qt_Matrix * vertex;
}
