//! Analysis: two-mode centralities. The network (its linking core, in
//! canonical order) -> degree, closeness and betweenness of every group
//! and every connector, with Borgatti and Everett's normalisations for
//! two-mode networks, as NetworkX's `bipartite.degree_centrality`,
//! `bipartite.closeness_centrality` and `bipartite.betweenness_centrality`
//! compute them (persons as the top set).
//!
//! Persons in a single group (most of them) are leaves: their distances
//! are their group's plus one, they lie on no shortest path, and as
//! sources they act as their group does. So breadth-first searches run
//! on the core only, each group carrying its leaves as a weight, and give
//! NetworkX's values exactly. Networks of at most [`EXACT_NODES`] nodes
//! (persons + groups) are computed exactly (a search from every node,
//! Brandes' accumulation); in larger ones, each component with more nodes
//! than the number of pivots k is estimated from k pivots drawn uniformly
//! from a fixed seed (Eppstein–Wang for closeness, Brandes–Pich for
//! betweenness), the smaller components exactly.

use super::linking::RankedCore;
use rand::SeedableRng;
use rand_pcg::Pcg64Mcg;
use rayon::prelude::*;
use serde::Serialize;

/// Networks with at most this many nodes (persons + groups) are computed
/// exactly: a breadth-first search from every core node, O(core nodes ×
/// core memberships), about 10⁸ steps at this size.
pub const EXACT_NODES: usize = 20_000;

/// Pivots per sampled component by default (`--centrality-samples`).
/// Each pivot is one breadth-first search of its component: at ten
/// million memberships (6.6 million nodes) about 0.19 s of CPU, so 4
/// keep the report within its time budget; the estimates are then rough
/// (they rank the central groups, not the peripheral ones), and more
/// pivots sharpen them in proportional time.
pub const DEFAULT_PIVOTS: usize = 4;

/// The seed the pivots are drawn from.
const SEED: u64 = 0x6365_6e74_7261_6c69; // "centrali"

/// The three centralities of a node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Centrality {
    /// deg(v) / size of the other set: a person's groups / G, a group's
    /// members / P. In [0, 1]. Exact always; O(1).
    pub degree: f64,
    /// (m + 2(n − 1)) / d(v) for a person, (n + 2(m − 1)) / d(v) for a
    /// group (n = P, m = G: Borgatti–Everett's minimum distance sum), d(v)
    /// the sum of the distances from v to the nodes it reaches, times
    /// (r − 1) / (N − 1) where r is the size of v's component (itself
    /// included) and N = n + m; 0 for a node reaching nobody. In [0, 1]
    /// in a connected network (n and m are the whole network's, so a node
    /// of a small component can exceed 1, as in NetworkX). Sampled: d(v)
    /// estimated as (r − 1) times v's mean distance to the pivots in its
    /// component.
    pub closeness: f64,
    /// Σ over pairs {s, t} of the share of shortest s–t paths through v,
    /// divided by the largest value possible for a node of v's set in a
    /// two-mode network of this size (NetworkX's `bet_max_top` for
    /// persons, `bet_max_bot` for groups). In [0, 1]. Sampled: the sum
    /// over k pivot sources, times |C| / k (|C| − 1) / (k − 1) for a pivot
    /// itself), |C| the component's nodes.
    pub betweenness: f64,
}

/// How the centralities were computed (`summary.json`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CentralitySummary {
    /// "exact", or "sampled" when some component was estimated from
    /// pivots.
    pub method: &'static str,
    /// Networks up to this many nodes are computed exactly.
    pub exact_up_to_nodes: u64,
    /// Pivots per sampled component (k).
    pub pivots: u64,
    /// Components estimated from pivots, and their nodes.
    pub sampled_components: u64,
    pub sampled_nodes: u64,
}

/// Every group's and connector's centralities.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Centralities {
    /// By group id.
    pub groups: Vec<Centrality>,
    /// By connector rank.
    pub persons: Vec<Centrality>,
    pub summary: CentralitySummary,
}

