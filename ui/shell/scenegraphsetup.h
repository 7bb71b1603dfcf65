#pragma once

namespace stormcrew {

// How every Stormcrew window's Qt Quick scene graph is set up. Call before the application
// object is created: the settings are read when the first window's surface is made.
//
// Windows get no depth or stencil buffer (QSG_NO_DEPTH_BUFFER, QSG_NO_STENCIL_BUFFER): everything
// is drawn back to front, which gives the same picture for 2D content, and a frame no longer
// clears and tests a depth buffer of the window's size. On Mesa llvmpipe (no GPU: remote desktops,
// virtual machines) that clear and test were a tenth of an empty 1920x1080 frame and more of a
// textured one (docs/benchmarks.md, "Map canvas"); on a GPU they cost next to nothing either way.
// Nothing in Stormcrew clips with a rotated or non-rectangular clip, which is what needs the
// stencil. A value already set in the environment is kept.
void configureSceneGraph();

} // namespace stormcrew
