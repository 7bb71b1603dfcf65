#include "csvsource.h"

#include "csvreader.h"
#include "gdalraster.h"
#include "ingestlogging.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

namespace stormcrew {

namespace {

struct CsvSourceText {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::CsvSource)
};

struct DatasetCloser {
    void operator()(void *dataset) const { GDALClose(dataset); }
};
struct FeatureDestroyer {
    void operator()(void *feature) const { OGR_F_Destroy(feature); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
using FeaturePtr = std::unique_ptr<void, FeatureDestroyer>;

// A CSV file read through GDAL's OGR CSV driver, every field as text. Line numbers are OGR's
// feature numbers + 1: right unless blank lines or line breaks inside quotes come before.
class OgrCsvSource final : public CsvSource {
public:
    OgrCsvSource(DatasetPtr dataset, QList<QByteArray> header)
        : m_dataset(std::move(dataset)), m_header(std::move(header))
    {
        m_layer = GDALDatasetGetLayer(m_dataset.get(), 0);
        OGR_L_ResetReading(m_layer);
    }

    [[nodiscard]] const QList<QByteArray> &header() const override { return m_header; }
    [[nodiscard]] const char *readerName() const override { return "OGR CSV"; }

    Result<bool> next(CsvRecord &record) override
    {
        record.fields.clear();
        m_feature.reset(OGR_L_GetNextFeature(m_layer));
        if (!m_feature)
            return false;
        OGRFeatureH feature = m_feature.get();
        record.line = OGR_F_GetFID(feature) + 1;
        const int count = OGR_F_GetFieldCount(feature);
        for (int i = 0; i < count; ++i) {
            if (!OGR_F_IsFieldSetAndNotNull(feature, i)) {
                record.fields.emplace_back();
                continue;
            }
            const char *value = OGR_F_GetFieldAsString(feature, i);
            record.fields.emplace_back(value, qsizetype(std::strlen(value)));
        }
        return true;
    }

private:
    DatasetPtr m_dataset;
    OGRLayerH m_layer = nullptr;
    FeaturePtr m_feature;
    QList<QByteArray> m_header;
};

bool isGdalOnly(const QString &file)
{
    return file.startsWith(QLatin1String("/vsi")) ||
           file.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
}

} // namespace

int CsvSource::column(QByteArrayView name) const
{
    const QList<QByteArray> &names = header();
    for (int i = 0; i < names.size(); ++i) {
        if (names[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Result<std::unique_ptr<CsvSource>> openOgrCsv(const QString &file)
{
    ensureGdalRegistered();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    QString gdalFile = file;
    if (file.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) &&
        !file.startsWith(QLatin1String("/vsi")))
        gdalFile = QStringLiteral("/vsigzip/") + file;
    const char *drivers[] = {"CSV", nullptr};
    // Every field as text: the importers parse numbers and times themselves, with messages.
    const char *openOptions[] = {"AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", nullptr};
    DatasetPtr dataset(GDALOpenEx(gdalFile.toUtf8().constData(),
                                  GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                  drivers, openOptions, nullptr));
    const QString openError = lastGdalError();
    CPLPopErrorHandler();
    if (!dataset)
        return Error{QFileInfo::exists(file)
                         ? CsvSourceText::tr("cannot be read as CSV: %1").arg(openError)
                         : CsvSourceText::tr("does not exist"),
                     file,
                     0,
                     {}};
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(GDALDatasetGetLayer(dataset.get(), 0));
    QList<QByteArray> header;
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i)
        header.append(QByteArray(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))));
    return std::unique_ptr<CsvSource>(new OgrCsvSource(std::move(dataset), std::move(header)));
}

Result<std::unique_ptr<CsvSource>> openCsv(const QString &file)
{
    if (isGdalOnly(file))
        return openOgrCsv(file);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return openOgrCsv(file); // says why in GDAL's words
    constexpr qint64 peek = 64 * 1024;
    QByteArray head = in.read(peek);
    const bool whole = head.size() < peek;
    in.close();
    // A UTF-16 or UTF-32 byte order mark: OGR's business.
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return openOgrCsv(file);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    qsizetype end = 0;
    while (end < head.size() && head[end] != '\n' && head[end] != '\r')
        ++end;
    const QByteArrayView firstLine(head.constData(), end);
    const char separator = CsvReader::detectSeparator(firstLine);
    // A header that is not UTF-8 or has no clear separator keeps OGR's reading of it, with
    // the messages the importers give for it.
    if (separator == 0 || !firstLine.isValidUtf8() || (end == head.size() && !whole))
        return openOgrCsv(file);
    auto reader = CsvReader::open(file, separator);
    if (!reader)
        return reader.error();
    qCDebug(lcIngest) << "reading" << file << "with the fast CSV reader";
    return std::unique_ptr<CsvSource>(std::move(reader).value());
}

} // namespace stormcrew
