use crate::memberships::{GroupDescription, Memberships, RoleRecord};
use crate::names::NameTable;
use petgraph::csr::Csr;
use petgraph::Undirected;
use rayon::prelude::*;

/// The bipartite network of persons and groups.
///
/// Node ids: person `p` is node `p` (`0 <= p < P`), group `g` is node `P + g`.
/// Groups are numbered in name order, so group ids compare like their names;
/// persons keep the order in which they were first read (nothing that is
/// printed depends on it). Every node has at least one edge; every edge is
/// one distinct membership, stored in both directions, neighbours sorted.
///
/// Two networks are equal when they hold the same memberships (by names),
/// roles and descriptions, whatever the order their persons were read in.
#[derive(Clone, Debug)]
pub struct Network {
    pub persons: NameTable,
    pub groups: NameTable,
    graph: Csr<(), (), Undirected, u32>,
    /// Membership rows given to [`Network::build`].
    pub rows: u64,
    /// Rows that repeated a membership already seen (counted once).
    pub duplicates: u64,
    /// Roles on the groups (group ids renumbered), sorted.
    pub roles: Vec<RoleRecord>,
    /// People named by roles only (see [`crate::memberships::PersonRef`]).
    pub outsiders: NameTable,
    /// Group descriptions (group ids renumbered), at most one per group,
    /// by group.
    pub descriptions: Vec<GroupDescription>,
    /// The group whose purpose is to link facilitators, when given
    /// (`--facilitators-group`; renumbered).
    pub facilitators_group: Option<u32>,
}

impl Network {
    /// Builds the network from loaded memberships: numbers the groups in name
    /// order, drops repeated `(person, group)` pairs, and lays the edges out
    /// as a CSR. Cost: O(M + G log G) time with counting sorts, O(M) memory.
    /// Takes the memberships by value: the person names move into the
    /// network instead of being copied (hundreds of MB at ten million rows).
    pub fn build(m: Memberships) -> Network {
        let n_persons = m.persons.len();
        let n_groups = m.groups.len();

        // Groups in name order: ids then compare like names everywhere.
        let mut order: Vec<u32> = (0..n_groups as u32).collect();
        order.sort_unstable_by(|&a, &b| m.groups.get(a).cmp(m.groups.get(b)));
        let groups = m.groups.reordered(&order);
        let mut new_id = vec![0u32; n_groups];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = new as u32;
        }

        // Person -> groups, by counting sort, then sorted and de-duplicated.
        let mut start = vec![0usize; n_persons + 1];
        for &(p, _) in &m.pairs {
            start[p as usize + 1] += 1;
        }
        for i in 0..n_persons {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut adj = vec![0u32; m.pairs.len()];
        for &(p, g) in &m.pairs {
            adj[fill[p as usize]] = new_id[g as usize];
            fill[p as usize] += 1;
        }
        drop(fill);
        // Each person's groups sorted and de-duplicated in place, in
        // parallel over ranges of persons; `kept[p]` is how many remain.
        let ranges = person_ranges(&start, rayon::current_num_threads() * 8);
        let mut kept = vec![0u32; n_persons];
        {
            let mut rest: &mut [u32] = &mut adj;
            let mut kept_rest: &mut [u32] = &mut kept;
            let mut parts = Vec::with_capacity(ranges.len());
            let mut done = 0usize;
            for &(p0, p1) in &ranges {
                let (a, b) = std::mem::take(&mut rest).split_at_mut(start[p1] - done);
                let (k, kb) = std::mem::take(&mut kept_rest).split_at_mut(p1 - p0);
                parts.push((p0, p1, a, k));
                rest = b;
                kept_rest = kb;
                done = start[p1];
            }
            parts.into_par_iter().for_each(|(p0, p1, slice, kept)| {
                let base = start[p0];
                for p in p0..p1 {
                    let list = &mut slice[start[p] - base..start[p + 1] - base];
                    list.sort_unstable();
                    let mut n = 0;
                    for i in 0..list.len() {
                        if i == 0 || list[i] != list[n - 1] {
                            list[n] = list[i];
                            n += 1;
                        }
                    }
                    kept[p - p0] = n as u32;
                }
            });
        }
        let mut person_start = Vec::with_capacity(n_persons + 1);
        person_start.push(0usize);
        for &k in &kept {
            person_start.push(person_start.last().copied().unwrap_or(0) + k as usize);
        }
        let memberships = person_start[n_persons];
        // Compacted: each person's kept groups moved to their final place
        // (never forward past a place still to be read).
        for p in 0..n_persons {
            let (from, to, len) = (start[p], person_start[p], kept[p] as usize);
            if from != to {
                adj.copy_within(from..from + len, to);
            }
        }
        adj.truncate(memberships);
        drop(start);
        drop(kept);
        let rows = m.pairs.len() as u64;

        // Group -> persons: a counting sort over the person lists gives
        // members in increasing person order.
        let mut gstart = vec![0usize; n_groups + 1];
        for &g in &adj {
            gstart[g as usize + 1] += 1;
        }
        for i in 0..n_groups {
            gstart[i + 1] += gstart[i];
        }
        let mut gfill = gstart.clone();
        let mut members = vec![0u32; memberships];
        for p in 0..n_persons {
            for &g in &adj[person_start[p]..person_start[p + 1]] {
                members[gfill[g as usize]] = p as u32;
                gfill[g as usize] += 1;
            }
        }
        drop(gfill);

        // The edges in both directions, in sorted order, filled in
        // parallel: persons' edges first, then groups'.
        let base = n_persons as u32;
        let mut edges: Vec<(u32, u32)> = vec![(0, 0); 2 * memberships];
        {
            let (by_person, by_group) = edges.split_at_mut(memberships);
            rayon::join(
                || {
                    by_person
                        .par_chunks_mut(1 << 16)
                        .enumerate()
                        .for_each(|(c, chunk)| {
                            let first = c << 16;
                            // The person holding membership `first`.
                            let mut p = person_start.partition_point(|&s| s <= first) - 1;
                            for (k, e) in chunk.iter_mut().enumerate() {
                                while person_start[p + 1] <= first + k {
                                    p += 1;
                                }
                                *e = (p as u32, base + adj[first + k]);
                            }
                        });
                },
                || {
                    by_group
                        .par_chunks_mut(1 << 16)
                        .enumerate()
                        .for_each(|(c, chunk)| {
                            let first = c << 16;
                            let mut g = gstart.partition_point(|&s| s <= first) - 1;
                            for (k, e) in chunk.iter_mut().enumerate() {
                                while gstart[g + 1] <= first + k {
                                    g += 1;
                                }
                                *e = (base + g as u32, members[first + k]);
                            }
                        });
                },
            );
        }
        drop(adj);
        drop(members);
        let graph = Csr::from_sorted_edges(&edges).expect("edges are generated in sorted order");
        let mut roles: Vec<RoleRecord> = m
            .roles
            .into_iter()
            .map(|r| RoleRecord {
                group: new_id[r.group as usize],
                ..r
            })
            .collect();
        roles.sort_unstable();
        let mut descriptions: Vec<GroupDescription> = m
            .descriptions
            .into_iter()
            .map(|d| GroupDescription {
                group: new_id[d.group as usize],
                ..d
            })
            .collect();
        descriptions.sort_by_key(|d| d.group);
        let facilitators_group = m.facilitators_group.map(|g| new_id[g as usize]);

        Network {
            persons: m.persons,
            groups,
            graph,
            rows,
            duplicates: rows - memberships as u64,
            roles,
            outsiders: m.outsiders,
            descriptions,
            facilitators_group,
        }
    }

