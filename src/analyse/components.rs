//! Analysis: connected components of the bipartite graph. Network -> a
//! component number for every node and each component's persons and groups,
//! largest first. Groups in different components share nobody, directly or
//! through a chain of groups.

use super::linking::Core;
use serde::Serialize;

/// One connected component of the bipartite graph.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Component {
    /// 1 for the largest; see [`components`] for the order.
    pub id: u32,
    pub persons: u64,
    pub groups: u64,
}

/// The components and the component id of every group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Components {
    /// Largest first.
    pub list: Vec<Component>,
    /// Per group id: the id of its component.
    pub of_group: Vec<u32>,
}

/// Finds the connected components: groups are joined through the persons
/// they share (union–find over the [`Core`]'s group lists), and every person
/// is in the component of their groups.
///
/// Order: more nodes (persons + groups) first, then more persons, then the
/// component holding the group whose name sorts first; so ids do not depend
/// on the order of input rows. Cost: O(P + G + core memberships · α(G))
/// time, O(G) memory besides the core.
pub fn components(core: &Core) -> Components {
    let net = core.net;
    let n_groups = net.group_count();
    // Union–find over groups, with path halving; of two roots, the larger
    // id points to the smaller.
    let mut parent: Vec<u32> = (0..n_groups as u32).collect();
    fn find(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            let up = parent[parent[x as usize] as usize];
            parent[x as usize] = up;
            x = up;
        }
        x
    }
    for i in 0..core.len() as u32 {
        let groups = core.groups_of(i);
        let mut root = find(&mut parent, groups[0]);
        for &g in &groups[1..] {
            let r = find(&mut parent, g);
            if r != root {
                let (lo, hi) = (r.min(root), r.max(root));
                parent[hi as usize] = lo;
                root = lo;
            }
        }
    }
    // Provisional labels in order of each component's smallest group id.
    const NONE: u32 = u32::MAX;
    let mut label_of_root = vec![NONE; n_groups];
    let mut label = vec![0u32; n_groups];
    // (nodes, persons, smallest group id, provisional label)
    let mut found: Vec<(u64, u64, u32, u32)> = Vec::new();
    for g in 0..n_groups as u32 {
        let r = find(&mut parent, g) as usize;
        if label_of_root[r] == NONE {
            label_of_root[r] = found.len() as u32;
            found.push((0, 0, g, found.len() as u32));
        }
        let c = label_of_root[r];
        label[g as usize] = c;
        // The group and its members in no other group.
        let leaves = core.leaves_of(g) as u64;
        found[c as usize].0 += 1 + leaves;
        found[c as usize].1 += leaves;
    }
    // Core persons, once each, in the component of their first group.
    for i in 0..core.len() as u32 {
        let c = label[core.groups_of(i)[0] as usize] as usize;
        found[c].0 += 1;
        found[c].1 += 1;
    }
    let mut order = found.clone();
    order.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
    let mut rank = vec![0u32; found.len()];
    for (i, &(_, _, _, c)) in order.iter().enumerate() {
        rank[c as usize] = i as u32 + 1;
    }
    Components {
        list: order
            .iter()
            .enumerate()
            .map(|(i, &(nodes, persons, _, _))| Component {
                id: i as u32 + 1,
                persons,
                groups: nodes - persons,
            })
            .collect(),
        of_group: label.iter().map(|&c| rank[c as usize]).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    // ann-A-bob-B, cat-C, dan-D-eve: components {ann,bob,A,B} (4 nodes),
    // {dan,eve,D} (3 nodes), {cat,C} (2 nodes).
    #[test]
    fn components_are_listed_largest_first() {
        let n = Network::build(memberships(&[
            ("cat", "C"),
            ("dan", "D"),
            ("eve", "D"),
            ("ann", "A"),
            ("bob", "A"),
            ("bob", "B"),
        ]));
        let c = components(&Core::new(&n));
        assert_eq!(
            c.list,
            vec![
                Component {
                    id: 1,
                    persons: 2,
                    groups: 2
                },
                Component {
                    id: 2,
                    persons: 2,
                    groups: 1
                },
                Component {
                    id: 3,
                    persons: 1,
                    groups: 1
                },
            ]
        );
        // groups A, B, C, D
        assert_eq!(c.of_group, vec![1, 1, 3, 2]);
    }

    #[test]
    fn ties_are_broken_by_group_name() {
        let n = Network::build(memberships(&[("x", "Z"), ("y", "B")]));
        let c = components(&Core::new(&n));
        assert_eq!(c.of_group, vec![1, 2]); // B before Z
    }

    // p3 joins C to D (already with A) then to E (already with B): the
    // root of C's set changes on the way, and all five groups end in one
    // component (a union that kept the first root would split them).
    #[test]
    fn unions_follow_the_new_root() {
        let n = Network::build(memberships(&[
            ("p1", "A"),
            ("p1", "D"),
            ("p2", "B"),
            ("p2", "E"),
            ("p3", "C"),
            ("p3", "D"),
            ("p3", "E"),
        ]));
        let c = components(&Core::new(&n));
        assert_eq!(
            c.list,
            vec![Component {
                id: 1,
                persons: 3,
                groups: 5
            }]
        );
        assert_eq!(c.of_group, vec![1; 5]);
    }
}
