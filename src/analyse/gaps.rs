//! Analysis: gaps, groups that should meet and don't. Group sizes and the
//! pairs sharing members -> the pairs of groups expected to share at
//! least one member if their members had been drawn at random
//! (|A| · |B| / P ≥ 1) that share significantly fewer: the lower-tail
//! hypergeometric p-value, Benjamini–Hochberg over the pairs considered.
//! In the report: groups that share fewer members than chance, to be
//! introduced to each other.
//!
//! Only pairs with an expected overlap of at least one are considered:
//! both groups must then be large (|A| · |B| ≥ P), which bounds the work
//! (the number of such pairs is at most M² / 2P, M the memberships, since
//! their expected overlaps, each at least 1, add up to at most that; in
//! practice far fewer) where all G(G−1)/2 pairs would not do.

use super::hypergeometric::Hypergeometric;
use super::overlap::GroupPair;
use super::significance::{written, QValues};
use rayon::prelude::*;
use serde::Serialize;

/// A pair of groups expected to share members (`gaps.csv` holds those
/// sharing significantly fewer than expected). `a < b`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    pub a: u32,
    pub b: u32,
    /// |A ∩ B|, possibly 0.
    pub shared: u32,
    pub size_a: u32,
    pub size_b: u32,
    /// ln P(X ≤ shared), X ~ Hypergeometric(P, |A|, |B|): the chance of
    /// sharing this few members or fewer if members were drawn at random
    /// (SciPy's `hypergeom.cdf(shared, P, |A|, |B|)`). In (−∞, 0].
    pub ln_p: f64,
    /// ln of its Benjamini–Hochberg q-value over the pairs considered.
    pub ln_q: f64,
}

impl Gap {
    /// |A| · |B| / P, at least 1 for a pair considered.
    pub fn expected_shared(&self, persons: u64) -> f64 {
        f64::from(self.size_a) * f64::from(self.size_b) / persons as f64
    }

    /// shared / expected_shared, in [0, 1) for a gap.
    pub fn lift(&self, persons: u64) -> f64 {
        f64::from(self.shared) / self.expected_shared(persons)
    }

    /// The p-value as written (never 0).
    pub fn p_value(&self) -> f64 {
        written(self.ln_p)
    }

    /// The q-value as written.
    pub fn q_value(&self) -> f64 {
        written(self.ln_q)
    }
}

/// What `summary.json` says of the gaps.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GapSummary {
    /// Pairs of groups with |A| · |B| ≥ P (expected to share at least
    /// one member): the tests.
    pub pairs_considered: u64,
    /// Those sharing significantly fewer than expected: q ≤ fdr.
    pub gaps: u64,
    pub fdr: f64,
}

/// Every pair of groups with `sizes[a] · sizes[b] ≥ persons`, with its
/// lower-tail p-value and its q-value over them all, in (a, b) order.
/// `pairs` are the pairs sharing members, in (a, b) order (as counted):
/// a pair not among them shares nobody.
///
/// Groups are sorted by size, largest first: the partners of a group that
/// reach the bound are a prefix of that order. Cost: O(G log G) plus, per
/// pair considered, a binary search among the first group's pairs and a
/// tail sum; in parallel over groups.
pub fn considered(sizes: &[u32], pairs: &[GroupPair], persons: u64) -> Vec<Gap> {
    let g = sizes.len();
    let mut by_size: Vec<u32> = (0..g as u32).collect();
    by_size.sort_unstable_by(|&x, &y| sizes[y as usize].cmp(&sizes[x as usize]).then(x.cmp(&y)));
    // Where each group's pairs start in `pairs` (as the smaller id).
    let mut start = vec![0usize; g + 1];
    for p in pairs {
        start[p.a as usize + 1] += 1;
    }
    for i in 0..g {
        start[i + 1] += start[i];
    }
    let size = |i: usize| u64::from(sizes[by_size[i] as usize]);
    let mut out: Vec<Gap> = (0..g)
        .into_par_iter()
        .flat_map_iter(|i| {
            let si = size(i);
            let start = &start;
            let by_size = &by_size;
            (i + 1..g)
                .take_while(move |&j| si * size(j) >= persons)
                .map(move |j| {
                    let (x, y) = (by_size[i], by_size[j]);
                    let (a, b) = (x.min(y), x.max(y));
                    let of_a = &pairs[start[a as usize]..start[a as usize + 1]];
                    let shared = of_a
                        .binary_search_by_key(&b, |p| p.b)
                        .map_or(0, |k| of_a[k].shared);
                    let (sa, sb) = (sizes[a as usize], sizes[b as usize]);
                    let h =
                        Hypergeometric::new(persons, u64::from(sa.max(sb)), u64::from(sa.min(sb)));
                    Gap {
                        a,
                        b,
                        shared,
                        size_a: sa,
                        size_b: sb,
                        ln_p: h.ln_cdf(u64::from(shared)),
                        ln_q: 0.0,
                    }
                })
        })
        .collect();
    out.par_sort_unstable_by_key(|x| (x.a, x.b));
    let q = QValues::new(out.len() as u64, out.iter().map(|x| x.ln_p).collect());
    for x in &mut out {
        x.ln_q = q.ln_q(x.ln_p);
    }
    out
}

