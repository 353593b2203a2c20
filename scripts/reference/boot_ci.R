# boot::boot / boot::boot.ci reference -> Tests/StatsTests/Fixtures/boot_ci.json
# Run from the package root: Rscript scripts/reference/boot_ci.R
#
# Monte Carlo replicates cannot be reproduced across RNGs, so the fixture stores
# R's replicates; the Swift tests feed them (with t0) to our interval code and
# compare the endpoints with boot.ci's. boot.ci(type = "bca") estimates the
# acceleration from *regression* influence values by default; we pass jackknife
# influence values explicitly (L = ...), in both centerings:
#   boot  : L_i = (n-1) (t0 - t_(-i))          (boot::empinf(type = "jack"))
#   efron : L_i = (n-1) (mean(t_(-.)) - t_(-i)) (Efron & Tibshirani 1993, eq. 14.15)
suppressMessages({library(boot); library(jsonlite)})
fmt <- function(v) sprintf("%.17g", v)
case <- function(name, data, stat, R, seed, statistic_name) {
  set.seed(seed)
  b <- boot(data, stat, R = R)
  n <- NROW(data)
  jack <- sapply(seq_len(n), function(i) stat(data, seq_len(n)[-i]))
  L_boot <- (n - 1) * (b$t0 - jack)
  L_efron <- (n - 1) * (mean(jack) - jack)
  stopifnot(isTRUE(all.equal(L_boot, empinf(b, type = "jack"))))
  cis <- lapply(c(0.95, 0.90), function(conf) {
    ci <- boot.ci(b, conf = conf, type = c("norm", "basic", "perc"))
    bca_boot <- boot.ci(b, conf = conf, type = "bca", L = L_boot)$bca
    bca_efron <- boot.ci(b, conf = conf, type = "bca", L = L_efron)$bca
    list(level = unbox(fmt(conf)),
         normal = fmt(ci$normal[2:3]), basic = fmt(ci$basic[4:5]),
         percentile = fmt(ci$percent[4:5]),
         bca_boot_centering = fmt(bca_boot[4:5]), bca_efron_centering = fmt(bca_efron[4:5]))
  })
  list(name = unbox(name), statistic = unbox(statistic_name),
       data = lapply(seq_len(NCOL(data)), function(j) fmt(as.matrix(data)[, j])),
       t0 = unbox(fmt(b$t0)), replicates = fmt(b$t[, 1]), jackknife = fmt(jack),
       acceleration_boot = unbox(fmt(sum(L_boot^3) / (6 * sum(L_boot^2)^1.5))),
       acceleration_efron = unbox(fmt(sum(L_efron^3) / (6 * sum(L_efron^2)^1.5))),
       intervals = cis)
}
# Law school data, 15 schools (Efron & Tibshirani 1993, Table 3.1): LSAT and GPA.
law <- data.frame(
  LSAT = c(576, 635, 558, 578, 666, 580, 555, 661, 651, 605, 653, 575, 545, 572, 594),
  GPA = c(3.39, 3.30, 2.81, 3.03, 3.44, 3.07, 3.00, 3.43, 3.36, 3.13, 3.12, 2.74, 2.76, 2.88, 2.96))
stopifnot(abs(cor(law$LSAT, law$GPA) - 0.7764) < 5e-5)  # the book's r = .776
cases <- list(
  case("law_pearson", law, function(d, i) cor(d[i, 1], d[i, 2]), 1999, 1, "pearson"),
  case("aircondit_mean", aircondit, function(d, i) mean(d[i, 1]), 2999, 2, "mean")
)
out <- list(`_provenance` = unbox(paste("boot", as.character(packageVersion("boot")), "in",
                                        R.version.string, "via scripts/reference/boot_ci.R")),
            cases = cases)
writeLines(toJSON(out, auto_unbox = FALSE, pretty = TRUE), "Tests/StatsTests/Fixtures/boot_ci.json")
