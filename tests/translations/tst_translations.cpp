// The committed translations are complete and in step with the sources: lupdate is run on copies
// of the .ts files, and any message it would add, drop or leave unfinished fails the test, with
// the file, the context and the source text of each. Also checks that the build embedded them.
#include "engine/commandline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <set>
#include <tuple>

namespace {

// The source strings are English; its catalogue holds only plural forms (lupdate -pluralonly).
const QString kSourceLanguage = QStringLiteral("en");

// One <message> of a .ts file.
struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // empty when finished; "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList translations; // one entry, or one per plural form
};

using Key = std::tuple<QString, QString, QString>; // context, source, disambiguation

// A .ts file, or the reason it could not be read.
struct Catalogue {
    std::map<Key, Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + QStringLiteral(": ") + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}, false, {}};
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            // </translation> closes the message for our purposes: nothing we read follows it.
            catalogue.messages[{message.context, message.source, message.comment}] = message;
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1 line %2: %3")
                              .arg(path, QString::number(xml.lineNumber()), xml.errorString());
    return catalogue;
}

QString describe(const QString &file, const Message &message, const QString &problem)
{
    QString where = message.context;
    if (!message.comment.isEmpty())
        where += QStringLiteral(" (") + message.comment + QLatin1Char(')');
    return QStringLiteral("  %1: [%2] \"%3\": %4").arg(file, where, message.source, problem);
}

// %1..%99 and %n, which a translation must keep.
std::set<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    std::set<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

bool isStale(const Message &message)
{
    return message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete");
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inStepWithSources_data();
    void inStepWithSources();
    void embeddedInTheEngine_data();
    void embeddedInTheEngine();

private:
    QString m_tsDir;
};

void TestTranslations::initTestCase()
{
    m_tsDir = QStringLiteral(STORMCREW_TS_DIR);
    QVERIFY2(QFile::exists(QStringLiteral(STORMCREW_LUPDATE)),
             "lupdate not found at " STORMCREW_LUPDATE);
    QVERIFY2(QFile::exists(QStringLiteral(STORMCREW_LUPDATE_LIST_FILE)),
             "lupdate inputs not found at " STORMCREW_LUPDATE_LIST_FILE
             "; configure the build first");
}

void TestTranslations::inStepWithSources_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : stormcrew::CommandLine::supportedLanguages()) {
        const QByteArray row = language.toUtf8() + (language == kSourceLanguage
                                                        ? " (source language: plural forms only)"
                                                        : " (every message translated)");
        QTest::newRow(row.constData()) << language;
    }
}

