#include "territorymap.h"

#include "featureloader.h"
#include "mapcontentitem.h"
#include "maplogging.h"
#include "rasterlayer.h"
#include "webmercator.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QQuickWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace stormcrew::map {

namespace {
const QString kShippedStates = QStringLiteral(":/qt/qml/Stormcrew/map/us_states.geojson");
const QString kShippedCounties = QStringLiteral(":/qt/qml/Stormcrew/map/us_counties.geojson");
} // namespace

struct TerritoryMap::Loaded {
    std::shared_ptr<const FeatureLayer> layer;
    QString error;
    double seconds = 0;
};

TerritoryMap::TerritoryMap(QQuickItem *parent)
    : QQuickItem(parent)
    , m_basemap(new RasterLayer(this))
    , m_overlay(new RasterLayer(this))
    , m_labels(new MapLabelModel(this))
    , m_content(new MapContentItem(m_scene, this))
{
    // The content moves and scales during gestures: nothing of it may show outside the map.
    setClip(true);
    setFlag(ItemIsFocusScope, false);
    setActiveFocusOnTab(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    m_scene.viewport.setSize({256, 256});
    // The contiguous United States until the territories are in.
    m_scene.viewport.setCenter(WebMercator::project(-96, 38));
    m_scene.viewport.setZoom(3.5);

    m_labelTimer.setSingleShot(true);
    m_labelTimer.setInterval(120);
    connect(&m_labelTimer, &QTimer::timeout, this, &TerritoryMap::placeLabels);
    m_rasterTimer.setSingleShot(true);
    m_rasterTimer.setInterval(60);
    connect(&m_rasterTimer, &QTimer::timeout, this, &TerritoryMap::requestRasters);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(SettleMilliseconds);
    connect(&m_settleTimer, &QTimer::timeout, this, &TerritoryMap::drawForCurrentView);
    connect(m_content, &MapContentItem::territoriesShown, this, &TerritoryMap::territoriesShown);
    connect(
        m_content, &MapContentItem::renderPathFound, this,
        [this](const QString &path) {
            if (path == m_renderPath)
                return;
            m_renderPath = path;
            Q_EMIT renderPathChanged();
        },
        Qt::QueuedConnection);

    connect(&m_loading, &QFutureWatcherBase::finished, this, &TerritoryMap::onLoaded);
    connect(&m_detailLoading, &QFutureWatcherBase::finished, this, [this] {
        const auto layer = m_detailLoading.result();
        // Only for the layer it was built from: a reload in between makes it stale.
        if (m_detailLoading.isRunning() || m_detailGeneration != m_loadGeneration ||
            !m_scene.territories || m_scene.territories->complete())
            return;
        m_scene.territories = layer;
        redraw();
    });
    connect(&m_boundaryLoading, &QFutureWatcherBase::finished, this, [this] {
        std::tie(m_scene.boundaries, m_scene.states) = m_boundaryLoading.result();
        redraw();
    });
    m_boundaryLoading.setFuture(QtConcurrent::run([] {
        auto load = [](const QString &path) -> std::shared_ptr<const FeatureLayer> {
            auto read = FeatureLoader::vectorFile(path);
            if (!read) {
                qCWarning(lcMap) << read.error().toString();
                return nullptr;
            }
            return buildFeatureLayer(std::move(read).value(), false);
        };
        return BoundaryLayers{load(kShippedCounties), load(kShippedStates)};
    }));

    auto rasterChanged = [this](RasterLayer *layer, QImage &image, QRectF &world,
                                quint64 &version) {
        image = layer->image();
        world = layer->imageWorld();
        ++version;
        redraw();
    };
    connect(m_basemap, &RasterLayer::imageChanged, this, [this, rasterChanged] {
        rasterChanged(m_basemap, m_scene.basemap, m_scene.basemapWorld, m_scene.basemapVersion);
    });
    connect(m_overlay, &RasterLayer::imageChanged, this, [this, rasterChanged] {
        rasterChanged(m_overlay, m_scene.overlay, m_scene.overlayWorld, m_scene.overlayVersion);
    });
    connect(m_basemap, &RasterLayer::statusChanged, this, [this] {
        // A raster basemap replaces the shipped outlines; a failed one leaves them in place.
        m_scene.showBoundaries = !m_basemap->isReady();
        if (!m_basemap->error().isEmpty())
            qCWarning(lcMap) << "basemap:" << m_basemap->error();
        Q_EMIT basemapChanged();
        requestRasters();
        redraw();
    });
    connect(m_overlay, &RasterLayer::statusChanged, this, [this] {
        if (!m_overlay->error().isEmpty())
            qCWarning(lcMap) << "overlay:" << m_overlay->error();
        Q_EMIT overlayChanged();
        requestRasters();
    });
    applyOverlayStyling();
}

TerritoryMap::~TerritoryMap()
{
    m_loading.waitForFinished();
    m_detailLoading.waitForFinished();
    m_boundaryLoading.waitForFinished();
}

// --- Loading ----------------------------------------------------------------------------------

void TerritoryMap::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    Q_EMIT storePathChanged();
    reload();
}

