#!/usr/bin/env Rscript
# Writes Tests/StatsTests/GeneratedFixtures/RegressionDiagnosticsReference.swift: reference
# values for Sources/Stats/Diagnostics, computed by R on built-in datasets.
#
# Exact R calls per quantity (m is the fitted lm, X = model.matrix(m),
# e = weighted.residuals(m), i.e. sqrt(w) * residuals):
#   hat            stats::hatvalues(m)
#   cooks          stats::cooks.distance(m)
#   rstandard      stats::rstandard(m)
#   rstudent       stats::rstudent(m)
#   dffits         stats::dffits(m)
#   covratio       stats::covratio(m)
#   sigmaLOO       stats::influence(m)$sigma
#   dfbeta         stats::dfbeta(m)          (beta-hat minus beta-hat(-i))
#   dfbetas        stats::dfbetas(m)
#   isInfluential  stats::influence.measures(m)$is.inf
#   cookCutoff     stats::qf(0.5, p, n - p)
#   vif/gvif       car::vif(m)               (GVIF and Df for factor blocks)
#   bp (Koenker)   lmtest::bptest(m)         (studentize = TRUE, Z = X)
#   bp (original)  lmtest::bptest(m, studentize = FALSE)
#                  For a weighted fit the test is that of the transformed model
#                  sqrt(w) y = sqrt(w) X b + u (homoskedastic under H0), i.e.
#                    dd <- data.frame(ys = sqrt(w) * y); dd$Xs <- sqrt(w) * X; dd$Z <- X
#                    lmtest::bptest(ys ~ 0 + Xs, varformula = ~ 0 + Z, data = dd[, studentize = FALSE])
#                  because lmtest::bptest(m) on a weighted lm mixes weighted and
#                  unweighted sums and is not invariant to rescaling the weights
#                  (mtcars12weighted: BP = 72.16 with weights = cyl, 722.4 with 10 * cyl).
#   jb             tseries::jarque.bera.test(e)$statistic; p-value also as
#                  pchisq(stat, 2, lower.tail = FALSE) (tseries uses 1 - pchisq)
#   dw             sum(diff(e)^2) / sum(e^2); for unweighted fits also checked
#                  equal to lmtest::dwtest(m)$statistic and car::durbinWatsonTest(m)$dw
#   dwGrouped      panel DW with groups g <- rep(seq_len(ceiling(n / 5)), each = 5)[1:n]:
#                  same <- head(g, -1) == tail(g, -1); sum((diff(e)[same])^2) / sum(e^2)
#   beta coefs     coef(m)[-1] * sd_w(x_j) / sd_w(y), with sd_w the weighted sd
#                  from stats::cov.wt(cbind(X[, -1], y), wt = w) (plain sd() when unweighted)
#
# Usage: Rscript scripts/reference/regression_diagnostics_fixture.R
suppressPackageStartupMessages({ library(car); library(lmtest); library(tseries) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("--file=", "", args[grep("--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
out <- file.path(root, "Tests", "StatsTests", "Fixtures", "RegressionDiagnosticsReference.swift")

num <- function(x) {
  if (is.na(x) && !is.nan(x)) stop("NA in reference output")
  if (is.nan(x)) return("Double.nan")
  if (is.infinite(x)) return(if (x > 0) "Double.infinity" else "-Double.infinity")
  sprintf("%.17g", x)
}
vec <- function(v, per = 4) {
  s <- vapply(as.numeric(v), num, "")
  if (length(s) == 0) return("[]")
  lines <- split(s, ceiling(seq_along(s) / per))
  paste0("[\n            ", paste(vapply(lines, paste, "", collapse = ", "), collapse = ",\n            "), ",\n        ]")
}
cols <- function(m) paste0("[", paste(apply(as.matrix(m), 2, function(c) vec(c)), collapse = ", "), "]")
bools <- function(m) paste0("[", paste(apply(as.matrix(m), 2, function(c) paste0("[", paste(ifelse(c, "true", "false"), collapse = ", "), "]")), collapse = ",\n        "), "]")
strs <- function(v) paste0("[", paste0('"', v, '"', collapse = ", "), "]")

case <- function(name, call, m, vifTerms) {
  X <- model.matrix(m)
  y <- model.response(model.frame(m))
  w <- weights(m)
  n <- nrow(X); p <- m$rank
  e <- weighted.residuals(m)
  ww <- if (is.null(w)) rep(1, n) else w

  im <- influence.measures(m)
  if (is.null(w)) {
    bpK <- bptest(m)
    bpO <- bptest(m, studentize = FALSE)
  } else {
    dd <- data.frame(ys = sqrt(w) * y); dd$Xs <- sqrt(w) * X; dd$Z <- X
    bpK <- bptest(ys ~ 0 + Xs, varformula = ~ 0 + Z, data = dd)
    bpO <- bptest(ys ~ 0 + Xs, varformula = ~ 0 + Z, data = dd, studentize = FALSE)
  }
  jb <- jarque.bera.test(e)
  dw <- sum(diff(e)^2) / sum(e^2)
  g <- rep(seq_len(ceiling(n / 5)), each = 5)[1:n]
  same <- head(g, -1) == tail(g, -1)
  dwg <- sum((diff(e)[same])^2) / sum(e^2)
  if (is.null(w)) {
    stopifnot(abs(dw - dwtest(m)$statistic) < 1e-13 * dw)
    stopifnot(abs(dw - durbinWatsonTest(m)$dw) < 1e-13 * dw)
  }
  cw <- cov.wt(cbind(X[, -1, drop = FALSE], y), wt = ww / sum(ww))$cov
  sds <- sqrt(diag(cw))
  beta <- coef(m)[-1] * sds[seq_len(ncol(X) - 1)] / sds[length(sds)]

  v <- vif(m)
  if (is.matrix(v)) { gvif <- v[, 1]; gdf <- v[, 2] } else { gvif <- v; gdf <- rep(1, length(v)) }
  stopifnot(identical(names(gvif), names(vifTerms)))

  termStr <- paste0("[", paste(sprintf('(name: "%s", columns: [%s])', names(vifTerms),
    vapply(vifTerms, function(ix) paste(ix, collapse = ", "), "")), collapse = ", "), "]")

  paste0(
"    RegressionDiagnosticsReference(
        name: \"", name, "\",
        call: \"", gsub('"', '\\\\"', call), "\",
        columnNames: ", strs(colnames(X)), ",
        design: ", cols(X), ",
        y: ", vec(y), ",
        weights: ", if (is.null(w)) "nil" else vec(w), ",
        coefficients: ", vec(coef(m)), ",
        hat: ", vec(hatvalues(m)), ",
        cooks: ", vec(cooks.distance(m)), ",
        rstandard: ", vec(rstandard(m)), ",
        rstudent: ", vec(rstudent(m)), ",
        dffits: ", vec(dffits(m)), ",
        covratio: ", vec(covratio(m)), ",
        sigmaLOO: ", vec(influence(m)$sigma), ",
        dfbeta: ", cols(dfbeta(m)), ",
        dfbetas: ", cols(dfbetas(m)), ",
        isInfluential: ", bools(im$is.inf), ",
        cookCutoff: ", num(qf(0.5, p, n - p)), ",
        vifTerms: ", termStr, ",
        gvif: ", vec(gvif), ",
        gvifDf: ", vec(gdf), ",
        bpStudentized: (statistic: ", num(bpK$statistic), ", df: ", bpK$parameter, ", p: ", num(bpK$p.value), "),
        bpOriginal: (statistic: ", num(bpO$statistic), ", df: ", bpO$parameter, ", p: ", num(bpO$p.value), "),
        jarqueBera: (statistic: ", num(jb$statistic), ", p: ", num(pchisq(jb$statistic, 2, lower.tail = FALSE)), ", pTseries: ", num(jb$p.value), "),
        durbinWatson: ", num(dw), ",
        durbinWatsonGroups: [", paste(g, collapse = ", "), "],
        durbinWatsonGrouped: ", num(dwg), ",
        standardizedCoefficients: ", vec(beta), "
    )")
}

cases <- list(
  case("mtcars", "lm(mpg ~ wt + hp + disp, data = mtcars)",
       lm(mpg ~ wt + hp + disp, data = mtcars),
       list(wt = 1, hp = 2, disp = 3)),
  case("LifeCycleSavings", "lm(sr ~ pop15 + pop75 + dpi + ddpi, data = LifeCycleSavings)",
       lm(sr ~ pop15 + pop75 + dpi + ddpi, data = LifeCycleSavings),
       list(pop15 = 1, pop75 = 2, dpi = 3, ddpi = 4)),
  case("mtcars12weighted", "lm(mpg ~ wt + hp, data = mtcars[1:12, ], weights = cyl)",
       lm(mpg ~ wt + hp, data = mtcars[1:12, ], weights = cyl),
       list(wt = 1, hp = 2)),
  case("mtcarsFactor", "lm(mpg ~ wt + factor(cyl) + hp, data = mtcars)",
       lm(mpg ~ wt + factor(cyl) + hp, data = mtcars),
       list(wt = 1, "factor(cyl)" = c(2, 3), hp = 4))
)

header <- paste0(
"// GENERATED by scripts/reference/regression_diagnostics_fixture.R (", R.version.string,
", car ", packageVersion("car"), ", lmtest ", packageVersion("lmtest"), ", tseries ", packageVersion("tseries"), ").
// Do not edit by hand. Numbers are printed with %.17g (round-trip exact).
// Matrices are lists of columns; term columns are 0-based design columns.

struct RegressionDiagnosticsReference: Sendable {
    let name: String
    let call: String
    let columnNames: [String]
    let design: [[Double]]
    let y: [Double]
    let weights: [Double]?
    let coefficients: [Double]
    let hat: [Double]
    let cooks: [Double]
    let rstandard: [Double]
    let rstudent: [Double]
    let dffits: [Double]
    let covratio: [Double]
    let sigmaLOO: [Double]
    let dfbeta: [[Double]]
    let dfbetas: [[Double]]
    /// influence.measures()$is.inf columns: dfb.<each coefficient>, dffit, cov.r, cook.d, hat.
    let isInfluential: [[Bool]]
    let cookCutoff: Double
    let vifTerms: [(name: String, columns: [Int])]
    let gvif: [Double]
    let gvifDf: [Double]
    let bpStudentized: (statistic: Double, df: Int, p: Double)
    let bpOriginal: (statistic: Double, df: Int, p: Double)
    let jarqueBera: (statistic: Double, p: Double, pTseries: Double)
    let durbinWatson: Double
    let durbinWatsonGroups: [Int]
    let durbinWatsonGrouped: Double
    let standardizedCoefficients: [Double]
}

let regressionDiagnosticsReferences: [RegressionDiagnosticsReference] = [
")
# Distribution checks for the interim chi-squared / F functions of the diagnostics:
#   pchisq(x, df, lower.tail = FALSE), pf(f, d1, d2), qf(0.5, d1, d2)
chi <- expand.grid(x = c(0.01, 0.5, 1, 2.5, 7, 15, 40, 90), df = c(1, 2, 3, 4, 7, 12))
fgrid <- expand.grid(f = c(0.05, 0.3, 0.8, 1, 1.7, 4, 12), d1 = c(1, 2, 4, 6), d2 = c(3, 9, 28, 45))
med <- expand.grid(d1 = c(1, 2, 3, 4, 6), d2 = c(2, 9, 28, 46))
distr <- paste0(
"\n/// pchisq(x, df, lower.tail = FALSE)
let chiSquaredUpperTailReference: [(x: Double, df: Int, p: Double)] = [
", paste0("    (x: ", vapply(chi$x, num, ""), ", df: ", chi$df, ", p: ", vapply(pchisq(chi$x, chi$df, lower.tail = FALSE), num, ""), ")", collapse = ",\n"), ",
]

/// pf(f, d1, d2)
let fisherCDFReference: [(f: Double, d1: Double, d2: Double, p: Double)] = [
", paste0("    (f: ", vapply(fgrid$f, num, ""), ", d1: ", fgrid$d1, ", d2: ", fgrid$d2, ", p: ", vapply(pf(fgrid$f, fgrid$d1, fgrid$d2), num, ""), ")", collapse = ",\n"), ",
]

/// qf(0.5, d1, d2)
let fisherMedianReference: [(d1: Double, d2: Double, median: Double)] = [
", paste0("    (d1: ", med$d1, ", d2: ", med$d2, ", median: ", vapply(qf(0.5, med$d1, med$d2), num, ""), ")", collapse = ",\n"), ",
]")
writeLines(c(header, paste(unlist(cases), collapse = ",\n"), "]", distr), out)
cat("wrote", out, "\n")
