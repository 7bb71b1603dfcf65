#include "reviewpdf.h"

#include "pdfcanvas.h"
#include "replayexport.h"

#include "crews/plansettings.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace stormcrew::replay {

namespace {

using Align = PdfCanvas::Align;

constexpr double Margin = 36;
constexpr double Hour = 3600;
// Okabe and Ito's colour-blind-safe palette: blue for the prediction, vermillion for what
// happened, bluish green for the plan, grey for guides.
constexpr PdfColor Predicted{0.0, 0.447, 0.698};
constexpr PdfColor PredictedLight{0.78, 0.87, 0.94};
constexpr PdfColor Actual{0.835, 0.369, 0.0};
constexpr PdfColor Planned{0.0, 0.62, 0.451};
constexpr PdfColor Muted{0.4, 0.4, 0.4};
constexpr PdfColor Rule{0.8, 0.8, 0.8};
constexpr PdfColor Band{0.94, 0.94, 0.94};

QString when(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

QString num(double value, int decimals = 0)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("-");
}

QString hours(const crews::Estimate &e)
{
    return std::isfinite(e.value) ? num(e.value, 1) : ReviewPdf::tr("never");
}

// A step of 1, 2 or 5 times a power of ten giving about `ticks` ticks up to `maximum`.
double niceStep(double maximum, int ticks)
{
    if (!(maximum > 0))
        return 1;
    const double raw = maximum / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}

// A chart's plotting area and its value axis (0 at the bottom).
struct Plot {
    double x, y, w, h;
    double maximum;

