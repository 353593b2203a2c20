# Reference tick positions from R's labeling::extended (Talbot, Lin & Hanrahan
# 2010), Q = c(1, 5, 2, 2.5, 4, 3), w = c(0.25, 0.2, 0.5, 0.05), only.loose = FALSE.
# Writes Tests/PlotTests/Fixtures/extended_ticks.csv (dmin,dmax,m,ticks separated by ';').
# Run from the repository root: Rscript scripts/reference/plot_extended_ticks.R
library(labeling)
cases <- list(c(8.1, 14.1, 4), c(0, 1, 5), c(-3.7, 2.2, 5), c(-1234, -17, 5),
              c(1e-7, 5.3e-7, 5), c(2e9, 7.7e10, 5), c(0.91, 0.95, 4), c(1996, 2024, 5),
              c(-0.5, 0.5, 5), c(12, 180, 6), c(0.03, 0.97, 3), c(100, 101, 5))
lines <- sapply(cases, function(cs) {
  t <- extended(cs[1], cs[2], cs[3])
  paste(sprintf("%.17g", cs[1]), sprintf("%.17g", cs[2]), cs[3],
        paste(sprintf("%.17g", t), collapse = ";"), sep = ",")
})
writeLines(c("dmin,dmax,m,ticks", lines), "Tests/PlotTests/Fixtures/extended_ticks.csv")
