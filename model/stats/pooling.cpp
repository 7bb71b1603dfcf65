#include "pooling.h"

#include "negbin.h"
#include "statslogging.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace stormcrew {

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

// The interval searched for tau2 (log scale), from no spread to a factor of e^10 between groups.
constexpr double SmallestTau2 = 1e-8;
constexpr double LargestTau2 = 100;
constexpr double NegligibleTau2Change = 1e-7;
// A group effect beyond this (a group of zero counts with no pooling) is as good as infinite.
constexpr double LargestEffect = 40;

// One group's rows with the linear predictor of the fixed part (x beta + offset) of each.
struct Group {
    std::vector<double> y;
    std::vector<double> eta;
};

// A group's log-likelihood in b (terms free of b dropped), its score and information.
struct GroupTerms {
    double logLik = 0;
    double score = 0;
    double information = 0;
};

GroupTerms termsAt(const Group &group, double theta, double b)
{
    GroupTerms terms;
    for (std::size_t i = 0; i < group.y.size(); ++i) {
        const double y = group.y[i];
        const double eta = group.eta[i] + b;
        const double mu = std::exp(eta);
        if (std::isfinite(theta)) {
            const double inverse = 1 / (theta + mu);
            terms.logLik += y * eta - (y + theta) * std::log(theta + mu);
            terms.score += theta * (y - mu) * inverse;
            terms.information += theta * mu * (y + theta) * inverse * inverse;
        } else {
            terms.logLik += y * eta - mu;
            terms.score += y - mu;
            terms.information += mu;
        }
    }
    return terms;
}

// The mode of b's conditional posterior (Newton on a concave function), from start.
double conditionalMode(const Group &group, double theta, double tau2, double start)
{
    if (tau2 <= 0 || group.y.empty())
        return 0;
    const double precision = std::isfinite(tau2) ? 1 / tau2 : 0;
    double b = std::clamp(start, -LargestEffect, LargestEffect);
    for (int iteration = 0; iteration < 100; ++iteration) {
        const GroupTerms terms = termsAt(group, theta, b);
        const double gradient = terms.score - b * precision;
        const double information = terms.information + precision;
        const double step = information > 0 ? std::clamp(gradient / information, -2.0, 2.0)
                                            : (gradient > 0 ? 2.0 : -2.0);
        b = std::clamp(b + step, -LargestEffect, LargestEffect);
        if (std::abs(step) < 1e-12 || std::abs(b) == LargestEffect)
            break;
    }
    return b;
}

// The Laplace approximation of the marginal log-likelihood at tau2 (terms free of b and tau2
// dropped), with each group's conditional mode written to modes (warm starts from modes).
double marginal(const std::vector<Group> &groups, double theta, double tau2,
                std::vector<double> &modes)
{
    double total = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        modes[g] = conditionalMode(groups[g], theta, tau2, modes[g]);
        const GroupTerms terms = termsAt(groups[g], theta, modes[g]);
        total += terms.logLik;
        if (tau2 > 0)
            total -= modes[g] * modes[g] / (2 * tau2) + 0.5 * std::log1p(tau2 * terms.information);
    }
    return total;
}

// tau2 maximising the Laplace marginal: a golden-section search over log tau2, then the
// boundary tau2 = 0 (no spread between groups), which wins when the groups look alike.
double estimateTau2(const std::vector<Group> &groups, double theta, std::vector<double> &modes)
{
    const double golden = (std::sqrt(5.0) - 1) / 2;
    double low = std::log(SmallestTau2);
    double high = std::log(LargestTau2);
    double a = high - golden * (high - low);
    double b = low + golden * (high - low);
    double fa = marginal(groups, theta, std::exp(a), modes);
    double fb = marginal(groups, theta, std::exp(b), modes);
    while (high - low > 1e-6) {
        if (fa >= fb) {
            high = b;
            b = a;
            fb = fa;
            a = high - golden * (high - low);
            fa = marginal(groups, theta, std::exp(a), modes);
        } else {
            low = a;
            a = b;
            fa = fb;
            b = low + golden * (high - low);
            fb = marginal(groups, theta, std::exp(b), modes);
        }
    }
    const double best = std::exp((low + high) / 2);
    std::vector<double> none(modes.size(), 0.0);
    const double atZero = marginal(groups, theta, 0, none);
    return marginal(groups, theta, best, modes) >= atZero ? best : 0.0;
}

// The state the joint Newton iterations move: coefficients, group effects and theta.
struct JointState {
    Eigen::VectorXd beta;
    Eigen::VectorXd b;
    double theta = Infinity;
};

// What the joint iterations need of the data.
struct JointProblem {
    const DesignMatrix *design = nullptr;
    std::span<const double> y;
    std::span<const double> offset; // n values
    std::span<const int> group;
    std::vector<Eigen::Index> active; // coefficients that are not aliased
    std::vector<qsizetype> groupRows;
    double ridge = 0;
    bool estimateTheta = false;
};

