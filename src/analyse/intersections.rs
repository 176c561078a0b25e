//! Analyse stage, exclusive intersections (the bars of an UpSet chart):
//! how many persons belong to exactly each set of groups. Findings in,
//! sorted intersections out. A person in one group only is counted in
//! that group's single-group set (members − shared_members); the others
//! are the connectors, each with their exact group list.

use super::Findings;
use rustc_hash::FxHashMap;

/// The groups of an intersection: one group, or the group list of a
/// connector (borrowed from [`Findings`], not copied).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Groups<'a> {
    One(u32),
    Many(&'a [u32]),
}

/// Persons whose groups are exactly `groups`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Intersection<'a> {
    groups: Groups<'a>,
    /// Persons in exactly these groups and no other (exclusive count).
    pub persons: u64,
}

impl Intersection<'_> {
    /// Group ids (name order), at least one.
    pub fn groups(&self) -> &[u32] {
        match &self.groups {
            Groups::One(g) => std::slice::from_ref(g),
            Groups::Many(s) => s,
        }
    }
}

/// Every non-empty exclusive intersection, largest first, then fewer
/// groups, then by group id (single groups) or by the order of
/// connectors.csv (sets of several groups). The counts add up to the
/// number of persons, and Σ |groups| × persons to the number of
/// memberships.
/// Cost: O(Σ deg(p)) over the connectors to hash their group lists, one
/// hash-map entry per distinct set, and an integer sort.
pub fn exclusive(f: &Findings) -> Vec<Intersection<'_>> {
    // Set -> (persons, first connector holding it).
    let mut counts: FxHashMap<&[u32], (u64, u32)> = FxHashMap::default();
    counts.reserve(f.connectors.len() / 2);
    for (i, c) in f.connectors.iter().enumerate() {
        counts.entry(&c.group_ids).or_insert((0, i as u32)).0 += 1;
    }
    let n_groups = f.groups.len() as u64;
    let mut keyed: Vec<(u128, Intersection<'_>)> =
        Vec::with_capacity(counts.len() + f.groups.len());
    let key = |persons: u64, len: usize, tie: u64| {
        u128::from(u64::MAX - persons) << 64 | (len as u128) << 40 | u128::from(tie)
    };
    for (g, row) in f.groups.iter().enumerate() {
        let alone = row.members - row.shared_members;
        if alone > 0 {
            let i = Intersection {
                groups: Groups::One(g as u32),
                persons: alone,
            };
            keyed.push((key(alone, 1, g as u64), i));
        }
    }
    for (set, (persons, first)) in counts {
        let i = Intersection {
            groups: Groups::Many(set),
            persons,
        };
        keyed.push((key(persons, set.len(), n_groups + u64::from(first)), i));
    }
    keyed.sort_unstable_by_key(|k| k.0);
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    #[test]
    fn persons_are_counted_once_in_their_exact_set() {
        // ann, dan: A B    bob: A    cat: C    eve: A B C    fay, gus: B
        // Exact sets: {B} 2, {A,B} 2, {A} 1, {C} 1, {A,B,C} 1.
        let net = Network::build(memberships(&[
            ("ann", "A"),
            ("ann", "B"),
            ("dan", "B"),
            ("dan", "A"),
            ("bob", "A"),
            ("cat", "C"),
            ("eve", "A"),
            ("eve", "B"),
            ("eve", "C"),
            ("fay", "B"),
            ("gus", "B"),
        ]));
        let f = crate::analyse::all(net, Default::default());
        let got: Vec<(Vec<u32>, u64)> = exclusive(&f)
            .into_iter()
            .map(|i| (i.groups().to_vec(), i.persons))
            .collect();
        // Ids: A 0, B 1, C 2. Ties: fewer groups first, then ids.
        assert_eq!(
            got,
            [
                (vec![1], 2),
                (vec![0, 1], 2),
                (vec![0], 1),
                (vec![2], 1),
                (vec![0, 1, 2], 1)
            ]
        );
        let total: u64 = got.iter().map(|g| g.1).sum();
        let memberships: u64 = got.iter().map(|g| g.1 * g.0.len() as u64).sum();
        assert_eq!((total, memberships), (7, 11));
    }
}
