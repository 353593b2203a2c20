# Partial correlations, a pairwise-complete correlation matrix with p.adjust, and the
# Fisher-z test of two independent correlations, from base R
#   -> Tests/StatsTests/Fixtures/correlation_partial.json
# Run from the package root: Rscript scripts/reference/correlation_partial.R
# Partial r = cor of lm residuals; t = r sqrt(df/(1-r^2)), df = n - 2 - k, p = 2 pt(-|t|, df);
# CI tanh(atanh(r) +- qnorm(0.975)/sqrt(n - 3 - k)) (as ppcor::pcor.test, Fisher z).
# Spearman partial: the same on rank() of every variable (ppcor's method = "spearman"), but the
# interval with the Bonett-Wright SE sqrt((1 + r^2/2)/(n - 3 - k)), as the simple Spearman interval.
suppressMessages(library(jsonlite))
set.seed(7041)
n <- 15
z1 <- round(rnorm(n), 3); z2 <- round(runif(n), 3)
x <- round(z1 + 0.5 * z2 + rnorm(n, 0, 0.7), 3)
y <- round(-0.4 * z1 + z2 + 0.5 * x + rnorm(n, 0, 0.7), 3)
fmt <- function(v) sprintf("%.17g", v)
partial <- function(x, y, Z, method) {
  if (method == "spearman") { x <- rank(x); y <- rank(y); Z <- apply(Z, 2, rank) }
  ex <- resid(lm(x ~ Z)); ey <- resid(lm(y ~ Z))
  r <- cor(ex, ey); k <- ncol(Z); df <- n - 2 - k
  t <- r * sqrt(df / (1 - r^2))
  se <- if (method == "spearman") sqrt((1 + r^2 / 2) / (n - 3 - k)) else 1 / sqrt(n - 3 - k)
  ci <- tanh(atanh(r) + c(-1, 1) * qnorm(0.975) * se)
  list(method = unbox(method), k = unbox(k), estimate = unbox(fmt(r)), statistic = unbox(fmt(t)),
       df = unbox(df), p_value = unbox(fmt(2 * pt(-abs(t), df))),
       p_greater = unbox(fmt(pt(t, df, lower.tail = FALSE))),
       conf_low = unbox(fmt(ci[1])), conf_high = unbox(fmt(ci[2])))
}
partials <- list(partial(x, y, cbind(z1, z2), "pearson"), partial(x, y, cbind(z1), "pearson"),
                 partial(x, y, cbind(z1, z2), "spearman"))
# Matrix with missing values: pairwise-complete cor.test, then p.adjust over the pairs.
w <- round(rnorm(n), 3); w[c(2, 9)] <- NA; x2 <- x; x2[5] <- NA
vars <- list(x = x2, y = y, w = w, z1 = z1)
pairs <- list()
for (i in 1:3) for (j in (i + 1):4) {
  ok <- complete.cases(vars[[i]], vars[[j]])
  ct <- cor.test(vars[[i]][ok], vars[[j]][ok], method = "pearson")
  pairs[[length(pairs) + 1]] <- list(first = unbox(names(vars)[i]), second = unbox(names(vars)[j]),
                                     n = unbox(sum(ok)), estimate = unbox(fmt(unname(ct$estimate))),
                                     p_value = unbox(fmt(ct$p.value)))
}
praw <- sapply(pairs, function(p) as.numeric(p$p_value))
holm <- p.adjust(praw, "holm"); bh <- p.adjust(praw, "BH")
for (i in seq_along(pairs)) { pairs[[i]]$holm <- unbox(fmt(holm[i])); pairs[[i]]$BH <- unbox(fmt(bh[i])) }
# Two independent correlations: z = (atanh r1 - atanh r2) / sqrt(1/(n1-3) + 1/(n2-3)).
diffcase <- function(r1, n1, r2, n2) {
  zz <- (atanh(r1) - atanh(r2)) / sqrt(1 / (n1 - 3) + 1 / (n2 - 3))
  list(r1 = unbox(r1), n1 = unbox(n1), r2 = unbox(r2), n2 = unbox(n2), z = unbox(fmt(zz)),
       p_two_sided = unbox(fmt(2 * pnorm(-abs(zz)))), p_greater = unbox(fmt(pnorm(zz, lower.tail = FALSE))),
       p_less = unbox(fmt(pnorm(zz))))
}
out <- list(`_provenance` = unbox(paste("base R (lm, cor, pt, pnorm, p.adjust) in", R.version.string,
                                        "via scripts/reference/correlation_partial.R")),
            x = fmt(x), y = fmt(y), z1 = fmt(z1), z2 = fmt(z2), w = fmt(w), x_missing = fmt(x2),
            partial = partials, matrix = pairs,
            difference = list(diffcase(0.62, 15, 0.18, 40), diffcase(-0.3, 12, 0.45, 190), diffcase(0.5, 10, 0.5, 25)))
writeLines(toJSON(out, pretty = TRUE, na = "string"), "Tests/StatsTests/Fixtures/correlation_partial.json")
