#pragma once

#include "domain/result.h"
#include "features/featuretable.h"
#include "modelterms.h"
#include "stats/designmatrix.h"

#include <QCoreApplication>

#include <array>
#include <span>
#include <vector>

namespace stormcrew {

// The rows a model learns from: one per (storm, territory) with outages and every input known.
struct TrainingSet {
    std::vector<Term> terms;
    std::vector<std::array<double, FeatureCount>> features; // raw, per row
    std::vector<double> response;
    std::vector<double> offset;      // ln(overhead km)
    Grouping storms;                 // per row, levels = storm codes (in history order)
    Grouping territories;            // per row, levels = territory codes (sorted)
    std::vector<QString> stormKinds; // per storm level
    std::vector<qint64> stormStarts; // per storm level
    QStringList notes;

    [[nodiscard]] qsizetype rows() const { return qsizetype(response.size()); }
    // Intercept and one column per term, in raw units; names are the terms' keys.
    [[nodiscard]] DesignMatrix design(std::span<const Term> terms) const;
    // The given rows (storm and territory levels kept), for cross-validation.
    [[nodiscard]] TrainingSet subset(const std::vector<qsizetype> &rows) const;
    // SHA-256 over the rows (storm, territory, features, outages), hex.
    [[nodiscard]] QString fingerprint() const;
};

class TrainingSetBuilder {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::TrainingSetBuilder)

public:
    // Keeps the candidate terms that every usable row can compute (a term whose inputs are missing
    // in more than 5 % of rows is left out, with a note), then the rows that have them all.
    [[nodiscard]] static Result<TrainingSet> build(const std::vector<FeatureTable> &history,
                                                   std::span<const Term> candidates);
};

// Centres and scales the columns of a design so that one ridge penalty treats every term alike,
// and maps coefficients fitted on the standardised columns back to the terms' own units.
class Standardiser {
public:
    explicit Standardiser(const DesignMatrix &design);
    [[nodiscard]] DesignMatrix apply(const DesignMatrix &design) const;
    [[nodiscard]] std::vector<double> coefficientsToRaw(std::span<const double> standard) const;
    [[nodiscard]] std::vector<double> covarianceToRaw(std::span<const double> standard) const;

private:
    std::vector<double> m_mean;
    std::vector<double> m_scale;
    int m_intercept = -1;
};

} // namespace stormcrew
