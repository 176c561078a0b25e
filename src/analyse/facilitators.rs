//! Analysis: the facilitators' network. Network with roles -> who
//! facilitates which groups, whether each facilitator is linked to the
//! facilitators of other groups, which groups have only facilitators who
//! are alone, and the parts of the network of facilitators linked when
//! they share a group.
//!
//! A facilitator of group g is a person with a role that runs g (owner,
//! manager, moderator, facilitator: [`crate::memberships::Role`]), from
//! the exports, a group-descriptions file or a roles file; they count for
//! g even when they are not among its members. Sharing a group means being
//! members of it (the member lists): a facilitator named by roles only,
//! with no membership, shares no group with anyone.

use crate::analyse::categories::Categories;
use crate::identity::fold_header;
use crate::memberships::PersonRef;
use crate::model::Network;
use rayon::prelude::*;
use serde::Serialize;

/// Categories (folded) whose group is, by default, the facilitators'
/// group.
pub const FACILITATORS_CATEGORIES: &[&str] = &[
    "facilitators",
    "facilitator",
    "facilitation",
    "animation",
    "animateurs",
    "animatrices",
];

/// One facilitator (`facilitators.csv`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FacilitatorRow {
    /// As identified (an address, an id, or a name).
    pub person: String,
    /// Their person id, when they are a member of some group.
    #[serde(skip)]
    pub member: Option<u32>,
    /// The groups they facilitate, by id, in name order.
    pub groups: Vec<u32>,
    /// They are a member of the facilitators' group; `None` when there is
    /// no facilitators' group.
    pub in_facilitators_group: Option<bool>,
    /// linked_facilitators(f): the other facilitators f′ who share a group
    /// with f and facilitate a group that f does not.
    pub linked_facilitators: u64,
    /// Their part of the facilitators' network (1 = the largest).
    pub part: u32,
    /// Facilitators of exactly these groups (this one included). Under
    /// `--min-count K`, a list held by fewer than K is withheld: counting
    /// the rows naming a group would give back its withheld count of
    /// facilitators.
    pub same_facilitated_groups: u64,
}

impl FacilitatorRow {
    /// No other facilitator links them to another group: linked = 0.
    pub fn alone(&self) -> bool {
        self.linked_facilitators == 0
    }
}

/// Parts of the facilitators' network of one size.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct PartSize {
    /// Facilitators in each of these parts.
    pub facilitators: u64,
    /// Number of parts of that size.
    pub parts: u64,
}

/// The facilitators' figures of `summary.json`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FacilitatorsSummary {
    /// Persons facilitating at least one group.
    pub facilitators: u64,
    /// Facilitators who are linked (linked_facilitators ≥ 1).
    pub linked: u64,
    /// linked / facilitators; `null` with no facilitator.
    pub linked_rate: Option<f64>,
    /// Groups that have facilitators, none of them linked, in name order.
    pub groups_with_alone_facilitators: Vec<String>,
    /// Connected parts of the network of facilitators linked when they
    /// share a group (a facilitator sharing none is a part alone).
    pub facilitators_network_parts: u64,
    /// How many parts have each size, largest first.
    pub facilitators_network_part_sizes: Vec<PartSize>,
    /// The facilitators' group, if any.
    pub facilitators_group: Option<String>,
    /// Facilitators who are members of it; `null` without one.
    pub in_facilitators_group: Option<u64>,
}

/// What [`facilitators`] finds. Empty when no role is known.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facilitators {
    /// Some role was read (roles of members count: a Google Groups export
    /// of members only says that no one runs the group).
    pub known: bool,
    /// Every facilitator, in name order.
    pub rows: Vec<FacilitatorRow>,
    /// Per group id: its facilitators (empty vector when not known).
    pub of_group: Vec<u64>,
    /// Per group id: its facilitators who are linked.
    pub linked_of_group: Vec<u64>,
    /// The facilitators' group used.
    pub group: Option<u32>,
}

impl Facilitators {
    /// Per member person id, the groups they facilitate, as `(person id,
    /// groups)` sorted by person id (for lookups while writing connectors).
    pub fn by_member(&self) -> Vec<(u32, u32)> {
        let mut v: Vec<(u32, u32)> = self
            .rows
            .iter()
            .filter_map(|r| Some((r.member?, r.groups.len() as u32)))
            .collect();
        v.sort_unstable();
        v
    }

