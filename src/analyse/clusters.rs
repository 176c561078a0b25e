//! Analysis: clusters of groups. The significant pairs (groups sharing
//! more members than chance) -> communities of groups found by Louvain
//! modularity optimisation on the graph of groups linked by those pairs,
//! weighted by the members they share; each group's cluster, and the
//! partition's modularity. Groups in no significant pair are each a
//! cluster of their own.
//!
//! Deterministic: nodes are visited in an order shuffled from a fixed
//! seed over group ids (which follow names), sums are taken in a fixed
//! order, so the same memberships in any row order give the same
//! clusters. Communities Louvain leaves in disconnected pieces (it can)
//! are split into their connected pieces, which never lowers modularity.

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_pcg::Pcg64Mcg;
use serde::Serialize;

/// The seed of the visiting order.
const SEED: u64 = 0x6d61_696c_6c61_6765; // "maillage"

/// A move must gain more than this (in units of edge weight) to be made:
/// moves that gain nothing, up to rounding, would otherwise flip back and
/// forth.
const MIN_GAIN: f64 = 1e-10;

/// Clusters of groups.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clusters {
    /// Per group id: its cluster, 1 = the cluster of most groups (then of
    /// most members... see [`number`]); groups in no significant pair come
    /// last, alone, in name order.
    pub of_group: Vec<u32>,
    /// Modularity of the partition on the weighted graph of significant
    /// pairs; `None` when there is no significant pair.
    pub modularity: Option<f64>,
    /// Clusters of two groups or more.
    pub clusters: u64,
    /// Groups in no significant pair (each a cluster of its own).
    pub unclustered_groups: u64,
}

/// What `summary.json` says of the clusters.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ClusterSummary {
    /// Clusters of two groups or more (groups.csv's `cluster` numbers them
    /// 1, 2, ... first).
    pub clusters: u64,
    /// Groups in no significant pair: a cluster each, numbered after.
    pub unclustered_groups: u64,
    /// Q = Σ_c [L_c / m − (d_c / 2m)²] on the graph of significant pairs
    /// weighted by shared members (m: total weight; L_c: weight inside
    /// cluster c; d_c: total weighted degree of its groups), as NetworkX's
    /// `modularity`; in [−1/2, 1); null without any significant pair.
    pub modularity: Option<f64>,
    /// How they were found.
    pub method: &'static str,
}

impl Clusters {
    pub fn summary(&self) -> ClusterSummary {
        ClusterSummary {
            clusters: self.clusters,
            unclustered_groups: self.unclustered_groups,
            modularity: self.modularity,
            method: "Louvain (fixed seed), weights = shared members, pieces split",
        }
    }
}

/// A weighted undirected graph in CSR form, self-loops allowed (a loop's
/// weight counts twice in its node's degree, as in NetworkX).
struct Graph {
    start: Vec<usize>,
    /// (neighbour, weight); a self-loop appears once.
    adj: Vec<(u32, f64)>,
    /// Weighted degree of each node.
    degree: Vec<f64>,
    /// Twice the total weight, 2m.
    two_m: f64,
}

impl Graph {
    /// From edges `(a, b, w)`, a ≠ b, each once; `n` nodes.
    fn new(n: usize, edges: &[(u32, u32, f64)]) -> Graph {
        let mut list: Vec<(u32, u32, f64)> = Vec::with_capacity(edges.len() * 2);
        for &(a, b, w) in edges {
            list.push((a, b, w));
            if a != b {
                list.push((b, a, w));
            }
        }
        Graph::from_list(n, list)
    }

    /// From directed entries (both directions of each edge, a loop once),
    /// merging repeated entries.
    fn from_list(n: usize, mut list: Vec<(u32, u32, f64)>) -> Graph {
        list.sort_unstable_by_key(|x| (x.0, x.1));
        let mut start = vec![0usize; n + 1];
        let mut adj: Vec<(u32, f64)> = Vec::with_capacity(list.len());
        let mut degree = vec![0.0f64; n];
        let mut i = 0;
        for v in 0..n {
            start[v] = adj.len();
            while i < list.len() && list[i].0 as usize == v {
                let (_, w, mut x) = list[i];
                i += 1;
                while i < list.len() && list[i].0 as usize == v && list[i].1 == w {
                    x += list[i].2;
                    i += 1;
                }
                adj.push((w, x));
                degree[v] += if w as usize == v { 2.0 * x } else { x };
            }
        }
        start[n] = adj.len();
        let two_m = degree.iter().sum();
        Graph {
            start,
            adj,
            degree,
            two_m,
        }
    }

