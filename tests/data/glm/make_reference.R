# Reference fits from R (MASS::glm.nb and glm) for the GLM tests: writes reference_r.json.
# Run from this folder after make_data.R: Rscript make_reference.R
#
# Each case names its CSV, response, offset column and predictors exactly as
# `stormcrew-cli fit-table` takes them, so the tests can replay it. The tolerances are
# tightened (epsilon 1e-12 instead of 1e-8) so that R reports the maximum-likelihood estimate
# itself rather than a point within its default stopping rule; with the defaults the figures
# below move in the 7th-9th digit. Standard errors are summary()'s: for glm.nb they are
# conditional on theta (theta treated as known), which is what Stormcrew reports too.
# SE of theta: glm.nb's SE.theta comes from the information at the next-to-last Newton step
# of theta.ml (eps = 1.2e-4); we recompute it at the converged theta (theta.ml, eps 1e-12).
library(MASS)

tight <- glm.control(epsilon = 1e-12, maxit = 100)

cases <- list(
    list(name = "quine_negbin", file = "quine.csv", response = "Days", offset = NULL,
         columns = c("Eth", "Sex", "Age", "Lrn"), family = "negbin"),
    list(name = "warpbreaks_poisson", file = "warpbreaks.csv", response = "breaks",
         offset = NULL, columns = c("wool", "tension"), family = "poisson"),
    list(name = "storms_negbin_offset", file = "storms.csv", response = "outages",
         offset = "log_km", columns = c("gust_ms", "canopy", "leaf_on", "soil"),
         family = "negbin"),
    list(name = "storms_poisson_offset", file = "storms.csv", response = "outages",
         offset = "log_km", columns = c("gust_ms", "canopy", "leaf_on", "soil"),
         family = "poisson"))

num <- function(x) if (is.null(x) || is.na(x)) "null" else sprintf("%.17g", x)
str <- function(x) if (is.null(x)) "null" else sprintf("\"%s\"", x)

fit_case <- function(case) {
    data <- read.csv(case$file)
    rhs <- paste(case$columns, collapse = " + ")
    if (!is.null(case$offset))
        rhs <- paste0(rhs, " + offset(", case$offset, ")")
    formula <- as.formula(paste(case$response, "~", rhs))
    if (case$family == "negbin") {
        fit <- glm.nb(formula, data = data, control = tight)
        theta <- fit$theta
        theta_se <- attr(theta.ml(fit$y, fitted(fit), limit = 100, eps = 1e-12), "SE")
    } else {
        fit <- glm(formula, family = poisson(), data = data, control = tight)
        theta <- NULL
        theta_se <- NULL
    }
    table <- summary(fit)$coefficients
    coefs <- vapply(seq_len(nrow(table)), function(i)
        sprintf("{\"name\": %s, \"estimate\": %s, \"standardError\": %s}",
                str(rownames(table)[i]), num(table[i, 1]), num(table[i, 2])), "")
    sprintf(paste0("  %s: {\n    \"file\": %s, \"response\": %s, \"offset\": %s,\n",
                   "    \"columns\": [%s], \"family\": %s,\n    \"formula\": %s,\n",
                   "    \"coefficients\": [\n      %s\n    ],\n",
                   "    \"theta\": %s, \"thetaStandardError\": %s,\n",
                   "    \"logLik\": %s, \"deviance\": %s, \"aic\": %s\n  }"),
            str(case$name), str(case$file), str(case$response), str(case$offset),
            paste(vapply(case$columns, str, ""), collapse = ", "), str(case$family),
            str(paste(deparse(formula), collapse = "")),
            paste(coefs, collapse = ",\n      "), num(theta), num(theta_se),
            num(as.numeric(logLik(fit))), num(deviance(fit)), num(AIC(fit)))
}

body <- paste(vapply(cases, fit_case, ""), collapse = ",\n")
about <- sprintf("  \"producer\": \"%s, MASS %s, make_reference.R\"", R.version.string,
                 as.character(packageVersion("MASS")))
writeLines(c("{", paste0(about, ","), body, "}"), "reference_r.json")
