#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace stormcrew {

// The options every Stormcrew executable shares, after parsing.
struct CommonOptions {
    QString dbPath;   // --db, or the default store location
    QString language; // --lang, or empty for the system locale
    bool verbose = false;
    bool readOnly = false;
};

// Parses the shared options (--help, --version, --db, --read-only, --verbose, --lang) on top of
// whatever options an executable adds, and applies the ones that configure the process.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::CommandLine)

public:
    explicit CommandLine(const QString &description);

    [[nodiscard]] QCommandLineParser &parser() { return m_parser; }
    [[nodiscard]] const QCommandLineParser &parser() const { return m_parser; }

    // Parses the arguments; prints help or version and exits for --help and --version, and exits
    // with status 2 and a message for an unknown option or a bad --lang.
    void process(const QStringList &arguments);

    [[nodiscard]] CommonOptions common() const;

    // The --lang value, read before translations are installed (so --help is translated).
    [[nodiscard]] static QString languageArgument(const QStringList &arguments);

    // Loads the translation of the language (en, es, fr; empty for the system locale) into app.
    static bool installTranslations(QCoreApplication &app, const QString &language);

    // Turns on debug output of every stormcrew.* logging category.
    static void enableVerboseLogging();

    [[nodiscard]] static QStringList supportedLanguages();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_verbose;
    QCommandLineOption m_lang;
};

} // namespace stormcrew
