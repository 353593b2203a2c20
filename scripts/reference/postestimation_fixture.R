#!/usr/bin/env Rscript
# Reference values for Tests/ParadoxTests/Regression/PostEstimationTests.swift:
# Wald tests, linear combinations, conditional slopes, predictions and DFBETAS.
# Run from the repository root:
#   Rscript scripts/reference/postestimation_fixture.R > Tests/ParadoxTests/Fixtures/postestimation_reference.json
#
# Exact R calls:
#   Wald tests     car::linearHypothesis(m, h)                       (classical)
#                  car::linearHypothesis(m, h, vcov. = sandwich::vcovHC(m, type = "HC1"))
#                  cluster: V = sandwich::vcovCL(m, cluster = ~iso3, type = "HC1") (CR1,
#                  G/(G-1)(N-1)/(N-K)); F from linearHypothesis(m, h, vcov. = V), p-value
#                  pf(F, q, G - 1) (the model's t tests use t(G - 1), Stata's convention;
#                  linearHypothesis itself would use df.residual).
#   lincom/slopes  by hand: a'b, sqrt(a'Va), t = a'b/se, 2*pt(-|t|, df), a'b -/+ qt(0.975, df)*se,
#                  the gradient a written out analytically for each slope (no numerical derivative).
#   predictions    predict(m, newdata, se.fit = TRUE, interval = "confidence") (classical);
#                  with HC1: x = model.matrix(delete.response(terms(m)), newdata), sqrt(x'Vx).
#                  Unspecified regressors at the mean of the raw variable on the estimation rows.
#   dfbetas        stats::dfbetas(m)
# Data: Datasets/panel.csv (the embedded panel) and R's datasets::longley (written
# here as CSV text with 17 significant digits, so R and egov read the same doubles).
suppressPackageStartupMessages({ library(car); library(sandwich); library(jsonlite) })

panel <- read.csv("Datasets/panel.csv", stringsAsFactors = FALSE)
out <- list(generator = "scripts/reference/postestimation_fixture.R",
            versions = list(R = R.version.string, car = as.character(packageVersion("car")),
                            sandwich = as.character(packageVersion("sandwich"))))

wald <- function(m, h, V, df2 = df.residual(m)) {
  lh <- linearHypothesis(m, h, vcov. = V)
  F <- lh$F[2]; q <- lh$Df[2]
  list(hypothesis = paste(h, collapse = "; "), statistic = F, df1 = q, df2 = df2,
       p_value = pf(F, q, df2, lower.tail = FALSE), p_value_car = lh$`Pr(>F)`[2])
}
lincom <- function(m, a, V, df, label) {
  b <- coef(m); est <- sum(a * b); se <- sqrt(drop(t(a) %*% V %*% a)); t <- est / se
  q <- qt(0.975, df)
  list(label = label, estimate = est, std_error = se, statistic = t, p_value = 2 * pt(-abs(t), df),
       conf_low = est - q * se, conf_high = est + q * se)
}
pred <- function(m, nd, V, df) {
  X <- model.matrix(delete.response(terms(m)), nd)
  fit <- drop(X %*% coef(m)); se <- sqrt(rowSums((X %*% V) * X)); q <- qt(0.975, df)
  list(fit = fit, std_error = se, conf_low = fit - q * se, conf_high = fit + q * se)
}

# 1. The paradox model, 2022.
d <- subset(panel, year == 2022)
m <- lm(wgi_cc ~ egdi * post_soviet + log(gdppc_ppp), data = d)
used <- d[rownames(model.frame(m)), ]
k <- names(coef(m))
stopifnot(identical(k, c("(Intercept)", "egdi", "post_soviet", "log(gdppc_ppp)", "egdi:post_soviet")))
Vc <- vcov(m); Vh <- vcovHC(m, type = "HC1"); df <- df.residual(m)
a_ps <- c(0, 1, 0, 0, 1)
h1 <- c("egdi = 0", "egdi:post_soviet = 0")
h2 <- c("2*egdi - log(gdppc_ppp) = 1")
nd <- expand.grid(egdi = c(0.5, 0.9), gdppc_ppp = 20000)
nd$post_soviet <- mean(used$post_soviet)
pc <- predict(m, nd, se.fit = TRUE, interval = "confidence")
out$paradox <- list(
  formula = "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", where = "year == 2022",
  nobs = nobs(m), df_residual = df, coefficients = unname(coef(m)), terms = k,
  tests_classical = list(wald(m, h1, Vc), wald(m, h2, Vc)),
  tests_hc1 = list(wald(m, h1, Vh), wald(m, h2, Vh)),
  lincom_classical = lincom(m, a_ps, Vc, df, "egdi + egdi:post_soviet"),
  lincom_hc1 = lincom(m, a_ps, Vh, df, "egdi + egdi:post_soviet"),
  slopes_hc1 = list(lincom(m, c(0, 1, 0, 0, 0), Vh, df, "post_soviet=0"), lincom(m, a_ps, Vh, df, "post_soviet=1")),
  predict_grid = nd, post_soviet_mean = mean(used$post_soviet),
  predict_classical = list(fit = unname(pc$fit[, "fit"]), std_error = unname(pc$se.fit),
                           conf_low = unname(pc$fit[, "lwr"]), conf_high = unname(pc$fit[, "upr"]),
                           df = pc$df),
  predict_hc1 = pred(m, nd, Vh, df),
  dfbetas = unname(dfbetas(m)), dfbetas_labels = paste(used$iso3, used$year)
)

