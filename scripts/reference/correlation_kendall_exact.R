# R's exact Kendall test (ckendall: the exact distribution, n < 50, no ties) for many n
#   -> Tests/StatsTests/Fixtures/correlation_kendall_exact_r.json
# Run from the package root: Rscript scripts/reference/correlation_kendall_exact.R
# Each case: y is a random permutation of 1..n (x = 1..n), partly aligned with x so that
# p-values range from ~1 to far tails; the exact call is recorded.
suppressMessages(library(jsonlite))
set.seed(1957)
fmt <- function(v) sprintf("%.17g", v)
cases <- list()
for (n in c(3:20, 25, 30, 35, 40, 45, 49)) for (strength in c(0, 0.5, 3)) {
  x <- 1:n
  y <- rank(x * strength / n * 4 + rnorm(n), ties.method = "first")
  for (a in c("two.sided", "greater", "less")) {
    res <- cor.test(x, y, method = "kendall", alternative = a, exact = TRUE)
    cases[[length(cases) + 1]] <- list(
      n = unbox(n), y = y, alternative = unbox(a),
      call = unbox(sprintf("cor.test(1:%d, c(%s), method = \"kendall\", alternative = \"%s\", exact = TRUE)",
                           n, paste(y, collapse = ", "), a)),
      estimate = unbox(fmt(unname(res$estimate))), statistic = unbox(fmt(unname(res$statistic))),
      p_value = unbox(fmt(res$p.value)))
  }
}
out <- list(`_provenance` = unbox(paste("stats::cor.test(exact = TRUE) in", R.version.string,
                                        "via scripts/reference/correlation_kendall_exact.R")),
            cases = cases)
writeLines(toJSON(out, pretty = TRUE), "Tests/StatsTests/Fixtures/correlation_kendall_exact_r.json")
