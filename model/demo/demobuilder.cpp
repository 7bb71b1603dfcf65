#include "demobuilder.h"

#include "engine/outageengine.h"

#include "democsvfiles.h"
#include "demoforecasts.h"
#include "demogdalfiles.h"
#include "demologging.h"
#include "demooutages.h"
#include "demostorewriter.h"
#include "demotime.h"
#include "demoutility.h"
#include "demoweather.h"
#include "ingest/assetimporter.h"
#include "ingest/gridweatherimporter.h"
#include "ingest/incidentimporter.h"
#include "ingest/rasterimporter.h"
#include "ingest/stormimporter.h"
#include "ingest/territoryimporter.h"
#include "ingest/weathercsvimporter.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <memory>
#include <optional>

namespace stormcrew::demo {

namespace {

constexpr int Steps = 16;
constexpr const char *CanopyCrs = "EPSG:5070"; // CONUS Albers, as NLCD's canopy ships
constexpr double CanopyPixel = 500;            // metres: counties are 20-60 km across

// The demo's files, by name inside the files folder.
struct DemoPaths {
    QDir folder;
    [[nodiscard]] QString file(const char *name) const
    {
        return folder.filePath(QLatin1String(name));
    }
};

void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Runs the steps in order, reporting progress and timing, and stops at the first error.
class StepRunner {
public:
    explicit StepRunner(const DemoBuilder::ProgressCallback &progress) : m_progress(progress) {}

    [[nodiscard]] bool begin(const QString &message)
    {
        report();
        qCDebug(lcDemo).noquote() << QStringLiteral("[%1/%2]").arg(m_step + 1).arg(Steps)
                                  << message;
        const bool goOn = !m_progress || m_progress({m_step, Steps, message});
        ++m_step;
        return goOn;
    }

    void finish(const QString &message)
    {
        report();
        if (m_progress)
            (void)m_progress({Steps, Steps, message});
    }

private:
    // Logs how long the step that just ended took.
    void report()
    {
        const std::clock_t cpu = std::clock();
        if (m_step > 0)
            qCDebug(lcDemo) << "step" << m_step << "took" << m_timer.elapsed() << "ms,"
                            << (cpu - m_cpu) * 1000 / CLOCKS_PER_SEC << "ms of CPU";
        m_timer.start();
        m_cpu = cpu;
    }

