//! Analysis support: the linking core of the network, the part that links groups.
//! Network -> every group with only its members in two or more groups.
//!
//! A person in one group (three in four, in real networks) is a leaf of
//! the bipartite graph: never a cut point, in no pair overlap, and in the
//! component of their group. The pair count, the cut points and the
//! components need only the core; walking it instead of the whole network
//! skips most memberships, and its arrays are a quarter of the size, so
//! they stay in cache far more often.

use crate::model::Network;
use rayon::prelude::*;

/// Persons in two or more groups (core persons, numbered `0..len()` in
/// person id order) and their memberships, both ways.
pub struct Core<'a> {
    pub net: &'a Network,
    /// Person id of each core person, increasing.
    pub persons: Vec<u32>,
    /// Groups of core person `i`: `groups[person_start[i]..person_start[i + 1]]`,
    /// sorted.
    person_start: Vec<usize>,
    groups: Vec<u32>,
    /// Core persons of group `g`: `members[group_start[g]..group_start[g + 1]]`,
    /// increasing.
    group_start: Vec<usize>,
    members: Vec<u32>,
    /// Beside each entry of `members`: that person's groups after `g`, for
    /// the pair count (which then reads each group list once, straight
    /// from where it starts, instead of finding `g` in it first).
    tails: Vec<Tail>,
    /// members(g) for every group (all members, not only core ones).
    pub sizes: Vec<u32>,
}

/// A core person's groups after a given group: `groups[from..to]`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tail {
    from: u32,
    to: u32,
    /// The person id (not the core index).
    pub person: u32,
}

impl<'a> Core<'a> {
    /// Cost: O(P + core memberships).
    pub fn new(net: &'a Network) -> Core<'a> {
        let persons: Vec<u32> = (0..net.person_count() as u32)
            .into_par_iter()
            .filter(|&p| net.degree_of_person(p) >= 2)
            .collect();
        let mut person_start = Vec::with_capacity(persons.len() + 1);
        person_start.push(0);
        let mut total = 0;
        for &p in &persons {
            total += net.degree_of_person(p);
            person_start.push(total);
        }
        let groups: Vec<u32> = persons
            .par_iter()
            .flat_map_iter(|&p| net.groups_of(p))
            .collect();
        // Group -> core persons by counting sort: members come out in
        // increasing order.
        let n_groups = net.group_count();
        let mut group_start = vec![0usize; n_groups + 1];
        for &g in &groups {
            group_start[g as usize + 1] += 1;
        }
        for g in 0..n_groups {
            group_start[g + 1] += group_start[g];
        }
        let mut fill = group_start.clone();
        let mut members = vec![0u32; groups.len()];
        let mut tails = vec![Tail::default(); groups.len()];
        for (i, &person) in persons.iter().enumerate() {
            let (from, to) = (person_start[i], person_start[i + 1]);
            for (k, &g) in groups[from..to].iter().enumerate() {
                let at = fill[g as usize];
                members[at] = i as u32;
                tails[at] = Tail {
                    from: (from + k + 1) as u32,
                    to: to as u32,
                    person,
                };
                fill[g as usize] += 1;
            }
        }
        let sizes = (0..n_groups as u32)
            .map(|g| net.members_of(g).len() as u32)
            .collect();
        Core {
            net,
            persons,
            person_start,
            groups,
            group_start,
            members,
            tails,
            sizes,
        }
    }

    /// The person ids of the core persons, increasing; the rest is freed.
    pub fn into_persons(self) -> Vec<u32> {
        self.persons
    }

    /// Number of core persons.
    pub fn len(&self) -> usize {
        self.persons.len()
    }

    /// No person is in two groups.
    pub fn is_empty(&self) -> bool {
        self.persons.is_empty()
    }

    /// Groups of core person `i`, sorted.
    #[inline]
    pub fn groups_of(&self, i: u32) -> &[u32] {
        &self.groups[self.person_start[i as usize]..self.person_start[i as usize + 1]]
    }

    /// Core persons of group `g`, increasing.
    #[inline]
    pub fn members_of(&self, g: u32) -> &[u32] {
        &self.members[self.group_start[g as usize]..self.group_start[g as usize + 1]]
    }

    /// For each core person of group `g`: their groups after `g`.
    #[inline]
    pub fn tails_of(&self, g: u32) -> &[Tail] {
        &self.tails[self.group_start[g as usize]..self.group_start[g as usize + 1]]
    }

    /// The groups of a [`Tail`], sorted.
    #[inline]
    pub fn tail(&self, t: &Tail) -> &[u32] {
        &self.groups[t.from as usize..t.to as usize]
    }

    /// Members of group `g` who are in no other group.
    #[inline]
    pub fn leaves_of(&self, g: u32) -> usize {
        self.net.members_of(g).len() - self.members_of(g).len()
    }
}

/// The linking core again, numbered canonically for the graph searches
/// whose floating-point sums must not depend on the order rows were read
/// in (centralities, robustness): node `g < G` is group `g`, node `G + r`
/// is the person of connector rank `r` (the order of `connectors.csv`),
/// and every list of neighbours is sorted.
pub struct RankedCore {
    /// G.
    pub groups: usize,
    /// Person id of each core person, by rank.
    pub person_of_rank: Vec<u32>,
    start: Vec<usize>,
    adj: Vec<u32>,
    /// Per group: its members in no other group.
    pub leaves: Vec<u32>,
}

impl RankedCore {
    /// From the network and the core persons' ids in connector order.
    /// Cost: O(P + G + core memberships), and a sort of each group's core
    /// members (in parallel). The network is read in person id order,
    /// where its lists lie in memory: read in rank order, its passes
    /// missed the cache on every person.
    pub fn new(net: &Network, order: &[u32]) -> RankedCore {
        let g = net.group_count();
        let n = g + order.len();
        let mut rank = vec![u32::MAX; net.person_count()];
        for (r, &p) in order.iter().enumerate() {
            rank[p as usize] = r as u32;
        }
        let in_core = |p: &u32| rank[*p as usize] != u32::MAX;
        // Groups first: core members per group, and each person's number of
        // groups by rank (where their list will start).
        let mut count = vec![0usize; g + 1];
        let mut degree = vec![0usize; order.len() + 1];
        for p in (0..net.person_count() as u32).filter(in_core) {
            degree[rank[p as usize] as usize + 1] = net.degree_of_person(p);
            for x in net.groups_of(p) {
                count[x as usize + 1] += 1;
            }
        }
        for i in 0..g {
            count[i + 1] += count[i];
        }
        let core_memberships = count[g];
        let mut start = Vec::with_capacity(n + 1);
        start.extend_from_slice(&count[..g]);
        start.push(core_memberships);
        for r in 0..order.len() {
            let at = start[g + r] + degree[r + 1];
            start.push(at);
        }
        drop(degree);
        let mut adj = vec![0u32; 2 * core_memberships];
        let mut fill = count;
        for p in (0..net.person_count() as u32).filter(in_core) {
            let r = rank[p as usize] as usize;
            for (at, x) in (start[g + r]..).zip(net.groups_of(p)) {
                adj[fill[x as usize]] = (g + r) as u32;
                fill[x as usize] += 1;
                adj[at] = x;
            }
        }
        // Each group's core members, by rank.
        let mut lists: Vec<&mut [u32]> = Vec::with_capacity(g);
        let mut rest = &mut adj[..core_memberships];
        for x in 0..g {
            let (list, tail) = rest.split_at_mut(start[x + 1] - start[x]);
            lists.push(list);
            rest = tail;
        }
        lists.par_iter_mut().for_each(|l| l.sort_unstable());
        drop(lists);
        let leaves = (0..g as u32)
            .map(|x| (net.members_of(x).len() - (fill[x as usize] - start[x as usize])) as u32)
            .collect();
        RankedCore {
            groups: g,
            person_of_rank: order.to_vec(),
            start,
            adj,
            leaves,
        }
    }

