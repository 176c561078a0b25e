//! Report stage, the tables of the report: each table's columns declared
//! once (the CSV header name, what kind of value, where the value is), and
//! used by every writer: CSV files, the HTML page's tables, the GraphML
//! and GEXF attributes. The CSV column names are an interface (stable,
//! English); the other writers label columns in the report's language.

use crate::analyse::categories::{CategoryPair, CategoryRow};
use crate::analyse::duplicates::PossibleDuplicate;
use crate::analyse::facilitators::FacilitatorRow;
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
    /// A count of fewer than `--min-count` persons, or a figure computed
    /// from one: not published (empty in CSV, "< K" in the page).
    Hidden,
}

/// The cell of a value that is not known: the figures of categories
/// without group descriptions, of facilitators without roles. Every
/// writer shows it empty.
pub const UNKNOWN: Cell<'static> = Cell::Text("");

/// The columns that are [`UNKNOWN`] without group descriptions or roles
/// (`file`, `column`).
pub const MAY_BE_UNKNOWN: &[(&str, &str)] = &[
    ("groups.csv", "category"),
    ("groups.csv", "other_category_rate"),
    ("groups.csv", "facilitators"),
    ("groups.csv", "facilitators_linked"),
    ("groups.csv", "facilitators_alone"),
    ("connectors.csv", "categories"),
    ("connectors.csv", "facilitates"),
    ("facilitators.csv", "in_facilitators_group"),
];

fn count(n: Option<u64>) -> Cell<'static> {
    n.map_or(UNKNOWN, Cell::Count)
}

fn ratio(x: Option<f64>) -> Cell<'static> {
    x.map_or(UNKNOWN, Cell::Ratio)
}

fn flag(b: Option<bool>) -> Cell<'static> {
    b.map_or(UNKNOWN, Cell::Flag)
}

/// A category's name, by id.
fn category(f: &Findings, c: Option<u32>) -> Cell<'_> {
    c.map_or(UNKNOWN, |c| Cell::Text(&f.categories[c as usize].category))
}

/// One column of a table: its CSV header and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The CSV header (stable, English, snake_case).
    pub name: &'static str,
    pub kind: Kind,
}

/// The counts of persons in a table, published only from `--min-count`
/// up, each with the columns computed from it (withheld with it).
pub struct SmallCounts {
    /// The table, by its row type's name ([`Table::ROW`]).
    pub table: &'static str,
    /// Counts of persons, withheld when between 1 and K − 1, and the
    /// figures computed from each.
    pub counts: &'static [(&'static str, &'static [&'static str])],
    /// A row with a count here below K (a group of fewer than K members,
    /// on either side of a comparison) has every figure withheld.
    pub sizes: &'static [&'static str],
}

/// Every table with counts of persons (the others have none: connectors
/// and facilitators are rows of persons, written under pseudonyms).
/// A count of 0 is published: it singles nobody out.
pub const SMALL_COUNTS: &[SmallCounts] = &[
    SmallCounts {
        table: "GroupRow",
        counts: &[
            ("members", &["shared_rate", "other_category_rate"]),
            ("shared_members", &["shared_rate"]),
            ("facilitators", &[]),
            ("facilitators_linked", &[]),
        ],
        sizes: &["members"],
    },
    SmallCounts {
        table: "GroupPair",
        counts: &[(
            "shared",
            &[
                "jaccard",
                "overlap_coefficient",
                "expected_shared",
                "lift",
                "p_value",
                "q_value",
                "significant",
            ],
        )],
        sizes: &[],
    },
    SmallCounts {
        table: "Gap",
        counts: &[("shared", &["lift", "p_value", "q_value"])],
        sizes: &[],
    },
    SmallCounts {
        table: "CategoryRow",
        counts: &[(
            "persons",
            &[
                "memberships",
                "multi_membership_rate",
                "cross_category_rate",
            ],
        )],
        sizes: &["persons"],
    },
    SmallCounts {
        table: "CategoryPair",
        counts: &[("shared", &["expected_shared", "lift"])],
        sizes: &[],
    },
    SmallCounts {
        table: "Connector",
        // A list of groups held by fewer than K persons singles them out,
        // and counting the rows naming a group would give back the
        // group's withheld counts: the list goes, with what shows it.
        counts: &[(
            "same_groups",
            &[
                "groups",
                "group_list",
                "categories",
                "participation",
                "degree_centrality",
            ],
        )],
        sizes: &[],
    },
    SmallCounts {
        table: "FacilitatorRow",
        counts: &[
            ("linked_facilitators", &[]),
            (
                "same_facilitated_groups",
                &["groups_facilitated", "facilitated_groups"],
            ),
        ],
        sizes: &[],
    },
];