    /// The figures of `summary.json`; `None` when no role is known.
    pub fn summary(&self, net: &Network) -> Option<FacilitatorsSummary> {
        if !self.known {
            return None;
        }
        let n = self.rows.len() as u64;
        let linked = self.rows.iter().filter(|r| !r.alone()).count() as u64;
        let mut sizes = vec![0u64; self.rows.iter().map(|r| r.part as usize).max().unwrap_or(0)];
        for r in &self.rows {
            sizes[r.part as usize - 1] += 1;
        }
        let mut part_sizes: Vec<PartSize> = Vec::new();
        for &s in &sizes {
            match part_sizes.last_mut() {
                Some(last) if last.facilitators == s => last.parts += 1,
                _ => part_sizes.push(PartSize {
                    facilitators: s,
                    parts: 1,
                }),
            }
        }
        Some(FacilitatorsSummary {
            facilitators: n,
            linked,
            linked_rate: (n > 0).then(|| linked as f64 / n as f64),
            groups_with_alone_facilitators: (0..net.group_count())
                .filter(|&g| self.of_group[g] > 0 && self.linked_of_group[g] == 0)
                .map(|g| net.groups.get(g as u32).to_string())
                .collect(),
            facilitators_network_parts: sizes.len() as u64,
            facilitators_network_part_sizes: part_sizes,
            facilitators_group: self.group.map(|g| net.groups.get(g).to_string()),
            in_facilitators_group: self.group.map(|_| {
                self.rows
                    .iter()
                    .filter(|r| r.in_facilitators_group == Some(true))
                    .count() as u64
            }),
        })
    }
}

/// The group whose purpose is to link facilitators: the one given
/// (`--facilitators-group`), else the one group whose category is
/// `facilitators` or `animation` (case and accents ignored), if exactly
/// one group has such a category.
pub fn facilitators_group(net: &Network, cats: &Categories) -> Option<u32> {
    if net.facilitators_group.is_some() {
        return net.facilitators_group;
    }
    let facilitation: Vec<bool> = cats
        .list
        .iter()
        .map(|c| FACILITATORS_CATEGORIES.contains(&fold_header(&c.category).as_str()))
        .collect();
    let mut found = cats
        .of_group
        .iter()
        .enumerate()
        .filter(|&(_, &c)| facilitation[c as usize])
        .map(|(g, _)| g as u32);
    match (found.next(), found.next()) {
        (Some(g), None) => Some(g),
        _ => None,
    }
}

/// Lists in compressed rows: `items[start[i]..start[i + 1]]` is row `i`.
struct Rows {
    start: Vec<usize>,
    items: Vec<u32>,
}

