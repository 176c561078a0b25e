//! Analysis: what changed between two snapshots of the network. Each
//! snapshot's [`Network`] becomes a [`Side`] (the figures `report`
//! computes, by the same functions, and a [`Roster`]: who is in which
//! group, without the graph); two sides become a [`Comparison`]:
//! the headline figures before, after and their change, persons who
//! joined, left or changed groups, each group's members and shared rate
//! on both sides, each pair of groups that shares someone on either side,
//! and the links lost. A person, or a group, is the same on both sides
//! when its name (after the identity rules and renamings) is the same.
//! Each stage keeps only what the next needs: a side drops its graph once
//! its figures are taken, and the comparison keeps the names it shows,
//! not both sides' rosters. Pure functions, no I/O.

use super::linking::Core;
use super::membership::{self, ratio, DegreeCount, SizeSummary};
use super::{components, cut_points, overlap};
use crate::memberships::{FileDiagnostics, InputReport, NotRead};
use crate::model::Network;
use crate::names::NameTable;
use rayon::prelude::*;
use serde::Serialize;

/// No id on this side.
pub const NONE: u32 = u32::MAX;

/// The headline figures of one snapshot, as `report` gives them in
/// `summary.json` (lists of groups as counts).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Headline {
    pub persons: u64,
    pub groups: u64,
    pub memberships: u64,
    pub persons_in_2plus_groups: u64,
    /// persons_in_2plus_groups / persons, in [0, 1]; 0 with no person.
    pub multi_membership_rate: f64,
    pub mean_groups_per_person: f64,
    /// Pairs of groups sharing at least one member.
    pub overlapping_pairs: u64,
    /// Groups sharing no member with any other group.
    pub isolated_groups: u64,
    /// Groups linked to others, through one member only.
    pub groups_hanging_on_one_person: u64,
    /// Connected parts (components) of the network.
    pub parts: u64,
    pub cut_point_persons: u64,
    pub cut_point_groups: u64,
    pub group_sizes: SizeSummary,
    pub degree_distribution: Vec<DegreeCount>,
}

/// What was read for one snapshot.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SideInput {
    pub rows_read: u64,
    /// Rows that repeated a membership (counted once).
    pub duplicates: u64,
    pub rows_skipped: u64,
    pub gmail_addresses_folded: u64,
    pub files: Vec<FileDiagnostics>,
    pub not_read: Vec<NotRead>,
}

/// One group of one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SideGroup {
    pub members: u32,
    /// Members in at least one other group.
    pub shared_members: u32,
    /// Other groups sharing at least one member with it.
    pub overlapping_groups: u32,
}

/// Two groups of one side sharing members, `a < b` (side ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SidePair {
    pub a: u32,
    pub b: u32,
    pub shared: u32,
}

/// Who is in which group in one snapshot: the names and each person's
/// groups, all a comparison needs of a network once its figures are
/// taken (the graph, both ways, is twice the memberships and more).
#[derive(Clone, Debug, Default)]
pub struct Roster {
    pub persons: NameTable,
    /// In name order (ids as in the network).
    pub groups: NameTable,
    /// Groups of person `p`: `person_groups[start[p]..start[p + 1]]`,
    /// sorted.
    start: Vec<usize>,
    person_groups: Vec<u32>,
}

impl Roster {
    /// Takes the names out of `net` and copies each person's groups.
    /// O(P + M).
    fn of(net: &mut Network) -> Roster {
        let mut start = Vec::with_capacity(net.person_count() + 1);
        let mut person_groups = Vec::with_capacity(net.membership_count());
        start.push(0);
        for p in 0..net.person_count() as u32 {
            person_groups.extend(net.groups_of(p));
            start.push(person_groups.len());
        }
        Roster {
            persons: std::mem::take(&mut net.persons),
            groups: std::mem::take(&mut net.groups),
            start,
            person_groups,
        }
    }

    pub fn person_count(&self) -> usize {
        self.persons.len()
    }

    pub fn group_count(&self) -> usize {
        self.groups.len()
    }

    pub fn membership_count(&self) -> usize {
        self.person_groups.len()
    }

    /// Group ids of person `p`, sorted.
    pub fn groups_of(&self, p: u32) -> &[u32] {
        &self.person_groups[self.start[p as usize]..self.start[p as usize + 1]]
    }

    pub fn degree_of_person(&self, p: u32) -> usize {
        self.groups_of(p).len()
    }

    /// The members of each group `g` with `wanted[g]`, in increasing
    /// person order (the others get none). O(P + M).
    fn members_of_groups(&self, wanted: &[bool]) -> Vec<Vec<u32>> {
        let mut members = vec![Vec::new(); self.group_count()];
        for p in 0..self.person_count() as u32 {
            for &g in self.groups_of(p) {
                if wanted[g as usize] {
                    members[g as usize].push(p);
                }
            }
        }
        members
    }
}

/// One snapshot: its label, who is in which group, and its figures.
#[derive(Clone, Debug)]
pub struct Side {
    pub label: String,
    pub roster: Roster,
    pub headline: Headline,
    /// Per group id.
    pub groups: Vec<SideGroup>,
    /// Every pair of groups sharing a member, by (a, b).
    pub pairs: Vec<SidePair>,
    pub input: SideInput,
    /// Groups renamed in this snapshot: (old name, name reported).
    pub renamed: Vec<(String, String)>,
}

