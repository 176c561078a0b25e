//! Analysis: connected components of the bipartite graph. Network -> a
//! component number for every node and each component's persons and groups,
//! largest first. Groups in different components share nobody, directly or
//! through a chain of groups.

use crate::model::Network;
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

/// Labels the connected components by breadth-first search (iterative).
///
/// Order: more nodes (persons + groups) first, then more persons, then the
/// component holding the group whose name sorts first; so ids do not depend
/// on the order of input rows. Cost: O(P + G + M) time and memory.
pub fn components(net: &Network) -> Components {
    const NONE: u32 = u32::MAX;
    let n_nodes = net.node_count();
    let n_persons = net.person_count() as u32;
    let mut label = vec![NONE; n_nodes];
    // (nodes, persons, smallest group id, provisional label)
    let mut found: Vec<(u64, u64, u32, u32)> = Vec::new();
    let mut queue: Vec<u32> = Vec::new();
    // Start from groups in id order: every component has a group, and the
    // first group reached is then the smallest of its component.
    for g in 0..net.group_count() as u32 {
        let start = net.group_node(g);
        if label[start as usize] != NONE {
            continue;
        }
        let c = found.len() as u32;
        label[start as usize] = c;
        queue.clear();
        queue.push(start);
        let (mut nodes, mut persons) = (0u64, 0u64);
        let mut head = 0;
        while head < queue.len() {
            let v = queue[head];
            head += 1;
            nodes += 1;
            if v < n_persons {
                persons += 1;
            }
            for &w in net.neighbours(v) {
                if label[w as usize] == NONE {
                    label[w as usize] = c;
                    queue.push(w);
                }
            }
        }
        found.push((nodes, persons, g, c));
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
        of_group: (0..net.group_count() as u32)
            .map(|g| rank[label[net.group_node(g) as usize] as usize])
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;

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
        let c = components(&n);
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
        let c = components(&n);
        assert_eq!(c.of_group, vec![1, 2]); // B before Z
    }
}