    fn len(&self) -> usize {
        self.degree.len()
    }

    fn neighbours(&self, v: usize) -> &[(u32, f64)] {
        &self.adj[self.start[v]..self.start[v + 1]]
    }
}

/// One level of Louvain: moves nodes between communities while that
/// raises modularity. Returns each node's community (renumbered 0.. in
/// order of first node) and whether any node moved.
fn move_nodes(g: &Graph, rng: &mut Pcg64Mcg) -> (Vec<u32>, bool) {
    let n = g.len();
    let mut community: Vec<u32> = (0..n as u32).collect();
    let mut total: Vec<f64> = g.degree.clone();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.shuffle(rng);
    // Weight from the node being moved to each neighbouring community.
    let mut weight_to = vec![0.0f64; n];
    let mut seen: Vec<u32> = Vec::new();
    let mut moved_any = false;
    loop {
        let mut moved = false;
        for &v in &order {
            let v = v as usize;
            let k = g.degree[v];
            if k == 0.0 {
                continue;
            }
            let own = community[v];
            for &(w, x) in g.neighbours(v) {
                if w as usize == v {
                    continue;
                }
                let c = community[w as usize];
                if weight_to[c as usize] == 0.0 {
                    seen.push(c);
                }
                weight_to[c as usize] += x;
            }
            total[own as usize] -= k;
            // Gain of joining c (up to a constant): w_vc − tot_c · k / 2m.
            let gain = |c: u32, weight_to: &[f64], total: &[f64]| {
                weight_to[c as usize] - total[c as usize] * k / g.two_m
            };
            let mut best = own;
            let mut best_gain = gain(own, &weight_to, &total);
            // Neighbouring communities in the order their first member
            // appears among v's neighbours (sorted ids): ties go to the
            // first, and staying wins over an equal gain.
            for &c in &seen {
                let x = gain(c, &weight_to, &total);
                if x > best_gain + MIN_GAIN {
                    best = c;
                    best_gain = x;
                }
            }
            total[best as usize] += k;
            if best != own {
                community[v] = best;
                moved = true;
            }
            for &c in &seen {
                weight_to[c as usize] = 0.0;
            }
            seen.clear();
        }
        if !moved {
            break;
        }
        moved_any = true;
    }
    (renumber(&community), moved_any)
}

/// Labels renumbered 0, 1, ... in order of first appearance.
fn renumber(labels: &[u32]) -> Vec<u32> {
    let mut new = vec![u32::MAX; labels.len()];
    let mut next = 0;
    labels
        .iter()
        .map(|&c| {
            if new[c as usize] == u32::MAX {
                new[c as usize] = next;
                next += 1;
            }
            new[c as usize]
        })
        .collect()
}

/// The graph of communities: one node per community, edge weights summed
/// (inner edges become self-loops).
fn aggregate(g: &Graph, community: &[u32]) -> Graph {
    let n = community.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut list: Vec<(u32, u32, f64)> = Vec::with_capacity(g.adj.len());
    for v in 0..g.len() {
        for &(w, x) in g.neighbours(v) {
            let (cv, cw) = (community[v], community[w as usize]);
            // A loop is listed once; an edge inside a community appears
            // from both ends and becomes one loop of the same weight.
            if w as usize == v {
                list.push((cv, cv, x));
            } else if cv == cw {
                if v < w as usize {
                    list.push((cv, cv, x));
                }
            } else {
                list.push((cv, cw, x));
            }
        }
    }
    Graph::from_list(n, list)
}

/// Louvain on `n` nodes and weighted edges: the community of each node,
/// renumbered in order of first node.
fn louvain(n: usize, edges: &[(u32, u32, f64)]) -> Vec<u32> {
    let mut rng = Pcg64Mcg::seed_from_u64(SEED);
    let mut g = Graph::new(n, edges);
    let mut of_node: Vec<u32> = (0..n as u32).collect();
    loop {
        let (community, moved) = move_nodes(&g, &mut rng);
        if !moved {
            break;
        }
        for c in of_node.iter_mut() {
            *c = community[*c as usize];
        }
        g = aggregate(&g, &community);
    }
    renumber(&of_node)
}

