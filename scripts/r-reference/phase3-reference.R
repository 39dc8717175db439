# Reference values for src/core/reports/phase3-sample-size.test.ts (phase III outlook), base R only
# (gsDesign is not packaged in Debian): P(event) by numerical integration (integrate), the
# Lachin–Foulkes formula as gsDesign::nSurv states it, Schoenfeld events, and two-proportion sizes
# from power.prop.test (1:1, uncorrected) and the Fleiss–Tytun–Ury continuity correction.
# Regenerate: Rscript scripts/r-reference/phase3-reference.R > src/core/reports/fixtures/phase3-r-reference.json
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("--file=", "", args[grep("--file=", args)]))
source(file.path(here, "json.R"))

# Chance of an event for a subject entering uniformly over A, followed to A + F, exponential
# hazard lambda with competing exponential drop-out eta: integrate over entry time u.
p_event <- function(lambda, eta, A, F) {
  h <- lambda + eta
  integrate(function(u) lambda / h * (1 - exp(-h * (A + F - u))), 0, A, rel.tol = 1e-12)$value / A
}

surv_case <- function(alpha, sides, power, hr, median_c, A, F, eta, ratio) {
  qe <- ratio / (1 + ratio); qc <- 1 - qe
  lc <- log(2) / median_c; le <- lc * hr; l0 <- (qc + qe * hr) * lc
  pc <- p_event(lc, eta, A, F); pe <- p_event(le, eta, A, F); p0 <- p_event(l0, eta, A, F)
  za <- qnorm(1 - alpha / sides); zb <- qnorm(power)
  n <- (za * sqrt(1 / (qc * p0) + 1 / (qe * p0)) + zb * sqrt(1 / (qc * pc) + 1 / (qe * pe)))^2 / log(hr)^2
  sch <- (za + zb)^2 / (qc * qe * log(hr)^2)
  list(alpha = alpha, sides = sides, power = power, hazardRatio = hr, controlMedian = median_c,
       accrual = A, followUp = F, dropoutHazard = eta, allocationRatio = ratio,
       pEvent = qc * pc + qe * pe, lfSubjects = n, lfEvents = n * (qc * pc + qe * pe),
       schoenfeldEvents = sch)
}

surv <- list(
  # gsDesign vignette "SurvivalOverview": nSurv → ceiling: 422 subjects, 330 events
  surv_case(0.025, 1, 0.9, 0.7, 8, 12, 16, 0.001, 1),
  # gsDesign ?nSurv example: events 86.3258, subjects 119.8184
  surv_case(0.025, 1, 0.9, 0.5, 6, 24, 12, log(2) / 40, 1),
  # the default outlook's shape: 2:1, two-sided 0.05, 80 %, 5 % drop-out a year
  surv_case(0.05, 2, 0.8, 0.6, 4.6, 24, 12, -log(0.95) / 12, 2),
  surv_case(0.05, 2, 0.8, 0.46, 4.6, 24, 12, -log(0.95) / 12, 1),
  surv_case(0.05, 2, 0.9, 0.75, 11, 36, 0, 0, 1)
)

fleiss_cc <- function(n, delta, r) n / 4 * (1 + sqrt(1 + 2 * (r + 1) / (r * n * abs(delta))))^2
prop_case <- function(alpha, sides, power, pc, pe, r) {
  za <- qnorm(1 - alpha / sides); zb <- qnorm(power)
  pbar <- (pc + r * pe) / (1 + r)
  n <- (za * sqrt(pbar * (1 - pbar) * (1 + 1 / r)) + zb * sqrt(pc * (1 - pc) + pe * (1 - pe) / r))^2 / (pe - pc)^2
  if (r == 1 && sides == 2) {
    # the same n from R's own routine
    n <- power.prop.test(p1 = pc, p2 = pe, sig.level = alpha, power = power, tol = 1e-12)$n
  }
  list(alpha = alpha, sides = sides, power = power, controlRate = pc, experimentalRate = pe,
       allocationRatio = r, uncorrected = n, corrected = fleiss_cc(n, pe - pc, r))
}
prop <- list(
  prop_case(0.05, 2, 0.9, 0.5, 0.75, 1), # ?power.prop.test example: n = 76.7 per group
  prop_case(0.05, 2, 0.8, 0.05, 0.2, 1),
  prop_case(0.05, 2, 0.8, 0.05, 0.35, 1),
  prop_case(0.025, 1, 0.9, 0.1, 0.3, 1),
  prop_case(0.05, 2, 0.8, 0.05, 0.2, 2)
)

cat(to_json(list(survival = surv, proportions = prop)), "\n")