/// Which cells of a table's rows are withheld under `--min-count K`
/// (built once per table written; [`Suppression::hidden`] per row).
pub struct Suppression {
    k: u64,
    /// Each count's column and the columns computed from it.
    counts: Vec<(usize, u64)>,
    sizes: Vec<usize>,
    /// Every figure of the row (withheld with a small size).
    figures: u64,
    /// Columns naming a person (a pair's sole link): never named when
    /// K > 1.
    persons: u64,
}

impl Suppression {
    /// The suppression of table `T` at `k`; `None` when `k` ≤ 1 (nothing
    /// withheld) or `T` counts no persons.
    pub fn of<S, T: Table<S>>(k: u64) -> Option<Suppression> {
        if k <= 1 {
            return None;
        }
        let mask = |names: &[&str]| names.iter().fold(0u64, |m, n| m | 1 << T::column(n));
        let persons = (0..T::COLUMNS.len())
            .filter(|&c| T::COLUMNS[c].kind == Kind::Person)
            .fold(0u64, |m, c| m | 1 << c);
        let declared = SMALL_COUNTS
            .iter()
            .chain(SNAPSHOT_SMALL_COUNTS)
            .find(|s| s.table == T::ROW);
        if declared.is_none() && persons == 0 {
            return None;
        }
        let figures = (0..T::COLUMNS.len())
            .filter(|&c| {
                !matches!(
                    T::COLUMNS[c].kind,
                    Kind::Text | Kind::Group | Kind::Groups | Kind::Texts
                )
            })
            .fold(0u64, |m, c| m | 1 << c);
        Some(Suppression {
            k,
            counts: declared.map_or(Vec::new(), |d| {
                d.counts
                    .iter()
                    .map(|(count, derived)| (T::column(count), mask(derived)))
                    .collect()
            }),
            sizes: declared.map_or(Vec::new(), |d| {
                d.sizes.iter().map(|n| T::column(n)).collect()
            }),
            figures,
            persons,
        })
    }

    /// The table has rows that can be withheld (and so a `suppressed`
    /// column).
    pub fn counts_persons(&self) -> bool {
        !self.counts.is_empty()
    }

    /// The withheld cells of `row`.
    pub fn hidden<S, T: Table<S>>(&self, row: &T, f: &S) -> Withheld {
        let small = |c: usize| matches!(row.cell(f, c), Cell::Count(n) if n > 0 && n < self.k);
        let mut w = Withheld {
            columns: self.persons,
            below: 0,
        };
        // A size is one of the counts too (a test checks): marked below.
        if self.sizes.iter().any(|&c| small(c)) {
            w.columns |= self.figures;
        }
        for &(c, derived) in &self.counts {
            if small(c) {
                w.columns |= 1 << c | derived;
                w.below |= 1 << c;
            }
        }
        w
    }
}

/// The withheld cells of a row (bit c for column c).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Withheld {
    /// Every withheld cell: empty in CSV.
    pub columns: u64,
    /// The counts below K among them, which the page and the workbook show
    /// as "< K" (the others, computed from them, are empty: a count of
    /// groups withheld with a small count of persons is not below K).
    pub below: u64,
}

impl Withheld {
    /// A count of persons was withheld: the row's `suppressed` flag.
    pub fn suppressed(&self) -> bool {
        self.below != 0
    }

    /// Column `c` is withheld.
    pub fn hides(&self, c: usize) -> bool {
        self.columns >> c & 1 == 1
    }

    /// Column `c` is a count below K.
    pub fn is_below(&self, c: usize) -> bool {
        self.below >> c & 1 == 1
    }
}