impl Side {
    /// Computes a snapshot's figures with the functions `report` uses (so
    /// each equals `report`'s), then keeps the network's [`Roster`] only.
    /// Cost: that of `analyse::all` without the connectors and
    /// intersections: O(P + M + Σ_p deg(p)²).
    pub fn new(
        label: String,
        mut network: Network,
        input: InputReport,
        renamed: Vec<(String, String)>,
    ) -> Side {
        let (headline, groups, pairs, duplicates) = Side::figures(&network);
        let roster = Roster::of(&mut network);
        drop(network);
        let files = input.files;
        let input = SideInput {
            rows_read: files.iter().map(|f| f.rows).sum(),
            duplicates,
            rows_skipped: files.iter().map(|f| f.skipped).sum(),
            gmail_addresses_folded: input.address_folds.len() as u64,
            files,
            not_read: input.not_read,
        };
        Side {
            label,
            roster,
            headline,
            groups,
            pairs,
            input,
            renamed,
        }
    }

    /// The headline figures, the groups' and the pairs' (the search
    /// structures are dropped on return, before the pairs are kept), and
    /// the duplicate rows.
    fn figures(net: &Network) -> (Headline, Vec<SideGroup>, Vec<SidePair>, u64) {
        let core = Core::new(net);
        let ((pairs, mm), (comps, blocks)) = rayon::join(
            || {
                (
                    overlap::count_shared(&core),
                    membership::multi_membership(net),
                )
            },
            || {
                rayon::join(
                    || components::components(&core),
                    || cut_points::blocks_per_node(&core),
                )
            },
        );
        let n_groups = net.group_count();
        let overlapping = overlap::overlapping_groups(n_groups, &pairs);
        let groups: Vec<SideGroup> = (0..n_groups)
            .map(|g| SideGroup {
                members: net.members_of(g as u32).len() as u32,
                shared_members: mm.shared_members[g] as u32,
                overlapping_groups: overlapping[g] as u32,
            })
            .collect();
        let headline = Headline {
            persons: net.person_count() as u64,
            groups: n_groups as u64,
            memberships: net.membership_count() as u64,
            persons_in_2plus_groups: mm.persons_in_2plus_groups,
            multi_membership_rate: mm.multi_membership_rate,
            mean_groups_per_person: mm.mean_groups_per_person,
            overlapping_pairs: pairs.len() as u64,
            isolated_groups: groups.iter().filter(|g| g.overlapping_groups == 0).count() as u64,
            groups_hanging_on_one_person: groups
                .iter()
                .filter(|g| g.shared_members == 1 && g.overlapping_groups > 0)
                .count() as u64,
            parts: comps.list.len() as u64,
            cut_point_persons: blocks.persons.iter().filter(|&&b| b >= 2).count() as u64,
            cut_point_groups: (0..n_groups as u32)
                .filter(|&g| blocks.group_is_cut_point(g))
                .count() as u64,
            group_sizes: membership::group_sizes(net),
            degree_distribution: mm.degree_distribution,
        };
        // The searches' structures go before the pairs are copied small:
        // the copy and the full pair list are the peak of this step.
        drop((comps, blocks, overlapping, core));
        let pairs: Vec<SidePair> = pairs
            .into_iter()
            .map(|p| SidePair {
                a: p.a,
                b: p.b,
                shared: p.shared,
            })
            .collect();
        debug_assert!(pairs
            .windows(2)
            .all(|w| (w[0].a, w[0].b) < (w[1].a, w[1].b)));
        (headline, groups, pairs, net.duplicates)
    }
}

/// A group's place in the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupStatus {
    /// On both sides.
    Kept,
    /// Only after.
    New,
    /// Only before.
    Closed,
}

impl GroupStatus {
    /// The word written in `groups.csv`.
    pub fn word(self) -> &'static str {
        match self {
            GroupStatus::Kept => "kept",
            GroupStatus::New => "new",
            GroupStatus::Closed => "closed",
        }
    }
}

/// One group of either side (`groups.csv`).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupChange {
    /// Its id on each side, or [`NONE`].
    pub before: u32,
    pub after: u32,
    pub status: GroupStatus,
    pub members_before: u64,
    pub members_after: u64,
    /// Members after who were not members before (new to the network or
    /// not).
    pub joined: u64,
    /// Members before who are no longer members.
    pub left: u64,
    /// Members on both sides.
    pub stayed: u64,
    pub shared_members_before: u64,
    pub shared_members_after: u64,
    pub overlapping_groups_before: u64,
    pub overlapping_groups_after: u64,
}

impl GroupChange {
    /// shared_members / members before; `None` for a group that did not
    /// exist.
    pub fn shared_rate_before(&self) -> Option<f64> {
        (self.before != NONE).then(|| ratio(self.shared_members_before, self.members_before))
    }
    pub fn shared_rate_after(&self) -> Option<f64> {
        (self.after != NONE).then(|| ratio(self.shared_members_after, self.members_after))
    }
    /// The group shared nobody with another group; `None` when it did not
    /// exist.
    pub fn isolated_before(&self) -> Option<bool> {
        (self.before != NONE).then_some(self.overlapping_groups_before == 0)
    }
    pub fn isolated_after(&self) -> Option<bool> {
        (self.after != NONE).then_some(self.overlapping_groups_after == 0)
    }
}

/// How the members shared by a pair of groups changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PairStatus {
    /// Shared nobody before, someone after.
    Gained,
    /// Shared someone before, nobody after.
    Lost,
    Up,
    Down,
    Same,
}

impl PairStatus {
    /// The word written in `pairs.csv`.
    pub fn word(self) -> &'static str {
        match self {
            PairStatus::Gained => "gained",
            PairStatus::Lost => "lost",
            PairStatus::Up => "up",
            PairStatus::Down => "down",
            PairStatus::Same => "same",
        }
    }

    /// The status of a pair sharing `before` then `after` members (not
    /// both 0).
    pub fn of(before: u32, after: u32) -> PairStatus {
        match (before, after) {
            (0, _) => PairStatus::Gained,
            (_, 0) => PairStatus::Lost,
            (b, a) if a > b => PairStatus::Up,
            (b, a) if a < b => PairStatus::Down,
            _ => PairStatus::Same,
        }
    }
}

