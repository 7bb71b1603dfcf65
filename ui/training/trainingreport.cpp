#include "trainingreport.h"

#include "briefingwriter.h"

#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace stormcrew {

using namespace training;

namespace {

// The light theme's colours, as in the briefing: a report is printed.
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x59, 0x63, 0x6e);
const QColor kBorder(0xd0, 0xd7, 0xde);
const QColor kHeader(0xf6, 0xf8, 0xfa);
const QColor kGood(0x1a, 0x7f, 0x37);
const int kResolution = 300;

double mm(double millimetres)
{
    return millimetres * kResolution / 25.4;
}

QFont font(double points, QFont::Weight weight = QFont::Normal)
{
    QFont f;
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

QString count(double value)
{
    return std::isfinite(value) ? QLocale().toString(std::round(value), 'f', 0)
                                : QStringLiteral("–");
}

QString percent(double share)
{
    return std::isfinite(share)
               ? TrainingReport::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 0))
               : QStringLiteral("–");
}

QString errorText(const CallError &e)
{
    return std::isnan(e.relative)
               ? count(e.absolute)
               : TrainingReport::tr("%1 (%2)").arg(count(e.absolute), percent(e.relative));
}

// Draws down the pages: text and table rows at a cursor, a new page when one is full.
class Cursor {
public:
    Cursor(QPdfWriter &writer, QPainter &painter, const TrainingReportData &data)
        : m_writer(writer), m_painter(painter), m_data(data)
    {
        m_body = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        m_y = m_body.top();
    }

    [[nodiscard]] double width() const { return m_body.width(); }
    [[nodiscard]] int pages() const { return m_pages; }

    void text(const QString &text, const QFont &f, const QColor &colour, double gapAfter = 0)
    {
        m_painter.setFont(f);
        const QRectF box(m_body.left(), 0, m_body.width(), m_body.height());
        const QRectF needed = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        ensure(needed.height());
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(m_body.left(), m_y, m_body.width(), needed.height()),
                           Qt::TextWordWrap, text);
        m_y += needed.height() + gapAfter;
    }

    // One table row; columns as fractions of the width, the first `leftColumns` left-aligned.
    void row(const QStringList &cells, const std::vector<double> &widths, bool header,
             const QColor &lastColour = kText, double rowHeight = mm(5.6), int leftColumns = 1)
    {
        const double height = header ? mm(9) : rowHeight;
        ensure(height);
        if (header) {
            m_painter.fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), kHeader);
        }
        m_painter.setFont(font(header ? 8.5 : 9, header ? QFont::DemiBold : QFont::Normal));
        double x = m_body.left();
        for (int i = 0; i < cells.size(); ++i) {
            const double w = widths[std::size_t(i)] * m_body.width();
            m_painter.setPen(i == cells.size() - 1 && !header ? lastColour : kText);
            const int align = (i < leftColumns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            m_painter.drawText(QRectF(x + mm(1), m_y, w - mm(2), height), align | Qt::TextWordWrap,
                               cells[i]);
            x += w;
        }
        m_painter.setPen(QPen(kBorder, mm(0.2)));
        m_painter.drawLine(QPointF(m_body.left(), m_y + height),
                           QPointF(m_body.right(), m_y + height));
        m_y += height;
    }

    void gap(double millimetres) { m_y += mm(millimetres); }

    void footer()
    {
        const double y = m_body.bottom() - mm(5);
        m_painter.setPen(QPen(kBorder, mm(0.3)));
        m_painter.drawLine(QPointF(m_body.left(), y - mm(1)), QPointF(m_body.right(), y - mm(1)));
        m_painter.setFont(font(8.5));
        m_painter.setPen(kMuted);
        m_painter.drawText(QRectF(m_body.left(), y, m_body.width(), mm(5)), Qt::AlignLeft,
                           TrainingReport::tr("Training session on a copy of %1; the operational "
                                              "store was not changed.")
                               .arg(m_data.operationalStore));
        m_painter.drawText(
            QRectF(m_body.left(), y, m_body.width(), mm(5)), Qt::AlignRight,
            TrainingReport::tr("Stormcrew %1 · page %2").arg(m_data.appVersion).arg(m_pages));
    }

private:
    void ensure(double height)
    {
        if (m_y + height <= m_body.bottom() - mm(8))
            return;
        footer();
        m_writer.newPage();
        ++m_pages;
        m_y = m_body.top();
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const TrainingReportData &m_data;
    QRectF m_body;
    double m_y = 0;
    int m_pages = 1;
};

QString closerText(Closer closer)
{
    switch (closer) {
    case Closer::Trainee:
        return TrainingReport::tr("trainee");
    case Closer::Model:
        return TrainingReport::tr("model");
    case Closer::Tie:
        break;
    }
    return TrainingReport::tr("tie");
}

