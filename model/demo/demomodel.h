#pragma once

// The demo's generating model, in one place: docs/demo-data.md lists these numbers, and the
// engine's tests check that a fit on the demo store recovers them.
namespace stormcrew::demo::truth {

// Outage incidents of a territory in a storm ~ NB2(mean, Theta) with
//   mean = overhead_km * exp(Intercept + LogGust * ln(max gust, m/s)
//          + HoursAbove20 * (hours with gust >= 20 m/s) + LeafOn * (leaf-on 0..1,
//          features/leafon.h, at the territory's bounding-box centre and the storm's start)
//          + Canopy * canopy_fraction + AntecedentPrecip * (precipitation of the 14 days before,
//          mm) + YearsSinceTrim * (years from last trimming to the storm's start)).
// Every covariate is computed from the store exactly as docs/demo-data.md defines it.
inline constexpr double Intercept = -25.2;
inline constexpr double LogGust = 6.0;
inline constexpr double HoursAbove20 = 0.08;
inline constexpr double LeafOn = 0.5;
inline constexpr double Canopy = 1.3;
inline constexpr double AntecedentPrecip = 0.005;
inline constexpr double YearsSinceTrim = 0.06;
inline constexpr double Theta = 2.5;

// The gust threshold of HoursAbove20, m/s.
inline constexpr double DurationThreshold = 20.0;

} // namespace stormcrew::demo::truth

namespace stormcrew::demo::fitted {

// Restoration time of an incident (hours) ~ lognormal(RestorationMu, RestorationSigma): the
// maximum-likelihood fit to the real LG&E and KU incident log on the four large storm days its
// README names (2021-02-11, 2021-12-11, 2022-06-17, 2023-03-03, Kentucky dates), each duration
// interval-censored to [last_seen - first_seen, + 2/3 h] (snapshots are about
// 20 minutes apart). Recomputed from the log by tests/demo/tst_restorationfit.cpp.
inline constexpr double RestorationMu = 0.7229;
inline constexpr double RestorationSigma = 1.8887;

// Customers of an incident ~ lognormal(CustomersMu, CustomersSigma), rounded, at least 1: the
// maximum-likelihood mean and standard deviation (divided by n) of log(max_customers_affected)
// on the same days.
inline constexpr double CustomersMu = 2.1939;
inline constexpr double CustomersSigma = 1.4783;

} // namespace stormcrew::demo::fitted
