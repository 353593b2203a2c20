# Reference values for the panel and small-sample covariances of `egov regress`
# (Sources/Stats/Panel; tests in Tests/ParadoxTests/Regression/PanelCovarianceTests.swift
# and Tests/EGovCLITests/PanelCovarianceCLITests.swift), on the embedded panel.
#
# Run from the repository root:
#   Rscript scripts/reference/panel_covariances.R > Tests/ParadoxTests/Fixtures/panel_covariances.json
# Versions used for the committed fixture: R 4.x (Debian), plm 2.6.2, sandwich 3.0.2,
# clubSandwich 0.5.8, lmtest 0.9.40, jsonlite 1.8.4 (the JSON records them).
#
# R pcse is not packaged for Debian (apt-cache policy r-cran-pcse finds nothing), so
# Beck-Katz PCSE come from sandwich::vcovPC (whose tests match Stata xtpcse and pcse)
# and are checked here against an explicit Kronecker construction of R pcse's
# formulas (casewise and pairwise), written out below.
#
# Sample: the 15 post-Soviet states (post_soviet == 1), rows with wgi_cc, egdi and
# gdppc_ppp present: 161 country-years at the UN survey editions 2003-2022
# (unbalanced: TJK 9, TKM 10, UZB 10 editions).
suppressPackageStartupMessages({
  library(plm); library(sandwich); library(lmtest); library(clubSandwich); library(jsonlite)
})

raw <- read.csv("Datasets/panel.csv", stringsAsFactors = FALSE)
ps <- raw[raw$post_soviet == 1 & !is.na(raw$wgi_cc) & !is.na(raw$egdi) & !is.na(raw$gdppc_ppp), ]
ps <- ps[order(ps$iso3, ps$year), ]
ps$lgdp <- log(ps$gdppc_ppp)
slopes <- c("egdi", "lgdp")
names_out <- c(egdi = "egdi", lgdp = "log(gdppc_ppp)", "log(gdppc_ppp)" = "log(gdppc_ppp)", "(Intercept)" = "(Intercept)")

cases <- list()
add <- function(name, call, vcov, where, formula, terms, est, se, df, level = 0.95, nobs, extra = list()) {
  t <- est / se
  p <- 2 * pt(abs(t), df, lower.tail = FALSE)
  q <- qt(1 - (1 - level) / 2, df)
  cases[[length(cases) + 1]] <<- c(list(
    name = name, call = call, vcov = vcov, where = where, formula = formula,
    terms = unname(names_out[terms]), estimate = unname(est), std_error = unname(se),
    statistic = unname(t), df = unname(df), p_value = unname(p),
    conf_low = unname(est - q * se), conf_high = unname(est + q * se), nobs = nobs), extra)
}

where_ps <- "post_soviet == 1"
f_pooled <- "wgi_cc ~ egdi + log(gdppc_ppp)"
f_twfe <- "wgi_cc ~ egdi + log(gdppc_ppp) | iso3 + year"

# --- Driscoll-Kraay: plm::vcovSCC(type = "HC0", maxlag = L); t(df.residual) as coeftest.
pdat <- pdata.frame(ps, index = c("iso3", "year"))
pool <- plm(wgi_cc ~ egdi + lgdp, data = pdat, model = "pooling")
twfe <- plm(wgi_cc ~ egdi + lgdp, data = pdat, model = "within", effect = "twoways")
for (L in c(0, 2)) {
  V <- vcovSCC(pool, type = "HC0", maxlag = L)
  ct <- coeftest(pool, vcov. = V)
  add(paste0("dk", L, "_pooled"), sprintf("plm(model = 'pooling'); coeftest(m, vcov. = vcovSCC(m, type = 'HC0', maxlag = %d))", L),
      sprintf("driscoll-kraay(%d)", L), where_ps, f_pooled, names(coef(pool)), coef(pool), sqrt(diag(V)), df.residual(pool),
      nobs = nobs(pool), extra = list(p_value_coeftest = unname(ct[, 4])))
  V <- vcovSCC(twfe, type = "HC0", maxlag = L)
  ct <- coeftest(twfe, vcov. = V)
  add(paste0("dk", L, "_twfe"), sprintf("plm(model = 'within', effect = 'twoways'); coeftest(m, vcov. = vcovSCC(m, type = 'HC0', maxlag = %d))", L),
      sprintf("driscoll-kraay(%d)", L), where_ps, f_twfe, names(coef(twfe)), coef(twfe), sqrt(diag(V)), df.residual(twfe),
      nobs = nobs(twfe), extra = list(p_value_coeftest = unname(ct[, 4])))
}

