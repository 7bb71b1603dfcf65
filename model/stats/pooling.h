#pragma once

#include "designmatrix.h"
#include "domain/result.h"
#include "glm.h"

#include <QCoreApplication>

namespace stormcrew {

// How to fit group random intercepts: the GLM's options, and the between-group variance.
struct PoolingOptions {
    GlmOptions glm;   // family, ridge, offset, theta fixed or estimated
    double tau2 = -1; // < 0: estimated; >= 0: fixed (0 is the global model; huge, no pooling)
    int maxIter = 100;
    double tol = 1e-8; // on the relative change of tau2 between rounds
};

// A fit with group random intercepts: log mu = x beta + offset + b[group], b ~ N(0, tau2).
struct PooledFit {
    GlmFit fixedEffects; // beta and theta, given the group effects (their offsets)
    QStringList groups;
    std::vector<double> groupEffects;        // b, shrunk towards 0 (the global model)
    std::vector<double> groupStandardErrors; // posterior sd of b: 1 / sqrt(H + 1 / tau2)
    // How much of a group's own evidence its effect keeps: tau2 H / (1 + tau2 H), from 0 (the
    // global model) to 1 (the group's own intercept); H is the group's information about b.
    std::vector<double> shrinkage;
    std::vector<qsizetype> groupRows;
    double tau2 = 0;
    double laplaceLogLik = 0; // log-likelihood with the effects integrated out (Laplace)
    int iterations = 0;
    bool converged = false;

    // The fitted mean of each row: exp(x beta + offset + b[group]).
    [[nodiscard]] std::vector<double> fitted() const { return fixedEffects.fitted; }
};

// Partial pooling by empirical Bayes: territory (group) intercepts shrunk towards the global
// model, as much as the between-group variance tau2 says. Given tau2, beta, the effects and theta
// are the joint mode of the penalised likelihood (Newton on all of them at once); tau2 maximises
// the Laplace approximation of the marginal likelihood (the effects integrated out) with beta
// and theta held there. The two steps alternate until tau2 settles. With tau2 = 0 the effects
// vanish (the global model); as tau2 grows each group's intercept approaches its own rows' one.
class Pooling {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::Pooling)

public:
    [[nodiscard]] static Result<PooledFit> fit(const DesignMatrix &design,
                                               std::span<const double> y, const Grouping &grouping,
                                               const PoolingOptions &options);
};

} // namespace stormcrew