    /// Groups plus core persons.
    pub fn node_count(&self) -> usize {
        self.start.len() - 1
    }

    /// Core persons.
    pub fn persons(&self) -> usize {
        self.node_count() - self.groups
    }

    /// Neighbours of node `v`, sorted: a group's core members (as nodes
    /// `G + rank`), a person's groups.
    #[inline]
    pub fn neighbours(&self, v: u32) -> &[u32] {
        &self.adj[self.start[v as usize]..self.start[v as usize + 1]]
    }

    /// Node `v` is a group.
    #[inline]
    pub fn is_group(&self, v: u32) -> bool {
        (v as usize) < self.groups
    }

    /// Memberships between core persons and groups.
    pub fn edges(&self) -> usize {
        self.adj.len() / 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;

    // ann in A only; bob in A, B; cat in B, C; dan in C only.
    #[test]
    fn the_core_holds_persons_in_two_groups_or_more() {
        let n = Network::build(memberships(&[
            ("ann", "A"),
            ("bob", "A"),
            ("bob", "B"),
            ("cat", "B"),
            ("cat", "C"),
            ("dan", "C"),
        ]));
        let core = Core::new(&n);
        let bob = n.persons.find("bob").unwrap();
        let cat = n.persons.find("cat").unwrap();
        assert_eq!(core.persons, vec![bob, cat]);
        assert_eq!(core.groups_of(0), &[0, 1]);
        assert_eq!(core.groups_of(1), &[1, 2]);
        assert_eq!(core.members_of(0), &[0]);
        assert_eq!(core.members_of(1), &[0, 1]);
        assert_eq!(core.members_of(2), &[1]);
        assert_eq!(
            (0..3).map(|g| core.leaves_of(g)).collect::<Vec<_>>(),
            [1, 0, 1]
        );
        let tails = |g| {
            core.tails_of(g)
                .iter()
                .map(|t| (t.person, core.tail(t).to_vec()))
                .collect::<Vec<_>>()
        };
        assert_eq!(tails(0), [(bob, vec![1])]);
        assert_eq!(tails(1), [(bob, vec![]), (cat, vec![2])]);
        assert_eq!(tails(2), [(cat, vec![])]);
        assert_eq!(core.sizes, [2, 2, 2]);
    }

    // Same network; connector order: cat, bob (as if cat ranked first).
    // Nodes: A=0, B=1, C=2, cat=3, bob=4.
    #[test]
    fn the_ranked_core_numbers_persons_by_rank() {
        let n = Network::build(memberships(&[
            ("ann", "A"),
            ("bob", "A"),
            ("bob", "B"),
            ("cat", "B"),
            ("cat", "C"),
            ("dan", "C"),
        ]));
        let bob = n.persons.find("bob").unwrap();
        let cat = n.persons.find("cat").unwrap();
        let r = RankedCore::new(&n, &[cat, bob]);
        assert_eq!((r.node_count(), r.persons(), r.edges()), (5, 2, 4));
        assert_eq!(r.neighbours(0), &[4]);
        assert_eq!(r.neighbours(1), &[3, 4]);
        assert_eq!(r.neighbours(2), &[3]);
        assert_eq!(r.neighbours(3), &[1, 2]);
        assert_eq!(r.neighbours(4), &[0, 1]);
        assert_eq!(r.leaves, [1, 0, 1]);
        assert!(r.is_group(2) && !r.is_group(3));
    }
}
