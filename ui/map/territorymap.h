#pragma once

#include "choropleth.h"
#include "maplabelmodel.h"
#include "mapscene.h"

#include <QFont>
#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QQuickItem>
#include <QTimer>
#include <QVariantMap>

#include <memory>

namespace stormcrew::map {

class MapContentItem;
class RasterLayer;

// The map canvas: the store's territories as a choropleth over a basemap (the shipped state and
// county outlines, or any GDAL raster), an optional forecast gust overlay, labels, hover and
// selection. Web Mercator; QtPositioning's types at the QML boundary. Renders through scene
// graph geometry with OpenGL and through QPainter with the software backend, in a child item
// (MapContentItem) that is moved and scaled as one picture while the view changes and drawn
// again once the view has rested for SettleMilliseconds.
//
// Values: setValues({"<territory id>": number, ...}) colours the territories with `palette`;
// territories without a value, or all of them before any values are set, keep the neutral fill.
class TerritoryMap : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT

    // Where the territories come from: a store file, read on a worker thread. Changing
    // `revision` (e.g. to the session's territory count) reloads after an import.
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int territoryCount READ territoryCount NOTIFY statusChanged)

    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(double minimumZoomLevel READ minimumZoomLevel CONSTANT)
    Q_PROPERTY(double maximumZoomLevel READ maximumZoomLevel CONSTANT)
    Q_PROPERTY(QGeoRectangle visibleRegion READ visibleRegion NOTIFY viewChanged)
    Q_PROPERTY(double metresPerPixel READ metresPerPixel NOTIFY viewChanged)
    Q_PROPERTY(double scaleBarWidth READ scaleBarWidth NOTIFY viewChanged)
    Q_PROPERTY(QString scaleBarText READ scaleBarText NOTIFY viewChanged)

    Q_PROPERTY(Palette valuePalette READ valuePalette WRITE setValuePalette NOTIFY valuesChanged)
    Q_PROPERTY(bool hasValues READ hasValues NOTIFY valuesChanged)
    Q_PROPERTY(double valueMinimum READ valueMinimum NOTIFY valuesChanged)
    Q_PROPERTY(double valueMaximum READ valueMaximum NOTIFY valuesChanged)
    Q_PROPERTY(QList<QColor> paletteColors READ paletteColors NOTIFY valuesChanged)

    Q_PROPERTY(qint64 selectedTerritory READ selectedTerritory WRITE setSelectedTerritory NOTIFY
                   selectionChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectionChanged)
    Q_PROPERTY(qint64 hoveredTerritory READ hoveredTerritory NOTIFY hoverChanged)
    Q_PROPERTY(QString hoveredName READ hoveredName NOTIFY hoverChanged)
    Q_PROPERTY(QString hoveredCode READ hoveredCode NOTIFY hoverChanged)
    Q_PROPERTY(QVariant hoveredValue READ hoveredValue NOTIFY hoverChanged)
    Q_PROPERTY(QPointF hoverPosition READ hoverPosition NOTIFY hoverChanged)

    // Basemap: empty for the shipped state and county outlines, or a GDAL raster file.
    Q_PROPERTY(
        QString basemapSource READ basemapSource WRITE setBasemapSource NOTIFY basemapChanged)
    Q_PROPERTY(QString basemapError READ basemapError NOTIFY basemapChanged)
    // Forecast gust field (or any single-band raster): drawn semi-transparent over the territories.
    Q_PROPERTY(
        QString overlaySource READ overlaySource WRITE setOverlaySource NOTIFY overlayChanged)
    // ... or a grid held in memory (a SharedWeatherGrid, e.g. the forecast gust at the timeline's
    // hour read from the store); setting one replaces the file, an empty value removes it.
    Q_PROPERTY(QVariant overlayGrid READ overlayGrid WRITE setOverlayGrid NOTIFY overlayChanged)
    Q_PROPERTY(QString overlayError READ overlayError NOTIFY overlayChanged)
    Q_PROPERTY(bool overlayReady READ overlayReady NOTIFY overlayChanged)
    Q_PROPERTY(
        double overlayOpacity READ overlayOpacity WRITE setOverlayOpacity NOTIFY overlayChanged)
    Q_PROPERTY(double overlayMinimum READ overlayMinimum NOTIFY overlayChanged)
    Q_PROPERTY(double overlayMaximum READ overlayMaximum NOTIFY overlayChanged)
    Q_PROPERTY(QString overlayUnit READ overlayUnit NOTIFY overlayChanged)
    Q_PROPERTY(QList<QColor> overlayColors READ overlayColors CONSTANT)

    Q_PROPERTY(
        QColor neutralColor MEMBER m_neutralColor WRITE setNeutralColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor outlineColor READ outlineColor WRITE setOutlineColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor boundaryColor READ boundaryColor WRITE setBoundaryColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor stateColor READ stateColor WRITE setStateColor NOTIFY coloursChanged)
    Q_PROPERTY(
        QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor hoverColor READ hoverColor WRITE setHoverColor NOTIFY coloursChanged)

    Q_PROPERTY(MapLabelModel *labels READ labels CONSTANT)
    Q_PROPERTY(QFont labelFont READ labelFont WRITE setLabelFont NOTIFY labelsMoved)
    // Where the labels, placed for an earlier view, are now: QML offsets their layer by this.
    Q_PROPERTY(QPointF labelOffset READ labelOffset NOTIFY labelsMoved)
    Q_PROPERTY(bool labelsCurrent READ labelsCurrent NOTIFY labelsMoved)
    // Which backend draws: "opengl" (scene graph geometry) or "software" (QPainter).
    Q_PROPERTY(QString renderPath READ renderPath NOTIFY renderPathChanged)

