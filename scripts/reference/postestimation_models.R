#!/usr/bin/env Rscript
# Reference values for Tests/ParadoxTests/Regression/PostEstimationModelsTests.swift:
# --test, --lincom, --slopes and --predict on GLM (logit, probit, Poisson), 2SLS and
# quantile-regression fits of the embedded panel.
# Run from the repository root:
#   Rscript scripts/reference/postestimation_models.R > Tests/ParadoxTests/Fixtures/postestimation_models.json
# Versions used: R 4.2.2, car 3.1-1, sandwich 3.0-2, AER 1.2-10, quantreg 5.94, numDeriv 2016.8-1.1,
# jsonlite 1.8.4 (Debian packages). r-cran-marginaleffects is not packaged for this Debian, so the
# marginaleffects / Stata margins quantities are computed here by their definitions:
#
# GLM average slopes (marginaleffects::avg_slopes(m, variables = "v", by = "g"); Stata
#   margins, dydx(v) over(g)): mean over the observations of group g of d mu_i / d v, with
#   d mu_i / d v = mu.eta(eta_i) * d eta_i / d v written out by hand for each model below
#   (e.g. egdi in egdi * post_soviet: b_egdi + b_egdi:post_soviet * post_soviet_i; gdppc_ppp in
#   log(gdppc_ppp): b_log / gdppc_ppp_i). Counterfactual values (--at, Stata margins at()):
#   the variable set to the value for every observation before averaging. Delta-method SEs:
#   sqrt(J V J') with J the numerical Jacobian in the coefficients (numDeriv::jacobian,
#   Richardson extrapolation), independent of egov's analytic gradient. V = vcov(m) (classical,
#   expected information) or sandwich::vcovHC(m, type = "HC1"). z inference.
# GLM predictions: predict(m, newdata, type = "link", se.fit = TRUE); fit = linkinv(eta),
#   SE = mu.eta(eta) * se(eta), CI = linkinv(eta -/+ qnorm(0.975) se(eta)); with HC1 the link
#   SE is sqrt(x' V x). Variables not in the grid at their mean on the estimation rows
#   (log of the mean for log(gdppc_ppp)).
# GLM Wald tests: car::linearHypothesis(m, h, vcov. = V, test = "Chisq").
# glm() is run with glm.control(epsilon = 1e-30, maxit = 60) as in glm_reference.R (R's deviance
#   rule stops early; with 60 scoring iterations the estimate is converged to rounding).
# 2SLS: AER::ivreg; Wald tests car::linearHypothesis(m, h, vcov. = V, test = "F") (df2 = df.residual); lincom,
#   slopes and predictions by hand (a'b, sqrt(a'Va), t(df.residual)); V = vcov(m) (sigma^2 =
#   RSS/(n - k)) or sandwich::vcovHC(m, type = "HC1").
# Quantile: quantreg::rq(method = "br"), V = summary(m, se = "nid", covariance = TRUE)$cov;
#   Wald F = (Rb - r)'(R V R')^-1 (Rb - r)/q on F(q, n - p) (quantreg's anova.rq Wald test uses
#   F(q, n - p)); lincom, slopes, predictions a'b, sqrt(a'Va), t(n - p) as summary.rq's table.
suppressPackageStartupMessages({ library(car); library(sandwich); library(AER); library(quantreg)
  library(numDeriv); library(jsonlite) })

panel <- read.csv("Datasets/panel.csv", stringsAsFactors = FALSE)
out <- list(generator = "scripts/reference/postestimation_models.R",
            versions = list(R = R.version.string, car = as.character(packageVersion("car")),
                            sandwich = as.character(packageVersion("sandwich")), AER = as.character(packageVersion("AER")),
                            quantreg = as.character(packageVersion("quantreg")), numDeriv = as.character(packageVersion("numDeriv"))))
z <- qnorm(0.975)
inf <- function(est, se, ref = "z", df = NA) {
  if (ref == "z") { s <- est / se; p <- 2 * pnorm(-abs(s)); q <- z } else { s <- est / se; p <- 2 * pt(-abs(s), df); q <- qt(0.975, df) }
  list(estimate = est, std_error = se, statistic = s, p_value = p, conf_low = est - q * se, conf_high = est + q * se)
}
chisq <- function(m, h, V) {
  lh <- linearHypothesis(m, h, vcov. = V, test = "Chisq")
  list(hypothesis = paste(h, collapse = "; "), statistic = lh$Chisq[2], df1 = lh$Df[2], p_value = lh$`Pr(>Chisq)`[2])
}
ftest <- function(m, h, V, df2) {
  lh <- linearHypothesis(m, h, vcov. = V, test = "F")
  list(hypothesis = paste(h, collapse = "; "), statistic = lh$F[2], df1 = lh$Df[2], df2 = df2,
       p_value = pf(lh$F[2], lh$Df[2], df2, lower.tail = FALSE))
}
fitglm <- function(f, d, fam) suppressWarnings(glm(f, data = d, family = fam, control = glm.control(epsilon = 1e-30, maxit = 60)))
# Average of slope(beta, rows) with delta-method SE.
avg <- function(fun, b, V) { est <- fun(b); J <- jacobian(fun, b); inf(est, sqrt(drop(J %*% V %*% t(J)))) }
glmpred <- function(m, nd, V) {
  X <- model.matrix(delete.response(terms(m)), nd)
  eta <- drop(X %*% coef(m)); se <- sqrt(rowSums((X %*% V) * X)); fam <- family(m)
  # Cross-check against predict(type = "link") for the classical covariance.
  list(fit = fam$linkinv(eta), std_error = fam$mu.eta(eta) * se, conf_low = fam$linkinv(eta - z * se),
       conf_high = fam$linkinv(eta + z * se), link_fit = eta, link_se = se)
}

