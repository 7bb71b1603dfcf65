#include "stormfield.h"

#include "demorandom.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace stormcrew::demo {

namespace {

constexpr double Degrees = std::numbers::pi / 180.0;

double square(double v)
{
    return v * v;
}

// 0 at u <= 0, 1 at u >= 1, smooth between.
double smoothStep(double u)
{
    u = std::clamp(u, 0.0, 1.0);
    return u * u * (3 - 2 * u);
}

void setBearing(StormField &field, double bearingDegrees)
{
    field.dirX = std::sin(bearingDegrees * Degrees);
    field.dirY = std::cos(bearingDegrees * Degrees);
}

// Along-motion (s) and across-motion (n, positive to the left) coordinates of a point.
double along(const StormField &f, LocalKm p)
{
    return p.x * f.dirX + p.y * f.dirY;
}
double across(const StormField &f, LocalKm p)
{
    return -p.x * f.dirY + p.y * f.dirX;
}

// The range of the extent's corners along and across the motion.
struct Span {
    double minAlong = 1e300;
    double maxAlong = -1e300;
    double minAcross = 1e300;
    double maxAcross = -1e300;
};

Span spanOf(const StormField &f, const KmExtent &e)
{
    Span span;
    const std::array<LocalKm, 4> corners{
        {{e.minX, e.minY}, {e.maxX, e.minY}, {e.minX, e.maxY}, {e.maxX, e.maxY}}};
    for (const LocalKm &c : corners) {
        span.minAlong = std::min(span.minAlong, along(f, c));
        span.maxAlong = std::max(span.maxAlong, along(f, c));
        span.minAcross = std::min(span.minAcross, across(f, c));
        span.maxAcross = std::max(span.maxAcross, across(f, c));
    }
    return span;
}

void drawLine(StormField &f, const KmExtent &extent, DemoRandom &r, bool derecho)
{
    setBearing(f, derecho ? r.uniform(95, 125) : r.uniform(70, 120));
    f.speedKmh = derecho ? r.uniform(60, 95) : r.uniform(35, 60);
    f.peak = derecho ? r.uniform(28, 37) : r.uniform(21, 29);
    f.halfWidthKm = derecho ? r.uniform(25, 45) : r.uniform(35, 60);
    f.lateralWidth = derecho ? r.uniform(90, 180) : r.uniform(250, 450);
    f.lateralFloor = derecho ? 0.3 : 0.55;
    f.lifeCentre = r.uniform(0.2, 0.8);
    f.rainPeak = derecho ? r.uniform(25, 45) : r.uniform(20, 35);
    const Span span = spanOf(f, extent);
    f.lateralCentre = r.uniform(span.minAcross + 60, span.maxAcross - 60);
    f.startPos = span.minAlong - 30;
    f.pathLength = span.maxAlong - span.minAlong + 60;
    f.hours = f.pathLength / f.speedKmh;
}

// A cluster of thunderstorm cells: born around a common centre over a few hours, moving with
// the mid-level wind (mostly towards the east-north-east), each cutting a short damage swath.
void drawCells(StormField &f, const KmExtent &e, DemoRandom &r)
{
    const double window = r.uniform(5, 10);
    const auto count = r.integer(8, 18);
    const double centreX = r.uniform(e.minX + 80, e.maxX - 80);
    const double centreY = r.uniform(e.minY + 40, e.maxY - 40);
    const double steering = r.normal(70, 20);
    double first = 1e300;
    for (qint64 i = 0; i < count; ++i) {
        StormField::Cell c;
        c.x = std::clamp(r.normal(centreX, 90), e.minX, e.maxX);
        c.y = std::clamp(r.normal(centreY, 60), e.minY, e.maxY);
        const double bearing = r.normal(steering, 12) * Degrees;
        const double speed = r.uniform(25, 55);
        c.vx = speed * std::sin(bearing);
        c.vy = speed * std::cos(bearing);
        c.birth = r.uniform(0, window - 1.5);
        c.life = r.uniform(1.5, std::min(5.0, window - c.birth + 1));
        c.radius = r.uniform(14, 32);
        c.peak = r.uniform(15, 33);
        first = std::min(first, c.birth);
        f.cells.push_back(c);
    }
    f.hours = 0;
    for (StormField::Cell &c : f.cells) {
        c.birth -= first;
        f.hours = std::max(f.hours, c.birth + c.life);
    }
}

} // namespace

