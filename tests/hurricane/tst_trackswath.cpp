// What the map draws of a tropical storm: Helene's fixes and the hourly outlines of its modelled
// 34/50/64-kt winds, nested (stronger winds inside weaker ones) and on the right of the track.
#include "hurricanetestsupport.h"

#include "hurricane/hollandprofile.h"
#include "ingest/importreport.h"
#include "ingest/trackreader.h"
#include "map/trackswath.h"

#include <QTest>

#include <cmath>

using namespace stormcrew;
using namespace stormcrew::map;

namespace {
// The largest distance (km) of an outline's vertices from its centre (their mean).
double extentKm(const std::vector<QPointF> &outline)
{
    QPointF centre;
    for (const QPointF &p : outline)
        centre += p / double(outline.size());
    double largest = 0;
    for (const QPointF &p : outline) {
        const double east = (p.x() - centre.x()) * 111.195 * std::cos(centre.y() * M_PI / 180.0);
        const double north = (p.y() - centre.y()) * 111.195;
        largest = std::max(largest, std::hypot(east, north));
    }
    return largest;
}
} // namespace

class TestTrackSwath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heleneSwath();
};

void TestTrackSwath::heleneSwath()
{
    ImportReport report(QStringLiteral("track"), test::seasonJsonPath());
    auto read = TrackReader::read(test::seasonJsonPath(), report);
    QVERIFY(read);
    const auto helene =
        std::find_if(read.value().tracks.begin(), read.value().tracks.end(),
                     [](const TropicalTrack &t) { return t.atcfId == QLatin1String("AL092024"); });
    QVERIFY(helene != read.value().tracks.end());
    const TrackSwath swath = TrackSwath::of(*helene, QStringLiteral("Helene"));
    QCOMPARE(swath.fixes.size(), helene->points.size());
    QCOMPARE(swath.fixes.front().lonLat,
             QPointF(helene->points.front().lon, helene->points.front().lat));
    const qint64 hours =
        (helene->points.back().validTime - helene->points.front().validTime) / 3600 + 1;
    // Every hour reaches 34 kt somewhere (Helene was at least a tropical storm's remnant with
    // gales), fewer reach 50, fewer still 64; each outline has 16 vertices.
    const auto &r34 = swath.outlines[0];
    const auto &r50 = swath.outlines[1];
    const auto &r64 = swath.outlines[2];
    QVERIFY(qint64(r34.size()) <= hours);
    QVERIFY2(
        r34.size() > r50.size() && r50.size() > r64.size() && !r64.empty(),
        qPrintable(QStringLiteral("%1 %2 %3").arg(r34.size()).arg(r50.size()).arg(r64.size())));
    for (const auto *outlines : {&r34, &r50, &r64})
        for (const auto &outline : *outlines)
            QCOMPARE(outline.size(), size_t(16));
    // The 34-kt winds reach further than the 64-kt ones: compare the widest of each.
    double widest34 = 0;
    double widest64 = 0;
    for (const auto &outline : r34)
        widest34 = std::max(widest34, extentKm(outline));
    for (const auto &outline : r64)
        widest64 = std::max(widest64, extentKm(outline));
    QVERIFY2(widest34 > 2 * widest64,
             qPrintable(QStringLiteral("%1 vs %2").arg(widest34).arg(widest64)));
    QVERIFY(widest34 < 1500);
}

QTEST_GUILESS_MAIN(TestTrackSwath)
#include "tst_trackswath.moc"
