//! Analysis: the significance of each overlap. Pairs of groups sharing
//! members -> each pair's one-sided hypergeometric p-value (do the two
//! groups share more members than if their members had been drawn at
//! random?), and q-values by Benjamini–Hochberg over all G(G−1)/2 pairs of
//! groups; a pair is significant when its q-value is at most `--fdr`.
//! This is the test of R backbone's fixed-row model and of GeneOverlap.

use super::hypergeometric::Hypergeometric;
use super::overlap::GroupPair;
use rayon::prelude::*;
use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering};

/// `--fdr` by default: the share of false discoveries tolerated among the
/// pairs called significant.
pub const DEFAULT_FDR: f64 = 0.05;

/// p-values below this are written as [`SMALLEST_WRITTEN`] (their
/// logarithm is kept, so they still order the strongest pairs).
pub const UNDERFLOW: f64 = 1e-300;
/// The smallest normal double, written for p-values below [`UNDERFLOW`].
pub const SMALLEST_WRITTEN: f64 = f64::MIN_POSITIVE;

/// ln of the p-value of two groups of sizes `size_a` and `size_b`
/// sharing `shared` members among `persons`:
/// p = P(X ≥ shared), X ~ Hypergeometric(population P, |A| successes, |B|
/// draws), that is Σ_{k ≥ shared} C(|A|,k) C(P−|A|,|B|−k) / C(P,|B|)
/// (SciPy's `hypergeom.sf(shared − 1, P, |A|, |B|)`). In (−∞, 0]; 0 (p = 1)
/// for shared = 0. Exact in log space (see [`Hypergeometric::ln_sf`]);
/// cost O(1) plus the terms of the tail.
pub fn ln_p_value(shared: u64, size_a: u64, size_b: u64, persons: u64) -> f64 {
    Hypergeometric::new(persons, size_a.max(size_b), size_a.min(size_b)).ln_sf(shared)
}

/// A p-value or q-value as written: e^ln, or [`SMALLEST_WRITTEN`] below
/// [`UNDERFLOW`] (never 0).
pub fn written(ln: f64) -> f64 {
    // q = 1 for nearly every pair of a large network, and the writers ask
    // for it several times a pair: e^0 is 1 without calling exp.
    if ln == 0.0 {
        return 1.0;
    }
    let x = ln.exp();
    if x < UNDERFLOW {
        SMALLEST_WRITTEN
    } else {
        x
    }
}

/// Sets every pair's `ln_p` ([`ln_p_value`]) among `persons` persons, in
/// parallel. Pairs sharing one member take their value from a
/// [`OneSharedMemo`], the same bits computed once per pair of sizes.
/// Cost: one tail per pair sharing two or more and per distinct pair of
/// sizes sharing one; see BENCHMARKS.md.
pub fn set_p_values(pairs: &mut [GroupPair], persons: u64) {
    let memo = OneSharedMemo::new(pairs);
    pairs.par_iter_mut().with_min_len(4096).for_each(|p| {
        let (a, b) = p.sizes();
        p.ln_p = match &memo {
            Some(m) if p.shared == 1 => m.ln_p_value(a, b, persons),
            _ => ln_p_value(u64::from(p.shared), u64::from(a), u64::from(b), persons),
        };
    });
}

/// Largest table of [`OneSharedMemo`], in entries (8 bytes each).
const MEMO_ENTRIES: usize = 1 << 22;

/// The p-values of pairs sharing one member, by their two sizes. Such
/// pairs are most pairs of a large network and their p-value depends on
/// the sizes alone, which take far fewer distinct values than there are
/// pairs (see BENCHMARKS.md): a triangular table over the ranks of the
/// distinct sizes holds each value once computed. A
/// slot holds the bits of ln p, 0 until computed (a value of exactly 0 is
/// then computed each time, to the same bits); threads that fill a slot
/// together write the same bits. The value is [`ln_p_value`]'s own, so
/// the p-values are the same to the last bit.
struct OneSharedMemo {
    /// Rank of each size among the distinct sizes, indexed by size.
    rank: Vec<u32>,
    /// Slot of sizes ranked (i ≤ j): j (j + 1) / 2 + i.
    table: Vec<AtomicU64>,
}

impl OneSharedMemo {
    /// The table for `pairs`' sizes; `None` when too many distinct sizes
    /// would make it larger than [`MEMO_ENTRIES`]. Cost O(pairs + largest
    /// size).
    fn new(pairs: &[GroupPair]) -> Option<OneSharedMemo> {
        let largest = pairs
            .par_iter()
            .with_min_len(4096)
            .map(|p| p.sizes().1)
            .max()?;
        let mut rank = vec![0u32; largest as usize + 1];
        for p in pairs {
            let (a, b) = p.sizes();
            rank[a as usize] = 1;
            rank[b as usize] = 1;
        }
        let mut distinct = 0u32;
        for r in &mut rank {
            let seen = *r == 1;
            *r = distinct;
            distinct += u32::from(seen);
        }
        let d = distinct as usize;
        let entries = d * (d + 1) / 2;
        if entries > MEMO_ENTRIES {
            return None;
        }
        Some(OneSharedMemo {
            rank,
            table: (0..entries).map(|_| AtomicU64::new(0)).collect(),
        })
    }

