#include "commandline.h"

#include "enginelogging.h"
#include "store/store.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace stormcrew {

CommandLine::CommandLine(const QString &description)
    : m_db(QStringList{QStringLiteral("db")},
           tr("Store file to open (default: %1).").arg(Store::defaultPath()), tr("path"))
    , m_readOnly(QStringList{QStringLiteral("read-only")}, tr("Open the store for viewing only."))
    , m_verbose(QStringList{QStringLiteral("verbose")}, tr("Print debug messages."))
    , m_lang(QStringList{QStringLiteral("lang")},
             tr("Language of the interface: en, es or fr "
                "(default: the system's)."),
             tr("language"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_db, m_readOnly, m_verbose, m_lang});
}

void CommandLine::process(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(m_parser.errorText()),
                     qPrintable(tr("Run with --help to see the options.")));
        std::exit(2);
    }
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(0);
    if (m_parser.isSet(QStringLiteral("version")))
        m_parser.showVersion();
    const QString lang = m_parser.value(m_lang);
    if (!lang.isEmpty() && !supportedLanguages().contains(lang)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("--lang %1 is not available; choose one of: %2")
                                    .arg(lang, supportedLanguages().join(QStringLiteral(", ")))));
        std::exit(2);
    }
    if (m_parser.isSet(m_verbose))
        enableVerboseLogging();
}

CommonOptions CommandLine::common() const
{
    CommonOptions options;
    options.dbPath = m_parser.isSet(m_db) ? m_parser.value(m_db) : Store::defaultPath();
    options.language = m_parser.value(m_lang);
    options.verbose = m_parser.isSet(m_verbose);
    options.readOnly = m_parser.isSet(m_readOnly);
    return options;
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

QStringList CommandLine::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

bool CommandLine::installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    // Qt's own strings (dialog buttons, ...) first, then ours, which take precedence.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("stormcrew"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        qCDebug(lcEngine) << "no translation for" << locale.name() << "- using English";
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcEngine) << "translation" << translator->language() << "installed";
    return true;
}

void CommandLine::enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("stormcrew.*.debug=true"));
}

} // namespace stormcrew