QString storeKind(StormPattern pattern)
{
    switch (pattern) {
    case StormPattern::Derecho:
    case StormPattern::SquallLine:
        return QStringLiteral("derecho");
    case StormPattern::Thunderstorms:
        return QStringLiteral("thunderstorm");
    case StormPattern::WinterWind:
        return QStringLiteral("winter_wind");
    case StormPattern::IceStorm:
        return QStringLiteral("ice");
    case StormPattern::Tropical:
        return QStringLiteral("tropical");
    }
    return QStringLiteral("other");
}

QString patternLabel(StormPattern pattern)
{
    switch (pattern) {
    case StormPattern::Derecho:
        return QStringLiteral("Derecho");
    case StormPattern::SquallLine:
        return QStringLiteral("Squall line");
    case StormPattern::Thunderstorms:
        return QStringLiteral("Thunderstorms");
    case StormPattern::WinterWind:
        return QStringLiteral("Wind storm");
    case StormPattern::IceStorm:
        return QStringLiteral("Ice storm");
    case StormPattern::Tropical:
        return QStringLiteral("Tropical remnant");
    }
    return QStringLiteral("Storm");
}

StormField drawStormField(StormPattern pattern, const KmExtent &extent, DemoRandom &r)
{
    StormField f;
    f.pattern = pattern;
    switch (pattern) {
    case StormPattern::Derecho:
    case StormPattern::SquallLine:
        drawLine(f, extent, r, pattern == StormPattern::Derecho);
        break;
    case StormPattern::Thunderstorms:
        drawCells(f, extent, r);
        break;
    case StormPattern::WinterWind: {
        f.rampUp = r.uniform(4, 8);
        f.plateau = r.uniform(6, 20);
        f.rampDown = r.uniform(4, 8);
        f.hours = f.rampUp + f.plateau + f.rampDown;
        f.peak = r.uniform(16, 27);
        const double axis = r.uniform(0, 360) * Degrees;
        f.gradX = std::sin(axis);
        f.gradY = std::cos(axis);
        setBearing(f, r.uniform(60, 110));
        f.speedKmh = r.uniform(35, 55);
        f.rainPeak = r.uniform(2, 6);
        f.startPos = spanOf(f, extent).minAlong;
        break;
    }
    case StormPattern::IceStorm: {
        setBearing(f, r.uniform(60, 85));
        f.bandOffset = r.uniform(-70, 70);
        f.bandWidth = r.uniform(45, 90);
        f.freezingHours = r.uniform(10, 24);
        f.plateau = r.uniform(6, 12);
        f.hours = f.freezingHours + f.plateau;
        f.peak = r.uniform(13, 22);
        f.rainPeak = r.uniform(1.2, 2.8);
        break;
    }
    case StormPattern::Tropical: {
        setBearing(f, r.uniform(20, 55));
        f.speedKmh = r.uniform(25, 45);
        const double throughX = r.uniform(-250, 150);
        const double throughY = r.uniform(-120, 80);
        f.originX = throughX - f.dirX * 350;
        f.originY = throughY - f.dirY * 350;
        f.hours = 700 / f.speedKmh;
        f.peak = r.uniform(16, 27);
        f.halfWidthKm = r.uniform(120, 220);
        f.rainPeak = r.uniform(5, 14);
        f.decayHours = r.uniform(25, 60);
        break;
    }
    }
    return f;
}

