#pragma once

#include "rastersource.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace stormcrew::map {

// A raster layer of the map (the basemap or the forecast gust overlay): opens its file and
// renders the view on a worker thread, one render at a time, always catching up with the
// latest view. The GUI thread only ever receives finished images.
class RasterLayer : public QObject {
    Q_OBJECT

public:
    explicit RasterLayer(QObject *parent = nullptr);
    ~RasterLayer() override;

    // Empty path: no layer. Opening runs in the background; ready() or failed() follow.
    void setPath(const QString &path);
    // A grid in memory instead of a file (null: no layer). The previous image stays until the
    // new grid's is rendered, so stepping through hours does not flicker.
    void setGrid(SharedWeatherGrid grid);
    void setStyling(const RasterSource::Styling &styling);
    void requestView(const QRectF &world, QSize pixels);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] const SharedWeatherGrid &grid() const { return m_grid; }
    // A file or a grid is set (the layer has something to draw once ready).
    [[nodiscard]] bool hasInput() const { return !m_path.isEmpty() || m_grid != nullptr; }
    [[nodiscard]] bool isReady() const { return m_source != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const QImage &image() const { return m_image; }
    [[nodiscard]] QRectF imageWorld() const { return m_imageWorld; }
    [[nodiscard]] double bandMinimum() const { return m_source ? m_source->bandMinimum() : 0; }
    [[nodiscard]] double bandMaximum() const { return m_source ? m_source->bandMaximum() : 1; }
    [[nodiscard]] QString unit() const { return m_source ? m_source->unit() : QString(); }
    // Opening or rendering (or about to): the image is not the latest view's yet.
    [[nodiscard]] bool isBusy() const
    {
        return m_opening.isRunning() || m_rendering.isRunning() || m_pending;
    }

Q_SIGNALS:
    void statusChanged();
    void imageChanged();

private:
    struct Rendered {
        QImage image;
        QRectF world;
    };
    void startRender();

    QString m_path;
    SharedWeatherGrid m_grid;
    QString m_error;
    std::shared_ptr<RasterSource> m_source;
    RasterSource::Styling m_styling;
    QFutureWatcher<Result<std::shared_ptr<RasterSource>>> m_opening;
    QFutureWatcher<Rendered> m_rendering;
    QRectF m_wantedWorld;
    QSize m_wantedPixels;
    bool m_pending = false;
    QImage m_image;
    QRectF m_imageWorld;
    int m_generation = 0;
};

} // namespace stormcrew::map
