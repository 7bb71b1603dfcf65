#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct _cairo;
struct _cairo_surface;

namespace stormcrew::replay {

// An RGB colour, 0..1 per channel.
struct PdfColor {
    double r = 0, g = 0, b = 0;
};

// A small drawing helper over cairo's PDF surface, for reports written without QtGui (the CLI
// links no GUI library): pages in points (A4 landscape, 842 x 595), text in DejaVu Sans, lines,
// rectangles and dots. The file is written whole or not at all (QSaveFile).
class PdfCanvas {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::replay::PdfCanvas)

public:
    static constexpr double Width = 841.89;
    static constexpr double Height = 595.28;

    enum class Align { Left, Right, Center };

    PdfCanvas();
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas &) = delete;
    PdfCanvas &operator=(const PdfCanvas &) = delete;

    // Starts the document; an Error names the file.
    [[nodiscard]] Result<void> open(const QString &path, const QString &title);
    // Ends the page and starts the next one.
    void newPage();
    // Ends the document and commits the file.
    [[nodiscard]] Result<void> finish();

    void text(double x, double y, const QString &text, double size, Align align = Align::Left,
              bool bold = false, PdfColor color = {});
    [[nodiscard]] double textWidth(const QString &text, double size, bool bold = false);
    // Breaks text into lines of at most `width` points; returns the y below the last line.
    double paragraph(double x, double y, double width, const QString &text, double size,
                     PdfColor color = {});
    void line(double x1, double y1, double x2, double y2, double width, PdfColor color,
              bool dashed = false);
    void rect(double x, double y, double w, double h, PdfColor fill);
    void frame(double x, double y, double w, double h, double width, PdfColor color);
    void dot(double x, double y, double radius, PdfColor fill);
    // A line through the points (x[i], y[i]).
    void polyline(const double *xs, const double *ys, int count, double width, PdfColor color);

private:
    void font(double size, bool bold);

    struct File;
    std::unique_ptr<File> m_file;
    std::unique_ptr<_cairo_surface, void (*)(_cairo_surface *)> m_surface;
    std::unique_ptr<_cairo, void (*)(_cairo *)> m_cr;
};

} // namespace stormcrew::replay