void TerritoryMap::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    Q_EMIT revisionChanged();
    reload();
}

void TerritoryMap::setStatus(Status status, const QString &error)
{
    m_status = status;
    m_error = error;
    Q_EMIT statusChanged();
}

void TerritoryMap::reload()
{
    const int generation = ++m_loadGeneration;
    if (m_storePath.isEmpty()) {
        m_scene.territories.reset();
        m_indexById.clear();
        m_scene.selected = m_scene.hovered = -1;
        m_labels->setLabels({});
        setStatus(Status::Empty);
        redraw();
        return;
    }
    setStatus(Status::Loading);
    // The zoom the map will open at: the current one once the user (or a caller) has set a
    // view, otherwise the one that fits the territories into the item.
    auto openingZoom = [view = m_scene.viewport, fitted = m_fittedOnce](const QRectF &bounds) {
        if (fitted)
            return view.zoom();
        MapViewport fit = view;
        fit.fit(bounds, 24);
        return fit.zoom();
    };
    m_loading.setFuture(QtConcurrent::run([path = m_storePath, generation, openingZoom] {
        Q_UNUSED(generation)
        QElapsedTimer timer;
        timer.start();
        auto loaded = std::make_shared<Loaded>();
        auto features = FeatureLoader::territories(path);
        if (!features) {
            loaded->error = features.error().toString();
            return loaded;
        }
        // A large layer is shown with the one level of detail its opening view uses; the
        // others, full detail included, follow from onLoaded() on another worker run.
        loaded->layer =
            buildFeatureLayer(std::move(features).value(), true, FullDetail::Later, openingZoom);
        loaded->seconds = timer.elapsed() / 1000.0;
        return loaded;
    }));
}

void TerritoryMap::onLoaded()
{
    const auto loaded = m_loading.result();
    if (m_loading.isRunning())
        return; // superseded by a newer load
    if (!loaded->layer) {
        qCWarning(lcMap) << "territories:" << loaded->error;
        m_scene.territories.reset();
        setStatus(Status::Failed, loaded->error);
        redraw();
        return;
    }
    qCDebug(lcMap) << "territories loaded in" << loaded->seconds
                   << "s:" << loaded->layer->features.size() << "features,"
                   << loaded->layer->fullVertexCount << "vertices," << loaded->layer->levels.size()
                   << "levels";
    m_scene.territories = loaded->layer;
    m_indexById.clear();
    for (std::size_t i = 0; i < loaded->layer->features.size(); ++i)
        m_indexById.insert(loaded->layer->features[i].id, int(i));
    m_scene.selected = indexOf(m_selectedId);
    m_scene.hovered = -1;
    if (loaded->layer->features.empty()) {
        setStatus(Status::Empty);
    } else {
        if (!m_fittedOnce && width() > 0 && height() > 0) {
            m_fittedOnce = true;
            m_scene.viewport.fit(loaded->layer->bounds, 24);
        }
        setStatus(Status::Ready);
    }
    if (!loaded->layer->complete()) {
        m_detailGeneration = m_loadGeneration;
        m_detailLoading.setFuture(
            QtConcurrent::run([partial = loaded->layer] { return withAllLevels(*partial); }));
    }
    m_content->armShownSignal();
    applyColours();
    Q_EMIT selectionChanged();
    viewUpdated();
    drawForCurrentView();
    placeLabels();
}

