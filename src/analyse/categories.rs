//! Analysis: group categories (thematic, territorial...). Network with
//! group descriptions -> per category, how many groups, persons and
//! memberships it has and how far its persons reach into other
//! categories; per pair of categories, the persons they share against
//! chance; per group, the share of its members in another category; per
//! person, how many categories they span (participation coefficient).
//!
//! Notation: cat(g) is g's category (`(none)` for a group without one),
//! k_p the number of p's groups, k_pc the number of p's groups in category
//! c, P_c the persons with at least one group in c, P the persons.

use super::membership::ratio;
use crate::model::Network;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// The category of groups that have none, when other groups have one.
pub const NONE: &str = "(none)";

/// One category (`categories.csv`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CategoryRow {
    pub category: String,
    /// Groups in the category.
    pub groups: u64,
    /// |P_c|: persons with at least one group in c.
    pub persons: u64,
    /// Σ members(g) over the groups g of c.
    pub memberships: u64,
    /// |{p ∈ P_c : k_pc ≥ 2}| / |P_c|: persons in two or more groups of
    /// this category; in [0, 1].
    pub multi_membership_rate: f64,
    /// |{p ∈ P_c : p has a group in another category}| / |P_c|; in
    /// [0, 1].
    pub cross_category_rate: f64,
}

/// One pair of categories a < b (`category_pairs.csv`); ids index the
/// categories.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CategoryPair {
    pub a: u32,
    pub b: u32,
    /// |P_a ∩ P_b|.
    pub shared: u64,
    /// |P_a| · |P_b| / P: the persons the two would share if persons
    /// were spread across categories at random (their sizes kept).
    pub expected_shared: f64,
    /// shared / expected_shared; above 1 the categories share more than
    /// chance, 0 when they share nobody.
    pub lift: f64,
}

/// What [`categories`] finds. Everything is empty when no group has a
/// category.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Categories {
    /// Categories in name order (`(none)` first when some group has no
    /// category: `(` sorts before letters).
    pub list: Vec<CategoryRow>,
    /// Every pair a < b of categories, in order of (a, b); with more than
    /// [`ALL_PAIRS_UP_TO`] categories, only the pairs sharing someone.
    pub pairs: Vec<CategoryPair>,
    /// Per group id, its category (an index of `list`).
    pub of_group: Vec<u32>,
    /// Per group id, its members with a group in another category.
    pub other_members: Vec<u64>,
}

impl Categories {
    /// True when the groups have categories.
    pub fn known(&self) -> bool {
        !self.list.is_empty()
    }
}

/// With more categories than this, pairs sharing nobody are not listed
/// (there would be millions).
pub const ALL_PAIRS_UP_TO: usize = 1000;

/// Pair counts: a dense triangle for few categories, a hash map beyond.
enum PairCounts {
    Dense(usize, Vec<u64>),
    Sparse(FxHashMap<(u32, u32), u64>),
}

/// Dense pair counts up to this many categories (a 256 × 256 table per
/// parallel task).
const DENSE_UP_TO: usize = 256;

impl PairCounts {
    fn new(n: usize) -> PairCounts {
        if n <= DENSE_UP_TO {
            PairCounts::Dense(n, vec![0; n * n])
        } else {
            PairCounts::Sparse(FxHashMap::default())
        }
    }
    fn add(&mut self, a: u32, b: u32) {
        match self {
            PairCounts::Dense(n, v) => v[a as usize * *n + b as usize] += 1,
            PairCounts::Sparse(m) => *m.entry((a, b)).or_default() += 1,
        }
    }
    fn merge(mut self, other: PairCounts) -> PairCounts {
        match (&mut self, other) {
            (PairCounts::Dense(_, v), PairCounts::Dense(_, w)) => {
                v.iter_mut().zip(w).for_each(|(x, y)| *x += y)
            }
            (PairCounts::Sparse(m), PairCounts::Sparse(o)) => {
                for (k, n) in o {
                    *m.entry(k).or_default() += n;
                }
            }
            _ => unreachable!("both sides have the same number of categories"),
        }
        self
    }
    fn get(&self, a: u32, b: u32) -> u64 {
        match self {
            PairCounts::Dense(n, v) => v[a as usize * *n + b as usize],
            PairCounts::Sparse(m) => m.get(&(a, b)).copied().unwrap_or(0),
        }
    }
}

/// Per-category counts gathered over persons.
struct Tally {
    persons: Vec<u64>,
    multi: Vec<u64>,
    cross: Vec<u64>,
    pairs: PairCounts,
}