    [[nodiscard]] double yOf(double value) const
    {
        return y + h - h * std::clamp(value / maximum, 0.0, 1.0);
    }
};

// Frame, horizontal grid lines with their values and the axis title; returns the plot.
// `exact`: the axis ends at `maximum` (a share that ends at 100 %); otherwise at a round value
// a little above it.
Plot axes(PdfCanvas &pdf, double x, double y, double w, double h, double maximum,
          const QString &title, const QString &valueLabel, bool exact = false)
{
    pdf.text(x, y, title, 11, Align::Left, true);
    const double step = niceStep(exact ? maximum : maximum * 1.05, 5);
    Plot plot{x + 44, y + 24, w - 52, h - 60,
              exact ? maximum : std::max(step, std::ceil(maximum * 1.05 / step) * step)};
    for (double v = 0; v <= plot.maximum + step / 2; v += step) {
        const double gy = plot.yOf(v);
        pdf.line(plot.x, gy, plot.x + plot.w, gy, 0.4, Rule);
        pdf.text(plot.x - 4, gy + 3, num(v), 7, Align::Right, false, Muted);
    }
    pdf.text(plot.x, plot.y - 6, valueLabel, 7, Align::Left, false, Muted);
    pdf.frame(plot.x, plot.y, plot.w, plot.h, 0.6, Muted);
    return plot;
}

void legendItem(PdfCanvas &pdf, double &x, double y, PdfColor color, const QString &label,
                bool line)
{
    if (line)
        pdf.line(x, y - 3, x + 14, y - 3, 2, color);
    else
        pdf.dot(x + 4, y - 3, 3, color);
    pdf.text(x + 18, y, label, 8);
    x += 26 + pdf.textWidth(label, 8);
}

// A new page when fewer than `needed` points are left on this one.
double room(PdfCanvas &pdf, double y, double needed)
{
    if (y + needed <= PdfCanvas::Height - Margin)
        return y;
    pdf.newPage();
    return Margin + 14;
}

double summaryPage(PdfCanvas &pdf, const StormReplay &r)
{
    double y = Margin + 14;
    pdf.text(Margin, y, ReviewPdf::tr("Storm review: %1").arg(r.stormCode), 18, Align::Left, true);
    y += 20;
    pdf.text(Margin, y,
             ReviewPdf::tr("%1 (%2), %3 to %4; first outage %5")
                 .arg(r.stormName, r.stormKind, when(r.stormStart), when(r.stormEnd),
                      when(r.firstOutage)),
             10, Align::Left, false, Muted);
    y += 14;
    QString asOf = ReviewPdf::tr("Replayed as of %1, %2 h before the first outage, with model %3 "
                                 "(version %4); only forecasts issued and observations ended by "
                                 "then were read.")
                       .arg(when(r.asOf), num(r.leadHours, 0))
                       .arg(r.modelId)
                       .arg(r.modelVersion);
    if (r.forecastIssued)
        asOf += QLatin1Char(' ') +
                ReviewPdf::tr("Newest forecast read: issued %1.").arg(when(*r.forecastIssued));
    y = pdf.paragraph(Margin, y, PdfCanvas::Width - 2 * Margin, asOf, 10, Muted) + 8;

    // Predicted against actual.
    pdf.text(Margin, y, ReviewPdf::tr("Predicted against actual"), 13, Align::Left, true);
    y += 18;
    const double col[] = {Margin,       Margin + 200, Margin + 280,
                          Margin + 360, Margin + 440, Margin + 520};
    const QString heads[] = {ReviewPdf::tr("Outages, all territories"),
                             ReviewPdf::tr("expected"),
                             ReviewPdf::tr("P10"),
                             ReviewPdf::tr("P50"),
                             ReviewPdf::tr("P90"),
                             ReviewPdf::tr("actual")};
    for (int i = 0; i < 6; ++i)
        pdf.text(i == 0 ? col[0] : col[i] + 60, y, heads[i], 9, i == 0 ? Align::Left : Align::Right,
                 true);
    y += 14;
    const StormTotals &t = r.predictedTotals;
    const double values[] = {t.mean, t.p10, t.p50, t.p90, r.actualTotal};
    for (int i = 0; i < 5; ++i)
        pdf.text(col[i + 1] + 60, y, num(values[i]), 10, Align::Right, i == 4,
                 i == 4 ? Actual : Predicted);
    y += 18;
    const Scores &s = r.scores;
    y = pdf.paragraph(
            Margin, y, PdfCanvas::Width - 2 * Margin,
            ReviewPdf::tr("Over %1 territories: MAE %2, RMSE %3, error of the total %4 %, "
                          "Spearman %5, P10-P90 coverage %6 % (50 %: %7 %, 90 %: %8 %), "
                          "mean log score %9.")
                .arg(s.rows)
                .arg(num(s.mae, 2), num(s.rmse, 2), num(s.totalAbsPercentError, 1),
                     num(s.spearman, 3), num(100 * s.coverage80), num(100 * s.coverage50),
                     num(100 * s.coverage90), num(s.meanLogScore, 3)),
            10) +
        10;

    if (r.hindsight) {
        const Hindsight &h = *r.hindsight;
        pdf.text(Margin, y, ReviewPdf::tr("Hindsight: the crew plan against what happened"), 13,
                 Align::Left, true);
        y += 16;
        y = pdf.paragraph(Margin, y, PdfCanvas::Width - 2 * Margin,
                          ReviewPdf::tr("Each simulated %1 times against the outages that "
                                        "happened; target %2 % of customers within %3 h at %4. "
                                        "Hours count from the all-clear (the storm's end); ± is "
                                        "one standard error.")
                              .arg(h.settings.simulations)
                              .arg(num(h.settings.targetShare * 100), num(h.settings.targetHours),
                                   crews::riskName(h.settings.risk).toUpper()),
                          9, Muted) +
            4;
        const double hc[] = {Margin,       Margin + 330, Margin + 420,
                             Margin + 540, Margin + 650, Margin + 760};
        const QString hh[] = {QString(),
                              ReviewPdf::tr("crews (own + aid)"),
                              ReviewPdf::tr("customer-hours"),
                              ReviewPdf::tr("cost"),
                              ReviewPdf::tr("everyone back P50"),
                              ReviewPdf::tr("P10-P90")};
        for (int i = 1; i < 6; ++i)
            pdf.text(hc[i], y, hh[i], 9, Align::Right, true);
        y += 14;
        for (const auto &[label, run] :
             {std::pair{ReviewPdf::tr("Model's plan, as planned"), &h.plan},
              std::pair{ReviewPdf::tr("Model's plan, dispatched to the outages"),
                        &h.planDispatched},
              std::pair{ReviewPdf::tr("Crews actually deployed"), &h.deployed}}) {
            pdf.text(hc[0], y, label, 10);
            pdf.text(hc[1], y,
                     QStringLiteral("%1 + %2").arg(run->ownCrews).arg(run->mutualAidCrews), 10,
                     Align::Right);
            pdf.text(hc[2], y,
                     QStringLiteral("%1 ± %2").arg(num(run->customerHours.value),
                                                   num(run->customerHours.standardError)),
                     10, Align::Right);
            pdf.text(
                hc[3], y,
                QStringLiteral("%1 ± %2").arg(num(run->cost.value), num(run->cost.standardError)),
                10, Align::Right);
            pdf.text(hc[4], y, hours(run->etrAll.p50), 10, Align::Right);
            pdf.text(hc[5], y,
                     QStringLiteral("%1 - %2").arg(hours(run->etrAll.p10), hours(run->etrAll.p90)),
                     10, Align::Right);
            y += 14;
        }
        y += 2;
        y = pdf.paragraph(Margin, y, PdfCanvas::Width - 2 * Margin,
                          ReviewPdf::tr("Recorded by the utility: %1 customer-hours.")
                              .arg(num(h.recordedCustomerHours)),
                          9, Muted);
        for (const QString &note : h.notes)
            y = pdf.paragraph(Margin, room(pdf, y, 24), PdfCanvas::Width - 2 * Margin, note, 8,
                              Muted);
        y += 8;
    }
    if (!r.notes.isEmpty()) {
        y = room(pdf, y, 40);
        pdf.text(Margin, y, ReviewPdf::tr("Notes"), 13, Align::Left, true);
        y += 16;
        for (const QString &note : r.notes)
            y = pdf.paragraph(Margin, room(pdf, y, 24), PdfCanvas::Width - 2 * Margin, note, 8,
                              Muted) +
                2;
    }
    return y;
}

// Predicted against actual per territory: the territories hit hardest (actual or expected).
void territoryChart(PdfCanvas &pdf, const StormReplay &r, double x, double y, double w, double h)
{
    std::vector<const TerritoryReplay *> shown;
    for (const TerritoryReplay &t : r.territories)
        if (t.predicted)
            shown.push_back(&t);
    std::sort(shown.begin(), shown.end(), [](const auto *a, const auto *b) {
        return std::max(a->actual, a->mean) > std::max(b->actual, b->mean);
    });
    if (shown.size() > 30)
        shown.resize(30);
    double maximum = 1;
    for (const TerritoryReplay *t : shown)
        maximum = std::max({maximum, t->actual, t->p90, t->mean});
    const Plot plot = axes(pdf, x, y, w, h, maximum,
                           ReviewPdf::tr("Predicted against actual, the %n territories hit "
                                         "hardest",
                                         nullptr, int(shown.size())),
                           ReviewPdf::tr("outages"));
    const double slot = plot.w / std::max<double>(1, double(shown.size()));
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const TerritoryReplay &t = *shown[i];
        const double cx = plot.x + slot * (double(i) + 0.5);
        if (!t.inInterval)
            pdf.rect(cx - slot / 2, plot.y, slot, plot.h, Band);
        pdf.line(cx, plot.yOf(t.p10), cx, plot.yOf(t.p90), 2.5, PredictedLight);
        pdf.line(cx - 3, plot.yOf(t.p10), cx + 3, plot.yOf(t.p10), 0.8, Predicted);
        pdf.line(cx - 3, plot.yOf(t.p90), cx + 3, plot.yOf(t.p90), 0.8, Predicted);
        pdf.line(cx - 4, plot.yOf(t.mean), cx + 4, plot.yOf(t.mean), 1.6, Predicted);
        pdf.dot(cx, plot.yOf(t.actual), 2.6, Actual);
        pdf.text(cx + 2, plot.y + plot.h + 8, t.code, 6, Align::Right, false, Muted);
    }
    double lx = plot.x;
    const double ly = y + h - 4;
    legendItem(pdf, lx, ly, Predicted, ReviewPdf::tr("expected, with P10-P90"), true);
    legendItem(pdf, lx, ly, Actual, ReviewPdf::tr("actual"), false);
    pdf.rect(lx, ly - 8, 14, 8, Band);
    pdf.text(lx + 18, ly, ReviewPdf::tr("actual outside P10-P90"), 8);
}