/// Splits every community into its connected pieces (on the edges given):
/// labels renumbered in order of first node.
fn split_pieces(n: usize, edges: &[(u32, u32, f64)], community: &[u32]) -> Vec<u32> {
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn find(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            parent[x as usize] = parent[parent[x as usize] as usize];
            x = parent[x as usize];
        }
        x
    }
    for &(a, b, _) in edges {
        if community[a as usize] == community[b as usize] {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb) as usize] = ra.min(rb);
            }
        }
    }
    let roots: Vec<u32> = (0..n as u32).map(|v| find(&mut parent, v)).collect();
    renumber(&roots)
}

/// Modularity of a partition: Σ_c [L_c / m − (d_c / 2m)²] (resolution 1),
/// `None` without edges. Cost O(n + edges).
pub fn modularity(n: usize, edges: &[(u32, u32, f64)], community: &[u32]) -> Option<f64> {
    let m: f64 = edges.iter().map(|e| e.2).sum();
    if m == 0.0 {
        return None;
    }
    let k = community.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut inner = vec![0.0f64; k];
    let mut degree = vec![0.0f64; k];
    debug_assert_eq!(community.len(), n);
    for &(a, b, w) in edges {
        let (ca, cb) = (community[a as usize], community[b as usize]);
        if ca == cb {
            inner[ca as usize] += w;
        }
        degree[ca as usize] += w;
        degree[cb as usize] += w;
    }
    Some(
        inner
            .iter()
            .zip(&degree)
            .map(|(l, d)| l / m - (d / (2.0 * m)) * (d / (2.0 * m)))
            .sum(),
    )
}

/// Numbers the clusters: those of two groups or more first, by more
/// groups, then more members, then the first group name; then the groups
/// alone, in name order. `sizes` are the groups' members.
fn number(community: &[u32], sizes: &[u32]) -> (Vec<u32>, u64, u64) {
    let k = community.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    // (groups, members, first group) per community.
    let mut info = vec![(0u64, 0u64, u32::MAX); k];
    for (g, &c) in community.iter().enumerate() {
        let e = &mut info[c as usize];
        e.0 += 1;
        e.1 += u64::from(sizes[g]);
        e.2 = e.2.min(g as u32);
    }
    let mut order: Vec<u32> = (0..k as u32).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (info[x as usize], info[y as usize]);
        let alone = |e: (u64, u64, u32)| e.0 == 1;
        alone(a)
            .cmp(&alone(b))
            .then(b.0.cmp(&a.0))
            .then(if alone(a) {
                std::cmp::Ordering::Equal
            } else {
                b.1.cmp(&a.1)
            })
            .then(a.2.cmp(&b.2))
    });
    let mut id = vec![0u32; k];
    for (i, &c) in order.iter().enumerate() {
        id[c as usize] = i as u32 + 1;
    }
    let clusters = info.iter().filter(|e| e.0 >= 2).count() as u64;
    let alone = info.iter().filter(|e| e.0 == 1).count() as u64;
    (
        community.iter().map(|&c| id[c as usize]).collect(),
        clusters,
        alone,
    )
}

/// The clusters of `sizes.len()` groups linked by `edges` (significant
/// pairs `(a, b, shared)`, each once). Cost: O(edges log edges) per
/// Louvain level (a handful of levels), O(G) memory besides the graph.
pub fn clusters(sizes: &[u32], edges: &[(u32, u32, f64)]) -> Clusters {
    let n = sizes.len();
    let community = louvain(n, edges);
    let community = split_pieces(n, edges, &community);
    let modularity = modularity(n, edges, &community);
    let (of_group, clusters, _) = number(&community, sizes);
    let mut linked = vec![false; n];
    for &(a, b, _) in edges {
        linked[a as usize] = true;
        linked[b as usize] = true;
    }
    let unclustered_groups = linked.iter().filter(|&&l| !l).count() as u64;
    Clusters {
        of_group,
        modularity,
        clusters,
        unclustered_groups,
    }
}

