#pragma once

#include <QColor>
#include <QList>

namespace stormcrew::map {

// A colour ramp sampled at evenly spaced stops and interpolated linearly in between.
// The choropleth's ramps are colour-blind safe: viridis and cividis (sequential) and
// ColorBrewer's PuOr (diverging, for errors); Okabe and Ito's sky blue, bluish green and
// vermillion for three categories (-1, 0, 1 over the range -1..1: a replay's actual outages
// below, inside or above P10..P90); the gust overlay uses YlOrRd.
class ColorRamp {
public:
    enum class Name { Viridis, Cividis, PurpleOrange, YellowOrangeRed, Categories };

    explicit ColorRamp(Name name = Name::Viridis);

    // t in [0, 1]; values outside are clamped.
    [[nodiscard]] QColor at(double t) const;
    // Premultiplied-friendly 0xAARRGGBB, for filling vertex buffers and images quickly.
    [[nodiscard]] QRgb rgbaAt(double t) const { return at(t).rgba(); }
    // Evenly spaced samples; a categorical ramp gives its categories' colours whatever count.
    [[nodiscard]] QList<QColor> samples(int count) const;

private:
    QList<QColor> m_stops;
    bool m_categorical = false;
};

} // namespace stormcrew::map