public:
    enum class Status { Empty, Loading, Ready, Failed };
    Q_ENUM(Status)
    enum class Palette { Viridis, Cividis, Diverging, Categorical };
    Q_ENUM(Palette)

    explicit TerritoryMap(QQuickItem *parent = nullptr);
    ~TerritoryMap() override;

    [[nodiscard]] QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    [[nodiscard]] int revision() const { return m_revision; }
    void setRevision(int revision);
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int territoryCount() const;

    [[nodiscard]] QGeoCoordinate center() const;
    void setCenter(const QGeoCoordinate &center);
    [[nodiscard]] double zoomLevel() const { return m_scene.viewport.zoom(); }
    void setZoomLevel(double zoom);
    [[nodiscard]] double minimumZoomLevel() const { return MapViewport::MinimumZoom; }
    [[nodiscard]] double maximumZoomLevel() const { return MapViewport::MaximumZoom; }
    [[nodiscard]] QGeoRectangle visibleRegion() const;
    [[nodiscard]] double metresPerPixel() const;
    [[nodiscard]] double scaleBarWidth() const;
    [[nodiscard]] QString scaleBarText() const;

    [[nodiscard]] Palette valuePalette() const { return m_palette; }
    void setValuePalette(Palette palette);
    [[nodiscard]] bool hasValues() const { return m_choropleth.hasValues(); }
    [[nodiscard]] double valueMinimum() const { return m_choropleth.minimum(); }
    [[nodiscard]] double valueMaximum() const { return m_choropleth.maximum(); }
    [[nodiscard]] QList<QColor> paletteColors() const;

    [[nodiscard]] qint64 selectedTerritory() const;
    void setSelectedTerritory(qint64 id);
    [[nodiscard]] QString selectedName() const;
    [[nodiscard]] qint64 hoveredTerritory() const;
    [[nodiscard]] QString hoveredName() const;
    [[nodiscard]] QString hoveredCode() const;
    [[nodiscard]] QVariant hoveredValue() const;
    [[nodiscard]] QPointF hoverPosition() const { return m_hoverPosition; }

    [[nodiscard]] QString basemapSource() const;
    void setBasemapSource(const QString &path);
    [[nodiscard]] QString basemapError() const;
    [[nodiscard]] QString overlaySource() const;
    void setOverlaySource(const QString &path);
    [[nodiscard]] QVariant overlayGrid() const;
    void setOverlayGrid(const QVariant &grid);
    [[nodiscard]] QString overlayError() const;
    [[nodiscard]] bool overlayReady() const;
    [[nodiscard]] double overlayOpacity() const { return m_overlayOpacity; }
    void setOverlayOpacity(double opacity);
    [[nodiscard]] double overlayMinimum() const;
    [[nodiscard]] double overlayMaximum() const;
    [[nodiscard]] QString overlayUnit() const;
    [[nodiscard]] QList<QColor> overlayColors() const;

    void setNeutralColor(const QColor &color);
    [[nodiscard]] QColor outlineColor() const { return m_scene.outlineColor; }
    void setOutlineColor(const QColor &color);
    [[nodiscard]] QColor boundaryColor() const { return m_scene.boundaryColor; }
    void setBoundaryColor(const QColor &color);
    [[nodiscard]] QColor stateColor() const { return m_scene.stateColor; }
    void setStateColor(const QColor &color);
    [[nodiscard]] QColor selectionColor() const { return m_scene.selectionColor; }
    void setSelectionColor(const QColor &color);
    [[nodiscard]] QColor hoverColor() const { return m_scene.hoverColor; }
    void setHoverColor(const QColor &color);

    [[nodiscard]] MapLabelModel *labels() const { return m_labels; }
    [[nodiscard]] QFont labelFont() const { return m_labelFont; }
    void setLabelFont(const QFont &font);
    [[nodiscard]] QPointF labelOffset() const;
    [[nodiscard]] bool labelsCurrent() const;
    [[nodiscard]] QString renderPath() const { return m_renderPath; }

    // The choropleth's values, keyed by territory id (as a string: QVariantMap keys are strings).
    Q_INVOKABLE void setValues(const QVariantMap &idToValue);
    Q_INVOKABLE void clearValues();
    // Fixed range for the palette (e.g. the same scale for every forecast hour); NaN: automatic.
    Q_INVOKABLE void setValueRange(double minimum, double maximum);
    // Fixed range for the overlay's ramp and legend (the same for every hour); NaN: the band's.
    Q_INVOKABLE void setOverlayRange(double minimum, double maximum);

    Q_INVOKABLE void fitToTerritories();
    Q_INVOKABLE void panBy(qreal dx, qreal dy);
    Q_INVOKABLE void zoomAround(qreal zoomLevel, QPointF anchor);
    Q_INVOKABLE qint64 territoryAt(QPointF position) const;
    Q_INVOKABLE QGeoCoordinate coordinateAt(QPointF position) const;
    Q_INVOKABLE QPointF positionOf(const QGeoCoordinate &coordinate) const;
    // Still loading territories or outlines, or rendering a raster for the current view: what
    // is on screen is not final yet (the screenshot and the tests wait for this).
    Q_INVOKABLE bool isBusy() const;
    // The territory's name, by id (empty when unknown).
    Q_INVOKABLE QString territoryName(qint64 id) const;

    // The shared geometry, for tests and the benchmark.
    [[nodiscard]] std::shared_ptr<const FeatureLayer> territoryLayer() const
    {
        return m_scene.territories;
    }
    // Recolours from values already set (the benchmark times this path).
    void applyColours();
    // How long the view must rest before the map is drawn again for it: longer than the gap
    // between the steps of a drag, a wheel spin or a held arrow key, short enough not to be
    // noticed after the last one.
    static constexpr int SettleMilliseconds = 150;

