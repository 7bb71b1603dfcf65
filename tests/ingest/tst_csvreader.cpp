// CsvReader on tricky files (quotes, line breaks inside quotes, CRLF, CR, BOM, blank lines,
// ragged rows, separators), each cross-checked field by field against GDAL's OGR CSV driver on
// the same file, and the choice openCsv makes between the two readers.
#include "ingest/csvreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stormcrew;

namespace {

// "line:field|field|..." per record, line breaks inside fields shown as \n: a failure then
// reads as the two files side by side.
QString describe(const CsvRecord &record, qsizetype width, bool withLine)
{
    QStringList fields;
    for (qsizetype i = 0; i < std::max<qsizetype>(width, qsizetype(record.fields.size())); ++i) {
        if (width >= 0 && i >= width)
            break;
        fields.append(QString::fromUtf8(record.field(int(i)))
                          .replace(QLatin1Char('\n'), QLatin1String("\\n")));
    }
    const QString text = fields.join(QLatin1Char('|'));
    return withLine ? QString::number(record.line) + QLatin1Char(':') + text : text;
}

QString readAll(CsvSource &source, qsizetype width, bool withLine, QString *error = nullptr)
{
    QStringList records;
    CsvRecord record;
    for (;;) {
        auto more = source.next(record);
        if (!more) {
            if (error)
                *error = more.error().toString();
            break;
        }
        if (!more.value())
            break;
        records.append(describe(record, width, withLine));
    }
    return records.join(QLatin1Char(';'));
}

QString headerOf(const CsvSource &source)
{
    QStringList names;
    for (const QByteArray &name : source.header())
        names.append(QString::fromUtf8(name));
    return names.join(QLatin1Char('|'));
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &content, const QString &suffix = QStringLiteral(".csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1").arg(++m_files) + suffix);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tricky_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("records"); // line:fields;... as CsvReader reads them

        QTest::newRow("plain, LF") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << QStringLiteral("a|b|c")
                                   << QStringLiteral("2:1|2|3;3:4|5|6");
        QTest::newRow("CRLF line ends") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                                        << QStringLiteral("a|b") << QStringLiteral("2:1|2;3:3|4");
        QTest::newRow("old Mac CR line ends")
            << QByteArray("a,b\r1,2\r3,4\r") << QStringLiteral("a|b")
            << QStringLiteral("2:1|2;3:3|4");
        QTest::newRow("UTF-8 byte order mark")
            << QByteArray("\xEF\xBB\xBFterritory,gust\nKY-1,30\n")
            << QStringLiteral("territory|gust") << QStringLiteral("2:KY-1|30");
        QTest::newRow("no line end after the last row")
            << QByteArray("a,b\n1,2") << QStringLiteral("a|b") << QStringLiteral("2:1|2");
        QTest::newRow("quoted separator")
            << QByteArray("name,v\n\"Louisville, KY\",1\n") << QStringLiteral("name|v")
            << QStringLiteral("2:Louisville, KY|1");
        QTest::newRow("doubled quotes inside quotes")
            << QByteArray("name,v\n\"the \"\"big\"\" one\",1\n") << QStringLiteral("name|v")
            << QStringLiteral("2:the \"big\" one|1");
        QTest::newRow("line break inside quotes counts as a line")
            << QByteArray("name,v\n\"two\nlines\",1\nx,2\n") << QStringLiteral("name|v")
            << QStringLiteral("2:two\\nlines|1;4:x|2");
        QTest::newRow("CRLF inside quotes becomes LF, as in OGR")
            << QByteArray("name,v\r\n\"two\r\nlines\",1\r\nx,2\r\n") << QStringLiteral("name|v")
            << QStringLiteral("2:two\\nlines|1;4:x|2");
        QTest::newRow("blank lines are skipped, line numbers kept")
            << QByteArray("a,b\n\n1,2\r\n\r\n\n3,4\n\n") << QStringLiteral("a|b")
            << QStringLiteral("3:1|2;6:3|4");
        QTest::newRow("empty fields and a trailing separator")
            << QByteArray("a,b,c\n,,\n1,,\n,2,\n") << QStringLiteral("a|b|c")
            << QStringLiteral("2:||;3:1||;4:|2|");
        QTest::newRow("short and long rows")
            << QByteArray("a,b,c\n1\n1,2,3,4\n") << QStringLiteral("a|b|c")
            << QStringLiteral("2:1||;3:1|2|3");
        QTest::newRow("spaces in values are kept")
            << QByteArray("a,b\n 1 , \"2\" \n") << QStringLiteral("a|b")
            << QStringLiteral("2: 1 | 2 ");
        QTest::newRow("a quote inside an unquoted field toggles quoting, as in OGR")
            << QByteArray("a,b,c\n7,ab\"c,d\"e,8\n") << QStringLiteral("a|b|c")
            << QStringLiteral("2:7|abc,de|8");
        QTest::newRow("text after the closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << QStringLiteral("a|b") << QStringLiteral("2:xy|2");
        QTest::newRow("an empty quoted field")
            << QByteArray("a,b\n\"\",\"\"\n") << QStringLiteral("a|b") << QStringLiteral("2:|");
        QTest::newRow("semicolons")
            << QByteArray("a;b\n\"1;5\";2\n") << QStringLiteral("a|b") << QStringLiteral("2:1;5|2");
        QTest::newRow("tabs") << QByteArray("a\tb\n1\t2 3\n") << QStringLiteral("a|b")
                              << QStringLiteral("2:1|2 3");
        QTest::newRow("header names trimmed, an empty one named field_N")
            << QByteArray(" a ,,\"c\"\n1,2,3\n") << QStringLiteral("a|field_2|c")
            << QStringLiteral("2:1|2|3");
        QTest::newRow("UTF-8 text")
            << QByteArray("territory,v\nCa\xC3\xB1on City,1\n") << QStringLiteral("territory|v")
            << QStringLiteral("2:Ca\u00f1on City|1");
        QTest::newRow("NOAA CDO style: every field quoted, commas in attributes")
            << QByteArray("\"STATION\",\"NAME\",\"DATE\",\"PRCP\",\"PRCP_ATTRIBUTES\"\n"
                          "\"USW00093821\",\"LOUISVILLE INTERNATIONAL AIRPORT, KY US\","
                          "\"2023-03-03\",\"1.25\",\",,W,2400\"\n")
            << QStringLiteral("STATION|NAME|DATE|PRCP|PRCP_ATTRIBUTES")
            << QStringLiteral("2:USW00093821|LOUISVILLE INTERNATIONAL AIRPORT, KY "
                              "US|2023-03-03|1.25|,,W,2400");
    }

