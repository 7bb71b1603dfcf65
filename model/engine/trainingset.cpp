#include "trainingset.h"

#include <QCryptographicHash>
#include <QMap>

#include <Eigen/Dense>

#include <cmath>

namespace stormcrew {

namespace {

constexpr double MaxMissingShare = 0.05;

bool usable(const FeatureTable &table, qsizetype row)
{
    const double km = table.values[std::size_t(Feature::OverheadKm)][std::size_t(row)];
    return std::isfinite(table.outages[std::size_t(row)]) && std::isfinite(km) && km > 0;
}

} // namespace

DesignMatrix TrainingSet::design(std::span<const Term> columns) const
{
    DesignMatrix design;
    design.rows = rows();
    design.interceptColumn = 0;
    design.names << QStringLiteral("(Intercept)");
    design.values.assign(std::size_t(design.rows), 1.0);
    for (const Term term : columns) {
        design.names << ModelTerms::key(term);
        for (const auto &row : features)
            design.values.push_back(ModelTerms::value(term, row));
    }
    return design;
}

TrainingSet TrainingSet::subset(const std::vector<qsizetype> &rows) const
{
    TrainingSet out;
    out.terms = terms;
    out.storms.levels = storms.levels;
    out.territories.levels = territories.levels;
    out.stormKinds = stormKinds;
    out.stormStarts = stormStarts;
    for (const qsizetype row : rows) {
        const auto r = std::size_t(row);
        out.features.push_back(features[r]);
        out.response.push_back(response[r]);
        out.offset.push_back(offset[r]);
        out.storms.index.push_back(storms.index[r]);
        out.territories.index.push_back(territories.index[r]);
    }
    return out;
}

QString TrainingSet::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < rows(); ++i) {
        hash.addData(storms.levels.at(storms.index[std::size_t(i)]).toUtf8());
        hash.addData(territories.levels.at(territories.index[std::size_t(i)]).toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(features[std::size_t(i)].data()),
                                    qsizetype(sizeof(double) * FeatureCount)));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&response[std::size_t(i)]),
                                    qsizetype(sizeof(double))));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<TrainingSet> TrainingSetBuilder::build(const std::vector<FeatureTable> &history,
                                              std::span<const Term> candidates)
{
    TrainingSet set;
    qsizetype usableRows = 0;
    std::vector<qsizetype> missing(candidates.size(), 0);
    for (const FeatureTable &table : history) {
        if (table.outages.size() != table.territoryIds.size())
            continue;
        for (qsizetype row = 0; row < table.rows(); ++row) {
            if (!usable(table, row))
                continue;
            ++usableRows;
            const auto features = featureRow(table, row);
            for (std::size_t k = 0; k < candidates.size(); ++k)
                if (!std::isfinite(ModelTerms::value(candidates[k], features)))
                    ++missing[k];
        }
    }
    if (usableRows == 0)
        return Error{tr("no past storm with recorded outages and overhead line lengths to learn "
                        "from; import storms, their incidents or outcomes, and assets first"),
                     {},
                     0,
                     {}};
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (double(missing[k]) > MaxMissingShare * double(usableRows)) {
            set.notes << tr("%1 left out: its inputs are missing for %2 of %3 storm-territory rows")
                             .arg(ModelTerms::key(candidates[k]))
                             .arg(missing[k])
                             .arg(usableRows);
            continue;
        }
        set.terms.push_back(candidates[k]);
    }

    QMap<QString, int> territoryLevel;
    for (const FeatureTable &table : history)
        for (const QString &code : table.territoryCodes)
            territoryLevel.insert(code, 0);
    int level = 0;
    for (auto it = territoryLevel.begin(); it != territoryLevel.end(); ++it) {
        it.value() = level++;
        set.territories.levels << it.key();
    }

    qsizetype dropped = 0;
    for (const FeatureTable &table : history) {
        if (table.outages.size() != table.territoryIds.size())
            continue;
        const int storm = int(set.storms.levels.size());
        bool any = false;
        for (qsizetype row = 0; row < table.rows(); ++row) {
            if (!usable(table, row))
                continue;
            const auto features = featureRow(table, row);
            bool complete = true;
            for (const Term term : set.terms)
                complete = complete && std::isfinite(ModelTerms::value(term, features));
            if (!complete) {
                ++dropped;
                continue;
            }
            any = true;
            set.features.push_back(features);
            set.response.push_back(table.outages[std::size_t(row)]);
            set.offset.push_back(std::log(features[std::size_t(Feature::OverheadKm)]));
            set.storms.index.push_back(storm);
            set.territories.index.push_back(territoryLevel.value(table.territoryCodes.at(row)));
        }
        if (any) {
            set.storms.levels << table.stormCode;
            set.stormKinds.push_back(table.stormKind);
            set.stormStarts.push_back(table.windowStart);
        }
    }
    if (dropped > 0)
        set.notes << tr("%1 storm-territory rows left out for missing inputs").arg(dropped);
    if (set.storms.levels.size() < 3)
        return Error{tr("%1 past storm(s) with complete inputs; a model needs at least 3 (and "
                        "learns well from 20 or more)")
                         .arg(set.storms.levels.size()),
                     {},
                     0,
                     {}};
    return set;
}

