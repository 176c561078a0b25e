//! Analysis: robustness, how many connectors hold the network together.
//! The network (its linking core, in canonical order) -> persons removed
//! one at a time in three orders (most groups first; greatest damage
//! first, greedy on the size of the largest part; random, the mean of 20
//! seeded runs), and after each removal the share of groups still in the
//! largest part and the number of isolated groups, until the share falls
//! below one half or 1,000 persons are removed. The anchor is R
//! bipartite's `robustness` / `second.extinct` (Memmott et al. 2004,
//! Burgos et al. 2007), with groups in the place of the species that go
//! extinct; here a group never disappears, it is cut off.
//!
//! Groups are linked when they share a remaining person; the largest part
//! is the largest set of groups linked directly or through other groups;
//! an isolated group is linked to no other group (its members left, or
//! were only in it).

use super::cut_points::LargestPart;
use super::linking::RankedCore;
use crate::model::Network;
use rand::SeedableRng;
use rand_pcg::Pcg64Mcg;
use serde::Serialize;

/// Removals stop after this many.
pub const MAX_REMOVALS: usize = 1000;
/// Random orders averaged.
pub const RANDOM_RUNS: usize = 20;
/// Removals stop once the largest part holds less than this share of the
/// groups.
pub const STOP_SHARE: f64 = 0.5;
const SEED: u64 = 0x726f_6275_7374_6573; // "robustes"

/// The greedy order searches the network again after each removal, at a
/// cost of (core nodes + core memberships) per removal. Up to this much
/// work in all (removals × that size; about a second) it does; above, the
/// damage of each person is measured once, on the whole network, and the
/// persons removed in that order (the "initial" attack of Holme et al.
/// 2002, against the "recalculated" one): at ten million memberships,
/// 1,000 searches of 1.7 million nodes took minutes.
pub const GREEDY_RECOMPUTED_WORK: u64 = 500_000_000;

/// An order of removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// Persons in most groups first (ties: name order).
    MostGroups,
    /// Each time, the person whose departure leaves the smallest largest
    /// part (ties: most groups, then name order).
    GreatestDamage,
    /// Random orders (seeded), the mean of [`RANDOM_RUNS`] runs.
    Random,
}

impl Strategy {
    /// The name written in robustness.csv and summary.json.
    pub fn name(self) -> &'static str {
        match self {
            Strategy::MostGroups => "most_groups",
            Strategy::GreatestDamage => "greatest_damage",
            Strategy::Random => "random",
        }
    }
}

/// One row of robustness.csv: the state after `removed` removals.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    pub strategy: Strategy,
    /// Persons removed so far (0: the network as it is).
    pub removed: u32,
    /// Groups in the largest part / G, in (0, 1] (the mean over runs for
    /// random orders).
    pub largest_part_groups_share: f64,
    /// Groups linked to no other group (the mean over runs for random
    /// orders).
    pub isolated_groups: f64,
}

/// One strategy's outcome (`summary.json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StrategyOutcome {
    pub strategy: Strategy,
    /// Removals after which the largest part held less than half of the
    /// groups; `None` if that did not happen within the removals made.
    pub removals_to_half: Option<u64>,
    /// Removals made (and recorded).
    pub removals: u64,
    /// The share of groups in the largest part after the last removal.
    pub final_share: f64,
}

/// What `summary.json` says of robustness.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RobustnessSummary {
    /// The share of groups in the largest part before any removal.
    pub initial_share: f64,
    pub max_removals: u64,
    pub random_runs: u64,
    /// The greedy order was searched again after each removal (true), or
    /// ranked once from the whole network (false: networks above
    /// [`GREEDY_RECOMPUTED_WORK`]).
    pub greedy_recomputed: bool,
    pub strategies: Vec<StrategyOutcome>,
}

impl RobustnessSummary {
    /// The outcome of `s`.
    pub fn outcome(&self, s: Strategy) -> Option<&StrategyOutcome> {
        self.strategies.iter().find(|o| o.strategy == s)
    }
}

