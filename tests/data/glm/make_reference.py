"""Reference fits from statsmodels for the GLM tests: writes reference_statsmodels.json.

Run from this folder with Debian's Python (the one that sees python3-statsmodels):
    /usr/bin/python3 make_reference.py

The cases are the ones make_reference.R fits (read from reference_r.json, so both agree on
files, responses, offsets and predictors). The design is built the way R builds it: numeric
columns as they are, text columns as factors with sorted levels, first level the reference
(treatment contrasts), and coefficients renamed to R's names ("Eth[T.N]" -> "EthN").

Negative binomial: statsmodels' discrete NegativeBinomial (NB2) estimates the coefficients and
alpha = 1/theta jointly by maximum likelihood (Newton, tolerance 1e-12). Its standard errors
come from the joint observed Hessian, which is not what R's glm.nb reports; the standard errors
here are those of GLM(family=NegativeBinomial(alpha)) at that alpha, i.e. conditional on theta,
from the expected information, as R's summary.glm reports them. The SE of theta is from the
observed information of alpha alone (beta held at its estimate), turned into theta's scale by
the delta method: SE(theta) = SE(alpha) / alpha^2.
"""
import json
import platform

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm


def design(data, columns):
    """The design matrix with R's treatment contrasts and R's coefficient names."""
    parts = [pd.Series(1.0, index=data.index, name="(Intercept)")]
    for column in columns:
        values = data[column]
        if values.dtype == object:
            levels = sorted(values.unique())
            for level in levels[1:]:
                parts.append((values == level).astype(float).rename(f"{column}{level}"))
        else:
            parts.append(values.astype(float).rename(column))
    return pd.concat(parts, axis=1)


def fit_case(case):
    data = pd.read_csv(case["file"], keep_default_na=False)
    X = design(data, case["columns"])
    y = data[case["response"]].astype(float)
    offset = data[case["offset"]].astype(float) if case["offset"] else None
    result = {key: case[key] for key in ("file", "response", "offset", "columns", "family")}
    if case["family"] == "negbin":
        model = sm.NegativeBinomial(y, X, loglike_method="nb2", offset=offset)
        joint = model.fit(method="newton", maxiter=200, tol=1e-12, disp=0)
        alpha = float(joint.params.iloc[-1])
        alpha_se = 1.0 / np.sqrt(-model.hessian(joint.params.values)[-1, -1])
        glm = sm.GLM(y, X, family=sm.families.NegativeBinomial(alpha=alpha), offset=offset)
        conditional = glm.fit(tol=1e-14, maxiter=200)
        # The GLM at the joint estimate's alpha reproduces the joint estimate's coefficients.
        assert np.allclose(conditional.params.values, joint.params.values[:-1], rtol=1e-8)
        estimates = joint.params.values[:-1]
        errors = conditional.bse.values
        result.update(theta=1.0 / alpha, thetaStandardError=alpha_se / alpha**2,
                      logLik=float(joint.llf), deviance=float(conditional.deviance),
                      method="NegativeBinomial(loglike_method='nb2').fit(method='newton'); "
                             "SEs from GLM(family=NegativeBinomial(alpha))")
    else:
        fit = sm.GLM(y, X, family=sm.families.Poisson(), offset=offset).fit(tol=1e-14, maxiter=200)
        estimates = fit.params.values
        errors = fit.bse.values
        result.update(theta=None, thetaStandardError=None, logLik=float(fit.llf),
                      deviance=float(fit.deviance), method="GLM(family=Poisson())")
    result["coefficients"] = [
        {"name": name, "estimate": float(estimate), "standardError": float(error)}
        for name, estimate, error in zip(X.columns, estimates, errors)]
    return result


def main():
    with open("reference_r.json") as f:
        cases = json.load(f)
    out = {"producer": f"statsmodels {statsmodels.__version__}, numpy {np.__version__}, "
                       f"Python {platform.python_version()}, make_reference.py"}
    for name, case in cases.items():
        if name != "producer":
            out[name] = fit_case(case)
    with open("reference_statsmodels.json", "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
