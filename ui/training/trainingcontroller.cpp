#include "trainingcontroller.h"

#include "trainingreport.h"

#include "store/store.h"
#include "training/trainingcalls.h"
#include "training/trainingscoring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace stormcrew {

using namespace training;

namespace {

QString isoMinute(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd "
                                 "HH:mm 'UTC'"));
}

QVariantMap errorMap(const CallError &e)
{
    return {{QStringLiteral("estimate"), e.estimate},
            {QStringLiteral("absolute"), e.absolute},
            {QStringLiteral("relative"), std::isnan(e.relative) ? QVariant() : e.relative},
            {QStringLiteral("within20"), e.within20}};
}

QVariantMap sideMap(const SideRecord &s)
{
    return {{QStringLiteral("storms"), s.storms},
            {QStringLiteral("meanAbsolute"), s.meanAbsolute},
            {QStringLiteral("meanRelative"), s.relativeStorms > 0 ? s.meanRelative : QVariant()},
            {QStringLiteral("within20"), s.within20},
            {QStringLiteral("closer"), s.closer}};
}

// The values that colour the map: per territory, or its group's sum on every territory of the
// group (the trainee calls groups, so the three are compared on the same footing).
constexpr const char *GroupMetrics[] = {"trainee", "model", "actual"};

} // namespace

TrainingController::TrainingController(QObject *parent) : QObject(parent)
{
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &TrainingController::loaded);
}

TrainingController::~TrainingController() = default;

void TrainingController::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    Q_EMIT storePathChanged();
}

QString TrainingController::sandboxPath() const
{
    return m_sandbox ? m_sandbox->path() : QString();
}

void TrainingController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

bool TrainingController::start()
{
    if (m_sandbox)
        return true;
    if (m_storePath.isEmpty()) {
        setError(tr("No store is open, so there is nothing to train on."));
        return false;
    }
    auto sandbox = TrainingSandbox::create(m_storePath);
    if (!sandbox) {
        setError(sandbox.error().toString());
        return false;
    }
    auto storms = ExerciseBuilder(sandbox.value()->store()).storms();
    if (!storms) {
        setError(storms.error().toString());
        return false;
    }
    if (storms.value().empty()) {
        setError(tr("The store has no past storm with recorded outcomes; import storms and "
                    "their outcomes or incidents first."));
        return false;
    }
    m_sandbox = std::move(sandbox).value();
    m_storms = std::move(storms).value();
    m_exercises.clear();
    m_calls.clear();
    m_revealed.clear();
    setError({});
    Q_EMIT activeChanged();
    Q_EMIT stormsChanged();
    m_currentIndex = -1;
    setCurrentIndex(int(m_storms.size()) - 1); // the latest storm first
    Q_EMIT scoreboardChanged();
    return true;
}

void TrainingController::end()
{
    if (!m_sandbox)
        return;
    setBusy(false); // an exercise still being built is dropped when it arrives
    m_exercise.reset();
    m_exercises.clear();
    m_calls.clear();
    m_revealed.clear();
    m_storms.clear();
    m_whatIf.clear();
    m_sandbox.reset();
    m_currentIndex = -1;
    m_selected = -1;
    setError({});
    Q_EMIT activeChanged();
    Q_EMIT stormsChanged();
    Q_EMIT exerciseChanged();
    Q_EMIT scoreboardChanged();
    updateValues();
}

