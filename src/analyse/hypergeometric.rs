//! Analysis support: exact tails of the hypergeometric distribution, in log
//! space. Used by the significance of overlaps (upper tail) and the gaps
//! (lower tail). In: the population, the number of successes in it, the
//! number of draws, a count; out: ln P(X ≥ x) or ln P(X ≤ x).
//!
//! X counts the successes among `draws` persons drawn without replacement
//! from `population` persons of whom `successes` are successes: the shared
//! members of two groups of sizes `successes` and `draws` whose members
//! were drawn at random. The probability of one value is computed with
//! Loader's saddle-point expansion (as R's `dhyper` does: Stirling-formula
//! remainders and binomial deviances, no difference of large logarithms),
//! accurate to about 1e-14 relative even at ten million persons, where a
//! difference of ln-factorials would lose seven digits. A tail is that
//! value times the sum of the ratios of the next values (the ratio of two
//! neighbouring values is a ratio of four integers), summed from the start
//! of the tail while the terms decrease, until they no longer change the
//! sum. When the tail asked for holds the mode, the other tail (whose
//! terms decrease from its start) is summed and subtracted from 1 with
//! `ln_1p`, which loses nothing: that tail is then at most about 0.7.

/// Stirling-formula remainder ln(n!) − ln(√(2πn) (n/e)^n) for whole n:
/// exact values up to 15 (computed with 40-digit arithmetic), the
/// asymptotic series above, truncated where the next term is below 1e-16
/// of the value (the cut-offs of R's `stirlerr`).
fn stirlerr(n: f64) -> f64 {
    // Written with the digits they were computed to; the compiler takes
    // the nearest double.
    #[allow(clippy::excessive_precision)]
    const SMALL: [f64; 16] = [
        0.0,
        0.081_061_466_795_327_258_219_670_26,
        0.041_340_695_955_409_294_093_822_08,
        0.027_677_925_684_998_339_148_789_29,
        0.020_790_672_103_765_093_111_522_77,
        0.016_644_691_189_821_192_163_194_87,
        0.013_876_128_823_070_747_998_745_73,
        0.011_896_709_945_891_770_095_055_72,
        0.010_411_265_261_972_096_497_478_57,
        0.009_255_462_182_712_732_917_728_637,
        0.008_330_563_433_362_871_256_469_319,
        0.007_573_675_487_951_840_794_972_024,
        0.006_942_840_107_209_529_865_664_153,
        0.006_408_994_188_004_207_068_439_631,
        0.005_951_370_112_758_847_735_624_416,
        0.005_554_733_551_962_801_371_038_690,
    ];
    const S0: f64 = 1.0 / 12.0;
    const S1: f64 = 1.0 / 360.0;
    const S2: f64 = 1.0 / 1260.0;
    const S3: f64 = 1.0 / 1680.0;
    const S4: f64 = 1.0 / 1188.0;
    if n <= 15.0 {
        return SMALL[n as usize];
    }
    let nn = n * n;
    if n > 500.0 {
        (S0 - S1 / nn) / n
    } else if n > 80.0 {
        (S0 - (S1 - S2 / nn) / nn) / n
    } else if n > 35.0 {
        (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n
    } else {
        (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n
    }
}

/// The deviance x ln(x / np) + np − x ≥ 0, by a series when x is near np
/// (where the direct formula would cancel).
fn bd0(x: f64, np: f64) -> f64 {
    if (x - np).abs() < 0.1 * (x + np) {
        let mut v = (x - np) / (x + np);
        let mut s = (x - np) * v;
        if s.abs() < f64::MIN_POSITIVE {
            return s;
        }
        let mut ej = 2.0 * x * v;
        v *= v;
        for j in 1..1000 {
            ej *= v;
            let before = s;
            s += ej / f64::from(2 * j + 1);
            if s == before {
                return s;
            }
        }
    }
    x * (x / np).ln() + np - x
}

/// ln of the binomial probability of `x` successes in `n` trials of
/// probability `p` (`q` = 1 − p, passed separately to keep its digits);
/// Loader's `dbinom_raw`.
fn ln_binomial(x: f64, n: f64, p: f64, q: f64) -> f64 {
    if p == 0.0 {
        return if x == 0.0 { 0.0 } else { f64::NEG_INFINITY };
    }
    if q == 0.0 {
        return if x == n { 0.0 } else { f64::NEG_INFINITY };
    }
    if x == 0.0 {
        if n == 0.0 {
            return 0.0;
        }
        return if p < 0.1 {
            -bd0(n, n * q) - n * p
        } else {
            n * q.ln()
        };
    }
    if x == n {
        return if q < 0.1 {
            -bd0(n, n * p) - n * q
        } else {
            n * p.ln()
        };
    }
    if x < 0.0 || x > n {
        return f64::NEG_INFINITY;
    }
    let lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
    let lf = (2.0 * std::f64::consts::PI).ln() + x.ln() + (-x / n).ln_1p();
    lc - 0.5 * lf
}

/// A hypergeometric distribution: the number of successes among `draws`
/// persons drawn without replacement from `population`, of whom
/// `successes` are successes. (Symmetric in `successes` and `draws`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hypergeometric {
    pub population: u64,
    pub successes: u64,
    pub draws: u64,
}

/// A term that no longer changes a sum of terms this size: summing stops
/// there (the terms left decrease at least geometrically, so what they add
/// up to stays below 1e-15 of the sum).
const NEGLIGIBLE: f64 = 1e-18;

impl Hypergeometric {
    /// The distribution; `successes` and `draws` at most `population`.
    pub fn new(population: u64, successes: u64, draws: u64) -> Self {
        debug_assert!(successes <= population && draws <= population);
        Hypergeometric {
            population,
            successes,
            draws,
        }
    }

    /// The smallest and largest possible values.
    pub fn support(&self) -> (u64, u64) {
        let failures = self.population - self.successes;
        (
            self.draws.saturating_sub(failures),
            self.successes.min(self.draws),
        )
    }

    /// The mode, ⌊(draws + 1)(successes + 1) / (population + 2)⌋: the
    /// probabilities increase up to it and decrease after it.
    pub fn mode(&self) -> u64 {
        ((u128::from(self.draws) + 1) * (u128::from(self.successes) + 1)
            / (u128::from(self.population) + 2)) as u64
    }

    /// ln P(X = x). O(1).
    pub fn ln_pmf(&self, x: u64) -> f64 {
        let (lo, hi) = self.support();
        if x < lo || x > hi {
            return f64::NEG_INFINITY;
        }
        let big_n = self.population as f64;
        let n = self.draws as f64;
        let r = self.successes as f64;
        let b = (self.population - self.successes) as f64;
        let p = n / big_n;
        let q = (self.population - self.draws) as f64 / big_n;
        let x = x as f64;
        ln_binomial(x, r, p, q) + ln_binomial(n - x, b, p, q) - ln_binomial(n, big_n, p, q)
    }

    /// P(X = k + 1) / P(X = k), for k in the support.
    #[inline]
    fn ratio_up(&self, k: u64) -> f64 {
        let (big_n, r, n) = (self.population, self.successes, self.draws);
        let num = (r - k) as f64 * (n - k) as f64;
        let den = (k + 1) as f64 * (big_n + k + 1 - r - n) as f64;
        num / den
    }

    /// P(X = k − 1) / P(X = k), for k in the support above its start.
    #[inline]
    fn ratio_down(&self, k: u64) -> f64 {
        let (big_n, r, n) = (self.population, self.successes, self.draws);
        let num = k as f64 * (big_n + k - r - n) as f64;
        let den = (r + 1 - k) as f64 * (n + 1 - k) as f64;
        num / den
    }

    /// Σ_{k ≥ x} P(X = k) / P(X = x), for x above the mode (terms
    /// decreasing), up to the end of the support.
    fn sum_up_from(&self, x: u64) -> f64 {
        let hi = self.support().1;
        let (mut sum, mut term, mut k) = (1.0f64, 1.0f64, x);
        while k < hi {
            term *= self.ratio_up(k);
            k += 1;
            sum += term;
            if term <= sum * NEGLIGIBLE {
                break;
            }
        }
        sum
    }

    /// Σ_{k ≤ x} P(X = k) / P(X = x), for x below the mode (terms
    /// decreasing downwards), down to the start of the support.
    fn sum_down_from(&self, x: u64) -> f64 {
        let lo = self.support().0;
        let (mut sum, mut term, mut k) = (1.0f64, 1.0f64, x);
        while k > lo {
            term *= self.ratio_down(k);
            k -= 1;
            sum += term;
            if term <= sum * NEGLIGIBLE {
                break;
            }
        }
        sum
    }

    /// ln P(X ≥ x), the upper tail: 0 when x is at or below the start of
    /// the support, −∞ above its end. Cost O(1 + terms summed): a few for
    /// a tail far from the mode, about 9 standard deviations at worst.
    pub fn ln_sf(&self, x: u64) -> f64 {
        let (lo, hi) = self.support();
        if x <= lo {
            return 0.0;
        }
        if x > hi {
            return f64::NEG_INFINITY;
        }
        if x > self.mode() {
            self.ln_pmf(x) + self.sum_up_from(x).ln()
        } else {
            // 1 − P(X ≤ x − 1), where x − 1 is below the mode.
            let lower = (self.ln_pmf(x - 1) + self.sum_down_from(x - 1).ln()).exp();
            (-lower).ln_1p()
        }
    }

    /// ln P(X ≤ x), the lower tail: 0 at or above the end of the support.
    /// Cost as [`Hypergeometric::ln_sf`].
    pub fn ln_cdf(&self, x: u64) -> f64 {
        let (lo, hi) = self.support();
        if x >= hi {
            return 0.0;
        }
        if x < lo {
            return f64::NEG_INFINITY;
        }
        if x < self.mode() {
            self.ln_pmf(x) + self.sum_down_from(x).ln()
        } else {
            // 1 − P(X ≥ x + 1), where x + 1 is above the mode.
            let upper = (self.ln_pmf(x + 1) + self.sum_up_from(x + 1).ln()).exp();
            (-upper).ln_1p()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// C(n, k) exactly, for small arguments.
    fn choose(n: u64, k: u64) -> u128 {
        if k > n {
            return 0;
        }
        let mut c: u128 = 1;
        for i in 0..k.min(n - k) {
            c = c * u128::from(n - i) / u128::from(i + 1);
        }
        c
    }

    /// P(X = x) as a ratio of exact integers.
    fn exact_pmf(h: &Hypergeometric, x: u64) -> f64 {
        let num = choose(h.successes, x) * choose(h.population - h.successes, h.draws - x);
        num as f64 / choose(h.population, h.draws) as f64
    }

    fn rel(a: f64, b: f64) -> f64 {
        if a == b {
            0.0
        } else {
            (a - b).abs() / a.abs().max(b.abs())
        }
    }

    // The davis pair E8 × E9: P = 18, |E8| = 14, |E9| = 12, shared 9.
    // X >= max(0, 12 - (18 - 14)) = 8, so P(X >= 9) = 1 - P(X = 8)
    // = 1 - C(14,8) C(4,4) / C(18,12) = 1 - 3003/18564 = 15561/18564.
    #[test]
    fn a_hand_worked_upper_tail() {
        let h = Hypergeometric::new(18, 14, 12);
        assert_eq!(h.support(), (8, 12));
        let p = h.ln_sf(9).exp();
        assert!(rel(p, 15561.0 / 18564.0) < 1e-14, "{p}");
        assert_eq!(h.ln_sf(8), 0.0);
        assert_eq!(h.ln_sf(13), f64::NEG_INFINITY);
        // P(X <= 8) = 3003/18564.
        assert!(rel(h.ln_cdf(8).exp(), 3003.0 / 18564.0) < 1e-14);
        assert_eq!(h.ln_cdf(12), 0.0);
    }

    // P = 10, groups of 3 and 4, shared 0: C(7,4)/C(10,4) = 35/210 = 1/6,
    // the lower tail of a gap that could not be smaller.
    #[test]
    fn a_hand_worked_lower_tail() {
        let h = Hypergeometric::new(10, 3, 4);
        assert!(rel(h.ln_cdf(0).exp(), 1.0 / 6.0) < 1e-14);
        // P(X >= 1) = 5/6.
        assert!(rel(h.ln_sf(1).exp(), 5.0 / 6.0) < 1e-14);
    }

    #[test]
    fn probabilities_equal_exact_ratios_of_binomials() {
        for big_n in [1u64, 2, 5, 17, 40, 60] {
            for r in 0..=big_n {
                for n in 0..=big_n {
                    let h = Hypergeometric::new(big_n, r, n);
                    let (lo, hi) = h.support();
                    let mut total = 0.0;
                    for x in 0..=hi + 1 {
                        let e = if x < lo || x > hi {
                            0.0
                        } else {
                            exact_pmf(&h, x)
                        };
                        total += e;
                        assert!(rel(h.ln_pmf(x).exp(), e) < 1e-12, "{h:?} x={x}");
                        // Tails from the exact values.
                        let sf: f64 = (x..=hi).map(|k| exact_pmf(&h, k)).sum();
                        let cdf: f64 = (lo..=x.min(hi)).map(|k| exact_pmf(&h, k)).sum();
                        let sf = if x <= lo { 1.0 } else { sf };
                        let cdf = if x >= hi {
                            1.0
                        } else if x < lo {
                            0.0
                        } else {
                            cdf
                        };
                        assert!(rel(h.ln_sf(x).exp(), sf) < 1e-12, "sf {h:?} x={x}");
                        assert!(rel(h.ln_cdf(x).exp(), cdf) < 1e-12, "cdf {h:?} x={x}");
                    }
                    assert!((total - 1.0).abs() < 1e-12);
                }
            }
        }
    }

    #[test]
    fn far_tails_do_not_underflow() {
        // Two groups of 20,000 among a million persons sharing all of the
        // smaller: P(X >= 20,000) = 1 / C(10^6, 2*10^4), far below 1e-300.
        let h = Hypergeometric::new(1_000_000, 20_000, 20_000);
        let ln_p = h.ln_sf(20_000);
        assert!(ln_p.is_finite() && ln_p < -(300.0 * std::f64::consts::LN_10));
        // The same from ln-factorials, which are exact enough here for a
        // check to 1e-9 of this size.
        let ln_fact = |n: u64| -> f64 { (1..=n).map(|k| (k as f64).ln()).sum() };
        let ln_c = ln_fact(1_000_000) - ln_fact(20_000) - ln_fact(980_000);
        assert!((ln_p + ln_c).abs() < 1e-6 * ln_c.abs(), "{ln_p} {ln_c}");
    }

    #[test]
    fn large_populations_keep_their_digits() {
        // Ten million persons: P(X = x) for groups of 3,000 and 50,000
        // against a direct sum of logarithms in pairs (accurate to ~1e-11
        // relative here, so 1e-7 absolute in the log), at and around the mean (15).
        let h = Hypergeometric::new(10_000_000, 3_000, 50_000);
        let ln_c = |n: u64, k: u64| -> f64 {
            (0..k)
                .map(|i| ((n - i) as f64).ln() - ((i + 1) as f64).ln())
                .sum()
        };
        for x in [0u64, 1, 5, 15, 30, 60] {
            let direct = ln_c(3_000, x) + ln_c(9_997_000, 50_000 - x) - ln_c(10_000_000, 50_000);
            assert!((h.ln_pmf(x) - direct).abs() < 1e-7, "x={x}");
        }
    }
}
