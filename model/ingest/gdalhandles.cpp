#include "gdalhandles.h"

#include <mutex>

namespace stormcrew::gdal {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString virtualPath(const QString &file)
{
    if (file.startsWith(QLatin1String("/vsi")))
        return file;
    if (file.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        return QStringLiteral("/vsigzip/") + file;
    if (file.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return QStringLiteral("/vsizip/") + file;
    return file;
}

SpatialReferencePtr spatialReference(const QString &definition)
{
    SpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
    if (OSRSetFromUserInput(srs.get(), definition.toUtf8().constData()) != OGRERR_NONE)
        return {};
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

SpatialReferencePtr wgs84()
{
    SpatialReferencePtr srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), 4326);
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

QuietErrors::QuietErrors()
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

QuietErrors::~QuietErrors()
{
    CPLPopErrorHandler();
}

QString QuietErrors::lastMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

} // namespace stormcrew::gdal