/// Union–find over groups, tracking the largest set and the sets of one.
#[derive(Clone)]
struct Parts {
    parent: Vec<u32>,
    size: Vec<u32>,
    largest: u32,
    alone: u32,
}

impl Parts {
    fn new(groups: usize) -> Parts {
        Parts {
            parent: (0..groups as u32).collect(),
            size: vec![1; groups],
            largest: u32::from(groups > 0),
            alone: groups as u32,
        }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let up = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = up;
            x = up;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a as usize] < self.size[b as usize] {
            std::mem::swap(&mut a, &mut b);
        }
        let (sa, sb) = (self.size[a as usize], self.size[b as usize]);
        self.alone -= u32::from(sa == 1) + u32::from(sb == 1);
        self.parent[b as usize] = a;
        self.size[a as usize] = sa + sb;
        self.largest = self.largest.max(sa + sb);
    }

    /// Links the groups of core node `v`.
    fn add(&mut self, rc: &RankedCore, v: u32) {
        let gs = rc.neighbours(v);
        for &g in &gs[1..] {
            self.union(gs[0], g);
        }
    }
}

/// The state after each removal of a fixed order: `removal[i]` is the
/// i-th person removed, a core node or `None` for a person in one group
/// (whose departure changes nothing). Returns (largest part, isolated)
/// after 0, 1, ..., removal.len() removals. `base` links every core
/// person in none of the orders `others` names. Adding persons back in
/// reverse order only merges parts, which union–find does in O(α).
fn fixed_order(
    rc: &RankedCore,
    base: &Parts,
    removal: &[Option<u32>],
    left_out: &[bool],
) -> Vec<(u32, u32)> {
    let mut parts = base.clone();
    let mut in_this = vec![false; rc.node_count()];
    for v in removal.iter().flatten() {
        in_this[*v as usize] = true;
    }
    // Persons left out of the base for another order only.
    for v in rc.groups..rc.node_count() {
        if left_out[v] && !in_this[v] {
            parts.add(rc, v as u32);
        }
    }
    let mut states = vec![(0, 0); removal.len() + 1];
    for k in (0..=removal.len()).rev() {
        states[k] = (parts.largest, parts.alone);
        if k > 0 {
            if let Some(v) = removal[k - 1] {
                parts.add(rc, v);
            }
        }
    }
    states
}

/// How many removals a run makes: up to the first state below half, at
/// most `states.len() − 1`. `None` states count nothing.
fn stop_at(shares: impl Iterator<Item = f64>) -> usize {
    let mut last = 0;
    for (k, s) in shares.enumerate() {
        last = k;
        if s < STOP_SHARE {
            break;
        }
    }
    last
}

/// Core nodes of persons in most groups first, ties in name order; the
/// first `count` only (or all core persons if fewer).
fn most_groups_first(net: &Network, rc: &RankedCore, count: usize) -> Vec<u32> {
    let g = rc.groups as u32;
    let mut v: Vec<u32> = (g..rc.node_count() as u32).collect();
    v.sort_by_key(|&x| std::cmp::Reverse(rc.neighbours(x).len()));
    let count = count.min(v.len());
    if count == 0 {
        return Vec::new();
    }
    // Ties with the last person kept are sorted by name with the rest.
    let edge = rc.neighbours(v[count - 1]).len();
    let end = v.partition_point(|&x| rc.neighbours(x).len() >= edge);
    let name = |x: u32| net.persons.get(rc.person_of_rank[(x - g) as usize]);
    v[..end].sort_by(|&x, &y| {
        rc.neighbours(y)
            .len()
            .cmp(&rc.neighbours(x).len())
            .then_with(|| name(x).cmp(name(y)))
    });
    v.truncate(count);
    v
}

