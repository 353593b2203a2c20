# R's p.adjust on several vectors -> Tests/StatsTests/Fixtures/p_adjust.json
# Run from the package root: Rscript scripts/reference/p_adjust.R
# Numbers are written with sprintf("%.17g") so that they round-trip exactly.
suppressMessages(library(jsonlite))
set.seed(20240501)
vectors <- list(
  ties        = c(0.01, 0.02, 0.02, 0.03, 0.03, 0.03, 0.5, 1),
  ones        = c(1, 1, 0.5, 0.04, 1),
  tiny        = c(1e-300, 5e-20, 1e-10, 0.001, 0.2, 0),
  single      = c(0.03),
  pair        = c(0.02, 0.04),
  classic     = c(0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.04),
  hommel_ties = c(0.04, 0.01, 0.04, 0.04, 0.2, 0.01, 0.9, 0.04),
  n50         = runif(50)^3
)
methods <- c("bonferroni", "holm", "hochberg", "hommel", "BH", "BY")
fmt <- function(v) sprintf("%.17g", v)
cases <- lapply(names(vectors), function(nm) {
  p <- vectors[[nm]]
  list(name = unbox(nm), p = fmt(p),
       adjusted = setNames(lapply(methods, function(m) fmt(p.adjust(p, method = m))), methods))
})
out <- list(`_provenance` = unbox(paste("stats::p.adjust in", R.version.string,
                                  "via scripts/reference/p_adjust.R")),
            cases = cases)
writeLines(toJSON(out, auto_unbox = FALSE, pretty = TRUE), "Tests/StatsTests/Fixtures/p_adjust.json")
