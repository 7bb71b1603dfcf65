#version 440
// Territory outlines into the id texture: positions only, placed by the layer's transform.
layout(location = 0) in vec4 vertex;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    vec4 colour;
};

out gl_PerVertex { vec4 gl_Position; };

void main()
{
    gl_Position = qt_Matrix * vertex;
}
