#pragma once

// Checks the crew-planner tests share: a failure names the territory and the figure.
#include "crews/crewplan.h"

#include <QString>
#include <QTest>

namespace stormcrew::crews::testing {

// Every quantile of `more` (more crews, or crews moving on) is no later than that of `fewer`.
inline void verifyNotLater(const Spread &more, const Spread &fewer, const QString &what)
{

    QVERIFY2(more.p10.value <= fewer.p10.value, qPrintable(what + QStringLiteral(" P10")));
    QVERIFY2(more.p50.value <= fewer.p50.value, qPrintable(what + QStringLiteral(" P50")));
    QVERIFY2(more.p90.value <= fewer.p90.value, qPrintable(what + QStringLiteral(" P90")));
}

} // namespace stormcrew::crews::testing