QVariantList TrainingController::storms() const
{
    QVariantList out;
    for (const ExerciseStorm &s : m_storms) {
        const QString date =
            QDateTime::fromSecsSinceEpoch(s.start, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
        out.append(QVariantMap{{QStringLiteral("id"), s.id},
                               {QStringLiteral("code"), s.code},
                               {QStringLiteral("label"),
                                tr("%1 · %2").arg(date, s.name.isEmpty() ? s.code : s.name)}});
    }
    return out;
}

int TrainingController::stormIndex(const QString &code) const
{
    for (std::size_t i = 0; i < m_storms.size(); ++i)
        if (m_storms[i].code == code)
            return int(i);
    return -1;
}

void TrainingController::setCurrentIndex(int index)
{
    if (index == m_currentIndex || !m_sandbox || index < 0 || index >= int(m_storms.size()))
        return;
    m_currentIndex = index;
    loadExercise();
}

void TrainingController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

// A storm's exercise is a replay (features as of then, the prediction): a second or two on a
// large store, so it is built on a worker thread and kept for the rest of the session.
void TrainingController::loadExercise()
{
    const qint64 id = m_storms[std::size_t(m_currentIndex)].id;
    if (const auto found = m_exercises.find(id); found != m_exercises.end()) {
        show(found->second);
        return;
    }
    m_exercise.reset();
    m_whatIf.clear();
    Q_EMIT exerciseChanged();
    updateValues();
    if (!m_loading.isRunning())
        startLoading(id);
    setBusy(true); // a load in flight for another storm starts this one when it ends
}

void TrainingController::startLoading(qint64 stormId)
{
    const QString path = m_sandbox->path();
    m_loading.setFuture(QtConcurrent::run([path, stormId]() -> Loaded {
        Loaded out;
        out.stormId = stormId;
        auto store = Store::open(path, Store::Access::ReadOnly, Store::Check::Header);
        if (!store) {
            out.error = store.error().toString();
            return out;
        }
        auto built = ExerciseBuilder(*store.value()).build(stormId);
        if (!built)
            out.error = built.error().toString();
        else
            out.exercise = std::make_shared<Exercise>(std::move(built).value());
        return out;
    }));
    setBusy(true);
}

void TrainingController::loaded()
{
    const Loaded result = m_loading.result();
    if (!m_sandbox || m_currentIndex < 0) { // the session ended meanwhile
        setBusy(false);
        return;
    }
    if (result.exercise) {
        TrainingCallRepository repository(m_sandbox->store());
        if (auto calls = repository.load(result.stormId); calls && !calls.value().empty())
            m_calls[result.stormId] = std::move(calls).value();
        if (auto revealed = repository.revealedAt(result.stormId); revealed && revealed.value())
            m_revealed.insert(result.stormId);
        m_exercises.emplace(result.stormId, result.exercise);
    }
    const qint64 current = m_storms[std::size_t(m_currentIndex)].id;
    if (result.stormId != current) { // the trainer chose another storm meanwhile
        if (const auto found = m_exercises.find(current); found != m_exercises.end()) {
            setBusy(false);
            show(found->second);
        } else {
            startLoading(current);
        }
        return;
    }
    setBusy(false);
    if (!result.exercise) {
        setError(result.error);
        return;
    }
    show(result.exercise);
}

void TrainingController::show(std::shared_ptr<Exercise> exercise)
{
    m_exercise = std::move(exercise);
    setError({});
    if (!revealed() && m_metric != QLatin1String("gust") && m_metric != QLatin1String("trainee"))
        m_metric = QStringLiteral("gust");
    m_adjustments = {};
    recomputeWhatIf();
    Q_EMIT exerciseChanged();
    Q_EMIT whatIfChanged();
    updateValues();
    Q_EMIT selectionChanged();
}

const std::vector<TrainingCall> &TrainingController::callsOf(qint64 stormId) const
{
    static const std::vector<TrainingCall> none;
    const auto found = m_calls.find(stormId);
    return found == m_calls.end() ? none : found->second;
}

QVariantMap TrainingController::exercise() const
{
    if (!m_exercise)
        return {};
    const Exercise &e = *m_exercise;
    QVariantMap out{
        {QStringLiteral("code"), e.storm.code},
        {QStringLiteral("name"), e.storm.name.isEmpty() ? e.storm.code : e.storm.name},
        {QStringLiteral("kind"), e.storm.kind},
        {QStringLiteral("asOf"), isoMinute(e.asOf)},
        {QStringLiteral("leadHours"), e.leadHours},
        {QStringLiteral("forecastIssued"),
         e.forecastIssued ? isoMinute(*e.forecastIssued) : QString()},
        {QStringLiteral("territories"), int(e.territories.size())},
    };
    double gustMax = 0;
    for (const ExerciseTerritory &t : e.territories)
        if (std::isfinite(t.forecastGust))
            gustMax = std::max(gustMax, t.forecastGust);
    out.insert(QStringLiteral("gustMaximum"), gustMax);
    const auto &calls = callsOf(e.storm.id);
    for (const TrainingCall &call : calls)
        if (call.group.isEmpty()) {
            out.insert(QStringLiteral("callCrews"), call.crews);
            out.insert(QStringLiteral("callOutages"), call.outages);
        }
    if (revealed()) {
        const StormResult r = e.result(calls);
        out.insert(QStringLiteral("modelVersion"), e.modelVersion);
        out.insert(QStringLiteral("model"), r.model);
        out.insert(QStringLiteral("modelP10"), e.modelTotals.p10);
        out.insert(QStringLiteral("modelP90"), e.modelTotals.p90);
        out.insert(QStringLiteral("actual"), r.actual);
        out.insert(QStringLiteral("actualCrews"), r.actualCrews);
        out.insert(QStringLiteral("trainee"), errorMap(r.score.trainee));
        out.insert(QStringLiteral("modelError"), errorMap(r.score.model));
        out.insert(QStringLiteral("closer"),
                   r.score.closer == Closer::Trainee ? QStringLiteral("trainee")
                   : r.score.closer == Closer::Model ? QStringLiteral("model")
                                                     : QStringLiteral("tie"));
    }
    return out;
}

QVariantList TrainingController::groups() const
{
    QVariantList out;
    if (!m_exercise)
        return out;
    const Exercise &e = *m_exercise;
    const bool shown = revealed();
    const auto &calls = callsOf(e.storm.id);
    for (const TerritoryGroup &g : e.groups) {
        QVariantMap row{{QStringLiteral("key"), g.key},
                        {QStringLiteral("name"), g.name},
                        {QStringLiteral("territories"), int(g.territories.size())}};
        for (const TrainingCall &call : calls)
            if (call.group == g.key) {
                row.insert(QStringLiteral("callCrews"), call.crews);
                row.insert(QStringLiteral("callOutages"), call.outages);
            }
        if (shown) {
            row.insert(QStringLiteral("model"), e.modelOf(g.key));
            row.insert(QStringLiteral("actual"), e.actualOf(g.key));
        }
        out.append(row);
    }
    return out;
}

bool TrainingController::hasCall() const
{
    return m_exercise && m_calls.count(m_exercise->storm.id) > 0;
}

bool TrainingController::revealed() const
{
    return m_exercise && m_revealed.count(m_exercise->storm.id) > 0;
}

bool TrainingController::saveCall(double crews, double outages, const QVariantList &groups)
{
    if (!m_exercise || !m_sandbox)
        return false;
    if (revealed()) {
        setError(tr("This storm has been revealed; its call can no longer be changed."));
        return false;
    }
    std::vector<TrainingCall> calls{{QString(), crews, outages}};
    for (const QVariant &entry : groups) {
        const QVariantMap g = entry.toMap();
        const QVariant groupOutages = g.value(QStringLiteral("outages"));
        if (!groupOutages.isValid() || groupOutages.isNull() || groupOutages.toString().isEmpty())
            continue; // not called
        calls.push_back({g.value(QStringLiteral("key")).toString(),
                         g.value(QStringLiteral("crews")).toDouble(), groupOutages.toDouble()});
    }
    const qint64 id = m_exercise->storm.id;
    if (auto saved = TrainingCallRepository(m_sandbox->store()).save(id, calls); !saved) {
        setError(saved.error().toString());
        return false;
    }
    m_calls[id] = std::move(calls);
    setError({});
    Q_EMIT exerciseChanged();
    updateValues();
    return true;
}

bool TrainingController::reveal()
{
    if (!m_exercise || !m_sandbox)
        return false;
    if (!hasCall()) {
        setError(tr("Enter and save the call first: the reveal shows the model and the outcome "
                    "beside it."));
        return false;
    }
    if (auto marked = TrainingCallRepository(m_sandbox->store()).markRevealed(m_exercise->storm.id);
        !marked) {
        setError(marked.error().toString());
        return false;
    }
    m_revealed.insert(m_exercise->storm.id);
    setError({});
    m_metric = QStringLiteral("actual");
    Q_EMIT exerciseChanged();
    Q_EMIT scoreboardChanged();
    Q_EMIT selectionChanged();
    updateValues();
    return true;
}

std::vector<StormResult> TrainingController::results() const
{
    std::vector<StormResult> out;
    for (const ExerciseStorm &s : m_storms) {
        if (m_revealed.count(s.id) == 0)
            continue;
        const auto found = m_exercises.find(s.id);
        if (found != m_exercises.end())
            out.push_back(found->second->result(callsOf(s.id)));
    }
    return out;
}

QVariantMap TrainingController::scoreboard() const
{
    const std::vector<StormResult> rs = results();
    std::vector<StormScore> scores;
    QVariantList rows;
    for (const StormResult &r : rs) {
        scores.push_back(r.score);
        rows.append(QVariantMap{{QStringLiteral("code"), r.code},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("trainee"), r.traineeOutages},
                                {QStringLiteral("model"), r.model},
                                {QStringLiteral("actual"), r.actual},
                                {QStringLiteral("traineeError"), errorMap(r.score.trainee)},
                                {QStringLiteral("modelError"), errorMap(r.score.model)}});
    }
    const Scoreboard board = TrainingScoring::scoreboard(std::move(scores));
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("trainee"), sideMap(board.trainee)},
            {QStringLiteral("model"), sideMap(board.model)},
            {QStringLiteral("discussion"), TrainingDiscussion::points(rs, board)}};
}