/// Robustness of the network: the rows of robustness.csv and the summary.
/// Cost: union–find passes over the core (one, plus the persons of the
/// orders) for the fixed orders; the greedy order as
/// [`greatest_damage`]. `searched`: the largest part of the whole
/// network and its cut persons (ranked core nodes) if already known (from
/// [`super::cut_points::blocks_and_largest_part`]); searched here if not
/// and needed.
pub fn robustness(
    net: &Network,
    rc: &RankedCore,
    searched: Option<LargestPart>,
) -> (Vec<Step>, RobustnessSummary) {
    let groups = rc.groups;
    let persons = net.person_count();
    let mut summary = RobustnessSummary {
        max_removals: MAX_REMOVALS as u64,
        random_runs: RANDOM_RUNS as u64,
        ..Default::default()
    };
    if groups == 0 {
        return (Vec::new(), summary);
    }
    let g = groups as f64;
    let cap = MAX_REMOVALS.min(persons);
    let core = rc.persons();

    // The fixed orders: most groups first, then persons in one group.
    let mut most: Vec<Option<u32>> = most_groups_first(net, rc, cap)
        .into_iter()
        .map(Some)
        .collect();
    most.resize(cap, None);
    let work = (rc.node_count() + rc.edges()) as u64 * cap as u64;
    summary.greedy_recomputed = work <= GREEDY_RECOMPUTED_WORK;
    let ranked_once: Vec<Option<u32>> = if summary.greedy_recomputed {
        Vec::new()
    } else {
        let view = searched
            .unwrap_or_else(|| Search::new(rc.node_count()).run(rc, &vec![false; rc.node_count()]));
        damage_ranked_once(net, rc, &view, cap)
    };
    let random: Vec<Vec<Option<u32>>> = (0..RANDOM_RUNS as u64)
        .map(|run| {
            let mut rng = Pcg64Mcg::seed_from_u64(SEED ^ run.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            // Slots 0..core are the core persons by rank, the rest the
            // persons in one group (any of them: they change nothing).
            rand::seq::index::sample(&mut rng, persons, cap)
                .into_iter()
                .map(|slot| (slot < core).then(|| (groups + slot) as u32))
                .collect()
        })
        .collect();
    let mut left_out = vec![false; rc.node_count()];
    for v in most
        .iter()
        .chain(&ranked_once)
        .chain(random.iter().flatten())
        .flatten()
    {
        left_out[*v as usize] = true;
    }
    let mut base = Parts::new(groups);
    for (v, &out) in left_out.iter().enumerate().skip(groups) {
        if !out {
            base.add(rc, v as u32);
        }
    }

    let initial = fixed_order(rc, &base, &[], &left_out)[0];
    summary.initial_share = f64::from(initial.0) / g;
    let mut steps = Vec::new();
    let mut record =
        |strategy: Strategy, states: &[(f64, f64)], summary: &mut RobustnessSummary| {
            let stop = if summary.initial_share < STOP_SHARE {
                0
            } else {
                stop_at(states.iter().map(|s| s.0))
            };
            for (k, s) in states[..=stop].iter().enumerate() {
                steps.push(Step {
                    strategy,
                    removed: k as u32,
                    largest_part_groups_share: s.0,
                    isolated_groups: s.1,
                });
            }
            let final_share = states[stop].0;
            summary.strategies.push(StrategyOutcome {
                strategy,
                removals_to_half: (stop > 0 && final_share < STOP_SHARE).then_some(stop as u64),
                removals: stop as u64,
                final_share,
            });
        };
    let as_shares = |states: &[(u32, u32)]| -> Vec<(f64, f64)> {
        states
            .iter()
            .map(|&(l, a)| (f64::from(l) / g, f64::from(a)))
            .collect()
    };

    let most_states = as_shares(&fixed_order(rc, &base, &most, &left_out));
    record(Strategy::MostGroups, &most_states, &mut summary);

    let greedy = if summary.greedy_recomputed {
        greatest_damage(net, rc, cap, summary.initial_share < STOP_SHARE)
    } else {
        fixed_order(rc, &base, &ranked_once, &left_out)
    };
    record(Strategy::GreatestDamage, &as_shares(&greedy), &mut summary);

    let mut mean = vec![(0.0f64, 0.0f64); cap + 1];
    for run in &random {
        for (m, s) in mean.iter_mut().zip(fixed_order(rc, &base, run, &left_out)) {
            m.0 += f64::from(s.0) / g;
            m.1 += f64::from(s.1);
        }
    }
    for m in &mut mean {
        m.0 /= RANDOM_RUNS as f64;
        m.1 /= RANDOM_RUNS as f64;
    }
    record(Strategy::Random, &mean, &mut summary);
    (steps, summary)
}

/// The greedy order: at each step, remove the person whose departure
/// leaves the smallest largest part (ties: most groups, then name);
/// states (largest part, isolated groups) after 0, 1, ... removals, up to
/// the first below half of the groups, or `cap` removals. `stop_now`:
/// the network is already below half (nothing is removed).
///
/// Only a person whose departure splits the largest part (a cut point of
/// it) can shrink it, and the part left is the largest of the pieces it
/// falls into: cut points and piece sizes come from one depth-first
/// search (Hopcroft–Tarjan) of the largest part. When no departure
/// shrinks it, the person in most groups goes. Cost: one search of the
/// largest part per removal, O(removals × core memberships).
pub fn greatest_damage(
    net: &Network,
    rc: &RankedCore,
    cap: usize,
    stop_now: bool,
) -> Vec<(u32, u32)> {
    let groups = rc.groups;
    let g = rc.groups as u32;
    let nodes = rc.node_count();
    let mut removed = vec![false; nodes];
    // Persons in one group, never a cut point, go last and change nothing.
    let leaves = net.person_count() - rc.persons();
    let by_degree = most_groups_first(net, rc, cap * 2);
    let mut next_by_degree = 0;
    let name = |x: u32| net.persons.get(rc.person_of_rank[(x - g) as usize]);
    let mut states = Vec::new();
    let mut linkers: Vec<u32> = (0..g).map(|x| rc.neighbours(x).len() as u32).collect();
    let mut alone = linkers.iter().filter(|&&l| l == 0).count() as u32;
    let mut search = Search::new(nodes);
    let mut leaves_left = leaves;
    loop {
        let view = search.run(rc, &removed);
        states.push((view.largest, alone));
        let k = states.len() - 1;
        if stop_now || f64::from(view.largest) < STOP_SHARE * groups as f64 || k >= cap {
            break;
        }
        // The best cut point of the largest part, if its departure shrinks
        // that part.
        let mut best: Option<(u32, u32)> = None; // (value, node)
        for &(v, piece) in &view.cut_persons {
            let value = piece.max(view.other_largest);
            if value >= view.largest {
                continue;
            }
            let better = match best {
                None => true,
                Some((bv, bn)) => {
                    value < bv
                        || (value == bv
                            && (rc.neighbours(v).len() > rc.neighbours(bn).len()
                                || (rc.neighbours(v).len() == rc.neighbours(bn).len()
                                    && name(v) < name(bn))))
                }
            };
            if better {
                best = Some((value, v));
            }
        }
        let chosen = match best {
            Some((_, v)) => Some(v),
            None => {
                while next_by_degree < by_degree.len()
                    && removed[by_degree[next_by_degree] as usize]
                {
                    next_by_degree += 1;
                }
                by_degree.get(next_by_degree).copied()
            }
        };
        match chosen {
            Some(v) => {
                removed[v as usize] = true;
                for &x in rc.neighbours(v) {
                    linkers[x as usize] -= 1;
                    if linkers[x as usize] == 0 {
                        alone += 1;
                    }
                }
            }
            None if leaves_left > 0 => leaves_left -= 1,
            None => break,
        }
    }
    states
}

/// The greedy order ranked once (large networks): the cut persons of the
/// largest part by the largest part their departure alone would leave
/// (smallest first; ties: most groups, then name), then the persons in
/// most groups, then persons in one group (`None`); `cap` in all. `view`:
/// the largest part of the whole network (one search, or the cut points'
/// search). Cost: sorting its cut persons.
fn damage_ranked_once(
    net: &Network,
    rc: &RankedCore,
    view: &LargestPart,
    cap: usize,
) -> Vec<Option<u32>> {
    let g = rc.groups as u32;
    let name = |x: u32| net.persons.get(rc.person_of_rank[(x - g) as usize]);
    let mut cut: Vec<(u32, u32)> = view
        .cut_persons
        .iter()
        .map(|&(v, piece)| (piece.max(view.other_largest), v))
        .filter(|&(value, _)| value < view.largest)
        .collect();
    cut.sort_by(|x, y| {
        x.0.cmp(&y.0)
            .then(rc.neighbours(y.1).len().cmp(&rc.neighbours(x.1).len()))
            .then_with(|| name(x.1).cmp(name(y.1)))
    });
    let mut taken = vec![false; rc.node_count()];
    let mut order: Vec<Option<u32>> = Vec::with_capacity(cap);
    for v in cut
        .into_iter()
        .map(|c| c.1)
        .chain(most_groups_first(net, rc, cap * 2))
    {
        if order.len() == cap {
            break;
        }
        if !taken[v as usize] {
            taken[v as usize] = true;
            order.push(Some(v));
        }
    }
    order.resize(cap, None);
    order
}

/// A depth-first search of the network left.
struct Search {
    disc: Vec<u32>,
    low: Vec<u32>,
    /// Groups in the search subtree.
    below: Vec<u32>,
    /// Groups in the largest separated child subtree, and in all of them.
    max_split: Vec<u32>,
    sum_split: Vec<u32>,
    stack: Vec<(u32, u32, u32)>, // (node, parent, next neighbour)
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            disc: vec![0; n],
            low: vec![0; n],
            below: vec![0; n],
            max_split: vec![0; n],
            sum_split: vec![0; n],
            stack: Vec::new(),
        }
    }

    /// Components (groups counted) of the network without the `removed`
    /// persons, then a Hopcroft–Tarjan search of the largest.
    fn run(&mut self, rc: &RankedCore, removed: &[bool]) -> LargestPart {
        let g = rc.groups;
        // Components by union–find over groups.
        let mut parts = Parts::new(g);
        for (v, &gone) in removed.iter().enumerate().skip(g) {
            if !gone {
                parts.add(rc, v as u32);
            }
        }
        let mut size_of_root = vec![0u32; g];
        for x in 0..g as u32 {
            let r = parts.find(x);
            size_of_root[r as usize] += 1;
        }
        let mut largest = 0;
        let mut root_group = 0u32;
        for x in 0..g as u32 {
            let s = size_of_root[x as usize];
            if s > largest {
                largest = s;
                root_group = x;
            }
        }
        let mut other_largest = 0;
        let mut seen_largest = false;
        for &s in &size_of_root {
            if s == largest && !seen_largest {
                seen_largest = true;
            } else {
                other_largest = other_largest.max(s);
            }
        }
        let mut view = LargestPart {
            largest,
            other_largest,
            cut_persons: Vec::new(),
        };
        if largest == 0 {
            return view;
        }
        self.disc.iter_mut().for_each(|d| *d = 0);
        let root = root_group;
        let mut time = 1u32;
        self.disc[root as usize] = time;
        self.low[root as usize] = time;
        self.below[root as usize] = 1;
        self.max_split[root as usize] = 0;
        self.sum_split[root as usize] = 0;
        self.stack.clear();
        self.stack.push((root, u32::MAX, 0));
        while let Some(top) = self.stack.last_mut() {
            let (v, parent) = (top.0, top.1);
            if let Some(&w) = rc.neighbours(v).get(top.2 as usize) {
                top.2 += 1;
                if !rc.is_group(w) && removed[w as usize] {
                    continue;
                }
                if self.disc[w as usize] == 0 {
                    time += 1;
                    self.disc[w as usize] = time;
                    self.low[w as usize] = time;
                    self.below[w as usize] = u32::from(rc.is_group(w));
                    self.max_split[w as usize] = 0;
                    self.sum_split[w as usize] = 0;
                    self.stack.push((w, v, 0));
                } else if w != parent {
                    let l = self.low[v as usize].min(self.disc[w as usize]);
                    self.low[v as usize] = l;
                }
            } else {
                self.stack.pop();
                if let Some(&(u, _, _)) = self.stack.last() {
                    let (u, v) = (u as usize, v as usize);
                    self.low[u] = self.low[u].min(self.low[v]);
                    self.below[u] += self.below[v];
                    if self.low[v] >= self.disc[u] {
                        self.max_split[u] = self.max_split[u].max(self.below[v]);
                        self.sum_split[u] += self.below[v];
                    }
                }
            }
        }
        for (v, &gone) in removed.iter().enumerate().skip(g) {
            if gone || self.disc[v] == 0 {
                continue;
            }
            // A cut point of the search has a separated child (the root
            // is a group, so every person has a parent).
            if self.sum_split[v] > 0 {
                let rest = largest - self.sum_split[v];
                view.cut_persons
                    .push((v as u32, self.max_split[v].max(rest)));
            }
        }
        view
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;

    fn setup(rows: &[(&str, &str)]) -> (Network, RankedCore) {
        let net = Network::build(memberships(rows));
        let mut order: Vec<u32> = (0..net.person_count() as u32)
            .filter(|&p| net.degree_of_person(p) >= 2)
            .collect();
        order.sort_by(|&a, &b| net.persons.get(a).cmp(net.persons.get(b)));
        let rc = RankedCore::new(&net, &order);
        (net, rc)
    }

    // reference_extra.py's example: groups A–B linked by x, B–C by y, D
    // alone (z); 4 groups. Before: largest part {A, B, C} = 3 (0.75), 1
    // isolated (D). Greedy: removing x or y leaves 2 (0.5, not below
    // half); tie on groups (2), x first by name; then y: all isolated,
    // largest 1 (0.25): stop.
    #[test]
    fn a_chain_of_groups_by_hand() {
        let (net, rc) = setup(&[("x", "A"), ("x", "B"), ("y", "B"), ("y", "C"), ("z", "D")]);
        assert_eq!(
            greatest_damage(&net, &rc, 1000, false),
            vec![(3, 1), (2, 2), (1, 4)]
        );
        let (steps, s) = robustness(&net, &rc, None);
        assert_eq!(s.initial_share, 0.75);
        let most: Vec<(u32, f64, f64)> = steps
            .iter()
            .filter(|x| x.strategy == Strategy::MostGroups)
            .map(|x| (x.removed, x.largest_part_groups_share, x.isolated_groups))
            .collect();
        assert_eq!(most, vec![(0, 0.75, 1.0), (1, 0.5, 2.0), (2, 0.25, 4.0)]);
        let o = s.outcome(Strategy::GreatestDamage).unwrap();
        assert_eq!((o.removals_to_half, o.removals), (Some(2), 2));
    }

    // A chain of five groups A–B–C–D–E linked by p1..p4 (pi in the i-th
    // group and the next), and q in B, C and D.
    // 1. Without p1, A is cut off (4 left); without p4, E (4 left); p2,
    //    p3 and q cut nothing (q doubles p2 and p3). p1 and p4 tie on
    //    the part left and on groups (2): p1 by name. (4 of 5, A alone.)
    // 2. p4 cuts E off: (3, A and E alone).
    // 3. Nobody cuts {B, C, D}: the person in most groups goes, q (3).
    //    Still (3, 2).
    // 4. p2 cuts B off, p3 cuts D off (2 left either way): p2 by name.
    //    (2, 3): 2/5 is below half, stop.
    #[test]
    fn the_greedy_order_on_a_chain() {
        let (net, rc) = setup(&[
            ("p1", "A"),
            ("p1", "B"),
            ("p2", "B"),
            ("p2", "C"),
            ("p3", "C"),
            ("p3", "D"),
            ("p4", "D"),
            ("p4", "E"),
            ("q", "B"),
            ("q", "C"),
            ("q", "D"),
        ]);
        assert_eq!(
            greatest_damage(&net, &rc, 1000, false),
            vec![(5, 0), (4, 1), (3, 2), (3, 2), (2, 3)]
        );
        // Ranked once (large networks): p1 and p4 are the only cut
        // persons (4 left each; p1 by name), then by groups q (3), then
        // p1..p4 (2 each) by name: p2, p3 (p1, p4 taken).
        let node = |n: &str| {
            let id = net.persons.find(n).unwrap();
            rc.groups as u32 + rc.person_of_rank.iter().position(|&p| p == id).unwrap() as u32
        };
        let view = Search::new(rc.node_count()).run(&rc, &vec![false; rc.node_count()]);
        let order = damage_ranked_once(&net, &rc, &view, 6);
        let want: Vec<Option<u32>> = ["p1", "p4", "q", "p2", "p3"]
            .iter()
            .map(|n| Some(node(n)))
            .chain([None])
            .collect();
        assert_eq!(order, want);
        // Here the same states as searching again after each removal.
        let base = Parts::new(rc.groups);
        let left_out = vec![true; rc.node_count()];
        let states = fixed_order(&rc, &base, &order, &left_out);
        assert_eq!(&states[..5], &[(5, 0), (4, 1), (3, 2), (3, 2), (2, 3)]);
    }

    /// The largest part as the cut points' search reports it, in ranked
    /// core nodes, sorted.
    fn from_cut_points(net: &Network, rc: &RankedCore) -> LargestPart {
        let core = crate::analyse::linking::Core::new(net);
        let (_, mut part) = crate::analyse::cut_points::blocks_and_largest_part(&core);
        for (v, _) in &mut part.cut_persons {
            let p = core.persons[*v as usize];
            *v = rc.groups as u32 + rc.person_of_rank.iter().position(|&q| q == p).unwrap() as u32;
        }
        part.cut_persons.sort();
        part
    }

    // The cut points' search gives what robustness's own search gives:
    // on the chain above (p1, p4 cut, 4 groups left each), on a star of
    // groups around hub (3 pieces of 1 group; the leaf persons' groups
    // too), on two parts of equal size (nothing can shrink the largest)
    // and on a cycle (no cut person).
    #[test]
    fn the_cut_points_search_gives_the_same_largest_part() {
        let cases: [&[(&str, &str)]; 4] = [
            &[
                ("p1", "A"),
                ("p1", "B"),
                ("p2", "B"),
                ("p2", "C"),
                ("p3", "C"),
                ("p3", "D"),
                ("p4", "D"),
                ("p4", "E"),
                ("q", "B"),
                ("q", "C"),
                ("q", "D"),
                ("z", "F"),
            ],
            &[
                ("hub", "A"),
                ("hub", "B"),
                ("hub", "C"),
                ("a", "A"),
                ("a", "D"),
                ("b", "E"),
                ("b", "F"),
            ],
            &[("x", "A"), ("x", "B"), ("y", "C"), ("y", "D")],
            &[
                ("ann", "A"),
                ("bob", "A"),
                ("bob", "B"),
                ("cat", "B"),
                ("cat", "C"),
                ("ann", "C"),
            ],
        ];
        for rows in cases {
            let (net, rc) = setup(rows);
            let mut searched = Search::new(rc.node_count()).run(&rc, &vec![false; rc.node_count()]);
            if searched.other_largest == searched.largest {
                searched.cut_persons.clear();
            }
            searched.cut_persons.sort();
            assert_eq!(from_cut_points(&net, &rc), searched, "{rows:?}");
        }
        let (net, rc) = setup(cases[1]);
        assert_eq!(from_cut_points(&net, &rc).cut_persons.len(), 2); // hub, a
    }

    #[test]
    fn an_empty_network_has_no_steps() {
        let net = Network::build(Default::default());
        let rc = RankedCore::new(&net, &[]);
        let (steps, s) = robustness(&net, &rc, None);
        assert!(steps.is_empty());
        assert!(s.strategies.is_empty());
    }
}
