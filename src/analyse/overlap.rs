//! Analysis: overlaps between groups. Network -> every pair of groups that
//! shares at least one member, with the shared count, and the person when
//! that count is one. The person-person projection is never built.

use super::linking::Core;
use rayon::prelude::*;
use serde::Serialize;

/// Two groups sharing members. `a < b` (ids, hence names, in order).
/// Kept small (32 bytes): a large network has tens of millions of pairs,
/// and the ratios follow from what is here ([`GroupPair::ratios`]).
///
/// The p-value is kept (as its logarithm, 8 bytes) because deriving it
/// again costs a tail sum per pair each time it is read; the q-value is
/// not: it is 1 for all but a few pairs of a large network, and the
/// others are looked up by p in [`super::significance::QValues`].
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct GroupPair {
    pub a: u32,
    pub b: u32,
    /// |A ∩ B| >= 1.
    pub shared: u32,
    /// |A| + |B| (so |A ∪ B| = size_sum - shared): with `shared`, all that
    /// the documented pair order needs, without looking the sizes up.
    pub size_sum: u32,
    /// min(|A|, |B|).
    pub size_min: u32,
    /// The sole link, or [`NO_LINK`]; see [`GroupPair::sole_link`].
    sole: u32,
    /// ln of the p-value: the chance of sharing this many members or more
    /// if the groups' members were drawn at random (sizes kept); see
    /// [`super::significance::ln_p_value`]. 0 (p = 1) until
    /// [`super::significance::set_p_values`] sets it.
    pub ln_p: f64,
}

/// No sole link: the pair shares more than one person.
const NO_LINK: u32 = u32::MAX;

impl GroupPair {
    /// A pair of groups `a < b` of sizes `size_a` and `size_b` sharing
    /// `shared` persons, `sole` being the one when there is one.
    pub fn new(a: u32, b: u32, shared: u32, size_a: u32, size_b: u32, sole: Option<u32>) -> Self {
        GroupPair {
            a,
            b,
            shared,
            size_sum: size_a + size_b,
            size_min: size_a.min(size_b),
            sole: sole.filter(|_| shared == 1).unwrap_or(NO_LINK),
            ln_p: 0.0,
        }
    }

    /// The two groups' sizes, smaller first.
    pub fn sizes(&self) -> (u32, u32) {
        (self.size_min, self.size_sum - self.size_min)
    }

    /// The p-value as written in pairs.csv (never 0: below 1e-300, the
    /// smallest normal double).
    pub fn p_value(&self) -> f64 {
        super::significance::written(self.ln_p)
    }

    /// When shared == 1, the one person linking the two groups: a person
    /// id from [`count_shared`], turned by [`crate::analyse::all`] into an
    /// index into `Findings::connectors` (which does not depend on input
    /// order).
    pub fn sole_link(&self) -> Option<u32> {
        (self.sole != NO_LINK).then_some(self.sole)
    }

    /// The pair's ratios among `persons` persons. O(1).
    pub fn ratios(&self, persons: u64) -> PairRatios {
        PairRatios {
            jaccard: self.jaccard(),
            overlap_coefficient: self.overlap_coefficient(),
            expected_shared: self.expected_shared(persons),
            lift: self.lift(persons),
        }
    }

    /// |A ∩ B| / |A ∪ B| (see [`PairRatios::jaccard`]); each ratio alone,
    /// for writers that need one at a time (millions of rows).
    pub fn jaccard(&self) -> f64 {
        f64::from(self.shared) / f64::from(self.size_sum - self.shared)
    }

    /// |A ∩ B| / min(|A|, |B|).
    pub fn overlap_coefficient(&self) -> f64 {
        f64::from(self.shared) / f64::from(self.size_min)
    }

    /// |A| · |B| / P.
    pub fn expected_shared(&self, persons: u64) -> f64 {
        let min = f64::from(self.size_min);
        let max = f64::from(self.size_sum - self.size_min);
        min * max / persons as f64
    }

    /// shared / expected_shared.
    pub fn lift(&self, persons: u64) -> f64 {
        f64::from(self.shared) / self.expected_shared(persons)
    }

    /// Renumbers the sole link with `new_id` (person id -> connector rank).
    pub(crate) fn renumber_sole_link(&mut self, new_id: impl Fn(u32) -> u32) {
        if let Some(x) = self.sole_link() {
            self.sole = new_id(x);
        }
    }
}

/// How strongly two groups overlap, beyond the raw shared count.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairRatios {
    /// shared / |A ∪ B|, in (0, 1].
    pub jaccard: f64,
    /// shared / min(|A|, |B|), in (0, 1].
    pub overlap_coefficient: f64,
    /// |A| · |B| / P: the shared count expected if each group's members
    /// were drawn at random among the P persons (sizes kept).
    pub expected_shared: f64,
    /// shared / expected_shared: above 1, the groups share more than chance.
    pub lift: f64,
}

/// The ratios of a pair with `shared` members in common, groups of sizes
/// `size_a` and `size_b`, among `persons` persons (all >= 1). O(1).
pub fn ratios(shared: u64, size_a: u64, size_b: u64, persons: u64) -> PairRatios {
    let expected = size_a as f64 * size_b as f64 / persons as f64;
    PairRatios {
        jaccard: shared as f64 / (size_a + size_b - shared) as f64,
        overlap_coefficient: shared as f64 / size_a.min(size_b) as f64,
        expected_shared: expected,
        lift: shared as f64 / expected,
    }
}

