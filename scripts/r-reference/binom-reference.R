# Reference values for src/core/stats/binomial-ci.test.ts and the beta/normal quantiles, from base R.
# Regenerate: Rscript scripts/r-reference/binom-reference.R > src/core/stats/fixtures/binom-r-reference.json
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("--file=", "", args[grep("--file=", args)]))
source(file.path(here, "json.R"))

ci_cases <- list(c(0, 10, 0.95), c(10, 10, 0.95), c(1, 1, 0.95), c(0, 1, 0.95), c(2, 10, 0.95),
                 c(3, 29, 0.95), c(5, 29, 0.9), c(1, 2, 0.99), c(7, 23, 0.8),
                 c(0, 1000, 0.95), c(1000, 1000, 0.95), c(1, 1000, 0.95), c(999, 1000, 0.95),
                 c(250, 1000, 0.95), c(5000, 100000, 0.95), c(31, 117, 0.95), c(0, 150, 0.99))
binom <- lapply(ci_cases, function(k) {
  x <- k[1]; n <- k[2]; cl <- k[3]
  cp <- binom.test(x, n, conf.level = cl)$conf.int
  w <- suppressWarnings(prop.test(x, n, conf.level = cl, correct = FALSE))$conf.int
  list(x = x, n = n, confLevel = cl, estimate = x / n,
       clopperPearson = list(lower = cp[1], upper = cp[2]),
       wilson = list(lower = w[1], upper = w[2]))
})

grid <- expand.grid(p = c(1e-12, 1e-6, 0.001, 0.025, 0.05, 0.3, 0.5, 0.7, 0.95, 0.975, 0.999, 1 - 1e-9),
                    a = c(0.1, 0.5, 1, 2.5, 10, 47, 1000, 123456),
                    b = c(0.2, 1, 3, 30, 999, 250000))
qbeta_rows <- lapply(seq_len(nrow(grid)), function(i) {
  g <- grid[i, ]
  list(p = g$p, a = g$a, b = g$b, q = qbeta(g$p, g$a, g$b), cdf = pbeta(0.3, g$a, g$b),
       upper = pbeta(0.3, g$a, g$b, lower.tail = FALSE))
})
zp <- c(1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.075, 0.1, 0.3, 0.5, 0.6, 0.9, 0.925, 0.95, 0.975, 0.995, 1 - 1e-12)
qnorm_rows <- lapply(zp, function(p) list(p = p, z = qnorm(p)))

cat(to_json(list(binom = binom, qbeta = qbeta_rows, qnorm = qnorm_rows)), "\n")
