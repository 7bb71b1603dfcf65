#include "glm.h"

#include "glmkernels.h"
#include "negbin.h"
#include "statslogging.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <optional>

namespace stormcrew {

namespace {

using Eigen::ArrayXd;
using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// Rows per block of the streamed pass: a block of the design and its weighted copy (2 x 256 x 11
// doubles) stay in the L1 cache while X'WX is accumulated from them.
constexpr Index BlockRows = 256;

// A column whose part that the columns before it do not explain is shorter than 1e-5 of its
// length (1e-10 in squared, Gram-matrix terms) is aliased. R's QR uses 1e-7 on the column itself;
// the Gram matrix squares the condition, hence the looser figure.
constexpr double AliasTolerance = 1e-10;

constexpr double Infinity = std::numeric_limits<double>::infinity();
constexpr double NotANumber = std::numeric_limits<double>::quiet_NaN();

// The data of a fit as the passes read it.
struct Problem {
    const double *x = nullptr; // n x p, column-major
    Index n = 0;
    Index p = 0;
    const double *y = nullptr;
    const double *offset = nullptr; // nullptr when there is none
};

enum class PassKind {
    Start, // Fisher weights at mu = y + 0.1, as R's glm.fit starts; rhs is X'Wz
    Step,  // observed-information weights at the current estimates; rhs is the score X'u
    Final, // Fisher weights (the covariance R reports), the deviance and the fitted means
};

// Everything one streamed pass over the rows gathers.
struct Pass {
    MatrixXd information; // X'WX, lower triangle
    VectorXd rhs;         // Start: X'Wz, z the working response less the offset; else X'u
    VectorXd cross;       // Step, negative binomial: d2 logL / d beta d theta
    double logLik = 0;    // the rows' share of the log-likelihood (histogram terms apart)
    ThetaSums theta;      // negative binomial: the rows' share of theta's score and information
    double pearson = 0;   // Poisson weights: sum of (y / mu - 1)^2, for theta's starting value
    double deviance = 0;  // Final only
};

// log(1 + x) for x > -1, vectorised: Eigen's log1p calls the scalar std::log1p row by row, which
// cost more than everything else in a pass. With u = 1 + x rounded, log(u) - ((u - 1) - x) / u
// removes the rounding of u to first order, so it stays accurate for tiny x (a large theta);
// x is mu / theta, and 1 / u = theta / (theta + mu) is known already: no division here.
template <typename Derived, typename Inverse>
ArrayXd accurateLog1p(const Eigen::ArrayBase<Derived> &x,
                      const Eigen::ArrayBase<Inverse> &inverseOfU)
{
    const ArrayXd u = 1 + x;
    return u.log() - ((u - 1) - x) * inverseOfU;
}

// One pass: eta and mu of a block of rows, then its share of X'WX, the score, the
// log-likelihood and theta's score and information. theta = infinity gives the Poisson.
//
// Step passes weigh rows by the observed information, theta mu (y + theta) / (mu + theta)^2,
// which is positive for every row, so that the iterations are Newton's method and converge
// quadratically; R's IRLS uses the expected (Fisher) information mu theta / (mu + theta) and
// converges linearly. Both reach the same estimates; the standard errors come from the Fisher
// information, as R's summary.glm gives them.
void runPass(const Problem &problem, const VectorXd &beta, double theta, PassKind kind, Pass &pass,
             double *fitted)
{
    const Index p = problem.p;
    pass.information.setZero(p, p);
    MatrixXd products = MatrixXd::Zero(p, 2); // X'u, and X'v for the cross term
    pass.logLik = 0;
    pass.theta = {};
    pass.pearson = 0;
    pass.deviance = 0;
    const bool negbin = std::isfinite(theta);
    const bool cross = negbin && kind == PassKind::Step;
    const double logTheta = negbin ? std::log(theta) : 0.0;
    ArrayXd eta(BlockRows), mu(BlockRows), weight(BlockRows), u(BlockRows), v(BlockRows);
    ArrayXd log1pRatio(BlockRows), inverse(BlockRows), ratio(BlockRows);
    MatrixXd weighted(BlockRows, p);
    const double *vectors[] = {u.data(), v.data()};
    for (Index start = 0; start < problem.n; start += BlockRows) {
        const Index rows = std::min(BlockRows, problem.n - start);
        const double *offset = problem.offset ? problem.offset + start : nullptr;
        const Eigen::Map<const ArrayXd> y(problem.y + start, rows);
        auto e = eta.head(rows);
        auto m = mu.head(rows);
        auto w = weight.head(rows);
        auto uu = u.head(rows);
        auto l = log1pRatio.head(rows);
        auto inv = inverse.head(rows);
        auto q = ratio.head(rows);
        if (kind == PassKind::Start)
            e = (y + 0.1).log();
        else
            kernels::linearPredictor(problem.x + start, problem.n, rows, p, beta.data(), offset,
                                     e.data());
        m = e.exp();
        if (negbin) {
            inv = 1 / (m + theta);
            q = (y + theta) * inv;
            w = theta * m * inv;
            uu = theta * (y - m) * inv;
            l = accurateLog1p(m * (1 / theta), theta * inv);
            pass.theta.score += double(rows) - l.sum() - q.sum();
            pass.theta.information += -double(rows) / theta + 2 * inv.sum() - (q * inv).sum();
            pass.logLik += (-theta * l + y * (e - logTheta - l)).sum();
            if (cross) {
                v.head(rows) = (y - m) * m * inv * inv;
                w *= q;
            }
        } else {
            w = m;
            uu = y - m;
            pass.pearson += (uu / m).square().sum();
            pass.logLik += (y * e - m).sum();
        }
        if (kind == PassKind::Start) {
            // The normal equations for the coefficients themselves: X'W z, z less the offset.
            uu = w * (e + (y - m) / m);
            if (offset)
                uu -= w * Eigen::Map<const ArrayXd>(offset, rows);
        }
        kernels::accumulate(problem.x + start, problem.n, rows, p, w.data(), vectors, cross ? 2 : 1,
                            weighted.data(), pass.information.data(), products.data());
        if (kind != PassKind::Final)
            continue;
        // y log(y / mu) with y log y summed by the caller from the histogram.
        pass.deviance += -2 * (y * e).sum();
        if (negbin)
            pass.deviance +=
                -2 * ((y + theta) * accurateLog1p((y - m) * inv, (m + theta) / (y + theta))).sum();
        else
            pass.deviance += -2 * (y - m).sum();
        if (fitted)
            std::copy(m.data(), m.data() + rows, fitted + start);
    }
    pass.rhs = products.col(0);
    pass.cross = products.col(1);
}

// The columns that are not aliased, found by a Cholesky factorisation of the scaled Gram matrix
// in column order (R keeps the first of two collinear columns too).
std::vector<Index> activeColumns(const MatrixXd &lower)
{
    const Index p = lower.rows();
    MatrixXd gram = lower.selfadjointView<Eigen::Lower>();
    const VectorXd scale = gram.diagonal().cwiseMax(1e-300).cwiseSqrt().cwiseInverse();
    gram = scale.asDiagonal() * gram * scale.asDiagonal();
    std::vector<Index> active;
    MatrixXd factor = MatrixXd::Zero(p, p); // rows and columns of active columns only
    for (Index j = 0; j < p; ++j) {
        const Index k = Index(active.size());
        VectorXd column(k);
        for (Index a = 0; a < k; ++a)
            column(a) = gram(j, active[std::size_t(a)]);
        VectorXd solved = column;
        if (k > 0)
            factor.topLeftCorner(k, k).triangularView<Eigen::Lower>().solveInPlace(solved);
        const double residual = gram(j, j) - solved.squaredNorm();
        if (!(residual > AliasTolerance))
            continue;
        factor.row(k).head(k) = solved.transpose();
        factor(k, k) = std::sqrt(residual);
        active.push_back(j);
    }
    return active;
}

// The penalised information matrix of the active columns: X'WX + lambda * P.
MatrixXd penalised(const MatrixXd &lower, const std::vector<Index> &active, double ridge,
                   int interceptColumn)
{
    const Index q = Index(active.size());
    MatrixXd full = lower.selfadjointView<Eigen::Lower>();
    MatrixXd matrix(q, q);
    for (Index a = 0; a < q; ++a) {
        for (Index b = 0; b < q; ++b)
            matrix(a, b) = full(active[std::size_t(a)], active[std::size_t(b)]);
        if (active[std::size_t(a)] != interceptColumn)
            matrix(a, a) += ridge;
    }
    return matrix;
}

// Tables from this many rows on start from the fit of a systematic sample of SampleRows rows.
constexpr Index WarmStartRows = 200000;
constexpr Index SampleRows = 50000;

// The fit of every k-th row, or nothing for a small table or a sample that fails (the full fit
// then starts cold). The ridge is scaled to the sample, whose log-likelihood is smaller.
std::optional<GlmFit> warmStart(const DesignMatrix &design, std::span<const double> y,
                                const GlmOptions &options)
{
    const Index n = design.rows;
    if (n < WarmStartRows)
        return std::nullopt;
    const Index stride = n / SampleRows;
    DesignMatrix sample;
    sample.rows = (n + stride - 1) / stride;
    sample.names = design.names;
    sample.interceptColumn = design.interceptColumn;
    sample.values.reserve(std::size_t(sample.rows * design.cols()));
    for (Index j = 0; j < design.cols(); ++j) {
        const double *column = design.column(j);
        for (Index i = 0; i < n; i += stride)
            sample.values.push_back(column[i]);
    }
    std::vector<double> sampleY;
    GlmOptions sampleOptions = options;
    sampleOptions.offset.clear();
    sampleOptions.ridge = options.ridge * double(sample.rows) / double(n);
    for (Index i = 0; i < n; i += stride) {
        sampleY.push_back(y[std::size_t(i)]);
        if (!options.offset.empty())
            sampleOptions.offset.push_back(options.offset[std::size_t(i)]);
    }
    auto fitted = Glm::fit(sample, sampleY, sampleOptions);
    if (!fitted || !fitted.value().converged)
        return std::nullopt;
    qCDebug(lcStats) << "warm start from" << sample.rows << "rows: theta" << fitted.value().theta;
    return std::move(fitted).value();
}

} // namespace

qsizetype GlmFit::aliasedCount() const
{
    return std::count(aliased.begin(), aliased.end(), true);
}

Result<GlmFit> Glm::fit(const DesignMatrix &design, std::span<const double> y,
                        const GlmOptions &options)
{
    const Index n = design.rows;
    const Index p = design.cols();
    if (n == 0 || p == 0 || qsizetype(design.values.size()) != n * p)
        return Error{tr("the model has no rows or no coefficients"), {}, 0, {}};
    if (qsizetype(y.size()) != n)
        return Error{tr("the response has %1 rows, the design %2").arg(y.size()).arg(n), {}, 0, {}};
    if (!options.offset.empty() && qsizetype(options.offset.size()) != n)
        return Error{tr("the offset has %1 rows, the design %2").arg(options.offset.size()).arg(n),
                     {},
                     0,
                     {}};
    if (!(options.ridge >= 0) || !std::isfinite(options.ridge))
        return Error{
            tr("the ridge penalty must be zero or positive, not %1").arg(options.ridge), {}, 0, {}};
    for (Index i = 0; i < n; ++i) {
        const double value = y[std::size_t(i)];
        if (!(value >= 0) || value != std::floor(value) || !std::isfinite(value))
            return Error{tr("row %1: the response must be a count (a whole number, zero or more), "
                            "not %2")
                             .arg(i + 1)
                             .arg(value),
                         {},
                         0,
                         {}};
    }

    const Problem problem{design.values.data(), n, p, y.data(),
                          options.offset.empty() ? nullptr : options.offset.data()};
    const CountHistogram histogram(y);
    const bool negbin = options.family == GlmFamily::NegativeBinomial;
    const bool estimating = negbin && !(options.theta > 0);
    const double ridge = options.ridge;
    // The log-likelihood: a pass gives the rows' terms, the histogram those in y alone.
    const auto logLikelihood = [&](const Pass &pass, double theta) {
        return pass.logLik + (std::isfinite(theta) ? histogram.lgammaTerms(theta)
                                                   : -histogram.lgammaFactorials());
    };
    // What the iterations maximise: the log-likelihood less the ridge penalty.
    const auto objective = [&](const Pass &pass, const VectorXd &beta, double theta) {
        double penalty = 0;
        for (Index j = 0; j < p; ++j)
            penalty += j == design.interceptColumn ? 0.0 : beta(j) * beta(j);
        return logLikelihood(pass, theta) - ridge / 2 * penalty;
    };

    // Until theta has a first value, the negative binomial takes Poisson steps (R's glm.nb fits
    // the Poisson first).
    double theta = negbin && !estimating ? options.theta : Infinity;
    bool thetaStarted = !estimating;
    VectorXd beta = VectorXd::Zero(p);
    Pass pass;
    std::vector<Index> active;
    Index q = 0;
    bool aliasingKnown = false;
    // Aliased columns are found on the first pass over all rows.
    const auto findAliased = [&](const Pass &from) {
        active = activeColumns(from.information);
        q = Index(active.size());
        aliasingKnown = true;
    };

    // Solves a symmetric system that must be positive definite (a maximum, not a saddle).
    const auto solveDefinite = [](const MatrixXd &matrix, const VectorXd &rhs, VectorXd &solution) {
        const Eigen::LDLT<MatrixXd> factor(matrix);
        if (factor.info() != Eigen::Success || !(factor.vectorD().minCoeff() > 0))
            return false;
        solution = factor.solve(rhs);
        return solution.allFinite();
    };
    const auto activePart = [&](const VectorXd &full) {
        VectorXd part(q);
        for (Index a = 0; a < q; ++a)
            part(a) = full(active[std::size_t(a)]);
        return part;
    };
    const Error singular{tr("the fit broke down: the weighted design is singular (counts too "
                            "large, or a predictor that separates zero counts)"),
                         {},
                         0,
                         {}};

    if (const std::optional<GlmFit> start = warmStart(design, y, options)) {
        // A big table starts from the fit of a sample of its rows: a few SEs from the optimum,
        // where the log-likelihood is all but quadratic and Newton needs two or three passes.
        for (Index j = 0; j < p; ++j) {
            const double value = start->coefficients[std::size_t(j)];
            beta(j) = std::isfinite(value) ? value : 0.0;
        }
        if (estimating) {
            theta = start->theta;
            thetaStarted = true;
        }
    } else {
        runPass(problem, beta, theta, PassKind::Start, pass, nullptr);
        findAliased(pass);
        // The first step solves the normal equations for the coefficients themselves.
        VectorXd solved;
        if (!solveDefinite(penalised(pass.information, active, ridge, design.interceptColumn),
                           activePart(pass.rhs), solved))
            return singular;
        for (Index a = 0; a < q; ++a)
            beta(active[std::size_t(a)]) = solved(a);
    }

    GlmFit fit;
    struct Accepted {
        VectorXd beta;
        double theta = 0;
        double objective = -Infinity;
    } accepted{beta, theta, -Infinity};
    int halvings = 0;
    double previousDecrement = 0;
    bool previousNewton = false;
    for (fit.iterations = 1; fit.iterations <= options.maxIter; ++fit.iterations) {
        runPass(problem, beta, theta, PassKind::Step, pass, nullptr);
        if (!aliasingKnown)
            findAliased(pass);
        const double current = objective(pass, beta, theta);
        // Step halving, as glm.fit does when a step makes things worse.
        if (!(current >= accepted.objective - 1e-10 * (1 + std::abs(accepted.objective))) &&
            halvings < 30) {
            ++halvings;
            beta = (beta + accepted.beta) / 2;
            if (std::isfinite(theta) && std::isfinite(accepted.theta))
                theta = (theta + accepted.theta) / 2;
            continue;
        }
        const bool afterHalving = halvings > 0;
        halvings = 0;
        accepted = {beta, theta, current};

        // Newton's step for the coefficients: the score less the penalty's gradient.
        const MatrixXd hessian = penalised(pass.information, active, ridge, design.interceptColumn);
        VectorXd gradient = activePart(pass.rhs);
        for (Index a = 0; a < q; ++a) {
            if (active[std::size_t(a)] != design.interceptColumn)
                gradient(a) -= ridge * beta(active[std::size_t(a)]);
        }
        VectorXd step;
        double nextTheta = theta;
        double decrement = 0;
        bool justStarted = false;
        bool newton = !afterHalving; // a full Newton step from an accepted point
        if (!thetaStarted) {
            // R's theta.ml starts from the method of moments, n / sum (y/mu - 1)^2.
            const double start = pass.pearson > 0 ? double(n) / pass.pearson : MaxTheta;
            nextTheta = std::clamp(start, 1e-8, MaxTheta);
            thetaStarted = justStarted = true;
            accepted.objective = -Infinity; // the family changes: objectives do not compare
            if (!solveDefinite(hessian, gradient, step))
                return singular;
        } else if (estimating) {
            // Newton's step for coefficients and theta together, with their cross term.
            const double score = histogram.digammaDifference(theta) + pass.theta.score;
            const double thetaInformation =
                -histogram.trigammaDifference(theta) + pass.theta.information;
            MatrixXd joint(q + 1, q + 1);
            joint.topLeftCorner(q, q) = hessian;
            joint.col(q).head(q) = -activePart(pass.cross);
            joint.row(q).head(q) = joint.col(q).head(q).transpose();
            joint(q, q) = thetaInformation;
            VectorXd jointGradient(q + 1);
            jointGradient << gradient, score;
            VectorXd jointStep;
            double thetaStep = 0;
            if (solveDefinite(joint, jointGradient, jointStep)) {
                step = jointStep.head(q);
                thetaStep = jointStep(q);
                decrement = jointStep.dot(joint * jointStep);
            } else {
                newton = false;
                // Not concave here: a step for each on its own, theta's kept in bounds.
                if (!solveDefinite(hessian, gradient, step))
                    return singular;
                thetaStep = thetaInformation > 0 ? score / thetaInformation
                                                 : (score > 0 ? 3 * theta : -0.75 * theta);
                decrement = step.dot(hessian * step) +
                            thetaStep * thetaStep * std::max(thetaInformation, 0.0);
            }
            nextTheta = std::clamp(theta + thetaStep, std::max(theta / 4, 1e-8),
                                   std::min(4 * theta, MaxTheta));
            if (!std::isfinite(nextTheta))
                nextTheta = theta;
            newton = newton && nextTheta == theta + thetaStep;
        } else {
            if (!solveDefinite(hessian, gradient, step))
                return singular;
            decrement = step.dot(hessian * step);
        }
        qCDebug(lcStats) << "IRLS pass" << fit.iterations << "log-likelihood" << current << "theta"
                         << theta << "step" << decrement;
        for (Index a = 0; a < q; ++a)
            beta(active[std::size_t(a)]) += step(a);
        theta = nextTheta;
        // Newton converges quadratically: the next decrement is about C * decrement^2, with C
        // read off the last two. When that prediction is below tol, the step just taken has
        // already reached it, and the pass that would confirm it is saved (a pass over a
        // million rows is most of a fit's time). Only from full Newton steps, near the optimum.
        const bool quadratic = newton && previousNewton && previousDecrement > 0 &&
                               decrement < 1e-4 && decrement < previousDecrement;
        const double predicted =
            quadratic ? decrement / (previousDecrement * previousDecrement) * decrement * decrement
                      : Infinity;
        if (!justStarted && (decrement < options.tol || predicted < options.tol)) {
            fit.converged = true;
            break;
        }
        previousDecrement = justStarted ? 0.0 : decrement;
        previousNewton = newton;
    }
    fit.iterations = std::min(fit.iterations, options.maxIter);

    // A last pass at the estimates gives the information the covariance comes from, the
    // log-likelihood, the deviance and the fitted means.
    fit.fitted.resize(std::size_t(n));
    runPass(problem, beta, theta, PassKind::Final, pass, fit.fitted.data());
    fit.family = options.family;
    fit.names = design.names;
    fit.rows = n;
    fit.rank = int(q);
    fit.ridge = ridge;
    fit.theta = negbin ? theta : Infinity;
    fit.logLik = logLikelihood(pass, theta);
    double yLogY = 0;
    for (std::size_t k = 0; k < histogram.values().size(); ++k) {
        const double value = histogram.values()[k];
        yLogY += value > 0 ? histogram.counts()[k] * value * std::log(value) : 0.0;
    }
    fit.deviance = 2 * yLogY + pass.deviance;
    fit.aic = -2 * fit.logLik + 2 * fit.rank + (estimating ? 2 : 0);
    if (estimating) {
        const double information = -histogram.trigammaDifference(theta) + pass.theta.information;
        fit.thetaSE = information > 0 ? 1 / std::sqrt(information) : NotANumber;
    }

    const MatrixXd inverse = penalised(pass.information, active, ridge, design.interceptColumn)
                                 .ldlt()
                                 .solve(MatrixXd::Identity(q, q));
    fit.coefficients.assign(std::size_t(p), NotANumber);
    fit.standardErrors.assign(std::size_t(p), NotANumber);
    fit.covariance.assign(std::size_t(p * p), NotANumber);
    fit.aliased.assign(std::size_t(p), true);
    for (Index a = 0; a < q; ++a) {
        const Index j = active[std::size_t(a)];
        fit.aliased[std::size_t(j)] = false;
        fit.coefficients[std::size_t(j)] = beta(j);
        fit.standardErrors[std::size_t(j)] = std::sqrt(inverse(a, a));
        for (Index b = 0; b < q; ++b)
            fit.covariance[std::size_t(active[std::size_t(b)] * p + j)] = inverse(a, b);
    }
    if (!fit.converged)
        qCWarning(lcStats) << "the GLM did not converge in" << options.maxIter << "passes";
    return fit;
}

std::vector<double> Glm::linearPredictor(const DesignMatrix &design,
                                         std::span<const double> coefficients,
                                         std::span<const double> offset)
{
    const Index n = design.rows;
    VectorXd beta(design.cols());
    for (Index j = 0; j < beta.size(); ++j)
        beta(j) = std::isnan(coefficients[std::size_t(j)]) ? 0.0 : coefficients[std::size_t(j)];
    std::vector<double> eta(static_cast<std::size_t>(n));
    Eigen::Map<VectorXd>(eta.data(), n) =
        Eigen::Map<const MatrixXd>(design.values.data(), n, design.cols()) * beta;
    if (!offset.empty()) {
        for (Index i = 0; i < n; ++i)
            eta[std::size_t(i)] += offset[std::size_t(i)];
    }
    return eta;
}

} // namespace stormcrew
