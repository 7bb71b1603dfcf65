// A careful CSV reader of our own rather than GDAL's OGR CSV driver, for three reasons: OGR
// either guesses field types from the first rows (AUTODETECT_TYPE) or hands every field back as
// a string, so the number parsing and its errors would be ours anyway; it numbers features, not
// file lines, and a quoted field may span lines, while our errors must name the line; and an
// OGRFeature per row costs seconds on the million-row tables the GLM benchmark reads.
#include "csvtable.h"

#include "statslogging.h"

#include <QFile>
#include <QSet>

#include <charconv>
#include <cmath>
#include <deque>
#include <limits>
#include <string>

namespace stormcrew {

namespace {

// One field of a record: its text, unescaped ("" inside quotes becomes ").
struct Field {
    std::string_view text;
    bool quoted = false;
};

// Splits the bytes into records and fields, counting lines as it goes.
class Tokenizer {
public:
    explicit Tokenizer(std::string_view bytes) : m_bytes(bytes)
    {
        if (m_bytes.substr(0, 3) == "\xEF\xBB\xBF")
            m_position = 3;
    }

    [[nodiscard]] bool atEnd() const { return m_position >= m_bytes.size(); }
    [[nodiscard]] qint64 line() const { return m_line; }
    [[nodiscard]] qint64 position() const { return qint64(m_position); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] qint64 errorLine() const { return m_errorLine; }

    // Reads the next record into fields; false at the end or on an error (then error() is set).
    bool next(std::vector<Field> &fields)
    {
        fields.clear();
        m_scratchUsed = 0;
        if (atEnd())
            return false;
        while (true) {
            Field field;
            if (m_bytes[m_position] == '"') {
                if (!quotedField(field))
                    return false;
            } else {
                const std::size_t start = m_position;
                while (m_position < m_bytes.size() && m_bytes[m_position] != ',' &&
                       m_bytes[m_position] != '\n' && m_bytes[m_position] != '\r')
                    ++m_position;
                field.text = m_bytes.substr(start, m_position - start);
            }
            fields.push_back(field);
            if (m_position >= m_bytes.size())
                return true;
            const char c = m_bytes[m_position++];
            if (c == ',')
                continue;
            if (c == '\r' && m_position < m_bytes.size() && m_bytes[m_position] == '\n')
                ++m_position;
            ++m_line;
            return true;
        }
    }

private:
    bool quotedField(Field &field)
    {
        const qint64 startLine = m_line;
        const std::size_t start = ++m_position;
        bool escaped = false;
        std::size_t end = start;
        while (true) {
            const std::size_t quote = m_bytes.find('"', m_position);
            if (quote == std::string_view::npos) {
                m_error = CsvTable::tr("a quoted field opened here is never closed");
                m_errorLine = startLine;
                return false;
            }
            for (std::size_t i = m_position; i < quote; ++i)
                m_line += m_bytes[i] == '\n' ? 1 : 0;
            if (quote + 1 < m_bytes.size() && m_bytes[quote + 1] == '"') {
                escaped = true;
                m_position = quote + 2;
                continue;
            }
            end = quote;
            m_position = quote + 1;
            break;
        }
        if (m_position < m_bytes.size() && m_bytes[m_position] != ',' &&
            m_bytes[m_position] != '\n' && m_bytes[m_position] != '\r') {
            m_error = CsvTable::tr("unexpected text after a closing quote");
            m_errorLine = m_line;
            return false;
        }
        field.quoted = true;
        field.text = m_bytes.substr(start, end - start);
        if (escaped)
            field.text = unescape(field.text);
        return true;
    }

    std::string_view unescape(std::string_view text)
    {
        if (m_scratch.size() <= m_scratchUsed)
            m_scratch.resize(m_scratchUsed + 1);
        std::string &out = m_scratch[m_scratchUsed++];
        out.clear();
        for (std::size_t i = 0; i < text.size(); ++i) {
            out.push_back(text[i]);
            if (text[i] == '"')
                ++i; // the second quote of a doubled pair
        }
        return out;
    }

    std::string_view m_bytes;
    std::size_t m_position = 0;
    qint64 m_line = 1;
    QString m_error;
    qint64 m_errorLine = 0;
    // Unescaped fields of the current record; a deque, so that growing it moves no string that a
    // field already points into.
    std::deque<std::string> m_scratch;
    std::size_t m_scratchUsed = 0;
};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// R's read.csv reads an empty field and NA as missing; so do we.
bool isMissing(std::string_view text)
{
    return text.empty() || text == "NA";
}

// A finite number in C locale notation, the whole field; "+1" and "1e-3" included.
bool parseNumber(std::string_view text, double &value)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const char *end = text.data() + text.size();
    const auto [last, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && last == end && std::isfinite(value);
}

} // namespace

Result<DataTable> CsvTable::read(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot open the file: %1").arg(file.errorString()), path, 0, {}};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read the file: %1").arg(file.errorString()), path, 0, {}};
    return parse(bytes, path, options);
}

