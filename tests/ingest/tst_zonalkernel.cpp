// The zonal-statistics kernel against cases a reader can check by hand on paper.
#include "ingest/zonalkernel.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace stormcrew::zonal;

namespace {

PixelShape polygon(std::initializer_list<PixelPoint> exterior,
                   std::vector<std::vector<PixelPoint>> holes = {})
{
    PixelPolygon p;
    p.rings.emplace_back(exterior);
    for (auto &hole : holes)
        p.rings.push_back(std::move(hole));
    return {p};
}

// Every pixel's weight of a shape over a width x height grid, row-major.
std::vector<double> weightsOf(const PixelShape &shape, int width, int height, Weighting weighting)
{
    std::vector<double> all(size_t(width) * size_t(height), 0.0);
    const PixelWindow window = touchedWindow(shape, width, height);
    coverageRows(shape, window, weighting, [&](int row, const double *weights) {
        for (int i = 0; i < window.cols; ++i)
            all[size_t(row) * size_t(width) + size_t(window.col + i)] = weights[i];
    });
    return all;
}

QString describe(const std::vector<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(v, 'g', 10));
    return parts.join(QStringLiteral(", "));
}

bool near(const std::vector<double> &a, const std::vector<double> &b, double tolerance)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::abs(a[i] - b[i]) > tolerance)
            return false;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(PixelShape)
Q_DECLARE_METATYPE(Weighting)
Q_DECLARE_METATYPE(std::vector<double>)