/// One breadth-first search: from `anchor`, counted `main` times as a
/// source itself (0 or 1) and `leaves` times for leaves of the group
/// `anchor` taken as sources.
#[derive(Clone, Copy, Debug)]
struct Job {
    anchor: u32,
    main: u32,
    leaves: u32,
    /// Its closeness is computed from this search (exact components).
    closeness: bool,
}

/// A search's working arrays: groups by id, core persons by rank, and
/// the nodes reached, level by level.
///
/// The search goes level by level, and every step but one reads the
/// persons' group lists in order and the groups' figures at random: the
/// groups' arrays are small enough to stay in cache, where the persons'
/// (millions) would miss it on nearly every edge. A level of persons is
/// found by scanning the persons not reached yet (or, when the level of
/// groups before it is small, from those groups' member lists).
struct Scratch {
    g_dist: Vec<u32>,
    g_sigma: Vec<f64>,
    g_delta: Vec<f64>,
    p_dist: Vec<u32>,
    p_sigma: Vec<f64>,
    p_delta: Vec<f64>,
    /// Groups and persons reached, in the order of their levels.
    groups_reached: Vec<u32>,
    persons_reached: Vec<u32>,
    /// (is a level of groups, end in its list, distance), in order.
    levels: Vec<(bool, usize, u32)>,
    /// Persons not reached yet (compacted as levels are found).
    unreached: Vec<u32>,
    /// Σ distances to the nodes reached (leaves included), and their
    /// number (the source included).
    total: u64,
    reached: u64,
}

const FAR: u32 = u32::MAX;

impl Scratch {
    fn new(g: &RankedCore) -> Scratch {
        let (groups, persons) = (g.groups, g.persons());
        Scratch {
            g_dist: vec![FAR; groups],
            g_sigma: vec![0.0; groups],
            g_delta: vec![0.0; groups],
            p_dist: vec![FAR; persons],
            p_sigma: vec![0.0; persons],
            p_delta: vec![0.0; persons],
            groups_reached: Vec::new(),
            persons_reached: Vec::new(),
            levels: Vec::new(),
            unreached: Vec::new(),
            total: 0,
            reached: 0,
        }
    }

    /// The start of level `i` in its list.
    fn level_start(&self, i: usize) -> usize {
        let is_group = self.levels[i].0;
        (0..i)
            .rev()
            .find(|&j| self.levels[j].0 == is_group)
            .map_or(0, |j| self.levels[j].1)
    }

