#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace stormcrew {

// One record of a CSV file: its fields, valid until the reader's next call, and the line of the
// file it starts on (1-based).
struct CsvRecord {
    std::vector<QByteArrayView> fields;
    qint64 line = 0;

    // The field at index; empty when the record is shorter or index is -1.
    [[nodiscard]] QByteArrayView field(int index) const
    {
        return index >= 0 && size_t(index) < fields.size() ? fields[size_t(index)]
                                                           : QByteArrayView();
    }
};

// The rows of a CSV file, whichever reader parses them (CsvReader or GDAL's OGR CSV driver).
class CsvSource {
public:
    virtual ~CsvSource() = default;

    // The header's names: trimmed of spaces, "field_N" for an empty one (as OGR names them).
    [[nodiscard]] virtual const QList<QByteArray> &header() const = 0;
    // Reads the next record: true, false at the end of the file, or why the file is malformed.
    virtual Result<bool> next(CsvRecord &record) = 0;
    // The reader's name for the log: "csvreader" or "OGR CSV".
    [[nodiscard]] virtual const char *readerName() const = 0;

    // The first header name equal to name ignoring ASCII case (OGR's rule), or -1.
    [[nodiscard]] int column(QByteArrayView name) const;
};

// Opens a CSV file and reads its header. Plain UTF-8 files whose header is separated by ',',
// ';' or tabs alone go to CsvReader; everything else (.gz through /vsigzip/, other encodings,
// space-separated or ambiguous headers) to GDAL's OGR CSV driver.
[[nodiscard]] Result<std::unique_ptr<CsvSource>> openCsv(const QString &file);
// Opens any CSV file through GDAL's OGR CSV driver (every field as text).
[[nodiscard]] Result<std::unique_ptr<CsvSource>> openOgrCsv(const QString &file);

} // namespace stormcrew
