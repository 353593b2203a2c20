# Reference values for the likelihood models (Tests/StatsTests/GLM/*,
# Tests/EGovCLITests/RegressFamilyTests.swift). Run from the repository root:
#   Rscript scripts/reference/glm_reference.R
# Writes Tests/StatsTests/Fixtures/glm_reference.json (also read by the CLI tests,
# whose panel_* cases egov reproduces on the embedded panel).
# Versions used: R 4.2.2, MASS 7.3-58.2, sandwich 3.0-2, AER 1.2-10, jsonlite 1.8.4 (Debian packages).
#
# GLMs: glm() refitted with glm.control(epsilon = 1e-30, maxit = 60). R's rule stops when
# the relative change in deviance is below epsilon; since the deviance is quadratic at
# the optimum, even epsilon = 1e-14 leaves probit (Fisher scoring, linear convergence)
# and the sandwich ingredients (previous-iteration weights) with only ~7-8 digits. With
# epsilon = 1e-30 the rule never fires, R runs all 60 scoring iterations (its
# "did not converge" warning is suppressed) and the last iterate, and the weights of
# the one before, are converged to rounding. sandwich::vcovHC(type = "HC0"/"HC1"),
# sandwich::vcovCL(type = "HC1") (CR1) and vcovCL(type = "HC0", cadjust = TRUE) (G/(G-1)).
# The observed information of probit is the numerical Jacobian (Richardson-extrapolated
# central differences) of the analytic score written here.
# Average marginal effects: the definitions below (derivative averaged over the rows,
# discrete change 0 -> 1 for 0/1 columns with the other levels of a factor at 0), with
# delta-method SEs whose Jacobian is taken numerically (Richardson), independent of
# the analytic gradients of the Swift code.
# Ordered models: MASS::polr (reported, its BFGS stops early) and a tight MLE computed
# here: Newton steps from polr's estimate with the analytic score of this script and a
# numerical Hessian, until the step is below 1e-14 relative; covariance = inverse of
# minus that Hessian at the optimum.
suppressPackageStartupMessages({ library(MASS); library(sandwich); library(AER); library(jsonlite) })

s17 <- function(x) sprintf("%.17g", x)
num <- function(x) { x <- as.numeric(x); s17(x) }

# Richardson-extrapolated central-difference Jacobian of f at x.
jac <- function(f, x) {
  f0 <- f(x); m <- length(f0); k <- length(x)
  J <- matrix(0, m, k)
  for (j in seq_len(k)) {
    h <- 1e-3 * max(1, abs(x[j]))
    d <- function(h) { e <- rep(0, k); e[j] <- h; (f(x + e) - f(x - e)) / (2 * h) }
    # Three levels of Richardson extrapolation.
    D1 <- d(h); D2 <- d(h / 2); D3 <- d(h / 4)
    R1 <- (4 * D2 - D1) / 3; R2 <- (4 * D3 - D2) / 3
    J[, j] <- (16 * R2 - R1) / 15
  }
  J
}

# ---- GLMs ------------------------------------------------------------------
ame <- function(beta, X, linkinv, mu.eta, kinds) {
  eta <- drop(X %*% beta)
  out <- c()
  for (j in seq_len(ncol(X))) {
    k <- kinds[[j]]
    if (k$kind == "intercept") next
    if (k$kind == "continuous") {
      out <- c(out, beta[j] * mean(mu.eta(eta)))
    } else {
      X0 <- X; X0[, c(j, k$siblings)] <- 0
      X1 <- X0; X1[, j] <- 1
      out <- c(out, mean(linkinv(drop(X1 %*% beta)) - linkinv(drop(X0 %*% beta))))
    }
  }
  out
}
column_kinds <- function(X) {
  assign <- attr(X, "assign")
  lapply(seq_len(ncol(X)), function(j) {
    if (colnames(X)[j] == "(Intercept)") return(list(kind = "intercept", siblings = integer()))
    if (all(X[, j] %in% c(0, 1))) {
      sib <- setdiff(which(assign == assign[j]), j)
      return(list(kind = "indicator", siblings = sib))
    }
    list(kind = "continuous", siblings = integer())
  })
}

