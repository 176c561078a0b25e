//! Analyse stage, exclusive intersections (the bars of an UpSet chart):
//! how many persons belong to exactly each set of groups. Groups and
//! connectors in, sorted intersections out. A person in one group only is counted in
//! that group's single-group set (members − shared_members); the others
//! are the connectors, each with their exact group list.

use super::{Connector, Findings, GroupRow};
use rayon::prelude::*;
use serde::Serialize;
use std::hash::{BuildHasher, Hasher};

/// Persons whose groups are exactly one set of groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Intersection {
    /// Persons in exactly these groups and no other (exclusive count).
    pub persons: u64,
    of: Of,
}

/// Where an intersection's groups are: one group, or the group list of a
/// connector (an index into `Findings::connectors`), not copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
enum Of {
    Group(u32),
    Connector(u32),
}

impl Intersection {
    /// Group ids (name order), at least one.
    pub fn groups<'a>(&'a self, f: &'a Findings) -> &'a [u32] {
        match &self.of {
            Of::Group(g) => std::slice::from_ref(g),
            Of::Connector(c) => &f.connectors[*c as usize].group_ids,
        }
    }
}

/// Every non-empty exclusive intersection, largest first, then fewer
/// groups, then by group id (single groups) or by the order of
/// connectors.csv (sets of several groups). The counts add up to the
/// number of persons, and Σ |groups| × persons to the number of
/// memberships.
///
/// Cost: O(Σ deg(p)) over the connectors to hash their group lists (in
/// parallel), and integer sorts: equal lists are found side by side after
/// sorting by hash, not through a hash map (millions of entries, each a
/// cache miss).
pub fn exclusive(groups: &[GroupRow], connectors: &[Connector]) -> Vec<Intersection> {
    let hash = |set: &[u32]| {
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        for &g in set {
            h.write_u32(g);
        }
        h.write_usize(set.len());
        h.finish()
    };
    // (hash of the group list, connector index), by hash then index: a
    // set's first connector comes first in its run.
    let mut keyed: Vec<(u64, u32)> = connectors
        .par_iter()
        .enumerate()
        .map(|(i, c)| (hash(&c.group_ids), i as u32))
        .collect();
    keyed.par_sort_unstable();
    // Sets of several groups: (persons, first connector).
    let mut sets: Vec<(u64, u32)> = Vec::new();
    let mut run: Vec<(u64, u32)> = Vec::new();
    let mut start = 0;
    while start < keyed.len() {
        let h = keyed[start].0;
        let end = start + keyed[start..].partition_point(|k| k.0 == h);
        // Distinct lists sharing a hash (rare) are told apart here.
        run.clear();
        for &(_, i) in &keyed[start..end] {
            let set = &connectors[i as usize].group_ids;
            match run
                .iter_mut()
                .find(|(_, first)| connectors[*first as usize].group_ids == *set)
            {
                Some(entry) => entry.0 += 1,
                None => run.push((1, i)),
            }
        }
        sets.extend_from_slice(&run);
        start = end;
    }
    drop(keyed);
    let n_groups = groups.len() as u64;
    let key = |persons: u64, len: usize, tie: u64| {
        u128::from(u64::MAX - persons) << 64 | (len as u128) << 40 | u128::from(tie)
    };
    let mut out: Vec<(u128, Intersection)> = Vec::with_capacity(sets.len() + groups.len());
    for (g, row) in groups.iter().enumerate() {
        let alone = row.members - row.shared_members;
        if alone > 0 {
            let i = Intersection {
                persons: alone,
                of: Of::Group(g as u32),
            };
            out.push((key(alone, 1, g as u64), i));
        }
    }
    for (persons, first) in sets {
        let len = connectors[first as usize].group_ids.len();
        let i = Intersection {
            persons,
            of: Of::Connector(first),
        };
        out.push((key(persons, len, n_groups + u64::from(first)), i));
    }
    out.par_sort_unstable_by_key(|k| k.0);
    out.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
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
        let got: Vec<(Vec<u32>, u64)> = f
            .intersections
            .iter()
            .map(|i| (i.groups(&f).to_vec(), i.persons))
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