void TestTranslations::inStepWithSources()
{
    QFETCH(QString, language);
    const bool sourceLanguage = language == kSourceLanguage;
    const QString fileName = QStringLiteral("stormcrew_%1.ts").arg(language);
    const QString committedPath = QDir(m_tsDir).filePath(fileName);
    QVERIFY2(QFile::exists(committedPath),
             qPrintable(committedPath + QStringLiteral(" is missing, but --lang accepts ") +
                        language + QStringLiteral("; run scripts/update-translations")));

    // lupdate rewrites its target, so it gets a copy. No -no-obsolete here: a message that left
    // the sources is marked "vanished" in the copy, which is what we want to see.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString regeneratedPath = temp.filePath(fileName);
    QVERIFY(QFile::copy(committedPath, regeneratedPath));
    QFile::setPermissions(regeneratedPath, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments = {QStringLiteral("-locations"), QStringLiteral("relative"),
                             QLatin1Char('@') + QStringLiteral(STORMCREW_LUPDATE_LIST_FILE),
                             QStringLiteral("-ts"), regeneratedPath};
    if (sourceLanguage)
        arguments.prepend(QStringLiteral("-pluralonly"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(STORMCREW_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish within 2 minutes");
    const QString lupdateErrors = QString::fromLocal8Bit(lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QStringLiteral("lupdate failed: ") + lupdateErrors));
    if (!lupdateErrors.trimmed().isEmpty())
        qWarning("lupdate: %s", qPrintable(lupdateErrors.trimmed()));

    const Catalogue committed = readCatalogue(committedPath);
    const Catalogue regenerated = readCatalogue(regeneratedPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(regenerated.error.isEmpty(), qPrintable(regenerated.error));

    QStringList problems;
    for (const auto &[key, message] : committed.messages) {
        if (message.type == QLatin1String("unfinished")) {
            problems << describe(fileName, message, QStringLiteral("unfinished"));
            continue;
        }
        if (isStale(message)) {
            problems << describe(fileName, message,
                                 QStringLiteral("marked %1; drop it").arg(message.type));
            continue;
        }
        if (message.translations.isEmpty() || message.translations.contains(QString())) {
            problems << describe(fileName, message, QStringLiteral("not translated"));
            continue;
        }
        const auto expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != expected)
                problems << describe(fileName, message,
                                     QStringLiteral("translation \"%1\" does not keep the "
                                                    "placeholders of the source")
                                         .arg(translation));
        }
    }
    // Both ways: what lupdate finds that the file lacks, and what the file has that lupdate no
    // longer finds (marked vanished in the copy, or, for -pluralonly, left out of it).
    for (const auto &[key, message] : regenerated.messages) {
        if (committed.messages.count(key) == 0)
            problems << describe(fileName, message,
                                 QStringLiteral("used in the sources but missing from the file"));
    }
    for (const auto &[key, message] : committed.messages) {
        if (isStale(message))
            continue; // reported above
        const auto found = regenerated.messages.find(key);
        if (found != regenerated.messages.end() && !isStale(found->second))
            continue;
        problems << describe(fileName, message,
                             sourceLanguage && !message.numerus
                                 ? QStringLiteral("not a plural message; the English catalogue "
                                                  "holds plural forms only")
                                 : QStringLiteral("no longer in the sources; drop it"));
    }

    if (!problems.isEmpty()) {
        problems.prepend(QStringLiteral("%1 is out of step with the sources (%2 problem(s)); run "
                                        "scripts/update-translations, then translate what it "
                                        "marks unfinished:")
                             .arg(fileName, QString::number(problems.size())));
        QFAIL(qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::embeddedInTheEngine_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : stormcrew::CommandLine::supportedLanguages())
        QTest::newRow(language.toUtf8().constData()) << language;
}

// The engine library carries :/i18n/stormcrew_<lang>.qm, found the way the executables look for
// it, and it says what the committed .ts file says (no stale .qm in the build).
void TestTranslations::embeddedInTheEngine()
{
    QFETCH(QString, language);
    QTranslator translator;
    const bool loaded = translator.load(QLocale(language), QStringLiteral("stormcrew"),
                                        QStringLiteral("_"), QStringLiteral(":/i18n"));
    const QString missing = QStringLiteral(":/i18n/stormcrew_%1.qm is not in the engine library");
    QVERIFY2(loaded, qPrintable(missing.arg(language)));

    const QString fileName = QStringLiteral("stormcrew_%1.ts").arg(language);
    const Catalogue committed = readCatalogue(QDir(m_tsDir).filePath(fileName));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(!committed.messages.empty(), qPrintable(fileName + QStringLiteral(" is empty")));
    QStringList problems;
    for (const auto &[key, message] : committed.messages) {
        if (!message.type.isEmpty() || message.translations.contains(QString()) ||
            message.translations.isEmpty())
            continue; // inStepWithSources reports these
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        // n = 1 picks the first form in English, Spanish and French alike.
        const QString shipped = translator.translate(
            context.constData(), source.constData(),
            comment.isEmpty() ? nullptr : comment.constData(), message.numerus ? 1 : -1);
        if (shipped != message.translations.constFirst())
            problems << describe(fileName, message,
                                 QStringLiteral("the build ships \"%1\", the file says \"%2\"")
                                     .arg(shipped, message.translations.constFirst()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)

#include "tst_translations.moc"