/// A pair of groups sharing someone on either side (`pairs.csv`); `a < b`
/// are indices into [`Comparison::groups`] (name order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PairChange {
    pub a: u32,
    pub b: u32,
    pub shared_before: u32,
    pub shared_after: u32,
}

impl PairChange {
    pub fn status(&self) -> PairStatus {
        PairStatus::of(self.shared_before, self.shared_after)
    }
}

/// A pair of groups, on both sides, that shared members before and shares
/// nobody after (`lost_links.csv`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LostLink {
    /// Indices into [`Comparison::groups`].
    pub a: u32,
    pub b: u32,
    /// The persons who were in both groups before, by name.
    pub persons: Vec<String>,
    /// Those of them who are in the later export still (in other groups).
    pub still_in_network: Vec<String>,
}

/// A person whose groups changed (`persons.csv`), joiners and leavers
/// included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonChange {
    /// Person id after, or [`NONE`] for a person who left.
    pub after: u32,
    /// Person id before, or [`NONE`] for a person who joined.
    pub before: u32,
    pub groups_before: u32,
    pub groups_after: u32,
    /// Index into [`Comparison::person_names`]: the person's name.
    name: u32,
    /// Range of [`Comparison::person_groups`]: the groups joined, then
    /// the groups left (indices into [`Comparison::groups`]).
    from: u32,
    mid: u32,
    to: u32,
}

/// How many persons joined, left, stayed, and changed role.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct PersonCounts {
    /// In the later export only.
    pub joined: u64,
    /// In the earlier export only.
    pub left: u64,
    /// In both.
    pub stayed: u64,
    /// Stayed, with other groups.
    pub groups_changed: u64,
    /// Stayed; one group before, two or more after.
    pub new_connectors: u64,
    /// Joined the network already in two groups or more.
    pub joined_in_2plus_groups: u64,
    /// In two groups or more before, and gone or back to one group:
    /// connectors_lost_left + connectors_lost_back_to_one.
    pub connectors_lost: u64,
    pub connectors_lost_left: u64,
    pub connectors_lost_back_to_one: u64,
}

/// Memberships (a person in a group) on one side only, or on both.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct MembershipCounts {
    pub new: u64,
    pub ended: u64,
    pub kept: u64,
}

/// Groups on one side only, or on both.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct GroupCounts {
    pub kept: u64,
    pub new: u64,
    pub closed: u64,
    pub new_groups: Vec<String>,
    pub closed_groups: Vec<String>,
    /// Kept groups sharing nobody after, and somebody before.
    pub became_isolated: Vec<String>,
    /// Kept groups sharing somebody after, and nobody before.
    pub no_longer_isolated: Vec<String>,
}

/// Pairs of groups by how their shared members changed.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct PairCounts {
    pub gained: u64,
    pub lost: u64,
    pub up: u64,
    pub down: u64,
    pub same: u64,
    /// Lost pairs of two groups present on both sides (`lost_links.csv`).
    pub links_lost: u64,
    /// Gained pairs of two groups present on both sides.
    pub links_gained: u64,
}

/// The change of each headline figure, after − before.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct HeadlineChange {
    pub persons: i64,
    pub groups: i64,
    pub memberships: i64,
    pub persons_in_2plus_groups: i64,
    /// In percentage points: (rate after − rate before) × 100.
    pub multi_membership_rate_points: f64,
    pub isolated_groups: i64,
    pub groups_hanging_on_one_person: i64,
    pub parts: i64,
    pub cut_point_persons: i64,
    pub cut_point_groups: i64,
    pub overlapping_pairs: i64,
}

impl HeadlineChange {
    pub fn between(b: &Headline, a: &Headline) -> HeadlineChange {
        let d = |x: u64, y: u64| y as i64 - x as i64;
        HeadlineChange {
            persons: d(b.persons, a.persons),
            groups: d(b.groups, a.groups),
            memberships: d(b.memberships, a.memberships),
            persons_in_2plus_groups: d(b.persons_in_2plus_groups, a.persons_in_2plus_groups),
            multi_membership_rate_points: (a.multi_membership_rate - b.multi_membership_rate)
                * 100.0,
            isolated_groups: d(b.isolated_groups, a.isolated_groups),
            groups_hanging_on_one_person: d(
                b.groups_hanging_on_one_person,
                a.groups_hanging_on_one_person,
            ),
            parts: d(b.parts, a.parts),
            cut_point_persons: d(b.cut_point_persons, a.cut_point_persons),
            cut_point_groups: d(b.cut_point_groups, a.cut_point_groups),
            overlapping_pairs: d(b.overlapping_pairs, a.overlapping_pairs),
        }
    }
}

/// One side in `summary.json`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SideSummary {
    pub label: String,
    #[serde(flatten)]
    pub headline: Headline,
}

/// A renaming applied (`summary.json`).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Renamed {
    pub from: String,
    pub to: String,
    /// Applied to the earlier export, the later, or both.
    pub before: bool,
    pub after: bool,
}

/// The figures of `summary.json`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CompareSummary {
    pub before: SideSummary,
    pub after: SideSummary,
    pub change: HeadlineChange,
    pub persons: PersonCounts,
    pub memberships: MembershipCounts,
    pub groups: GroupCounts,
    pub pairs: PairCounts,
    pub renamed: Vec<Renamed>,
    pub input_before: SideInput,
    pub input_after: SideInput,
    /// Whether persons are written as pseudonyms (`--pseudonymise`).
    pub privacy: crate::privacy::Privacy,
}

