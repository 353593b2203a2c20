# Colormap anchors and checks.
# viridis (option "D") and cividis (option "E") from viridisLite::viridis.map,
# which holds the 256 published sRGB anchors of matplotlib's colormaps
# (van der Walt & Smith 2015; Nuñez, Anderton & Renslow 2018, PLOS ONE 13(7): e0199239).
# Prints 33 anchors (every 8th of the 256, plus the last) to paste into
# Sources/Plot/ColorMap.swift, and writes a fixture of viridisLite's own 8-bit colours
# at 11 evenly spaced points to Tests/PlotTests/Fixtures/colormaps.csv.
# Also writes ColorBrewer RdBu (11 classes) from RColorBrewer.
# Run from the repository root: Rscript scripts/reference/plot_colormaps.R
library(viridisLite); library(RColorBrewer)
m <- viridisLite::viridis.map
idx <- c(seq(1, 256, by = 8), 256)
for (opt in c("D", "E")) {
  d <- m[m$opt == opt, ]
  cat("// option", opt, "\n")
  for (i in idx) cat(sprintf("    (%.6f, %.6f, %.6f),\n", d$R[i], d$G[i], d$B[i]))
}
fx <- c("map,t,hex")
for (k in 0:10) fx <- c(fx, sprintf("viridis,%.1f,%s", k / 10, substr(viridis(11)[k + 1], 1, 7)))
for (k in 0:10) fx <- c(fx, sprintf("cividis,%.1f,%s", k / 10, substr(cividis(11)[k + 1], 1, 7)))
rd <- brewer.pal(11, "RdBu")
for (k in 0:10) fx <- c(fx, sprintf("rdbu,%.1f,%s", k / 10, rd[k + 1]))
writeLines(fx, "Tests/PlotTests/Fixtures/colormaps.csv")