# 1. Logit, 2022: I(fh_status != "NF") ~ egdi * post_soviet + log(gdppc_ppp).
d <- subset(panel, year == 2022)
d <- d[complete.cases(d[, c("fh_status", "egdi", "post_soviet", "gdppc_ppp")]), ]
m <- fitglm(I(fh_status != "NF") ~ egdi * post_soviet + log(gdppc_ppp), d, binomial("logit"))
stopifnot(identical(names(coef(m)), c("(Intercept)", "egdi", "post_soviet", "log(gdppc_ppp)", "egdi:post_soviet")))
Vc <- vcov(m); Vh <- vcovHC(m, type = "HC1")
X <- model.matrix(m); b0 <- coef(m)
fam <- binomial("logit")
egdiSlope <- function(Xm, rows) function(b) { eta <- drop(Xm[rows, , drop = FALSE] %*% b)
  mean(fam$mu.eta(eta) * (b[2] + b[5] * Xm[rows, 3])) }
byGroup <- function(V) lapply(c(0, 1), function(g) avg(egdiSlope(X, which(d$post_soviet == g)), b0, V))
# Counterfactual gdppc_ppp (egdi slope does not involve gdppc directly, only through eta).
atGdp <- function(V) lapply(c(5000, 20000), function(g) {
  Xg <- X; Xg[, 4] <- log(g); avg(egdiSlope(Xg, seq_len(nrow(X))), b0, V) })
gdpSlope <- function(b) { eta <- drop(X %*% b); mean(fam$mu.eta(eta) * b[4] / d$gdppc_ppp) }
nd <- expand.grid(egdi = c(0.5, 0.9), gdppc_ppp = 20000); nd$post_soviet <- mean(d$post_soviet)
pl <- predict(m, nd, type = "link", se.fit = TRUE)
lin <- function(a, V) inf(sum(a * b0), sqrt(drop(t(a) %*% V %*% a)))
out$logit <- list(
  formula = "I(fh_status != \"NF\") ~ egdi * post_soviet + log(gdppc_ppp)", where = "year == 2022",
  nobs = nobs(m), terms = names(b0), coefficients = unname(b0), converged = m$converged,
  tests_classical = list(chisq(m, c("egdi = 0", "egdi:post_soviet = 0"), Vc)),
  tests_hc1 = list(chisq(m, c("egdi = 0", "egdi:post_soviet = 0"), Vh), chisq(m, "2*egdi - log(gdppc_ppp) = 1", Vh)),
  lincom_hc1 = lin(c(0, 1, 0, 0, 1), Vh),
  slopes_by_classical = byGroup(Vc), slopes_by_hc1 = byGroup(Vh),
  slopes_overall_hc1 = avg(egdiSlope(X, seq_len(nrow(X))), b0, Vh),
  slopes_at_gdppc_hc1 = atGdp(Vh),
  slope_gdppc_classical = avg(gdpSlope, b0, Vc),
  post_soviet_mean = mean(d$post_soviet),
  predict_classical = glmpred(m, nd, Vc), predict_hc1 = glmpred(m, nd, Vh),
  predict_link_check = list(fit = unname(pl$fit), se = unname(pl$se.fit)))

# 2. Probit, same data: I(fh_status == "F") ~ egdi + I(egdi^2) + log(gdppc_ppp), classical.
mp <- fitglm(I(fh_status == "F") ~ egdi + I(egdi^2) + log(gdppc_ppp), d, binomial("probit"))
Xp <- model.matrix(mp); bp <- coef(mp); famp <- binomial("probit")
pSlope <- function(b) { eta <- drop(Xp %*% b); mean(famp$mu.eta(eta) * (b[2] + 2 * b[3] * d$egdi)) }
pSlopeAt <- function(e) function(b) { Xe <- Xp; Xe[, 2] <- e; Xe[, 3] <- e^2; eta <- drop(Xe %*% b); mean(famp$mu.eta(eta) * (b[2] + 2 * b[3] * e)) }
out$probit <- list(
  formula = "I(fh_status == \"F\") ~ egdi + I(egdi^2) + log(gdppc_ppp)", where = "year == 2022",
  nobs = nobs(mp), terms = names(bp), coefficients = unname(bp),
  slope_overall = avg(pSlope, bp, vcov(mp)),
  slopes_at_egdi = lapply(c(0.5, 0.8), function(e) avg(pSlopeAt(e), bp, vcov(mp))),
  predict = glmpred(mp, data.frame(egdi = 0.7, gdppc_ppp = mean(d$gdppc_ppp)), vcov(mp)))

