//! Analyse stage, exclusive intersections (the bars of an UpSet chart):
//! how many persons belong to exactly each set of groups. Groups and
//! connectors in, sorted intersections out. A person in one group only is counted in
//! that group's single-group set (members − shared_members); the others
//! are the connectors, each with their exact group list.

use super::{Connector, Findings, GroupRow};
use rayon::prelude::*;
use serde::Serialize;

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
    /// Follows the connectors to their new places (`new_index(old)`),
    /// when they are put in another order.
    pub(crate) fn renumber_connector(&mut self, new_index: impl Fn(u32) -> u32) {
        if let Of::Connector(c) = &mut self.of {
            *c = new_index(*c);
        }
    }

    /// Group ids (name order), at least one.
    pub fn groups<'a>(&'a self, f: &'a Findings) -> &'a [u32] {
        match &self.of {
            Of::Group(g) => std::slice::from_ref(g),
            Of::Connector(c) => &f.connectors[*c as usize].group_ids,
        }
    }
}

/// A set of groups as a 128-bit fingerprint: two passes of the standard
/// library's hasher (SipHash-1-3, designed so that its outputs cannot be
/// steered), salted differently, over the set's length and sorted ids.
/// Sets are told apart by fingerprints rather than compared element by
/// element: comparing meant a cache miss per connector at ten million
/// memberships. Two different sets would have to agree on 112 bits (the
/// other 16 hold the set's length): for the 1.5 million connectors of ten
/// million memberships, a chance of about 10^-22.
pub fn fingerprint(set: &[u32]) -> u128 {
    use std::hash::Hasher;
    let pass = |salt: u64| {
        let mut h = std::hash::DefaultHasher::new();
        h.write_u64(salt);
        h.write_usize(set.len());
        for &g in set {
            h.write_u32(g);
        }
        h.finish()
    };
    u128::from(pass(0x6d61_696c_6c61_6765)) << 64 | u128::from(pass(0x7765_6176_696e_6721))
}

/// Every non-empty exclusive intersection, largest first, then fewer
/// groups, then by group id (single groups) or by the order of
/// connectors.csv (sets of several groups). The counts add up to the
/// number of persons, and Σ |groups| × persons to the number of
/// memberships. `fingerprints[i]` is [`fingerprint`] of connector `i`'s
/// groups. Each connector's `same_groups` is set to its set's count.
///
/// Cost: an integer sort of the connectors' fingerprints, and one pass.
pub fn exclusive(
    groups: &[GroupRow],
    connectors: &mut [Connector],
    fingerprints: &[u128],
) -> Vec<Intersection> {
    // (fingerprint, connector index), sorted: a set's first connector
    // comes first in its run.
    // The fingerprint's low 16 bits give way to the set's length, read
    // here in order rather than at random for each set below.
    let mut keyed: Vec<(u128, u32)> = fingerprints
        .par_iter()
        .zip(connectors.par_iter())
        .enumerate()
        .map(|(i, (&h, c))| (h & !0xffff | u128::from(c.groups.min(0xffff)), i as u32))
        .collect();
    keyed.par_sort_unstable();
    let n_groups = groups.len() as u64;
    let key = |persons: u64, len: usize, tie: u64| {
        u128::from(u64::MAX - persons) << 64 | (len as u128) << 40 | u128::from(tie)
    };
    // Sets of several groups, one per run of equal fingerprints: found in
    // parallel from each run's start.
    let starts: Vec<usize> = (0..keyed.len())
        .into_par_iter()
        .filter(|&i| i == 0 || keyed[i].0 != keyed[i - 1].0)
        .collect();
    let mut out: Vec<(u128, Intersection)> = starts
        .par_iter()
        .enumerate()
        .map(|(k, &start)| {
            let end = starts.get(k + 1).copied().unwrap_or(keyed.len());
            let (persons, first) = ((end - start) as u64, keyed[start].1);
            let len = (keyed[start].0 & 0xffff) as usize;
            let i = Intersection {
                persons,
                of: Of::Connector(first),
            };
            (key(persons, len, n_groups + u64::from(first)), i)
        })
        .collect();
    let mut same = vec![0u32; connectors.len()];
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(keyed.len());
        for &(_, c) in &keyed[start..end] {
            same[c as usize] = (end - start) as u32;
        }
    }
    drop(keyed);
    connectors
        .par_iter_mut()
        .zip(same)
        .for_each(|(c, n)| c.same_groups = n);
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
    out.par_sort_unstable_by_key(|k| k.0);
    out.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::fingerprint;
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
        // Each connector knows its set's count: ann and dan 2, eve 1.
        let same: Vec<(&str, u32)> = f
            .connectors
            .iter()
            .map(|c| (c.person.as_str(), c.same_groups))
            .collect();
        assert_eq!(same, [("eve", 1), ("ann", 2), ("dan", 2)]);
    }

    #[test]
    fn fingerprints_tell_sets_apart() {
        assert_eq!(fingerprint(&[1, 2]), fingerprint(&[1, 2]));
        assert_ne!(fingerprint(&[1, 2]), fingerprint(&[2, 1]));
        assert_ne!(fingerprint(&[1, 2]), fingerprint(&[1, 2, 0]));
        assert_ne!(fingerprint(&[]), fingerprint(&[0]));
        let all: std::collections::HashSet<u128> = (0..2000u32)
            .map(|i| fingerprint(&[i / 50, 100 + i % 50]))
            .collect();
        assert_eq!(all.len(), 2000);
    }
}
