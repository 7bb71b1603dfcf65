#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

// Helpers every C++ benchmark shares: timing, the median of repeats, and the one result line
// that bench/run collects (the convention is in bench/README.md).
namespace stormcrew::bench {

// Seconds one call of f takes, on the monotonic clock.
template <typename F> [[nodiscard]] double secondsFor(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The median resists the odd slow run that a machine shared with other builders produces.
[[nodiscard]] inline double median(std::vector<double> samples)
{
    Q_ASSERT(!samples.empty());
    std::sort(samples.begin(), samples.end());
    const std::size_t middle = samples.size() / 2;
    return samples.size() % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

// The folder bench/run gives this benchmark for its files (emptied afterwards).
[[nodiscard]] inline QString workDir()
{
    const QString dir = qEnvironmentVariable("STORMCREW_BENCH_WORKDIR");
    return dir.isEmpty() ? QStringLiteral(".") : dir;
}

// Progress and explanations go to stderr, so that stdout holds result lines only.
inline void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

// One result line: figure, Stormcrew's seconds, the peer's name and seconds, and the goal as the
// lowest acceptable ratio peer/Stormcrew (1.0: at least as fast as the peer).
inline void report(const QString &figure, double stormcrewSeconds, const QString &peer,
                   double peerSeconds, double goal)
{
    std::printf("%s\t%.6f\t%s\t%.6f\t%.2f\n", figure.toUtf8().constData(), stormcrewSeconds,
                peer.toUtf8().constData(), peerSeconds, goal);
    std::fflush(stdout);
}

// Ends the benchmark with a message: a failed run, or a wrong answer on either side.
[[noreturn]] inline void die(const QString &benchmark, const QString &message)
{
    note(benchmark + QStringLiteral(": ") + message);
    std::exit(1);
}

// Runs a peer script that prints one JSON object on stdout (its stderr passes through).
[[nodiscard]] inline QJsonObject runPeer(const QString &benchmark, const QString &program,
                                         const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        die(benchmark, QStringLiteral("%1 %2 failed: %3")
                           .arg(program, arguments.join(QLatin1Char(' ')), process.errorString()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (!json.isObject())
        die(benchmark, QStringLiteral("%1 printed no JSON: %2").arg(program, error.errorString()));
    return json.object();
}

} // namespace stormcrew::bench