    /// Breadth-first search from node `s`, counting shortest paths, then
    /// Brandes' dependencies (leaves included as targets: a group starts
    /// with one per leaf).
    fn search(&mut self, g: &RankedCore, s: u32) {
        let base = g.groups as u32;
        // Whole arrays reset in order: cheaper than at random.
        self.g_dist.fill(FAR);
        self.p_dist.fill(FAR);
        self.groups_reached.clear();
        self.persons_reached.clear();
        self.levels.clear();
        self.unreached.clear();
        self.unreached.extend(0..g.persons() as u32);
        // Group lists of the persons not reached yet, for choosing how
        // to find the next level.
        let mut unreached_edges = g.edges();
        if g.is_group(s) {
            self.g_dist[s as usize] = 0;
            self.g_sigma[s as usize] = 1.0;
            self.groups_reached.push(s);
            self.levels.push((true, 1, 0));
        } else {
            let r = (s - base) as usize;
            self.p_dist[r] = 0;
            self.p_sigma[r] = 1.0;
            self.persons_reached.push(r as u32);
            self.levels.push((false, 1, 0));
        }
        loop {
            let (is_group, end, d) = *self.levels.last().expect("the source's level");
            let start = self.level_start(self.levels.len() - 1);
            if is_group {
                // Persons at d + 1.
                let before = self.persons_reached.len();
                let pushed: usize = self.groups_reached[start..end]
                    .iter()
                    .map(|&x| g.neighbours(x).len())
                    .sum();
                if pushed * 4 < unreached_edges {
                    for &x in &self.groups_reached[start..end] {
                        let sx = self.g_sigma[x as usize];
                        for &node in g.neighbours(x) {
                            let r = (node - base) as usize;
                            if self.p_dist[r] == FAR {
                                self.p_dist[r] = d + 1;
                                self.p_sigma[r] = sx;
                                self.persons_reached.push(r as u32);
                            } else if self.p_dist[r] == d + 1 {
                                self.p_sigma[r] += sx;
                            }
                        }
                    }
                } else {
                    let mut kept = 0;
                    for i in 0..self.unreached.len() {
                        let r = self.unreached[i];
                        if self.p_dist[r as usize] != FAR {
                            continue;
                        }
                        let mut sigma = 0.0;
                        for &x in g.neighbours(base + r) {
                            if self.g_dist[x as usize] == d {
                                sigma += self.g_sigma[x as usize];
                            }
                        }
                        if sigma > 0.0 {
                            self.p_dist[r as usize] = d + 1;
                            self.p_sigma[r as usize] = sigma;
                            self.persons_reached.push(r);
                        } else {
                            self.unreached[kept] = r;
                            kept += 1;
                        }
                    }
                    self.unreached.truncate(kept);
                }
                for &r in &self.persons_reached[before..] {
                    unreached_edges -= g.neighbours(base + r).len();
                }
                if self.persons_reached.len() == before {
                    break;
                }
                self.levels.push((false, self.persons_reached.len(), d + 1));
            } else {
                // Groups at d + 1, from the persons at d.
                let before = self.groups_reached.len();
                for &r in &self.persons_reached[start..end] {
                    let sr = self.p_sigma[r as usize];
                    for &x in g.neighbours(base + r) {
                        let dx = self.g_dist[x as usize];
                        if dx == FAR {
                            self.g_dist[x as usize] = d + 1;
                            self.g_sigma[x as usize] = sr;
                            self.groups_reached.push(x);
                        } else if dx == d + 1 {
                            self.g_sigma[x as usize] += sr;
                        }
                    }
                }
                if self.groups_reached.len() == before {
                    break;
                }
                self.levels.push((true, self.groups_reached.len(), d + 1));
            }
        }
        // Distances and nodes reached, leaves included.
        let (mut total, mut reached) = (0u64, 0u64);
        for &x in &self.groups_reached {
            let dx = u64::from(self.g_dist[x as usize]);
            let w = u64::from(g.leaves[x as usize]);
            total += dx + w * (dx + 1);
            reached += 1 + w;
        }
        for &r in &self.persons_reached {
            total += u64::from(self.p_dist[r as usize]);
            reached += 1;
        }
        self.total = total;
        self.reached = reached;
        // Dependencies, deepest level first.
        for &x in &self.groups_reached {
            self.g_delta[x as usize] = if x == s {
                0.0
            } else {
                f64::from(g.leaves[x as usize])
            };
        }
        for &r in &self.persons_reached {
            self.p_delta[r as usize] = 0.0;
        }
        for i in (1..self.levels.len()).rev() {
            let (is_group, end, d) = self.levels[i];
            let start = self.level_start(i);
            if is_group {
                // Into the persons of the level before (d − 1).
                let (_, p_end, _) = self.levels[i - 1];
                let p_start = self.level_start(i - 1);
                for &r in &self.persons_reached[p_start..p_end] {
                    let sr = self.p_sigma[r as usize];
                    let mut delta = self.p_delta[r as usize];
                    for &x in g.neighbours(base + r) {
                        if self.g_dist[x as usize] == d {
                            let coeff = (1.0 + self.g_delta[x as usize]) / self.g_sigma[x as usize];
                            delta += sr * coeff;
                        }
                    }
                    self.p_delta[r as usize] = delta;
                }
            } else {
                // From these persons into their groups at d − 1.
                for &r in &self.persons_reached[start..end] {
                    let coeff = (1.0 + self.p_delta[r as usize]) / self.p_sigma[r as usize];
                    for &x in g.neighbours(base + r) {
                        if self.g_dist[x as usize] + 1 == d {
                            self.g_delta[x as usize] += self.g_sigma[x as usize] * coeff;
                        }
                    }
                }
            }
        }
    }
}