// The storm's outages over time: all begun so far and still out, against the predicted total.
void timelineChart(PdfCanvas &pdf, const StormReplay &r, double x, double y, double w, double h)
{
    const StormTotals &t = r.predictedTotals;
    double maximum = std::max(t.p90, 1.0);
    for (const TimelineHour &hour : r.timeline)
        maximum = std::max(maximum, double(hour.cumulative));
    const Plot plot = axes(pdf, x, y, w, h, maximum, ReviewPdf::tr("Storm totals over time"),
                           ReviewPdf::tr("outages"));
    if (r.timeline.empty())
        return;
    // Up to a tenth past the last hour in which anything changed (the timeline runs two weeks).
    std::size_t last = 0;
    for (std::size_t i = 1; i < r.timeline.size(); ++i)
        if (r.timeline[i].cumulative != r.timeline[i - 1].cumulative ||
            r.timeline[i].out != r.timeline[i - 1].out)
            last = i;
    const double t0 = double(r.timeline.front().time);
    const double span =
        std::max(Hour, std::min(double(r.timeline.back().time) - t0,
                                1.1 * (double(r.timeline[last].time) - t0) + 6 * Hour));
    const auto xOf = [&](double time) { return plot.x + plot.w * (time - t0) / span; };
    // The predicted total: its P10-P90 band and the expected value.
    pdf.rect(plot.x, plot.yOf(t.p90), plot.w, plot.yOf(t.p10) - plot.yOf(t.p90), PredictedLight);
    pdf.line(plot.x, plot.yOf(t.mean), plot.x + plot.w, plot.yOf(t.mean), 1.4, Predicted, true);
    std::vector<double> xs, begun, out;
    for (const TimelineHour &hour : r.timeline) {
        if (double(hour.time) - t0 > span)
            break;
        xs.push_back(xOf(double(hour.time)));
        begun.push_back(plot.yOf(hour.cumulative));
        out.push_back(plot.yOf(hour.out));
    }
    pdf.polyline(xs.data(), begun.data(), int(xs.size()), 1.8, Actual);
    pdf.polyline(xs.data(), out.data(), int(xs.size()), 1.2, Muted);
    // Days along the time axis.
    const double step = niceStep(span / Hour, 8);
    for (double hh = 0; hh <= span / Hour; hh += step) {
        const double gx = xOf(t0 + hh * Hour);
        pdf.line(gx, plot.y + plot.h, gx, plot.y + plot.h + 3, 0.6, Muted);
        pdf.text(gx, plot.y + plot.h + 12, ReviewPdf::tr("%1 h").arg(num(hh)), 7, Align::Center,
                 false, Muted);
    }
    double lx = plot.x;
    const double ly = y + h - 4;
    legendItem(pdf, lx, ly, Predicted, ReviewPdf::tr("predicted total, P10-P90"), true);
    legendItem(pdf, lx, ly, Actual, ReviewPdf::tr("begun so far"), true);
    legendItem(pdf, lx, ly, Muted, ReviewPdf::tr("still out"), true);
}

