# Reference values for instrumental variables (2SLS) and quantile regression:
#   Tests/StatsTests/Fixtures/iv_cigarettes.json   AER::ivreg on CigarettesSW (1995), data included
#   Tests/StatsTests/Fixtures/rq_engel.json        quantreg::rq (br) + summary.rq iid/nid on engel, data included
#   Tests/ParadoxTests/Fixtures/ivq_panel.json     the same estimators on the embedded panel (Datasets/panel.csv)
# Run from the repository root:
#   Rscript scripts/reference/iv_quantile.R
# Versions used for the committed fixtures are written into each file ("generator").
# Numbers are written as strings with 17 significant digits (read exactly by the tests).
suppressPackageStartupMessages({ library(AER); library(quantreg); library(sandwich); library(jsonlite) })

g <- function(x) sprintf("%.17g", as.numeric(x))
gen <- paste0("scripts/reference/iv_quantile.R (", R.version.string, ", AER ", packageVersion("AER"),
              ", quantreg ", packageVersion("quantreg"), ", sandwich ", packageVersion("sandwich"), ")")
write <- function(x, path) writeLines(toJSON(x, auto_unbox = TRUE, pretty = TRUE, digits = NA), path)

hc1 <- function(x) vcovHC(x, type = "HC1")

# One IV fit: coefficients, SEs (classical, HC1, optionally a given cluster vcov), diagnostics.
ivRef <- function(m, clusterVcov = NULL) {
  s <- summary(m, diagnostics = TRUE)
  sr <- summary(m, vcov. = hc1, diagnostics = TRUE)
  out <- list(
    terms = names(coef(m)), coef = g(coef(m)), se_classical = g(sqrt(diag(vcov(m)))),
    se_hc1 = g(sqrt(diag(vcovHC(m, type = "HC1")))),
    sigma = g(s$sigma), r2 = g(s$r.squared), adj_r2 = g(s$adj.r.squared), df_residual = m$df.residual,
    wald_classical = g(s$waldtest[1]), wald_hc1 = g(sr$waldtest[1]),
    diagnostics_classical = lapply(seq_len(nrow(s$diagnostics)), function(i) list(
      name = rownames(s$diagnostics)[i], df1 = s$diagnostics[i, 1], df2 = s$diagnostics[i, 2],
      statistic = g(s$diagnostics[i, 3]), p_value = g(s$diagnostics[i, 4]))),
    diagnostics_hc1 = lapply(seq_len(nrow(sr$diagnostics)), function(i) list(
      name = rownames(sr$diagnostics)[i], df1 = sr$diagnostics[i, 1], df2 = sr$diagnostics[i, 2],
      statistic = g(sr$diagnostics[i, 3]), p_value = g(sr$diagnostics[i, 4]))))
  if (!is.null(clusterVcov)) out$se_cluster <- g(sqrt(diag(clusterVcov)))
  out
}

# ---- CigarettesSW, 1995 (Stock & Watson, ch. 12; Kleiber & Zeileis 2008, §3.4) ----
data("CigarettesSW", package = "AER")
c95 <- subset(CigarettesSW, year == "1995")
cig <- data.frame(
  lpacks = log(c95$packs), lrprice = log(c95$price / c95$cpi),
  lrincome = log(c95$income / c95$population / c95$cpi),
  tdiff = (c95$taxs - c95$tax) / c95$cpi, rtax = c95$tax / c95$cpi)
# Round-trip through the strings so R and Swift see the same doubles.
cig[] <- lapply(cig, function(v) as.numeric(g(v)))
m1 <- ivreg(lpacks ~ lrprice + lrincome | lrincome + tdiff, data = cig)
m2 <- ivreg(lpacks ~ lrprice + lrincome | lrincome + tdiff + rtax, data = cig)
write(list(
  generator = gen,
  source = "AER::CigarettesSW, year 1995; lpacks = log(packs), lrprice = log(price/cpi), lrincome = log(income/population/cpi), tdiff = (taxs - tax)/cpi, rtax = tax/cpi",
  published = "Stock & Watson (2007) eq. 12.16: log(rprice) -1.277 (HC1 SE 0.250), log(rincome) 0.280 (0.254) with both instruments",
  data = lapply(cig, g),
  just_identified = c(list(call = "ivreg(lpacks ~ lrprice + lrincome | lrincome + tdiff, data = cig)"), ivRef(m1)),
  over_identified = c(list(call = "ivreg(lpacks ~ lrprice + lrincome | lrincome + tdiff + rtax, data = cig)"), ivRef(m2))),
  "Tests/StatsTests/Fixtures/iv_cigarettes.json")

