# The R side of bench_glm: reads the CSV, then fits MASS::glm.nb with the default control
# (what an analyst runs), timing the read and each fit separately. Prints one JSON object.
# Usage: Rscript peer_r.R FILE.csv REPEATS
library(MASS)
args <- commandArgs(trailingOnly = TRUE)
file <- args[1]
repeats <- as.integer(args[2])

read_seconds <- system.time(data <- read.csv(file))[["elapsed"]]
predictors <- setdiff(names(data), c("y", "log_exposure"))
formula <- as.formula(paste("y ~", paste(predictors, collapse = " + "), "+ offset(log_exposure)"))
fit <- glm.nb(formula, data = data) # untimed warm-up
fit_seconds <- vapply(seq_len(repeats), function(i)
    system.time(fit <- glm.nb(formula, data = data))[["elapsed"]], 0)

num <- function(x) sprintf("%.17g", x)
coefs <- coef(fit)
ses <- sqrt(diag(vcov(fit)))
cat(sprintf(paste0("{\"peer\": \"R %s.%s MASS %s glm.nb\", \"reader\": \"R %s.%s read.csv\", ",
                   "\"blas\": \"%s\", ",
                   "\"readSeconds\": %s, \"fitSeconds\": [%s], \"theta\": %s, ",
                   "\"names\": [%s], \"coefficients\": [%s], \"standardErrors\": [%s]}\n"),
            R.version$major, R.version$minor, as.character(packageVersion("MASS")),
            R.version$major, R.version$minor, basename(extSoftVersion()[["BLAS"]]), num(read_seconds),
            paste(num(fit_seconds), collapse = ", "), num(fit$theta),
            paste0("\"", names(coefs), "\"", collapse = ", "),
            paste(num(coefs), collapse = ", "), paste(num(ses), collapse = ", ")))
