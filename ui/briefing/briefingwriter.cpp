#include "briefingwriter.h"

#include "briefingmap.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace stormcrew::briefing {

namespace {

// The light theme's colours (Theme.qml): a briefing is printed.
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x59, 0x63, 0x6e);
const QColor kBorder(0xd0, 0xd7, 0xde);
const QColor kHeader(0xf6, 0xf8, 0xfa);
const QColor kDanger(0xcf, 0x22, 0x2e);
const QColor kWarning(0x9a, 0x67, 0x00);
const int kResolution = 300;                        // dots per inch of the PDF's coordinate system
const double kRowHeight = 5.2 * kResolution / 25.4; // the territory table's rows, 5.2 mm
const double kHeaderHeight = 8.4 * kResolution / 25.4; // its header: room for two lines

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) +
                                QStringLiteral(" UTC")
                          : QStringLiteral("–");
}

QString count(double value)
{
    return std::isfinite(value) ? QLocale().toString(std::round(value), 'f', 0)
                                : QStringLiteral("–");
}

QString hours(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    return std::isfinite(value) ? BriefingWriter::tr("%1 h").arg(QLocale().toString(value, 'f', 0))
                                : BriefingWriter::tr("never");
}

QFont font(double points, QFont::Weight weight = QFont::Normal)
{
    QFont f;
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

// Lays text out down a page: each call draws at the cursor and moves it down.
class Page {
public:
    Page(QPainter &painter, QRectF body) : m_painter(painter), m_body(body) {}

    [[nodiscard]] static double mm(double millimetres) { return millimetres * kResolution / 25.4; }
    [[nodiscard]] QRectF body() const { return m_body; }

    // Draws wrapped text in [x, x + width) from y; returns the height it took.
    double text(double x, double y, double width, const QString &text, const QFont &f,
                const QColor &colour, int flags = Qt::AlignLeft) const
    {
        m_painter.setFont(f);
        m_painter.setPen(colour);
        const QRectF box(x, y, width, m_body.bottom() - y);
        QRectF used;
        m_painter.drawText(box, flags | Qt::TextWordWrap, text, &used);
        return used.height();
    }

    [[nodiscard]] QPainter &painter() const { return m_painter; }

private:
    QPainter &m_painter;
    QRectF m_body;
};

QString stormLabel(const BriefingData &data)
{
    if (!data.hasPrediction)
        return BriefingWriter::tr("no prediction");
    if (data.isForecast)
        return BriefingWriter::tr("incoming storm");
    return data.stormName.isEmpty()
               ? data.stormCode
               : BriefingWriter::tr("%1 (%2)").arg(data.stormName, data.stormCode);
}

// Title, times and provenance; returns where the body starts.
double paintHeader(const Page &page, const BriefingData &data)
{
    const QRectF body = page.body();
    const double right = body.width() * 0.38;
    double y = body.top();
    y += page.text(body.left(), y, body.width() - right,
                   BriefingWriter::tr("Storm briefing: %1").arg(stormLabel(data)),
                   font(18, QFont::Bold), kText);
    const QString window = BriefingWriter::tr("storm window %1 to %2")
                               .arg(when(data.windowStart), when(data.windowEnd));
    const QString subtitle =
        !data.hasPrediction ? QString()
        : data.isForecast
            ? BriefingWriter::tr("Forecast issued %1 · %2").arg(when(data.forecastIssued), window)
            : BriefingWriter::tr("Stored storm · %1").arg(window);
    y += page.text(body.left(), y, body.width() - right, subtitle, font(10), kMuted);
    double yRight = body.top();
    yRight += page.text(
        body.right() - right, yRight, right,
        BriefingWriter::tr("Generated %1 by %2").arg(when(data.generated), data.generatedBy),
        font(8.5), kMuted, Qt::AlignRight);
    yRight += page.text(body.right() - right, yRight, right,
                        BriefingWriter::tr("Store: %1").arg(data.storePath), font(8.5), kMuted,
                        Qt::AlignRight | Qt::TextWrapAnywhere);
    y = std::max(y, yRight) + Page::mm(2);
    page.painter().setPen(QPen(kBorder, Page::mm(0.3)));
    page.painter().drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    return y + Page::mm(3);
}

void paintFooter(const Page &page, const BriefingData &data, int pageNumber, int pages)
{
    const QRectF body = page.body();
    const double y = body.bottom() - Page::mm(5);
    page.painter().setPen(QPen(kBorder, Page::mm(0.3)));
    page.painter().drawLine(QPointF(body.left(), y - Page::mm(1)),
                            QPointF(body.right(), y - Page::mm(1)));
    page.text(body.left(), y, body.width() * 0.6,
              BriefingWriter::tr("The model advises; the director decides."),
              font(9, QFont::DemiBold), kText);
    page.text(body.left() + body.width() * 0.4, y, body.width() * 0.6,
              BriefingWriter::tr("Stormcrew %1 · page %2 of %3")
                  .arg(data.appVersion)
                  .arg(pageNumber)
                  .arg(pages),
              font(8.5), kMuted, Qt::AlignRight);
}

// A figure: caption, large value, detail; returns its height.
double paintFigure(const Page &page, QRectF box, const QString &caption, const QString &value,
                   const QString &detail)
{
    QPainter &p = page.painter();
    const double pad = Page::mm(2);
    double y = box.top() + pad;
    y += page.text(box.left() + pad, y, box.width() - 2 * pad, caption, font(8.5), kMuted);
    y += page.text(box.left() + pad, y, box.width() - 2 * pad, value, font(17, QFont::Bold), kText);
    y += page.text(box.left() + pad, y, box.width() - 2 * pad, detail, font(8.5), kMuted);
    box.setBottom(y + pad);
    p.setPen(QPen(kBorder, Page::mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, Page::mm(1), Page::mm(1));
    return box.height();
}

double paintFigures(const Page &page, QRectF area, const BriefingData &data)
{
    const PlanSummary &plan = data.plan;
    const bool ready = plan.ready;
    const QString dash = QStringLiteral("–");
    struct Figure {
        QString caption, value, detail;
    };
    const Figure figures[] = {
        {BriefingWriter::tr("Outages (P50)"), data.hasPrediction ? count(data.totals.p50) : dash,
         BriefingWriter::tr("P10–P90: %1–%2").arg(count(data.totals.p10), count(data.totals.p90))},
        {BriefingWriter::tr("Crews needed"),
         ready ? count(plan.ownCrews + plan.mutualAidCrews) : dash,
         ready ? BriefingWriter::tr("own on hand: %1").arg(count(plan.ownAvailable)) : dash},
        {BriefingWriter::tr("Mutual aid"), ready ? count(plan.mutualAidCrews) : dash,
         !ready                    ? dash
         : plan.mutualAidCrews > 0 ? BriefingWriter::tr("request by %1").arg(when(plan.requestBy))
                                   : BriefingWriter::tr("none needed")},
        {BriefingWriter::tr("%1 % restored (P50)").arg(plan.targetPercent),
         ready ? hours(plan.targetEtrP50) : dash,
         BriefingWriter::tr("P90: %1").arg(ready ? hours(plan.targetEtrP90) : dash)},
        {BriefingWriter::tr("Everyone back (P50)"), ready ? hours(plan.etrP50) : dash,
         BriefingWriter::tr("P90: %1").arg(ready ? hours(plan.etrP90) : dash)},
        {BriefingWriter::tr("Expected cost"), ready ? count(plan.cost) : dash,
         BriefingWriter::tr("lost customer-hours and crew days")},
    };
    const double gap = Page::mm(2.5);
    const double width = (area.width() - gap) / 2;
    double y = area.top();
    for (int row = 0; row < 3; ++row) {
        double height = 0;
        for (int column = 0; column < 2; ++column) {
            const Figure &f = figures[row * 2 + column];
            height = std::max(height, paintFigure(page,
                                                  QRectF(area.left() + column * (width + gap), y,
                                                         width, area.bottom() - y),
                                                  f.caption, f.value, f.detail));
        }
        y += height + gap;
    }
    return y - area.top();
}

// The crew plan's settings, requests and warnings, the model and the distribution check.
void paintPlan(const Page &page, QRectF area, const BriefingData &data)
{
    const PlanSummary &plan = data.plan;
    double y = area.top();
    const double width = area.width();
    const double x = area.left();
    y += page.text(x, y, width, BriefingWriter::tr("Crew plan"), font(11, QFont::Bold), kText);
    const QString onHand =
        plan.crewsOnHand < 0
            ? BriefingWriter::tr("what the depots have (%1)").arg(count(plan.ownAvailable))
            : BriefingWriter::tr("%1, set by the director").arg(plan.crewsOnHand);
    y += page.text(
        x, y, width,
        BriefingWriter::tr("Target: %1 % of customers back within %2 h at risk level %3; own "
                           "crews on hand: %4.")
            .arg(plan.targetPercent)
            .arg(plan.targetHours)
            .arg(plan.risk, onHand),
        font(9), kText);
    y += Page::mm(1);
    if (!plan.ready) {
        y += page.text(x, y, width, BriefingWriter::tr("No crew plan yet."), font(9), kMuted);
    } else if (plan.requests.isEmpty()) {
        y += page.text(x, y, width,
                       BriefingWriter::tr("No mutual aid needed: the own crews suffice."), font(9),
                       kText);
    } else {
        for (const QString &request : plan.requests)
            y += page.text(x, y, width, QStringLiteral("• ") + request, font(9, QFont::DemiBold),
                           kText);
    }
    for (const QString &warning : plan.warnings)
        y += page.text(x, y, width, QStringLiteral("⚠ ") + warning, font(9), kDanger);
    y += Page::mm(2);
    if (data.hasPrediction)
        y += page.text(
            x, y, width,
            data.contractPassed
                ? BriefingWriter::tr("Model v%1 · contract passed").arg(data.modelVersion)
                : BriefingWriter::tr("Model v%1 · CONTRACT FAILED").arg(data.modelVersion),
            font(9, data.contractPassed ? QFont::Normal : QFont::Bold),
            data.contractPassed ? kMuted : kDanger);
    if (data.outOfDistribution) {
        y += Page::mm(1.5);
        const double pad = Page::mm(2);
        const double height =
            page.text(x + pad, y + pad, width - 2 * pad,
                      BriefingWriter::tr("Unlike the storms the model learnt from: %1")
                          .arg(data.distributionReasons.join(QStringLiteral("; "))),
                      font(9), kText);
        page.painter().setPen(QPen(kWarning, Page::mm(0.5)));
        page.painter().setBrush(Qt::NoBrush);
        page.painter().drawRoundedRect(QRectF(x, y, width, height + 2 * pad), Page::mm(1),
                                       Page::mm(1));
    }
}

int paintTable(const Page &page, double left, double top, double width,
               const std::vector<TerritoryLine> &lines, std::size_t first, int rows, bool compact);

void paintSummaryPage(const Page &page, const BriefingData &data, const BriefingMap &map,
                      double top)
{
    const QRectF body = page.body();
    const double bottom = body.bottom() - Page::mm(8);
    const double mapWidth = body.width() * 0.56;
    const double legendHeight = Page::mm(13);
    // As tall as the territories' shape needs, at most what the page has; the legend under it.
    const double mapHeight =
        std::min(bottom - top - legendHeight, mapWidth * map.aspectRatio() + Page::mm(4));
    const QRectF mapArea(body.left(), top, mapWidth, mapHeight);
    double maximum = 0;
    for (double v : data.mapValues)
        maximum = std::max(maximum, v);
    QList<qint64> labelled;
    for (const TerritoryLine &line : topTerritories(data, 5))
        labelled << line.id;
    map.paint(page.painter(), mapArea, data.mapValues, maximum, labelled);
    page.painter().setFont(font(8.5));
    BriefingMap::paintLegend(page.painter(),
                             QRectF(mapArea.left(), mapArea.bottom() + Page::mm(2), mapWidth,
                                    legendHeight - Page::mm(2)),
                             BriefingWriter::tr("Predicted outages per territory (P50)"), maximum);
    // Under the legend, as many of the territories hit hardest as fit.
    const double tableTop = mapArea.bottom() + legendHeight + Page::mm(3);
    const double heading =
        page.text(body.left(), tableTop, mapWidth,
                  BriefingWriter::tr("Territories hit hardest, by predicted outages (P50)"),
                  font(10, QFont::Bold), kText);
    const int rows = int((bottom - tableTop - heading - Page::mm(1) - kHeaderHeight) / kRowHeight);
    if (rows >= 3)
        paintTable(page, body.left(), tableTop + heading + Page::mm(1), mapWidth,
                   topTerritories(data, rows), 0, rows, true);
    const double left = body.left() + mapWidth + Page::mm(6);
    const QRectF side(left, top, body.right() - left, bottom - top);
    const double used = paintFigures(page, side, data);
    paintPlan(page, side.adjusted(0, used + Page::mm(1), 0, 0), data);
}

struct Column {
    QString title;
    double share;
    bool number;
};

// The table of the territories hit hardest, from row `first`, across `width` from (left, top);
// returns the rows drawn. The compact table (under the map) leaves out code, ETR P90 and target.
int paintTable(const Page &page, double left, double top, double width,
               const std::vector<TerritoryLine> &lines, std::size_t first, int rows, bool compact)
{
    struct Cell {
        Column column;
        bool inCompact;
    };
    const Cell all[] = {
        {{QStringLiteral("#"), 0.45, true}, true},
        {{BriefingWriter::tr("Territory"), 2.0, false}, true},
        {{BriefingWriter::tr("Code"), 0.9, false}, false},
        {{BriefingWriter::tr("Outages (P50)"), 1.2, true}, true},
        {{BriefingWriter::tr("P10–P90"), 1.2, true}, true},
        {{BriefingWriter::tr("Crews (own + aid)"), 1.5, true}, true},
        {{BriefingWriter::tr("ETR P50"), 1.0, true}, true},
        {{BriefingWriter::tr("ETR P90"), 1.0, true}, false},
        {{BriefingWriter::tr("Target met"), 1.2, false}, false},
    };
    QList<int> shown;
    double total = 0;
    for (int c = 0; c < int(std::size(all)); ++c)
        if (!compact || all[c].inCompact) {
            shown << c;
            total += all[c].column.share;
        }
    const double pad = Page::mm(1.5);
    QPainter &p = page.painter();
    // Header cells wrap onto a second line (longer titles in Spanish and French); body cells elide.
    const auto row = [&](double y, double height, const QStringList &cells, const QFont &f,
                         const QColor &fill, bool wrap) {
        p.fillRect(QRectF(left, y, width, height), fill);
        double x = left;
        for (int i = 0; i < shown.size(); ++i) {
            const Column &column = all[shown[i]].column;
            const double w = width * column.share / total;
            p.setFont(f);
            p.setPen(kText);
            const int align = column.number ? Qt::AlignRight : Qt::AlignLeft;
            const QRectF box(x + pad, y, w - 2 * pad, height);
            if (wrap)
                p.drawText(box, Qt::AlignVCenter | Qt::TextWordWrap | align, cells[i]);
            else
                p.drawText(
                    box, Qt::AlignVCenter | align,
                    QFontMetricsF(f, p.device()).elidedText(cells[i], Qt::ElideRight, box.width()));
            x += w;
        }
    };
    QStringList titles;
    for (int c : shown)
        titles << all[c].column.title;
    row(top, kHeaderHeight, titles, font(8.5, QFont::DemiBold), kHeader, true);
    int drawn = 0;
    double y = top + kHeaderHeight;
    for (std::size_t i = first; i < lines.size() && drawn < rows; ++i, ++drawn, y += kRowHeight) {
        const TerritoryLine &t = lines[i];
        const QString cells[] = {
            QString::number(i + 1),
            t.name,
            t.code,
            count(t.p50),
            BriefingWriter::tr("%1–%2").arg(count(t.p10), count(t.p90)),
            t.planned ? BriefingWriter::tr("%1 + %2").arg(t.ownCrews).arg(t.mutualAidCrews)
                      : QStringLiteral("–"),
            t.planned ? hours(t.etrP50) : QStringLiteral("–"),
            t.planned ? hours(t.etrP90) : QStringLiteral("–"),
            !t.planned    ? QStringLiteral("–")
            : t.targetMet ? BriefingWriter::tr("yes")
                          : BriefingWriter::tr("no")};
        QStringList picked;
        for (int c : shown)
            picked << cells[c];
        row(y, kRowHeight, picked, font(8.5), drawn % 2 ? kHeader : QColor(Qt::white), false);
    }
    p.setPen(QPen(kBorder, Page::mm(0.3)));
    p.drawLine(QPointF(left, top + kHeaderHeight), QPointF(left + width, top + kHeaderHeight));
    p.drawLine(QPointF(left, y), QPointF(left + width, y));
    return drawn;
}

} // namespace

QPageSize::PageSizeId BriefingWriter::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

Result<int> BriefingWriter::write(const BriefingData &data, const BriefingMap &map,
                                  const QString &path, const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot be written (%1); choose another folder or file name")
                         .arg(file.errorString()),
                     path,
                     0,
                     {}};
    QPdfWriter pdf(&file);
    pdf.setResolution(kResolution);
    pdf.setPageSize(QPageSize(options.pageSize));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setTitle(tr("Storm briefing: %1").arg(stormLabel(data)));
    pdf.setCreator(QStringLiteral("Stormcrew ") + data.appVersion);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error{tr("the PDF could not be started"), path, 0, {}};
    const Page page(painter, QRectF(0, 0, pdf.width(), pdf.height()));

    const std::vector<TerritoryLine> top = topTerritories(data, options.topTerritories);
    // The table pages: what fits between the header and the footer, at least one row each.
    const double tableTop = Page::mm(28); // header and heading, with room for a long store path
    const int rowsPerPage = std::max(
        1, int((page.body().height() - tableTop - kHeaderHeight - Page::mm(15)) / kRowHeight));
    const int tablePages = top.empty() ? 0 : int((top.size() + rowsPerPage - 1) / rowsPerPage);
    const int pages = 1 + tablePages;

    const double bodyTop = paintHeader(page, data);
    paintSummaryPage(page, data, map, bodyTop);
    paintFooter(page, data, 1, pages);
    std::size_t first = 0;
    for (int tablePage = 0; tablePage < tablePages; ++tablePage) {
        pdf.newPage();
        double y = paintHeader(page, data);
        y += page.text(page.body().left(), y, page.body().width(),
                       BriefingWriter::tr("Territories hit hardest, by predicted outages (P50)"),
                       font(11, QFont::Bold), kText) +
             Page::mm(1.5);
        first += std::size_t(paintTable(page, page.body().left(), y, page.body().width(), top,
                                        first, rowsPerPage, false));
        if (first >= top.size())
            page.text(page.body().left(), page.body().bottom() - Page::mm(13), page.body().width(),
                      tr("%1 of %2 territories. The CSV and GeoJSON exports list every one.")
                          .arg(top.size())
                          .arg(data.territories.size()),
                      font(8.5), kMuted);
        paintFooter(page, data, 2 + tablePage, pages);
    }
    if (!painter.end())
        return Error{tr("the PDF could not be finished"), path, 0, {}};
    if (!file.commit())
        return Error{tr("cannot be written (%1); choose another folder or file name")
                         .arg(file.errorString()),
                     path,
                     0,
                     {}};
    return pages;
}

} // namespace stormcrew::briefing