    /// Every membership as `(person name, group id)`, sorted: the network
    /// as plain data, whatever order its persons were read in.
    fn canonical(&self) -> Vec<(&str, u32)> {
        let mut v: Vec<(&str, u32)> = (0..self.person_count() as u32)
            .flat_map(|p| self.groups_of(p).map(move |g| (self.persons.get(p), g)))
            .collect();
        v.sort_unstable();
        v
    }

    /// Number of distinct persons, P.
    pub fn person_count(&self) -> usize {
        self.persons.len()
    }

    /// Number of distinct groups, G.
    pub fn group_count(&self) -> usize {
        self.groups.len()
    }

    /// Number of distinct memberships, M.
    pub fn membership_count(&self) -> usize {
        self.graph.edge_count() / 2
    }

    /// Total nodes, P + G.
    pub fn node_count(&self) -> usize {
        self.person_count() + self.group_count()
    }

    /// Neighbours of node `n` (groups of a person, or members of a group),
    /// as node ids, sorted.
    #[inline]
    pub fn neighbours(&self, n: u32) -> &[u32] {
        if (n as usize) < self.graph.node_count() {
            self.graph.neighbors_slice(n)
        } else {
            &[]
        }
    }

    /// The node id of group `g`.
    #[inline]
    pub fn group_node(&self, g: u32) -> u32 {
        self.person_count() as u32 + g
    }

    /// Group ids of person `p`, sorted.
    #[inline]
    pub fn groups_of(&self, p: u32) -> impl ExactSizeIterator<Item = u32> + '_ {
        let base = self.person_count() as u32;
        self.neighbours(p).iter().map(move |&n| n - base)
    }

    /// Person ids of group `g`, sorted (person ids are node ids).
    #[inline]
    pub fn members_of(&self, g: u32) -> &[u32] {
        self.neighbours(self.group_node(g))
    }

    /// deg(p): number of groups of person `p`.
    #[inline]
    pub fn degree_of_person(&self, p: u32) -> usize {
        self.neighbours(p).len()
    }

    /// The underlying petgraph CSR (node ids as documented on [`Network`]).
    pub fn graph(&self) -> &Csr<(), (), Undirected, u32> {
        &self.graph
    }
}