/// Everything the comparison's outputs show.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub summary: CompareSummary,
    /// Every group of either side, in name order.
    pub groups: Vec<GroupChange>,
    /// Every pair of groups sharing someone on either side, in name order
    /// of (group a, group b).
    pub pairs: Vec<PairChange>,
    /// Pairs of kept groups that no longer share anyone, in name order.
    pub lost_links: Vec<LostLink>,
    /// Persons whose groups changed, joiners and leavers included, in
    /// name order.
    pub persons: Vec<PersonChange>,
    /// The groups joined and left of `persons`.
    person_groups: Vec<u32>,
    /// The names of `persons`, in their order: the only person names
    /// kept (both rosters are dropped once compared).
    person_names: NameTable,
    /// Each side's group names (ids as in [`GroupChange::before`] and
    /// [`GroupChange::after`]).
    before_groups: NameTable,
    after_groups: NameTable,
    /// The renamings applied to each side: (old name, name reported).
    pub renamed_before: Vec<(String, String)>,
    pub renamed_after: Vec<(String, String)>,
    /// Renamings given that matched no group of either side, as given.
    pub unused_renames: Vec<(String, String)>,
}

impl Comparison {
    /// The name of group `g` (an index into `groups`).
    pub fn group_name(&self, g: u32) -> &str {
        self.group_name_of(&self.groups[g as usize])
    }

    /// The name of a group of `groups`.
    pub fn group_name_of(&self, c: &GroupChange) -> &str {
        if c.before != NONE {
            self.before_groups.get(c.before)
        } else {
            self.after_groups.get(c.after)
        }
    }

    /// A person's name.
    pub fn person_name(&self, p: &PersonChange) -> &str {
        self.person_names.get(p.name)
    }

    /// Every person's name written by the comparison: those whose groups
    /// changed, and the links of the lost links.
    pub fn written_persons(&self) -> impl Iterator<Item = &str> {
        self.person_names.iter().map(|(_, n)| n).chain(
            self.lost_links
                .iter()
                .flat_map(|l| l.persons.iter().chain(&l.still_in_network))
                .map(String::as_str),
        )
    }

    /// Renames every person (`--pseudonymise`): the figures do not
    /// change; lists in name order are put in the new names' order.
    pub fn rename_persons(&mut self, rename: impl Fn(&str) -> String + Sync) {
        let names: Vec<String> = self.person_names.iter().map(|(_, n)| rename(n)).collect();
        self.person_names = NameTable::from_distinct(names);
        let table = &self.person_names;
        self.persons
            .sort_by(|x, y| table.get(x.name).cmp(table.get(y.name)));
        for l in &mut self.lost_links {
            for list in [&mut l.persons, &mut l.still_in_network] {
                for q in list.iter_mut() {
                    *q = rename(q);
                }
                list.sort_unstable();
            }
        }
    }

    /// The groups a person joined (indices into `groups`, name order).
    pub fn joined_groups(&self, p: &PersonChange) -> &[u32] {
        &self.person_groups[p.from as usize..p.mid as usize]
    }

    /// The groups a person left.
    pub fn left_groups(&self, p: &PersonChange) -> &[u32] {
        &self.person_groups[p.mid as usize..p.to as usize]
    }

    /// |A ∩ B| / |A ∪ B| of a pair before; `None` when neither group
    /// existed (the union is empty).
    pub fn jaccard_before(&self, p: &PairChange) -> Option<f64> {
        let size = |g: u32| self.groups[g as usize].members_before;
        jaccard(p.shared_before, size(p.a) + size(p.b))
    }

    pub fn jaccard_after(&self, p: &PairChange) -> Option<f64> {
        let size = |g: u32| self.groups[g as usize].members_after;
        jaccard(p.shared_after, size(p.a) + size(p.b))
    }
}

/// shared / (size_sum − shared), `None` for an empty union.
fn jaccard(shared: u32, size_sum: u64) -> Option<f64> {
    let union = size_sum - u64::from(shared);
    (union > 0).then(|| f64::from(shared) / union as f64)
}