impl Rows {
    /// Rows `0..n` from `(row, item)` pairs, items in the pairs' order.
    fn from_pairs(n: usize, pairs: &[(u32, u32)]) -> Rows {
        let mut start = vec![0usize; n + 1];
        for &(r, _) in pairs {
            start[r as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut items = vec![0u32; pairs.len()];
        for &(r, x) in pairs {
            items[fill[r as usize]] = x;
            fill[r as usize] += 1;
        }
        Rows { start, items }
    }

    #[inline]
    fn get(&self, i: u32) -> &[u32] {
        &self.items[self.start[i as usize]..self.start[i as usize + 1]]
    }
}

/// The first 16 bytes of `name` as a big-endian integer (zero-padded):
/// names whose prefixes differ compare as their prefixes do.
fn name_prefix(name: &str) -> u128 {
    let mut b = [0u8; 16];
    let n = name.len().min(16);
    b[..n].copy_from_slice(&name.as_bytes()[..n]);
    u128::from_be_bytes(b)
}

/// `a ⊆ b`, both sorted.
fn subset(a: &[u32], b: &[u32]) -> bool {
    let mut j = 0;
    for &x in a {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if j == b.len() || b[j] != x {
            return false;
        }
        j += 1;
    }
    true
}

/// Computes the facilitators' figures, with `group` as the facilitators'
/// group (see [`facilitators_group`]).
///
/// - facilitates(f): the groups f has a running role in;
/// - f is linked when another facilitator f′ shares a group with f (both
///   members of it; any group, the facilitators' group included) and
///   facilitates a group f does not; linked_facilitators(f) counts such
///   f′; alone: linked_facilitators(f) = 0;
/// - per group: its facilitators, how many are linked; facilitators_alone
///   = facilitators > 0 and none linked;
/// - the facilitators' network: facilitators, linked when they share a
///   group; its connected parts, 1 = the largest (then the one whose
///   first facilitator comes first by name).
///
/// Cost: O(Σ_g F_g² + R log R) time at worst, where F_g is the number of
/// facilitators among g's members and R the number of roles; groups with
/// many facilitators ([`heavy_from`]) cost F / 64 words per facilitator
/// in them instead of F_g; O(F · T + G + Σ_g F_g) memory for F
/// facilitators and T threads (a mark per facilitator, per thread), and
/// F / 8 bytes per group with many facilitators.
pub fn facilitators(net: &Network, group: Option<u32>) -> Facilitators {
    facilitators_with(net, group, heavy_from)
}

/// [`facilitators`], with the groups of at least `heavy(F)` facilitators
/// held as bit sets (F facilitators in all).
fn facilitators_with(
    net: &Network,
    group: Option<u32>,
    heavy: impl Fn(usize) -> usize,
) -> Facilitators {
    if net.roles.is_empty() {
        return Facilitators::default();
    }
    let n_groups = net.group_count();
    // (who, group), distinct; roles are sorted by person then group.
    let mut running: Vec<(PersonRef, u32)> = net
        .roles
        .iter()
        .filter(|r| r.role.runs_group())
        .map(|r| (r.person, r.group))
        .collect();
    running.dedup();
    let name = |p: PersonRef| match p {
        PersonRef::Member(p) => net.persons.get(p),
        PersonRef::Outsider(o) => net.outsiders.get(o),
    };
    // Facilitators as the roles list them (by person ref), then in name
    // order. Names lie scattered in the name tables: they are compared
    // by their first 16 bytes as integers, and in full only on ties.
    let mut refs: Vec<PersonRef> = running.iter().map(|&(p, _)| p).collect();
    refs.dedup();
    let mut by_name: Vec<(u128, u32)> = refs
        .iter()
        .enumerate()
        .map(|(k, &p)| (name_prefix(name(p)), k as u32))
        .collect();
    by_name.par_sort_unstable_by(|x, y| {
        x.0.cmp(&y.0)
            .then_with(|| name(refs[x.1 as usize]).cmp(name(refs[y.1 as usize])))
    });
    let who: Vec<PersonRef> = by_name.iter().map(|&(_, k)| refs[k as usize]).collect();
    let mut rank = vec![0u32; refs.len()];
    for (i, &(_, k)) in by_name.iter().enumerate() {
        rank[k as usize] = i as u32;
    }
    drop((by_name, refs));
    let n = who.len();
    // Groups per facilitator (sorted: roles come sorted by group within a
    // person), and facilitators per group (in facilitator order: rows
    // keep the pairs' order).
    let mut by_fac: Vec<(u32, u32)> = Vec::with_capacity(running.len());
    let mut k = 0;
    for (x, &(p, g)) in running.iter().enumerate() {
        if x > 0 && running[x - 1].0 != p {
            k += 1;
        }
        by_fac.push((rank[k], g));
    }
    drop(rank);
    by_fac.sort_unstable();
    let facilitates = Rows::from_pairs(n, &by_fac);
    let by_group: Vec<(u32, u32)> = by_fac.iter().map(|&(i, g)| (g, i)).collect();
    let facilitated = Rows::from_pairs(n_groups, &by_group);
    drop((by_fac, by_group));
    // Facilitators among each group's members, in facilitator order.
    let mut member_of: Vec<(u32, u32)> = Vec::new();
    for (i, p) in who.iter().enumerate() {
        if let PersonRef::Member(p) = *p {
            member_of.extend(net.groups_of(p).map(|g| (g, i as u32)));
        }
    }
    let members = Rows::from_pairs(n_groups, &member_of);
    drop(member_of);

    let linked = linked_counts(net, &who, &facilitates, &facilitated, &members, heavy(n));

    // Parts: union-find over each group's facilitator members.
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn root(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            parent[x as usize] = parent[parent[x as usize] as usize];
            x = parent[x as usize];
        }
        x
    }
    for g in 0..n_groups as u32 {
        let m = members.get(g);
        if let Some(&first) = m.first() {
            for &j in &m[1..] {
                let (a, b) = (root(&mut parent, first), root(&mut parent, j));
                if a != b {
                    parent[a.max(b) as usize] = a.min(b);
                }
            }
        }
    }
    let roots: Vec<u32> = (0..n as u32).map(|i| root(&mut parent, i)).collect();
    let mut size = vec![0u64; n];
    for &r in &roots {
        size[r as usize] += 1;
    }
    // Parts numbered by size (largest first), then by their first
    // facilitator in name order (a root is its part's smallest index).
    let mut order: Vec<u32> = (0..n as u32).filter(|&i| roots[i as usize] == i).collect();
    order.sort_by_key(|&r| (std::cmp::Reverse(size[r as usize]), r));
    let mut part_of_root = vec![0u32; n];
    for (k, &r) in order.iter().enumerate() {
        part_of_root[r as usize] = k as u32 + 1;
    }

    let of_group: Vec<u64> = (0..n_groups as u32)
        .map(|g| facilitated.get(g).len() as u64)
        .collect();
    let linked_of_group: Vec<u64> = (0..n_groups as u32)
        .map(|g| {
            facilitated
                .get(g)
                .iter()
                .filter(|&&i| linked[i as usize] > 0)
                .count() as u64
        })
        .collect();
    let mut rows: Vec<FacilitatorRow> = who
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let member = match p {
                PersonRef::Member(p) => Some(p),
                PersonRef::Outsider(_) => None,
            };
            FacilitatorRow {
                person: name(p).to_string(),
                member,
                groups: facilitates.get(i as u32).to_vec(),
                in_facilitators_group: group
                    .map(|fg| member.is_some_and(|p| net.groups_of(p).any(|g| g == fg))),
                linked_facilitators: linked[i],
                part: part_of_root[roots[i] as usize],
                same_facilitated_groups: 0,
            }
        })
        .collect();
    let mut lists: std::collections::HashMap<&[u32], u64> = std::collections::HashMap::new();
    for r in &rows {
        *lists.entry(&r.groups).or_default() += 1;
    }
    let same: Vec<u64> = rows.iter().map(|r| lists[r.groups.as_slice()]).collect();
    drop(lists);
    for (r, n) in rows.iter_mut().zip(same) {
        r.same_facilitated_groups = n;
    }
    Facilitators {
        known: true,
        rows,
        of_group,
        linked_of_group,
        group,
    }
}