# 3. Poisson, 2022: fh_pr ~ egdi * post_soviet + log(gdppc_ppp), HC1.
dp <- subset(panel, year == 2022)
dp <- dp[complete.cases(dp[, c("fh_pr", "egdi", "post_soviet", "gdppc_ppp")]), ]
mq <- fitglm(fh_pr ~ egdi * post_soviet + log(gdppc_ppp), dp, poisson())
Xq <- model.matrix(mq); bq <- coef(mq); Vq <- vcovHC(mq, type = "HC1")
qSlope <- function(rows) function(b) { eta <- drop(Xq[rows, , drop = FALSE] %*% b); mean(exp(eta) * (b[2] + b[5] * Xq[rows, 3])) }
ndq <- data.frame(egdi = c(0.5, 0.9), gdppc_ppp = 20000, post_soviet = 1)
out$poisson <- list(
  formula = "fh_pr ~ egdi * post_soviet + log(gdppc_ppp)", where = "year == 2022",
  nobs = nobs(mq), terms = names(bq), coefficients = unname(bq),
  tests_hc1 = list(chisq(mq, c("egdi = 0", "egdi:post_soviet = 0"), Vq)),
  slopes_by_hc1 = lapply(c(0, 1), function(g) avg(qSlope(which(dp$post_soviet == g)), bq, Vq)),
  predict_hc1 = glmpred(mq, ndq, Vq))

# 4. 2SLS, 2022: wgi_cc ~ log(gdppc_ppp) + egdi | log(gdppc_ppp) + tii + hci.
v <- c("wgi_cc", "gdppc_ppp", "egdi", "tii", "hci")
y22 <- subset(panel, year == 2022); y22 <- y22[complete.cases(y22[, v]), ]
iv <- ivreg(wgi_cc ~ log(gdppc_ppp) + egdi | log(gdppc_ppp) + tii + hci, data = y22)
bi <- coef(iv); dfi <- iv$df.residual
ivlin <- function(a, V) inf(sum(a * bi), sqrt(drop(t(a) %*% V %*% a)), "t", dfi)
ivsets <- function(V) list(
  tests = list(ftest(iv, c("egdi = 0", "log(gdppc_ppp) = 0"), V, dfi), ftest(iv, "egdi - 2*log(gdppc_ppp) = 0.5", V, dfi)),
  lincom = ivlin(c(0, 1, 1), V),
  slopes_gdppc = lapply(c(5000, 20000), function(g) ivlin(c(0, 1 / g, 0), V)),
  predict = lapply(c(0.5, 0.9), function(e) { x <- c(1, log(mean(y22$gdppc_ppp)), e); ivlin(x, V) }))
out$iv <- list(
  formula = "wgi_cc ~ log(gdppc_ppp) | egdi ~ tii + hci", where = "year == 2022",
  nobs = nobs(iv), df_residual = dfi, terms = names(bi), coefficients = unname(bi),
  classical = ivsets(vcov(iv)), hc1 = ivsets(vcovHC(iv, type = "HC1")))

# 5. Median regression, 2022: wgi_cc ~ egdi * post_soviet + log(gdppc_ppp), se = "nid".
q22 <- subset(panel, year == 2022); q22 <- q22[complete.cases(q22[, c("wgi_cc", "egdi", "post_soviet", "gdppc_ppp")]), ]
rqm <- rq(wgi_cc ~ egdi * post_soviet + log(gdppc_ppp), tau = 0.5, data = q22, method = "br")
sq <- summary(rqm, se = "nid", covariance = TRUE)
Vr <- sq$cov; br <- coef(rqm); dfr <- nrow(q22) - length(br)
rlin <- function(a) inf(sum(a * br), sqrt(drop(t(a) %*% Vr %*% a)), "t", dfr)
wald <- function(R, r) { d <- R %*% br - r; F <- drop(t(d) %*% solve(R %*% Vr %*% t(R)) %*% d) / nrow(R)
  list(statistic = F, df1 = nrow(R), df2 = dfr, p_value = pf(F, nrow(R), dfr, lower.tail = FALSE)) }
R1 <- rbind(c(0, 1, 0, 0, 0), c(0, 0, 0, 0, 1))
out$quantile <- list(
  formula = "wgi_cc ~ egdi * post_soviet + log(gdppc_ppp)", where = "year == 2022", tau = 0.5,
  nobs = nrow(q22), df_residual = dfr, terms = names(br), coefficients = unname(br),
  se = unname(sqrt(diag(Vr))),
  tests = list(c(list(hypothesis = "egdi = 0; egdi:post_soviet = 0"), wald(R1, c(0, 0)))),
  lincom = rlin(c(0, 1, 0, 0, 1)),
  slopes_by = list(rlin(c(0, 1, 0, 0, 0)), rlin(c(0, 1, 0, 0, 1))),
  predict = lapply(c(0.5, 0.9), function(e) rlin(c(1, e, mean(q22$post_soviet), log(mean(q22$gdppc_ppp)), e * mean(q22$post_soviet)))))

cat(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "\n")
