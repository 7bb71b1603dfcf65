// The markdown report of an evaluation (`stormcrew-cli evaluate --report FILE.md`).
#include "evaluation.h"

#include <cmath>

namespace stormcrew {

namespace {

QString fixed(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

QString percent(double share)
{
    return std::isfinite(share) ? QString::number(100 * share, 'f', 0) + QStringLiteral(" %")
                                : QStringLiteral("–");
}

} // namespace

QString Evaluator::markdown(const Evaluation &e)
{
    QString md;
    md += tr("# Leave-one-storm-out evaluation") + QStringLiteral("\n\n");
    md += tr("%1 storms, %2 storm-territory rows. Each storm was held out in turn; the models "
             "were trained on the others (ridge penalty by inner cross-validation) and predicted "
             "it.")
              .arg(e.storms)
              .arg(e.rows) +
          QStringLiteral("\n\n");
    md += tr("## Overall") + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | MAE | RMSE | %2 | %3 | %4 | Spearman | 50 % | 80 % | 90 % |\n")
              .arg(tr("model"), tr("mean deviance"), tr("mean log score"),
                   tr("storm total, abs. % error"));
    md += QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const ModelEvaluation &m : e.models) {
        const Scores &s = m.overall;
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                  .arg(m.label, fixed(s.mae, 2), fixed(s.rmse, 2), fixed(s.meanDeviance, 3),
                       fixed(s.meanLogScore, 3), fixed(s.totalAbsPercentError, 1),
                       fixed(s.spearman, 3), percent(s.coverage50), percent(s.coverage80))
                  .arg(percent(s.coverage90));
    }
    md += QStringLiteral("\n") +
          tr("Interval columns: the share of held-out territory counts inside the central 50, 80 "
             "and 90 % predictive intervals (well calibrated: 50, 80 and 90 %).") +
          QStringLiteral("\n\n");

    md += tr("## Calibration of the model (one global fit)") + QStringLiteral("\n\n");
    md +=
        QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---:|---:|---:|\n")
            .arg(tr("predicted mean range"), tr("rows"), tr("mean predicted"), tr("mean observed"));
    for (const CalibrationBin &bin : e.models.front().calibration)
        md += QStringLiteral("| %1 – %2 | %3 | %4 | %5 |\n")
                  .arg(fixed(bin.predictedLow, 2), fixed(bin.predictedHigh, 2))
                  .arg(bin.rows)
                  .arg(fixed(bin.meanPredicted, 2), fixed(bin.meanObserved, 2));

    md += QStringLiteral("\n") + tr("## Per storm") + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | %2 |").arg(tr("storm"), tr("observed"));
    for (const ModelEvaluation &m : e.models)
        md += QStringLiteral(" %1 |").arg(m.key);
    md += QStringLiteral("\n|---|---:|");
    for (std::size_t i = 0; i < e.models.size(); ++i)
        md += QStringLiteral("---:|");
    md += QLatin1Char('\n');
    const ModelEvaluation &first = e.models.front();
    for (std::size_t s = 0; s < first.stormCodes.size(); ++s) {
        md += QStringLiteral("| %1 | %2 |")
                  .arg(first.stormCodes[s], fixed(first.perStorm[s].observedTotal, 0));
        for (const ModelEvaluation &m : e.models)
            md += QStringLiteral(" %1 (%2 %) |")
                      .arg(fixed(m.perStorm[s].predictedTotal, 0),
                           fixed(m.perStorm[s].totalAbsPercentError, 0));
        md += QLatin1Char('\n');
    }
    md += QStringLiteral("\n") +
          tr("Cells: predicted storm total (absolute % error of the total).") +
          QStringLiteral("\n");
    for (const QString &note : e.notes)
        md += QStringLiteral("\n") + tr("Note: %1").arg(note) + QStringLiteral("\n");
    return md;
}

} // namespace stormcrew
