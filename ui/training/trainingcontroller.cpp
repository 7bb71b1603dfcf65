#include "trainingcontroller.h"

#include "trainingreport.h"
#include "trainingvalues.h"

#include "store/store.h"
#include "training/trainingcalls.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace stormcrew {

using namespace training;

TrainingController::TrainingController(QObject *parent) : QObject(parent)
{
    connect(&m_starter, &TrainingStarter::startingChanged, this, [this] {
        Q_EMIT startingChanged();
        updateBusy();
    });
    connect(&m_starter, &TrainingStarter::ready, this, &TrainingController::started);
    connect(&m_starter, &TrainingStarter::failed, this, [this](const QString &error) {
        setError(error);
        Q_EMIT startFailed();
    });
    connect(&m_exercises, &TrainingExercises::busyChanged, this, &TrainingController::updateBusy);
    connect(&m_exercises, &TrainingExercises::built, this, &TrainingController::readCalls);
    connect(&m_exercises, &TrainingExercises::ready, this,
            [this](qint64 stormId) { show(m_exercises.find(stormId)); });
    connect(&m_exercises, &TrainingExercises::failed, this, &TrainingController::setError);
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

void TrainingController::updateBusy()
{
    const bool busy = m_starter.starting() || m_exercises.busy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

bool TrainingController::start()
{
    if (m_sandbox || m_starter.starting())
        return true;
    if (m_storePath.isEmpty()) {
        setError(tr("No store is open, so there is nothing to train on."));
        return false;
    }
    setError({});
    m_starter.start(m_storePath);
    return true;
}

void TrainingController::started()
{
    TrainingStarter::Started session = m_starter.take();
    m_sandbox = std::move(session.sandbox);
    m_storms = std::move(session.storms);
    m_exercises.begin(m_sandbox->path());
    m_calls.clear();
    m_revealed.clear();
    setError({});
    // The latest storm first, asked for before the session shows, so that busy stays true from
    // the copy into the building of its exercise.
    m_currentIndex = -1;
    setCurrentIndex(int(m_storms.size()) - 1);
    updateBusy();
    Q_EMIT activeChanged();
    Q_EMIT stormsChanged();
    Q_EMIT scoreboardChanged();
}

void TrainingController::end()
{
    m_starter.cancel();
    if (!m_sandbox)
        return;
    m_exercises.end(); // an exercise still being built is dropped when it arrives
    m_exercise.reset();
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
    return TrainingValues::storms(m_storms);
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

void TrainingController::loadExercise()
{
    if (auto built = m_exercises.request(m_storms[std::size_t(m_currentIndex)].id)) {
        show(std::move(built));
        return;
    }
    m_exercise.reset();
    m_whatIf.clear();
    Q_EMIT exerciseChanged();
    updateValues();
}

// The calls and the reveal of a storm, read from the copy once its exercise is there (a
// session's copy may hold them from earlier in the session).
void TrainingController::readCalls(qint64 stormId)
{
    if (!m_sandbox)
        return;
    TrainingCallRepository repository(m_sandbox->store());
    if (auto calls = repository.load(stormId); calls && !calls.value().empty())
        m_calls[stormId] = std::move(calls).value();
    if (auto revealed = repository.revealedAt(stormId); revealed && revealed.value())
        m_revealed.insert(stormId);
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
    return m_exercise
               ? TrainingValues::exercise(*m_exercise, callsOf(m_exercise->storm.id), revealed())
               : QVariantMap();
}

QVariantList TrainingController::groups() const
{
    return m_exercise
               ? TrainingValues::groups(*m_exercise, callsOf(m_exercise->storm.id), revealed())
               : QVariantList();
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
    std::vector<TrainingCall> calls = TrainingValues::calls(crews, outages, groups);
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
        if (const auto built = m_exercises.find(s.id))
            out.push_back(built->result(callsOf(s.id)));
    }
    return out;
}

QVariantMap TrainingController::scoreboard() const
{
    return TrainingValues::scoreboard(results());
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
    TrainingValues::MapValues values;
    if (m_exercise)
        values = TrainingValues::mapValues(*m_exercise, callsOf(m_exercise->storm.id), revealed(),
                                           m_metric, m_whatIf);
    m_mapValues = std::move(values.values);
    m_mapMaximum = values.maximum;
    Q_EMIT valuesChanged();
}

QVariantMap TrainingController::whatIf() const
{
    return TrainingValues::whatIf(m_adjustments);
}

void TrainingController::setWhatIf(const QVariantMap &values)
{
    m_adjustments = TrainingValues::adjustments(values);
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
    return TrainingValues::selection(*m_exercise, m_selected, revealed(), m_whatIf);
}

bool TrainingController::writeReport(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return false;
    TrainingReportData data = TrainingReport::data(results());
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