# 2. Transformed terms: slopes through I(egdi^2) and log(gdppc_ppp), 2022, HC1.
m2 <- lm(wgi_cc ~ egdi + I(egdi^2) + log(gdppc_ppp), data = d)
V2 <- vcovHC(m2, type = "HC1"); df2 <- df.residual(m2)
used2 <- d[rownames(model.frame(m2)), ]
gbar <- mean(used2$gdppc_ppp); ebar <- mean(used2$egdi)
# d/d egdi = b1 + 2 b2 egdi; d/d gdppc_ppp = b3 / gdppc_ppp
out$transformed <- list(
  formula = "wgi_cc ~ egdi + I(egdi^2) + log(gdppc_ppp)", where = "year == 2022",
  terms = names(coef(m2)), egdi_mean = ebar, gdppc_mean = gbar,
  slopes_egdi = lapply(c(0.4, 0.8), function(e) lincom(m2, c(0, 1, 2 * e, 0), V2, df2, paste0("egdi=", e))),
  slopes_gdppc = lapply(c(5000, 20000), function(g) lincom(m2, c(0, 0, 0, 1 / g), V2, df2, paste0("gdppc_ppp=", g))),
  # slope of egdi with nothing set: at the mean of egdi
  slope_egdi_at_mean = lincom(m2, c(0, 1, 2 * ebar, 0), V2, df2, "mean"),
  # prediction at egdi = 0.6 with gdppc_ppp at its mean (raw mean, then log)
  predict_hc1 = pred(m2, data.frame(egdi = 0.6, gdppc_ppp = gbar), V2, df2)
)

# 3. Cluster: edition years 2014-2022, clusters by iso3, CR1, t(G - 1).
d3 <- subset(panel, year >= 2014 & year <= 2022)
m3 <- lm(wgi_cc ~ egdi * post_soviet + log(gdppc_ppp), data = d3)
used3 <- d3[rownames(model.frame(m3)), ]
V3 <- vcovCL(m3, cluster = ~iso3, type = "HC1")
G <- length(unique(used3$iso3))
out$cluster <- list(
  formula = "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", where = "year >= 2014 & year <= 2022",
  clusters = G, nobs = nobs(m3),
  tests = list(wald(m3, h1, V3, G - 1)),
  lincom = lincom(m3, a_ps, V3, G - 1, "egdi + egdi:post_soviet")
)

# 4. Longley (R datasets::longley), classical and HC1.
L <- datasets::longley
csv <- c(paste(names(L), collapse = ","), apply(L, 1, function(r) paste(sprintf("%.17g", r), collapse = ",")))
L <- read.csv(text = paste(csv, collapse = "\n"))
m4 <- lm(Employed ~ GNP + Unemployed + Armed.Forces + Population + Year, data = L)
V4 <- vcovHC(m4, type = "HC1"); df4 <- df.residual(m4)
h4 <- c("GNP = 0", "Unemployed = Armed.Forces", "Population + Year = 0")
nd4 <- data.frame(GNP = c(400, 500), Unemployed = 300, Armed.Forces = 250, Population = 115, Year = 1955)
p4 <- predict(m4, nd4, se.fit = TRUE, interval = "confidence")
out$longley <- list(
  csv = paste0(paste(csv, collapse = "\n"), "\n"),
  formula = "Employed ~ GNP + Unemployed + Armed.Forces + Population + Year",
  tests_classical = list(wald(m4, h4, vcov(m4))), tests_hc1 = list(wald(m4, h4, V4)),
  lincom_classical = lincom(m4, c(0, 0, 1, -1, 0, 0), vcov(m4), df4, "Unemployed - Armed.Forces"),
  predict_classical = list(fit = unname(p4$fit[, "fit"]), std_error = unname(p4$se.fit),
                           conf_low = unname(p4$fit[, "lwr"]), conf_high = unname(p4$fit[, "upr"])),
  dfbetas = unname(dfbetas(m4))
)

# jsonlite prints at most 15 significant digits: numbers are written verbatim with 17.
g17 <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
verbatim <- function(x) {
  if (is.data.frame(x)) return(lapply(as.list(x), verbatim))
  if (is.matrix(x)) return(structure(paste0("[", paste(apply(x, 1, function(r) paste0("[", paste(g17(r), collapse = ", "), "]")), collapse = ", "), "]"), class = "json"))
  if (is.list(x)) return(lapply(x, verbatim))
  if (is.numeric(x)) {
    if (length(x) == 1) return(structure(g17(x), class = "json"))
    return(structure(paste0("[", paste(g17(x), collapse = ", "), "]"), class = "json"))
  }
  x
}
cat(toJSON(verbatim(out), auto_unbox = TRUE, pretty = TRUE, json_verbatim = TRUE), "\n")
