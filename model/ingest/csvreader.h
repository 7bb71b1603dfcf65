#pragma once

#include "csvsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <optional>
#include <string>
#include <vector>

namespace stormcrew {

// A fast RFC 4180 reader for plain UTF-8 files: the file is memory-mapped and fields are views
// into it; only a quoted field with a doubled quote or a line break goes through one reused
// buffer, so no field allocates. Quotes, line ends, blank lines and header names are read as
// OGR's CSV driver reads them (a file gives the same fields through either reader) except that
// a quoted field never closed is an error here, where OGR silently takes the rest of the file.
class CsvReader final : public CsvSource {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::CsvReader)

public:
    // Maps the file and reads the header. separator 0: detect it from the header line.
    [[nodiscard]] static Result<std::unique_ptr<CsvReader>> open(const QString &path,
                                                                 char separator = 0);

    // ',', ';' or '\t' when the header line holds that one of them (in quotes or not) and no
    // other; 0 when it holds none or several (OGR then decides).
    [[nodiscard]] static char detectSeparator(QByteArrayView headerLine);

    ~CsvReader() override;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    [[nodiscard]] const QList<QByteArray> &header() const override { return m_header; }
    Result<bool> next(CsvRecord &record) override;
    [[nodiscard]] const char *readerName() const override { return "csvreader"; }

    [[nodiscard]] char separator() const { return m_separator; }

private:
    // Where a field's bytes are: in the file, or in m_scratch (which may move while a record
    // is read, so views are made once the record is complete).
    struct Span {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool inScratch = false;
    };

    explicit CsvReader(const QString &path);
    // Reads one record into m_spans; false at the end of the data or on error (m_error set).
    bool readRecord(qint64 &line);
    bool readGeneralField();

    QString m_path;
    QFile m_file;
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    char m_separator = ',';
    QList<QByteArray> m_header;
    std::vector<Span> m_spans;
    std::string m_scratch;
    std::optional<Error> m_error;
};

} // namespace stormcrew
