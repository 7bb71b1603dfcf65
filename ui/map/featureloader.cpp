#include "featureloader.h"

#include "wkbreader.h"

#include "store/store.h"
#include "store/territoryrepository.h"

#include <QFile>

#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace stormcrew::map {

namespace {
struct DatasetCloser {
    void operator()(void *dataset) const { GDALClose(dataset); }
};
struct FeatureDestroyer {
    void operator()(void *feature) const { OGR_F_Destroy(feature); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
using FeaturePtr = std::unique_ptr<void, FeatureDestroyer>;
} // namespace

Result<std::vector<MapFeature>> FeatureLoader::territories(const QString &storePath)
{
    auto store = Store::open(storePath, Store::Access::ReadOnly, Store::Check::Header);
    if (!store)
        return store.error();
    auto shapes = TerritoryRepository(*store.value()).shapes();
    if (!shapes)
        return shapes.error();
    std::vector<MapFeature> features;
    features.reserve(shapes.value().size());
    for (const auto &shape : shapes.value()) {
        QString why;
        auto geometry = readWkb(shape.wkb, &why);
        if (!geometry)
            return Error{tr("territory %1 (%2) has an outline the map cannot read: %3")
                             .arg(shape.code, shape.name, why),
                         storePath, 0, QStringLiteral("geometry")};
        MapFeature feature;
        feature.id = shape.id;
        feature.code = shape.code;
        feature.name = shape.name;
        feature.shape = std::move(*geometry);
        features.push_back(std::move(feature));
    }
    return features;
}

Result<std::vector<MapFeature>> FeatureLoader::vectorFile(const QString &path)
{
    GDALAllRegister();
    QByteArray gdalPath = QFile::encodeName(path);
    QByteArray bytes;
    if (path.startsWith(QLatin1Char(':'))) {
        // A Qt resource: handed to OGR through its in-memory file system.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("cannot be read: %1").arg(file.errorString()), path, 0, {}};
        bytes = file.readAll();
        gdalPath =
            "/vsimem/stormcrew-map-" + QByteArray::number(quintptr(bytes.constData())) + ".geojson";
        VSIFCloseL(VSIFileFromMemBuffer(gdalPath.constData(),
                                        reinterpret_cast<GByte *>(bytes.data()),
                                        vsi_l_offset(bytes.size()), FALSE));
    }
    std::vector<MapFeature> features;
    QString failure;
    {
        DatasetPtr dataset(GDALOpenEx(gdalPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                      nullptr, nullptr, nullptr));
        if (!dataset || GDALDatasetGetLayerCount(dataset.get()) < 1) {
            failure = tr("cannot be opened as a vector file: %1")
                          .arg(QString::fromUtf8(CPLGetLastErrorMsg()));
        } else {
            OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
            OGR_L_ResetReading(layer);
            while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
                OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
                if (!geometry)
                    continue;
                QByteArray wkb(OGR_G_WkbSize(geometry), Qt::Uninitialized);
                OGR_G_ExportToIsoWkb(geometry, wkbNDR,
                                     reinterpret_cast<unsigned char *>(wkb.data()));
                if (auto shape = readWkb(wkb)) {
                    MapFeature read;
                    read.id = OGR_F_GetFID(feature.get());
                    read.shape = std::move(*shape);
                    features.push_back(std::move(read));
                }
            }
        }
    }
    if (!bytes.isEmpty())
        VSIUnlink(gdalPath.constData());
    if (!failure.isEmpty())
        return Error{failure, path, 0, {}};
    return features;
}

} // namespace stormcrew::map
