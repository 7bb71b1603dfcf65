// Reading CSV tables and building design matrices from them: quoting, line numbers, R's
// treatment contrasts and names, and the errors a person can act on (file, line, field).
#include "statstest.h"

#include <QTest>

using namespace stormcrew;

class TestTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("texts");     // the column "name"
        QTest::addColumn<QList<qint64>>("lines");   // the line each row starts on
        QTest::addColumn<QList<double>>("numbers"); // the column "count", NaN when missing

        const double missing = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("quoted commas, doubled quotes and a line break inside quotes")
            << QByteArray("name,count\n\"a, b\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\nd,4\n")
            << QStringList{QStringLiteral("a, b"), QStringLiteral("say \"hi\""),
                           QStringLiteral("two\nlines"), QStringLiteral("d")}
            << QList<qint64>{2, 3, 4, 6} << QList<double>{1, 2, 3, 4};
        QTest::newRow("CRLF line ends, a byte-order mark and no final line end")
            << QByteArray("\xEF\xBB\xBFname,count\r\nx,1.5\r\ny,-2e3")
            << QStringList{QStringLiteral("x"), QStringLiteral("y")} << QList<qint64>{2, 3}
            << QList<double>{1.5, -2000};
        QTest::newRow("blank lines skipped, spaces around numbers ignored, + signs read")
            << QByteArray("name,count\n\nx, 7 \n\ny,+8\n")
            << QStringList{QStringLiteral("x"), QStringLiteral("y")} << QList<qint64>{3, 5}
            << QList<double>{7, 8};
        QTest::newRow("empty fields and NA are missing, as R reads them")
            << QByteArray("name,count\nx,\n,NA\nz,3\n")
            << QStringList{QStringLiteral("x"), QString(), QStringLiteral("z")}
            << QList<qint64>{2, 3, 4} << QList<double>{missing, missing, 3};
        QTest::newRow("quoted numbers are numbers, as in read.csv")
            << QByteArray("\"name\",\"count\"\n\"x\",\"12\"\n") << QStringList{QStringLiteral("x")}
            << QList<qint64>{2} << QList<double>{12};
    }

    void reads()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, texts);
        QFETCH(QList<qint64>, lines);
        QFETCH(QList<double>, numbers);
        auto table = CsvTable::parse(csv, QStringLiteral("t.csv"), {});
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
        const TableColumn *name = table.value().column(QStringLiteral("name"));
        const TableColumn *count = table.value().column(QStringLiteral("count"));
        QVERIFY(name && count);
        QCOMPARE(name->kind, TableColumn::Kind::Text);
        QCOMPARE(count->kind, TableColumn::Kind::Numeric);
        QCOMPARE(QStringList(name->texts.begin(), name->texts.end()), texts);
        QCOMPARE(QList<qint64>(table.value().lines.begin(), table.value().lines.end()), lines);
        QCOMPARE(qsizetype(count->numbers.size()), numbers.size());
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const double got = count->numbers[std::size_t(i)];
            QVERIFY2(std::isnan(numbers.at(i)) ? std::isnan(got) : got == numbers.at(i),
                     qPrintable(QStringLiteral("row %1: read %2, expected %3")
                                    .arg(i + 1)
                                    .arg(got)
                                    .arg(numbers.at(i))));
        }
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("a quote never closed names the line it opened on")
            << QByteArray("a,b\n1,2\n3,\"oops\n4,5\n")
            << QStringLiteral("t.csv line 3: a quoted field opened here is never closed");
        QTest::newRow("text after a closing quote")
            << QByteArray("a,b\n1,\"x\"y\n")
            << QStringLiteral("t.csv line 2: unexpected text after a closing quote");
        QTest::newRow("a row with too few fields")
            << QByteArray("a,b,c\n1,2,3\n4,5\n")
            << QStringLiteral("t.csv line 3: the row has 2 fields where the header names 3");
        QTest::newRow("a column named twice")
            << QByteArray("a,b,a\n1,2,3\n")
            << QStringLiteral("t.csv line 1, field a: the header names column 'a' twice");
        QTest::newRow("an empty file") << QByteArray()
                                       << QStringLiteral("t.csv: the file is empty; expected a "
                                                         "header line naming the columns");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        auto table = CsvTable::parse(csv, QStringLiteral("t.csv"), {});
        QVERIFY(!table.ok());
        QCOMPARE(table.error().toString(), error);
    }

    void refusesBadModels_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("response");
        QTest::addColumn<QString>("exposure");
        QTest::addColumn<QString>("error");
        const QByteArray header("territory,gust,km,outages\n");
        QTest::newRow("text in a numeric column names file, line and field")
            << header + "T1,30,10,4\nT2,31,12,5\nT3,n/a,9,2\n"
            << QStringLiteral("outages") << QString()
            << QStringLiteral("t.csv line 4, field gust: 'n/a' is not a number (the column holds "
                              "numbers from line 2 on; list it in --factors if it is really "
                              "text)");
        QTest::newRow("a missing response")
            << header + "T1,30,10,4\nT2,31,12,\n"
            << QStringLiteral("outages") << QString()
            << QStringLiteral("t.csv line 3, field outages: the response is missing; fit-table "
                              "drops no rows, fill or remove this one");
        QTest::newRow("a negative count")
            << header + "T1,30,10,4\nT2,31,12,-1\n"
            << QStringLiteral("outages") << QString()
            << QStringLiteral("t.csv line 3, field outages: the response is a count and cannot "
                              "be negative (-1)");
        QTest::newRow("a count that is not a whole number")
            << header + "T1,30,10,4.5\n"
            << QStringLiteral("outages") << QString()
            << QStringLiteral("t.csv line 2, field outages: the response is a count and must be "
                              "a whole number (4.5)");
        QTest::newRow("a response that is text")
            << header + "T1,30,10,4\n"
            << QStringLiteral("territory") << QString()
            << QStringLiteral("t.csv line 2, field territory: the response must be numeric, but "
                              "'T1' is not a number");
        QTest::newRow("a column that does not exist")
            << header + "T1,30,10,4\n"
            << QStringLiteral("customers") << QString()
            << QStringLiteral("t.csv: there is no column named 'customers'; the columns are: "
                              "territory, gust, km, outages");
        QTest::newRow("a factor with one level")
            << header + "T1,30,10,4\nT1,31,12,5\n"
            << QStringLiteral("outages") << QString()
            << QStringLiteral("t.csv, field territory: the column holds one value only ('T1'); "
                              "a factor needs two or more");
        QTest::newRow("an exposure of zero")
            << header + "T1,30,10,4\nT2,31,0,5\n"
            << QStringLiteral("outages") << QStringLiteral("km")
            << QStringLiteral("t.csv line 3, field km: the exposure must be positive to take its "
                              "log (0)");
    }

    void refusesBadModels()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, response);
        QFETCH(QString, exposure);
        QFETCH(QString, error);
        auto table = CsvTable::parse(csv, QStringLiteral("t.csv"), {});
        QVERIFY(table.ok());
        ModelSpec spec;
        spec.response = response;
        spec.exposure = exposure;
        auto frame = ModelFrameBuilder::build(table.value(), spec);
        QVERIFY(!frame.ok());
        QCOMPARE(frame.error().toString(), error);
    }

    void namesLikeR_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("textColumns");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("factor levels sorted, the first one the reference")
            << QByteArray("soil,gust,y\nsand,1,0\nclay,2,1\nloam,3,2\n") << QStringList()
            << QStringList{QStringLiteral("(Intercept)"), QStringLiteral("soilloam"),
                           QStringLiteral("soilsand"), QStringLiteral("gust")};
        QTest::newRow("codes read as text with --factors sort as text")
            << QByteArray("code,y\n9,0\n10,1\n9,2\n") << QStringList{QStringLiteral("code")}
            << QStringList{QStringLiteral("(Intercept)"), QStringLiteral("code9")};
        QTest::newRow("an unnamed column (write.csv's row names) is left out")
            << QByteArray("\"\",x,y\n\"1\",0.5,0\n\"2\",1.5,1\n") << QStringList()
            << QStringList{QStringLiteral("(Intercept)"), QStringLiteral("x")};
    }

    void namesLikeR()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, textColumns);
        QFETCH(QStringList, names);
        auto table = CsvTable::parse(csv, QStringLiteral("t.csv"), {textColumns});
        QVERIFY(table.ok());
        ModelSpec spec;
        spec.response = QStringLiteral("y");
        auto frame = ModelFrameBuilder::build(table.value(), spec);
        QVERIFY2(frame.ok(), qPrintable(frame.ok() ? QString() : frame.error().toString()));
        QCOMPARE(frame.value().design.names, names);
    }

    // Treatment contrasts: one 0/1 column per level but the first, in the rows' order.
    void indicatorColumns()
    {
        auto table = CsvTable::parse("soil,y\nsand,0\nclay,1\nloam,2\nsand,3\n",
                                     QStringLiteral("t.csv"), {});
        QVERIFY(table.ok());
        ModelSpec spec;
        spec.response = QStringLiteral("y");
        auto frame = ModelFrameBuilder::build(table.value(), spec);
        QVERIFY(frame.ok());
        const DesignMatrix &design = frame.value().design;
        QCOMPARE(design.rows, 4);
        const std::vector<double> expected = {1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1};
        QCOMPARE(design.values, expected);
    }
};

QTEST_GUILESS_MAIN(TestTables)
#include "tst_tables.moc"