/// The gaps: the pairs [`considered`] whose q-value is at most `fdr`,
/// smallest p first (then larger expected overlap, then names), and the
/// summary.
pub fn gaps(sizes: &[u32], pairs: &[GroupPair], persons: u64, fdr: f64) -> (Vec<Gap>, GapSummary) {
    let all = considered(sizes, pairs, persons);
    let pairs_considered = all.len() as u64;
    let mut found: Vec<Gap> = all.into_iter().filter(|x| x.q_value() <= fdr).collect();
    found.sort_by(|x, y| {
        x.ln_p
            .total_cmp(&y.ln_p)
            .then_with(|| {
                (u64::from(y.size_a) * u64::from(y.size_b))
                    .cmp(&(u64::from(x.size_a) * u64::from(x.size_b)))
            })
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let summary = GapSummary {
        pairs_considered,
        gaps: found.len() as u64,
        fdr,
    };
    (found, summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::linking::Core;
    use crate::analyse::overlap::count_shared;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    // Ten persons: A = {p0..p4}, B = {p5..p9}, C = {p0}. P = 10.
    // A×B: 5·5 = 25 ≥ 10, expected 2.5, shared 0:
    //   P(X <= 0) = C(5,0) C(5,5) / C(10,5) = 1/252.
    // A×C: 5·1 = 5 < 10, B×C: 5 < 10: not considered.
    // One test: q = p = 1/252 ≤ 0.05, a gap.
    #[test]
    fn two_halves_that_never_meet_are_a_gap() {
        let mut rows = Vec::new();
        let names: Vec<String> = (0..10).map(|i| format!("p{i}")).collect();
        for (i, n) in names.iter().enumerate() {
            rows.push((n.as_str(), if i < 5 { "A" } else { "B" }));
        }
        rows.push(("p0", "C"));
        let net = Network::build(memberships(&rows));
        let pairs = count_shared(&Core::new(&net));
        let sizes: Vec<u32> = (0..3).map(|g| net.members_of(g).len() as u32).collect();
        let all = considered(&sizes, &pairs, 10);
        assert_eq!(all.len(), 1);
        let ab = &all[0];
        assert_eq!((ab.a, ab.b, ab.shared), (0, 1, 0));
        assert!((ab.p_value() - 1.0 / 252.0).abs() < 1e-15);
        assert!((ab.q_value() - 1.0 / 252.0).abs() < 1e-15);
        assert_eq!(ab.expected_shared(10), 2.5);
        assert_eq!(ab.lift(10), 0.0);
        let (found, s) = gaps(&sizes, &pairs, 10, 0.05);
        assert_eq!(found, all);
        assert_eq!((s.pairs_considered, s.gaps), (1, 1));
        // With an FDR below 1/252, no gap.
        let (found, s) = gaps(&sizes, &pairs, 10, 0.001);
        assert!(found.is_empty());
        assert_eq!((s.pairs_considered, s.gaps), (1, 0));
    }

    // Six persons, A = {p0, p1, p2, p3}, B = {p2, p3, p4, p5}: 16 ≥ 6,
    // expected 16/6, shared 2 (the least possible: 4 + 4 - 6).
    // P(X <= 2) = P(X = 2) = C(4,2) C(2,2) / C(6,4) = 6/15 = 0.4: no gap.
    #[test]
    fn a_pair_at_its_least_possible_overlap_is_not_always_a_gap() {
        let net = Network::build(memberships(&[
            ("p0", "A"),
            ("p1", "A"),
            ("p2", "A"),
            ("p3", "A"),
            ("p2", "B"),
            ("p3", "B"),
            ("p4", "B"),
            ("p5", "B"),
        ]));
        let pairs = count_shared(&Core::new(&net));
        let all = considered(&[4, 4], &pairs, 6);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].shared, 2);
        assert!((all[0].p_value() - 0.4).abs() < 1e-15);
        assert!(gaps(&[4, 4], &pairs, 6, 0.05).0.is_empty());
    }
}