void TrainingController::setMetric(const QString &metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    updateValues();
}

void TrainingController::updateValues()
{
    m_mapValues.clear();
    m_mapMaximum = 1;
    if (m_exercise) {
        const Exercise &e = *m_exercise;
        const bool shown = revealed();
        const bool group =
            std::any_of(std::begin(GroupMetrics), std::end(GroupMetrics),
                        [this](const char *m) { return m_metric == QLatin1String(m); });
        std::map<QString, double> groupValue;
        if (m_metric == QLatin1String("trainee")) {
            for (const TrainingCall &call : callsOf(e.storm.id))
                if (!call.group.isEmpty())
                    groupValue[call.group] = call.outages;
        } else if (shown && group) {
            for (const TerritoryGroup &g : e.groups)
                groupValue[g.key] =
                    m_metric == QLatin1String("model") ? e.modelOf(g.key) : e.actualOf(g.key);
        }
        for (std::size_t i = 0; i < e.territories.size(); ++i) {
            const ExerciseTerritory &t = e.territories[i];
            double value = std::nan("");
            if (m_metric == QLatin1String("gust"))
                value = t.forecastGust;
            else if (group) {
                const auto found = groupValue.find(t.group);
                if (found != groupValue.end())
                    value = found->second;
            } else if (shown && m_metric == QLatin1String("modelTerritory") && t.predicted)
                value = t.model;
            else if (shown && m_metric == QLatin1String("actualTerritory"))
                value = t.actual;
            else if (shown && m_metric == QLatin1String("whatIf") && i < m_whatIf.size() &&
                     !m_whatIf[i].missing)
                value = m_whatIf[i].mean;
            if (std::isfinite(value)) {
                m_mapValues.insert(QString::number(t.id), value);
                m_mapMaximum = std::max(m_mapMaximum, value);
            }
        }
        // Trainee, model and actual share one scale, so their colours compare.
        if (shown && group)
            for (const TerritoryGroup &g : e.groups) {
                m_mapMaximum = std::max(m_mapMaximum, e.modelOf(g.key));
                m_mapMaximum = std::max(m_mapMaximum, e.actualOf(g.key));
                for (const TrainingCall &call : callsOf(e.storm.id))
                    if (call.group == g.key)
                        m_mapMaximum = std::max(m_mapMaximum, call.outages);
            }
    }
    Q_EMIT valuesChanged();
}

