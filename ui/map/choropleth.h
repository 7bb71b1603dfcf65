#pragma once

#include "colorramp.h"

#include <QHash>

#include <optional>
#include <vector>

namespace stormcrew::map {

struct FeatureLayer;

// The values a metric has per territory and how they become colours: a ramp over a range that
// is either given or taken from the values (symmetric around zero for a diverging ramp).
// Territories without a value get the neutral colour.
class Choropleth {
public:
    void setValues(QHash<qint64, double> values);
    void setRamp(ColorRamp::Name ramp);
    // NaN for either bound: taken from the values.
    void setRange(double minimum, double maximum);

    [[nodiscard]] bool hasValues() const { return !m_values.isEmpty(); }
    [[nodiscard]] std::optional<double> valueOf(qint64 id) const;
    [[nodiscard]] double minimum() const { return m_min; }
    [[nodiscard]] double maximum() const { return m_max; }
    [[nodiscard]] const ColorRamp &ramp() const { return m_ramp; }
    [[nodiscard]] ColorRamp::Name rampName() const { return m_rampName; }
    [[nodiscard]] bool diverging() const { return m_rampName == ColorRamp::Name::PurpleOrange; }

    // One colour per feature of the layer, in its order.
    [[nodiscard]] std::vector<QRgb> colours(const FeatureLayer &layer, QRgb neutral) const;

private:
    void updateRange();

    QHash<qint64, double> m_values;
    ColorRamp::Name m_rampName = ColorRamp::Name::Viridis;
    ColorRamp m_ramp{ColorRamp::Name::Viridis};
    double m_givenMin = qQNaN(), m_givenMax = qQNaN();
    double m_min = 0, m_max = 1;
};

} // namespace stormcrew::map