glm_case <- function(name, formula, data, family, cluster = NULL) {
  fit <- suppressWarnings(glm(formula, data = data, family = family, control = glm.control(epsilon = 1e-30, maxit = 60)))
  X <- model.matrix(fit); y <- fit$y
  b <- coef(fit)
  V <- vcov(fit)
  fam <- family(fit)
  probit <- fam$link == "probit"
  if (probit) {
    # R's binomial family computes 1 - mu by subtraction, so its probit fixed point keeps a
    # score of ~1e-8 (observations with fitted probabilities near 1) and its estimates are
    # off by ~1e-9 relative. The reference is the exact MLE instead: Fisher scoring with
    # both tails of pnorm (log scale), from glm's estimate, until the score is at rounding.
    score_u <- function(beta) { eta <- drop(X %*% beta)
      ifelse(y == 1, exp(dnorm(eta, log = TRUE) - pnorm(eta, log.p = TRUE)),
             -exp(dnorm(eta, log = TRUE) - pnorm(eta, lower.tail = FALSE, log.p = TRUE))) }
    info <- function(beta) { eta <- drop(X %*% beta)
      w <- exp(2 * dnorm(eta, log = TRUE) - pnorm(eta, log.p = TRUE) - pnorm(eta, lower.tail = FALSE, log.p = TRUE))
      crossprod(X, w * X) }
    glm_b <- b
    for (i in 1:30) b <- b + drop(solve(info(b), crossprod(X, score_u(b))))
    V <- solve(info(b))
    eta <- drop(X %*% b)
    ll <- sum(ifelse(y == 1, pnorm(eta, log.p = TRUE), pnorm(eta, lower.tail = FALSE, log.p = TRUE)))
    meat <- crossprod(X * score_u(b))
    hc0 <- V %*% meat %*% V
    n <- nrow(X); k <- ncol(X)
  }
  res <- list(
    name = name, family = if (fam$family == "poisson") "poisson" else fam$link,
    call = paste0("glm(", deparse1(formula), ", family = ", fam$family, "(link = \"", fam$link, "\"), control = glm.control(epsilon = 1e-30, maxit = 60))"),
    terms = colnames(X), x = num(as.vector(X)), y = num(y), n = nrow(X),
    coefficients = num(b), se_classical = num(sqrt(diag(V))),
    se_hc0 = num(sqrt(diag(vcovHC(fit, type = "HC0")))),
    se_hc1 = num(sqrt(diag(vcovHC(fit, type = "HC1")))),
    deviance = num(deviance(fit)), null_deviance = num(fit$null.deviance),
    loglik = num(logLik(fit)), aic = num(AIC(fit)),
    iterations_r = fit$iter)
  if (probit) {
    # The sandwich of sandwich::vcovHC(glm) (bread = inverse expected information,
    # meat = sum of squared scores), evaluated at the exact MLE.
    res$glm_coefficients <- num(glm_b)
    res$se_hc0 <- num(sqrt(diag(hc0)))
    res$se_hc1 <- num(sqrt(diag(hc0 * n / (n - k))))
    res$deviance <- num(-2 * ll); res$loglik <- num(ll); res$aic <- num(-2 * ll + 2 * k)
  }
  null <- suppressWarnings(glm(y ~ 1, family = family, control = glm.control(epsilon = 1e-30, maxit = 60)))
  res$pseudo_r2 <- num(1 - (if (probit) ll else as.numeric(logLik(fit))) / as.numeric(logLik(null)))
  res$vcov_classical <- num(as.vector(V))
  if (!is.null(cluster)) {
    cl <- cluster
    res$cluster_codes <- as.integer(factor(cl))
    res$se_cr1 <- num(sqrt(diag(vcovCL(fit, cluster = cl, type = "HC1", cadjust = TRUE))))
    res$se_cluster_g_only <- num(sqrt(diag(vcovCL(fit, cluster = cl, type = "HC0", cadjust = TRUE))))
  }
  if (probit) {
    score <- function(beta) {
      eta <- drop(X %*% beta)
      u <- ifelse(y == 1, dnorm(eta) / pnorm(eta), -dnorm(eta) / pnorm(-eta))
      drop(crossprod(X, u))
    }
    H <- jac(score, b)
    Vobs <- solve(-(H + t(H)) / 2)
    res$se_observed <- num(sqrt(diag(Vobs)))
  }
  kinds <- column_kinds(X)
  res$margin_kinds <- sapply(kinds, function(k) k$kind)
  res$assign <- attr(X, "assign")
  f <- function(beta) ame(beta, X, fam$linkinv, fam$mu.eta, kinds)
  a <- f(b)
  G <- jac(f, b)
  res$ame_terms <- colnames(X)[sapply(kinds, function(k) k$kind != "intercept")]
  res$ame <- num(a)
  res$ame_se_classical <- num(sqrt(diag(G %*% V %*% t(G))))
  Vhc1 <- if (probit) hc0 * n / (n - k) else vcovHC(fit, type = "HC1")
  res$ame_se_hc1 <- num(sqrt(diag(G %*% Vhc1 %*% t(G))))
  res
}

