#include "mapcontentitem.h"

#include "idlayernode.h"
#include "maplogging.h"
#include "mappainter.h"
#include "mapscenenode.h"
#include "territoryiditem.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRendererInterface>

namespace stormcrew::map {

namespace {
// The software backend's node: the whole map painted into one texture.
class PaintedMapNode : public QSGNode {
public:
    QSGImageNode *image = nullptr;
};
} // namespace

// The item sits in a frame of its own that does the moving: a layered item that moved itself
// would have its layer drawn again on most frames (measured with QSG_RENDERER_DEBUG=render:
// 82 of 150 pan frames), one that stays put in a moving parent is not.
MapContentItem::MapContentItem(const MapScene &scene, QQuickItem *parent)
    : QQuickItem(new QQuickItem(parent))
    , m_scene(scene)
    , m_viewport(scene.viewport)
    , m_frame(parentItem())
    , m_ids(new TerritoryIdItem(scene, this))
    , m_vertexColours(qEnvironmentVariableIntValue("STORMCREW_MAP_VERTEX_COLOURS") == 1)
{
    setFlag(ItemHasContents);
    m_frame->setTransformOrigin(TopLeft);
    connect(this, &MapContentItem::renderPathFound, this, &MapContentItem::useRenderPath,
            Qt::QueuedConnection);
}

void MapContentItem::drawFor(const MapViewport &viewport)
{
    if (m_renderPath == QLatin1String("opengl"))
        setLayered(m_vertexColours);
    m_viewport = viewport;
    m_frame->setPosition({0, 0});
    m_frame->setScale(1);
    m_frame->setSize(viewport.size());
    setSize(viewport.size());
    m_ids->setSize(viewport.size());
    redraw();
}

void MapContentItem::redraw()
{
    update();
    m_ids->update();
}

void MapContentItem::setLayered(bool layered)
{
    auto *layer = qvariant_cast<QObject *>(property("layer"));
    if (!layer || layer->property("enabled").toBool() == layered)
        return;
    // Nearest sampling: a pan moves the picture by whole pixels (a fraction is rounded), and a zoom
    // shows it magnified for the 150 ms until the map is drawn again. Linear filtering cost
    // llvmpipe 2-3 ms of every gesture frame at 1920x1080 (docs/benchmarks.md, "Map canvas").
    layer->setProperty("smooth", false);
    layer->setProperty("enabled", layered);
}

void MapContentItem::follow(const MapViewport &current)
{
    if (m_renderPath == QLatin1String("opengl"))
        setLayered(true);
    // A world point drawn at p for m_viewport belongs at k * p + t for `current`.
    const double k = current.pixelsPerWorld() / m_viewport.pixelsPerWorld();
    m_frame->setScale(k);
    m_frame->setPosition(current.toScreen(m_viewport.toWorld({0, 0})));
}

void MapContentItem::useRenderPath(const QString &path)
{
    if (path == m_renderPath)
        return;
    m_renderPath = path;
    // With OpenGL the territories and lines are drawn once per view into the id texture (the
    // layer of m_ids, which stays put inside the moving frame), and shown through the palette
    // quad: a recolour draws that one quad. While a gesture lasts the drawing is kept as this
    // item's layer too (public through its "layer" property), so that moving or scaling its frame
    // draws one plain textured quad, which llvmpipe draws on a fast path that a custom shader does
    // not get. The former vertex-colour path keeps that layer all the time. The software
    // backend's drawing is one image already.
    const bool opengl = path == QLatin1String("opengl");
    m_ids->setLayered(opengl && !m_vertexColours);
    setLayered(opengl && m_vertexColours);
    update();
    qCDebug(lcMap) << "map drawn with" << path
                   << (m_vertexColours ? "vertex colours" : "id texture and palette")
                   << "kept as a layer:" << (m_vertexColours ? "always" : "during gestures");
}

QSGNode *MapContentItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    QQuickWindow *win = window();
    if (!win || width() <= 0 || height() <= 0) {
        delete old;
        return nullptr;
    }
    const bool software = win->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    const QString path = software ? QStringLiteral("software") : QStringLiteral("opengl");
    if (path != m_renderPath)
        Q_EMIT renderPathFound(path);
    QSGTextureProvider *ids = nullptr;
    if (!software && !m_vertexColours && !TerritoryIdItem::tooManyTerritories(m_scene)) {
        if (m_ids->isTextureProvider())
            ids = m_ids->textureProvider();
        if (!ids) {
            // The id layer is turned on with the render path (queued above): nothing to colour
            // until then.
            delete old;
            return nullptr;
        }
    }
    if (m_shownSignalPending && m_scene.territories) {
        m_shownSignalPending = false;
        QMetaObject::invokeMethod(this, &MapContentItem::territoriesShown, Qt::QueuedConnection);
    }

    MapScene scene = m_scene;
    scene.viewport = m_viewport;
    if (software) {
        auto *node = dynamic_cast<PaintedMapNode *>(old);
        if (!node) {
            delete old;
            node = new PaintedMapNode;
            node->image = win->createImageNode();
            node->image->setOwnsTexture(true);
            node->appendChildNode(node->image);
        }
        const qreal dpr = win->effectiveDevicePixelRatio();
        node->image->setTexture(win->createTextureFromImage(paintMap(scene, size().toSize(), dpr)));
        node->image->setRect(boundingRect());
        return node;
    }
    auto *node = dynamic_cast<MapSceneNode *>(old);
    if (!node) {
        delete old;
        node = new MapSceneNode;
    }
    node->sync(scene, size(), ids, win);
    return node;
}

} // namespace stormcrew::map