int TerritoryMap::territoryCount() const
{
    return m_scene.territories ? int(m_scene.territories->features.size()) : 0;
}

int TerritoryMap::indexOf(qint64 id) const
{
    return m_indexById.value(id, -1);
}

// --- View -------------------------------------------------------------------------------------

QGeoCoordinate TerritoryMap::center() const
{
    const QPointF lonLat = WebMercator::unproject(m_scene.viewport.center());
    return QGeoCoordinate(lonLat.y(), lonLat.x());
}

void TerritoryMap::setCenter(const QGeoCoordinate &center)
{
    if (!center.isValid())
        return;
    m_scene.viewport.setCenter(WebMercator::project(center.longitude(), center.latitude()));
    m_fittedOnce = true;
    viewUpdated();
}

void TerritoryMap::setZoomLevel(double zoom)
{
    m_scene.viewport.setZoom(zoom);
    m_fittedOnce = true;
    viewUpdated();
}

QGeoRectangle TerritoryMap::visibleRegion() const
{
    const QRectF world = m_scene.viewport.visibleWorld();
    const QPointF topLeft = WebMercator::unproject(world.topLeft());
    const QPointF bottomRight = WebMercator::unproject(world.bottomRight());
    return QGeoRectangle(QGeoCoordinate(topLeft.y(), std::max(-180.0, topLeft.x())),
                         QGeoCoordinate(bottomRight.y(), std::min(180.0, bottomRight.x())));
}

double TerritoryMap::metresPerPixel() const
{
    return WebMercator::metresPerWorldUnit(center().latitude()) / m_scene.viewport.pixelsPerWorld();
}

namespace {
// The largest 1, 2 or 5 times a power of ten not above `metres`.
double niceLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= metres)
            return step * power;
    return power;
}
constexpr double ScaleBarTarget = 120; // pixels
} // namespace

double TerritoryMap::scaleBarWidth() const
{
    const double mpp = metresPerPixel();
    return niceLength(mpp * ScaleBarTarget) / mpp;
}

QString TerritoryMap::scaleBarText() const
{
    const double metres = niceLength(metresPerPixel() * ScaleBarTarget);
    const QLocale locale;
    const double miles = metres / 1609.344;
    const QString mi = locale.toString(miles, 'f', miles < 10 ? 1 : 0);
    if (metres >= 1000)
        return tr("%1 km (%2 mi)").arg(locale.toString(metres / 1000, 'f', 0), mi);
    return tr("%1 m (%2 mi)").arg(locale.toString(metres, 'f', 0), locale.toString(miles, 'f', 2));
}

void TerritoryMap::fitToTerritories()
{
    if (m_scene.territories && !m_scene.territories->features.empty())
        m_scene.viewport.fit(m_scene.territories->bounds, 24);
    m_fittedOnce = true;
    viewUpdated();
}

void TerritoryMap::panBy(qreal dx, qreal dy)
{
    m_scene.viewport.panBy(QPointF(dx, dy));
    viewUpdated();
}

void TerritoryMap::zoomAround(qreal zoomLevel, QPointF anchor)
{
    m_scene.viewport.zoomAround(zoomLevel, anchor);
    m_fittedOnce = true;
    viewUpdated();
}

qint64 TerritoryMap::territoryAt(QPointF position) const
{
    if (!m_scene.territories)
        return -1;
    const int index = m_scene.territories->hits.shapeAt(m_scene.viewport.toWorld(position));
    return index < 0 ? -1 : m_scene.territories->features[std::size_t(index)].id;
}

