// The wind profile and its empirical relations: the published forms evaluated at hand-checked
// points, and the physical checks (symmetric when still, decay beyond the radius of maximum
// wind, a stronger storm blows harder, the right of the track is the windy side).
#include "hurricanetestsupport.h"
#include "testsupport.h"

#include "hurricane/hollandprofile.h"
#include "hurricane/stormstate.h"

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::hurricane;

namespace {
bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}
QByteArray says(double actual, double expected)
{
    return QStringLiteral("got %1, expected %2")
        .arg(actual, 0, 'g', 8)
        .arg(expected, 0, 'g', 8)
        .toUtf8();
}

StormState still(double vmaxMs, double rmwKm, double b)
{
    StormState state;
    state.lat = 25;
    state.vmaxMs = vmaxMs;
    state.rmwKm = rmwKm;
    state.b = b;
    return state;
}
} // namespace

class TestWindProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void hollandShape_data();
    void hollandShape();
    void hollandCyclostrophicMaximum();
    void empiricalRelations_data();
    void empiricalRelations();
    void symmetricWhenStill();
    void decaysBeyondTheRadiusOfMaximumWind_data();
    void decaysBeyondTheRadiusOfMaximumWind();
    void strongerStormBlowsHarder();
    void rightOfTheTrackIsWindier();
    void landfallDecay();
    void radiusOfAThreshold();
};

void TestWindProfile::hollandShape_data()
{
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("rOverRm");
    QTest::addColumn<double>("vOverVm");
    // V/Vm = sqrt(x exp(1 - x)), x = (Rm/r)^B: Holland's (1980, Fig. 2) family of profiles,
    // values worked by hand.
    QTest::newRow("at the radius of maximum wind") << 1.5 << 1.0 << 1.0;
    QTest::newRow("B 1, twice the RMW") << 1.0 << 2.0 << std::sqrt(0.5 * std::exp(0.5));
    QTest::newRow("B 1.5, twice the RMW") << 1.5 << 2.0 << 0.82149;
    QTest::newRow("B 2.5, twice the RMW") << 2.5 << 2.0 << 0.63456;
    QTest::newRow("B 1.5, four times the RMW") << 1.5 << 4.0 << 0.54759;
    QTest::newRow("B 1.5, half the RMW (eye wall inside)") << 1.5 << 0.5 << 0.67412;
}

void TestWindProfile::hollandShape()
{
    QFETCH(double, b);
    QFETCH(double, rOverRm);
    QFETCH(double, vOverVm);
    const double v = hollandWind(40.0 * rOverRm, 50.0, 40.0, b) / 50.0;
    QVERIFY2(near(v, vOverVm, 5e-5), says(v, vOverVm).constData());
}

void TestWindProfile::hollandCyclostrophicMaximum()
{
    // Holland (1980) eq. 7: without Coriolis the gradient wind peaks at r = Rm with
    // Vm = sqrt(B dp / (rho e)); B 1.5, dp 50 hPa, rho 1.15 kg/m3: 48.98 m/s.
    const double expected = std::sqrt(1.5 * 5000.0 / (1.15 * std::exp(1.0)));
    const double atRm = hollandGradientWind(40.0, 50.0, 40.0, 1.5, 1.15, 0.0);
    QVERIFY2(near(atRm, expected, 1e-9), says(atRm, expected).constData());
    QVERIFY(near(expected, 48.98, 0.01));
    // Its shape is the maximum-wind form's, and Coriolis (25 N) lowers it only a little.
    for (double r : {20.0, 80.0, 160.0})
        QVERIFY(near(hollandGradientWind(r, 50.0, 40.0, 1.5, 1.15, 0.0),
                     hollandWind(r, expected, 40.0, 1.5), 1e-9));
    const double f = 2 * 7.292e-5 * std::sin(25.0 * M_PI / 180.0);
    const double withCoriolis = hollandGradientWind(40.0, 50.0, 40.0, 1.5, 1.15, f);
    QVERIFY(withCoriolis < atRm && withCoriolis > atRm - 1.5);
}

void TestWindProfile::empiricalRelations_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");
    // Vickery & Wadhera (2008): ln RMW = 3.015 - 6.291e-5 dp^2 + 0.0337 lat.
    QTest::newRow("RMW, dp 50 hPa, 25 N")
        << vickeryWadheraRmwKm(50, 25) << std::exp(3.015 - 6.291e-5 * 2500 + 0.0337 * 25);
    QTest::newRow("RMW, dp 100 hPa, 25 N: smaller for the deeper storm (40.45 km at 50)")
        << vickeryWadheraRmwKm(100, 25) << 25.24;
    QTest::newRow("B, RMW 40 km, 25 N") << vickeryWadheraB(40, 25) << 1.881 - 0.2228 - 0.32375;
    QTest::newRow("B held at 0.8 for a huge storm") << vickeryWadheraB(250, 40) << 0.8;
    // Atkinson & Holliday (1977): 120 kt <-> 1010 - 88.27 hPa, i.e. 91.27 below 1013 hPa.
    QTest::newRow("pressure drop of 120 kt") << pressureDropFromWindHpa(120) << 88.27 + 3.0;
    // Kaplan & DeMaria (1995): 26.7 + (V0 - 26.7) exp(-0.095 t), in kt.
    QTest::newRow("decay of 100 kt after 10 h")
        << kaplanDeMariaDecayMs(100 * MsPerKnot, 10) / MsPerKnot << 26.7 + 73.3 * std::exp(-0.95);
    QTest::newRow("translation weight at RMW") << translationWeight(40, 40) << 0.5;
}

