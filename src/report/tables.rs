//! Report stage, the tables of the report: each table's columns declared
//! once (the CSV header name, what kind of value, where the value is), and
//! used by every writer: CSV files, the HTML page's tables, the GraphML
//! and GEXF attributes. The CSV column names are an interface (stable,
//! English); the other writers label columns in the report's language.

use crate::analyse::duplicates::PossibleDuplicate;
use crate::analyse::gaps::Gap;
use crate::analyse::overlap::GroupPair;
use crate::analyse::robustness::Step;
use crate::analyse::{Connector, Findings, GroupRow};

/// What a column holds, which says how each writer shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Text from the files (names) or a word.
    Text,
    /// A count of persons, groups or pairs.
    Count,
    /// A share in [0, 1], shown as a percentage in the page.
    Rate,
    /// Another ratio, shown with this many decimals in the page.
    Ratio(usize),
    /// Yes or no.
    Flag,
    /// A group, by id (its name).
    Group,
    /// A connector, by index into `Findings::connectors` (their name), or
    /// nobody.
    Person,
    /// A list of groups, by id, joined with `; `.
    Groups,
    /// A list of texts, joined with `; `.
    Texts,
    /// A probability (p- or q-value), possibly tiny: shown in scientific
    /// notation in the page when below 0.001.
    Probability,
}

/// One cell's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell<'a> {
    Text(&'a str),
    Count(u64),
    Ratio(f64),
    Flag(bool),
    Group(u32),
    Person(Option<u32>),
    Groups(&'a [u32]),
    Texts(&'a [String]),
}

/// One column of a table: its CSV header and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The CSV header (stable, English, snake_case).
    pub name: &'static str,
    pub kind: Kind,
}

/// A table of the report: rows of `Self`, columns declared once by
/// [`table!`]. Writers are generic over it, so a column's value is a call
/// the compiler inlines (a table can have millions of rows).
pub trait Table: Sized + Sync + 'static {
    /// The CSV file written from it.
    const FILE: &'static str;
    const COLUMNS: &'static [Column];
    /// Its rows, in `f`.
    fn rows(f: &Findings) -> &[Self];
    /// The value of column `column` (an index into `COLUMNS`) in this row.
    fn cell<'a>(&'a self, f: &'a Findings, column: usize) -> Cell<'a>;

    /// The index of the column named `name` (a CSV header).
    fn column(name: &str) -> usize {
        Self::COLUMNS
            .iter()
            .position(|c| c.name == name)
            .unwrap_or_else(|| panic!("{}: no column {name}", Self::FILE))
    }

    /// The indices of the columns named `names`, in that order.
    fn pick(names: &[&str]) -> Vec<usize> {
        names.iter().map(|n| Self::column(n)).collect()
    }

    /// The CSV header names.
    fn header() -> Vec<&'static str> {
        Self::COLUMNS.iter().map(|c| c.name).collect()
    }
}