    /// ln p of two groups of sizes `small ≤ large` (seen in the pairs)
    /// sharing one member.
    #[inline]
    fn ln_p_value(&self, small: u32, large: u32, persons: u64) -> f64 {
        let (i, j) = (
            self.rank[small as usize] as usize,
            self.rank[large as usize] as usize,
        );
        let slot = &self.table[j * (j + 1) / 2 + i];
        let bits = slot.load(Ordering::Relaxed);
        if bits != 0 {
            return f64::from_bits(bits);
        }
        let v = ln_p_value(1, u64::from(small), u64::from(large), persons);
        slot.store(v.to_bits(), Ordering::Relaxed);
        v
    }
}

/// Benjamini–Hochberg q-values of `tests` tests, of which only some are
/// listed (the others have p = 1). Sorted by p, q_(i) = min(1, min_{j ≥ i}
/// p_(j) · tests / j), as statsmodels' `fdr_bh` computes it (in log space
/// here, so that p-values below 1e-308 keep their order).
///
/// Only the q-values below 1 are kept, with their p: a p-value above
/// listed / tests always gets q = 1 (every p_(j) · tests / j from it on is
/// above 1), so at ten million memberships, where pairs are 8 million and
/// tests 5 billion, the table holds a few thousand entries instead of
/// 8 million. q is a non-decreasing function of p, so it is looked up by
/// p. Cost: O(listed) to pick the candidates, O(c log c) to sort the c
/// candidates; O(log c) per look-up.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct QValues {
    /// Number of tests (pairs of groups, or pairs considered).
    pub tests: u64,
    /// (ln p, ln q) for every distinct p whose q is below 1, by p.
    table: Vec<(f64, f64)>,
}

impl QValues {
    /// The ln p above which q = 1, for `listed` tests with p < 1 among
    /// `tests` (with a hair of margin: a candidate too many costs nothing).
    pub fn cutoff(tests: u64, listed: u64) -> f64 {
        if tests == 0 {
            return 0.0;
        }
        ((listed as f64 / tests as f64).ln() + 1e-9).min(0.0)
    }

    /// The q-values of `tests` tests given `candidates`: the ln p of every
    /// test whose ln p is at most [`QValues::cutoff`] (any order); every
    /// other test's q is 1.
    pub fn new(tests: u64, mut candidates: Vec<f64>) -> QValues {
        candidates.par_sort_unstable_by(f64::total_cmp);
        let mut table: Vec<(f64, f64)> = Vec::new();
        let mut running = 0.0f64; // ln q, capped at ln 1
        for (i, &ln_p) in candidates.iter().enumerate().rev() {
            // statsmodels: p / (rank / tests).
            let raw = ln_p - ((i + 1) as f64 / tests as f64).ln();
            running = running.min(raw);
            if running < 0.0 {
                match table.last_mut() {
                    // Equal p-values share the q of the last of them.
                    Some(last) if last.0 == ln_p => last.1 = running,
                    _ => table.push((ln_p, running)),
                }
            }
        }
        table.reverse();
        QValues { tests, table }
    }

    /// ln q of a listed test whose ln p is `ln_p`. O(log table).
    pub fn ln_q(&self, ln_p: f64) -> f64 {
        match self.table.last() {
            Some(last) if ln_p <= last.0 => {
                let i = self.table.partition_point(|e| e.0 < ln_p);
                self.table[i].1
            }
            _ => 0.0,
        }
    }

    /// How many distinct p-values have q < 1.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// No q-value is below 1.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}

/// The q-values of every pair of groups: Benjamini–Hochberg over all
/// `groups`(`groups` − 1)/2 pairs, the pairs sharing nobody counting with
/// p = 1. `pairs` must have their `ln_p` set.
pub fn pair_q_values(pairs: &[GroupPair], groups: u64) -> QValues {
    let tests = groups * groups.saturating_sub(1) / 2;
    let cut = QValues::cutoff(tests, pairs.len() as u64);
    let candidates: Vec<f64> = pairs
        .par_iter()
        .with_min_len(4096)
        .map(|p| p.ln_p)
        .filter(|&l| l <= cut)
        .collect();
    QValues::new(tests, candidates)
}

/// The significance figures of `summary.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SignificanceSummary {
    /// Tests: every pair of groups, G(G−1)/2 (those sharing nobody have
    /// p = 1).
    pub tests: u64,
    /// `--fdr`: a pair is significant when its q-value is at most this.
    pub fdr: f64,
    /// Pairs of groups sharing more members than chance, q ≤ fdr.
    pub significant_pairs: u64,
    /// Pairs whose p-value is below 1e-300, written as 2.2e-308.
    pub p_values_below_1e_300: u64,
}