panel <- read.csv("Datasets/panel.csv", na.strings = c("", "NA"), stringsAsFactors = FALSE)
p22 <- subset(panel, year == 2022 & !is.na(fh_status) & !is.na(egdi) & !is.na(gdppc_ppp))
pooled <- subset(panel, year %in% c(2018, 2020, 2022) & !is.na(fh_status) & !is.na(egdi) & !is.na(gdppc_ppp))
p22pr <- subset(panel, year == 2022 & !is.na(fh_pr) & !is.na(egdi) & !is.na(gdppc_ppp))
data(SwissLabor)
swiss <- SwissLabor
# Dobson (1990, p. 93), the example of R's ?glm.
dobson <- data.frame(counts = c(18, 17, 15, 20, 10, 20, 25, 13, 12), outcome = gl(3, 1, 9), treatment = gl(3, 3))

swissF <- participation ~ income + age + education + youngkids + oldkids + foreign + I(age^2)
glms <- list(
  glm_case("swiss_logit", swissF, swiss, binomial(link = "logit")),
  glm_case("swiss_probit", swissF, swiss, binomial(link = "probit")),
  glm_case("dobson_poisson", counts ~ outcome + treatment, dobson, poisson()),
  glm_case("panel_logit_2022", I(fh_status == "F") ~ egdi + log(gdppc_ppp), p22, binomial(link = "logit")),
  glm_case("panel_probit_2022", I(fh_status == "F") ~ egdi + log(gdppc_ppp), p22, binomial(link = "probit")),
  glm_case("panel_logit_pooled", I(fh_status == "F") ~ egdi + log(gdppc_ppp) + factor(year), pooled, binomial(link = "logit"), cluster = pooled$iso3),
  glm_case("panel_poisson_2022", fh_pr ~ egdi + log(gdppc_ppp), p22pr, poisson()))

