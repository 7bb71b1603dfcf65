#version 440
// Writes the line's code; the material's colour mask keeps only the blue channel, so the
// territory id below the outline (red and green) survives.
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    vec4 colour;
};

void main()
{
    fragColor = colour;
}