impl Tally {
    fn new(n: usize) -> Tally {
        Tally {
            persons: vec![0; n],
            multi: vec![0; n],
            cross: vec![0; n],
            pairs: PairCounts::new(n),
        }
    }
    fn merge(mut self, o: Tally) -> Tally {
        for (v, w) in [
            (&mut self.persons, o.persons),
            (&mut self.multi, o.multi),
            (&mut self.cross, o.cross),
        ] {
            v.iter_mut().zip(w).for_each(|(x, y)| *x += y);
        }
        self.pairs = self.pairs.merge(o.pairs);
        self
    }
}

/// The category of each group, from the network's descriptions: category
/// names in name order, with `(none)` for groups without one, and each
/// group's index. `None` when no group has a category.
pub fn group_categories(net: &Network) -> Option<(Vec<String>, Vec<u32>)> {
    let mut of_group: Vec<Option<&str>> = vec![None; net.group_count()];
    for d in &net.descriptions {
        if let Some(c) = &d.category {
            of_group[d.group as usize] = Some(c);
        }
    }
    if of_group.iter().all(Option::is_none) {
        return None;
    }
    let mut names: Vec<&str> = of_group.iter().map(|c| c.unwrap_or(NONE)).collect();
    names.sort_unstable();
    names.dedup();
    let index: FxHashMap<&str, u32> = names
        .iter()
        .enumerate()
        .map(|(i, &n)| (n, i as u32))
        .collect();
    let ids = of_group.iter().map(|c| index[c.unwrap_or(NONE)]).collect();
    Some((names.into_iter().map(String::from).collect(), ids))
}

/// The categories of `groups` (ids), as `(category, k_pc)` in category
/// order, into `out` (cleared first).
fn runs(groups: impl Iterator<Item = u32>, of_group: &[u32], out: &mut Vec<(u32, u32)>) {
    let mut cats: smallvec_lite::Buf = smallvec_lite::Buf::default();
    for g in groups {
        cats.push(of_group[g as usize]);
    }
    let cats = cats.sorted();
    out.clear();
    for &c in cats {
        match out.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => out.push((c, 1)),
        }
    }
}

/// A person's number of distinct modules and participation coefficient
/// 1 − Σ_c (k_pc / k_p)² (Guimerà–Amaral): 0 for a person whose groups
/// are all in one module, up to 1 − 1/C when they are spread evenly over
/// C modules. `of_group` gives each group's module: its category
/// ([`Categories::of_group`]) or, when the groups have no categories, its
/// cluster of groups ([`super::clusters::Clusters::of_group`]). Cost:
/// O(k_p log k_p), no allocation for up to 64 groups.
pub fn of_person(net: &Network, of_group: &[u32], p: u32) -> (u32, f64) {
    let mut modules = smallvec_lite::Buf::default();
    for g in net.groups_of(p) {
        modules.push(of_group[g as usize]);
    }
    spread(modules.sorted())
}

/// Number of distinct modules and participation of a sorted list of
/// modules, one per group.
fn spread(sorted: &[u32]) -> (u32, f64) {
    let k = sorted.len() as u64;
    if k == 0 {
        return (0, 0.0);
    }
    let (mut distinct, mut squares) = (0u32, 0u64);
    for run in sorted.chunk_by(|a, b| a == b) {
        distinct += 1;
        squares += (run.len() as u64).pow(2);
    }
    (distinct, 1.0 - squares as f64 / (k * k) as f64)
}

