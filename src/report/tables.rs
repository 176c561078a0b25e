//! Report stage, the tables of the report: each table's columns declared
//! once (the CSV header name, what kind of value, where the value is), and
//! used by every writer: CSV files, the HTML page's tables, the GraphML
//! and GEXF attributes. The CSV column names are an interface (stable,
//! English); the other writers label columns in the report's language.

use crate::analyse::duplicates::PossibleDuplicate;
use crate::analyse::overlap::GroupPair;
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

/// One column of a table of rows `R`.
pub struct Column<R: 'static> {
    /// The CSV header (stable, English, snake_case).
    pub name: &'static str,
    pub kind: Kind,
    /// The value of the column in a row.
    pub value: for<'a> fn(&'a R, &'a Findings) -> Cell<'a>,
}

/// A table: its file, its columns, its rows in `Findings`.
pub struct Table<R: 'static> {
    /// The CSV file written from it.
    pub file: &'static str,
    pub columns: &'static [Column<R>],
    pub rows: fn(&Findings) -> &[R],
}

impl<R> Table<R> {
    /// The column named `name` (a CSV header).
    pub fn column(&self, name: &str) -> &Column<R> {
        self.columns
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("{}: no column {name}", self.file))
    }

    /// The columns named `names`, in that order.
    pub fn pick(&self, names: &[&str]) -> Vec<&Column<R>> {
        names.iter().map(|n| self.column(n)).collect()
    }

    /// The CSV header names.
    pub fn header(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

macro_rules! col {
    ($name:literal, $kind:expr, |$r:ident, $f:ident| $value:expr) => {
        Column {
            name: $name,
            kind: $kind,
            value: |$r, $f| {
                let _ = &$f;
                $value
            },
        }
    };
}

/// `groups.csv`: one row per group, in name order.
pub static GROUPS: Table<GroupRow> = Table {
    file: "groups.csv",
    columns: &[
        col!("group", Kind::Text, |g, f| Cell::Text(&g.name)),
        col!("members", Kind::Count, |g, f| Cell::Count(g.members)),
        col!("shared_members", Kind::Count, |g, f| Cell::Count(
            g.shared_members
        )),
        col!("shared_rate", Kind::Rate, |g, f| Cell::Ratio(g.shared_rate)),
        col!("overlapping_groups", Kind::Count, |g, f| Cell::Count(
            g.overlapping_groups
        )),
        col!("isolated", Kind::Flag, |g, f| Cell::Flag(g.isolated)),
        col!("component", Kind::Count, |g, f| Cell::Count(u64::from(
            g.component
        ))),
        col!("cut_point", Kind::Flag, |g, f| Cell::Flag(g.cut_point)),
    ],
    rows: |f| &f.groups,
};

/// `pairs.csv`: every pair of groups sharing a member, most shared first.
pub static PAIRS: Table<GroupPair> = Table {
    file: "pairs.csv",
    columns: &[
        col!("group_a", Kind::Group, |p, f| Cell::Group(p.a)),
        col!("group_b", Kind::Group, |p, f| Cell::Group(p.b)),
        col!("shared", Kind::Count, |p, f| Cell::Count(u64::from(
            p.shared
        ))),
        col!("jaccard", Kind::Ratio(3), |p, f| Cell::Ratio(
            f.ratios(p).jaccard
        )),
        col!("overlap_coefficient", Kind::Ratio(3), |p, f| Cell::Ratio(
            f.ratios(p).overlap_coefficient
        )),
        col!("expected_shared", Kind::Ratio(2), |p, f| Cell::Ratio(
            f.ratios(p).expected_shared
        )),
        col!("lift", Kind::Ratio(2), |p, f| Cell::Ratio(f.ratios(p).lift)),
        col!("sole_link", Kind::Person, |p, f| Cell::Person(
            p.sole_link()
        )),
    ],
    rows: |f| &f.pairs,
};

/// `connectors.csv`: every person in two or more groups, strongest first.
pub static CONNECTORS: Table<Connector> = Table {
    file: "connectors.csv",
    columns: &[
        col!("person", Kind::Text, |c, f| Cell::Text(&c.person)),
        col!("groups", Kind::Count, |c, f| Cell::Count(u64::from(
            c.groups
        ))),
        col!("cut_point", Kind::Flag, |c, f| Cell::Flag(c.cut_point)),
        col!("pieces_if_removed", Kind::Count, |c, f| Cell::Count(
            u64::from(c.pieces_if_removed)
        )),
        col!("sole_link_pairs", Kind::Count, |c, f| Cell::Count(
            c.sole_link_pairs
        )),
        col!("group_list", Kind::Groups, |c, f| Cell::Groups(
            &c.group_ids
        )),
    ],
    rows: |f| &f.connectors,
};

/// `possible_duplicates.csv`: display names shared by people with
/// different addresses (for a human to check; never merged).
pub static POSSIBLE_DUPLICATES: Table<PossibleDuplicate> = Table {
    file: "possible_duplicates.csv",
    columns: &[
        col!("name", Kind::Text, |d, f| Cell::Text(&d.name)),
        col!("persons", Kind::Count, |d, f| Cell::Count(
            d.persons.len() as u64
        )),
        col!("addresses", Kind::Texts, |d, f| Cell::Texts(&d.persons)),
    ],
    rows: |f| &f.possible_duplicates,
};

/// `address_folds.csv`: each address `--fold-gmail` rewrote, and what it
/// became (empty without `--fold-gmail`).
pub static ADDRESS_FOLDS: Table<(String, String)> = Table {
    file: "address_folds.csv",
    columns: &[
        col!("address", Kind::Text, |a, f| Cell::Text(&a.0)),
        col!("folded_to", Kind::Text, |a, f| Cell::Text(&a.1)),
    ],
    rows: |f| &f.address_folds,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_unique_snake_case_per_table() {
        fn check<R>(t: &Table<R>) {
            let names = t.header();
            let mut sorted = names.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), names.len(), "{}", t.file);
            for n in names {
                assert!(n.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{n}");
                assert_eq!(t.column(n).name, n);
            }
        }
        check(&GROUPS);
        check(&PAIRS);
        check(&CONNECTORS);
        check(&POSSIBLE_DUPLICATES);
        check(&ADDRESS_FOLDS);
    }
}