/// Groups with at least this many facilitators among their members,
/// out of `n` facilitators, are held as bit sets: going through a group's
/// list costs a step per facilitator in it, where a bit set costs one
/// step per 64 facilitators of the whole network, and each facilitator
/// of several large groups went through all of them (measured in
/// BENCHMARKS.md, "the evening speed round").
fn heavy_from(n: usize) -> usize {
    (n / 256).max(512)
}

/// linked_facilitators of each facilitator (by index of `who`), with the
/// groups of at least `heavy` facilitators as bit sets. In parallel over
/// ranges of facilitators, each with its own marks (`mark[j] == i`: j
/// already counted for i).
///
/// N(i), the facilitators sharing a group with i, is the union of the
/// facilitators of i's groups: those of its large groups as the union of
/// their bit sets, the others gone through one by one and counted when
/// not in that union.
fn linked_counts(
    net: &Network,
    who: &[PersonRef],
    facilitates: &Rows,
    facilitated: &Rows,
    members: &Rows,
    heavy: usize,
) -> Vec<u64> {
    let n = who.len();
    let words = n.div_ceil(64);
    // Bit sets of the large groups, and each group's place among them.
    let mut heavy_of = vec![u32::MAX; net.group_count()];
    let mut bits: Vec<u64> = Vec::new();
    for g in 0..net.group_count() as u32 {
        let m = members.get(g);
        if m.len() >= heavy {
            heavy_of[g as usize] = (bits.len() / words) as u32;
            let at = bits.len();
            bits.resize(at + words, 0);
            for &j in m {
                bits[at + j as usize / 64] |= 1 << (j % 64);
            }
        }
    }
    let set = |h: u32| &bits[h as usize * words..(h as usize + 1) * words];
    // Facilitators in each large group (a count of its bits, known).
    let heavy_size: Vec<u64> = (0..net.group_count() as u32)
        .map(|g| members.get(g).len())
        .filter(|&f| f >= heavy)
        .map(|f| f as u64)
        .collect();
    // The large groups of person p, by their place among the bit sets.
    let large_of = |p: u32, out: &mut Vec<u32>| {
        out.clear();
        out.extend(
            net.groups_of(p)
                .map(|g| heavy_of[g as usize])
                .filter(|&h| h != u32::MAX),
        );
    };
    // The size of each union of several large groups, counted once per
    // distinct union (a count of bits of the whole network's size):
    // facilitators in several large groups share few distinct sets of
    // them.
    let mut unions: Vec<Vec<u32>> = who
        .par_iter()
        .filter_map(|&p| match p {
            PersonRef::Member(p) => {
                let mut large = Vec::new();
                large_of(p, &mut large);
                Some(large).filter(|l| l.len() >= 2)
            }
            PersonRef::Outsider(_) => None,
        })
        .collect();
    unions.par_sort_unstable();
    unions.dedup();
    let union_size: rustc_hash::FxHashMap<Vec<u32>, u64> = unions
        .into_par_iter()
        .map(|large| {
            let mut union = set(large[0]).to_vec();
            for &h in &large[1..] {
                for (u, &b) in union.iter_mut().zip(set(h)) {
                    *u |= b;
                }
            }
            let size = members_count(&union);
            (large, size)
        })
        .collect();
    let chunk = (n / (rayon::current_num_threads() * 4)).max(1024);
    (0..n)
        .step_by(chunk)
        .collect::<Vec<_>>()
        .into_par_iter()
        .flat_map_iter(|from| {
            let mut mark = vec![u32::MAX; n];
            let mut candidates: Vec<u32> = Vec::new();
            let mut union: Vec<u64> = Vec::new();
            let mut large: Vec<u32> = Vec::new();
            let (heavy_of, set, heavy_size, union_size, large_of) =
                (&heavy_of, &set, &heavy_size, &union_size, &large_of);
            (from..(from + chunk).min(n))
                .map(move |i| {
                    let i = i as u32;
                    let PersonRef::Member(p) = who[i as usize] else {
                        return 0;
                    };
                    large_of(p, &mut large);
                    // The union of i's large groups (i among them).
                    let (in_large, in_large_count): (&[u64], u64) = match large[..] {
                        [] => (&[], 0),
                        [h] => (set(h), heavy_size[h as usize]),
                        _ => {
                            union.clear();
                            union.extend_from_slice(set(large[0]));
                            for &h in &large[1..] {
                                for (u, &b) in union.iter_mut().zip(set(h)) {
                                    *u |= b;
                                }
                            }
                            (&union, union_size[&large])
                        }
                    };
                    let is_in_large = |j: u32| {
                        in_large
                            .get(j as usize / 64)
                            .is_some_and(|w| w >> (j % 64) & 1 == 1)
                    };
                    let mut count = in_large_count.saturating_sub(1);
                    for g in net.groups_of(p) {
                        if heavy_of[g as usize] != u32::MAX {
                            continue;
                        }
                        for &j in members.get(g) {
                            if j != i && mark[j as usize] != i && !is_in_large(j) {
                                mark[j as usize] = i;
                                count += 1;
                            }
                        }
                    }
                    // Those who facilitate nothing beyond i's groups do
                    // not link i: each facilitates one of i's groups.
                    let own = facilitates.get(i);
                    candidates.clear();
                    for &h in own {
                        candidates.extend(
                            facilitated
                                .get(h)
                                .iter()
                                .filter(|&&j| j != i && (mark[j as usize] == i || is_in_large(j))),
                        );
                    }
                    candidates.sort_unstable();
                    candidates.dedup();
                    for &j in candidates.iter() {
                        if subset(facilitates.get(j), own) {
                            count -= 1;
                        }
                    }
                    count
                })
                .collect::<Vec<u64>>()
        })
        .collect()
}