/// A person's participation coefficient over clusters (or categories):
/// 1 − Σ_c (k_c / k)², k_c the person's groups in cluster c, k all their
/// groups. 0 when all are in one cluster; in [0, 1). `groups`: the
/// person's group ids; `cluster_of`: a cluster per group id. O(k log k).
pub fn participation(groups: &[u32], cluster_of: &[u32]) -> f64 {
    if groups.is_empty() {
        return 0.0;
    }
    let mut cs: Vec<u32> = groups.iter().map(|&g| cluster_of[g as usize]).collect();
    cs.sort_unstable();
    let k = cs.len() as f64;
    let mut sum = 0.0;
    let mut i = 0;
    while i < cs.len() {
        let j = cs[i..].iter().take_while(|&&c| c == cs[i]).count();
        sum += (j as f64 / k) * (j as f64 / k);
        i += j;
    }
    1.0 - sum
}

#[cfg(test)]
mod tests {
    use super::*;

    // Two triangles {0,1,2} and {3,4,5} of weight 1 joined by the edge
    // 2–3; node 6 has no edge. m = 7; each triangle: L = 3, d = 7.
    // Q = 2 · (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
    fn two_triangles() -> Vec<(u32, u32, f64)> {
        vec![
            (0, 1, 1.0),
            (0, 2, 1.0),
            (1, 2, 1.0),
            (3, 4, 1.0),
            (3, 5, 1.0),
            (4, 5, 1.0),
            (2, 3, 1.0),
        ]
    }

    #[test]
    fn two_triangles_make_two_clusters() {
        let c = clusters(&[5, 5, 5, 9, 9, 9, 1], &two_triangles());
        // The second triangle has more members: it is cluster 1.
        assert_eq!(c.of_group, vec![2, 2, 2, 1, 1, 1, 3]);
        assert_eq!((c.clusters, c.unclustered_groups), (2, 1));
        assert!((c.modularity.unwrap() - 5.0 / 14.0).abs() < 1e-15);
    }

    #[test]
    fn modularity_of_a_hand_worked_partition() {
        // Everything in one community: Q = 7/7 − (14/14)² = 0.
        let all = vec![0u32; 7];
        assert!(modularity(7, &two_triangles(), &all).unwrap().abs() < 1e-15);
        // No edge: no modularity.
        assert_eq!(modularity(3, &[], &[0, 1, 2]), None);
    }

    #[test]
    fn heavier_links_decide() {
        // A path 0–1–2–3 with weights 5, 1, 5: {0,1} and {2,3}.
        // m = 11; L = 5 each, d = 11 each: Q = 2 (5/11 − 1/4) = 9/22.
        let e = vec![(0, 1, 5.0), (1, 2, 1.0), (2, 3, 5.0)];
        let c = clusters(&[1, 1, 1, 1], &e);
        assert_eq!(c.of_group, vec![1, 1, 2, 2]);
        assert!((c.modularity.unwrap() - 9.0 / 22.0).abs() < 1e-15);
    }

    #[test]
    fn no_significant_pair_leaves_every_group_alone() {
        let c = clusters(&[3, 1, 2], &[]);
        assert_eq!(c.of_group, vec![1, 2, 3]);
        assert_eq!(
            (c.clusters, c.unclustered_groups, c.modularity),
            (0, 3, None)
        );
    }

    #[test]
    fn pieces_of_a_community_are_split() {
        // Labels 0 for nodes 0, 1, 3 where 3 is linked to neither.
        let e = vec![(0, 1, 1.0), (2, 3, 1.0)];
        assert_eq!(split_pieces(4, &e, &[0, 0, 1, 0]), vec![0, 0, 1, 2]);
    }

    #[test]
    fn participation_counts_the_spread_over_clusters() {
        // Groups in clusters 1, 1, 2: 1 − (2/3)² − (1/3)² = 4/9.
        let cluster_of = [1u32, 1, 2];
        assert!((participation(&[0, 1, 2], &cluster_of) - 4.0 / 9.0).abs() < 1e-15);
        assert_eq!(participation(&[0, 1], &cluster_of), 0.0);
    }
}
