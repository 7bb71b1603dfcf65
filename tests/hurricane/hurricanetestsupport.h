#pragma once
// The shared 2024 season and the official text layouts the tests write its records in.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace stormcrew::test {

inline QString seasonJsonPath()
{
    return QStringLiteral(SHARED_DATA_DIR "/tracks/hurdat2_atlantic_2024.json");
}

inline QJsonArray season()
{
    QFile file(seasonJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

inline QJsonObject stormOf(const QJsonArray &storms, const QString &atcfId)
{
    for (const auto &storm : storms)
        if (storm.toObject().value(QStringLiteral("id")).toString().startsWith(atcfId))
            return storm.toObject();
    return {};
}

inline int radius(const QJsonObject &fix, int kt, const char *quadrant)
{
    return fix.value(QStringLiteral("%1kt_wind_nm").arg(kt))
        .toObject()
        .value(QLatin1String(quadrant))
        .toInt();
}

// "18.3N" / " 83.3W" as HURDAT2 writes them (degrees with a hemisphere letter).
inline QString hurdatCoordinate(double value, bool latitude, int width)
{
    const QChar hemisphere = latitude ? (value >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
                                      : (value >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
    return QStringLiteral("%1%2").arg(std::abs(value), width - 1, 'f', 1).arg(hemisphere);
}

// A storm in HURDAT2's layout (NHC, "hurdat2-format" description): the header line
// "AL092024,             HELENE,     25," (columns 1-8 id, 19-28 name, 34-36 entries) and data
// lines with the fields at their documented columns (date 1-8, time 11-14, record 17,
// status 20-21, latitude 24-28, longitude 31-36, wind 39-41, pressure 44-47, 12 radii of four
// columns from 50, radius of maximum wind 122-125).
inline QByteArray hurdat2Of(const QJsonObject &storm)
{
    const QString id = storm.value(QStringLiteral("id")).toString();
    const QJsonArray fixes = storm.value(QStringLiteral("data")).toArray();
    QString text = QStringLiteral("%1,%2,%3,\n")
                       .arg(id.left(8))
                       .arg(id.mid(9).toUpper(), 19)
                       .arg(fixes.size(), 7);
    for (const auto &value : fixes) {
        const QJsonObject fix = value.toObject();
        const QString record = fix.value(QStringLiteral("record")).toString();
        text += QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8")
                    .arg(fix.value(QStringLiteral("date")).toString(),
                         fix.value(QStringLiteral("time_utc")).toString(),
                         record.isEmpty() ? QStringLiteral(" ") : record,
                         fix.value(QStringLiteral("status")).toString(),
                         hurdatCoordinate(fix.value(QStringLiteral("lat")).toDouble(), true, 5),
                         hurdatCoordinate(fix.value(QStringLiteral("lng")).toDouble(), false, 6))
                    .arg(fix.value(QStringLiteral("max_wind_kt")).toInt(), 3)
                    .arg(fix.value(QStringLiteral("min_pressure_mb")).toInt(), 4);
        for (int kt : {34, 50, 64})
            for (const char *q : {"ne", "se", "sw", "nw"})
                text += QStringLiteral(", %1").arg(radius(fix, kt, q), 4);
        text += QStringLiteral(", %1\n").arg(-999, 4);
    }
    return text.toLatin1();
}

// ATCF position in tenths with a hemisphere letter: "272N", "841W".
inline QString atcfCoordinate(double value, bool latitude)
{
    const QChar hemisphere = latitude ? (value >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
                                      : (value >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
    return QStringLiteral("%1%2").arg(qRound(std::abs(value) * 10)).arg(hemisphere);
}

// One ATCF deck line (NRL "ATCF ABDECK" layout): BASIN, CY, YYYYMMDDHH, TECHNUM/MIN, TECH,
// TAU, LatN/S, LonE/W, VMAX, MSLP, TY, RAD, WINDCODE, RAD1-4, POUTER, ROUTER, RMW, GUSTS, EYE,
// SUBREGION, MAXSEAS, INITIALS, DIR, SPEED, STORMNAME, DEPTH.
inline QString atcfLine(const QString &atcfId, const QString &synoptic, const QString &technique,
                        int tau, const QJsonObject &fix, int radiusKt, const QString &name)
{
    QString line = QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9, ")
                       .arg(atcfId.left(2), atcfId.mid(2, 2), synoptic)
                       .arg(technique == QLatin1String("BEST") ? QString(2, QLatin1Char(' '))
                                                               : QStringLiteral("03"))
                       .arg(technique, 4)
                       .arg(tau, 3)
                       .arg(atcfCoordinate(fix.value(QStringLiteral("lat")).toDouble(), true), 4)
                       .arg(atcfCoordinate(fix.value(QStringLiteral("lng")).toDouble(), false), 5)
                       .arg(fix.value(QStringLiteral("max_wind_kt")).toInt(), 3);
    line += QStringLiteral("%1, %2, %3, %4")
                .arg(fix.value(QStringLiteral("min_pressure_mb")).toInt(), 4)
                .arg(fix.value(QStringLiteral("status")).toString(), 2)
                .arg(radiusKt, 3)
                .arg(radiusKt > 0 ? QStringLiteral("NEQ") : QString(3, QLatin1Char(' ')));
    for (const char *q : {"ne", "se", "sw", "nw"})
        line += QStringLiteral(", %1").arg(radiusKt > 0 ? radius(fix, radiusKt, q) : 0, 4);
    line += QStringLiteral(", 1010,  200,   0,   0,   0,   L,   0,    ,   0,   0, %1, D,\n")
                .arg(name, 10);
    return line;
}

// The lines of one fix: one per threshold it reaches or its maximum wind reaches (34/50/64),
// or one with RAD 0.
inline QString atcfFixLines(const QString &atcfId, const QString &synoptic,
                            const QString &technique, int tau, const QJsonObject &fix,
                            const QString &name)
{
    QString lines;
    for (int kt : {34, 50, 64}) {
        const bool reached = radius(fix, kt, "ne") + radius(fix, kt, "se") + radius(fix, kt, "sw") +
                                 radius(fix, kt, "nw") >
                             0;
        if (reached || fix.value(QStringLiteral("max_wind_kt")).toInt() >= kt)
            lines += atcfLine(atcfId, synoptic, technique, tau, fix, kt, name);
    }
    return lines.isEmpty() ? atcfLine(atcfId, synoptic, technique, tau, fix, 0, name) : lines;
}

} // namespace stormcrew::test
