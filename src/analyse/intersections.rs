//! Analyse stage, exclusive intersections (the bars of an UpSet chart):
//! how many persons belong to exactly each set of groups. Findings in,
//! sorted intersections out. A person in one group only is counted in
//! that group's single-group set (members − shared_members); the others
//! are the connectors, each with their exact group list.

use super::Findings;
use rustc_hash::FxHashMap;

/// Persons whose groups are exactly `groups`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intersection {
    /// Group ids (name order), at least one.
    pub groups: Vec<u32>,
    /// Persons in exactly these groups and no other (exclusive count).
    pub persons: u64,
}

/// Every non-empty exclusive intersection, largest first, then fewer
/// groups, then by group ids. The counts add up to the number of persons,
/// and Σ |groups| × persons to the number of memberships.
/// Cost: O(Σ deg(p)) over the connectors, one hash-map entry per distinct
/// set.
pub fn exclusive(f: &Findings) -> Vec<Intersection> {
    let mut counts: FxHashMap<&[u32], u64> = FxHashMap::default();
    for c in &f.connectors {
        *counts.entry(&c.group_ids).or_default() += 1;
    }
    let mut out: Vec<Intersection> = counts
        .into_iter()
        .map(|(g, persons)| Intersection {
            groups: g.to_vec(),
            persons,
        })
        .collect();
    for (g, row) in f.groups.iter().enumerate() {
        let alone = row.members - row.shared_members;
        if alone > 0 {
            out.push(Intersection {
                groups: vec![g as u32],
                persons: alone,
            });
        }
    }
    out.sort_unstable_by(|a, b| {
        b.persons
            .cmp(&a.persons)
            .then(a.groups.len().cmp(&b.groups.len()))
            .then_with(|| a.groups.cmp(&b.groups))
    });
    out
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
        let f = crate::analyse::all(&net, &[]);
        let got: Vec<(Vec<u32>, u64)> = exclusive(&f)
            .into_iter()
            .map(|i| (i.groups, i.persons))
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
