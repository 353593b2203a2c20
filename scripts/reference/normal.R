# pnorm / qnorm reference values -> Tests/StatsTests/Fixtures/normal.json
# (checks the stand-in normal cdf/quantile used by the bootstrap until the
#  Distributions module is merged). Run: Rscript scripts/reference/normal.R
suppressMessages(library(jsonlite))
fmt <- function(v) sprintf("%.17g", v)
x <- c(-38, -20, -8.5, -5, -3, -1.959963984540054, -1, -0.5, -1e-8, 0, 1e-8, 0.25, 1, 1.644853626951472, 3, 7, 9)
p <- c(1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.5 + 1e-12, 0.7, 0.9, 0.95, 0.975, 0.999, 1 - 1e-10)
out <- list(`_provenance` = unbox(paste("stats::pnorm/qnorm in", R.version.string, "via scripts/reference/normal.R")),
            x = fmt(x), pnorm = fmt(pnorm(x)), p = fmt(p), qnorm = fmt(qnorm(p)))
writeLines(toJSON(out, auto_unbox = FALSE, pretty = TRUE), "Tests/StatsTests/Fixtures/normal.json")
