#pragma once

#include "designmatrix.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <limits>
#include <span>
#include <vector>

namespace stormcrew {

// The distribution of the counts; both with the log link.
enum class GlmFamily {
    Poisson,
    NegativeBinomial, // NB2: Var(y) = mu + mu^2 / theta
};

// How to fit: the family, a ridge penalty, the stopping rule and the offset.
struct GlmOptions {
    GlmFamily family = GlmFamily::NegativeBinomial;
    // lambda of the penalty lambda/2 * sum of squared coefficients, the intercept left out.
    double ridge = 0;
    int maxIter = 100;
    // Stop when a step moves the estimates by less than this in the information metric
    // (step' * information * step, log-likelihood units).
    double tol = 1e-10;
    std::vector<double> offset; // per row on the log scale (log exposure); empty for none
    double theta = 0;           // negative binomial: > 0 fixes theta instead of estimating it
};

// A fitted GLM. Aliased coefficients (a column that the columns before it explain, such as a
// constant beside the intercept) are NaN with aliased set, as R reports them NA.
struct GlmFit {
    GlmFamily family = GlmFamily::NegativeBinomial;
    QStringList names;
    std::vector<double> coefficients;
    std::vector<double> standardErrors; // conditional on theta, as R's summary.glm reports them
    std::vector<double> covariance;     // cols x cols, column-major
    std::vector<bool> aliased;
    double theta = std::numeric_limits<double>::infinity(); // infinity for the Poisson
    double thetaSE = std::numeric_limits<double>::quiet_NaN();
    double logLik = 0;
    double deviance = 0;
    double aic = 0;
    double ridge = 0;
    int iterations = 0;
    int rank = 0;
    qsizetype rows = 0;
    bool converged = false;
    std::vector<double> fitted; // the fitted mean of each row

    [[nodiscard]] qsizetype aliasedCount() const;
};

// Fits count GLMs (log link) by iteratively reweighted least squares on Eigen, streaming the
// design in blocks of rows. For the negative binomial, theta is estimated by maximum
// likelihood (Newton on its score with digamma and trigamma) in step with the coefficients.
class Glm {
    Q_DECLARE_TR_FUNCTIONS(stormcrew::Glm)

public:
    [[nodiscard]] static Result<GlmFit> fit(const DesignMatrix &design, std::span<const double> y,
                                            const GlmOptions &options);

    // X beta + offset for each row of a design; aliased (NaN) coefficients count as zero.
    [[nodiscard]] static std::vector<double> linearPredictor(const DesignMatrix &design,
                                                             std::span<const double> coefficients,
                                                             std::span<const double> offset);
};

} // namespace stormcrew
