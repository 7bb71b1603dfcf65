#include "trainer.h"

#include "enginelogging.h"
#include "modelcontract.h"
#include "stats/pooling.h"
#include "trainingenvelope.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

QString familyKey(GlmFamily family)
{
    return family == GlmFamily::Poisson ? QStringLiteral("poisson") : QStringLiteral("negbin");
}

GlmOptions glmOptions(GlmFamily family, double ridge, std::vector<double> offset)
{
    GlmOptions options;
    options.family = family;
    options.ridge = ridge;
    options.offset = std::move(offset);
    return options;
}

// The training set's rows as cross-validation folds: one per storm.
std::vector<double> heldOutMeans(const DesignMatrix &design, const GlmFit &fit,
                                 std::span<const double> offset)
{
    auto mean = Glm::linearPredictor(design, fit.coefficients, offset);
    for (double &m : mean)
        m = std::exp(m);
    return mean;
}

// The term whose removal the failing contract check asks for: interactions first (they refine
// the main effect), the one the data support least (smallest |z|); then the main effect.
std::optional<Term> termToConstrain(const OutageModel &model, Feature feature)
{
    std::optional<Term> worst;
    double worstZ = std::numeric_limits<double>::infinity();
    bool worstIsInteraction = false;
    for (std::size_t k = 0; k < model.terms.size(); ++k) {
        const TermInfo &info = ModelTerms::info(model.terms[k]);
        if (std::find(info.uses.begin(), info.uses.end(), feature) == info.uses.end())
            continue;
        const bool interaction = info.uses.size() > 1;
        const double se = std::sqrt(model.covariance[k + 1 + (k + 1) * (model.terms.size() + 1)]);
        const double z = std::abs(model.coefficients[k + 1]) / se;
        if (!worst || (interaction && !worstIsInteraction) ||
            (interaction == worstIsInteraction && z < worstZ)) {
            worst = model.terms[k];
            worstZ = z;
            worstIsInteraction = interaction;
        }
    }
    return worst;
}

QJsonObject scoreJson(const CrossValidation &cv)
{
    return {{QStringLiteral("mean_log_score"), cv.meanLogScore},
            {QStringLiteral("mean_deviance"), cv.meanDeviance},
            {QStringLiteral("rows"), double(cv.rows)}};
}

} // namespace

std::vector<double> Trainer::ridgeGrid(qsizetype rows)
{
    std::vector<double> grid{0.0};
    for (const double share : {1e-4, 1e-3, 1e-2, 1e-1})
        grid.push_back(share * double(rows));
    return grid;
}

Result<OutageModel> Trainer::fit(const TrainingSet &set, const std::vector<Term> &terms,
                                 GlmFamily family, double ridge, bool pooled)
{
    const DesignMatrix raw = set.design(terms);
    const Standardiser standardiser(raw);
    const DesignMatrix design = standardiser.apply(raw);
    const GlmOptions options = glmOptions(family, ridge, set.offset);

    GlmFit glm;
    OutageModel model;
    if (pooled) {
        PoolingOptions pooling;
        pooling.glm = options;
        auto fitted = Pooling::fit(design, set.response, set.territories, pooling);
        if (!fitted)
            return fitted.error();
        const PooledFit &p = fitted.value();
        glm = p.fixedEffects;
        model.pooled = true;
        model.territoryTau2 = p.tau2;
        for (qsizetype g = 0; g < p.groups.size(); ++g)
            model.territoryEffects.insert(p.groups.at(g), {p.groupEffects[std::size_t(g)],
                                                           p.groupStandardErrors[std::size_t(g)]});
    } else {
        auto fitted = Glm::fit(design, set.response, options);
        if (!fitted)
            return fitted.error();
        glm = std::move(fitted).value();
    }
    if (glm.aliasedCount() > 0) {
        std::vector<Term> kept;
        for (std::size_t k = 0; k < terms.size(); ++k)
            if (!glm.aliased[k + 1])
                kept.push_back(terms[k]);
        qCInfo(lcEngine) << "dropping" << terms.size() - kept.size() << "aliased term(s)";
        return fit(set, kept, family, ridge, pooled);
    }
    if (!glm.converged)
        return Error{
            tr("the fit did not converge in %1 iterations").arg(glm.iterations), {}, 0, {}};
    model.family = family;
    model.terms = terms;
    model.coefficients = standardiser.coefficientsToRaw(glm.coefficients);
    model.covariance = standardiser.covarianceToRaw(glm.covariance);
    model.theta = glm.theta;
    model.thetaSE = glm.thetaSE;
    model.ridge = ridge;
    model.trainingRows = set.rows();
    model.trainingStorms = set.storms.levels.size();
    return model;
}