    const DemoBuilder::ProgressCallback &m_progress;
    QElapsedTimer m_timer;
    std::clock_t m_cpu = 0;
    int m_step = 0;
};

// An importer's outcome as the demo needs it: imported with a clean report, or an error.
Result<void> keep(const Result<ImportReport> &outcome, std::vector<ImportReport> &reports)
{
    if (!outcome)
        return outcome.error();
    const ImportReport &report = outcome.value();
    if (report.rejected() > 0 || report.accepted() == 0)
        return Error{
            DemoBuilder::tr("the demo file did not import cleanly:\n%1").arg(report.toText()),
            report.file(),
            0,
            {}};
    reports.push_back(report);
    return {};
}

} // namespace

DemoBuilder::DemoBuilder(DemoOptions options) : m_options(std::move(options))
{}

qint64 DemoBuilder::earliestForecast()
{
    return unixTime(HistoryLastYear + 1, 1, 1 + AntecedentDays);
}

Result<DemoSummary> DemoBuilder::build(const QString &storePath, const ProgressCallback &progress)
{
    QElapsedTimer clock;
    clock.start();
    const QString target = QFileInfo(storePath).absoluteFilePath();
    if (QFileInfo::exists(target) && !m_options.replace)
        return Error{tr("a store already exists here; give --force to replace it with the demo "
                        "(everything in it will be lost)"),
                     target,
                     0,
                     {}};
    const qint64 now = m_options.now != 0 ? m_options.now : QDateTime::currentSecsSinceEpoch();
    if (now < earliestForecast())
        return Error{tr("the forecast cannot be issued before %1, when the demo history ends")
                         .arg(QDateTime::fromSecsSinceEpoch(earliestForecast(), Qt::UTC)
                                  .toString(Qt::ISODate)),
                     {},
                     0,
                     QStringLiteral("--now")};
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{tr("the folder for the store cannot be created"), target, 0, {}};

    std::optional<QTemporaryDir> temporary;
    DemoPaths paths;
    if (m_options.filesFolder.isEmpty()) {
        temporary.emplace(QDir::tempPath() + QStringLiteral("/stormcrew-demo-XXXXXX"));
        if (!temporary->isValid())
            return Error{
                tr("no temporary folder for the demo files: %1").arg(temporary->errorString()),
                QDir::tempPath(),
                0,
                {}};
        paths.folder = QDir(temporary->path());
    } else {
        if (!QDir().mkpath(m_options.filesFolder))
            return Error{tr("the folder for the demo files cannot be created"),
                         m_options.filesFolder,
                         0,
                         {}};
        paths.folder = QDir(QFileInfo(m_options.filesFolder).absoluteFilePath());
    }

    // Built beside the target and moved into place at the end: all or nothing.
    const QString partial = target + QStringLiteral(".demo-partial");
    removeStoreFiles(partial);
    struct PartialGuard {
        QString path;
        bool keep = false;
        ~PartialGuard()
        {
            if (!keep)
                removeStoreFiles(path);
        }
    } guard{partial};

    const quint64 seed = m_options.seed;
    StepRunner steps(progress);
    const Error cancelled{tr("the demo was cancelled; no store was written"), target, 0, {}};
    DemoSummary summary;
    summary.seed = seed;
    summary.storePath = target;
    if (temporary == std::nullopt)
        summary.filesFolder = paths.folder.absolutePath();

    if (!steps.begin(tr("Drawing the utility's territories and assets")))
        return cancelled;
    auto loaded = DemoGdalFiles::loadCounties();
    if (!loaded)
        return loaded.error();
    const std::vector<DemoCounty> counties = std::move(loaded).value();
    const DemoUtility utility = generateUtility(counties, seed);
    const QString territoriesFile = paths.file("territories.gpkg");
    const QString assetsFile = paths.file("assets.csv");
    if (auto written = DemoGdalFiles::writeTerritories(territoriesFile, counties); !written)
        return written.error();
    if (auto written = DemoCsvFiles::writeAssets(assetsFile, utility); !written)
        return written.error();

    if (!steps.begin(tr("Drawing the tree canopy raster")))
        return cancelled;
    const QString crs = QLatin1String(CanopyCrs);
    auto extent = DemoGdalFiles::project(boundsOf(counties), crs, 10'000);
    if (!extent)
        return extent.error();
    const ProjectedExtent &e = extent.value();
    const CanopyRaster canopyRaster =
        generateCanopy(e.minX, e.minY, e.maxX, e.maxY, CanopyPixel, seed);
    const QString canopyFile = paths.file("canopy.tif");
    if (auto written = DemoGdalFiles::writeCanopy(canopyFile, canopyRaster, crs); !written)
        return written.error();

    if (!steps.begin(tr("Importing territories, depots, assets and canopy")))
        return cancelled;
    auto opened = Store::open(partial, Store::Access::ReadWrite);
    if (!opened)
        return opened.error();
    Store &store = *opened.value();
    DemoStoreWriter writer(store);
    if (auto written = writer.writeDepotsAndPools(utility); !written)
        return written.error();
    {
        TerritoryImportOptions options;
        options.idField = QStringLiteral("code");
        options.nameField = QStringLiteral("name");
        if (auto kept = keep(TerritoryImporter(store).run(territoriesFile, options,
                                                          RejectPolicy::RollBackOnAnyReject),
                             summary.reports);
            !kept)
            return kept.error();
    }
    if (auto kept = keep(AssetImporter(store).run(assetsFile, AssetImportOptions{},
                                                  RejectPolicy::RollBackOnAnyReject),
                         summary.reports);
        !kept)
        return kept.error();
    {
        RasterImportOptions options;
        options.name = QStringLiteral("canopy");
        options.scale = 0.01;
        if (auto kept = keep(
                RasterImporter::run(store, canopyFile, options, RejectPolicy::RollBackOnAnyReject),
                summary.reports);
            !kept)
            return kept.error();
    }
    // The generating model uses the canopy fraction the store computed, as the engine will.
    auto canopyByCode = writer.canopyByCode();
    if (!canopyByCode)
        return canopyByCode.error();
    std::vector<double> canopy;
    for (const DemoCounty &county : counties) {
        if (!canopyByCode.value().contains(county.code))
            return Error{tr("the canopy raster left territory %1 without a canopy fraction")
                             .arg(county.code),
                         canopyFile,
                         0,
                         {}};
        canopy.push_back(canopyByCode.value().value(county.code));
    }

    if (!steps.begin(tr("Drawing the storm history and its weather")))
        return cancelled;
    const DemoHistory history = generateHistory(counties, seed);
    if (!steps.begin(tr("Drawing the outages of every storm")))
        return cancelled;
    const DemoOutages outages = generateOutages(counties, utility, canopy, history, seed);
    if (!steps.begin(tr("Drawing the past storms' forecasts as they were issued")))
        return cancelled;
    const std::vector<IssuedForecast> issued = generateIssuedForecasts(counties, history, seed);
    if (!steps.begin(tr("Drawing the incoming storm's forecast")))
        return cancelled;
    const DemoForecast forecast = generateForecast(counties, seed, now);
    summary.forecastIssued = forecast.grid.issued;

    if (!steps.begin(tr("Writing the weather, storm and incident files")))
        return cancelled;
    const QString hourlyFile = paths.file("weather_hourly.csv");
    const QString dailyFile = paths.file("weather_daily.csv");
    const QString incidentsFile = paths.file("incidents.csv");
    const QString stormsFile = paths.file("storms.csv");
    // The forecast's 30 recent days may reach back into the history's last storms (from an
    // issue in January 2026); the history's observation of such a day stands.
    std::vector<DailyWeather> days = history.daily;
    const qint64 lastHistoryDay = history.daily.empty() ? 0 : history.daily.back().day;
    for (const DailyWeather &day : forecast.recent) {
        if (history.daily.empty() || day.day > lastHistoryDay ||
            !std::binary_search(
                history.daily.begin(), history.daily.end(), day,
                [](const DailyWeather &a, const DailyWeather &b) { return a.day < b.day; }))
            days.push_back(day);
    }
    if (auto written = DemoCsvFiles::writeHourlyWeather(hourlyFile, utility, history); !written)
        return written.error();
    if (auto written = DemoCsvFiles::writeDailyWeather(dailyFile, utility, days); !written)
        return written.error();
    const QString issuedHourlyFile = paths.file("forecasts_issued_hourly.csv");
    const QString issuedDailyFile = paths.file("forecasts_issued_daily.csv");
    if (auto written =
            DemoCsvFiles::writeIssuedForecasts(issuedHourlyFile, issuedDailyFile, utility, issued);
        !written)
        return written.error();
    if (auto written = DemoCsvFiles::writeIncidents(incidentsFile, utility, history, outages);
        !written)
        return written.error();
    if (auto written = DemoCsvFiles::writeStorms(stormsFile, history); !written)
        return written.error();
    auto forecastFiles = DemoGdalFiles::writeForecast(paths.folder.absolutePath(), forecast.grid);
    if (!forecastFiles)
        return forecastFiles.error();

    // The past storms' forecasts go in as the same source as the incoming one (hourly) and a
    // daily forecast source of their own: a source's period is inferred from its valid times.
    for (const auto &[file, source, message] :
         {std::tuple{hourlyFile, "demo-hourly", tr("Importing the hourly weather of the storms")},
          std::tuple{dailyFile, "demo-daily", tr("Importing the daily weather")},
          std::tuple{issuedHourlyFile, "demo-forecast",
                     tr("Importing the past storms' forecasts as they were issued")},
          std::tuple{issuedDailyFile, "demo-forecast-daily", QString()}}) {
        if (!message.isEmpty() && !steps.begin(message))
            return cancelled;
        WeatherCsvOptions options;
        options.source = QLatin1String(source);
        if (auto kept = keep(
                WeatherCsvImporter::run(store, file, options, RejectPolicy::RollBackOnAnyReject),
                summary.reports);
            !kept)
            return kept.error();
    }

    if (!steps.begin(tr("Importing the outage incidents and the storms")))
        return cancelled;
    {
        IncidentImportOptions options;
        options.source = QStringLiteral("demo-incidents");
        if (auto kept = keep(IncidentImporter(store).run(incidentsFile, options,
                                                         RejectPolicy::RollBackOnAnyReject),
                             summary.reports);
            !kept)
            return kept.error();
    }
    if (auto kept = keep(StormImporter(store).run(stormsFile, StormImportOptions{},
                                                  RejectPolicy::RollBackOnAnyReject),
                         summary.reports);
        !kept)
        return kept.error();

    if (!steps.begin(tr("Importing the forecast grids")))
        return cancelled;
    const WeatherField variables[] = {WeatherField::Gust, WeatherField::Wind, WeatherField::Precip};
    for (int v = 0; v < 3; ++v) {
        GridWeatherOptions options;
        options.variable = variables[v];
        options.source = QStringLiteral("demo-forecast");
        if (auto kept = keep(GridWeatherImporter::run(store, forecastFiles.value().at(v), options,
                                                      RejectPolicy::RollBackOnAnyReject),
                             summary.reports);
            !kept)
            return kept.error();
    }

    if (!steps.begin(tr("Recording storm outcomes and crews")))
        return cancelled;
    if (auto written = writer.writeOutcomes(utility, history, outages); !written)
        return written.error();
    const QHash<QString, QString> settings{
        {QStringLiteral("demo.seed"), QString::number(seed)},
        {QStringLiteral("demo.forecast_issued_time"), QString::number(forecast.grid.issued)},
        {QStringLiteral("demo.forecast_kind"), storeKind(forecast.pattern)},
        {QStringLiteral("demo.forecast_storm_start"), QString::number(forecast.stormStart)},
        // Kentucky's utility keeps Eastern time: the timeline's clock labels use it.
        {QStringLiteral("utility.time_zone"), QStringLiteral("America/New_York")},
    };
    if (auto written = writer.writeSettings(
            settings, tr("demo store, seed %1, forecast issued %2")
                          .arg(seed)
                          .arg(QDateTime::fromSecsSinceEpoch(forecast.grid.issued, Qt::UTC)
                                   .toString(Qt::ISODate)));
        !written)
        return written.error();
    summary.territories = store.rowCount(QStringLiteral("territory"));
    summary.storms = store.rowCount(QStringLiteral("storm"));
    summary.incidents = store.rowCount(QStringLiteral("incident"));
    summary.weatherRows = store.rowCount(QStringLiteral("weather"));

    // The control centre opens on predictions: a first model, trained quickly (no
    // cross-validation: `stormcrew-cli train` does the full training) and activated when its
    // contract holds.
    if (!steps.begin(tr("Training the first outage model")))
        return cancelled;
    TrainOptions training;
    training.crossValidate = false;
    training.pooling = TrainOptions::Pooling::Global;
    training.ridge = 0;
    auto model = OutageEngine(store).train(training, true);
    if (!model)
        return Error{tr("the first model could not be trained: %1").arg(model.error().message),
                     partial,
                     0,
                     {}};
    summary.modelId = model.value().id;

    if (!steps.begin(tr("Putting the store in place")))
        return cancelled;
    opened.value().reset(); // closes the store: the log is checkpointed into the file
    if (QFileInfo::exists(target))
        removeStoreFiles(target);
    if (!QFile::rename(partial, target))
        return Error{tr("the finished store cannot be moved into place from %1").arg(partial),
                     target,
                     0,
                     {}};
    guard.keep = true;
    steps.finish(tr("The demo store is ready"));
    summary.seconds = double(clock.elapsed()) / 1000.0;
    qCDebug(lcDemo) << "demo store" << target << "built in" << summary.seconds << "s";
    return summary;
}

} // namespace stormcrew::demo
