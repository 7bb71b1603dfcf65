#pragma once

#include "datatable.h"
#include "domain/result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace stormcrew {

// Reads a comma-separated file with a header line into a DataTable (RFC 4180: quoted fields,
// doubled quotes, line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark).
class CsvTable {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::CsvTable)

public:
    struct Options {
        // Columns read as text even where their values look like numbers (codes such as "007").
        QStringList textColumns;
    };

    [[nodiscard]] static Result<DataTable> read(const QString &path, const Options &options);
    // The same from bytes in memory; source names them in messages.
    [[nodiscard]] static Result<DataTable> parse(QByteArrayView bytes, const QString &source,
                                                 const Options &options);
};

} // namespace stormcrew
