# The R side of bench_engine: leave-one-storm-out with MASS::glm.nb over the same design, and
# prediction with standard errors, P10/P50/P90 and per-term factors for new territories.
# Usage: Rscript peer_r.R TRAIN.csv NEW.csv REPEATS        Prints one JSON object.
library(MASS)
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1])
fresh <- read.csv(args[2])
repeats <- as.integer(args[3])
terms <- setdiff(names(train), c("storm", "y", "off"))
formula <- as.formula(paste("y ~", paste(terms, collapse = " + "), "+ offset(off)"))

loso <- function() {
    scores <- numeric(0)
    for (s in unique(train$storm)) {
        held <- train$storm == s
        fit <- glm.nb(formula, data = train[!held, ])
        mu <- predict(fit, newdata = train[held, ], type = "response")
        scores <- c(scores, -dnbinom(train$y[held], size = fit$theta, mu = mu, log = TRUE))
    }
    mean(scores)
}
loso_seconds <- system.time(score <- loso())[["elapsed"]]

fit <- glm.nb(formula, data = train)
reference <- colMeans(fresh[, terms])
predict_once <- function() {
    link <- predict(fit, newdata = fresh, type = "link", se.fit = TRUE)
    mu <- exp(link$fit)
    v <- link$se.fit^2
    m <- mu * exp(v / 2)
    size <- 1 / (exp(v) * (1 + 1 / fit$theta) - 1)
    q <- cbind(qnbinom(0.1, size = size, mu = m), qnbinom(0.5, size = size, mu = m),
               qnbinom(0.9, size = size, mu = m))
    factors <- exp(sweep(as.matrix(fresh[, terms]), 2, reference) %*% diag(coef(fit)[terms]))
    list(mu = mu, q = q, factors = factors)
}
invisible(predict_once())
predict_seconds <- vapply(seq_len(repeats), function(i) system.time(predict_once())[["elapsed"]], 0)

num <- function(x) sprintf("%.17g", x)
cat(sprintf(paste0("{\"peer\": \"R %s.%s MASS %s glm.nb + predict.glm\", ",
                   "\"losoSeconds\": %s, \"losoMeanLogScore\": %s, \"predictSeconds\": %s}\n"),
            R.version$major, R.version$minor, as.character(packageVersion("MASS")),
            num(loso_seconds), num(score), num(median(predict_seconds))))