void TestWindProfile::empiricalRelations()
{
    QFETCH(double, value);
    QFETCH(double, expected);
    QVERIFY2(near(value, expected, 0.01), says(value, expected).constData());
}

void TestWindProfile::symmetricWhenStill()
{
    const StormState state = still(50, 40, 1.4);
    const double reference = surfaceWindMs(state, 60.0, 0.0);
    for (int degrees = 0; degrees < 360; degrees += 15) {
        const double a = degrees * M_PI / 180.0;
        const double v = surfaceWindMs(state, 60.0 * std::sin(a), 60.0 * std::cos(a));
        QVERIFY2(near(v, reference, 1e-9), says(v, reference).constData());
    }
    QVERIFY(near(surfaceWindMs(state, 40.0, 0.0), 50.0, 1e-9));
}

void TestWindProfile::decaysBeyondTheRadiusOfMaximumWind_data()
{
    QTest::addColumn<double>("b");
    QTest::newRow("B 1.0 (broad)") << 1.0;
    QTest::newRow("B 1.5") << 1.5;
    QTest::newRow("B 2.5 (peaked)") << 2.5;
}

void TestWindProfile::decaysBeyondTheRadiusOfMaximumWind()
{
    QFETCH(double, b);
    double previous = hollandWind(30.0, 60.0, 30.0, b);
    QVERIFY(near(previous, 60.0, 1e-9));
    for (double r = 35.0; r < 1000.0; r += 5.0) {
        const double v = hollandWind(r, 60.0, 30.0, b);
        QVERIFY2(v < previous,
                 qPrintable(QStringLiteral("r %1 km: %2 after %3").arg(r).arg(v).arg(previous)));
        previous = v;
    }
    // And rises from the centre to the eye wall.
    QVERIFY(hollandWind(5.0, 60.0, 30.0, b) < hollandWind(20.0, 60.0, 30.0, b));
}

void TestWindProfile::strongerStormBlowsHarder()
{
    for (double r : {10.0, 40.0, 100.0, 300.0}) {
        QVERIFY(surfaceWindMs(still(60, 40, 1.4), r, 0) > surfaceWindMs(still(40, 40, 1.4), r, 0));
        // A wider storm (larger RMW) blows harder outside the smaller one's eye wall.
        if (r > 40)
            QVERIFY(surfaceWindMs(still(50, 60, 1.4), r, 0) >
                    surfaceWindMs(still(50, 30, 1.4), r, 0));
    }
}

void TestWindProfile::rightOfTheTrackIsWindier()
{
    StormState moving = still(50, 40, 1.4);
    moving.vtNorthMs = 8.0; // moving north: the right is east in the northern hemisphere
    const double right = surfaceWindMs(moving, 40.0, 0.0);
    const double left = surfaceWindMs(moving, -40.0, 0.0);
    QVERIFY2(right > left + 6.0, says(right, left).constData());
    // The strongest wind of the field stays near the track's maximum.
    QVERIFY2(near(right, 50.0, 1.5), says(right, 50.0).constData());
    // Southern hemisphere: the left is the windy side.
    moving.lat = -20;
    QVERIFY(surfaceWindMs(moving, -40.0, 0.0) > surfaceWindMs(moving, 40.0, 0.0) + 6.0);
}

void TestWindProfile::landfallDecay()
{
    const double v0 = 120 * MsPerKnot;
    QVERIFY(near(kaplanDeMariaDecayMs(v0, 0), v0, 1e-9));
    double previous = v0;
    for (int h = 1; h <= 48; ++h) {
        const double v = kaplanDeMariaDecayMs(v0, h);
        QVERIFY(v < previous);
        QVERIFY(v > 26.7 * MsPerKnot);
        previous = v;
    }
    // Kaplan & DeMaria's own example scale: a 120-kt landfall is near 60 kt after 12 h
    // (26.7 + 93.3 exp(-1.14) = 56.5 kt).
    QVERIFY(near(kaplanDeMariaDecayMs(v0, 12) / MsPerKnot, 56.5, 0.2));
}

void TestWindProfile::radiusOfAThreshold()
{
    const StormState state = still(50, 40, 1.5);
    // Inverted by hand: V = 25 m/s where x exp(1 - x) = 0.25.
    const double r = windRadiusKm(state, 25.0, 90.0);
    QVERIFY2(near(hollandWind(r, 50, 40, 1.5), 25.0, 1e-4),
             says(hollandWind(r, 50, 40, 1.5), 25.0).constData());
    QVERIFY(r > 40.0);
    QCOMPARE(windRadiusKm(state, 60.0, 90.0), 0.0);
}

QTEST_GUILESS_MAIN(TestWindProfile)
#include "tst_windprofile.moc"
