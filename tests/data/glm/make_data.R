# Writes the CSV fixtures of the GLM tests. Run from this folder: Rscript make_data.R
# (R 4.2 with MASS, as Debian 12 ships them). The files are committed; rerunning gives the
# same bytes.
#   quine.csv       MASS::quine, the classic negative-binomial example (Venables & Ripley)
#   warpbreaks.csv  datasets::warpbreaks, a classic Poisson example
#   storms.csv      a synthetic storm-like table: outages per (storm, territory) with an
#                   exposure (overhead km), territory random intercepts and NB2 noise
library(MASS)

# row.names = FALSE: write.csv's default would add an unnamed first column of row numbers.
write.csv(MASS::quine, "quine.csv", row.names = FALSE)
write.csv(datasets::warpbreaks, "warpbreaks.csv", row.names = FALSE)

set.seed(20261129)
n_storms <- 15
n_territories <- 40
storm <- sprintf("S%02d", seq_len(n_storms))
territory <- sprintf("T%02d", seq_len(n_territories))
storm_gust <- round(runif(n_storms, 18, 38), 1)      # m/s, storm peak gust
storm_leaf_on <- rbinom(n_storms, 1, 0.5)
terr_canopy <- round(runif(n_territories, 0.05, 0.75), 3)
terr_soil <- sample(c("clay", "loam", "sand"), n_territories, replace = TRUE)
terr_km <- round(exp(rnorm(n_territories, log(120), 0.6)), 1)
terr_effect <- rnorm(n_territories, 0, 0.35)          # what partial pooling should find

grid <- expand.grid(t = seq_len(n_territories), s = seq_len(n_storms))
gust <- round(storm_gust[grid$s] + rnorm(nrow(grid), 0, 2.5), 1)
soil_effect <- c(clay = 0.25, loam = 0, sand = -0.2)[terr_soil[grid$t]]
log_km <- log(terr_km[grid$t])
eta <- -5.2 + 0.11 * gust + 1.4 * terr_canopy[grid$t] + 0.45 * storm_leaf_on[grid$s] +
    soil_effect + terr_effect[grid$t] + log_km
outages <- rnbinom(nrow(grid), mu = exp(eta), size = 2.5)

storms <- data.frame(
    storm = storm[grid$s],
    territory = territory[grid$t],
    gust_ms = gust,
    canopy = terr_canopy[grid$t],
    leaf_on = storm_leaf_on[grid$s],
    soil = terr_soil[grid$t],
    overhead_km = terr_km[grid$t],
    log_km = log_km,
    outages = outages)
write.csv(storms, "storms.csv", row.names = FALSE)
