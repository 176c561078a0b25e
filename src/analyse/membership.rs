//! Analysis: multi-membership. Network -> how many persons belong to two or
//! more groups, the distribution of deg(p), and per group how many members
//! are also in another group.

use crate::model::Network;
use serde::Serialize;

/// Persons having a given number of groups.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DegreeCount {
    /// deg(p), the number of groups.
    pub groups: u32,
    /// Number of persons with exactly that many groups.
    pub persons: u64,
}

/// Multi-membership figures of the whole network.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct MultiMembership {
    /// |{p : deg(p) >= 2}|.
    pub persons_in_2plus_groups: u64,
    /// persons_in_2plus_groups / persons, in [0, 1]; 0 for an empty network.
    pub multi_membership_rate: f64,
    /// Mean of deg(p) = memberships / persons; 0 for an empty network.
    pub mean_groups_per_person: f64,
    /// The distribution of deg(p), by increasing deg(p), zero counts omitted.
    pub degree_distribution: Vec<DegreeCount>,
    /// Per group id: members who are in at least one other group.
    pub shared_members: Vec<u64>,
}

/// Computes the multi-membership figures.
///
/// multi_membership_rate = |{p : deg(p) >= 2}| / P;
/// shared_members(g) = |{p in g : deg(p) >= 2}|.
/// Cost: O(P + M) time, O(G + max deg) memory.
pub fn multi_membership(net: &Network) -> MultiMembership {
    let n_persons = net.person_count();
    let mut by_degree: Vec<u64> = Vec::new();
    let mut shared = vec![0u64; net.group_count()];
    let mut multi = 0u64;
    for p in 0..n_persons as u32 {
        let d = net.degree_of_person(p);
        if by_degree.len() <= d {
            by_degree.resize(d + 1, 0);
        }
        by_degree[d] += 1;
        if d >= 2 {
            multi += 1;
            for g in net.groups_of(p) {
                shared[g as usize] += 1;
            }
        }
    }
    MultiMembership {
        persons_in_2plus_groups: multi,
        multi_membership_rate: ratio(multi, n_persons as u64),
        mean_groups_per_person: ratio(net.membership_count() as u64, n_persons as u64),
        degree_distribution: by_degree
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .map(|(d, &n)| DegreeCount {
                groups: d as u32,
                persons: n,
            })
            .collect(),
        shared_members: shared,
    }
}

/// `a / b`, and 0 when `b` is 0.
pub fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Summary of group sizes (members per group).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SizeSummary {
    pub min: u64,
    pub max: u64,
    pub mean: f64,
    pub median: f64,
}

/// min, max, mean and median of members(g); all 0 when there is no group.
/// Cost: O(G log G).
pub fn group_sizes(net: &Network) -> SizeSummary {
    let mut sizes: Vec<u64> = (0..net.group_count() as u32)
        .map(|g| net.members_of(g).len() as u64)
        .collect();
    if sizes.is_empty() {
        return SizeSummary {
            min: 0,
            max: 0,
            mean: 0.0,
            median: 0.0,
        };
    }
    sizes.sort_unstable();
    let n = sizes.len();
    let median = if n % 2 == 1 {
        sizes[n / 2] as f64
    } else {
        (sizes[n / 2 - 1] + sizes[n / 2]) as f64 / 2.0
    };
    SizeSummary {
        min: sizes[0],
        max: sizes[n - 1],
        mean: ratio(sizes.iter().sum(), n as u64),
        median,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;

    // ann: A, B   (deg 2)
    // bob: A      (deg 1)
    // cat: C      (deg 1)
    // 1 of 3 persons in 2+ groups -> rate 1/3; A has 2 members, 1 shared;
    // B has 1 member, shared; C none. Sizes 2, 1, 1: median 1, mean 4/3.
    fn three_people() -> Network {
        Network::build(memberships(&[
            ("ann", "A"),
            ("ann", "B"),
            ("bob", "A"),
            ("cat", "C"),
        ]))
    }

    #[test]
    fn rate_counts_persons_in_two_or_more_groups() {
        let mm = multi_membership(&three_people());
        assert_eq!(mm.persons_in_2plus_groups, 1);
        assert!((mm.multi_membership_rate - 1.0 / 3.0).abs() < 1e-15);
        assert!((mm.mean_groups_per_person - 4.0 / 3.0).abs() < 1e-15);
        assert_eq!(
            mm.degree_distribution,
            vec![
                DegreeCount {
                    groups: 1,
                    persons: 2
                },
                DegreeCount {
                    groups: 2,
                    persons: 1
                }
            ]
        );
    }

    #[test]
    fn shared_members_are_counted_per_group() {
        let mm = multi_membership(&three_people());
        assert_eq!(mm.shared_members, vec![1, 1, 0]);
    }

    #[test]
    fn group_sizes_summary() {
        let s = group_sizes(&three_people());
        assert_eq!((s.min, s.max), (1, 2));
        assert_eq!(s.median, 1.0);
        assert!((s.mean - 4.0 / 3.0).abs() < 1e-15);
    }

    #[test]
    fn empty_network_has_zero_rate() {
        let mm = multi_membership(&Network::build(Default::default()));
        assert_eq!(mm.multi_membership_rate, 0.0);
        assert!(mm.degree_distribution.is_empty());
    }
}
