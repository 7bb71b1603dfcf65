#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QString>

#include <ctime>

Q_DECLARE_LOGGING_CATEGORY(lcCrews)

namespace stormcrew::crews {

// Wall-clock and process CPU time of the planner's steps, for the debug log (on a shared
// machine the wall clock alone says little).
class StepTimer {
public:
    StepTimer() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    // "12.3 ms (CPU 20.1 ms)" since the last restart, and restarts.
    [[nodiscard]] QString lap()
    {
        const QString text =
            QStringLiteral("%1 ms (CPU %2 ms)")
                .arg(double(m_wall.nsecsElapsed()) / 1e6, 0, 'f', 1)
                .arg(1e3 * double(std::clock() - m_cpu) / CLOCKS_PER_SEC, 0, 'f', 1);
        restart();
        return text;
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

} // namespace stormcrew::crews
