# R's quantile(x, probs, type = 1..9) -> Tests/StatsTests/Fixtures/quantile_types.json
# Run from the package root: Rscript scripts/reference/quantile_types.R
suppressMessages(library(jsonlite))
set.seed(7)
samples <- list(
  eight   = c(3.1, -2, 7.5, 0, 0, 4.25, 10, 1e-3),
  single  = c(42.5),
  two     = c(1, 2),
  ties    = c(5, 1, 5, 5, 2, 2, 9),
  uniform = round(runif(11) * 100, 3),
  nist_lew_head = c(-213, -564, -35, -15, 141, 115, -420, -360, 203, -338)
)
probs <- c(0, 0.001, 0.1, 0.125, 0.2, 0.25, 1/3, 0.375, 0.5, 0.6, 2/3, 0.75, 0.875, 0.9, 0.999, 1)
fmt <- function(v) sprintf("%.17g", v)
cases <- lapply(names(samples), function(nm) {
  x <- samples[[nm]]
  list(name = unbox(nm), x = fmt(x),
       quantiles = lapply(1:9, function(type) fmt(unname(quantile(x, probs, type = type)))))
})
out <- list(`_provenance` = unbox(paste("stats::quantile(x, probs, type = 1..9) in", R.version.string,
                                  "via scripts/reference/quantile_types.R")),
            probs = fmt(probs), cases = cases)
writeLines(toJSON(out, auto_unbox = FALSE, pretty = TRUE), "Tests/StatsTests/Fixtures/quantile_types.json")
