/**
 * log Γ(x) and log B(a, b) for positive arguments, written so that log B stays accurate for
 * large a and b (binomial intervals with n in the thousands): the Stirling remainder is
 * separated out, as R's `lbeta` does, instead of subtracting three huge log-gamma values.
 */

const LN_SQRT_2PI = 0.9189385332046728; // log(sqrt(2π))

/**
 * Stirling remainder lgamma(x) − ((x − ½)·log x − x + log √(2π)) for x ≥ 10, by its
 * asymptotic series (Bernoulli numbers B₂…B₁₆); the first omitted term is below 1e-19 at x = 10.
 *
 * @example stirlingRemainder(10) // 0.008330563433362871
 */
export function stirlingRemainder(x: number): number {
  const x2 = 1 / (x * x);
  // 1/12 − 1/(360x²) + 1/(1260x⁴) − 1/(1680x⁶) + 1/(1188x⁸) − 691/(360360x¹⁰) + 1/(156x¹²) − 3617/(122400x¹⁴)
  return (
    (1 / 12 +
      x2 *
        (-1 / 360 +
          x2 *
            (1 / 1260 +
              x2 *
                (-1 / 1680 +
                  x2 *
                    (1 / 1188 + x2 * (-691 / 360360 + x2 * (1 / 156 + x2 * (-3617 / 122400)))))))) /
    x
  );
}

/**
 * log Γ(x) for x > 0. Below 10 the argument is shifted up with Γ(x) = Γ(x + k) / (x(x+1)…(x+k−1)).
 *
 * @example logGamma(5) // Math.log(24)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === 1 || x === 2) return 0;
  let shift = 0;
  let prod = 1;
  let y = x;
  while (y < 10) {
    prod *= y;
    y += 1;
    shift += 1;
  }
  const base = (y - 0.5) * Math.log(y) - y + LN_SQRT_2PI + stirlingRemainder(y);
  return shift === 0 ? base : base - Math.log(prod);
}

/**
 * log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), a, b > 0, following the case split of
 * R's nmath `lbeta` so that no large terms cancel.
 *
 * @example logBeta(1, 1) // 0
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) return Number.NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return (
      Math.log(q) * -0.5 +
      LN_SQRT_2PI +
      corr +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
