//! Analysis: articulation points (cut points) of the bipartite graph.
//! Network -> for every node, the number of biconnected blocks it lies in.
//! A person in two or more blocks is a cut point: if they left, their
//! component would fall apart into that many pieces.

use super::linking::Core;

/// Per node (persons then groups, as in [`Network`](crate::model::Network)): the number of
/// biconnected components (blocks) containing it. A node is an articulation
/// point exactly when this is >= 2; removing it splits its component into
/// that many pieces. A node of degree 1 is in 1 block; an isolated node in 0.
///
/// Hopcroft–Tarjan with an explicit stack (no recursion: millions of nodes
/// cannot overflow the call stack). Persons in a single group (most of
/// them) are leaves: each is one block of its own and never a cut point,
/// and adds one block to its group; so the depth-first search runs on the
/// [`Core`] only and the leaves are counted afterwards.
/// Cost: O(P + G + M) time, O(P + G) memory.
pub fn blocks_per_node(core: &Core) -> Vec<u32> {
    const NONE: u32 = u32::MAX;
    let net = core.net;
    // Core nodes: core persons 0..c, then groups c..c + G.
    let c = core.len();
    let n = c + net.group_count();
    let base = c as u32;
    let mut disc = vec![0u32; n]; // 0 = not visited; times start at 1
    let mut low = vec![0u32; n];
    let mut split = vec![0u32; n]; // children w with low[w] >= disc[v]
    let mut is_root = vec![false; n];
    let mut stack: Vec<Frame> = Vec::new();
    let mut time = 0u32;
    // Neighbour `k` of core node `v`, if any.
    let neighbour = |v: u32, k: usize| -> Option<u32> {
        if v < base {
            core.groups_of(v).get(k).map(|&g| base + g)
        } else {
            core.members_of(v - base).get(k).copied()
        }
    };
    for root in 0..n as u32 {
        if disc[root as usize] != 0 {
            continue;
        }
        time += 1;
        disc[root as usize] = time;
        low[root as usize] = time;
        is_root[root as usize] = true;
        stack.push(Frame {
            v: root,
            parent: NONE,
            next: 0,
        });
        while let Some(top) = stack.last_mut() {
            let v = top.v;
            if let Some(w) = neighbour(v, top.next as usize) {
                top.next += 1;
                if disc[w as usize] == 0 {
                    time += 1;
                    disc[w as usize] = time;
                    low[w as usize] = time;
                    stack.push(Frame {
                        v: w,
                        parent: v,
                        next: 0,
                    });
                } else if w != top.parent {
                    // No parallel edges: skipping the parent by id is exact.
                    low[v as usize] = low[v as usize].min(disc[w as usize]);
                }
            } else {
                stack.pop();
                if let Some(up) = stack.last() {
                    let u = up.v as usize;
                    low[u] = low[u].min(low[v as usize]);
                    if low[v as usize] >= disc[u] {
                        split[u] += 1;
                    }
                }
            }
        }
    }
    let blocks = |v: usize| {
        if is_root[v] {
            split[v]
        } else {
            split[v] + 1
        }
    };
    // Leaves: one block each. Core persons and groups from the search;
    // a group also makes one block with each of its leaves.
    let mut out = vec![1u32; net.node_count()];
    for (i, &p) in core.persons.iter().enumerate() {
        out[p as usize] = blocks(i);
    }
    for g in 0..net.group_count() {
        out[net.group_node(g as u32) as usize] = blocks(c + g) + core.leaves_of(g as u32) as u32;
    }
    out
}

struct Frame {
    v: u32,
    parent: u32,
    next: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    // A = {ann, bob}, B = {bob, cat}, C = {cat, ann}: a cycle
    // ann-A-bob-B-cat-C-ann, no cut point; every node in 1 block.
    #[test]
    fn a_cycle_has_no_cut_point() {
        let n = Network::build(memberships(&[
            ("ann", "A"),
            ("bob", "A"),
            ("bob", "B"),
            ("cat", "B"),
            ("cat", "C"),
            ("ann", "C"),
        ]));
        assert!(blocks_per_node(&Core::new(&n)).iter().all(|&b| b == 1));
    }

    // A = {ann, bob}, B = {bob, cat}: path ann-A-bob-B-cat.
    // bob splits it in 2 pieces (blocks {A,bob}, {bob,B}); A and B also are
    // cut points (ann hangs on A); ann and cat are leaves (1 block).
    #[test]
    fn a_chain_of_groups_through_one_person() {
        let n = Network::build(memberships(&[
            ("ann", "A"),
            ("bob", "A"),
            ("bob", "B"),
            ("cat", "B"),
        ]));
        let b = blocks_per_node(&Core::new(&n));
        let id = |s| n.persons.find(s).unwrap() as usize;
        assert_eq!(b[id("bob")], 2);
        assert_eq!(b[id("ann")], 1);
        assert_eq!(b[id("cat")], 1);
        assert_eq!(b[n.group_node(0) as usize], 2);
        assert_eq!(b[n.group_node(1) as usize], 2);
    }

    // A star: hub in A, B, C, each with one more member: hub is in 3 blocks.
    // A group whose only members are leaves: G = {a, b} is in 2 blocks
    // (a cut point: a and b are linked only through it); H = {c} in 1.
    #[test]
    fn a_group_of_leaves_only() {
        let n = Network::build(memberships(&[("a", "G"), ("b", "G"), ("c", "H")]));
        let b = blocks_per_node(&Core::new(&n));
        assert_eq!(b[n.group_node(0) as usize], 2);
        assert_eq!(b[n.group_node(1) as usize], 1);
        assert!(b[..3].iter().all(|&x| x == 1));
    }

    #[test]
    fn a_hub_person_splits_into_as_many_pieces_as_blocks() {
        let n = Network::build(memberships(&[
            ("hub", "A"),
            ("hub", "B"),
            ("hub", "C"),
            ("a", "A"),
            ("b", "B"),
            ("c", "C"),
        ]));
        let b = blocks_per_node(&Core::new(&n));
        assert_eq!(b[n.persons.find("hub").unwrap() as usize], 3);
    }
}