# ---- quantreg's engel data (Koenker & Bassett 1982) ----
data("engel", package = "quantreg")
rqRef <- function(f, d, tau) {
  m <- rq(f, tau = tau, data = d, method = "br")
  si <- summary(m, se = "iid")
  sn <- summary(m, se = "nid")
  list(tau = tau, terms = names(coef(m)), coef = g(coef(m)),
       se_iid = g(si$coefficients[, 2]), se_nid = g(sn$coefficients[, 2]),
       p_nid = g(sn$coefficients[, 4]), objective = g(sum(m$residuals * (tau - (m$residuals < 0)))))
}
write(list(
  generator = gen,
  source = "quantreg::engel (235 Belgian households, Koenker & Bassett 1982)",
  published = "Koenker (2005), Table 1.3 / quantreg vignette: median regression foodexp ~ income gives (Intercept) 81.48, income 0.5602",
  data = list(income = g(engel$income), foodexp = g(engel$foodexp)),
  fits = lapply(c(0.1, 0.25, 0.5, 0.75, 0.9), function(t) rqRef(foodexp ~ income, engel, t))),
  "Tests/StatsTests/Fixtures/rq_engel.json")

# ---- the embedded panel ----
d <- read.csv("Datasets/panel.csv", stringsAsFactors = FALSE)
v <- c("iso3", "year", "wgi_cc", "gdppc_ppp", "egdi", "tii", "hci", "osi")
y22 <- subset(d, year == 2022)
y22 <- y22[complete.cases(y22[, v]), ]
iv1 <- ivreg(wgi_cc ~ log(gdppc_ppp) + egdi | log(gdppc_ppp) + tii + hci, data = y22)
iv0 <- ivreg(wgi_cc ~ log(gdppc_ppp) + egdi | log(gdppc_ppp) + tii, data = y22)

# Fixed effects: editions with all variables; singletons of iso3/year removed iteratively (as egov and fixest do).
p <- d[complete.cases(d[, v]), ]
repeat {
  single <- p$iso3 %in% names(which(table(p$iso3) == 1)) | p$year %in% names(which(table(p$year) == 1))
  if (!any(single)) break
  p <- p[!single, ]
}
ivfe <- ivreg(wgi_cc ~ log(gdppc_ppp) + egdi + factor(iso3) + factor(year) |
                log(gdppc_ppp) + tii + hci + factor(iso3) + factor(year), data = p)
k <- length(coef(ivfe)); n <- nrow(p); G <- length(unique(p$iso3))
# Cluster by iso3, CR1 with the nested rule: iso3 dummies nested in the cluster are not counted,
# K = slopes + year effects (incl. the constant) = k - (G - 1).
Knested <- k - (G - 1)
vcl <- vcovCL(ivfe, cluster = ~iso3, type = "HC0", cadjust = TRUE) * (n - 1) / (n - Knested)
slopes <- c("log(gdppc_ppp)", "egdi")
sfe <- summary(ivfe, diagnostics = TRUE)
fe <- list(
  call = "ivreg(wgi_cc ~ log(gdppc_ppp) + egdi + factor(iso3) + factor(year) | log(gdppc_ppp) + tii + hci + factor(iso3) + factor(year)), singletons removed; cluster: vcovCL(type = 'HC0', cadjust = TRUE) * (n - 1)/(n - K), K = k - (G - 1) (iso3 nested in the cluster)",
  nobs = n, terms = slopes, coef = g(coef(ivfe)[slopes]), se_classical = g(sqrt(diag(vcov(ivfe)))[slopes]),
  se_hc1 = g(sqrt(diag(vcovHC(ivfe, type = "HC1")))[slopes]), se_cluster = g(sqrt(diag(vcl))[slopes]),
  df_residual = ivfe$df.residual, r2 = g(sfe$r.squared), clusters = G,
  diagnostics_classical = lapply(seq_len(nrow(sfe$diagnostics)), function(i) list(
    name = rownames(sfe$diagnostics)[i], df1 = sfe$diagnostics[i, 1], df2 = sfe$diagnostics[i, 2],
    statistic = g(sfe$diagnostics[i, 3]), p_value = g(sfe$diagnostics[i, 4]))))

q22 <- subset(d, year == 2022)
q22 <- q22[complete.cases(q22[, c("wgi_cc", "egdi", "gdppc_ppp")]), ]
write(list(
  generator = gen,
  source = "Datasets/panel.csv (the embedded panel)",
  iv_2022 = c(list(call = "ivreg(wgi_cc ~ log(gdppc_ppp) + egdi | log(gdppc_ppp) + tii + hci, data = subset(panel, year == 2022), complete cases of wgi_cc gdppc_ppp egdi tii hci osi)", nobs = nrow(y22)), ivRef(iv1)),
  iv_2022_just = c(list(call = "ivreg(wgi_cc ~ log(gdppc_ppp) + egdi | log(gdppc_ppp) + tii, same rows)", nobs = nrow(y22)), ivRef(iv0)),
  iv_fe = fe,
  rq_2022 = c(list(call = "rq(wgi_cc ~ egdi + log(gdppc_ppp), data = subset(panel, year == 2022), method = 'br')", nobs = nrow(q22)),
              list(fits = lapply(c(0.25, 0.5, 0.75), function(t) rqRef(wgi_cc ~ egdi + log(gdppc_ppp), q22, t))))),
  "Tests/ParadoxTests/Fixtures/ivq_panel.json")