# ---- Ordered models ----------------------------------------------------------
ordered_case <- function(name, formula, data, method) {
  fit <- polr(formula, data = data, method = method, Hess = TRUE)
  X <- model.matrix(fit)[, -1, drop = FALSE]
  y <- as.integer(fit$model[[1]])
  J <- length(fit$zeta) + 1
  p <- ncol(X)
  F <- if (method == "logistic") plogis else pnorm
  f <- if (method == "logistic") dlogis else dnorm
  ll <- function(th) {
    beta <- th[seq_len(p)]; zeta <- c(-Inf, th[p + seq_len(J - 1)], Inf)
    eta <- drop(X %*% beta)
    sum(log(F(zeta[y + 1] - eta) - F(zeta[y] - eta)))
  }
  score <- function(th) {
    beta <- th[seq_len(p)]; zeta <- c(-Inf, th[p + seq_len(J - 1)], Inf)
    eta <- drop(X %*% beta)
    up <- zeta[y + 1] - eta; lo <- zeta[y] - eta
    pr <- F(up) - F(lo)
    fu <- ifelse(is.finite(up), f(up), 0); fl <- ifelse(is.finite(lo), f(lo), 0)
    gb <- -drop(crossprod(X, (fu - fl) / pr))
    gz <- sapply(seq_len(J - 1), function(k) sum((fu / pr)[y == k]) - sum((fl / pr)[y == k + 1]))
    c(gb, gz)
  }
  th <- c(coef(fit), fit$zeta)
  for (it in 1:50) {
    H <- jac(score, th); H <- (H + t(H)) / 2
    step <- -solve(H, score(th))
    th <- th + step
    if (max(abs(step) / pmax(abs(th), 1)) < 1e-14) break
  }
  H <- jac(score, th); H <- (H + t(H)) / 2
  V <- solve(-H)
  # AMEs per outcome level (numerical Jacobian).
  assign <- attr(model.matrix(fit), "assign")[-1]
  kinds <- lapply(seq_len(p), function(j) {
    if (all(X[, j] %in% c(0, 1))) list(kind = "indicator", siblings = setdiff(which(assign == assign[j]), j))
    else list(kind = "continuous", siblings = integer())
  })
  probs <- function(th, Xm) {
    beta <- th[seq_len(p)]; zeta <- c(-Inf, th[p + seq_len(J - 1)], Inf)
    eta <- drop(Xm %*% beta)
    sapply(seq_len(J), function(k) F(zeta[k + 1] - eta) - F(zeta[k] - eta))
  }
  amef <- function(th) {
    beta <- th[seq_len(p)]; zeta <- c(-Inf, th[p + seq_len(J - 1)], Inf)
    eta <- drop(X %*% beta)
    out <- c()
    for (j in seq_len(p)) {
      if (kinds[[j]]$kind == "continuous") {
        for (k in seq_len(J)) {
          du <- if (k < J) f(zeta[k + 1] - eta) else 0
          dl <- if (k > 1) f(zeta[k] - eta) else 0
          out <- c(out, -beta[j] * mean(du - dl))
        }
      } else {
        X0 <- X; X0[, c(j, kinds[[j]]$siblings)] <- 0; X1 <- X0; X1[, j] <- 1
        out <- c(out, colMeans(probs(th, X1) - probs(th, X0)))
      }
    }
    out
  }
  a <- amef(th); G <- jac(amef, th)
  lev <- levels(fit$model[[1]])
  list(
    name = name, link = if (method == "logistic") "logit" else "probit",
    call = paste0("polr(", deparse1(formula), ", method = \"", method, "\", Hess = TRUE)"),
    terms = colnames(X), levels = lev, x = num(as.vector(X)), y = as.integer(y - 1L), n = nrow(X),
    polr_coefficients = num(c(coef(fit), fit$zeta)), polr_se = num(sqrt(diag(vcov(fit)))),
    polr_loglik = num(logLik(fit)),
    coefficients = num(th), se = num(sqrt(diag(V))), loglik = num(ll(th)),
    max_abs_score = num(max(abs(score(th)))),
    cutpoint_names = names(fit$zeta),
    ame_terms = rep(colnames(X), each = J), ame_outcomes = rep(lev, p),
    ame = num(a), ame_se = num(sqrt(diag(G %*% V %*% t(G)))))
}

hous <- housing[rep(seq_len(nrow(housing)), housing$Freq), c("Sat", "Infl", "Type", "Cont")]
p22o <- p22
p22o$fh_status <- factor(p22o$fh_status, levels = c("NF", "PF", "F"), ordered = TRUE)
ordereds <- list(
  ordered_case("housing_logit", Sat ~ Infl + Type + Cont, hous, "logistic"),
  ordered_case("panel_ologit_2022", fh_status ~ egdi + log(gdppc_ppp), p22o, "logistic"),
  ordered_case("panel_oprobit_2022", fh_status ~ egdi + log(gdppc_ppp), p22o, "probit"))

out <- list(generator = "scripts/reference/glm_reference.R", r = R.version.string,
            mass = as.character(packageVersion("MASS")), sandwich = as.character(packageVersion("sandwich")),
            glm = glms, ordered = ordereds)
writeLines(toJSON(out, auto_unbox = TRUE, pretty = FALSE, digits = NA), "Tests/StatsTests/Fixtures/glm_reference.json")

cat("ok\n")
