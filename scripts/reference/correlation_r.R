# R's cor.test (pearson, spearman, kendall) on small and tied samples
#   -> Tests/StatsTests/Fixtures/correlation_r.json
# Run from the package root: Rscript scripts/reference/correlation_r.R
# Every case records the exact call; numbers are written with sprintf("%.17g").
suppressMessages(library(jsonlite))
set.seed(20240917)
x15 <- round(rnorm(15, 50, 10), 2); y15 <- round(0.6 * x15 + rnorm(15, 0, 8), 2)
x8 <- c(3.1, 1.2, 5.5, 4.0, 2.2, 7.9, 6.1, 0.4); y8 <- c(2.0, 1.1, 4.9, 2.5, 3.3, 6.0, 7.7, 0.9)
x9 <- c(9, 2, 7, 4, 1, 8, 3, 6, 5); y9 <- c(8, 1, 9, 3, 4, 7, 2, 5, 6)
xt12 <- c(1, 2, 2, 3, 3, 3, 1, 2, 3, 1, 2, 3); yt12 <- c(2, 2, 1, 3, 3, 2, 1, 1, 3, 2, 3, 3)
xt6 <- c(1, 1, 2, 3, 3, 4); yt6 <- c(2, 1, 1, 4, 3, 3)
x30 <- round(runif(30), 4); y30 <- round(x30 - 0.3 * runif(30) + rnorm(30, 0, 0.3), 4)
x45 <- sample(1:45); y45 <- sample(1:45)
x45b <- 1:45; y45b <- rank(x45b + rnorm(45, 0, 12), ties.method = "first")
data <- list(n15 = list(x15, y15), n8 = list(x8, y8), n9 = list(x9, y9), ties12 = list(xt12, yt12),
             ties6 = list(xt6, yt6), n30 = list(x30, y30), n45 = list(x45, y45), n45b = list(x45b, y45b))
fmt <- function(v) sprintf("%.17g", v)
cases <- list()
add <- function(name, method, alternative, exact, continuity, conf.level = 0.95) {
  d <- data[[name]]
  call <- sprintf("cor.test(%s$x, %s$y, method = \"%s\", alternative = \"%s\", exact = %s, continuity = %s, conf.level = %s)",
                  name, name, method, alternative, deparse(exact), deparse(continuity), conf.level)
  res <- suppressWarnings(cor.test(d[[1]], d[[2]], method = method, alternative = alternative,
                                   exact = exact, continuity = continuity, conf.level = conf.level))
  ci <- if (is.null(res$conf.int)) c(NA, NA) else as.numeric(res$conf.int)
  cases[[length(cases) + 1]] <<- list(
    data = unbox(name), method = unbox(method), alternative = unbox(alternative),
    exact = unbox(if (is.null(exact)) "auto" else if (exact) "yes" else "no"),
    continuity = unbox(continuity), level = unbox(conf.level), call = unbox(call),
    estimate = unbox(fmt(unname(res$estimate))), statistic = unbox(fmt(unname(res$statistic))),
    statistic_name = unbox(names(res$statistic)), p_value = unbox(fmt(res$p.value)),
    conf_low = unbox(fmt(ci[1])), conf_high = unbox(fmt(ci[2])))
}
alts <- c("two.sided", "greater", "less")
for (nm in names(data)) for (a in alts) {
  add(nm, "pearson", a, NULL, FALSE)
  if (nm %in% c("n15", "n30")) add(nm, "pearson", a, NULL, FALSE, 0.9)
  add(nm, "spearman", a, FALSE, FALSE)
  add(nm, "kendall", a, FALSE, FALSE)
  add(nm, "kendall", a, FALSE, TRUE)
  # R's Spearman exact (AS 89) is an enumeration only for n <= 9 without ties.
  if (nm %in% c("n8", "n9")) add(nm, "spearman", a, TRUE, FALSE)
  # R's default (exact = NULL): AS 89 without ties for n <= 1290 (enumeration n <= 9,
  # Edgeworth series above), t with ties. ties6 is left out: for n <= 10 with ties this
  # package enumerates the exact distribution where R falls back to t.
  if (nm != "ties6") add(nm, "spearman", a, NULL, FALSE)
  # R's Kendall exact (ckendall) needs no ties and n < 50.
  if (!(nm %in% c("ties12", "ties6"))) add(nm, "kendall", a, TRUE, FALSE)
}
out <- list(`_provenance` = unbox(paste("stats::cor.test in", R.version.string,
                                        "via scripts/reference/correlation_r.R")),
            data = lapply(data, function(d) list(x = fmt(d[[1]]), y = fmt(d[[2]]))),
            cases = cases)
writeLines(toJSON(out, auto_unbox = FALSE, pretty = TRUE, na = "string"), "Tests/StatsTests/Fixtures/correlation_r.json")