class TestZonalKernel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void weights_data()
    {
        QTest::addColumn<PixelShape>("shape");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<Weighting>("weighting");
        QTest::addColumn<std::vector<double>>("expected"); // row-major

        // A 2x2 raster; the square x 0.5..1.5 covers half of every pixel.
        const PixelShape halfSquare = polygon({{0.5, 0}, {1.5, 0}, {1.5, 2}, {0.5, 2}});
        QTest::newRow("square over a 2x2 raster, half of each pixel")
            << halfSquare << 2 << 2 << Weighting::Exact << std::vector<double>{0.5, 0.5, 0.5, 0.5};
        QTest::newRow("same square wound clockwise")
            << polygon({{0.5, 0}, {0.5, 2}, {1.5, 2}, {1.5, 0}}) << 2 << 2 << Weighting::Exact
            << std::vector<double>{0.5, 0.5, 0.5, 0.5};
        // Triangle (0,0) (2,0) (0,2): the hypotenuse halves the two off-diagonal pixels.
        QTest::newRow("right triangle over a 2x2 raster")
            << polygon({{0, 0}, {2, 0}, {0, 2}}) << 2 << 2 << Weighting::Exact
            << std::vector<double>{1, 0.5, 0.5, 0};
        // Quarter-pixel corners: the square 0.5..2.5 over 3x3.
        QTest::newRow("offset square: quarter corners, half edges, full centre")
            << polygon({{0.5, 0.5}, {2.5, 0.5}, {2.5, 2.5}, {0.5, 2.5}}) << 3 << 3
            << Weighting::Exact
            << std::vector<double>{0.25, 0.5, 0.25, 0.5, 1, 0.5, 0.25, 0.5, 0.25};
        QTest::newRow("square with a one-pixel hole")
            << polygon({{0, 0}, {3, 0}, {3, 3}, {0, 3}}, {{{1, 1}, {2, 1}, {2, 2}, {1, 2}}}) << 3
            << 3 << Weighting::Exact << std::vector<double>{1, 1, 1, 1, 0, 1, 1, 1, 1};
        // A diamond through the pixel midpoints of a 2x2 grid: each pixel loses a corner
        // triangle of area 1/2, keeping half of it.
        QTest::newRow("diamond through edge midpoints")
            << polygon({{1, 0}, {2, 1}, {1, 2}, {0, 1}}) << 2 << 2 << Weighting::Exact
            << std::vector<double>{0.5, 0.5, 0.5, 0.5};
        QTest::newRow("shape larger than the raster: every pixel full")
            << polygon({{-5, -5}, {10, -5}, {10, 10}, {-5, 10}}) << 2 << 2 << Weighting::Exact
            << std::vector<double>{1, 1, 1, 1};
        QTest::newRow("centre-in: triangle keeps pixels whose centre is inside")
            << polygon({{0, 0}, {2.8, 0}, {0, 2.8}}) << 3 << 3 << Weighting::CentreIn
            << std::vector<double>{1, 1, 0, 1, 0, 0, 0, 0, 0};
        QTest::newRow("centre-in: offset square takes only the centre pixel")
            << polygon({{0.6, 0.6}, {2.4, 0.6}, {2.4, 2.4}, {0.6, 2.4}}) << 3 << 3
            << Weighting::CentreIn << std::vector<double>{0, 0, 0, 0, 1, 0, 0, 0, 0};
    }

    void weights()
    {
        QFETCH(PixelShape, shape);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(Weighting, weighting);
        QFETCH(std::vector<double>, expected);
        const std::vector<double> actual = weightsOf(shape, width, height, weighting);
        QVERIFY2(near(actual, expected, 1e-12),
                 qPrintable(QStringLiteral("weights are [%1], expected [%2]")
                                .arg(describe(actual), describe(expected))));
    }

    void statistics_data()
    {
        QTest::addColumn<PixelShape>("shape");
        QTest::addColumn<std::vector<double>>("raster"); // 2x2, row-major
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("fractionAbove");
        QTest::addColumn<double>("coverage");

        const double nan = std::nan("");
        const PixelShape halfSquare = polygon({{0.5, 0}, {1.5, 0}, {1.5, 2}, {0.5, 2}});
        QTest::newRow("half of each pixel of 1 2 / 3 4: plain mean")
            << halfSquare << std::vector<double>{1, 2, 3, 4} << 2.5 << 2.5 << 0.5 << 1.0;
        // Weights 1, 0.5, 0.5, 0: (1 + 1 + 1.5) / 2 = 1.75; above 1.5: (0.5 + 0.5) / 2.
        QTest::newRow("triangle: weighted mean 1.75")
            << polygon({{0, 0}, {2, 0}, {0, 2}}) << std::vector<double>{1, 2, 3, 4} << 1.5 << 1.75
            << 0.5 << 1.0;
        // The nodata pixel (value -9999) takes its half pixel out of the coverage too.
        QTest::newRow("nodata pixel excluded from mean and coverage")
            << halfSquare << std::vector<double>{1, -9999, 3, 4} << 100.0 << (1 + 3 + 4) / 3.0
            << 0.0 << 0.75;
        QTest::newRow("NaN pixel excluded like nodata")
            << halfSquare << std::vector<double>{nan, 2, 3, 4} << 100.0 << 3.0 << 0.0 << 0.75;
        // Half of the square hangs off the raster's right edge.
        QTest::newRow("shape half outside the raster: coverage 0.5")
            << polygon({{1, 0}, {3, 0}, {3, 2}, {1, 2}}) << std::vector<double>{1, 2, 3, 4} << 0.0
            << 3.0 << 1.0 << 0.5;
        QTest::newRow("huge values stay finite")
            << halfSquare << std::vector<double>{1e300, 1e300, 1e300, 1e300} << 0.0 << 1e300 << 1.0
            << 1.0;
    }

    void statistics()
    {
        QFETCH(PixelShape, shape);
        QFETCH(std::vector<double>, raster);
        QFETCH(double, threshold);
        QFETCH(double, mean);
        QFETCH(double, fractionAbove);
        QFETCH(double, coverage);
        ZonalOptions options;
        options.nodata = -9999;
        options.threshold = threshold;
        const ZonalStatistics s = zonalStatistics(shape, raster.data(), 2, 2, options);
        QVERIFY(s.hasValue());
        QVERIFY2(std::abs(s.mean - mean) <= 1e-12 * std::max(1.0, std::abs(mean)),
                 qPrintable(QStringLiteral("mean is %1, expected %2").arg(s.mean).arg(mean)));
        QCOMPARE(s.fractionAbove, fractionAbove);
        QVERIFY2(
            std::abs(s.coverage() - coverage) < 1e-12,
            qPrintable(
                QStringLiteral("coverage is %1, expected %2").arg(s.coverage()).arg(coverage)));
    }

    void shapeOutsideRasterHasNoValue()
    {
        const std::vector<double> raster{1, 2, 3, 4};
        const ZonalStatistics s =
            zonalStatistics(polygon({{5, 5}, {6, 5}, {6, 6}}), raster.data(), 2, 2, ZonalOptions{});
        QVERIFY(!s.hasValue());
        QCOMPARE(s.coverage(), 0.0);
        QCOMPARE(s.shapeArea, 0.5);
    }

    // A circle's weights must add up to its area: the exact kernel loses nothing at the edges.
    void circleWeightsSumToArea()
    {
        std::vector<PixelPoint> ring;
        const double cx = 50.3, cy = 49.7, radius = 31.1;
        for (int i = 0; i < 720; ++i) {
            const double a = 2 * M_PI * i / 720;
            ring.push_back({cx + radius * std::cos(a), cy + radius * std::sin(a)});
        }
        PixelShape shape{PixelPolygon{{ring}}};
        double sum = 0;
        const PixelWindow window = touchedWindow(shape, 100, 100);
        coverageRows(shape, window, Weighting::Exact, [&](int, const double *weights) {
            for (int i = 0; i < window.cols; ++i)
                sum += weights[i];
        });
        QVERIFY2(std::abs(sum - pixelArea(shape)) < 1e-9,
                 qPrintable(QStringLiteral("weights sum to %1, the polygon's area is %2")
                                .arg(sum, 0, 'g', 15)
                                .arg(pixelArea(shape), 0, 'g', 15)));
    }
};

QTEST_GUILESS_MAIN(TestZonalKernel)
#include "tst_zonalkernel.moc"
