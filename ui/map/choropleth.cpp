#include "choropleth.h"

#include "featurelayer.h"

#include <cmath>

namespace stormcrew::map {

void Choropleth::setValues(QHash<qint64, double> values)
{
    m_values = std::move(values);
    updateRange();
}

void Choropleth::setRamp(ColorRamp::Name ramp)
{
    m_rampName = ramp;
    m_ramp = ColorRamp(ramp);
    updateRange();
}

void Choropleth::setRange(double minimum, double maximum)
{
    m_givenMin = minimum;
    m_givenMax = maximum;
    updateRange();
}

std::optional<double> Choropleth::valueOf(qint64 id) const
{
    const auto it = m_values.constFind(id);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

void Choropleth::updateRange()
{
    double lo = qInf(), hi = -qInf();
    for (double v : m_values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!std::isfinite(lo))
        lo = 0, hi = 1;
    if (m_rampName == ColorRamp::Name::Categories) {
        lo = -1; // the categories -1, 0 and 1 whatever values are present
        hi = 1;
    } else if (diverging()) {
        const double extent = std::max(std::abs(lo), std::abs(hi));
        lo = -extent;
        hi = extent;
    }
    m_min = std::isnan(m_givenMin) ? lo : m_givenMin;
    m_max = std::isnan(m_givenMax) ? hi : m_givenMax;
}

std::vector<QRgb> Choropleth::colours(const FeatureLayer &layer, QRgb neutral) const
{
    std::vector<QRgb> out(layer.features.size(), neutral);
    if (m_values.isEmpty())
        return out;
    const double span = m_max > m_min ? m_max - m_min : 1.0;
    // 256 precomputed ramp colours: recolouring thousands of territories stays well under 1 ms.
    QRgb table[256];
    for (int i = 0; i < 256; ++i)
        table[i] = m_ramp.rgbaAt(i / 255.0);
    for (std::size_t f = 0; f < out.size(); ++f) {
        const auto it = m_values.constFind(layer.features[f].id);
        if (it == m_values.constEnd() || !std::isfinite(*it))
            continue;
        const double t = std::clamp((*it - m_min) / span, 0.0, 1.0);
        out[f] = table[int(std::lround(t * 255))];
    }
    return out;
}

} // namespace stormcrew::map
