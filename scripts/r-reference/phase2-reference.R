# Reference values for Simon two-stage operating characteristics and Lee & Liu predictive
# probabilities, computed with base R's dbinom / pbinom / pbeta / lbeta.
# Regenerate: Rscript scripts/r-reference/phase2-reference.R > src/core/stats/fixtures/phase2-r-reference.json
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("--file=", "", args[grep("--file=", args)]))
source(file.path(here, "json.R"))

simon_oc <- function(r1, n1, r, n, p0, p1) {
  reject <- function(p) {
    x1 <- (r1 + 1):n1
    sum(dbinom(x1, n1, p) * pbinom(r - x1, n - n1, p, lower.tail = FALSE))
  }
  pet <- pbinom(r1, n1, p0)
  list(r1 = r1, n1 = n1, r = r, n = n, p0 = p0, p1 = p1, expectedSizeH0 = n1 + (1 - pet) * (n - n1),
       petH0 = pet, alpha = reject(p0), power = reject(p1))
}
designs <- list(
  simon_oc(1, 10, 5, 29, 0.10, 0.30), simon_oc(1, 15, 5, 25, 0.10, 0.30),
  simon_oc(0, 10, 3, 29, 0.05, 0.20), simon_oc(0, 13, 3, 27, 0.05, 0.20),
  simon_oc(3, 13, 12, 43, 0.20, 0.40), simon_oc(4, 18, 10, 33, 0.20, 0.40),
  simon_oc(5, 15, 18, 46, 0.30, 0.50), simon_oc(6, 19, 16, 39, 0.30, 0.50))

pp <- function(x, n, nmax, a, b, p0, thetaT) {
  m <- nmax - n
  y <- 0:m
  prob <- exp(lchoose(m, y) + lbeta(a + x + y, b + n - x + m - y) - lbeta(a + x, b + n - x))
  post <- pbeta(p0, a + x + y, b + nmax - x - y, lower.tail = FALSE)
  sum(prob[post > thetaT])
}
pp_cases <- list(c(16, 23, 40, 0.6, 0.4, 0.6, 0.9), c(0, 0, 40, 0.6, 0.4, 0.6, 0.9),
                 c(2, 10, 29, 0.05, 0.95, 0.05, 0.9), c(1, 10, 29, 0.5, 0.5, 0.05, 0.95),
                 c(5, 20, 40, 1, 1, 0.2, 0.85), c(12, 30, 30, 0.2, 0.8, 0.3, 0.9),
                 c(3, 17, 60, 0.25, 0.75, 0.1, 0.8))
pred <- lapply(pp_cases, function(k) list(x = k[1], n = k[2], nmax = k[3], priorA = k[4], priorB = k[5],
                                          p0 = k[6], thetaT = k[7],
                                          predictiveProbability = pp(k[1], k[2], k[3], k[4], k[5], k[6], k[7])))
cat(to_json(list(simon = designs, predictive = pred)), "\n")
