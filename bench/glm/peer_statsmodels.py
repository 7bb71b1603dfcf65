"""The statsmodels side of bench_glm: reads the CSV with pandas, then fits the discrete
NegativeBinomial (NB2) model, which estimates alpha = 1/theta with the coefficients by
maximum likelihood; method='newton' because the default ('bfgs', 35 iterations) stops short of
the estimates on this table. Times the read and each fit separately; prints one JSON object.

Usage: /usr/bin/python3 peer_statsmodels.py FILE.csv REPEATS
"""
import json
import sys
import time

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm


def blas_name():
    try:
        info = np.__config__.get_info("blas_opt_info")
        return ",".join(info.get("libraries", [])) or "unknown"
    except Exception:  # numpy >= 1.26 dropped get_info
        return "unknown"


def main():
    path, repeats = sys.argv[1], int(sys.argv[2])
    start = time.perf_counter()
    data = pd.read_csv(path)
    read_seconds = time.perf_counter() - start
    y = data["y"].to_numpy(dtype=float)
    offset = data["log_exposure"].to_numpy(dtype=float)
    X = sm.add_constant(data.drop(columns=["y", "log_exposure"]), prepend=True)

    def fit():
        return sm.NegativeBinomial(y, X, loglike_method="nb2", offset=offset).fit(
            method="newton", disp=0)

    result = fit()  # untimed warm-up
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = fit()
        seconds.append(time.perf_counter() - start)
    params = result.params.to_numpy()
    errors = result.bse.to_numpy()
    print(json.dumps({
        "peer": f"statsmodels {statsmodels.__version__} NegativeBinomial.fit(newton)",
        "reader": f"pandas {pd.__version__} read_csv",
        "blas": f"numpy {np.__version__} on {blas_name()}",
        "readSeconds": read_seconds, "fitSeconds": seconds,
        "theta": 1.0 / params[-1],
        "names": ["(Intercept)"] + list(X.columns[1:]),
        "coefficients": list(params[:-1]), "standardErrors": list(errors[:-1]),
    }))


if __name__ == "__main__":
    main()