/// Computes every category figure.
///
/// - per category c: groups, |P_c|, memberships, multi_membership_rate =
///   |{p ∈ P_c : k_pc ≥ 2}| / |P_c|, cross_category_rate = |{p ∈ P_c : p
///   is in another category too}| / |P_c|;
/// - per pair a < b: shared = |P_a ∩ P_b|, expected_shared =
///   |P_a||P_b| / P, lift = shared / expected_shared (0 when expected is
///   0);
/// - per group g: the members of g with a group in another category
///   (other_category_rate = that / members(g)).
///
/// Empty when no group has a category. Cost: O(M log max k_p) time over
/// persons, in parallel, plus O(Σ_p C_p²) for the pairs (C_p: p's
/// categories); O(P / 8 + C²) memory.
pub fn categories(net: &Network) -> Categories {
    let Some((names, of_group)) = group_categories(net) else {
        return Categories::default();
    };
    let n = names.len();
    let persons = net.person_count();
    // Persons with groups in two categories or more, as bits.
    let mut spans = vec![0u64; persons.div_ceil(64)];
    let tally = spans
        .par_iter_mut()
        .enumerate()
        .with_min_len(1024)
        .fold(
            || (Tally::new(n), Vec::new()),
            |(mut t, mut r), (w, word)| {
                let first = w * 64;
                for p in first..(first + 64).min(persons) {
                    runs(net.groups_of(p as u32), &of_group, &mut r);
                    let cross = r.len() >= 2;
                    if cross {
                        *word |= 1 << (p - first);
                    }
                    for (i, &(c, k)) in r.iter().enumerate() {
                        t.persons[c as usize] += 1;
                        if k >= 2 {
                            t.multi[c as usize] += 1;
                        }
                        if cross {
                            t.cross[c as usize] += 1;
                            for &(d, _) in &r[i + 1..] {
                                t.pairs.add(c, d);
                            }
                        }
                    }
                }
                (t, r)
            },
        )
        .map(|(t, _)| t)
        .reduce(|| Tally::new(n), Tally::merge);
    let other_members: Vec<u64> = (0..net.group_count() as u32)
        .into_par_iter()
        .map(|g| {
            net.members_of(g)
                .iter()
                .filter(|&&p| spans[p as usize / 64] >> (p % 64) & 1 == 1)
                .count() as u64
        })
        .collect();
    let mut groups = vec![0u64; n];
    let mut memberships = vec![0u64; n];
    for (g, &c) in of_group.iter().enumerate() {
        groups[c as usize] += 1;
        memberships[c as usize] += net.members_of(g as u32).len() as u64;
    }
    let list = names
        .into_iter()
        .enumerate()
        .map(|(c, category)| CategoryRow {
            category,
            groups: groups[c],
            persons: tally.persons[c],
            memberships: memberships[c],
            multi_membership_rate: ratio(tally.multi[c], tally.persons[c]),
            cross_category_rate: ratio(tally.cross[c], tally.persons[c]),
        })
        .collect::<Vec<_>>();
    let mut pairs = Vec::new();
    for a in 0..n as u32 {
        for b in a + 1..n as u32 {
            let shared = tally.pairs.get(a, b);
            if shared == 0 && n > ALL_PAIRS_UP_TO {
                continue;
            }
            let (pa, pb) = (list[a as usize].persons, list[b as usize].persons);
            let expected_shared = if persons == 0 {
                0.0
            } else {
                pa as f64 * pb as f64 / persons as f64
            };
            let lift = if expected_shared > 0.0 {
                shared as f64 / expected_shared
            } else {
                0.0
            };
            pairs.push(CategoryPair {
                a,
                b,
                shared,
                expected_shared,
                lift,
            });
        }
    }
    Categories {
        list,
        pairs,
        of_group,
        other_members,
    }
}

/// A small sort buffer: a person's groups' categories, on the stack for
/// up to 64 groups (nearly everyone), on the heap beyond.
mod smallvec_lite {
    pub struct Buf {
        len: usize,
        stack: [u32; 64],
        heap: Vec<u32>,
    }

    impl Default for Buf {
        fn default() -> Buf {
            Buf {
                len: 0,
                stack: [0; 64],
                heap: Vec::new(),
            }
        }
    }

    impl Buf {
        pub fn push(&mut self, x: u32) {
            if self.len < 64 {
                self.stack[self.len] = x;
            } else {
                if self.len == 64 {
                    self.heap.extend_from_slice(&self.stack);
                }
                self.heap.push(x);
            }
            self.len += 1;
        }