// Restoration: the share of the storm's outages restored after the all-clear, against the
// everyone-back time of the model's plan dispatched to the outages and of the crews deployed
// (P10-P90, P50). The plan as planned is left out here: a territory it sent no crew to is never
// restored, which would stretch the axis to the simulation's horizon (the table has it).
void restorationChart(PdfCanvas &pdf, const StormReplay &r, double x, double y, double w, double h)
{
    const Plot plot = axes(pdf, x, y, w, h, 100, ReviewPdf::tr("Restoration against the plan"),
                           ReviewPdf::tr("% of outages restored"), true);
    double horizon = 24;
    if (r.hindsight)
        for (const HindsightRun *run : {&r.hindsight->planDispatched, &r.hindsight->deployed})
            if (std::isfinite(run->etrAll.p90.value))
                horizon = std::max(horizon, run->etrAll.p90.value * 1.1);
    int total = r.timeline.empty() ? 0 : r.timeline.back().cumulative;
    std::vector<double> xs, ys;
    for (const TimelineHour &hour : r.timeline) {
        const double after = (double(hour.time) - double(r.stormEnd)) / Hour;
        if (after < 0 || after > horizon || total == 0)
            continue;
        xs.push_back(plot.x + plot.w * after / horizon);
        ys.push_back(plot.yOf(100.0 * (hour.cumulative - hour.out) / total));
    }
    const auto xOf = [&](double hours) {
        return plot.x + plot.w * std::clamp(hours / horizon, 0.0, 1.0);
    };
    if (r.hindsight) {
        const auto marker = [&](const HindsightRun &run, PdfColor color, double level) {
            if (!std::isfinite(run.etrAll.p50.value))
                return;
            const double yy = plot.yOf(level);
            pdf.line(xOf(run.etrAll.p10.value), yy, xOf(run.etrAll.p90.value), yy, 4, color);
            pdf.line(xOf(run.etrAll.p50.value), plot.y, xOf(run.etrAll.p50.value), plot.y + plot.h,
                     1, color, true);
        };
        marker(r.hindsight->planDispatched, Planned, 96);
        marker(r.hindsight->deployed, Muted, 92);
    }
    pdf.polyline(xs.data(), ys.data(), int(xs.size()), 1.8, Actual);
    const double step = niceStep(horizon, 6);
    for (double hh = 0; hh <= horizon; hh += step) {
        pdf.line(xOf(hh), plot.y + plot.h, xOf(hh), plot.y + plot.h + 3, 0.6, Muted);
        pdf.text(xOf(hh), plot.y + plot.h + 12, ReviewPdf::tr("%1 h").arg(num(hh)), 7,
                 Align::Center, false, Muted);
    }
    double lx = plot.x;
    const double ly = y + h - 4;
    legendItem(pdf, lx, ly, Actual, ReviewPdf::tr("actual"), true);
    legendItem(pdf, lx, ly, Planned, ReviewPdf::tr("plan, dispatched: everyone back"), true);
    legendItem(pdf, lx, ly, Muted, ReviewPdf::tr("crews deployed"), true);
}

