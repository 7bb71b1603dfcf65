#pragma once

// The options the imports of rasters averaged per territory share (import raster, import ndvi).
#include "domain/result.h"
#include "ingest/zonalkernel.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace stormcrew::cli {

// Which band, how boundary pixels count, and the source recorded with the figures.
struct ZonalChoice {
    int band = 1;
    zonal::Weighting weighting = zonal::Weighting::Exact;
    QString source;
};

// Adds --band, --weighting and --source.
void addZonalOptions(QCommandLineParser &parser);

// The --band, --weighting and --source the user gave, or an error naming the option and file.
Result<ZonalChoice> zonalChoice(const QCommandLineParser &parser, const QString &file);

// A number option's value (none when not given), or an error naming the option and file.
Result<std::optional<double>> numberOption(const QCommandLineParser &parser, const QString &name,
                                           const QString &file);

} // namespace stormcrew::cli
