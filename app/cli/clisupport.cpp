// What the subcommands share: opening the store, reading time options, JSON numbers.
#include "clicommand.h"

#include <QTimeZone>

#include "ingest/timeparser.h"
#include "store/store.h"

#include <cmath>

namespace stormcrew::cli {

namespace {

struct CliSupport {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::cli::CliSupport)
};

} // namespace

std::unique_ptr<Store> openStore(const CommandLine &commandLine, QTextStream &err, bool needsWrite)
{
    const CommonOptions options = commandLine.common();
    if (needsWrite && options.readOnly) {
        err << CliSupport::tr("This command writes to the store; run it without --read-only.")
            << Qt::endl;
        return {};
    }
    auto opened = Store::open(options.dbPath, options.readOnly ? Store::Access::ReadOnly
                                                               : Store::Access::ReadWrite);
    if (!opened) {
        err << CliSupport::tr("Cannot open the store: %1").arg(opened.error().toString())
            << Qt::endl;
        return {};
    }
    return std::move(opened).value();
}

Result<std::optional<qint64>> timeOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::optional<qint64>();
    auto parsed = TimeParser(QTimeZone::utc()).parse(parser.value(name));
    if (!parsed)
        return Error{CliSupport::tr("--%1 %2: %3; give an ISO 8601 time such as "
                                    "2026-06-01T12:00Z")
                         .arg(name, parser.value(name), parsed.error().message),
                     {},
                     0,
                     QStringLiteral("--") + name};
    return std::optional<qint64>(parsed.value());
}

Result<GlmFamily> familyOption(const QCommandLineParser &parser)
{
    const QString family = parser.value(QStringLiteral("family"));
    if (family.isEmpty() || family == QLatin1String("negbin"))
        return GlmFamily::NegativeBinomial;
    if (family == QLatin1String("poisson"))
        return GlmFamily::Poisson;
    return Error{CliSupport::tr("--family %1: expected negbin or poisson").arg(family),
                 {},
                 0,
                 QStringLiteral("--family")};
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

} // namespace stormcrew::cli
