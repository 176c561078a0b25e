//! Analysis: cut points (articulation points). Network -> for every
//! person, the number of biconnected blocks of the bipartite graph it lies
//! in (a person in two or more is a cut point: if they left, their
//! component would fall apart into that many pieces); for every group, the
//! same count in the graph of groups linked by shared members (a group in
//! two or more is a cut point: if it closed, other groups would no longer
//! be linked to each other).

use super::linking::Core;

/// Blocks (biconnected components) per node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocks {
    /// Per person id: the blocks of the bipartite person–group graph
    /// holding the person (1 for a person in one group). Removing the
    /// person splits their component into that many pieces.
    pub persons: Vec<u32>,
    /// Per group id: the blocks holding the group once the persons in a
    /// single group are left out (they hang on their group and link no
    /// groups): 0 for a group sharing nobody, 1 or more otherwise. With 2
    /// or more, the group is a cut point of the groups: without it, the
    /// groups linked through it would fall into that many pieces. This
    /// is also what the group is in the group–group graph (groups linked
    /// when they share someone).
    pub groups: Vec<u32>,
}

impl Blocks {
    /// The group is a cut point of the groups.
    pub fn group_is_cut_point(&self, g: u32) -> bool {
        self.groups[g as usize] >= 2
    }
}

/// The blocks of every person and group, see [`Blocks`].
///
/// Hopcroft–Tarjan with an explicit stack (no recursion: millions of nodes
/// cannot overflow the call stack), on the [`Core`]: persons in a single
/// group (most of them) are leaves, each one block of its own and never a
/// cut point. In the core, every piece left when a group is removed holds
/// a core person, hence another group: so a group's core blocks count the
/// pieces the other groups fall into, as in the group–group graph.
/// Cost: O(P + G + core memberships) time, O(core persons + G) memory.
pub fn blocks_per_node(core: &Core) -> Blocks {
    blocks_and_largest_part(core).0
}

/// The largest part of the groups (groups linked through shared persons)
/// and its cut persons: what robustness ranks its greedy order by on large
/// networks, read from the same search as [`Blocks`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LargestPart {
    /// Groups in the largest part.
    pub largest: u32,
    /// Groups in the largest of the other parts (0 if none).
    pub other_largest: u32,
    /// Each cut person of the largest part (a node number: core index
    /// here, ranked core node in robustness) and the groups in the
    /// largest piece that part falls into without them. Empty when two
    /// parts tie for largest (no departure can then shrink the largest).
    pub cut_persons: Vec<(u32, u32)>,
}

/// [`Blocks`], and the [`LargestPart`] with its cut persons by core index.
/// The same search, also counting the groups below each node of the
/// search tree. Cost: as [`blocks_per_node`].
pub fn blocks_and_largest_part(core: &Core) -> (Blocks, LargestPart) {
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
    // Groups in the search subtree; in the separated child subtrees (the
    // largest, and all of them).
    let mut below = vec![0u32; n];
    let mut max_split = vec![0u32; n];
    let mut sum_split = vec![0u32; n];
    // Each part: (first, last discovery time, groups).
    let mut parts: Vec<(u32, u32, u32)> = Vec::new();
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
        below[root as usize] = u32::from(root >= base);
        let first = time;
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
                    below[w as usize] = u32::from(w >= base);
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
                    let v = v as usize;
                    low[u] = low[u].min(low[v]);
                    below[u] += below[v];
                    if low[v] >= disc[u] {
                        split[u] += 1;
                        max_split[u] = max_split[u].max(below[v]);
                        sum_split[u] += below[v];
                    }
                }
            }
        }
        parts.push((first, time, below[root as usize]));
    }
    let blocks = |v: usize| {
        if is_root[v] {
            split[v]
        } else {
            split[v] + 1
        }
    };
    // Leaves: one block each; core persons and groups from the search.
    let mut persons = vec![1u32; net.person_count()];
    for (i, &p) in core.persons.iter().enumerate() {
        persons[p as usize] = blocks(i);
    }
    let groups = (0..net.group_count()).map(|g| blocks(c + g)).collect();

    let mut part = LargestPart::default();
    let mut biggest = None;
    for (k, &(_, _, size)) in parts.iter().enumerate() {
        if size > part.largest {
            part.other_largest = part.largest;
            part.largest = size;
            biggest = Some(k);
        } else {
            part.other_largest = part.other_largest.max(size);
        }
    }
    if let Some(k) = biggest.filter(|_| part.other_largest < part.largest) {
        let (first, last, size) = parts[k];
        // Without a cut person, its part falls into the pieces below its
        // separated children and, unless it is the root, the rest.
        for v in 0..c {
            let cut = if is_root[v] {
                split[v] >= 2
            } else {
                split[v] >= 1
            };
            if cut && (first..=last).contains(&disc[v]) {
                let rest = size - sum_split[v];
                part.cut_persons.push((v as u32, max_split[v].max(rest)));
            }
        }
    }
    (Blocks { persons, groups }, part)
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
        let b = blocks_per_node(&Core::new(&n));
        assert!(b.persons.iter().chain(&b.groups).all(|&b| b == 1));
    }

    // A = {ann, bob}, B = {bob, cat}: path ann-A-bob-B-cat.
    // bob splits it in 2 pieces (blocks {A,bob}, {bob,B}); ann and cat are
    // leaves (1 block). A and B are not cut points of the groups: without
    // A, nothing but ann is cut off, and she links no groups.
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
        assert_eq!(b.persons[id("bob")], 2);
        assert_eq!(b.persons[id("ann")], 1);
        assert_eq!(b.persons[id("cat")], 1);
        assert_eq!(b.groups, [1, 1]);
    }

    // A chain of groups A - B - C through x (A, B) and y (B, C), and D
    // sharing z with B: B holds A, C and D together (3 pieces without it);
    // A, C, D are ends. E shares nobody: 0 blocks.
    #[test]
    fn a_group_holding_others_together_is_a_cut_point_of_the_groups() {
        let n = Network::build(memberships(&[
            ("x", "A"),
            ("x", "B"),
            ("y", "B"),
            ("y", "C"),
            ("z", "B"),
            ("z", "D"),
            ("w", "B"),
            ("e", "E"),
        ]));
        let b = blocks_per_node(&Core::new(&n));
        assert_eq!(b.groups, [1, 3, 1, 1, 0]);
        assert!(b.group_is_cut_point(1));
        assert!(!b.group_is_cut_point(0) && !b.group_is_cut_point(4));
        // x, y, z each link two groups through B: 2 blocks each.
        assert_eq!(b.persons[n.persons.find("x").unwrap() as usize], 2);
    }

    // Groups whose members are all in one group only: no group is linked
    // to another, so none holds others together.
    #[test]
    fn a_group_of_leaves_only() {
        let n = Network::build(memberships(&[("a", "G"), ("b", "G"), ("c", "H")]));
        let b = blocks_per_node(&Core::new(&n));
        assert_eq!(b.groups, [0, 0]);
        assert!(b.persons.iter().all(|&x| x == 1));
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
        assert_eq!(b.persons[n.persons.find("hub").unwrap() as usize], 3);
    }
}