QGeoCoordinate TerritoryMap::coordinateAt(QPointF position) const
{
    const QPointF lonLat = WebMercator::unproject(m_scene.viewport.toWorld(position));
    return QGeoCoordinate(lonLat.y(), lonLat.x());
}

QPointF TerritoryMap::positionOf(const QGeoCoordinate &coordinate) const
{
    return m_scene.viewport.toScreen(
        WebMercator::project(coordinate.longitude(), coordinate.latitude()));
}

bool TerritoryMap::isBusy() const
{
    return m_loading.isRunning() || m_detailLoading.isRunning() || m_boundaryLoading.isRunning() ||
           m_rasterTimer.isActive() || m_labelTimer.isActive() || m_settleTimer.isActive() ||
           m_basemap->isBusy() || m_overlay->isBusy();
}

QString TerritoryMap::territoryName(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? QString() : m_scene.territories->features[std::size_t(index)].name;
}

void TerritoryMap::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    m_scene.viewport.setSize(newGeometry.size());
    if (!m_fittedOnce && m_scene.territories && !newGeometry.isEmpty()) {
        m_fittedOnce = true;
        m_scene.viewport.fit(m_scene.territories->bounds, 24);
    }
    viewUpdated();
    // A new size is a new drawing (and a new layer texture), not a gesture.
    drawForCurrentView();
}

void TerritoryMap::viewUpdated()
{
    Q_EMIT viewChanged();
    Q_EMIT labelsMoved();
    m_labelTimer.start();
    m_rasterTimer.start();
    // Every view change is treated as part of a gesture: the last drawing follows the view at
    // the cost of one quad, and the map is drawn again once the view rests.
    m_content->follow(m_scene.viewport);
    m_settleTimer.start();
}

void TerritoryMap::drawForCurrentView()
{
    m_settleTimer.stop();
    m_content->drawFor(m_scene.viewport);
}

void TerritoryMap::redraw()
{
    m_content->redraw();
}

void TerritoryMap::requestRasters()
{
    const QRectF world = m_scene.viewport.visibleWorld();
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize pixels = (m_scene.viewport.size() * dpr).toSize();
    if (pixels.isEmpty())
        return;
    if (!m_basemap->path().isEmpty())
        m_basemap->requestView(world, pixels);
    if (m_overlay->hasInput())
        m_overlay->requestView(world, pixels);
}

// --- Labels -----------------------------------------------------------------------------------

void TerritoryMap::setLabelFont(const QFont &font)
{
    if (font == m_labelFont)
        return;
    m_labelFont = font;
    placeLabels();
}

void TerritoryMap::placeLabels()
{
    m_labelViewport = m_scene.viewport;
    std::vector<LabelCandidate> candidates;
    if (m_scene.territories) {
        const QRectF visible = m_scene.viewport.visibleWorld();
        const double s = m_scene.viewport.pixelsPerWorld();
        for (const auto &feature : m_scene.territories->features) {
            if (!visible.contains(feature.labelAnchor) || feature.name.isEmpty())
                continue;
            const auto value = m_choropleth.valueOf(feature.id);
            // With values, the territories that matter most are labelled first.
            const double priority = value ? 1e6 + std::abs(*value) : feature.area;
            candidates.push_back({feature.name, m_scene.viewport.toScreen(feature.labelAnchor),
                                  priority, feature.bounds.width() * s});
        }
    }
    m_labels->setLabels(
        map::placeLabels(std::move(candidates), QFontMetricsF(m_labelFont), size()));
    Q_EMIT labelsMoved();
}

QPointF TerritoryMap::labelOffset() const
{
    const QPointF anchor = m_labelViewport.center();
    return m_scene.viewport.toScreen(anchor) - m_labelViewport.toScreen(anchor);
}

bool TerritoryMap::labelsCurrent() const
{
    return std::abs(m_labelViewport.zoom() - m_scene.viewport.zoom()) < 1e-9 &&
           m_labelViewport.size() == m_scene.viewport.size();
}

} // namespace stormcrew::map