        pub fn sorted(&mut self) -> &[u32] {
            let s = if self.len <= 64 {
                &mut self.stack[..self.len]
            } else {
                &mut self.heap[..]
            };
            s.sort_unstable();
            s
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::memberships::GroupDescription;
    use crate::model::network_tests::memberships;

    /// A network with the categories given per group name.
    pub(crate) fn network(rows: &[(&str, &str)], cats: &[(&str, &str)]) -> Network {
        let mut m = memberships(rows);
        for &(g, c) in cats {
            let group = m.groups.find(g).expect("a group of the rows");
            m.descriptions.push(GroupDescription {
                group,
                category: Some(c.to_string()),
                ..GroupDescription::default()
            });
        }
        Network::build(m)
    }

    // The reference script's hand-worked example:
    // a: G1 G2; b: G1; c: G2 G3; d: G3; e: G4; f: G4 G5.
    // G1, G2 in x; G3, G4 in y; G5 has none: (none).
    // P_x = {a, b, c} (a has 2 groups in x), P_y = {c, d, e, f},
    // P_(none) = {f}. Cross: c (x, y), f (y, (none)).
    // x: 2 groups, 3 persons, 4 memberships, multi 1/3, cross 1/3.
    // y: 2 groups, 4 persons, 4 memberships, multi 0, cross 2/4.
    // (none): 1 group, 1 person, 1 membership, multi 0, cross 1.
    // Pairs (P = 6): ((none), x) 0 shared, expected 1·3/6 = 0.5, lift 0;
    // ((none), y) 1 shared (f), expected 4/6, lift 1.5; (x, y) 1 shared (c),
    // expected 12/6 = 2, lift 0.5.
    // Groups: G1 {a, b}: nobody elsewhere -> 0; G2 {a, c}: c -> 1/2;
    // G3 {c, d}: c -> 1/2; G4 {e, f}: f -> 1/2; G5 {f}: f -> 1.
    // Participation: c 1 − (1/4 + 1/4) = 0.5; f 0.5; a 0 (two groups in x).
    fn hand_worked() -> Network {
        network(
            &[
                ("a", "G1"),
                ("a", "G2"),
                ("b", "G1"),
                ("c", "G2"),
                ("c", "G3"),
                ("d", "G3"),
                ("e", "G4"),
                ("f", "G4"),
                ("f", "G5"),
            ],
            &[("G1", "x"), ("G2", "x"), ("G3", "y"), ("G4", "y")],
        )
    }

    #[test]
    fn category_figures_are_the_hand_worked_ones() {
        let c = categories(&hand_worked());
        let rows: Vec<(&str, u64, u64, u64, f64, f64)> = c
            .list
            .iter()
            .map(|r| {
                (
                    r.category.as_str(),
                    r.groups,
                    r.persons,
                    r.memberships,
                    r.multi_membership_rate,
                    r.cross_category_rate,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (NONE, 1, 1, 1, 0.0, 1.0),
                ("x", 2, 3, 4, 1.0 / 3.0, 1.0 / 3.0),
                ("y", 2, 4, 4, 0.0, 0.5),
            ]
        );
        let pairs: Vec<(u32, u32, u64, f64, f64)> = c
            .pairs
            .iter()
            .map(|p| (p.a, p.b, p.shared, p.expected_shared, p.lift))
            .collect();
        assert_eq!(
            pairs,
            [
                (0, 1, 0, 0.5, 0.0),
                (0, 2, 1, 4.0 / 6.0, 1.5),
                (1, 2, 1, 2.0, 0.5)
            ]
        );
        assert_eq!(c.of_group, [1, 1, 2, 2, 0]);
        assert_eq!(c.other_members, [0, 1, 1, 1, 1]);
    }

    #[test]
    fn participation_is_zero_in_one_category_and_grows_with_the_spread() {
        let net = hand_worked();
        let c = categories(&net);
        let of = |p: &str| of_person(&net, &c.of_group, net.persons.find(p).unwrap());
        assert_eq!(of("a"), (1, 0.0));
        assert_eq!(of("b"), (1, 0.0));
        assert_eq!(of("c"), (2, 0.5));
        assert_eq!(of("f"), (2, 0.5));
        // Three groups in two categories: 1 − (4 + 1) / 9 = 4/9.
        assert_eq!(spread(&[0, 0, 1]), (2, 1.0 - 5.0 / 9.0));
        assert_eq!(spread(&[]), (0, 0.0));
        // Evenly over three: 1 − 1/3.
        let (k, p) = spread(&[0, 1, 2]);
        assert_eq!(k, 3);
        assert!((p - 2.0 / 3.0).abs() < 1e-15);
    }

    #[test]
    fn without_categories_nothing_is_found() {
        let net = Network::build(memberships(&[("a", "G1"), ("b", "G2")]));
        let c = categories(&net);
        assert!(!c.known());
        assert!(c.pairs.is_empty() && c.of_group.is_empty());
    }

    #[test]
    fn a_person_in_more_than_64_groups_is_counted_right() {
        let rows: Vec<(String, String)> = (0..100)
            .map(|i| ("p".to_string(), format!("g{i:03}")))
            .collect();
        let refs: Vec<(&str, &str)> = rows.iter().map(|(p, g)| (p.as_str(), g.as_str())).collect();
        let cats: Vec<(&str, &str)> = rows
            .iter()
            .enumerate()
            .map(|(i, (_, g))| (g.as_str(), if i < 70 { "a" } else { "b" }))
            .collect();
        let net = network(&refs, &cats);
        let c = categories(&net);
        assert_eq!(c.list[0].multi_membership_rate, 1.0);
        let (k, p) = of_person(&net, &c.of_group, 0);
        assert_eq!(k, 2);
        assert_eq!(p, 1.0 - (70.0 * 70.0 + 30.0 * 30.0) / 10_000.0);
    }
}