/// Counts the significant pairs: q ≤ `fdr`.
pub fn summarise(pairs: &[GroupPair], q: &QValues, fdr: f64) -> SignificanceSummary {
    let (significant, tiny) = pairs
        .par_iter()
        .with_min_len(4096)
        .map(|p| {
            (
                u64::from(written(q.ln_q(p.ln_p)) <= fdr),
                u64::from(p.ln_p.exp() < UNDERFLOW),
            )
        })
        .reduce(|| (0, 0), |x, y| (x.0 + y.0, x.1 + y.1));
    SignificanceSummary {
        tests: q.tests,
        fdr,
        significant_pairs: significant,
        p_values_below_1e_300: tiny,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // statsmodels' own example (reference_extra.py): p = .01 .04 .03 .2,
    // 4 tests. Sorted .01 .03 .04 .2; p·n/rank = .04 .06 .0533 .2;
    // minimum from the end: .04 .0533 .0533 .2.
    #[test]
    fn q_values_follow_benjamini_hochberg() {
        let ps = [0.01f64, 0.04, 0.03, 0.2];
        let q = QValues::new(4, ps.iter().map(|p| p.ln()).collect());
        let got: Vec<f64> = ps.iter().map(|p| q.ln_q(p.ln()).exp()).collect();
        let want = [0.04, 0.16 / 3.0, 0.16 / 3.0, 0.2];
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 1e-15, "{got:?}");
        }
    }

    // Tests never listed count: 2 listed p-values (.001, .01) among 100
    // tests: .001·100/1 = 0.1, .01·100/2 = 0.5; the 98 others have p = 1.
    #[test]
    fn unlisted_tests_count_in_the_number_of_tests() {
        let cut = QValues::cutoff(100, 2);
        assert!((cut - (0.02f64).ln()).abs() < 1e-8);
        let q = QValues::new(100, vec![0.001f64.ln(), 0.01f64.ln()]);
        assert!((q.ln_q(0.001f64.ln()).exp() - 0.1).abs() < 1e-15);
        assert!((q.ln_q(0.01f64.ln()).exp() - 0.5).abs() < 1e-15);
        assert_eq!(q.ln_q(0.3f64.ln()), 0.0);
        assert_eq!(q.ln_q(0.0), 0.0);
    }

    // Equal p-values get equal q-values: .02 .02 .02 among 3 tests:
    // raw .06 .03 .02, minimum from the end .02 for all three.
    #[test]
    fn tied_p_values_share_their_q_value() {
        let q = QValues::new(3, vec![0.02f64.ln(); 3]);
        assert_eq!(q.len(), 1);
        assert!((q.ln_q(0.02f64.ln()).exp() - 0.02).abs() < 1e-15);
    }

    #[test]
    fn tiny_p_values_keep_their_order_and_are_written_above_zero() {
        let q = QValues::new(10, vec![-1000.0, -800.0]);
        // ln q = ln p + ln(10/rank): -1000 + ln 10, -800 + ln 5.
        assert!((q.ln_q(-1000.0) - (-1000.0 + 10f64.ln())).abs() < 1e-12);
        assert!((q.ln_q(-800.0) - (-800.0 + 5f64.ln())).abs() < 1e-12);
        assert_eq!(written(-1000.0), SMALLEST_WRITTEN);
        assert_eq!(written(0.0), 1.0);
        assert!((written(-2.0) - (-2.0f64).exp()).abs() < 1e-18);
    }

    // Pairs sharing one member read their p-value from the table of
    // sizes: each must be the general code's value to the last bit, over
    // a grid of sizes (each pair of sizes several times, in both
    // orders), sharing 1 to 3, including pairs whose p is exactly 1
    // (sizes 60 and 70 among 100 always share at least 30).
    #[test]
    fn the_table_of_pairs_sharing_one_gives_the_general_values_bit_for_bit() {
        let sizes = [1u32, 2, 3, 5, 8, 13, 40, 60, 70, 100];
        for persons in [100u64, 1_000, 1_000_000, 10_000_000] {
            let mut pairs = Vec::new();
            for round in 0..3u32 {
                for (i, &x) in sizes.iter().enumerate() {
                    for &y in &sizes[i..] {
                        for shared in 1..=3u32.min(x) {
                            let (a, b) = if round % 2 == 0 { (x, y) } else { (y, x) };
                            pairs.push(GroupPair::new(0, 1, shared, a, b, None));
                        }
                    }
                }
            }
            assert!(OneSharedMemo::new(&pairs).is_some());
            set_p_values(&mut pairs, persons);
            for p in &pairs {
                let (a, b) = p.sizes();
                let want = ln_p_value(u64::from(p.shared), u64::from(a), u64::from(b), persons);
                assert_eq!(p.ln_p.to_bits(), want.to_bits(), "{p:?} among {persons}");
            }
            if persons == 100 {
                assert!(pairs.iter().any(|p| p.shared == 1 && p.ln_p == 0.0));
            }
        }
    }

    // A = {ann, bob, cat}, B = {ann, bob} among 5 persons, shared 2:
    // P(X >= 2) = C(3,2) C(2,0) / C(5,2) = 3/10.
    #[test]
    fn a_pair_p_value_by_hand() {
        let p = ln_p_value(2, 3, 2, 5).exp();
        assert!((p - 0.3).abs() < 1e-15, "{p}");
        assert_eq!(ln_p_value(0, 3, 2, 5), 0.0);
    }
}
