#!/usr/bin/env Rscript
# Reference values for Tests/ParadoxTests/FitBandTests.swift: the pointwise
# confidence band for the mean of an OLS line, from R's
#   predict(lm(y ~ x), newdata, interval = "confidence", level = L)
# Writes Tests/ParadoxTests/Fixtures/fit_band_data.csv (the data) and
# fit_band_reference.csv (x0, fit, lwr, upr and qt(1 - (1 - L)/2, n - 2)).
# Run from the package root:  Rscript scripts/reference/fit_band.R
out <- "Tests/ParadoxTests/Fixtures"
cases <- list(
  # R's datasets::cars (Ezekiel 1930): stopping distance vs speed, n = 50.
  cars = data.frame(x = cars$speed, y = cars$dist),
  # Survey years as x: a large offset relative to the spread (the band must
  # not lose digits to cancellation).
  years = data.frame(x = c(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024),
                     y = c(0.41, 0.44, 0.43, 0.50, 0.52, 0.55, 0.61, 0.60, 0.66, 0.71, 0.74, 0.78)),
  # Three points: the smallest case with a residual degree of freedom.
  three = data.frame(x = c(-1, 0, 2), y = c(1.5, 0.2, -2.9))
)
data_rows <- list(); ref_rows <- list()
for (name in names(cases)) {
  d <- cases[[name]]
  data_rows[[name]] <- data.frame(case = name, x = d$x, y = d$y)
  fit <- lm(y ~ x, data = d)
  grid <- seq(min(d$x), max(d$x), length.out = 7)
  newdata <- data.frame(x = c(grid, mean(d$x)))
  for (level in c(0.95, 0.9)) {
    p <- predict(fit, newdata, interval = "confidence", level = level)
    ref_rows[[paste(name, level)]] <- data.frame(case = name, level = level, x0 = newdata$x,
      fit = p[, "fit"], lwr = p[, "lwr"], upr = p[, "upr"],
      qt = qt(1 - (1 - level) / 2, df.residual(fit)))
  }
}
fmt <- function(df) { for (j in seq_along(df)) if (is.numeric(df[[j]])) df[[j]] <- sprintf("%.17g", df[[j]]); df }
write.csv(fmt(do.call(rbind, data_rows)), file.path(out, "fit_band_data.csv"), row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, ref_rows)), file.path(out, "fit_band_reference.csv"), row.names = FALSE, quote = FALSE)