/// Declares a table: its row type, file, rows, and each column's name,
/// kind and value, once.
macro_rules! table {
    (
        $(#[$doc:meta])*
        $row:ty, $file:literal, |$fr:ident| $rows:expr,
        [ $( ($name:literal, $kind:expr, |$r:ident, $f:ident| $value:expr) ),+ $(,)? ]
    ) => {
        $(#[$doc])*
        impl Table for $row {
            const FILE: &'static str = $file;
            const COLUMNS: &'static [Column] = &[ $( Column { name: $name, kind: $kind } ),+ ];

            fn rows($fr: &Findings) -> &[Self] {
                $rows
            }

            #[inline]
            #[allow(unused_assignments, unused_variables)]
            fn cell<'a>(&'a self, f: &'a Findings, column: usize) -> Cell<'a> {
                let mut k = 0;
                $(
                    if column == k {
                        let ($r, $f) = (self, f);
                        return $value;
                    }
                    k += 1;
                )+
                unreachable!("{} has no column {column}", $file)
            }
        }
    };
}

table!(
    /// `groups.csv`: one row per group, in name order.
    GroupRow, "groups.csv", |f| &f.groups,
    [
        ("group", Kind::Text, |g, f| Cell::Text(&g.name)),
        ("members", Kind::Count, |g, f| Cell::Count(g.members)),
        ("shared_members", Kind::Count, |g, f| Cell::Count(g.shared_members)),
        ("shared_rate", Kind::Rate, |g, f| Cell::Ratio(g.shared_rate)),
        ("overlapping_groups", Kind::Count, |g, f| Cell::Count(g.overlapping_groups)),
        ("isolated", Kind::Flag, |g, f| Cell::Flag(g.isolated)),
        ("component", Kind::Count, |g, f| Cell::Count(u64::from(g.component))),
        ("cut_point", Kind::Flag, |g, f| Cell::Flag(g.cut_point)),
        ("cluster", Kind::Count, |g, f| Cell::Count(u64::from(g.cluster))),
        ("degree_centrality", Kind::Ratio(3), |g, f| Cell::Ratio(g.centrality.degree)),
        ("closeness", Kind::Ratio(3), |g, f| Cell::Ratio(g.centrality.closeness)),
        ("betweenness", Kind::Ratio(3), |g, f| Cell::Ratio(g.centrality.betweenness)),
    ]
);

table!(
    /// `pairs.csv`: every pair of groups sharing a member, most shared first.
    GroupPair, "pairs.csv", |f| &f.pairs,
    [
        ("group_a", Kind::Group, |p, f| Cell::Group(p.a)),
        ("group_b", Kind::Group, |p, f| Cell::Group(p.b)),
        ("shared", Kind::Count, |p, f| Cell::Count(u64::from(p.shared))),
        ("jaccard", Kind::Ratio(3), |p, f| Cell::Ratio(p.jaccard())),
        ("overlap_coefficient", Kind::Ratio(3), |p, f| Cell::Ratio(p.overlap_coefficient())),
        ("expected_shared", Kind::Ratio(2), |p, f| Cell::Ratio(p.expected_shared(f.summary.persons))),
        ("lift", Kind::Ratio(2), |p, f| Cell::Ratio(p.lift(f.summary.persons))),
        ("sole_link", Kind::Person, |p, f| Cell::Person(p.sole_link())),
        ("p_value", Kind::Probability, |p, f| Cell::Ratio(p.p_value())),
        ("q_value", Kind::Probability, |p, f| Cell::Ratio(f.q_value(p))),
        ("significant", Kind::Flag, |p, f| Cell::Flag(f.is_significant(p))),
    ]
);

table!(
    /// `connectors.csv`: every person in two or more groups, strongest first.
    Connector, "connectors.csv", |f| &f.connectors,
    [
        ("person", Kind::Text, |c, f| Cell::Text(&c.person)),
        ("groups", Kind::Count, |c, f| Cell::Count(u64::from(c.groups))),
        ("cut_point", Kind::Flag, |c, f| Cell::Flag(c.cut_point)),
        ("pieces_if_removed", Kind::Count, |c, f| Cell::Count(u64::from(c.pieces_if_removed))),
        ("sole_link_pairs", Kind::Count, |c, f| Cell::Count(c.sole_link_pairs)),
        ("group_list", Kind::Groups, |c, f| Cell::Groups(&c.group_ids)),
        ("name", Kind::Text, |c, f| Cell::Text(&c.name)),
        ("degree_centrality", Kind::Ratio(3), |c, f| Cell::Ratio(c.centrality.degree)),
        ("closeness", Kind::Ratio(3), |c, f| Cell::Ratio(c.centrality.closeness)),
        ("betweenness", Kind::Ratio(3), |c, f| Cell::Ratio(c.centrality.betweenness)),
    ]
);

table!(
    /// `gaps.csv`: pairs of groups expected to share members that share
    /// significantly fewer, smallest p-value first.
    Gap, "gaps.csv", |f| &f.gaps,
    [
        ("group_a", Kind::Group, |x, f| Cell::Group(x.a)),
        ("group_b", Kind::Group, |x, f| Cell::Group(x.b)),
        ("shared", Kind::Count, |x, f| Cell::Count(u64::from(x.shared))),
        ("expected_shared", Kind::Ratio(2), |x, f| Cell::Ratio(x.expected_shared(f.summary.persons))),
        ("lift", Kind::Ratio(2), |x, f| Cell::Ratio(x.lift(f.summary.persons))),
        ("p_value", Kind::Probability, |x, f| Cell::Ratio(x.p_value())),
        ("q_value", Kind::Probability, |x, f| Cell::Ratio(x.q_value())),
    ]
);

table!(
    /// `robustness.csv`: for each order of removing persons, the state of
    /// the network after 0, 1, 2... removals.
    Step, "robustness.csv", |f| &f.robustness,
    [
        ("strategy", Kind::Text, |x, f| Cell::Text(x.strategy.name())),
        ("removed", Kind::Count, |x, f| Cell::Count(u64::from(x.removed))),
        ("largest_part_groups_share", Kind::Rate, |x, f| Cell::Ratio(x.largest_part_groups_share)),
        ("isolated_groups", Kind::Ratio(2), |x, f| Cell::Ratio(x.isolated_groups)),
    ]
);

table!(
    /// `possible_duplicates.csv`: display names shared by people with
    /// different addresses (for a human to check; never merged).
    PossibleDuplicate, "possible_duplicates.csv", |f| &f.possible_duplicates,
    [
        ("name", Kind::Text, |d, f| Cell::Text(&d.name)),
        ("persons", Kind::Count, |d, f| Cell::Count(d.persons.len() as u64)),
        ("addresses", Kind::Texts, |d, f| Cell::Texts(&d.persons)),
    ]
);

/// An address `--fold-gmail` rewrote, and what it became.
pub type AddressFold = (String, String);

table!(
    /// `address_folds.csv`: each address `--fold-gmail` rewrote, and what
    /// it became (empty without `--fold-gmail`).
    AddressFold, "address_folds.csv", |f| &f.address_folds,
    [
        ("address", Kind::Text, |a, f| Cell::Text(&a.0)),
        ("folded_to", Kind::Text, |a, f| Cell::Text(&a.1)),
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_unique_snake_case_per_table() {
        fn check<T: Table>() {
            let names = T::header();
            let mut sorted = names.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), names.len(), "{}", T::FILE);
            for (k, n) in names.iter().enumerate() {
                assert!(n.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{n}");
                assert_eq!(T::column(n), k);
            }
        }
        check::<GroupRow>();
        check::<GroupPair>();
        check::<Connector>();
        check::<PossibleDuplicate>();
        check::<AddressFold>();
        check::<Gap>();
        check::<Step>();
    }

    #[test]
    fn each_cell_has_its_columns_kind() {
        use crate::model::network_tests::memberships;
        let net =
            crate::model::Network::build(memberships(&[("ann", "A"), ("ann", "B"), ("bob", "A")]));
        let f = crate::analyse::all(net, Default::default());
        fn kinds<T: Table>(f: &Findings) {
            assert!(!T::rows(f).is_empty(), "{}", T::FILE);
            for row in T::rows(f) {
                for (k, c) in T::COLUMNS.iter().enumerate() {
                    let ok = matches!(
                        (c.kind, row.cell(f, k)),
                        (Kind::Text, Cell::Text(_))
                            | (Kind::Count, Cell::Count(_))
                            | (
                                Kind::Rate | Kind::Ratio(_) | Kind::Probability,
                                Cell::Ratio(_)
                            )
                            | (Kind::Flag, Cell::Flag(_))
                            | (Kind::Group, Cell::Group(_))
                            | (Kind::Person, Cell::Person(_))
                            | (Kind::Groups, Cell::Groups(_))
                            | (Kind::Texts, Cell::Texts(_))
                    );
                    assert!(ok, "{}: {}", T::FILE, c.name);
                }
            }
        }
        kinds::<GroupRow>(&f);
        kinds::<GroupPair>(&f);
        kinds::<Connector>(&f);
        kinds::<Step>(&f);
    }
}
