#include "pdfcanvas.h"

#include <QSaveFile>
#include <QStringList>

#include <cairo-pdf.h>
#include <cairo.h>

namespace stormcrew::replay {

struct PdfCanvas::File {
    QSaveFile file;
    bool failed = false;
};

namespace {

cairo_status_t writeTo(void *closure, const unsigned char *data, unsigned int length)
{
    auto *file = static_cast<QSaveFile *>(closure);
    return file->write(reinterpret_cast<const char *>(data), qint64(length)) == qint64(length)
               ? CAIRO_STATUS_SUCCESS
               : CAIRO_STATUS_WRITE_ERROR;
}

} // namespace

PdfCanvas::PdfCanvas() : m_surface(nullptr, cairo_surface_destroy), m_cr(nullptr, cairo_destroy)
{}

PdfCanvas::~PdfCanvas() = default;

Result<void> PdfCanvas::open(const QString &path, const QString &title)
{
    m_file = std::make_unique<File>();
    m_file->file.setFileName(path);
    if (!m_file->file.open(QIODevice::WriteOnly))
        return Error{
            tr("cannot write the report: %1").arg(m_file->file.errorString()), path, 0, {}};
    m_surface.reset(cairo_pdf_surface_create_for_stream(writeTo, &m_file->file, Width, Height));
    const QByteArray utf8 = title.toUtf8();
    cairo_pdf_surface_set_metadata(m_surface.get(), CAIRO_PDF_METADATA_TITLE, utf8.constData());
    cairo_pdf_surface_set_metadata(m_surface.get(), CAIRO_PDF_METADATA_CREATOR, "Stormcrew");
    m_cr.reset(cairo_create(m_surface.get()));
    if (cairo_status(m_cr.get()) != CAIRO_STATUS_SUCCESS)
        return Error{tr("cannot draw the report: %1")
                         .arg(QString::fromUtf8(cairo_status_to_string(cairo_status(m_cr.get())))),
                     path,
                     0,
                     {}};
    return {};
}

void PdfCanvas::newPage()
{
    cairo_show_page(m_cr.get());
}

Result<void> PdfCanvas::finish()
{
    const QString path = m_file->file.fileName();
    cairo_show_page(m_cr.get());
    m_cr.reset();
    cairo_surface_finish(m_surface.get());
    const cairo_status_t status = cairo_surface_status(m_surface.get());
    m_surface.reset();
    if (status != CAIRO_STATUS_SUCCESS) {
        m_file->file.cancelWriting();
        return Error{tr("cannot write the report: %1")
                         .arg(QString::fromUtf8(cairo_status_to_string(status))),
                     path,
                     0,
                     {}};
    }
    if (!m_file->file.commit())
        return Error{
            tr("cannot write the report: %1").arg(m_file->file.errorString()), path, 0, {}};
    return {};
}

void PdfCanvas::font(double size, bool bold)
{
    cairo_select_font_face(m_cr.get(), "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(m_cr.get(), size);
}

double PdfCanvas::textWidth(const QString &text, double size, bool bold)
{
    font(size, bold);
    cairo_text_extents_t extents;
    const QByteArray utf8 = text.toUtf8();
    cairo_text_extents(m_cr.get(), utf8.constData(), &extents);
    return extents.x_advance;
}

void PdfCanvas::text(double x, double y, const QString &text, double size, Align align, bool bold,
                     PdfColor color)
{
    const double width = align == Align::Left ? 0 : textWidth(text, size, bold);
    font(size, bold);
    cairo_set_source_rgb(m_cr.get(), color.r, color.g, color.b);
    cairo_move_to(m_cr.get(),
                  align == Align::Left    ? x
                  : align == Align::Right ? x - width
                                          : x - width / 2,
                  y);
    const QByteArray utf8 = text.toUtf8();
    cairo_show_text(m_cr.get(), utf8.constData());
}

double PdfCanvas::paragraph(double x, double y, double width, const QString &text, double size,
                            PdfColor color)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && textWidth(candidate, size) > width) {
            this->text(x, y, line, size, Align::Left, false, color);
            y += size * 1.35;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty()) {
        this->text(x, y, line, size, Align::Left, false, color);
        y += size * 1.35;
    }
    return y;
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, double width, PdfColor color,
                     bool dashed)
{
    cairo_set_source_rgb(m_cr.get(), color.r, color.g, color.b);
    cairo_set_line_width(m_cr.get(), width);
    const double dash[] = {3.0, 2.0};
    cairo_set_dash(m_cr.get(), dash, dashed ? 2 : 0, 0);
    cairo_move_to(m_cr.get(), x1, y1);
    cairo_line_to(m_cr.get(), x2, y2);
    cairo_stroke(m_cr.get());
    cairo_set_dash(m_cr.get(), dash, 0, 0);
}

void PdfCanvas::rect(double x, double y, double w, double h, PdfColor fill)
{
    cairo_set_source_rgb(m_cr.get(), fill.r, fill.g, fill.b);
    cairo_rectangle(m_cr.get(), x, y, w, h);
    cairo_fill(m_cr.get());
}

void PdfCanvas::frame(double x, double y, double w, double h, double width, PdfColor color)
{
    cairo_set_source_rgb(m_cr.get(), color.r, color.g, color.b);
    cairo_set_line_width(m_cr.get(), width);
    cairo_rectangle(m_cr.get(), x, y, w, h);
    cairo_stroke(m_cr.get());
}

void PdfCanvas::dot(double x, double y, double radius, PdfColor fill)
{
    cairo_set_source_rgb(m_cr.get(), fill.r, fill.g, fill.b);
    cairo_new_sub_path(m_cr.get());
    cairo_arc(m_cr.get(), x, y, radius, 0, 6.283185307179586);
    cairo_fill(m_cr.get());
}

void PdfCanvas::polyline(const double *xs, const double *ys, int count, double width,
                         PdfColor color)
{
    if (count < 2)
        return;
    cairo_set_source_rgb(m_cr.get(), color.r, color.g, color.b);
    cairo_set_line_width(m_cr.get(), width);
    cairo_set_line_join(m_cr.get(), CAIRO_LINE_JOIN_ROUND);
    cairo_move_to(m_cr.get(), xs[0], ys[0]);
    for (int i = 1; i < count; ++i)
        cairo_line_to(m_cr.get(), xs[i], ys[i]);
    cairo_stroke(m_cr.get());
}

} // namespace stormcrew::replay
