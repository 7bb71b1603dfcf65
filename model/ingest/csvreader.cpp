#include "csvreader.h"

#include <QFileInfo>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace stormcrew {

namespace {

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

CsvReader::CsvReader(const QString &path) : m_path(path), m_file(path)
{}

CsvReader::~CsvReader() = default;

char CsvReader::detectSeparator(QByteArrayView headerLine)
{
    char found = 0;
    for (const char c : headerLine) {
        if (c != ',' && c != ';' && c != '\t')
            continue;
        if (found && found != c)
            return 0;
        found = c;
    }
    return found;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, char separator)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(path));
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return Error{QFileInfo::exists(path)
                         ? tr("cannot be read: %1").arg(reader->m_file.errorString())
                         : tr("does not exist"),
                     path,
                     0,
                     {}};
    reader->m_size = reader->m_file.size();
    if (reader->m_size > 0) {
        const uchar *mapped = reader->m_file.map(0, reader->m_size);
        if (!mapped)
            return Error{tr("cannot be read: %1").arg(reader->m_file.errorString()), path, 0, {}};
#ifdef Q_OS_UNIX
        // Read once, front to back: let the kernel read ahead and drop pages behind us.
        (void)posix_madvise(const_cast<uchar *>(mapped), size_t(reader->m_size),
                            POSIX_MADV_SEQUENTIAL);
#endif
        reader->m_data = reinterpret_cast<const char *>(mapped);
    }
    if (reader->m_size >= 3 && std::memcmp(reader->m_data, "\xEF\xBB\xBF", 3) == 0)
        reader->m_pos = 3;

    if (separator == 0) {
        qsizetype end = reader->m_pos;
        while (end < reader->m_size && !isLineEnd(reader->m_data[end]))
            ++end;
        separator =
            detectSeparator(QByteArrayView(reader->m_data + reader->m_pos, end - reader->m_pos));
        if (separator == 0)
            separator = ',';
    }
    reader->m_separator = separator;

    qint64 line = 0;
    if (!reader->readRecord(line)) {
        if (reader->m_error)
            return *reader->m_error;
        return Error{tr("is empty; a CSV file starts with a header line"), path, 0, {}};
    }
    for (size_t i = 0; i < reader->m_spans.size(); ++i) {
        const Span &span = reader->m_spans[i];
        QByteArray name = span.inScratch
                              ? QByteArray(reader->m_scratch.data() + span.begin, span.size)
                              : QByteArray(reader->m_data + span.begin, span.size);
        name = name.trimmed();
        if (name.isEmpty())
            name = "field_" + QByteArray::number(qulonglong(i + 1));
        reader->m_header.append(name);
    }
    return reader;
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    if (!readRecord(record.line)) {
        if (m_error)
            return *m_error;
        return false;
    }
    for (const Span &span : m_spans)
        record.fields.emplace_back((span.inScratch ? m_scratch.data() : m_data) + span.begin,
                                   span.size);
    return true;
}

bool CsvReader::readRecord(qint64 &line)
{
    const char *data = m_data;
    const qsizetype size = m_size;
    // Blank lines are no records (OGR skips them too).
    while (m_pos < size && isLineEnd(data[m_pos])) {
        if (data[m_pos] == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= size)
        return false;
    line = m_line;
    m_spans.clear();
    m_scratch.clear();
    const char separator = m_separator;
    for (;;) {
        const qsizetype start = m_pos;
        qsizetype pos = start;
        // The common field: no quote at all, a plain view into the file.
        while (pos < size) {
            const char c = data[pos];
            if (c == separator || c == '\n' || c == '\r' || c == '"')
                break;
            ++pos;
        }
        bool done = false;
        if (pos == size || data[pos] != '"') {
            m_spans.push_back({start, pos - start, false});
            m_pos = pos;
            done = true;
        } else if (pos == start) {
            // "quoted": still a view into the file when no doubled quote, no text after the
            // closing quote and no carriage return inside (OGR turns line breaks into \n).
            const void *close = std::memchr(data + start + 1, '"', size_t(size - start - 1));
            if (close) {
                const qsizetype end = static_cast<const char *>(close) - data;
                const char after = end + 1 < size ? data[end + 1] : '\n';
                if ((after == separator || isLineEnd(after)) &&
                    !std::memchr(data + start + 1, '\r', size_t(end - start - 1))) {
                    for (qsizetype i = start + 1; i < end; ++i)
                        m_line += data[i] == '\n';
                    m_spans.push_back({start + 1, end - start - 1, false});
                    m_pos = end + 1;
                    done = true;
                }
            }
        }
        if (!done) {
            m_pos = start;
            if (!readGeneralField())
                return false;
        }
        if (m_pos < size && data[m_pos] == separator) {
            ++m_pos;
            continue;
        }
        if (m_pos < size) { // a line end
            if (data[m_pos] == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
        }
        return true;
    }
}

bool CsvReader::readGeneralField()
{
    // OGR's rule (CSVSplitLine): a quote switches quoting on or off wherever it stands, a
    // doubled quote inside quotes is one quote, and a line break inside quotes becomes \n.
    const char *data = m_data;
    const qsizetype size = m_size;
    const qsizetype begin = qsizetype(m_scratch.size());
    bool quoted = false;
    qint64 openedOn = m_line;
    qsizetype pos = m_pos;
    while (pos < size) {
        const char c = data[pos];
        if (c == '"') {
            if (quoted && pos + 1 < size && data[pos + 1] == '"') {
                m_scratch.push_back('"');
                pos += 2;
                continue;
            }
            quoted = !quoted;
            openedOn = m_line;
            ++pos;
        } else if (!quoted && (c == m_separator || isLineEnd(c))) {
            break;
        } else if (isLineEnd(c)) {
            m_scratch.push_back('\n');
            if (c == '\r' && pos + 1 < size && data[pos + 1] == '\n')
                ++pos;
            ++pos;
            ++m_line;
        } else {
            m_scratch.push_back(c);
            ++pos;
        }
    }
    if (quoted) {
        m_error = Error{tr("a quoted field opened on this line is never closed (a \" is missing)"),
                        m_path,
                        openedOn,
                        {}};
        return false;
    }
    m_spans.push_back({begin, qsizetype(m_scratch.size()) - begin, true});
    m_pos = pos;
    return true;
}

} // namespace stormcrew
