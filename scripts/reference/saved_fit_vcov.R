# Reference covariance matrices for Tests/ParadoxTests/SavedFits/SavedFitReferenceTests.swift:
# the three models of the "Tables for a paper" example, fitted by R's lm on
# Datasets/panel.csv, covariances from sandwich. Run from the repository root:
#   Rscript scripts/reference/saved_fit_vcov.R > Tests/ParadoxTests/Fixtures/saved_fit_vcov.json
# Written with R 4.2.2 and sandwich 3.0-2 (Debian bookworm r-cran-sandwich).
#
# (1) wgi_cc ~ egdi + log(gdppc_ppp) + post_soviet, rows with year == 2022:
#     lm + sandwich::vcovHC(type = "HC1").
# (2) wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year, clustered by iso3: the fixed effects as
#     factor dummies in lm after removing singleton rows iteratively (fixest, reghdfe and egov
#     drop them), sandwich::vcovCL(cluster = ~iso3, type = "HC1") = G/(G-1)(N-1)/(N-K_full)
#     rescaled to the "nested" convention (fixest default, Stata xtreg, fe): the country
#     effects are nested in the clusters and leave K, K_nested = K_full - (G - 1), so
#     V = V_full (N - K_full) / (N - K_nested).
# (3) wgi_cc ~ egdi * post_soviet + log(gdppc_ppp) | year, clustered by iso3: year dummies are
#     not nested in the clusters, so vcovCL(type = "HC1") with K_full is the convention itself.
# Numbers printed with 17 significant digits.
suppressPackageStartupMessages(library(sandwich))

d <- read.csv("Datasets/panel.csv", na.strings = "", stringsAsFactors = FALSE)  # "NA" is Namibia
g <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(g(x), collapse = ", "), "]")
str <- function(x) paste0("[", paste0('"', x, '"', collapse = ", "), "]")
mat <- function(v) paste0("[", paste(apply(v, 1, vec), collapse = ", "), "]")

dropSingletons <- function(s, fe) {
  repeat {
    keep <- rep(TRUE, nrow(s))
    for (f in fe) { n <- table(s[[f]]); keep <- keep & (n[as.character(s[[f]])] > 1) }
    if (all(keep)) return(s)
    s <- s[keep, ]
  }
}

entry <- function(name, call, terms, fit, v, n, groups) {
  b <- coef(fit)[terms]
  paste0('  "', name, '": {\n',
         '    "call": "', call, '",\n',
         '    "nobs": ', n, ',\n',
         '    "clusters": ', if (is.null(groups)) "null" else groups, ',\n',
         '    "terms": ', str(terms), ',\n',
         '    "estimate": ', vec(b), ',\n',
         '    "vcov": ', mat(v[terms, terms, drop = FALSE]), '\n  }')
}

# R names the interaction as written; egov's names are the same here.
out <- character()

s1 <- subset(d, year == 2022 & !is.na(wgi_cc) & !is.na(egdi) & !is.na(gdppc_ppp) & !is.na(post_soviet))
m1 <- lm(wgi_cc ~ egdi + log(gdppc_ppp) + post_soviet, data = s1)
t1 <- c("(Intercept)", "egdi", "log(gdppc_ppp)", "post_soviet")
out <- c(out, entry("ols_hc1", "lm(wgi_cc ~ egdi + log(gdppc_ppp) + post_soviet, subset year == 2022); vcovHC(type = 'HC1')",
                    t1, m1, vcovHC(m1, type = "HC1"), nobs(m1), NULL))

s2 <- subset(d, !is.na(wgi_cc) & !is.na(egdi) & !is.na(gdppc_ppp))
s2 <- dropSingletons(s2, c("iso3", "year"))
m2 <- lm(wgi_cc ~ egdi + log(gdppc_ppp) + factor(iso3) + factor(year), data = s2)
G2 <- length(unique(s2$iso3)); N2 <- nobs(m2); Kfull <- length(coef(m2)); Knest <- Kfull - (G2 - 1)
v2 <- vcovCL(m2, cluster = ~iso3, type = "HC1", cadjust = TRUE) * (N2 - Kfull) / (N2 - Knest)
out <- c(out, entry("fe_cr1", "lm(wgi_cc ~ egdi + log(gdppc_ppp) + factor(iso3) + factor(year)), singletons dropped; vcovCL(cluster = ~iso3, type = 'HC1') * (N - K_full) / (N - K_full + G - 1)",
                    c("egdi", "log(gdppc_ppp)"), m2, v2, N2, G2))

s3 <- subset(d, !is.na(wgi_cc) & !is.na(egdi) & !is.na(gdppc_ppp) & !is.na(post_soviet))
s3 <- dropSingletons(s3, c("year"))
m3 <- lm(wgi_cc ~ egdi * post_soviet + log(gdppc_ppp) + factor(year), data = s3)
G3 <- length(unique(s3$iso3))
out <- c(out, entry("interaction_cr1", "lm(wgi_cc ~ egdi * post_soviet + log(gdppc_ppp) + factor(year)); vcovCL(cluster = ~iso3, type = 'HC1')",
                    c("egdi", "post_soviet", "log(gdppc_ppp)", "egdi:post_soviet"), m3,
                    vcovCL(m3, cluster = ~iso3, type = "HC1", cadjust = TRUE), nobs(m3), G3))

cat("{\n", paste0('  "generator": "scripts/reference/saved_fit_vcov.R (R ', getRversion(), ', sandwich ', packageVersion("sandwich"), ')",\n'),
    paste(out, collapse = ",\n"), "\n}\n", sep = "")