/// Facilitators in a bit set.
fn members_count(bits: &[u64]) -> u64 {
    bits.iter().map(|w| u64::from(w.count_ones())).sum()
}

/// The pairs of `shown` facilitators (indices of `rows`) who share at
/// least one group, as positions in `shown` with the number of groups
/// they share: the edges of the facilitators' network among them. Cost:
/// O(|shown|² · k) for k groups per facilitator.
pub fn shared_groups(
    net: &Network,
    rows: &[FacilitatorRow],
    shown: &[usize],
) -> Vec<(usize, usize, u32)> {
    let groups: Vec<Vec<u32>> = shown
        .iter()
        .map(|&i| {
            rows[i]
                .member
                .map_or_else(Vec::new, |p| net.groups_of(p).collect())
        })
        .collect();
    let mut out = Vec::new();
    for a in 0..shown.len() {
        for b in a + 1..shown.len() {
            let (x, y) = (&groups[a], &groups[b]);
            let (mut i, mut j, mut k) = (0, 0, 0u32);
            while i < x.len() && j < y.len() {
                match x[i].cmp(&y[j]) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        k += 1;
                        i += 1;
                        j += 1;
                    }
                }
            }
            if k > 0 {
                out.push((a, b, k));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memberships::{Memberships, Role, RoleRecord};
    use crate::model::network_tests::memberships;

    /// A network of `rows` with facilitator roles `(person, group)`; a
    /// person of no row is an outsider.
    pub(crate) fn with_roles(rows: &[(&str, &str)], roles: &[(&str, &str)]) -> Network {
        let mut m: Memberships = memberships(rows);
        for &(p, g) in roles {
            let person = match m.persons.find(p) {
                Some(p) => PersonRef::Member(p),
                None => PersonRef::Outsider(m.outsiders.intern(p)),
            };
            m.roles.push(RoleRecord {
                person,
                group: m.groups.find(g).expect("a group of the rows"),
                role: Role::Owner,
            });
        }
        Network::build(m)
    }

    // The reference script's hand-worked example (roles and cells merged):
    // a: G1 G2; b: G1; c: G2 G3; d: G3; e: G4; f: G4 G5.
    // Facilitators: G1 {a, b, d (not a member of G1)}, G2 {c}, G3 {d},
    // G4 {e}. facilitates: a {G1}, b {G1}, c {G2}, d {G1, G3}, e {G4}.
    // a shares G1 with b (facilitates only G1: no), G2 with c (G2: yes):
    //   linked by c -> 1.
    // b shares G1 with a (only G1): alone -> 0.
    // c shares G2 with a (G1: yes), G3 with d (G1, G3: yes) -> 2.
    // d (member of G3 only) shares G3 with c (G2: yes) -> 1.
    // e shares G4 with f, who facilitates nothing -> alone, 0.
    // Groups: G1 3 facilitators, 2 linked (a, d); G2 1, 1; G3 1, 1;
    // G4 1, 0: alone; G5 none.
    // Network: a-b (G1), a-c (G2), c-d (G3): one part of 4; e alone.
    fn hand_worked() -> Network {
        with_roles(
            &[
                ("a", "G1"),
                ("a", "G2"),
                ("b", "G1"),
                ("c", "G2"),
                ("c", "G3"),
                ("d", "G3"),
                ("e", "G4"),
                ("f", "G4"),
                ("f", "G5"),
            ],
            &[
                ("a", "G1"),
                ("b", "G1"),
                ("d", "G1"),
                ("c", "G2"),
                ("d", "G3"),
                ("e", "G4"),
            ],
        )
    }

    #[test]
    fn linked_facilitators_are_the_hand_worked_ones() {
        let net = hand_worked();
        let f = facilitators(&net, None);
        let rows: Vec<(&str, usize, u64, bool, u32)> = f
            .rows
            .iter()
            .map(|r| {
                (
                    r.person.as_str(),
                    r.groups.len(),
                    r.linked_facilitators,
                    r.alone(),
                    r.part,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("a", 1, 1, false, 1),
                ("b", 1, 0, true, 1),
                ("c", 1, 2, false, 1),
                ("d", 2, 1, false, 1),
                ("e", 1, 0, true, 2),
            ]
        );
        assert_eq!(f.of_group, [3, 1, 1, 1, 0]);
        assert_eq!(f.linked_of_group, [2, 1, 1, 0, 0]);
        let s = f.summary(&net).unwrap();
        assert_eq!((s.facilitators, s.linked, s.linked_rate), (5, 3, Some(0.6)));
        assert_eq!(s.groups_with_alone_facilitators, ["G4"]);
        assert_eq!(s.facilitators_network_parts, 2);
        assert_eq!(
            s.facilitators_network_part_sizes,
            [
                PartSize {
                    facilitators: 4,
                    parts: 1
                },
                PartSize {
                    facilitators: 1,
                    parts: 1
                }
            ]
        );
        assert_eq!(
            (s.facilitators_group, s.in_facilitators_group),
            (None, None)
        );
        assert!(f.rows.iter().all(|r| r.in_facilitators_group.is_none()));
        let by_member = f.by_member();
        let d = net.persons.find("d").unwrap();
        assert_eq!(by_member.len(), 5);
        assert!(by_member.contains(&(d, 2)));
    }

    #[test]
    fn a_facilitators_group_links_its_members() {
        // x runs A, y runs B; they share only H, the facilitators' group.
        let net = with_roles(
            &[("x", "A"), ("y", "B"), ("x", "H"), ("y", "H"), ("z", "C")],
            &[("x", "A"), ("y", "B"), ("z", "C")],
        );
        let h = net.groups.find("H");
        let f = facilitators(&net, h);
        let linked: Vec<(u64, Option<bool>)> = f
            .rows
            .iter()
            .map(|r| (r.linked_facilitators, r.in_facilitators_group))
            .collect();
        assert_eq!(linked, [(1, Some(true)), (1, Some(true)), (0, Some(false))]);
        let s = f.summary(&net).unwrap();
        assert_eq!(s.in_facilitators_group, Some(2));
        assert_eq!(s.facilitators_group.as_deref(), Some("H"));
        assert_eq!(s.groups_with_alone_facilitators, ["C"]);
    }

    #[test]
    fn an_outsider_facilitates_but_shares_no_group() {
        let net = with_roles(&[("x", "A"), ("y", "A")], &[("x", "A"), ("out", "A")]);
        let f = facilitators(&net, None);
        let rows: Vec<(&str, Option<u32>, u64, u32)> = f
            .rows
            .iter()
            .map(|r| (r.person.as_str(), r.member, r.linked_facilitators, r.part))
            .collect();
        // Both facilitate only A: neither links the other; two parts.
        assert_eq!(rows[0].0, "out");
        assert_eq!((rows[0].1, rows[0].2), (None, 0));
        assert_eq!((rows[1].0, rows[1].2), ("x", 0));
        assert_eq!(f.summary(&net).unwrap().facilitators_network_parts, 2);
        assert_eq!(f.of_group, [2]);
    }

    #[test]
    fn without_roles_nothing_is_known() {
        let net = Network::build(memberships(&[("a", "G1")]));
        let f = facilitators(&net, None);
        assert!(!f.known);
        assert!(f.summary(&net).is_none());
    }

    #[test]
    fn shared_groups_are_the_edges_among_the_facilitators_shown() {
        let net = hand_worked();
        let f = facilitators(&net, None);
        // a, b, c, d, e: a-b (G1), a-c (G2), c-d (G3).
        let e = shared_groups(&net, &f.rows, &[0, 1, 2, 3, 4]);
        assert_eq!(e, [(0, 1, 1), (0, 2, 1), (2, 3, 1)]);
        assert_eq!(shared_groups(&net, &f.rows, &[3, 2]), [(0, 1, 1)]);
    }

    #[test]
    fn a_large_group_is_counted_once_beside_small_ones() {
        // BIG: x, y and f0..f29 (each f_k runs F_k, alone in it); x runs
        // BIG; SMALL: x, y, z, run by y and z. BIG has 32 facilitators
        // among its members, SMALL 3: x and y skip BIG (3 · 8 < 32).
        // x: the 31 others of BIG, and z: 32 (each runs a group x does
        // not). y: 32 less z, who runs only SMALL: 31. z: x and y, less y:
        // 1. f_k: the 31 others of BIG.
        let fs: Vec<String> = (0..30).map(|k| format!("f{k:02}")).collect();
        let gs: Vec<String> = (0..30).map(|k| format!("F{k:02}")).collect();
        let mut rows: Vec<(&str, &str)> = vec![
            ("x", "BIG"),
            ("y", "BIG"),
            ("x", "SMALL"),
            ("y", "SMALL"),
            ("z", "SMALL"),
        ];
        let mut roles: Vec<(&str, &str)> = vec![("x", "BIG"), ("y", "SMALL"), ("z", "SMALL")];
        for (f, g) in fs.iter().zip(&gs) {
            rows.extend([(f.as_str(), "BIG"), (f.as_str(), g.as_str())]);
            roles.push((f.as_str(), g.as_str()));
        }
        let f = facilitators(&with_roles(&rows, &roles), None);
        let linked: Vec<(&str, u64)> = f
            .rows
            .iter()
            .map(|r| (r.person.as_str(), r.linked_facilitators))
            .collect();
        assert_eq!(linked.len(), 33);
        for (who, n) in linked {
            let expected = match who {
                "x" => 32,
                "y" => 31,
                "z" => 1,
                _ => 31,
            };
            assert_eq!(n, expected, "{who}");
        }
    }

    // linked_facilitators by brute force on sets, for each facilitator in
    // name order: the other facilitators sharing a group with them (both
    // members) who facilitate a group they do not.
    fn linked_by_brute_force(rows: &[(String, String)], roles: &[(String, String)]) -> Vec<u64> {
        use std::collections::{BTreeMap, BTreeSet};
        let mut groups: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (p, g) in rows {
            groups.entry(p).or_default().insert(g);
        }
        let mut runs: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (p, g) in roles {
            runs.entry(p).or_default().insert(g);
        }
        let none = BTreeSet::new();
        runs.keys()
            .map(|&f| {
                let mine = groups.get(f).unwrap_or(&none);
                runs.iter()
                    .filter(|&(&o, theirs)| {
                        o != f
                            && !groups.get(o).unwrap_or(&none).is_disjoint(mine)
                            && !theirs.is_subset(&runs[f])
                    })
                    .count() as u64
            })
            .collect()
    }

    proptest::proptest! {
        // Groups held as bit sets (every group, or those of two
        // facilitators or more) or gone through one by one: the same
        // counts as sets give.
        #[test]
        fn large_groups_as_bit_sets_count_as_sets_do(
            rows in proptest::collection::vec((0u8..12, 0u8..5), 1..40),
            roles in proptest::collection::vec((0u8..14, 0u8..5), 1..12),
        ) {
            let name = |p: u8| format!("p{p:02}");
            let rows: Vec<(String, String)> =
                rows.iter().map(|&(p, g)| (name(p), format!("G{g}"))).collect();
            // Roles name groups of the rows only; persons 12 and 13 are
            // outsiders.
            let known: std::collections::BTreeSet<&String> = rows.iter().map(|r| &r.1).collect();
            let roles: Vec<(String, String)> = roles
                .iter()
                .map(|&(p, g)| (name(p), format!("G{g}")))
                .filter(|r| known.contains(&r.1))
                .collect();
            proptest::prop_assume!(!roles.is_empty());
            fn as_str(v: &[(String, String)]) -> Vec<(&str, &str)> {
                v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
            }
            let net = with_roles(&as_str(&rows), &as_str(&roles));
            let expected = linked_by_brute_force(&rows, &roles);
            for heavy in [1, 2, usize::MAX] {
                let f = facilitators_with(&net, None, |_| heavy);
                let got: Vec<u64> = f.rows.iter().map(|r| r.linked_facilitators).collect();
                proptest::prop_assert_eq!(&got, &expected, "heavy from {}", heavy);
            }
        }
    }

    #[test]
    fn large_groups_are_those_of_a_256th_of_the_facilitators_or_512() {
        assert_eq!(heavy_from(0), 512);
        assert_eq!(heavy_from(512 * 256), 512);
        assert_eq!(heavy_from(282_606), 1103);
    }

    #[test]
    fn subsets_of_sorted_lists() {
        assert!(subset(&[], &[1]));
        assert!(subset(&[1, 3], &[1, 2, 3]));
        assert!(!subset(&[1, 4], &[1, 2, 3]));
        assert!(!subset(&[0], &[1]));
        assert!(!subset(&[2], &[]));
    }
}