FieldSample sampleField(const StormField &f, LocalKm p, double t)
{
    FieldSample out;
    switch (f.pattern) {
    case StormPattern::Derecho:
    case StormPattern::SquallLine: {
        const double front = f.startPos + f.speedKmh * t;
        const double d = along(f, p) - front; // > 0: the line has not arrived yet
        const double profile =
            d >= 0 ? std::exp(-square(d / 8.0)) : std::exp(-square(d / f.halfWidthKm));
        const double lateral =
            f.lateralFloor +
            (1 - f.lateralFloor) *
                std::exp(-square((across(f, p) - f.lateralCentre) / f.lateralWidth));
        const double progress = std::clamp((front - f.startPos) / f.pathLength, 0.0, 1.0);
        const double life = 0.55 + 0.45 * std::exp(-square((progress - f.lifeCentre) / 0.45));
        out.gust = f.peak * lateral * life * profile;
        out.precipRate =
            f.rainPeak * lateral * std::exp(-square(d / 15.0)) + (d < 0 && d > -120 ? 2.0 : 0.0);
        out.tempOffset = d < 0 ? -6 * std::exp(d / 150.0) : 0;
        break;
    }
    case StormPattern::Thunderstorms:
        for (const StormField::Cell &c : f.cells) {
            const double age = t - c.birth;
            if (age < 0 || age > c.life)
                continue;
            const double envelope = std::pow(std::sin(std::numbers::pi * age / c.life), 0.7);
            const double distance2 =
                square(p.x - (c.x + c.vx * age)) + square(p.y - (c.y + c.vy * age));
            out.gust =
                std::max(out.gust, c.peak * envelope * std::exp(-distance2 / square(c.radius)));
            out.precipRate += 45 * envelope * std::exp(-distance2 / square(0.7 * c.radius));
            out.tempOffset = std::min(out.tempOffset,
                                      -5 * envelope * std::exp(-distance2 / square(2 * c.radius)));
        }
        break;
    case StormPattern::WinterWind: {
        if (t < 0 || t > f.hours)
            break;
        const double envelope = t < f.rampUp               ? smoothStep(t / f.rampUp)
                                : t < f.rampUp + f.plateau ? 1.0
                                                           : smoothStep((f.hours - t) / f.rampDown);
        const double s = along(f, p);
        const double spatial = 0.8 + 0.2 * std::tanh((p.x * f.gradX + p.y * f.gradY) / 250) +
                               0.08 * std::cos(2 * std::numbers::pi * (s - f.speedKmh * t) / 450);
        out.gust = f.peak * envelope * spatial;
        out.precipRate = f.rainPeak * std::exp(-square((s - f.startPos - f.speedKmh * t) / 50.0));
        out.tempOffset = -10 * t / f.hours;
        break;
    }
    case StormPattern::IceStorm: {
        if (t < 0 || t > f.hours)
            break;
        const double n = (across(f, p) - f.bandOffset) / f.bandWidth;
        const double core = std::exp(-n * n);
        if (t <= f.freezingHours) {
            const double envelope = std::sqrt(std::sin(std::numbers::pi * t / f.freezingHours));
            out.precipRate = f.rainPeak * (0.3 + core) * envelope;
            out.tempAbsolute = -1.2 - 2.2 * std::tanh(n);
            out.iceRate = out.tempAbsolute < -0.3 ? 0.75 * out.precipRate : 0;
            out.gust = 9 + 3 * core;
        } else {
            const double u = t - f.freezingHours;
            const double envelope = smoothStep(u / 2) * smoothStep((f.plateau - u) / 2);
            out.gust = f.peak * envelope * (0.85 + 0.15 * core);
            out.tempAbsolute = -3 - 2 * std::tanh(n);
        }
        break;
    }
    case StormPattern::Tropical: {
        if (t < 0 || t > f.hours)
            break;
        const double cx = f.originX + f.dirX * f.speedKmh * t;
        const double cy = f.originY + f.dirY * f.speedKmh * t;
        const double r2 = square(p.x - cx) + square(p.y - cy);
        const double side = -(p.x - cx) * f.dirY + (p.y - cy) * f.dirX; // left of the track
        out.gust = f.peak * std::exp(-t / f.decayHours) * std::exp(-r2 / square(f.halfWidthKm));
        out.precipRate = f.rainPeak * std::exp(-r2 / square(0.75 * f.halfWidthKm)) *
                         (1 + 0.3 * std::tanh(side / f.halfWidthKm));
        out.tempOffset = -2;
        break;
    }
    }
    return out;
}

FieldSample sampleHour(const StormField &field, LocalKm point, double hours)
{
    // Broad, slow fields change little within an hour: their middle stands for the hour.
    if (field.pattern == StormPattern::WinterWind || field.pattern == StormPattern::IceStorm ||
        field.pattern == StormPattern::Tropical)
        return sampleField(field, point, hours + 0.5);
    FieldSample hour;
    for (int quarter = 0; quarter < 4; ++quarter) {
        const FieldSample s = sampleField(field, point, hours + quarter * 0.25);
        hour.gust = std::max(hour.gust, s.gust);
        hour.precipRate += s.precipRate / 4;
        hour.iceRate += s.iceRate / 4;
        if (quarter == 2) {
            hour.tempOffset = s.tempOffset;
            hour.tempAbsolute = s.tempAbsolute;
        }
    }
    return hour;
}

double fieldStrength(const StormField &field)
{
    double strongest = field.peak;
    if (field.pattern == StormPattern::Thunderstorms) {
        strongest = 0;
        for (const StormField::Cell &c : field.cells)
            strongest = std::max(strongest, c.peak);
    }
    return strongest;
}

} // namespace stormcrew::demo
