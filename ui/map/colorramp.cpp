#include "colorramp.h"

#include <algorithm>
#include <cmath>

namespace stormcrew::map {

namespace {
QList<QColor> stopsOf(ColorRamp::Name name)
{
    const char *const viridis[] = {"#440154", "#482878", "#3e4989", "#31688e", "#26828e",
                                   "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"};
    const char *const cividis[] = {"#00224e", "#123570", "#3b496c", "#575d6d", "#707173",
                                   "#8a8779", "#a69d75", "#c4b56c", "#e4cf5b", "#fee838"};
    const char *const puor[] = {"#2d004b", "#542788", "#8073ac", "#b2abd2", "#d8daeb", "#f7f7f7",
                                "#fee0b6", "#fdb863", "#e08214", "#b35806", "#7f3b08"};
    const char *const categories[] = {"#56b4e9", "#009e73", "#d55e00"};
    const char *const ylorrd[] = {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c",
                                  "#fc4e2a", "#e31a1c", "#bd0026", "#800026"};
    QList<QColor> stops;
    auto add = [&stops](const auto &names) {
        for (const char *n : names)
            stops.append(QColor::fromString(QLatin1String(n)));
    };
    switch (name) {
    case ColorRamp::Name::Viridis:
        add(viridis);
        break;
    case ColorRamp::Name::Cividis:
        add(cividis);
        break;
    case ColorRamp::Name::PurpleOrange:
        add(puor);
        break;
    case ColorRamp::Name::YellowOrangeRed:
        add(ylorrd);
        break;
    case ColorRamp::Name::Categories:
        add(categories);
        break;
    }
    return stops;
}
} // namespace

ColorRamp::ColorRamp(Name name) : m_stops(stopsOf(name)), m_categorical(name == Name::Categories)
{}

QColor ColorRamp::at(double t) const
{
    if (std::isnan(t))
        t = 0;
    const double x = std::clamp(t, 0.0, 1.0) * double(m_stops.size() - 1);
    if (m_categorical)
        return m_stops[int(std::lround(x))];
    const int i = std::min(int(x), int(m_stops.size()) - 2);
    const double f = x - i;
    const QColor &a = m_stops[i], &b = m_stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QList<QColor> ColorRamp::samples(int count) const
{
    if (m_categorical)
        return m_stops;
    QList<QColor> out;
    for (int i = 0; i < count; ++i)
        out.append(at(count == 1 ? 0.5 : double(i) / (count - 1)));
    return out;
}

} // namespace stormcrew::map