Q_SIGNALS:
    void storePathChanged();
    void revisionChanged();
    void statusChanged();
    void viewChanged();
    void valuesChanged();
    void selectionChanged();
    void hoverChanged();
    void basemapChanged();
    void overlayChanged();
    void coloursChanged();
    void labelsMoved();
    void renderPathChanged();
    // Emitted after the first frame that shows the loaded territories.
    void territoriesShown();
    // A territory was clicked or chosen with the keyboard (also when it was already selected).
    void territoryActivated(qint64 id);

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseUngrabEvent() override;
    void hoverEnterEvent(QHoverEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Loaded;
    void reload();
    void onLoaded();
    void viewUpdated();
    void drawForCurrentView();
    void redraw(); // draws again for the view of the last drawing (colours, hover, rasters)
    void requestRasters();
    void placeLabels();
    void setHovered(int index, QPointF position);
    void setSelectedIndex(int index, bool activated);
    [[nodiscard]] int indexOf(qint64 id) const;
    void setStatus(Status status, const QString &error = {});

    QString m_storePath;
    int m_revision = 0;
    Status m_status = Status::Empty;
    QString m_error;
    bool m_fittedOnce = false;
    MapScene m_scene;
    Choropleth m_choropleth;
    Palette m_palette = Palette::Viridis;
    QColor m_neutralColor{0xc8, 0xd1, 0xd9};
    QPointF m_hoverPosition;
    qint64 m_selectedId = -1;
    QHash<qint64, int> m_indexById;
    QFutureWatcher<std::shared_ptr<Loaded>> m_loading;
    QFutureWatcher<std::shared_ptr<const FeatureLayer>> m_detailLoading; // full detail, later
    int m_detailGeneration = 0;
    using BoundaryLayers =
        std::pair<std::shared_ptr<const FeatureLayer>, std::shared_ptr<const FeatureLayer>>;
    QFutureWatcher<BoundaryLayers> m_boundaryLoading;
    int m_loadGeneration = 0;
    RasterLayer *m_basemap;
    RasterLayer *m_overlay;
    double m_overlayOpacity = 0.5;
    double m_overlayMinimum = qQNaN(); // NaN: the band's own range
    double m_overlayMaximum = qQNaN();
    void applyOverlayStyling();
    MapLabelModel *m_labels;
    QFont m_labelFont;
    MapViewport m_labelViewport; // the view the labels were placed for
    QTimer m_labelTimer;
    QTimer m_rasterTimer;
    MapContentItem *m_content;
    QTimer m_settleTimer;
    QString m_renderPath;
    bool m_dragging = false;
    bool m_pressed = false;
    QPointF m_pressPosition, m_lastDragPosition;
    QPointF m_enterPosition; // a pointer that has not moved since it entered highlights nothing
};

} // namespace stormcrew::map
