#include "ingesttestsupport.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstring>

namespace stormcrew::test {

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, arguments.join(QLatin1Char(' ')),
                 QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString writeTerritoriesGeoPackage(const QString &gpkgPath,
                                   const std::vector<TestTerritory> &territories)
{
    QString json = QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[");
    for (size_t i = 0; i < territories.size(); ++i) {
        const TestTerritory &t = territories[i];
        QStringList points;
        for (const auto &[lon, lat] : t.ring)
            points.append(QStringLiteral("[%1,%2]").arg(lon, 0, 'g', 17).arg(lat, 0, 'g', 17));
        if (t.ring.front() != t.ring.back())
            points.append(points.front());
        json +=
            (i ? QStringLiteral(",") : QString()) +
            QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"code\":\"%1\",\"name\":"
                           "\"%2\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[%3]]}}")
                .arg(t.code, t.name, points.join(QLatin1Char(',')));
    }
    json += QStringLiteral("]}");
    const QString geojson = gpkgPath + QStringLiteral(".geojson");
    QFile file(geojson);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(json.toUtf8());
    file.close();
    QFile::remove(gpkgPath);
    return runTool(QStringLiteral("ogr2ogr"),
                   {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-t_srs"),
                    QStringLiteral("EPSG:4326"), QStringLiteral("-nln"),
                    QStringLiteral("territories"), gpkgPath, geojson});
}

QString insertTerritories(Store &store, const QString &gpkgPath, const QString &layer)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(gpkgPath.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close_v2(raw);
        return QStringLiteral("cannot open %1").arg(gpkgPath);
    }
    sqlite::DatabasePtr gpkg(raw);
    auto select = sqlite::prepare(
        gpkg.get(), QStringLiteral("SELECT code, name, geom FROM \"%1\" ORDER BY fid").arg(layer));
    auto insert = sqlite::prepare(
        store.handle(),
        QStringLiteral("INSERT INTO territory(code, name, geometry, min_lon, min_lat, max_lon, "
                       "max_lat, imported_time) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
    if (!select || !insert)
        return sqlite::lastError(select ? store.handle() : gpkg.get());
    while (sqlite3_step(select.get()) == SQLITE_ROW) {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(select.get(), 2));
        const int size = sqlite3_column_bytes(select.get(), 2);
        // GeoPackage binary: "GP", version, flags, srs_id, envelope, then standard WKB.
        if (size < 8 || blob[0] != 'G' || blob[1] != 'P')
            return QStringLiteral("feature without a GeoPackage geometry");
        const int envelopeKind = (blob[3] >> 1) & 0x7;
        const int envelopeBytes = envelopeKind == 0 ? 0 : envelopeKind == 1 ? 32 : 48;
        if (envelopeKind != 1)
            return QStringLiteral("expected an XY envelope in the GeoPackage geometry");
        double envelope[4]; // minx, maxx, miny, maxy (little-endian on this machine)
        std::memcpy(envelope, blob + 8, sizeof envelope);
        const QByteArray wkb(blob + 8 + envelopeBytes, size - 8 - envelopeBytes);
        const QByteArray code = sqlite::columnText(select.get(), 0).toUtf8();
        const QByteArray name = sqlite::columnText(select.get(), 1).toUtf8();
        sqlite3_reset(insert.get());
        sqlite3_bind_text(insert.get(), 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert.get(), 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert.get(), 3, wkb.constData(), int(wkb.size()), SQLITE_TRANSIENT);
        sqlite3_bind_double(insert.get(), 4, envelope[0]);
        sqlite3_bind_double(insert.get(), 5, envelope[2]);
        sqlite3_bind_double(insert.get(), 6, envelope[1]);
        sqlite3_bind_double(insert.get(), 7, envelope[3]);
        sqlite3_bind_int64(insert.get(), 8, QDateTime::currentSecsSinceEpoch());
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return sqlite::lastError(store.handle());
    }
    return {};
}

QString writeFieldGeoTiff(const QString &tifPath, int width, int height, double originX,
                          double originY, double size, const QString &crs,
                          const std::function<double(double, double)> &field)
{
    const QString base = tifPath + QStringLiteral(".src");
    QFile header(base + QStringLiteral(".hdr"));
    QFile data(base + QStringLiteral(".bil"));
    if (!header.open(QIODevice::WriteOnly) || !data.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(base);
    header.write(QStringLiteral("BYTEORDER I\nLAYOUT BIL\nNROWS %1\nNCOLS %2\nNBANDS 1\nNBITS 32\n"
                                "PIXELTYPE FLOAT\nULXMAP %3\nULYMAP %4\nXDIM %5\nYDIM %5\n")
                     .arg(height)
                     .arg(width)
                     .arg(originX + size / 2, 0, 'f', 6)
                     .arg(originY - size / 2, 0, 'f', 6)
                     .arg(size, 0, 'g', 17)
                     .toUtf8());
    header.close();
    std::vector<float> row(static_cast<size_t>(width));
    for (int r = 0; r < height; ++r) {
        const double y = originY - (r + 0.5) * size;
        for (int c = 0; c < width; ++c)
            row[size_t(c)] = float(field(originX + (c + 0.5) * size, y));
        data.write(reinterpret_cast<const char *>(row.data()), qint64(row.size() * sizeof(float)));
    }
    data.close();
    return runTool(QStringLiteral("gdal_translate"),
                   {QStringLiteral("-q"), QStringLiteral("-a_srs"), crs, QStringLiteral("-of"),
                    QStringLiteral("GTiff"), base + QStringLiteral(".bil"), tifPath});
}

} // namespace stormcrew::test