/// Compares two snapshots. Groups are matched by name (both sides' ids
/// follow names, so a merge gives the union in name order), persons by
/// name (a hash lookup each). Cost: O(P + M + pairs) time beyond the
/// lookups; memory O(P + G + pairs) besides the two sides, whose rosters
/// are dropped on return (the names of the persons listed are kept).
pub fn compare(mut before: Side, mut after: Side) -> Comparison {
    let (bn, an) = (&before.roster, &after.roster);
    // Groups of either side in name order.
    let mut groups: Vec<GroupChange> = Vec::with_capacity(bn.group_count().max(an.group_count()));
    let mut union_of_before = vec![NONE; bn.group_count()];
    let mut union_of_after = vec![NONE; an.group_count()];
    let (mut i, mut j) = (0u32, 0u32);
    while (i as usize) < bn.group_count() || (j as usize) < an.group_count() {
        let order = match (
            (i as usize) < bn.group_count(),
            (j as usize) < an.group_count(),
        ) {
            (true, true) => bn.groups.get(i).cmp(an.groups.get(j)),
            (true, false) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        let u = groups.len() as u32;
        let (b, a) = match order {
            std::cmp::Ordering::Less => (i, NONE),
            std::cmp::Ordering::Greater => (NONE, j),
            std::cmp::Ordering::Equal => (i, j),
        };
        if b != NONE {
            union_of_before[b as usize] = u;
            i += 1;
        }
        if a != NONE {
            union_of_after[a as usize] = u;
            j += 1;
        }
        let side = |s: &Side, g: u32| {
            if g == NONE {
                SideGroup::default()
            } else {
                s.groups[g as usize]
            }
        };
        let (gb, ga) = (side(&before, b), side(&after, a));
        groups.push(GroupChange {
            before: b,
            after: a,
            status: match (b != NONE, a != NONE) {
                (true, true) => GroupStatus::Kept,
                (false, true) => GroupStatus::New,
                _ => GroupStatus::Closed,
            },
            members_before: u64::from(gb.members),
            members_after: u64::from(ga.members),
            joined: 0,
            left: 0,
            stayed: 0,
            shared_members_before: u64::from(gb.shared_members),
            shared_members_after: u64::from(ga.shared_members),
            overlapping_groups_before: u64::from(gb.overlapping_groups),
            overlapping_groups_after: u64::from(ga.overlapping_groups),
        });
    }

    // Persons: the before id of every person after.
    let before_of: Vec<u32> = (0..an.person_count() as u32)
        .into_par_iter()
        .map(|p| bn.persons.find(an.persons.get(p)).unwrap_or(NONE))
        .collect();
    let mut stays = vec![false; bn.person_count()];
    for &q in &before_of {
        if q != NONE {
            stays[q as usize] = true;
        }
    }

    // Every person's groups on both sides, merged in union ids.
    let mut stayed = vec![0u64; groups.len()];
    let mut persons: Vec<PersonChange> = Vec::new();
    let mut person_groups: Vec<u32> = Vec::new();
    let mut pc = PersonCounts::default();
    let mut joined_list: Vec<u32> = Vec::new();
    let mut left_list: Vec<u32> = Vec::new();
    for p in 0..an.person_count() as u32 {
        let q = before_of[p as usize];
        let after_groups = an.groups_of(p).iter().map(|&g| union_of_after[g as usize]);
        let deg_a = an.degree_of_person(p) as u32;
        joined_list.clear();
        left_list.clear();
        let deg_b = if q == NONE {
            pc.joined += 1;
            if deg_a >= 2 {
                pc.joined_in_2plus_groups += 1;
            }
            joined_list.extend(after_groups);
            0
        } else {
            pc.stayed += 1;
            let mut bs = bn
                .groups_of(q)
                .iter()
                .map(|&g| union_of_before[g as usize])
                .peekable();
            let mut as_ = after_groups.peekable();
            loop {
                match (bs.peek().copied(), as_.peek().copied()) {
                    (Some(x), Some(y)) if x == y => {
                        stayed[x as usize] += 1;
                        bs.next();
                        as_.next();
                    }
                    (Some(x), Some(y)) if x < y => {
                        left_list.push(x);
                        bs.next();
                    }
                    (Some(x), None) => {
                        left_list.push(x);
                        bs.next();
                    }
                    (_, Some(y)) => {
                        joined_list.push(y);
                        as_.next();
                    }
                    (None, None) => break,
                }
            }
            let deg_b = bn.degree_of_person(q) as u32;
            if !joined_list.is_empty() || !left_list.is_empty() {
                pc.groups_changed += 1;
            }
            if deg_b == 1 && deg_a >= 2 {
                pc.new_connectors += 1;
            }
            if deg_b >= 2 && deg_a == 1 {
                pc.connectors_lost_back_to_one += 1;
            }
            deg_b
        };
        if !joined_list.is_empty() || !left_list.is_empty() {
            let from = person_groups.len() as u32;
            person_groups.extend_from_slice(&joined_list);
            let mid = person_groups.len() as u32;
            person_groups.extend_from_slice(&left_list);
            persons.push(PersonChange {
                name: 0,
                after: p,
                before: q,
                groups_before: deg_b,
                groups_after: deg_a,
                from,
                mid,
                to: person_groups.len() as u32,
            });
        }
    }
    for q in 0..bn.person_count() as u32 {
        if stays[q as usize] {
            continue;
        }
        pc.left += 1;
        let deg_b = bn.degree_of_person(q) as u32;
        if deg_b >= 2 {
            pc.connectors_lost_left += 1;
        }
        let from = person_groups.len() as u32;
        person_groups.extend(bn.groups_of(q).iter().map(|&g| union_of_before[g as usize]));
        persons.push(PersonChange {
            name: 0,
            after: NONE,
            before: q,
            groups_before: deg_b,
            groups_after: 0,
            from,
            mid: from,
            to: person_groups.len() as u32,
        });
    }
    pc.connectors_lost = pc.connectors_lost_left + pc.connectors_lost_back_to_one;
    let name = |c: &PersonChange| {
        if c.after != NONE {
            an.persons.get(c.after)
        } else {
            bn.persons.get(c.before)
        }
    };
    persons.par_sort_unstable_by(|x, y| name(x).cmp(name(y)));
    // The names shown, once, in row order: the rosters can then go.
    let mut person_names = NameTable::new();
    for p in persons.iter_mut() {
        p.name = person_names.intern(name(p));
    }

    let mut mc = MembershipCounts::default();
    for (u, g) in groups.iter_mut().enumerate() {
        g.stayed = stayed[u];
        g.joined = g.members_after - g.stayed;
        g.left = g.members_before - g.stayed;
        mc.kept += g.stayed;
    }
    mc.new = an.membership_count() as u64 - mc.kept;
    mc.ended = bn.membership_count() as u64 - mc.kept;

    // Pairs: both sides' lists in union ids stay sorted (the maps follow
    // names), and are merged.
    let pairs = merge_pairs(
        &before.pairs,
        &after.pairs,
        &union_of_before,
        &union_of_after,
    );
    // Each side's pairs are in the merged list now.
    drop((
        std::mem::take(&mut before.pairs),
        std::mem::take(&mut after.pairs),
    ));
    let mut pcounts = PairCounts::default();
    let kept = |g: u32| groups[g as usize].status == GroupStatus::Kept;
    let mut lost = Vec::new();
    for p in &pairs {
        match p.status() {
            PairStatus::Gained => {
                pcounts.gained += 1;
                if kept(p.a) && kept(p.b) {
                    pcounts.links_gained += 1;
                }
            }
            PairStatus::Lost => {
                pcounts.lost += 1;
                if kept(p.a) && kept(p.b) {
                    lost.push(*p);
                }
            }
            PairStatus::Up => pcounts.up += 1,
            PairStatus::Down => pcounts.down += 1,
            PairStatus::Same => pcounts.same += 1,
        }
    }
    pcounts.links_lost = lost.len() as u64;
    // The members before of the groups that lost a link only (the roster
    // holds each person's groups, not each group's members).
    let mut wanted = vec![false; bn.group_count()];
    for p in &lost {
        wanted[groups[p.a as usize].before as usize] = true;
        wanted[groups[p.b as usize].before as usize] = true;
    }
    let members_before = bn.members_of_groups(&wanted);
    drop(wanted);
    let lost_links: Vec<LostLink> = lost
        .par_iter()
        .map(|p| {
            let (ga, gb) = (&groups[p.a as usize], &groups[p.b as usize]);
            let both = intersect(
                &members_before[ga.before as usize],
                &members_before[gb.before as usize],
            );
            let mut persons: Vec<String> = both
                .iter()
                .map(|&q| bn.persons.get(q).to_string())
                .collect();
            let mut still: Vec<String> = both
                .iter()
                .filter(|&&q| stays[q as usize])
                .map(|&q| bn.persons.get(q).to_string())
                .collect();
            persons.sort_unstable();
            still.sort_unstable();
            LostLink {
                a: p.a,
                b: p.b,
                persons,
                still_in_network: still,
            }
        })
        .collect();

    let gname = |g: &GroupChange| {
        if g.before != NONE {
            bn.groups.get(g.before).to_string()
        } else {
            an.groups.get(g.after).to_string()
        }
    };
    let mut gc = GroupCounts::default();
    for g in &groups {
        match g.status {
            GroupStatus::Kept => {
                gc.kept += 1;
                match (g.isolated_before(), g.isolated_after()) {
                    (Some(false), Some(true)) => gc.became_isolated.push(gname(g)),
                    (Some(true), Some(false)) => gc.no_longer_isolated.push(gname(g)),
                    _ => {}
                }
            }
            GroupStatus::New => {
                gc.new += 1;
                gc.new_groups.push(gname(g));
            }
            GroupStatus::Closed => {
                gc.closed += 1;
                gc.closed_groups.push(gname(g));
            }
        }
    }
    let mut renamed: Vec<Renamed> = Vec::new();
    for (side, list) in [(0, &before.renamed), (1, &after.renamed)] {
        for (from, to) in list {
            match renamed.iter_mut().find(|r| r.from == *from && r.to == *to) {
                Some(r) => r.after = true,
                None => renamed.push(Renamed {
                    from: from.clone(),
                    to: to.clone(),
                    before: side == 0,
                    after: side == 1,
                }),
            }
        }
    }
    renamed.sort_by(|x, y| (&x.from, &x.to).cmp(&(&y.from, &y.to)));

    let change = HeadlineChange::between(&before.headline, &after.headline);
    let (before_groups, after_groups) = (
        std::mem::take(&mut before.roster.groups),
        std::mem::take(&mut after.roster.groups),
    );
    let summary = CompareSummary {
        before: SideSummary {
            label: before.label,
            headline: before.headline,
        },
        after: SideSummary {
            label: after.label,
            headline: after.headline,
        },
        change,
        persons: pc,
        memberships: mc,
        groups: gc,
        pairs: pcounts,
        renamed,
        input_before: before.input,
        input_after: after.input,
        privacy: Default::default(),
    };
    Comparison {
        summary,
        groups,
        pairs,
        lost_links,
        persons,
        person_groups,
        person_names,
        before_groups,
        after_groups,
        renamed_before: before.renamed,
        renamed_after: after.renamed,
        unused_renames: Vec::new(),
    }
}

/// The members of two sorted lists.
fn intersect(x: &[u32], y: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(x[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Both sides' pairs, renumbered in union ids (maps that keep the order)
/// and merged by (a, b). O(pairs).
fn merge_pairs(before: &[SidePair], after: &[SidePair], ub: &[u32], ua: &[u32]) -> Vec<PairChange> {
    let key = |p: &SidePair, u: &[u32]| (u[p.a as usize], u[p.b as usize]);
    let mut out = Vec::with_capacity(before.len().max(after.len()));
    let (mut i, mut j) = (0, 0);
    loop {
        let kb = before.get(i).map(|p| key(p, ub));
        let ka = after.get(j).map(|p| key(p, ua));
        let (k, sb, sa) = match (kb, ka) {
            (Some(x), Some(y)) if x == y => {
                let r = (x, before[i].shared, after[j].shared);
                i += 1;
                j += 1;
                r
            }
            (Some(x), Some(y)) if x < y => {
                i += 1;
                (x, before[i - 1].shared, 0)
            }
            (Some(x), None) => {
                i += 1;
                (x, before[i - 1].shared, 0)
            }
            (_, Some(y)) => {
                j += 1;
                (y, 0, after[j - 1].shared)
            }
            (None, None) => break,
        };
        out.push(PairChange {
            a: k.0,
            b: k.1,
            shared_before: sb,
            shared_after: sa,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network_tests::memberships;

    fn side(label: &str, rows: &[(&str, &str)]) -> Side {
        Side::new(
            label.into(),
            Network::build(memberships(rows)),
            Default::default(),
            Vec::new(),
        )
    }

    // Before: A = {ann, bob, cat}, B = {ann, dan}, C = {cat, eve},
    //         D = {fay}, E = {bob, gus}.
    // After:  A = {ann, bob, hal}, B = {dan, hal}, C = {cat, eve},
    //         D = {fay, cat}, F = {hal, ann}.
    // (E closed, F new; gus left, hal joined.)
    //
    // Persons: before ann bob cat dan eve fay gus (7), after ann bob cat
    // dan eve fay hal (7): joined 1 (hal, 3 groups), left 1 (gus, 1
    // group), stayed 6. ann: {A,B} -> {A,F}: joined F, left B. bob:
    // {A,E} -> {A}: left E, back to one group. cat: {A,C} -> {C,D}:
    // joined D, left A. dan, eve, fay: fay {D} -> {D}; dan {B} -> {B};
    // eve {C} -> {C}. So groups changed: ann, bob, cat (3); new
    // connectors: none (fay stays at 1); back to one: bob; connectors
    // lost: bob (back to one) + none left (gus had 1 group) = 1;
    // joined in 2+ groups: hal.
    //
    // Groups: A before 3 after 3, stayed {ann, bob} 2, joined hal 1,
    // left cat 1. B before {ann, dan} after {dan, hal}: stayed 1, joined
    // 1, left 1. C: same 2. D: {fay} -> {fay, cat}: stayed 1, joined 1.
    // E: closed, members 2, left 2. F: new, 2, joined 2.
    // Memberships before 3+2+2+1+2 = 10, after 3+2+2+2+2 = 11; kept
    // 2+1+2+1 = 6; new 5; ended 4.
    //
    // Pairs before: A-B {ann} 1, A-C {cat} 1, A-E {bob} 1.
    // Pairs after: A-B {hal} 1, A-F {ann, hal} 2, B-F {hal} 1, C-D {cat} 1.
    // Union: A-B 1 -> 1 same; A-C 1 -> 0 lost (kept groups: a lost
    // link, through cat, who is still in the network); A-E 1 -> 0 lost
    // (E closed: not a lost link); A-F 0 -> 2 gained; B-F 0 -> 1 gained;
    // C-D 0 -> 1 gained (kept groups: a link gained).
    fn sides() -> (Side, Side) {
        let before = side(
            "2025-01",
            &[
                ("ann", "A"),
                ("bob", "A"),
                ("cat", "A"),
                ("ann", "B"),
                ("dan", "B"),
                ("cat", "C"),
                ("eve", "C"),
                ("fay", "D"),
                ("bob", "E"),
                ("gus", "E"),
            ],
        );
        let after = side(
            "2025-09",
            &[
                ("hal", "A"),
                ("ann", "A"),
                ("bob", "A"),
                ("dan", "B"),
                ("hal", "B"),
                ("cat", "C"),
                ("eve", "C"),
                ("fay", "D"),
                ("cat", "D"),
                ("hal", "F"),
                ("ann", "F"),
            ],
        );
        (before, after)
    }

    #[test]
    fn persons_are_matched_by_name_and_counted() {
        let (b, a) = sides();
        let c = compare(b, a);
        let pc = &c.summary.persons;
        assert_eq!((pc.joined, pc.left, pc.stayed), (1, 1, 6));
        assert_eq!(pc.groups_changed, 3);
        assert_eq!(pc.new_connectors, 0);
        assert_eq!(pc.joined_in_2plus_groups, 1);
        assert_eq!(
            (
                pc.connectors_lost,
                pc.connectors_lost_left,
                pc.connectors_lost_back_to_one
            ),
            (1, 0, 1)
        );
        type Row<'a> = (String, u32, u32, Vec<&'a str>, Vec<&'a str>);
        let rows: Vec<Row> = c
            .persons
            .iter()
            .map(|p| {
                (
                    c.person_name(p).to_string(),
                    p.groups_before,
                    p.groups_after,
                    c.joined_groups(p)
                        .iter()
                        .map(|&g| c.group_name(g))
                        .collect(),
                    c.left_groups(p).iter().map(|&g| c.group_name(g)).collect(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                ("ann".into(), 2, 2, vec!["F"], vec!["B"]),
                ("bob".into(), 2, 1, vec![], vec!["E"]),
                ("cat".into(), 2, 2, vec!["D"], vec!["A"]),
                ("gus".into(), 1, 0, vec![], vec!["E"]),
                ("hal".into(), 0, 3, vec!["A", "B", "F"], vec![]),
            ]
        );
    }

    #[test]
    fn groups_are_kept_new_or_closed_with_their_members() {
        let (b, a) = sides();
        let c = compare(b, a);
        let rows: Vec<(&str, GroupStatus, [u64; 5])> = c
            .groups
            .iter()
            .enumerate()
            .map(|(u, g)| {
                (
                    c.group_name(u as u32),
                    g.status,
                    [
                        g.members_before,
                        g.members_after,
                        g.joined,
                        g.left,
                        g.stayed,
                    ],
                )
            })
            .collect();
        use GroupStatus::*;
        assert_eq!(
            rows,
            vec![
                ("A", Kept, [3, 3, 1, 1, 2]),
                ("B", Kept, [2, 2, 1, 1, 1]),
                ("C", Kept, [2, 2, 0, 0, 2]),
                ("D", Kept, [1, 2, 1, 0, 1]),
                ("E", Closed, [2, 0, 0, 2, 0]),
                ("F", New, [0, 2, 2, 0, 0]),
            ]
        );
        // D shared nobody before (fay), cat links it to C after.
        let d = &c.groups[3];
        assert_eq!(d.isolated_before(), Some(true));
        assert_eq!(d.isolated_after(), Some(false));
        assert_eq!(d.shared_rate_before(), Some(0.0));
        assert_eq!(d.shared_rate_after(), Some(0.5));
        let e = &c.groups[4];
        assert_eq!((e.shared_rate_after(), e.isolated_after()), (None, None));
        assert_eq!(e.shared_rate_before(), Some(0.5));
        let f = &c.groups[5];
        assert_eq!((f.shared_rate_before(), f.isolated_before()), (None, None));
        let gc = &c.summary.groups;
        assert_eq!((gc.kept, gc.new, gc.closed), (4, 1, 1));
        assert_eq!(gc.new_groups, vec!["F"]);
        assert_eq!(gc.closed_groups, vec!["E"]);
        assert_eq!(gc.no_longer_isolated, vec!["D"]);
        assert!(gc.became_isolated.is_empty());
        let m = &c.summary.memberships;
        assert_eq!((m.new, m.ended, m.kept), (5, 4, 6));
    }

    #[test]
    fn pairs_are_gained_lost_or_kept_and_lost_links_name_their_persons() {
        let (b, a) = sides();
        let c = compare(b, a);
        let rows: Vec<(&str, &str, u32, u32, PairStatus)> = c
            .pairs
            .iter()
            .map(|p| {
                (
                    c.group_name(p.a),
                    c.group_name(p.b),
                    p.shared_before,
                    p.shared_after,
                    p.status(),
                )
            })
            .collect();
        use PairStatus::*;
        assert_eq!(
            rows,
            vec![
                ("A", "B", 1, 1, Same),
                ("A", "C", 1, 0, Lost),
                ("A", "E", 1, 0, Lost),
                ("A", "F", 0, 2, Gained),
                ("B", "F", 0, 1, Gained),
                ("C", "D", 0, 1, Gained),
            ]
        );
        let pc = &c.summary.pairs;
        assert_eq!(
            (pc.gained, pc.lost, pc.up, pc.down, pc.same),
            (3, 2, 0, 0, 1)
        );
        assert_eq!((pc.links_lost, pc.links_gained), (1, 1));
        assert_eq!(c.lost_links.len(), 1);
        let l = &c.lost_links[0];
        assert_eq!((c.group_name(l.a), c.group_name(l.b)), ("A", "C"));
        assert_eq!(l.persons, vec!["cat"]);
        assert_eq!(l.still_in_network, vec!["cat"]);
        // Jaccard: A-B before 1 / (3 + 2 - 1), after 1 / (3 + 2 - 1);
        // A-F before: F did not exist, A had 3: 0 / 3 = 0.
        assert_eq!(c.jaccard_before(&c.pairs[0]), Some(0.25));
        assert_eq!(c.jaccard_after(&c.pairs[0]), Some(0.25));
        assert_eq!(c.jaccard_before(&c.pairs[3]), Some(0.0));
        assert_eq!(c.jaccard_after(&c.pairs[3]), Some(2.0 / 3.0));
        assert_eq!(c.jaccard_after(&c.pairs[2]), Some(0.0));
    }

    #[test]
    fn headline_figures_and_their_change() {
        let (b, a) = sides();
        let c = compare(b, a);
        let s = &c.summary;
        // Before: 7 persons, ann bob cat in 2 groups: 3/7. After: 7
        // persons, ann cat hal in 2+: 3/7. Pairs 3 -> 4. Isolated: D
        // before; none after. Parts: before {A,B,C,E} and {D}; after
        // {A,B,F} and {C,D} (cat left A): 2 and 2. Groups hanging on one person before: B (ann), C (cat), E
        // (bob) = 3; after: C (cat), D (cat), B (hal) = 3.
        assert_eq!(s.before.headline.persons, 7);
        assert_eq!(s.before.headline.persons_in_2plus_groups, 3);
        assert_eq!(s.after.headline.persons_in_2plus_groups, 3);
        assert_eq!(s.change.multi_membership_rate_points, 0.0);
        assert_eq!(s.change.overlapping_pairs, 1);
        assert_eq!(s.change.memberships, 1);
        assert_eq!(
            (
                s.before.headline.isolated_groups,
                s.after.headline.isolated_groups
            ),
            (1, 0)
        );
        assert_eq!((s.before.headline.parts, s.after.headline.parts), (2, 2));
        assert_eq!(s.change.parts, 0);
        assert_eq!(s.before.headline.groups_hanging_on_one_person, 3);
        assert_eq!(s.after.headline.groups_hanging_on_one_person, 3);
        assert_eq!(s.before.label, "2025-01");
    }

    #[test]
    fn a_snapshot_compared_with_itself_changes_nothing() {
        let (b, _) = sides();
        let c = compare(b.clone(), b);
        assert!(c.persons.is_empty());
        assert!(c.lost_links.is_empty());
        assert!(c.pairs.iter().all(|p| p.status() == PairStatus::Same));
        assert!(c
            .groups
            .iter()
            .all(|g| g.status == GroupStatus::Kept && g.joined == 0 && g.left == 0));
        assert_eq!(c.summary.change.persons, 0);
        assert_eq!(c.summary.memberships.kept, 10);
    }

    #[test]
    fn empty_sides_compare() {
        let c = compare(side("a", &[]), side("b", &[("ann", "A")]));
        assert_eq!(c.summary.persons.joined, 1);
        assert_eq!(c.groups.len(), 1);
        assert_eq!(c.groups[0].shared_rate_before(), None);
        assert_eq!(c.summary.before.headline.multi_membership_rate, 0.0);
    }

    #[test]
    fn pair_status_follows_the_counts() {
        assert_eq!(PairStatus::of(0, 3), PairStatus::Gained);
        assert_eq!(PairStatus::of(2, 0), PairStatus::Lost);
        assert_eq!(PairStatus::of(2, 3), PairStatus::Up);
        assert_eq!(PairStatus::of(3, 2), PairStatus::Down);
        assert_eq!(PairStatus::of(2, 2), PairStatus::Same);
        assert_eq!(jaccard(0, 0), None);
        assert_eq!(jaccard(1, 3), Some(0.5));
    }
}
