# Reference values for src/core/stats/kaplan-meier.test.ts from R survival::survfit.
# Regenerate: Rscript scripts/r-reference/km-reference.R > src/core/stats/fixtures/km-r-reference.json
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("--file=", "", args[grep("--file=", args)]))
source(file.path(here, "json.R"))

km_case <- function(name, time, status, conf.type = "log", conf.int = 0.95,
                    landmarks = numeric(0), riskTimes = numeric(0)) {
  fit <- survfit(Surv(time, status) ~ 1, conf.type = conf.type, conf.int = conf.int)
  s <- summary(fit, censored = TRUE)
  q <- quantile(fit, probs = c(0.25, 0.5, 0.75))
  tab <- unname(summary(fit)$table[7:9]) # median, LCL, UCL as print(fit) shows them
  lm <- list()
  for (t in landmarks) {
    r <- if (t <= max(fit$time)) summary(fit, times = t) else NULL
    lm[[length(lm) + 1]] <- if (is.null(r)) list(time = t, survival = NA, stdErr = NA, lower = NA, upper = NA) else
      list(time = t, survival = r$surv, stdErr = r$std.err, lower = r$lower, upper = r$upper)
  }
  ar <- list()
  for (t in riskTimes) {
    r <- summary(fit, times = t, extend = TRUE)
    ar[[length(ar) + 1]] <- list(time = t, nRisk = r$n.risk)
  }
  list(
    name = name,
    input = list(time = arr(time), status = arr(status), confType = conf.type, confLevel = conf.int,
                 landmarks = arr(landmarks), riskTimes = arr(riskTimes)),
    expected = list(
      n = fit$n, events = sum(fit$n.event),
      steps = list(time = arr(s$time), nRisk = arr(s$n.risk), nEvent = arr(s$n.event),
                   nCensor = arr(s$n.censor), survival = arr(s$surv), stdErr = arr(s$std.err),
                   lower = arr(s$lower), upper = arr(s$upper)),
      median = list(estimate = tab[1], lower = tab[2], upper = tab[3]),
      quantiles = list(estimate = arr(unname(q$quantile)), lower = arr(unname(q$lower)),
                       upper = arr(unname(q$upper))),
      landmarks = lm, atRisk = ar)
  )
}

aml_all <- survival::aml
set.seed(20261125)
# a PFS-like data set in days with a horizon at day 252 (ties at 252 and at assessment days)
pfs_days <- pmin(c(57, 57, 113, 113, 113, 169, 169, 225, 252, 252, 252, 252, 30, 84, 140, 200,
                   252, 252, 1, 58), 252)
pfs_status <- c(1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1)

cases <- list(
  km_case("aml log", aml_all$time, aml_all$status, landmarks = c(0, 12, 30, 161, 200), riskTimes = c(0, 10, 20, 40, 161, 200)),
  km_case("aml log-log", aml_all$time, aml_all$status, "log-log", landmarks = c(12, 30)),
  km_case("aml plain 90%", aml_all$time, aml_all$status, "plain", 0.9, landmarks = c(12, 30)),
  km_case("ties events and censorings at the same time", c(2, 2, 2, 3, 3, 5, 5, 5, 8, 8), c(1, 0, 1, 1, 0, 1, 1, 0, 1, 0)),
  km_case("median with NA upper bound", c(1, 2, 2, 3, 4, 4, 5), c(1, 1, 0, 1, 0, 1, 1)),
  km_case("median with NA upper bound, log-log", c(1, 2, 2, 3, 4, 4, 5), c(1, 1, 0, 1, 0, 1, 1), "log-log"),
  km_case("median with NA upper bound, plain", c(1, 2, 2, 3, 4, 4, 5), c(1, 1, 0, 1, 0, 1, 1), "plain"),
  km_case("flat at 0.5 then drops", c(1, 2, 3, 4), c(1, 1, 1, 1)),
  km_case("ends flat at 0.5", c(1, 2, 3, 4), c(1, 1, 0, 0)),
  km_case("flat at 0.5 over a censoring", c(1, 2, 3, 5), c(1, 1, 0, 1), landmarks = c(2, 4.5, 5)),
  km_case("PFS days, landmark 252", pfs_days, pfs_status, landmarks = c(0, 56, 57, 168, 252, 300), riskTimes = c(0, 57, 58, 252, 253)),
  km_case("all censored", c(5, 3, 8), c(0, 0, 0), landmarks = c(2, 8)),
  km_case("all censored log-log", c(5, 3, 8), c(0, 0, 0), "log-log"),
  km_case("single subject with event", c(7), c(1), landmarks = c(3, 7)),
  km_case("single subject censored", c(7), c(0)),
  km_case("unsorted with near ties (timefix)", c(3, 1 + 1e-10, 2, 1, 2 + 1e-12, 5, 4), c(1, 0, 1, 1, 1, 0, 1)),
  km_case("level 0.8 log", c(6, 6, 6, 7, 10, 13, 16, 22, 23, 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35),
          c(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), "log", 0.8, landmarks = c(10, 35))
)
cat(to_json(cases), "\n")