Result<CrossValidation> Trainer::crossValidate(const TrainingSet &set,
                                               const std::vector<Term> &terms, GlmFamily family,
                                               double ridge, const Grouping &folds)
{
    const DesignMatrix raw = set.design(terms);
    const DesignMatrix design = Standardiser(raw).apply(raw);
    const auto model = [&](const std::vector<qsizetype> &train,
                           const std::vector<qsizetype> &test) -> Result<HeldOutPrediction> {
        auto fitted = Glm::fit(
            CrossValidator::subset(design, train), CrossValidator::subset(set.response, train),
            glmOptions(family, ridge, CrossValidator::subset(set.offset, train)));
        if (!fitted)
            return fitted.error();
        return HeldOutPrediction{heldOutMeans(CrossValidator::subset(design, test), fitted.value(),
                                              CrossValidator::subset(set.offset, test)),
                                 fitted.value().theta};
    };
    return CrossValidator::leaveOneGroupOut(folds, set.response, model);
}

Result<Trainer::RidgeChoice> Trainer::chooseRidge(const TrainingSet &set,
                                                  const std::vector<Term> &terms, GlmFamily family,
                                                  const Grouping &folds)
{
    RidgeChoice choice;
    double best = std::numeric_limits<double>::infinity();
    for (const double ridge : ridgeGrid(set.rows())) {
        auto cv = crossValidate(set, terms, family, ridge, folds);
        if (!cv)
            return cv.error();
        choice.path.emplace_back(ridge, cv.value().meanLogScore);
        if (cv.value().meanLogScore < best) {
            best = cv.value().meanLogScore;
            choice.ridge = ridge;
        }
    }
    return choice;
}

Result<OutageModel> Trainer::train(const TrainingSet &set, const TrainOptions &options)
{
    std::vector<Term> terms = set.terms;
    if (!options.terms.empty())
        std::erase_if(terms, [&](Term t) {
            return std::find(options.terms.begin(), options.terms.end(), t) == options.terms.end();
        });
    if (terms.empty())
        return Error{tr("no model term is left to fit"), {}, 0, {}};

    QJsonObject metrics;
    double ridge = options.ridge.value_or(0.0);
    if (!options.ridge && options.crossValidate) {
        auto choice = chooseRidge(set, terms, options.family, set.storms);
        if (!choice)
            return choice.error();
        ridge = choice.value().ridge;
        QJsonArray path;
        for (const auto &[lambda, score] : choice.value().path)
            path.append(QJsonObject{{QStringLiteral("lambda"), lambda},
                                    {QStringLiteral("mean_log_score"), score}});
        metrics.insert(QStringLiteral("ridge_path"), path);
    }
    metrics.insert(QStringLiteral("ridge"), ridge);

    bool pooled = options.pooling == TrainOptions::Pooling::Pooled;
    if (options.crossValidate) {
        const DesignMatrix raw = set.design(terms);
        PoolingOptions pooling;
        pooling.glm = glmOptions(options.family, ridge, set.offset);
        auto comparison = CrossValidator::compareGlobalAndPooled(
            Standardiser(raw).apply(raw), set.response, set.territories, set.storms, pooling);
        if (comparison) {
            metrics.insert(QStringLiteral("global"), scoreJson(comparison.value().global));
            metrics.insert(QStringLiteral("pooled"), scoreJson(comparison.value().pooled));
            if (options.pooling == TrainOptions::Pooling::Auto)
                pooled = comparison.value().pooledWins();
        } else if (options.pooling == TrainOptions::Pooling::Pooled) {
            return comparison.error();
        } else {
            // The global model stands on its own; the pooled one is reported as not fitted.
            metrics.insert(QStringLiteral("pooling_failed"), comparison.error().message);
            pooled = false;
        }
    }
    metrics.insert(QStringLiteral("chosen"),
                   pooled ? QStringLiteral("pooled") : QStringLiteral("global"));
    metrics.insert(QStringLiteral("family"), familyKey(options.family));

    auto fitted = fit(set, terms, options.family, ridge, pooled);
    if (!fitted)
        return fitted.error();
    OutageModel model = std::move(fitted).value();
    QStringList constrained;
    model.contract = ModelContract::check(model, set);
    while (options.constrain && !model.contract.passed()) {
        std::optional<Term> drop;
        for (const ContractCheck &check : model.contract.checks)
            if (check.expectation == Expectation::NeverLowers && !check.passed() && !drop)
                drop = termToConstrain(model, check.feature);
        if (!drop)
            break;
        constrained << QStringLiteral("%1 (%2)")
                           .arg(ModelTerms::key(*drop))
                           .arg(model.coefficient(*drop), 0, 'g', 4);
        terms.erase(std::find(terms.begin(), terms.end(), *drop));
        auto refit = fit(set, terms, options.family, ridge, pooled);
        if (!refit)
            return refit.error();
        model = std::move(refit).value();
        model.contract = ModelContract::check(model, set);
    }
    model.contract.constrained = constrained;

    auto storms = TrainingEnvelopes::stormEffectSd(set, model);
    if (!storms)
        return storms.error();
    model.stormEffectSd = storms.value();
    model.envelope = TrainingEnvelopes::build(set);
    model.reference = TrainingEnvelopes::reference(set);
    model.metrics = metrics;
    model.fingerprint = set.fingerprint();
    model.createdBy = options.user;
    model.createdTime = options.now;
    model.status =
        model.contract.passed() ? QStringLiteral("candidate") : QStringLiteral("rejected");
    return model;
}

} // namespace stormcrew