QVariantMap TrainingController::whatIf() const
{
    return {{QStringLiteral("gustOffset"), m_adjustments.gustOffset},
            {QStringLiteral("leafOnOffset"), m_adjustments.leafOnOffset},
            {QStringLiteral("wetnessMultiplier"), m_adjustments.wetnessMultiplier},
            {QStringLiteral("canopyMultiplier"), m_adjustments.canopyMultiplier},
            {QStringLiteral("trimYearsOffset"), m_adjustments.trimYearsOffset}};
}

void TrainingController::setWhatIf(const QVariantMap &values)
{
    WhatIfAdjustments a;
    a.gustOffset = values.value(QStringLiteral("gustOffset"), 0.0).toDouble();
    a.leafOnOffset = values.value(QStringLiteral("leafOnOffset"), 0.0).toDouble();
    a.wetnessMultiplier = values.value(QStringLiteral("wetnessMultiplier"), 1.0).toDouble();
    a.canopyMultiplier = values.value(QStringLiteral("canopyMultiplier"), 1.0).toDouble();
    a.trimYearsOffset = values.value(QStringLiteral("trimYearsOffset"), 0.0).toDouble();
    m_adjustments = a;
    recomputeWhatIf();
    Q_EMIT whatIfChanged();
    if (m_metric == QLatin1String("whatIf"))
        updateValues();
    Q_EMIT selectionChanged();
}