// The joint mode of beta and the group effects b given tau2 (penalised likelihood: the normal
// prior on b is a ridge on the effects), with theta updated alongside: Newton's method on the
// observed information. The effects' block of the information is diagonal, so each step solves
// a p x p system (the Schur complement) and never a (p + groups) one. Returns false if a step
// cannot be solved.
bool jointMode(const JointProblem &problem, double tau2, JointState &state, int maxIter)
{
    using Eigen::Index;
    using Eigen::MatrixXd;
    using Eigen::VectorXd;
    const DesignMatrix &design = *problem.design;
    const Index n = design.rows;
    const Index q = Index(problem.active.size());
    const Index groups = state.b.size();
    const double precision = 1 / tau2;
    const CountHistogram histogram(problem.y);
    VectorXd x(q);
    for (int iteration = 0; iteration < maxIter; ++iteration) {
        MatrixXd a = MatrixXd::Zero(q, q);
        MatrixXd c = MatrixXd::Zero(q, groups);
        VectorXd d = VectorXd::Zero(groups);
        VectorXd gradientBeta = VectorXd::Zero(q);
        VectorXd gradientB = VectorXd::Zero(groups);
        ThetaSums sums;
        for (Index i = 0; i < n; ++i) {
            const auto g = Index(problem.group[std::size_t(i)]);
            double eta = problem.offset[std::size_t(i)] + state.b(g);
            for (Index k = 0; k < q; ++k) {
                x(k) = design.column(problem.active[std::size_t(k)])[i];
                eta += x(k) * state.beta(problem.active[std::size_t(k)]);
            }
            const double y = problem.y[std::size_t(i)];
            const double mu = std::exp(eta);
            double w = mu;
            double u = y - mu;
            if (std::isfinite(state.theta)) {
                const double inverse = 1 / (state.theta + mu);
                w = state.theta * mu * (y + state.theta) * inverse * inverse;
                u = state.theta * (y - mu) * inverse;
                addThetaTerms(sums, state.theta, y, mu, eta);
            }
            a.selfadjointView<Eigen::Lower>().rankUpdate(x, w);
            c.col(g) += w * x;
            d(g) += w;
            gradientBeta += u * x;
            gradientB(g) += u;
        }
        a.triangularView<Eigen::StrictlyUpper>() = a.transpose();
        for (Index k = 0; k < q; ++k) {
            const Index j = problem.active[std::size_t(k)];
            if (j != design.interceptColumn) {
                a(k, k) += problem.ridge;
                gradientBeta(k) -= problem.ridge * state.beta(j);
            }
        }
        for (Index g = 0; g < groups; ++g) {
            if (problem.groupRows[std::size_t(g)] == 0) {
                d(g) = 1; // no rows, no effect: b stays 0
                continue;
            }
            d(g) += precision;
            gradientB(g) -= precision * state.b(g);
        }
        // Schur complement: (A - C D^-1 C') step_beta = g_beta - C D^-1 g_b.
        const VectorXd inverseD = d.cwiseInverse();
        const MatrixXd schur = a - c * inverseD.asDiagonal() * c.transpose();
        const Eigen::LDLT<MatrixXd> factor(schur);
        if (factor.info() != Eigen::Success || !(factor.vectorD().minCoeff() > 0))
            return false;
        const VectorXd stepBeta = factor.solve(gradientBeta - c * inverseD.cwiseProduct(gradientB));
        const VectorXd stepB = inverseD.cwiseProduct(gradientB - c.transpose() * stepBeta);
        double decrement = stepBeta.dot(gradientBeta) + stepB.dot(gradientB);
        for (Index k = 0; k < q; ++k)
            state.beta(problem.active[std::size_t(k)]) += stepBeta(k);
        state.b += stepB;
        if (problem.estimateTheta && std::isfinite(state.theta)) {
            const double score = histogram.digammaDifference(state.theta) + sums.score;
            const double information =
                -histogram.trigammaDifference(state.theta) + sums.information;
            double next = information > 0 ? state.theta + score / information
                                          : (score > 0 ? 4 * state.theta : state.theta / 4);
            next = std::clamp(next, std::max(state.theta / 4, 1e-8),
                              std::min(4 * state.theta, MaxTheta));
            decrement += (next - state.theta) * (next - state.theta) * std::max(information, 0.0);
            state.theta = next;
        }
        if (!std::isfinite(decrement))
            return false;
        if (decrement < 1e-12)
            return true;
    }
    return true;
}

} // namespace