/// The tables of `maillage compare` and `maillage trend` with counts of
/// persons (`persons.csv` is not written under `--min-count`: each
/// person's groups joined and left would count each group's joiners).
const SNAPSHOT_SMALL_COUNTS: &[SmallCounts] = &[
    SmallCounts {
        table: "GroupChange",
        counts: &[
            ("members_before", &["shared_rate_before"]),
            ("members_after", &["shared_rate_after"]),
            // joined + stayed = members after, left + stayed = members
            // before: each is withheld with what would give it back.
            ("joined", &["stayed"]),
            ("left", &["stayed"]),
            ("stayed", &["joined", "left"]),
            ("shared_members_before", &["shared_rate_before"]),
            ("shared_members_after", &["shared_rate_after"]),
        ],
        sizes: &["members_before", "members_after"],
    },
    SmallCounts {
        table: "PairChange",
        counts: &[
            ("shared_before", &["jaccard_before"]),
            ("shared_after", &["jaccard_after"]),
        ],
        sizes: &[],
    },
    SmallCounts {
        table: "LostLink",
        counts: &[("shared_before", &["persons", "still_in_network"])],
        sizes: &[],
    },
    SmallCounts {
        table: "TrendPoint",
        counts: &[("cut_point_persons", &[])],
        sizes: &[],
    },
    SmallCounts {
        table: "TrendGroup",
        counts: &[
            ("members", &["shared_rate"]),
            ("shared_members", &["shared_rate"]),
        ],
        sizes: &["members"],
    },
];

/// The `suppressed` column written after a table's own under
/// `--min-count`.
pub const SUPPRESSED_COLUMN: &str = "suppressed";

