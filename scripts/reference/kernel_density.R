# Gaussian kernel density references -> Tests/StatsTests/Fixtures/kernel_density.json
# Reads the samples of Tests/StatsTests/Fixtures/histogram_bins.json (run
# scripts/reference/histogram_bins.py first). For each sample: bw.nrd0 (R's
# density() default), bw.nrd, the exact estimate mean(dnorm(t, x, h)) at 25
# points of [min - 3h, max + 3h] for both bandwidths and for h = 0.1, and
# stats::density(x) (binned FFT approximation, 512 points) for a looser check.
# Run: Rscript scripts/reference/kernel_density.R   (R 4.2.2, jsonlite)
suppressMessages(library(jsonlite))
src <- fromJSON("Tests/StatsTests/Fixtures/histogram_bins.json", simplifyVector = TRUE)
fmt <- function(v) sprintf("%.17g", v)
cases <- list()
seen <- character(0)
for (i in seq_len(nrow(src$cases))) {
  name <- src$cases$sample[i]
  if (name %in% seen) next
  seen <- c(seen, name)
  x <- src$cases$x[[i]]
  for (rule in c("nrd0", "nrd", "fixed")) {
    if (rule == "nrd" && bw.nrd(x) <= 0) next  # IQR 0: bw.nrd is 0 (the Swift code throws; tested separately)
    h <- switch(rule, nrd0 = bw.nrd0(x), nrd = bw.nrd(x), fixed = 0.1)
    t <- seq(min(x) - 3 * h, max(x) + 3 * h, length.out = 25)
    f <- sapply(t, function(u) mean(dnorm(u, x, h)))
    d <- density(x, bw = h)
    cases[[length(cases) + 1]] <- list(sample = unbox(name), x = fmt(x), rule = unbox(rule), bandwidth = unbox(fmt(h)),
                                       t = fmt(t), density = fmt(f), r_density_x = fmt(d$x), r_density_y = fmt(d$y))
  }
}
out <- list(`_provenance` = unbox(paste("bw.nrd0, bw.nrd, dnorm, density in", R.version.string, "via scripts/reference/kernel_density.R")),
            cases = cases)
writeLines(toJSON(out, auto_unbox = FALSE, pretty = TRUE, digits = NA), "Tests/StatsTests/Fixtures/kernel_density.json")