Result<PooledFit> Pooling::fit(const DesignMatrix &design, std::span<const double> y,
                               const Grouping &grouping, const PoolingOptions &options)
{
    const qsizetype n = design.rows;
    if (qsizetype(grouping.index.size()) != n)
        return Error{
            tr("the grouping has %1 rows, the design %2").arg(grouping.index.size()).arg(n),
            {},
            0,
            {}};
    const std::size_t count = std::size_t(grouping.levels.size());
    for (const int g : grouping.index) {
        if (g < 0 || std::size_t(g) >= count)
            return Error{tr("a row belongs to no group"), {}, 0, {}};
    }
    const bool estimating = options.tau2 < 0;
    std::vector<double> baseOffset = options.glm.offset;
    if (baseOffset.empty())
        baseOffset.assign(std::size_t(n), 0.0);

    PooledFit pooled;
    pooled.groups = grouping.levels;
    pooled.groupRows.assign(count, 0);
    std::vector<Group> groups(count);
    for (qsizetype i = 0; i < n; ++i) {
        const auto g = std::size_t(grouping.index[std::size_t(i)]);
        ++pooled.groupRows[g];
        groups[g].y.push_back(y[std::size_t(i)]);
    }
    // Fills each group's linear predictor of the fixed part, x beta + offset.
    const auto splitEta = [&](const std::vector<double> &coefficients) {
        const std::vector<double> eta = Glm::linearPredictor(design, coefficients, baseOffset);
        for (auto &group : groups)
            group.eta.clear();
        for (qsizetype i = 0; i < n; ++i)
            groups[std::size_t(grouping.index[std::size_t(i)])].eta.push_back(eta[std::size_t(i)]);
    };

    // The global model is where the iterations start, and what tau2 = 0 gives.
    auto global = Glm::fit(design, y, options.glm);
    if (!global)
        return global.error();
    JointProblem problem{&design,
                         y,
                         baseOffset,
                         grouping.index,
                         {},
                         pooled.groupRows,
                         options.glm.ridge,
                         options.glm.family == GlmFamily::NegativeBinomial &&
                             !(options.glm.theta > 0)};
    JointState state{Eigen::VectorXd::Zero(design.cols()),
                     Eigen::VectorXd::Zero(Eigen::Index(count)), global.value().theta};
    for (qsizetype j = 0; j < design.cols(); ++j) {
        if (!global.value().aliased[std::size_t(j)]) {
            problem.active.push_back(j);
            state.beta(j) = global.value().coefficients[std::size_t(j)];
        }
    }

    pooled.tau2 = estimating ? 0.0 : options.tau2;
    std::vector<double> modes(count, 0.0);
    for (pooled.iterations = 1; pooled.iterations <= options.maxIter; ++pooled.iterations) {
        const double previousTau2 = pooled.tau2;
        if (estimating) {
            splitEta(std::vector<double>(state.beta.data(), state.beta.data() + state.beta.size()));
            for (std::size_t g = 0; g < count; ++g)
                modes[g] = state.b(Eigen::Index(g));
            pooled.tau2 = estimateTau2(groups, state.theta, modes);
        }
        if (pooled.tau2 > 0 && !jointMode(problem, pooled.tau2, state, 200))
            return Error{
                tr("partial pooling broke down: the joint information is singular"), {}, 0, {}};
        if (pooled.tau2 <= 0)
            state.b.setZero();
        const double change =
            std::abs(pooled.tau2 - previousTau2) / std::max(pooled.tau2, SmallestTau2);
        qCDebug(lcStats) << "pooling pass" << pooled.iterations << "tau2" << pooled.tau2 << "theta"
                         << state.theta;
        // A variance this small (effects of a thousandth on the log scale) has settled even when
        // it creeps towards the boundary at zero by a constant factor each pass.
        const bool negligible = std::abs(pooled.tau2 - previousTau2) < NegligibleTau2Change;
        if (!estimating || change < options.tol || negligible) {
            pooled.converged = true;
            break;
        }
    }
    pooled.iterations = std::min(pooled.iterations, options.maxIter);

    // beta, theta and their standard errors given the effects, which enter as offsets: at the
    // joint mode this is the same beta, and R-style figures for it.
    pooled.groupEffects.assign(state.b.data(), state.b.data() + state.b.size());
    GlmOptions glm = options.glm;
    glm.offset.resize(std::size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        glm.offset[std::size_t(i)] =
            baseOffset[std::size_t(i)] +
            pooled.groupEffects[std::size_t(grouping.index[std::size_t(i)])];
    auto fixed = pooled.tau2 > 0 ? Glm::fit(design, y, glm) : std::move(global);
    if (!fixed)
        return fixed.error();
    pooled.fixedEffects = std::move(fixed).value();

    // Posterior spread and shrinkage of each effect, and the Laplace marginal likelihood.
    const double theta = pooled.fixedEffects.theta;
    splitEta(pooled.fixedEffects.coefficients);
    pooled.groupStandardErrors.assign(count, 0.0);
    pooled.shrinkage.assign(count, 0.0);
    pooled.laplaceLogLik = pooled.fixedEffects.logLik;
    const double tau2 = pooled.tau2;
    for (std::size_t g = 0; g < count && tau2 > 0; ++g) {
        const double b = pooled.groupEffects[g];
        const double information = termsAt(groups[g], theta, b).information;
        pooled.groupStandardErrors[g] = 1 / std::sqrt(information + 1 / tau2);
        pooled.shrinkage[g] = tau2 * information / (1 + tau2 * information);
        pooled.laplaceLogLik -= b * b / (2 * tau2) + 0.5 * std::log1p(tau2 * information);
    }
    if (!pooled.converged)
        qCWarning(lcStats) << "partial pooling did not settle in" << options.maxIter << "passes";
    return pooled;
}

} // namespace stormcrew