/// Counts |A ∩ B| for every pair of groups with at least one shared member.
///
/// For each group `a`, walks its members' group lists and accumulates counts
/// for groups `b > a` in a dense per-thread array; only members in two or
/// more groups (the [`Core`]) can be shared, so only they are walked. Cost
/// O(Σ_p deg(p)²) time, O(G) memory per thread plus the output. Groups are
/// processed in parallel; the result is sorted by (a, b).
pub fn count_shared(core: &Core) -> Vec<GroupPair> {
    let net = core.net;
    let n_groups = net.group_count();
    (0..n_groups as u32)
        .into_par_iter()
        .map_init(
            || Accumulator {
                count: vec![0u32; n_groups],
                last: vec![0u32; n_groups],
                touched: Vec::new(),
            },
            |acc, a| {
                for tail in core.tails_of(a) {
                    for &b in core.tail(tail) {
                        let c = &mut acc.count[b as usize];
                        if *c == 0 {
                            acc.touched.push(b);
                        }
                        *c += 1;
                        acc.last[b as usize] = tail.person;
                    }
                }
                acc.touched.sort_unstable();
                let size_a = core.sizes[a as usize];
                let out: Vec<GroupPair> = acc
                    .touched
                    .iter()
                    .map(|&b| {
                        let shared = acc.count[b as usize];
                        acc.count[b as usize] = 0;
                        let sole = acc.last[b as usize];
                        GroupPair::new(a, b, shared, size_a, core.sizes[b as usize], Some(sole))
                    })
                    .collect();
                acc.touched.clear();
                out
            },
        )
        .flatten_iter()
        .collect()
}

struct Accumulator {
    count: Vec<u32>,
    last: Vec<u32>,
    touched: Vec<u32>,
}

/// Per group: the number of other groups it shares at least one member with
/// (its degree in the group-group projection). Cost O(pairs).
pub fn overlapping_groups(n_groups: usize, pairs: &[GroupPair]) -> Vec<u64> {
    let mut n = vec![0u64; n_groups];
    for p in pairs {
        n[p.a as usize] += 1;
        n[p.b as usize] += 1;
    }
    n
}

/// Per person: the number of group pairs for which they are the only shared
/// member (if they left, those two groups would share nobody).
pub fn sole_links(n_persons: usize, pairs: &[GroupPair]) -> Vec<u64> {
    let mut n = vec![0u64; n_persons];
    for p in pairs {
        if let Some(x) = p.sole_link() {
            n[x as usize] += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    // A = {ann, bob, cat}, B = {ann, bob}, C = {cat, dan}, D = {eve}
    // A∩B = {ann, bob}: shared 2, jaccard 2/3, overlap 2/2 = 1,
    //   expected 3*2/5 = 1.2, lift 2/1.2
    // A∩C = {cat}: shared 1, jaccard 1/4, overlap 1/2, sole link cat
    // B∩C = {}: no pair. D shares nobody.
    fn net() -> Network {
        Network::build(memberships(&[
            ("ann", "A"),
            ("bob", "A"),
            ("cat", "A"),
            ("ann", "B"),
            ("bob", "B"),
            ("cat", "C"),
            ("dan", "C"),
            ("eve", "D"),
        ]))
    }

    #[test]
    fn pairs_count_shared_members_with_their_ratios() {
        let n = net();
        let pairs = count_shared(&Core::new(&n));
        assert_eq!(pairs.len(), 2);
        let ab = &pairs[0];
        assert_eq!((ab.a, ab.b, ab.shared), (0, 1, 2));
        let r = ratios(2, 3, 2, 5);
        assert!((r.jaccard - 2.0 / 3.0).abs() < 1e-15);
        assert_eq!(r.overlap_coefficient, 1.0);
        assert!((r.expected_shared - 1.2).abs() < 1e-15);
        assert!((r.lift - 2.0 / 1.2).abs() < 1e-12);
        assert_eq!(ab.sole_link(), None);
        assert_eq!(ab.ratios(5), r);
        assert_eq!(
            (
                ab.jaccard(),
                ab.overlap_coefficient(),
                ab.expected_shared(5),
                ab.lift(5)
            ),
            (r.jaccard, r.overlap_coefficient, r.expected_shared, r.lift)
        );
        assert_eq!((ab.size_sum, ab.size_min), (5, 2));
        let ac = &pairs[1];
        assert_eq!((ac.a, ac.b, ac.shared), (0, 2, 1));
        let r = ratios(1, 3, 2, 5);
        assert_eq!(r.jaccard, 0.25);
        assert_eq!(r.overlap_coefficient, 0.5);
        assert_eq!(ac.sole_link(), n.persons.find("cat"));
        assert_eq!(ac.ratios(5), r);
    }

    #[test]
    fn overlapping_groups_and_sole_links_follow_from_pairs() {
        let n = net();
        let pairs = count_shared(&Core::new(&n));
        assert_eq!(overlapping_groups(4, &pairs), vec![2, 1, 1, 0]);
        let sole = sole_links(n.person_count(), &pairs);
        assert_eq!(sole[n.persons.find("cat").unwrap() as usize], 1);
        assert_eq!(sole.iter().sum::<u64>(), 1);
    }
}