Result<DataTable> CsvTable::parse(QByteArrayView bytes, const QString &source,
                                  const Options &options)
{
    Tokenizer tokenizer(std::string_view(bytes.data(), std::size_t(bytes.size())));
    std::vector<Field> fields;
    DataTable table;
    table.source = source;
    if (!tokenizer.next(fields)) {
        if (!tokenizer.error().isEmpty())
            return Error{tokenizer.error(), source, tokenizer.errorLine(), {}};
        return Error{
            tr("the file is empty; expected a header line naming the columns"), source, 0, {}};
    }
    QSet<QString> seen;
    for (const Field &field : fields) {
        TableColumn column;
        column.name = QString::fromUtf8(trimmed(field.text)).trimmed();
        if (!column.name.isEmpty() && seen.contains(column.name))
            return Error{tr("the header names column '%1' twice").arg(column.name), source, 1,
                         column.name};
        seen.insert(column.name);
        column.kind = options.textColumns.contains(column.name) ? TableColumn::Kind::Text
                                                                : TableColumn::Kind::Numeric;
        table.columns.push_back(std::move(column));
    }
    const std::size_t width = table.columns.size();
    const qint64 headerEnd = tokenizer.position();
    // Whether a column's kind is settled: by its first value that is not missing.
    std::vector<bool> settled(width);
    for (std::size_t c = 0; c < width; ++c)
        settled[c] = table.columns[c].kind == TableColumn::Kind::Text;

    while (true) {
        const qint64 line = tokenizer.line();
        if (!tokenizer.next(fields)) {
            if (!tokenizer.error().isEmpty())
                return Error{tokenizer.error(), source, tokenizer.errorLine(), {}};
            break;
        }
        if (fields.size() == 1 && fields.front().text.empty() && !fields.front().quoted)
            continue; // a blank line
        if (fields.size() != width)
            return Error{
                tr("the row has %1 fields where the header names %2").arg(fields.size()).arg(width),
                source,
                line,
                {}};
        const qsizetype row = table.rowCount();
        if (row == 0) {
            // Room for the rows the file will hold, guessed from the first row's length (growing
            // the vectors cost a tenth of the reading time of a million rows); a row takes at
            // least one byte per field, which caps the guess.
            const double rowBytes = double(std::max<qint64>(tokenizer.position() - headerEnd, 1));
            const double remaining = double(bytes.size() - headerEnd);
            const auto expected = std::size_t(
                std::min(remaining / rowBytes * 1.2 + 16, remaining / double(width) + 16));
            table.lines.reserve(expected);
            for (TableColumn &column : table.columns) {
                if (column.kind == TableColumn::Kind::Numeric)
                    column.numbers.reserve(expected);
            }
        }
        table.lines.push_back(line);
        for (std::size_t c = 0; c < width; ++c) {
            TableColumn &column = table.columns[c];
            const std::string_view text = trimmed(fields[c].text);
            const bool missing = isMissing(text);
            if (missing && column.firstMissingRow < 0)
                column.firstMissingRow = row;
            if (!settled[c] && !missing) {
                double probe = 0;
                settled[c] = true;
                if (!parseNumber(text, probe)) {
                    // Text from its first value on: earlier rows were all missing.
                    column.kind = TableColumn::Kind::Text;
                    column.texts.assign(std::size_t(row), QString());
                    column.numbers.clear();
                }
            }
            if (column.kind == TableColumn::Kind::Text) {
                column.texts.push_back(missing ? QString() : QString::fromUtf8(text));
                continue;
            }
            double value = std::numeric_limits<double>::quiet_NaN();
            if (!missing && !parseNumber(text, value)) {
                value = std::numeric_limits<double>::quiet_NaN();
                if (column.firstBadRow < 0) {
                    column.firstBadRow = row;
                    column.firstBadText = QString::fromUtf8(text);
                }
            } else if (!missing && column.firstNumberRow < 0) {
                column.firstNumberRow = row;
            }
            column.numbers.push_back(value);
        }
    }
    qCDebug(lcStats) << "read" << table.rowCount() << "rows of" << width << "columns from"
                     << source;
    return table;
}

} // namespace stormcrew
