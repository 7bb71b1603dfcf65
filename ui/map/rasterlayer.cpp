#include "rasterlayer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace stormcrew::map {

RasterLayer::RasterLayer(QObject *parent) : QObject(parent)
{
    connect(&m_opening, &QFutureWatcherBase::finished, this, [this] {
        auto opened = m_opening.result();
        if (opened) {
            m_source = std::move(opened).value();
            m_error.clear();
        } else {
            m_source.reset();
            m_error = opened.error().toString();
        }
        Q_EMIT statusChanged();
        if (m_source && m_wantedPixels.isValid())
            startRender();
    });
    connect(&m_rendering, &QFutureWatcherBase::finished, this, [this] {
        Rendered rendered = m_rendering.result();
        m_image = std::move(rendered.image);
        m_imageWorld = rendered.world;
        Q_EMIT imageChanged();
        if (m_pending)
            startRender();
    });
}

RasterLayer::~RasterLayer()
{
    m_opening.waitForFinished();
    m_rendering.waitForFinished();
}

void RasterLayer::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_opening.waitForFinished();
    m_rendering.waitForFinished();
    m_path = path;
    m_grid.reset();
    m_source.reset();
    m_error.clear();
    m_image = {};
    m_imageWorld = {};
    ++m_generation;
    Q_EMIT imageChanged();
    Q_EMIT statusChanged();
    if (path.isEmpty())
        return;
    m_opening.setFuture(QtConcurrent::run([path] { return RasterSource::open(path); }));
}

void RasterLayer::setGrid(SharedWeatherGrid grid)
{
    if (grid == m_grid)
        return;
    m_opening.waitForFinished(); // a grid opens in milliseconds: nothing to cancel
    m_path.clear();
    m_grid = std::move(grid);
    m_error.clear();
    ++m_generation;
    if (!m_grid) {
        m_rendering.waitForFinished();
        m_source.reset();
        m_image = {};
        m_imageWorld = {};
        Q_EMIT imageChanged();
        Q_EMIT statusChanged();
        return;
    }
    m_opening.setFuture(
        QtConcurrent::run([grid = m_grid] { return RasterSource::fromGrid(*grid); }));
}

void RasterLayer::setStyling(const RasterSource::Styling &styling)
{
    m_styling = styling;
    if (m_source && m_wantedPixels.isValid())
        startRender();
}

void RasterLayer::requestView(const QRectF &world, QSize pixels)
{
    m_wantedWorld = world;
    m_wantedPixels = pixels;
    if (m_source)
        startRender();
}

void RasterLayer::startRender()
{
    if (m_rendering.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    // Render a margin around the view so that a short pan shows no empty border.
    const QRectF world =
        m_wantedWorld.adjusted(-m_wantedWorld.width() / 4, -m_wantedWorld.height() / 4,
                               m_wantedWorld.width() / 4, m_wantedWorld.height() / 4);
    const QSize pixels = m_wantedPixels * 1.5;
    m_rendering.setFuture(
        QtConcurrent::run([source = m_source, world, pixels, styling = m_styling] {
            Rendered out;
            out.image = source->render(world, pixels, styling, &out.world);
            return out;
        }));
}

} // namespace stormcrew::map