void TrainingController::recomputeWhatIf()
{
    m_whatIf.clear();
    if (!m_exercise || !m_exercise->whatIf)
        return;
    QElapsedTimer clock;
    clock.start();
    m_whatIf = m_exercise->whatIf->predict(m_adjustments);
    m_whatIfMilliseconds = double(clock.nsecsElapsed()) / 1e6;
}

double TrainingController::whatIfTotal() const
{
    if (!revealed())
        return 0;
    double sum = 0;
    for (const TerritoryPrediction &p : m_whatIf)
        if (!p.missing)
            sum += p.mean;
    return sum;
}

void TrainingController::setSelectedTerritory(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    Q_EMIT selectionChanged();
}

QVariantMap TrainingController::selection() const
{
    if (!m_exercise || m_selected < 0)
        return {};
    const Exercise &e = *m_exercise;
    for (std::size_t i = 0; i < e.territories.size(); ++i) {
        const ExerciseTerritory &t = e.territories[i];
        if (t.id != m_selected)
            continue;
        QVariantMap out{{QStringLiteral("name"), t.name},
                        {QStringLiteral("code"), t.code},
                        {QStringLiteral("gust"),
                         std::isfinite(t.forecastGust) ? QVariant(t.forecastGust) : QVariant()}};
        if (revealed() && i < m_whatIf.size() && !m_whatIf[i].missing) {
            const TerritoryPrediction &p = m_whatIf[i];
            out.insert(QStringLiteral("model"), t.model);
            out.insert(QStringLiteral("actual"), t.actual);
            out.insert(QStringLiteral("whatIf"), p.mean);
            out.insert(QStringLiteral("baseline"), p.baseline);
            QVariantList factors;
            for (const ExplanationFactor &f : p.factors)
                factors.append(QVariantMap{{QStringLiteral("label"), f.label},
                                           {QStringLiteral("factor"), f.factor}});
            out.insert(QStringLiteral("factors"), factors);
        }
        return out;
    }
    return {};
}

bool TrainingController::writeReport(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return false;
    const std::vector<StormResult> rs = results();
    std::vector<StormScore> scores;
    for (const StormResult &r : rs)
        scores.push_back(r.score);
    TrainingReportData data;
    data.storms = rs;
    data.board = TrainingScoring::scoreboard(std::move(scores));
    data.discussion = TrainingDiscussion::points(rs, data.board);
    data.operationalStore = m_storePath;
    data.generated = QDateTime::currentDateTimeUtc();
    data.generatedBy = Store::currentUser();
    data.appVersion = QCoreApplication::applicationVersion();
    auto written = TrainingReport::write(data, path);
    if (!written) {
        setError(written.error().toString());
        return false;
    }
    setError({});
    return true;
}

} // namespace stormcrew