void territoryTable(PdfCanvas &pdf, const StormReplay &r)
{
    const double cols[] = {Margin,       Margin + 330, Margin + 400, Margin + 460,
                           Margin + 520, Margin + 590, Margin + 660, Margin + 760};
    const QString heads[] = {ReviewPdf::tr("Territory"), ReviewPdf::tr("expected"),
                             ReviewPdf::tr("P10"),       ReviewPdf::tr("P90"),
                             ReviewPdf::tr("actual"),    ReviewPdf::tr("error"),
                             ReviewPdf::tr("relative"),  ReviewPdf::tr("in P10-P90")};
    double y = PdfCanvas::Height; // forces the first page
    for (const TerritoryReplay &t : r.territories) {
        if (y > PdfCanvas::Height - Margin) {
            pdf.newPage();
            y = Margin + 14;
            pdf.text(Margin, y, ReviewPdf::tr("Territories"), 13, Align::Left, true);
            y += 18;
            for (int i = 0; i < 8; ++i)
                pdf.text(cols[i], y, heads[i], 8, i == 0 ? Align::Left : Align::Right, true);
            y += 4;
            pdf.line(Margin, y, PdfCanvas::Width - Margin, y, 0.6, Muted);
            y += 11;
        }
        pdf.text(cols[0], y, t.code + QLatin1Char(' ') + t.name, 8);
        if (t.predicted) {
            pdf.text(cols[1], y, num(t.mean, 1), 8, Align::Right, false, Predicted);
            pdf.text(cols[2], y, num(t.p10), 8, Align::Right);
            pdf.text(cols[3], y, num(t.p90), 8, Align::Right);
        } else {
            pdf.text(cols[1], y, ReviewPdf::tr("no prediction"), 8, Align::Right, false, Muted);
        }
        pdf.text(cols[4], y, num(t.actual), 8, Align::Right, false, Actual);
        if (t.predicted) {
            pdf.text(cols[5], y, num(t.signedError, 1), 8, Align::Right);
            pdf.text(cols[6], y,
                     t.relative ? QStringLiteral("%1 %").arg(num(100 * *t.relative)) : QString(), 8,
                     Align::Right);
            pdf.text(cols[7], y, t.inInterval ? ReviewPdf::tr("yes") : ReviewPdf::tr("no"), 8,
                     Align::Right, !t.inInterval);
        }
        y += 12;
    }
}

} // namespace

Result<void> ReviewPdf::write(const StormReplay &replay, const QString &path)
{
    PdfCanvas pdf;
    auto opened = pdf.open(path, tr("Storm review: %1").arg(replay.stormCode));
    if (!opened)
        return opened.error();
    summaryPage(pdf, replay);
    pdf.newPage();
    const double full = PdfCanvas::Width - 2 * Margin;
    territoryChart(pdf, replay, Margin, Margin + 10, full, 270);
    const double half = (full - 24) / 2;
    timelineChart(pdf, replay, Margin, Margin + 300, half, 240);
    restorationChart(pdf, replay, Margin + half + 24, Margin + 300, half, 240);
    territoryTable(pdf, replay);
    return pdf.finish();
}

} // namespace stormcrew::replay