/// NetworkX's largest two-mode betweenness of a node of a set of `n`
/// nodes facing `m`: ((m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)) / 2,
/// s, t = divmod(n − 1, m).
fn bet_max(n: u64, m: u64) -> f64 {
    if n == 0 || m == 0 {
        return 0.0;
    }
    let (s, t) = (((n - 1) / m) as i128, ((n - 1) % m) as i128);
    let m = m as i128;
    let x = m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3);
    x as f64 / 2.0
}

/// The centralities of every group and connector. `rc`: the ranked core;
/// `persons`: P (leaves included); `component_of_group`: each group's
/// component (1 = largest, from [`super::components`]); `pivots`: k for
/// sampled components. Cost: exact, O(core nodes × core memberships);
/// sampled, O(k × core memberships) per sampled component. Searches run
/// in parallel; their sums are added in a fixed order (same result
/// whatever the threads).
pub fn centralities(
    rc: &RankedCore,
    persons: usize,
    component_of_group: &[u32],
    pivots: usize,
) -> Centralities {
    centralities_up_to(rc, persons, component_of_group, pivots, EXACT_NODES)
}

/// [`centralities`], exact up to `exact_nodes` nodes.
fn centralities_up_to(
    rc: &RankedCore,
    persons: usize,
    component_of_group: &[u32],
    pivots: usize,
    exact_nodes: usize,
) -> Centralities {
    let (n, m) = (persons as u64, rc.groups as u64);
    let total_nodes = n + m;
    let nodes = rc.node_count();
    let k = pivots.max(1);
    // Component of each core node, and each component's groups, leaves
    // and core persons.
    let comps = component_of_group.iter().copied().max().unwrap_or(0) as usize;
    let comp = |v: u32| -> usize {
        let g = if rc.is_group(v) {
            v
        } else {
            rc.neighbours(v)[0]
        };
        component_of_group[g as usize] as usize - 1
    };
    let mut members: Vec<Vec<u32>> = vec![Vec::new(); comps];
    let mut size = vec![0u64; comps];
    for v in 0..nodes as u32 {
        let c = comp(v);
        members[c].push(v);
        size[c] += 1;
        if rc.is_group(v) {
            size[c] += u64::from(rc.leaves[v as usize]);
        }
    }
    let all_exact = (total_nodes as usize) <= exact_nodes;
    let mut rng = Pcg64Mcg::seed_from_u64(SEED);
    let mut jobs: Vec<Job> = Vec::new();
    // Per node: drawn as a pivot itself; per component: sampled.
    let mut drawn = vec![false; nodes];
    let mut sampled = vec![false; comps];
    let mut summary = CentralitySummary {
        method: "exact",
        exact_up_to_nodes: exact_nodes as u64,
        pivots: k as u64,
        sampled_components: 0,
        sampled_nodes: 0,
    };
    for c in 0..comps {
        if all_exact || size[c] <= k as u64 {
            for &v in &members[c] {
                let leaves = if rc.is_group(v) {
                    rc.leaves[v as usize]
                } else {
                    0
                };
                jobs.push(Job {
                    anchor: v,
                    main: 1,
                    leaves,
                    closeness: true,
                });
            }
            continue;
        }
        sampled[c] = true;
        summary.method = "sampled";
        summary.sampled_components += 1;
        summary.sampled_nodes += size[c];
        // The component's nodes, canonically: its groups (by id), then
        // the leaves of each (as slots), then its core persons (by rank).
        let groups: Vec<u32> = members[c]
            .iter()
            .copied()
            .filter(|&v| rc.is_group(v))
            .collect();
        let core_persons: Vec<u32> = members[c]
            .iter()
            .copied()
            .filter(|&v| !rc.is_group(v))
            .collect();
        let mut leaf_end = Vec::with_capacity(groups.len());
        let mut at = 0u64;
        for &g in &groups {
            at += u64::from(rc.leaves[g as usize]);
            leaf_end.push(at);
        }
        let mut per_anchor: std::collections::BTreeMap<u32, (u32, u32)> = Default::default();
        let mut picks: Vec<u64> = rand::seq::index::sample(&mut rng, size[c] as usize, k)
            .into_iter()
            .map(|i| i as u64)
            .collect();
        picks.sort_unstable();
        for i in picks {
            let g_count = groups.len() as u64;
            if i < g_count {
                let v = groups[i as usize];
                per_anchor.entry(v).or_default().0 += 1;
                drawn[v as usize] = true;
            } else if i < g_count + at {
                let slot = i - g_count;
                let j = leaf_end.partition_point(|&e| e <= slot);
                per_anchor.entry(groups[j]).or_default().1 += 1;
            } else {
                let v = core_persons[(i - g_count - at) as usize];
                per_anchor.entry(v).or_default().0 += 1;
                drawn[v as usize] = true;
            }
        }
        for (anchor, (main, leaves)) in per_anchor {
            jobs.push(Job {
                anchor,
                main,
                leaves,
                closeness: false,
            });
        }
    }
    drop(members);

    // Searches in windows: the window's searches in parallel, their sums
    // then added in job order. In a sampled (large) network the few
    // searches go one at a time, each with arrays the size of the core:
    // the connectors' rows are built beside them (`analyse::all_with`).
    let window = if summary.sampled_components > 0 {
        1
    } else {
        rayon::current_num_threads().clamp(1, 4)
    };
    let mut scratches: Vec<Scratch> = (0..window.min(jobs.len()))
        .map(|_| Scratch::new(rc))
        .collect();
    let mut between = vec![0.0f64; nodes];
    let mut dist_sum = vec![0u64; nodes];
    let mut pivots_seen = vec![0u64; nodes];
    let mut closeness = vec![0.0f64; nodes];
    let closeness_of = |v: u32, total: f64, reached: f64| -> f64 {
        if total > 0.0 && total_nodes > 1 {
            let num = if rc.is_group(v) {
                n as f64 + 2.0 * (m as f64 - 1.0)
            } else {
                m as f64 + 2.0 * (n as f64 - 1.0)
            };
            (num / total) * ((reached - 1.0) / (total_nodes as f64 - 1.0))
        } else {
            0.0
        }
    };
    let base = rc.groups;
    for batch in jobs.chunks(window) {
        scratches
            .par_iter_mut()
            .zip(batch.par_iter())
            .for_each(|(s, job)| s.search(rc, job.anchor));
        for (s, job) in scratches.iter().zip(batch) {
            let a = job.anchor;
            let times = f64::from(job.main + job.leaves);
            for &x in &s.groups_reached {
                if x != a {
                    between[x as usize] += times * s.g_delta[x as usize];
                }
            }
            // Persons in rank order, all arrays read in order.
            for (r, (&d, &delta)) in s.p_dist.iter().zip(&s.p_delta).enumerate() {
                if d != FAR && base + r != a as usize {
                    between[base + r] += times * delta;
                }
            }
            if job.leaves > 0 {
                between[a as usize] += f64::from(job.leaves) * (s.reached as f64 - 2.0);
            }
            if job.closeness {
                closeness[a as usize] = closeness_of(a, s.total as f64, s.reached as f64);
            } else {
                let (main, leaves) = (u64::from(job.main), u64::from(job.leaves));
                let mut add = |v: usize, d: u32| {
                    if v != a as usize {
                        let d = u64::from(d);
                        dist_sum[v] += main * d + leaves * (d + 1);
                        pivots_seen[v] += main + leaves;
                    }
                };
                for &x in &s.groups_reached {
                    add(x as usize, s.g_dist[x as usize]);
                }
                for (r, &d) in s.p_dist.iter().enumerate() {
                    if d != FAR {
                        add(base + r, d);
                    }
                }
                dist_sum[a as usize] += leaves;
                pivots_seen[a as usize] += leaves;
            }
        }
    }
    drop(scratches);

    // Undirected: each pair was counted from both ends (NetworkX scales
    // by 1/2 unless there are fewer than 3 nodes).
    let half = if total_nodes >= 3 { 0.5 } else { 1.0 };
    let (top, bottom) = (bet_max(n, m), bet_max(m, n));
    let value = |v: u32| -> Centrality {
        let c = comp(v);
        let group = rc.is_group(v);
        let degree = if group {
            let members = rc.neighbours(v).len() as u64 + u64::from(rc.leaves[v as usize]);
            members as f64 * (1.0 / n as f64)
        } else {
            rc.neighbours(v).len() as f64 * (1.0 / m as f64)
        };
        let mut b = between[v as usize];
        let mut close = closeness[v as usize];
        if sampled[c] {
            let kk = k as f64;
            let size_c = size[c] as f64;
            b *= if drawn[v as usize] {
                if k > 1 {
                    (size_c - 1.0) / (kk - 1.0)
                } else {
                    0.0
                }
            } else {
                size_c / kk
            };
            let seen = pivots_seen[v as usize];
            close = if seen > 0 {
                let estimate = (size_c - 1.0) * dist_sum[v as usize] as f64 / seen as f64;
                closeness_of(v, estimate, size_c)
            } else {
                0.0
            };
        }
        let max = if group { bottom } else { top };
        Centrality {
            degree,
            closeness: close,
            betweenness: if max > 0.0 { b * half / max } else { 0.0 },
        }
    };
    Centralities {
        groups: (0..rc.groups as u32).map(value).collect(),
        persons: (rc.groups as u32..nodes as u32).map(value).collect(),
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    fn ranked(rows: &[(&str, &str)], order: &[&str]) -> (Network, RankedCore) {
        let n = Network::build(memberships(rows));
        let ids: Vec<u32> = order.iter().map(|p| n.persons.find(p).unwrap()).collect();
        let r = RankedCore::new(&n, &ids);
        (n, r)
    }

    // A path ann – A – bob – B – cat, plus dan, a leaf of A.
    // Persons n = 4 (ann, bob, cat, dan), groups m = 2, N = 6.
    // Distances from bob: A 1, B 1, ann 2, cat 2, dan 2: d = 8, r = 6.
    //   closeness(bob) = (m + 2(n−1)) / d · (r−1)/(N−1) = 8/8 · 1 = 1.
    // From A: ann 1, bob 1, dan 1, B 2, cat 3: d = 8;
    //   closeness(A) = (n + 2(m−1)) / 8 = 6/8 = 0.75.
    // Betweenness (pairs {s,t}): bob lies on every path between
    //   {ann, A, dan} and {B, cat}: 3·2 = 6 pairs. bet_max_top with
    //   n = 4, m = 2: s, t = divmod(3, 2) = 1, 1:
    //   (4·4 + 2·2·(2−1−1) − 1·(2−1+3)) / 2 = (16 + 0 − 4) / 2 = 6.
    //   So betweenness(bob) = 1.
    // A lies between ann, dan, and {bob, B, cat}, and between ann and
    //   dan: 2·3 + 1 = 7 pairs; bet_max_bot with n = 2 (groups), m = 4:
    //   p, r = divmod(1, 4) = 0, 1: (16·1 + 4·1·(2−0−1) − 1·(0−1+3)) / 2
    //   = (16 + 4 − 2) / 2 = 9: betweenness(A) = 7/9.
    // B lies between cat and {ann, A, dan, bob}: 4 pairs: 4/9.
    #[test]
    fn a_path_by_hand() {
        let rows = [
            ("ann", "A"),
            ("bob", "A"),
            ("bob", "B"),
            ("cat", "B"),
            ("dan", "A"),
        ];
        let (_, r) = ranked(&rows, &["bob"]);
        let c = centralities(&r, 4, &[1, 1], DEFAULT_PIVOTS);
        assert_eq!(c.summary.method, "exact");
        let bob = c.persons[0];
        assert_eq!(bob.degree, 2.0 * (1.0 / 2.0));
        assert!((bob.closeness - 1.0).abs() < 1e-15);
        assert!((bob.betweenness - 1.0).abs() < 1e-15);
        let a = c.groups[0];
        assert_eq!(a.degree, 3.0 * (1.0 / 4.0));
        assert!((a.closeness - 0.75).abs() < 1e-15);
        assert!((a.betweenness - 7.0 / 9.0).abs() < 1e-15);
        assert!((c.groups[1].betweenness - 4.0 / 9.0).abs() < 1e-15);
        assert_eq!(bet_max(4, 2), 6.0);
        assert_eq!(bet_max(2, 4), 9.0);
    }

    // Two components: {ann, bob in A; bob in B} and {eve alone in C}.
    // n = 3, m = 3, N = 6. C reaches only eve: d = 1, r = 2:
    //   closeness(C) = (n + 2(m−1)) / 1 · (2−1)/(6−1) = 7/5.
    // That is above 1: NetworkX's normalisation assumes a connected
    // network, and maillage reports what NetworkX reports.
    #[test]
    fn a_small_component_is_scaled_down_as_networkx_does() {
        let rows = [("ann", "A"), ("bob", "A"), ("bob", "B"), ("eve", "C")];
        let (_, r) = ranked(&rows, &["bob"]);
        let c = centralities(&r, 3, &[1, 1, 2], DEFAULT_PIVOTS);
        assert!((c.groups[2].closeness - 7.0 / 5.0).abs() < 1e-15);
        assert_eq!(c.groups[2].betweenness, 0.0);
    }

    /// A chain of 30 groups linked by 29 persons, each group with one
    /// leaf: 89 nodes, one component.
    fn chain() -> (Network, RankedCore) {
        let mut rows: Vec<(String, String)> = Vec::new();
        for i in 0..30 {
            rows.push((format!("leaf{i}"), format!("G{i:02}")));
            if i > 0 {
                rows.push((format!("link{i}"), format!("G{:02}", i - 1)));
                rows.push((format!("link{i}"), format!("G{i:02}")));
            }
        }
        let refs: Vec<(&str, &str)> = rows.iter().map(|(p, g)| (p.as_str(), g.as_str())).collect();
        let order: Vec<String> = (1..30).map(|i| format!("link{i}")).collect();
        let order: Vec<&str> = order.iter().map(String::as_str).collect();
        ranked(&refs, &order)
    }

    #[test]
    fn the_middle_of_a_chain_is_the_most_between() {
        let (_, r) = chain();
        let exact = centralities(&r, 59, &[1; 30], DEFAULT_PIVOTS);
        assert_eq!(exact.summary.method, "exact");
        let best = exact
            .persons
            .iter()
            .enumerate()
            .max_by(|x, y| x.1.betweenness.total_cmp(&y.1.betweenness))
            .unwrap()
            .0;
        // link15 (rank 14) sits between G14 and G15, the middle.
        assert_eq!(best, 14);
    }

    #[test]
    fn a_component_no_larger_than_the_pivots_is_computed_exactly() {
        let (_, r) = chain();
        let exact = centralities(&r, 59, &[1; 30], DEFAULT_PIVOTS);
        let same = centralities_up_to(&r, 59, &[1; 30], 89, 0);
        assert_eq!(same.summary.method, "exact");
        assert_eq!(same.groups, exact.groups);
        assert_eq!(same.persons, exact.persons);
    }

    #[test]
    fn pivots_give_estimates_close_to_the_exact_values() {
        let (_, r) = chain();
        let exact = centralities(&r, 59, &[1; 30], DEFAULT_PIVOTS);
        let est = centralities_up_to(&r, 59, &[1; 30], 60, 0);
        assert_eq!(est.summary.method, "sampled");
        assert_eq!(
            (est.summary.sampled_components, est.summary.sampled_nodes),
            (1, 89)
        );
        // Degrees are never estimated.
        for (x, y) in est.groups.iter().zip(&exact.groups) {
            assert_eq!(x.degree, y.degree);
        }
        // 60 pivots of 89 nodes: closeness within 10%, betweenness of the
        // groups summed within 10%.
        for (x, y) in est.groups.iter().zip(&exact.groups) {
            assert!(
                (x.closeness - y.closeness).abs() < 0.1 * y.closeness,
                "{x:?} {y:?}"
            );
        }
        let sum = |c: &Centralities| c.groups.iter().map(|x| x.betweenness).sum::<f64>();
        assert!((sum(&est) - sum(&exact)).abs() < 0.1 * sum(&exact));
        // The same pivots every time.
        assert_eq!(est, centralities_up_to(&r, 59, &[1; 30], 60, 0));
    }
}