void paintScoreboard(Cursor &c, const TrainingReportData &data)
{
    c.text(TrainingReport::tr("Storms"), font(12, QFont::Bold), kText, mm(1.5));
    const std::vector<double> widths{0.22, 0.09, 0.09, 0.09, 0.09, 0.09, 0.13, 0.13, 0.07};
    c.row({TrainingReport::tr("Storm"), TrainingReport::tr("Trainee\noutages"),
           TrainingReport::tr("Trainee\ncrews"), TrainingReport::tr("Model\noutages"),
           TrainingReport::tr("Actual\noutages"), TrainingReport::tr("Crews\ndeployed"),
           TrainingReport::tr("Trainee\nerror"), TrainingReport::tr("Model\nerror"),
           TrainingReport::tr("Closer")},
          widths, true);
    for (const StormResult &s : data.storms)
        c.row({TrainingReport::tr("%1 (%2)").arg(s.name, s.code), count(s.traineeOutages),
               count(s.traineeCrews), count(s.model), count(s.actual), count(s.actualCrews),
               errorText(s.score.trainee), errorText(s.score.model), closerText(s.score.closer)},
              widths, false, s.score.closer == Closer::Trainee ? kGood : kText, mm(9));
    c.gap(4);

    c.text(TrainingReport::tr("Scores"), font(12, QFont::Bold), kText, mm(1.5));
    const std::vector<double> scoreWidths{0.28, 0.18, 0.18, 0.18, 0.18};
    c.row({QString(), TrainingReport::tr("Mean absolute error"),
           TrainingReport::tr("Mean relative error"), TrainingReport::tr("Within 20 %"),
           TrainingReport::tr("Closer")},
          scoreWidths, true);
    const auto side = [&](const QString &who, const SideRecord &r) {
        c.row({who, count(r.meanAbsolute),
               r.relativeStorms > 0 ? percent(r.meanRelative) : QStringLiteral("–"),
               TrainingReport::tr("%1 of %2").arg(r.within20).arg(r.storms),
               TrainingReport::tr("%1 of %2").arg(r.closer).arg(r.storms)},
              scoreWidths, false);
    };
    side(TrainingReport::tr("Trainee"), data.board.trainee);
    side(TrainingReport::tr("Model"), data.board.model);
    c.gap(4);
}

void paintGroups(Cursor &c, const TrainingReportData &data)
{
    c.text(TrainingReport::tr("Calls by depot group"), font(12, QFont::Bold), kText, mm(1.5));
    const std::vector<double> widths{0.20, 0.30, 0.125, 0.125, 0.125, 0.125};
    c.row({TrainingReport::tr("Storm"), TrainingReport::tr("Group"), TrainingReport::tr("Trainee"),
           TrainingReport::tr("Model"), TrainingReport::tr("Actual"),
           TrainingReport::tr("Trainee error")},
          widths, true, kText, mm(5.6), 2);
    for (const StormResult &s : data.storms)
        for (const GroupResult &g : s.groups)
            c.row({s.code, g.name, g.trainee ? count(*g.trainee) : QStringLiteral("–"),
                   count(g.model), count(g.actual),
                   g.trainee ? errorText(TrainingScoring::error(*g.trainee, g.actual))
                             : QStringLiteral("–")},
                  widths, false, kText, mm(5.6), 2);
    c.gap(4);
}

} // namespace

TrainingReportData TrainingReport::data(std::vector<training::StormResult> storms)
{
    std::vector<training::StormScore> scores;
    for (const training::StormResult &r : storms)
        scores.push_back(r.score);
    TrainingReportData out;
    out.storms = std::move(storms);
    out.board = training::TrainingScoring::scoreboard(std::move(scores));
    out.discussion = training::TrainingDiscussion::points(out.storms, out.board);
    return out;
}

Result<int> TrainingReport::write(const TrainingReportData &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot be written: %1; choose another folder").arg(file.errorString()),
                     path,
                     0,
                     {}};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(briefing::BriefingWriter::defaultPageSize()));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(tr("Training session report"));
        writer.setCreator(QStringLiteral("Stormcrew %1").arg(data.appVersion));
        QPainter painter(&writer);
        Cursor c(writer, painter, data);
        c.text(tr("Training session report"), font(18, QFont::Bold), kText);
        c.text(tr("Generated %1 by %2 · %n storm(s) revealed · calls made 48 h before each "
                  "storm's first outage, with what was known then",
                  "", int(data.storms.size()))
                   .arg(QString(QLocale().toString(data.generated.toUTC(),
                                                   QStringLiteral("yyyy-MM-dd HH:mm")) +
                                QStringLiteral(" UTC")),
                        data.generatedBy),
               font(10), kMuted, mm(4));
        if (data.storms.empty())
            c.text(tr("No storm was revealed in this session."), font(11), kText, mm(4));
        else
            paintScoreboard(c, data);
        c.text(tr("Points for discussion"), font(12, QFont::Bold), kText, mm(1.5));
        for (const QString &point : data.discussion)
            c.text(QStringLiteral("•  ") + point, font(10), kText, mm(1.5));
        c.gap(3);
        if (!data.storms.empty())
            paintGroups(c, data);
        c.footer();
        pages = c.pages();
    }
    if (!file.commit())
        return Error{tr("cannot be written: %1; choose another folder").arg(file.errorString()),
                     path,
                     0,
                     {}};
    return pages;
}

} // namespace stormcrew