/// Ranges of persons `[p0, p1)` holding about equal shares of the rows,
/// covering every person, for parallel work over the person lists.
fn person_ranges(start: &[usize], parts: usize) -> Vec<(usize, usize)> {
    let n = start.len() - 1;
    let total = start[n];
    let mut out = Vec::with_capacity(parts);
    let mut p0 = 0;
    for k in 1..=parts {
        let target = total * k / parts;
        let p1 = if k == parts {
            n
        } else {
            start.partition_point(|&s| s < target).clamp(p0, n)
        };
        if p1 > p0 {
            out.push((p0, p1));
            p0 = p1;
        }
    }
    if p0 < n {
        out.push((p0, n));
    }
    out
}

impl PartialEq for Network {
    fn eq(&self, other: &Network) -> bool {
        let names = |t: &NameTable| t.iter().map(|(_, n)| n.to_string()).collect::<Vec<_>>();
        let roles = |n: &Network| {
            let mut v: Vec<(String, u32, crate::memberships::Role)> = n
                .roles
                .iter()
                .map(|r| {
                    let who = match r.person {
                        crate::memberships::PersonRef::Member(p) => n.persons.get(p),
                        crate::memberships::PersonRef::Outsider(o) => n.outsiders.get(o),
                    };
                    (who.to_string(), r.group, r.role)
                })
                .collect();
            v.sort();
            v
        };
        names(&self.groups) == names(&other.groups)
            && self.canonical() == other.canonical()
            && roles(self) == roles(other)
            && self.descriptions == other.descriptions
            && self.facilitators_group == other.facilitators_group
    }
}

#[cfg(test)]
pub(crate) mod tests {
    // Shared with the analysis tests as `crate::model::network_tests`.
    use super::*;

    /// Builds memberships from `(person, group)` names, in the order given.
    pub(crate) fn memberships(rows: &[(&str, &str)]) -> Memberships {
        let mut m = Memberships::default();
        for &(p, g) in rows {
            let p = m.persons.intern(p);
            let g = m.groups.intern(g);
            m.pairs.push((p, g));
        }
        m
    }

    #[test]
    fn duplicates_are_counted_once_and_groups_sorted_by_name() {
        let m = memberships(&[
            ("ann", "zeta"),
            ("bob", "alpha"),
            ("ann", "zeta"),
            ("ann", "alpha"),
        ]);
        let n = Network::build(m);
        assert_eq!(n.person_count(), 2);
        assert_eq!(n.group_count(), 2);
        assert_eq!(n.membership_count(), 3);
        assert_eq!(n.duplicates, 1);
        assert_eq!(n.rows, 4);
        assert_eq!(n.groups.get(0), "alpha");
        let ann = n.persons.find("ann").unwrap();
        assert_eq!(n.groups_of(ann).collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(n.members_of(0).len(), 2);
        assert_eq!(n.members_of(1), &[ann]);
    }

    #[test]
    fn networks_are_equal_whatever_the_order_persons_were_read_in() {
        let a = Network::build(memberships(&[("ann", "A"), ("bob", "B"), ("ann", "B")]));
        let b = Network::build(memberships(&[
            ("bob", "B"),
            ("ann", "B"),
            ("ann", "A"),
            ("ann", "A"),
        ]));
        assert_eq!(a, b);
        let c = Network::build(memberships(&[("ann", "A"), ("bob", "B")]));
        assert_ne!(a, c);
    }

    #[test]
    fn person_ranges_cover_every_person_once() {
        let start = [0, 3, 3, 10, 11, 20];
        for parts in 1..8 {
            let r = person_ranges(&start, parts);
            assert_eq!(r.first().map(|x| x.0), Some(0));
            assert_eq!(r.last().map(|x| x.1), Some(5));
            assert!(r.windows(2).all(|w| w[0].1 == w[1].0 && w[0].0 < w[0].1));
        }
        assert!(person_ranges(&[0], 4).is_empty());
    }

    #[test]
    fn a_large_network_is_built_the_same_as_by_a_plain_count() {
        // Many persons over several parallel ranges, with repeated rows.
        let rows: Vec<(String, String)> = (0..200_000u32)
            .map(|i| (format!("p{}", i % 30_011), format!("g{}", (i * 7919) % 503)))
            .collect();
        let refs: Vec<(&str, &str)> = rows.iter().map(|(p, g)| (p.as_str(), g.as_str())).collect();
        let n = Network::build(memberships(&refs));
        let mut expected: std::collections::BTreeSet<(&str, &str)> = Default::default();
        expected.extend(refs.iter().copied());
        assert_eq!(n.membership_count(), expected.len());
        for p in 0..n.person_count() as u32 {
            let groups: Vec<u32> = n.groups_of(p).collect();
            assert!(groups.windows(2).all(|w| w[0] < w[1]));
            for g in groups {
                assert!(expected.contains(&(n.persons.get(p), n.groups.get(g))));
                assert!(n.members_of(g).contains(&p));
            }
        }
    }

    #[test]
    fn empty_memberships_give_an_empty_network() {
        let n = Network::build(Memberships::default());
        assert_eq!(n.node_count(), 0);
        assert_eq!(n.membership_count(), 0);
        assert!(n.neighbours(0).is_empty());
    }
}