# --- PCSE (Beck-Katz): sandwich::vcovPC, checked against R pcse's formulas.
pcse_explicit <- function(m, unit, time, pairwise) {
  X <- model.matrix(m); e <- resid(m)
  units <- sort(unique(unit)); times <- sort(unique(time))
  nU <- length(units); nT <- length(times)
  E <- matrix(NA, nT, nU); Xr <- array(0, c(nT, nU, ncol(X)))
  for (i in seq_along(e)) {
    a <- match(time[i], times); b <- match(unit[i], units)
    E[a, b] <- e[i]; Xr[a, b, ] <- X[i, ]
  }
  if (!pairwise) {
    complete <- which(rowSums(is.na(E)) == 0)
    Sigma <- crossprod(E[complete, , drop = FALSE]) / length(complete)
  } else {
    V <- !is.na(E); E0 <- E; E0[is.na(E0)] <- 0
    Sigma <- crossprod(E0) / crossprod(V * 1)
  }
  # X stacked unit by unit, time within unit; missing rows are zero.
  Xs <- do.call(rbind, lapply(seq_len(nU), function(b) Xr[, b, , drop = TRUE]))
  Omega <- kronecker(Sigma, diag(nT))
  B <- solve(crossprod(X))
  B %*% (t(Xs) %*% Omega %*% Xs) %*% B
}
lm_pool <- lm(wgi_cc ~ egdi + lgdp, data = ps)
lm_twfe <- lm(wgi_cc ~ egdi + lgdp + factor(iso3) + factor(year), data = ps)
for (pw in c(FALSE, TRUE)) {
  for (spec in list(list(m = lm_pool, tag = "pooled", f = f_pooled), list(m = lm_twfe, tag = "twfe", f = f_twfe))) {
    m <- spec$m
    V <- vcovPC(m, cluster = ~ iso3 + year, pairwise = pw)
    Vx <- pcse_explicit(m, ps$iso3, ps$year, pw)
    stopifnot(max(abs(V - Vx)) < 1e-10 * max(abs(V)))  # agreement to ~6e-12 with the dummies
    keep <- if (spec$tag == "twfe") slopes else names(coef(m))
    add(paste0("pcse_", if (pw) "pairwise_" else "", spec$tag),
        sprintf("lm(...); sandwich::vcovPC(m, cluster = ~ iso3 + year, pairwise = %s) (= R pcse(m, groupN, groupT, pairwise = %s)); t(n - ncol(X))", pw, pw),
        if (pw) "pcse(pairwise)" else "pcse", where_ps, spec$f, keep, coef(m)[keep], sqrt(diag(V))[keep], df.residual(m), nobs = nobs(m))
  }
}

# --- Newey-West: one series (KAZ, 2002-2023, gap-free).
kaz <- raw[raw$iso3 == "KAZ" & raw$year >= 2002 & !is.na(raw$wgi_cc) & !is.na(raw$gdppc_ppp), ]
kaz <- kaz[order(kaz$year), ]
stopifnot(all(diff(kaz$year) == 1))
m_kaz <- lm(wgi_cc ~ log(gdppc_ppp), data = kaz)
for (L in c(1, 3)) {
  V <- NeweyWest(m_kaz, lag = L, prewhite = FALSE, adjust = FALSE)
  add(paste0("nw", L, "_kaz"), sprintf("lm(wgi_cc ~ log(gdppc_ppp), KAZ 2002-2023); coeftest(m, vcov. = NeweyWest(m, lag = %d, prewhite = FALSE, adjust = FALSE))", L),
      sprintf("newey-west(%d)", L), "iso3 == 'KAZ' & year >= 2002", "wgi_cc ~ log(gdppc_ppp)",
      names(coef(m_kaz)), coef(m_kaz), sqrt(diag(V)), df.residual(m_kaz), nobs = nobs(m_kaz))
}

# --- CR2 with Satterthwaite df: clubSandwich::coef_test on lm (dummies for the fixed effects).
for (spec in list(list(m = lm_pool, tag = "pooled", f = f_pooled), list(m = lm_twfe, tag = "twfe", f = f_twfe))) {
  m <- spec$m
  ct <- coef_test(m, vcov = "CR2", cluster = ps$iso3, test = "Satterthwaite")
  keep <- if (spec$tag == "twfe") slopes else names(coef(m))
  rows <- match(keep, ct$Coef)
  ci <- conf_int(m, vcov = "CR2", cluster = ps$iso3, test = "Satterthwaite", level = 0.95)
  add(paste0("cr2_", spec$tag), "clubSandwich::coef_test(m, vcov = 'CR2', cluster = iso3, test = 'Satterthwaite'); conf_int(...)",
      "cr2(iso3)", where_ps, spec$f, keep, ct$beta[rows], ct$SE[rows], ct$df_Satt[rows], nobs = nobs(m),
      extra = list(p_value_club = ct$p_Satt[rows], conf_low_club = ci$CI_L[rows], conf_high_club = ci$CI_U[rows]))
}

# --- Two-way clustering, fixest's default small-sample rule ("min"): CR0 parts from
# sandwich::vcovCL(type = "HC0", cadjust = FALSE), each times G_min/(G_min - 1) (N - 1)/(N - K),
# t(G_min - 1). K = slopes + 1 (fixest's fixef.K = "nested": both fixed effects are nested
# in a cluster dimension). fixest/pyfixest are not installed here; the formula is fixest's
# documented ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE, cluster.df = "min").
m <- lm_twfe
cr0 <- function(cl) vcovCL(m, cluster = cl, type = "HC0", cadjust = FALSE)
g1 <- length(unique(ps$iso3)); g2 <- length(unique(ps$year)); gmin <- min(g1, g2)
N <- nobs(m); K <- length(slopes) + 1
ps$iso3_year <- paste(ps$iso3, ps$year)
V <- (cr0(~ iso3) + cr0(~ year) - cr0(~ iso3_year)) * gmin / (gmin - 1) * (N - 1) / (N - K)
add("twoway_min_twfe", "sandwich::vcovCL CR0 parts x Gmin/(Gmin-1)(N-1)/(N-K), K = slopes + 1; t(Gmin - 1) (fixest default ssc)",
    "cluster(iso3,year)", where_ps, f_twfe, slopes, coef(m)[slopes], sqrt(diag(V))[slopes], gmin - 1, nobs = N,
    extra = list(cluster_adjustment = "min"))

cat(toJSON(list(
  generator = "scripts/reference/panel_covariances.R",
  versions = list(R = R.version.string, plm = as.character(packageVersion("plm")),
                  sandwich = as.character(packageVersion("sandwich")),
                  clubSandwich = as.character(packageVersion("clubSandwich")),
                  lmtest = as.character(packageVersion("lmtest"))),
  cases = cases), auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