Standardiser::Standardiser(const DesignMatrix &design)
    : m_mean(std::size_t(design.cols()), 0.0)
    , m_scale(std::size_t(design.cols()), 1.0)
    , m_intercept(design.interceptColumn)
{
    for (qsizetype j = 0; j < design.cols(); ++j) {
        if (j == m_intercept)
            continue;
        const Eigen::Map<const Eigen::VectorXd> column(design.column(j), design.rows);
        const double mean = column.mean();
        const double sd = std::sqrt((column.array() - mean).square().mean());
        m_mean[std::size_t(j)] = mean;
        m_scale[std::size_t(j)] = sd > 0 ? sd : 1.0;
    }
}

DesignMatrix Standardiser::apply(const DesignMatrix &design) const
{
    DesignMatrix standard = design;
    for (qsizetype j = 0; j < design.cols(); ++j) {
        if (j == m_intercept)
            continue;
        Eigen::Map<Eigen::VectorXd> column(standard.values.data() + j * design.rows, design.rows);
        column = (column.array() - m_mean[std::size_t(j)]) / m_scale[std::size_t(j)];
    }
    return standard;
}

namespace {

// The linear map from standardised to raw coefficients: beta = A gamma.
Eigen::MatrixXd rawMap(const std::vector<double> &mean, const std::vector<double> &scale,
                       int intercept)
{
    const auto p = Eigen::Index(mean.size());
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(p, p);
    for (Eigen::Index j = 0; j < p; ++j) {
        if (j == intercept) {
            a(j, j) = 1;
            continue;
        }
        a(j, j) = 1.0 / scale[std::size_t(j)];
        if (intercept >= 0)
            a(intercept, j) = -mean[std::size_t(j)] / scale[std::size_t(j)];
    }
    return a;
}

} // namespace

std::vector<double> Standardiser::coefficientsToRaw(std::span<const double> standard) const
{
    const Eigen::Map<const Eigen::VectorXd> gamma(standard.data(), Eigen::Index(standard.size()));
    const Eigen::VectorXd beta = rawMap(m_mean, m_scale, m_intercept) * gamma;
    return {beta.data(), beta.data() + beta.size()};
}

std::vector<double> Standardiser::covarianceToRaw(std::span<const double> standard) const
{
    const auto p = Eigen::Index(m_mean.size());
    const Eigen::Map<const Eigen::MatrixXd> sigma(standard.data(), p, p);
    const Eigen::MatrixXd a = rawMap(m_mean, m_scale, m_intercept);
    const Eigen::MatrixXd raw = a * sigma * a.transpose();
    return {raw.data(), raw.data() + raw.size()};
}

} // namespace stormcrew
