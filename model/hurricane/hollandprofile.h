#pragma once

// The parametric wind profile and the empirical relations the wind field is built from: pure
// functions over plain numbers (docs/hurricane.md cites each one).

namespace stormcrew::hurricane {

inline constexpr double MsPerKnot = 0.514444;
inline constexpr double KmPerNauticalMile = 1.852;
inline constexpr double AmbientPressureHpa = 1013.0; // Vickery & Wadhera (2008)

// Holland (1980) profile written with the maximum wind (its cyclostrophic form):
// V(r) = Vm * sqrt((Rm / r)^B * exp(1 - (Rm / r)^B)). V(Rm) = Vm; 0 at the centre.
[[nodiscard]] double hollandWind(double rKm, double vmaxMs, double rmwKm, double b);

// Holland (1980) gradient wind from the pressure drop (his eq. 4), in m/s:
// V = sqrt(B/rho * (Rm/r)^B * dp * exp(-(Rm/r)^B) + (r f / 2)^2) - r f / 2.
[[nodiscard]] double hollandGradientWind(double rKm, double pressureDropHpa, double rmwKm, double b,
                                         double airDensity, double coriolis);

// Vickery & Wadhera (2008), Atlantic storms: ln RMW = 3.015 - 6.291e-5 dp^2 +
// 0.0337 latitude (RMW in km, dp in hPa).
[[nodiscard]] double vickeryWadheraRmwKm(double pressureDropHpa, double latitude);

// Vickery & Wadhera (2008): B = 1.881 - 0.00557 RMW - 0.01295 latitude, held
// within 0.8..2.5 (the range their fits span).
[[nodiscard]] double vickeryWadheraB(double rmwKm, double latitude);

// Atkinson & Holliday (1977): Vmax = 6.7 (1010 - pc)^0.644 kt, inverted for storms without a
// central pressure: the pressure drop (to 1013 hPa) of a maximum wind in kt.
[[nodiscard]] double pressureDropFromWindHpa(double vmaxKt);

// Kaplan & DeMaria (1995) decay of the maximum wind after landfall, without their coastal
// reduction factor (the territory exposure factor applies it, see windfield.h):
// V(t) = Vb + (V0 - Vb) exp(-alpha t), Vb = 26.7 kt, alpha = 0.095 per hour.
[[nodiscard]] double kaplanDeMariaDecayMs(double v0Ms, double hoursSinceLandfall);

// Jelesnianski (1966): the share of the translation speed added at radius r,
// Rm r / (Rm^2 + r^2) (one half at the radius of maximum wind).
[[nodiscard]] double translationWeight(double rKm, double rmwKm);

// Clears the upper halves of the AVX registers (vzeroupper) on x86-64 CPUs that have them. Some
// library in the process leaves them dirty, and every SSE instruction then pays a transition
// penalty: glibc's exp took 300-480 ns a call instead of 13 in stormcrew-cli (measured). The
// kernels call it before their loops, on each thread (new threads inherit the dirty state).
void clearUpperVectorState();

} // namespace stormcrew::hurricane
