//! Analysis: the network over several snapshots. [`Side`]s, one per
//! snapshot, in label order -> [`Trend`]: the headline figures of each
//! snapshot, and each group's members and shared rate in each snapshot
//! it is in. A snapshot's roster is dropped once read, so the memory
//! is that of one snapshot, whatever their number. Pure functions.

use super::compare::{Headline, Side, SideInput};
use super::membership::ratio;
use std::collections::BTreeMap;

/// One snapshot's headline figures (`trend.csv`).
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub label: String,
    pub headline: Headline,
    /// Groups renamed in this snapshot: (old name, name reported).
    pub renamed: Vec<(String, String)>,
    /// What was read.
    pub input: SideInput,
}

/// One group in one snapshot (`trend_groups.csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrendGroup {
    /// Index into [`Trend::group_names`].
    pub group: u32,
    /// Index into [`Trend::points`].
    pub snapshot: u32,
    pub members: u64,
    pub shared_members: u64,
}

impl TrendGroup {
    /// shared_members / members, in [0, 1].
    pub fn shared_rate(&self) -> f64 {
        ratio(self.shared_members, self.members)
    }
}

/// The network over time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trend {
    /// One per snapshot, in label order.
    pub points: Vec<TrendPoint>,
    /// Every group of any snapshot, in name order.
    pub group_names: Vec<String>,
    /// By group (name order), then snapshot.
    pub groups: Vec<TrendGroup>,
    /// What was hidden (`--hide-group-names`, `--min-count`).
    pub privacy: crate::privacy::Privacy,
    /// Renamings given that matched no group of any snapshot, as given.
    pub unused_renames: Vec<(String, String)>,
}

/// Builds a [`Trend`] one snapshot at a time.
#[derive(Default)]
pub struct TrendBuilder {
    points: Vec<TrendPoint>,
    /// Group name -> (snapshot, members, shared members).
    groups: BTreeMap<String, Vec<(u32, u64, u64)>>,
}

impl TrendBuilder {
    pub fn new() -> TrendBuilder {
        TrendBuilder::default()
    }

    /// Takes a snapshot's figures; its roster is dropped. Snapshots are
    /// given in label order. Cost: O(G log G).
    pub fn add(&mut self, side: Side) {
        let snapshot = self.points.len() as u32;
        for (g, row) in side.groups.iter().enumerate() {
            let name = side.roster.groups.get(g as u32);
            let entry = match self.groups.get_mut(name) {
                Some(e) => e,
                None => self.groups.entry(name.to_string()).or_default(),
            };
            entry.push((
                snapshot,
                u64::from(row.members),
                u64::from(row.shared_members),
            ));
        }
        self.points.push(TrendPoint {
            label: side.label,
            headline: side.headline,
            renamed: side.renamed,
            input: side.input,
        });
    }

    pub fn finish(self) -> Trend {
        let mut t = Trend {
            points: self.points,
            ..Trend::default()
        };
        for (g, (name, rows)) in self.groups.into_iter().enumerate() {
            t.group_names.push(name);
            t.groups.extend(
                rows.into_iter()
                    .map(|(snapshot, members, shared)| TrendGroup {
                        group: g as u32,
                        snapshot,
                        members,
                        shared_members: shared,
                    }),
            );
        }
        t
    }
}

impl Trend {
    /// The rows of group `g`, by snapshot.
    pub fn rows_of(&self, g: u32) -> &[TrendGroup] {
        let from = self.groups.partition_point(|r| r.group < g);
        let to = self.groups.partition_point(|r| r.group <= g);
        &self.groups[from..to]
    }

    /// Groups by their largest size over the snapshots, largest first
    /// (then name order): the groups the charts show.
    pub fn largest_groups(&self, max: usize) -> Vec<u32> {
        let mut size = vec![0u64; self.group_names.len()];
        for r in &self.groups {
            size[r.group as usize] = size[r.group as usize].max(r.members);
        }
        let mut ids: Vec<u32> = (0..self.group_names.len() as u32).collect();
        ids.sort_by(|&a, &b| size[b as usize].cmp(&size[a as usize]).then(a.cmp(&b)));
        ids.truncate(max);
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;
    use crate::model::Network;

    fn side(label: &str, rows: &[(&str, &str)]) -> Side {
        Side::new(
            label.into(),
            Network::build(memberships(rows)),
            Default::default(),
            Vec::new(),
        )
    }

    // 1: A = {ann, bob}, B = {ann}: ann in 2 of 2 persons -> rate 1/2;
    //    A shared 1 of 2, B 1 of 1.
    // 2: A = {ann, bob, cat}: no one in 2 groups -> 0; B gone.
    // 3: A = {ann}, C = {ann, bob}: ann in 2 of 2 -> 1/2; A 1/1, C 1/2.
    #[test]
    fn each_snapshot_gives_a_point_and_each_group_its_rows() {
        let mut b = TrendBuilder::new();
        b.add(side("1", &[("ann", "A"), ("bob", "A"), ("ann", "B")]));
        b.add(side("2", &[("ann", "A"), ("bob", "A"), ("cat", "A")]));
        b.add(side("3", &[("ann", "A"), ("ann", "C"), ("bob", "C")]));
        let t = b.finish();
        let rates: Vec<f64> = t
            .points
            .iter()
            .map(|p| p.headline.multi_membership_rate)
            .collect();
        assert_eq!(rates, vec![0.5, 0.0, 0.5]);
        assert_eq!(t.group_names, vec!["A", "B", "C"]);
        let a: Vec<(u32, u64, f64)> = t
            .rows_of(0)
            .iter()
            .map(|r| (r.snapshot, r.members, r.shared_rate()))
            .collect();
        assert_eq!(a, vec![(0, 2, 0.5), (1, 3, 0.0), (2, 1, 1.0)]);
        assert_eq!(t.rows_of(1).len(), 1);
        assert_eq!(t.rows_of(2)[0].snapshot, 2);
        assert_eq!(t.rows_of(2)[0].shared_rate(), 0.5);
        // A has 3 at most, C 2, B 1.
        assert_eq!(t.largest_groups(2), vec![0, 2]);
    }
}