    void tricky()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, header);
        QFETCH(QString, records);
        const QString path = writeFile(content);
        auto reader = CsvReader::open(path);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
        QCOMPARE(headerOf(*reader.value()), header);
        const qsizetype width = reader.value()->header().size();
        QCOMPARE(readAll(*reader.value(), width, true), records);

        // OGR reads the same file into the same header and fields (its line numbers are
        // feature numbers, so they are left out).
        auto ogr = openOgrCsv(path);
        QVERIFY2(ogr, qPrintable(ogr ? QString() : ogr.error().toString()));
        QCOMPARE(headerOf(*ogr.value()), header);
        auto again = CsvReader::open(path);
        QVERIFY(again);
        QCOMPARE(readAll(*ogr.value(), width, false), readAll(*again.value(), width, false));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("records");
        QTest::addColumn<QString>("error");
        QTest::newRow("a quote never closed")
            << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << QStringLiteral("2:1|2")
            << QStringLiteral("%1 line 3: a quoted field opened on this line is never closed (a "
                              "\" is missing)");
    }

    void malformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, records);
        QFETCH(QString, error);
        const QString path = writeFile(content);
        auto reader = CsvReader::open(path);
        QVERIFY(reader);
        QString seen;
        QCOMPARE(readAll(*reader.value(), 2, true, &seen), records);
        QCOMPARE(seen, error.arg(path));
    }

    void emptyFile()
    {
        const QString path = writeFile(QByteArray("\xEF\xBB\xBF\n\n"));
        auto reader = CsvReader::open(path);
        QVERIFY(!reader);
        QCOMPARE(reader.error().message,
                 QStringLiteral("is empty; a CSV file starts with a header line"));
    }

    void readerChoice_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("reader");
        QTest::newRow("plain UTF-8 with commas")
            << QByteArray("a,b\n1,2\n") << QStringLiteral(".csv") << QStringLiteral("csvreader");
        QTest::newRow("semicolons")
            << QByteArray("a;b\n1;2\n") << QStringLiteral(".csv") << QStringLiteral("csvreader");
        QTest::newRow("spaces only: OGR's separator rules")
            << QByteArray("a b\n1 2\n") << QStringLiteral(".csv") << QStringLiteral("OGR CSV");
        QTest::newRow("commas and semicolons in the header: OGR decides")
            << QByteArray("a;b,c\n1;2,3\n") << QStringLiteral(".csv") << QStringLiteral("OGR CSV");
        QTest::newRow("Latin-1 header") << QByteArray("ca\xf1on,b\n1,2\n") << QStringLiteral(".csv")
                                        << QStringLiteral("OGR CSV");
    }

    void readerChoice()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, suffix);
        QFETCH(QString, reader);
        auto source = openCsv(writeFile(content, suffix));
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        QCOMPARE(QString::fromLatin1(source.value()->readerName()), reader);
    }

    void gzipGoesThroughOgr()
    {
        const QString path = writeFile("territory,gust_ms\nKY-1,30\n");
        QVERIFY(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-kf"), path}) == 0);
        auto source = openCsv(path + QStringLiteral(".gz"));
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        QCOMPARE(QString::fromLatin1(source.value()->readerName()), QStringLiteral("OGR CSV"));
        QCOMPARE(headerOf(*source.value()), QStringLiteral("territory|gust_ms"));
        QCOMPARE(readAll(*source.value(), 2, false), QStringLiteral("KY-1|30"));
    }

    void columnLookupIgnoresCase()
    {
        auto source = openCsv(writeFile("Territory,GUST_MS\n1,2\n"));
        QVERIFY(source);
        QCOMPARE(source.value()->column("territory"), 0);
        QCOMPARE(source.value()->column("gust_ms"), 1);
        QCOMPARE(source.value()->column("wind_ms"), -1);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