/// A table of the report: rows of `Self`, columns declared once by
/// [`table!`]. Writers are generic over it, so a column's value is a call
/// the compiler inlines (a table can have millions of rows). `S` is what
/// the rows are read from: the report's [`Findings`], or another result
/// (a comparison of two snapshots).
pub trait Table<S = Findings>: Sized + Sync + 'static {
    /// The CSV file written from it.
    const FILE: &'static str;
    /// The row type's name: tells apart the tables of one file name in
    /// different folders (a report's and a comparison's `groups.csv`).
    const ROW: &'static str;
    const COLUMNS: &'static [Column];
    /// Its rows, in `f`.
    fn rows(f: &S) -> &[Self];
    /// The value of column `column` (an index into `COLUMNS`) in this row.
    fn cell<'a>(&'a self, f: &'a S, column: usize) -> Cell<'a>;

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
/// kind and value, once. Rows are read from [`Findings`], or from the
/// type given first with `in` (`table!(in Comparison, ...)`).
macro_rules! table {
    (
        $(#[$doc:meta])*
        $row:ty, $file:literal, |$fr:ident| $rows:expr,
        [ $( ($name:literal, $kind:expr, |$r:ident, $f:ident| $value:expr) ),+ $(,)? ]
    ) => {
        table!(
            in Findings,
            $(#[$doc])*
            $row, $file, |$fr| $rows,
            [ $( ($name, $kind, |$r, $f| $value) ),+ ]
        );
    };
    (
        in $src:ty,
        $(#[$doc:meta])*
        $row:ty, $file:literal, |$fr:ident| $rows:expr,
        [ $( ($name:literal, $kind:expr, |$r:ident, $f:ident| $value:expr) ),+ $(,)? ]
    ) => {
        $(#[$doc])*
        impl Table<$src> for $row {
            const FILE: &'static str = $file;
            const ROW: &'static str = stringify!($row);
            const COLUMNS: &'static [Column] = &[ $( Column { name: $name, kind: $kind } ),+ ];

            fn rows($fr: &$src) -> &[Self] {
                $rows
            }

            #[inline]
            #[allow(unused_assignments, unused_variables)]
            fn cell<'a>(&'a self, f: &'a $src, column: usize) -> Cell<'a> {
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
        ("category", Kind::Text, |g, f| category(f, g.category)),
        ("territory", Kind::Text, |g, f| Cell::Text(g.territory.as_deref().unwrap_or_default())),
        ("other_category_rate", Kind::Rate, |g, f| ratio(g.other_category_rate)),
        ("facilitators", Kind::Count, |g, f| count(g.facilitators)),
        ("facilitators_linked", Kind::Count, |g, f| count(g.facilitators_linked)),
        ("facilitators_alone", Kind::Flag, |g, f| flag(g.facilitators_alone)),
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
        ("categories", Kind::Count, |c, f| count(c.categories.map(u64::from))),
        ("participation", Kind::Ratio(3), |c, f| ratio(c.participation)),
        ("facilitates", Kind::Count, |c, f| count(c.facilitates.map(u64::from))),
        ("degree_centrality", Kind::Ratio(3), |c, f| Cell::Ratio(c.centrality.degree)),
        ("closeness", Kind::Ratio(3), |c, f| Cell::Ratio(c.centrality.closeness)),
        ("betweenness", Kind::Ratio(3), |c, f| Cell::Ratio(c.centrality.betweenness)),
        ("same_groups", Kind::Count, |c, f| Cell::Count(u64::from(c.same_groups))),
    ]
);

table!(
    /// `categories.csv`: one row per category, in name order (header only
    /// without group descriptions).
    CategoryRow, "categories.csv", |f| &f.categories,
    [
        ("category", Kind::Text, |c, f| Cell::Text(&c.category)),
        ("groups", Kind::Count, |c, f| Cell::Count(c.groups)),
        ("persons", Kind::Count, |c, f| Cell::Count(c.persons)),
        ("memberships", Kind::Count, |c, f| Cell::Count(c.memberships)),
        ("multi_membership_rate", Kind::Rate, |c, f| Cell::Ratio(c.multi_membership_rate)),
        ("cross_category_rate", Kind::Rate, |c, f| Cell::Ratio(c.cross_category_rate)),
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
    /// `category_pairs.csv`: every pair of categories, in name order.
    CategoryPair, "category_pairs.csv", |f| &f.category_pairs,
    [
        ("category_a", Kind::Text, |p, f| category(f, Some(p.a))),
        ("category_b", Kind::Text, |p, f| category(f, Some(p.b))),
        ("shared", Kind::Count, |p, f| Cell::Count(p.shared)),
        ("expected_shared", Kind::Ratio(2), |p, f| Cell::Ratio(p.expected_shared)),
        ("lift", Kind::Ratio(2), |p, f| Cell::Ratio(p.lift)),
    ]
);

table!(
    /// `facilitators.csv`: every facilitator, in name order (header only
    /// without roles).
    FacilitatorRow, "facilitators.csv", |f| &f.facilitators,
    [
        ("person", Kind::Text, |r, f| Cell::Text(&r.person)),
        ("groups_facilitated", Kind::Count, |r, f| Cell::Count(r.groups.len() as u64)),
        ("facilitated_groups", Kind::Groups, |r, f| Cell::Groups(&r.groups)),
        ("in_facilitators_group", Kind::Flag, |r, f| flag(r.in_facilitators_group)),
        ("linked_facilitators", Kind::Count, |r, f| Cell::Count(r.linked_facilitators)),
        ("alone", Kind::Flag, |r, f| Cell::Flag(r.alone())),
        ("same_facilitated_groups", Kind::Count, |r, f| Cell::Count(r.same_facilitated_groups)),
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

// The tables of `maillage compare` and `maillage trend` (issue 13).
// Figures of a group or pair on a side where it did not exist (0/0) are
// empty cells: `Cell::Text("")` in a rate or flag column.

use crate::analyse::compare::{Comparison, GroupChange, LostLink, PairChange, PersonChange};
use crate::analyse::trend::{Trend, TrendGroup, TrendPoint};

/// A rate, or an empty cell.
fn maybe_ratio(x: Option<f64>) -> Cell<'static> {
    x.map_or(Cell::Text(""), Cell::Ratio)
}

/// A flag, or an empty cell.
fn maybe_flag(x: Option<bool>) -> Cell<'static> {
    x.map_or(Cell::Text(""), Cell::Flag)
}

table!(
    in Comparison,
    /// Comparison `groups.csv`: every group of either snapshot, in name
    /// order.
    GroupChange, "groups.csv", |c| &c.groups,
    [
        ("group", Kind::Text, |g, c| Cell::Text(c.group_name_of(g))),
        ("status", Kind::Text, |g, c| Cell::Text(g.status.word())),
        ("members_before", Kind::Count, |g, c| Cell::Count(g.members_before)),
        ("members_after", Kind::Count, |g, c| Cell::Count(g.members_after)),
        ("joined", Kind::Count, |g, c| Cell::Count(g.joined)),
        ("left", Kind::Count, |g, c| Cell::Count(g.left)),
        ("stayed", Kind::Count, |g, c| Cell::Count(g.stayed)),
        ("shared_rate_before", Kind::Rate, |g, c| maybe_ratio(g.shared_rate_before())),
        ("shared_rate_after", Kind::Rate, |g, c| maybe_ratio(g.shared_rate_after())),
        ("overlapping_groups_before", Kind::Count, |g, c| Cell::Count(g.overlapping_groups_before)),
        ("overlapping_groups_after", Kind::Count, |g, c| Cell::Count(g.overlapping_groups_after)),
        ("isolated_before", Kind::Flag, |g, c| maybe_flag(g.isolated_before())),
        ("isolated_after", Kind::Flag, |g, c| maybe_flag(g.isolated_after())),
        ("shared_members_before", Kind::Count, |g, c| Cell::Count(g.shared_members_before)),
        ("shared_members_after", Kind::Count, |g, c| Cell::Count(g.shared_members_after)),
    ]
);

table!(
    in Comparison,
    /// Comparison `pairs.csv`: every pair of groups sharing someone on
    /// either side, in name order.
    PairChange, "pairs.csv", |c| &c.pairs,
    [
        ("group_a", Kind::Text, |p, c| Cell::Text(c.group_name(p.a))),
        ("group_b", Kind::Text, |p, c| Cell::Text(c.group_name(p.b))),
        ("shared_before", Kind::Count, |p, c| Cell::Count(u64::from(p.shared_before))),
        ("shared_after", Kind::Count, |p, c| Cell::Count(u64::from(p.shared_after))),
        ("change", Kind::Text, |p, c| Cell::Text(p.status().word())),
        ("jaccard_before", Kind::Ratio(3), |p, c| maybe_ratio(c.jaccard_before(p))),
        ("jaccard_after", Kind::Ratio(3), |p, c| maybe_ratio(c.jaccard_after(p))),
    ]
);

table!(
    in Comparison,
    /// `lost_links.csv`: pairs of groups present on both sides that shared
    /// members before and nobody after, with the persons who linked them
    /// (personal data).
    LostLink, "lost_links.csv", |c| &c.lost_links,
    [
        ("group_a", Kind::Text, |l, c| Cell::Text(c.group_name(l.a))),
        ("group_b", Kind::Text, |l, c| Cell::Text(c.group_name(l.b))),
        ("shared_before", Kind::Count, |l, c| Cell::Count(l.persons.len() as u64)),
        ("persons", Kind::Texts, |l, c| Cell::Texts(&l.persons)),
        ("still_in_network", Kind::Texts, |l, c| Cell::Texts(&l.still_in_network)),
    ]
);

table!(
    in Comparison,
    /// `persons.csv`: every person whose groups changed (joiners and
    /// leavers included), in name order (personal data).
    PersonChange, "persons.csv", |c| &c.persons,
    [
        ("person", Kind::Text, |p, c| Cell::Text(c.person_name(p))),
        ("groups_before", Kind::Count, |p, c| Cell::Count(u64::from(p.groups_before))),
        ("groups_after", Kind::Count, |p, c| Cell::Count(u64::from(p.groups_after))),
        ("joined_groups", Kind::Groups, |p, c| Cell::Groups(c.joined_groups(p))),
        ("left_groups", Kind::Groups, |p, c| Cell::Groups(c.left_groups(p))),
    ]
);

table!(
    in Trend,
    /// `trend.csv`: one row per snapshot, in label order.
    TrendPoint, "trend.csv", |t| &t.points,
    [
        ("label", Kind::Text, |p, t| Cell::Text(&p.label)),
        ("persons", Kind::Count, |p, t| Cell::Count(p.headline.persons)),
        ("groups", Kind::Count, |p, t| Cell::Count(p.headline.groups)),
        ("memberships", Kind::Count, |p, t| Cell::Count(p.headline.memberships)),
        ("multi_membership_rate", Kind::Rate, |p, t| Cell::Ratio(p.headline.multi_membership_rate)),
        ("isolated_groups", Kind::Count, |p, t| Cell::Count(p.headline.isolated_groups)),
        ("parts", Kind::Count, |p, t| Cell::Count(p.headline.parts)),
        ("cut_point_persons", Kind::Count, |p, t| Cell::Count(p.headline.cut_point_persons)),
        ("overlapping_pairs", Kind::Count, |p, t| Cell::Count(p.headline.overlapping_pairs)),
    ]
);

table!(
    in Trend,
    /// `trend_groups.csv`: each group in each snapshot it is in, by group
    /// name then snapshot.
    TrendGroup, "trend_groups.csv", |t| &t.groups,
    [
        ("group", Kind::Text, |r, t| Cell::Text(&t.group_names[r.group as usize])),
        ("label", Kind::Text, |r, t| Cell::Text(&t.points[r.snapshot as usize].label)),
        ("members", Kind::Count, |r, t| Cell::Count(r.members)),
        ("shared_members", Kind::Count, |r, t| Cell::Count(r.shared_members)),
        ("shared_rate", Kind::Rate, |r, t| Cell::Ratio(r.shared_rate())),
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_is_one_of_the_counts() {
        for t in SMALL_COUNTS.iter().chain(SNAPSHOT_SMALL_COUNTS) {
            for size in t.sizes {
                assert!(
                    t.counts.iter().any(|(c, _)| c == size),
                    "{}: {size}",
                    t.table
                );
            }
        }
    }

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
        check::<CategoryRow>();
        check::<CategoryPair>();
        check::<FacilitatorRow>();
        for (file, column) in MAY_BE_UNKNOWN {
            assert!(
                [GroupRow::FILE, Connector::FILE, FacilitatorRow::FILE].contains(file),
                "{file}"
            );
            let _ = match *file {
                "groups.csv" => GroupRow::column(column),
                "connectors.csv" => Connector::column(column),
                _ => FacilitatorRow::column(column),
            };
        }
        check::<Gap>();
        check::<Step>();
    }

    #[test]
    fn each_cell_has_its_columns_kind() {
        use crate::model::network_tests::memberships;
        // Without descriptions and roles, then with both (ann runs A, a
        // group of category x; B has none).
        let plain = memberships(&[("ann", "A"), ("ann", "B"), ("bob", "A")]);
        let mut described = plain.clone();
        described
            .descriptions
            .push(crate::memberships::GroupDescription {
                group: 0,
                category: Some("x".into()),
                ..Default::default()
            });
        described.roles.push(crate::memberships::RoleRecord {
            person: crate::memberships::PersonRef::Member(0),
            group: 0,
            role: crate::memberships::Role::Owner,
        });
        for (m, known) in [(plain, false), (described, true)] {
            let f = crate::analyse::all(crate::model::Network::build(m), Default::default());
            kinds::<GroupRow>(&f, known);
            kinds::<GroupPair>(&f, known);
            kinds::<Connector>(&f, known);
            kinds::<Step>(&f, known);
            if known {
                kinds::<CategoryRow>(&f, known);
                kinds::<CategoryPair>(&f, known);
                kinds::<FacilitatorRow>(&f, known);
            } else {
                assert!(f.categories.is_empty() && f.category_pairs.is_empty());
                assert!(f.facilitators.is_empty());
            }
        }
        fn kinds<T: Table>(f: &Findings, known: bool) {
            assert!(!T::rows(f).is_empty(), "{}", T::FILE);
            for row in T::rows(f) {
                for (k, c) in T::COLUMNS.iter().enumerate() {
                    let unknown = MAY_BE_UNKNOWN.contains(&(T::FILE, c.name));
                    if row.cell(f, k) == UNKNOWN && c.kind != Kind::Text {
                        assert!(
                            unknown && !known || c.name == "in_facilitators_group",
                            "{}: {}",
                            T::FILE,
                            c.name
                        );
                        continue;
                    }
                    if unknown && !known && c.kind != Kind::Text {
                        panic!("{}: {} should be unknown", T::FILE, c.name);
                    }
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
    }
}
