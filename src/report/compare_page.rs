//! Report stage, the pages of a comparison and of a trend: each built
//! once as a [`Document`] (what changed in plain words first, then the
//! figures, tables, charts, definitions and what was read, every sentence
//! from the catalogue) and laid out by the report's own writers,
//! [`markdown::write_markdown`] and [`html::write_html`], so the three
//! pages look and escape alike.

use super::document::{
    Block, Card, ColumnHead, Document, Figure, Media, Section, Span, TableBlock, Value,
};
use super::sections::{long_date, PAGE_ROWS, TEXT_ROWS};
use super::tables::{Cell, Kind, Table};
use super::{html, markdown, ReportOptions};
use crate::analyse::compare::{Comparison, GroupChange, PairChange, PairStatus, SideInput};
use crate::analyse::trend::{Trend, TrendGroup};
use crate::chart::Chart;
use crate::lang::Lang;
use crate::messages::message;
use crate::t;
use anyhow::Result;
use std::io::Write;

/// Items of a list named in a sentence before "and N more".
const LISTED: usize = 10;
/// Lost links named one by one in the sentences.
const LINKS_SAID: usize = 5;
/// Rows of the groups table in index.html.
const PAGE_GROUPS: usize = 500;
/// Headline figures shown as cards at the top.
const CARDS: usize = 4;

/// A change in points, signed: `+2.7`, `−1.3`, `0.0`.
fn points(l: Lang, p: f64) -> String {
    let shown = l.decimal(p.abs(), 1);
    if shown == l.decimal(0.0, 1) {
        shown
    } else if p > 0.0 {
        format!("+{shown}")
    } else {
        format!("−{shown}")
    }
}

/// A signed count: `+63`, `−4`, `0`.
fn signed(l: Lang, n: i64) -> String {
    match n {
        0 => "0".into(),
        n if n > 0 => format!("+{}", l.count(n as u64)),
        n => format!("−{}", l.count(n.unsigned_abs())),
    }
}

/// `A, B, C, and 4 more`, each name through `name`.
fn list(l: Lang, items: &[String], name: &dyn Fn(&str) -> String) -> String {
    let mut s = items
        .iter()
        .take(LISTED)
        .map(|n| name(n))
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > LISTED {
        s.push_str(&t!(l, "list-and-more", n = items.len() - LISTED));
    }
    s
}

/// The rate sentence: rose, fell or stayed, from what to what.
fn rate_sentence(
    l: Lang,
    before: &crate::analyse::compare::Headline,
    after: &crate::analyse::compare::Headline,
    from: &str,
    to: &str,
) -> String {
    let p = (after.multi_membership_rate - before.multi_membership_rate) * 100.0;
    let args = [
        ("before", l.percent(before.multi_membership_rate).into()),
        ("after", l.percent(after.multi_membership_rate).into()),
        ("points", points(l, p).into()),
        ("multi_before", before.persons_in_2plus_groups.into()),
        ("persons_before", before.persons.into()),
        ("multi_after", after.persons_in_2plus_groups.into()),
        ("persons_after", after.persons.into()),
        ("from", from.into()),
        ("to", to.into()),
    ];
    let key = if points(l, p) == l.decimal(0.0, 1) {
        "cmp-rate-same"
    } else if p > 0.0 {
        "cmp-rate-rose"
    } else {
        "cmp-rate-fell"
    };
    message(l, key, &args)
}

/// What changed, in sentences (names through `name`): the first is the
/// headline.
pub fn compare_sentences(
    c: &Comparison,
    w: &super::WithheldJson,
    l: Lang,
    name: &dyn Fn(&str) -> String,
) -> Vec<String> {
    let s = &c.summary;
    let (b, a) = (&s.before.headline, &s.after.headline);
    let p = &s.persons;
    let mut out = vec![rate_sentence(l, b, a, &s.before.label, &s.after.label)];
    // Under --min-count, the counts summary.json withholds read "fewer
    // than K" or "not published", in sentences built for it.
    let k = s.privacy.min_count;
    let n = |pointer: &str, n: u64| w.count(l, pointer, n);
    out.push(if k > 1 {
        t!(
            l,
            "cmp-people-k",
            joined = n("/persons/joined", p.joined),
            left = n("/persons/left", p.left),
            stayed = n("/persons/stayed", p.stayed),
            changed = n("/persons/groups_changed", p.groups_changed)
        )
    } else {
        t!(
            l,
            "cmp-people",
            joined = p.joined,
            left = p.left,
            stayed = p.stayed,
            changed = p.groups_changed
        )
    });
    out.push(if k > 1 {
        t!(
            l,
            "cmp-new-connectors-k",
            n = n("/persons/new_connectors", p.new_connectors)
        )
    } else {
        t!(l, "cmp-new-connectors", n = p.new_connectors)
    });
    if p.joined_in_2plus_groups > 0 {
        out.push(if k > 1 {
            t!(
                l,
                "cmp-joined-connectors-k",
                n = n("/persons/joined_in_2plus_groups", p.joined_in_2plus_groups)
            )
        } else {
            t!(l, "cmp-joined-connectors", n = p.joined_in_2plus_groups)
        });
    }
    if p.connectors_lost > 0 {
        out.push(if k > 1 {
            t!(
                l,
                "cmp-connectors-lost-k",
                back = n(
                    "/persons/connectors_lost_back_to_one",
                    p.connectors_lost_back_to_one
                ),
                left = n("/persons/connectors_lost_left", p.connectors_lost_left)
            )
        } else {
            t!(
                l,
                "cmp-connectors-lost",
                back = p.connectors_lost_back_to_one,
                left = p.connectors_lost_left
            )
        });
    }
    let sized = |names: &[String], after: bool| -> Vec<String> {
        names
            .iter()
            .map(|n| {
                let g = c
                    .groups
                    .iter()
                    .find(|g| c.group_name_of(g) == n)
                    .expect("a group of the comparison");
                let members = if after {
                    g.members_after
                } else {
                    g.members_before
                };
                let members = if members > 0 && members < k {
                    crate::messages::Arg::Text(t!(l, "fewer-than", k = k))
                } else {
                    crate::messages::Arg::from(members)
                };
                t!(l, "cmp-group-size", name = name(n), n = members)
            })
            .collect()
    };
    let g = &s.groups;
    if g.new > 0 {
        let items = sized(&g.new_groups[..g.new_groups.len().min(LISTED)], true);
        out.push(t!(
            l,
            "cmp-new-groups",
            n = g.new,
            list = list_of_sized(l, &items, g.new_groups.len())
        ));
    }
    if g.closed > 0 {
        let items = sized(&g.closed_groups[..g.closed_groups.len().min(LISTED)], false);
        out.push(t!(
            l,
            "cmp-closed-groups",
            n = g.closed,
            list = list_of_sized(l, &items, g.closed_groups.len())
        ));
    }
    for link in c.lost_links.iter().take(LINKS_SAID) {
        out.push(t!(
            l,
            "cmp-lost-link",
            a = name(c.group_name(link.a)),
            b = name(c.group_name(link.b))
        ));
    }
    if c.lost_links.len() > LINKS_SAID {
        out.push(t!(
            l,
            "cmp-lost-links-more",
            n = c.lost_links.len() - LINKS_SAID
        ));
    }
    if s.pairs.links_gained > 0 {
        out.push(t!(l, "cmp-links-gained", n = s.pairs.links_gained));
    }
    if !g.became_isolated.is_empty() {
        out.push(t!(
            l,
            "cmp-became-isolated",
            n = g.became_isolated.len(),
            list = list(l, &g.became_isolated, name)
        ));
    }
    if !g.no_longer_isolated.is_empty() {
        out.push(t!(
            l,
            "cmp-no-longer-isolated",
            n = g.no_longer_isolated.len(),
            list = list(l, &g.no_longer_isolated, name)
        ));
    }
    if a.parts != b.parts {
        out.push(t!(l, "cmp-parts", after = a.parts, before = b.parts));
    }
    if a.cut_point_persons != b.cut_point_persons {
        out.push(if k > 1 {
            t!(
                l,
                "cmp-cut-points-k",
                after = n("/after/cut_point_persons", a.cut_point_persons),
                before = n("/before/cut_point_persons", b.cut_point_persons)
            )
        } else {
            t!(
                l,
                "cmp-cut-points",
                after = a.cut_point_persons,
                before = b.cut_point_persons
            )
        });
    }
    let m = &s.memberships;
    out.push(if k > 1 {
        t!(
            l,
            "cmp-memberships-k",
            new = n("/memberships/new", m.new),
            ended = n("/memberships/ended", m.ended),
            kept = n("/memberships/kept", m.kept)
        )
    } else {
        t!(
            l,
            "cmp-memberships",
            new = m.new,
            ended = m.ended,
            kept = m.kept
        )
    });
    if !s.renamed.is_empty() {
        let items: Vec<String> = s
            .renamed
            .iter()
            .map(|r| format!("{} → {}", name(&r.from), name(&r.to)))
            .collect();
        out.push(t!(l, "cmp-renamed", list = items.join(", ")));
    }
    out
}

/// Items already formatted, and "and N more" after them when `total` is
/// larger.
fn list_of_sized(l: Lang, items: &[String], total: usize) -> String {
    let mut s = items.join(", ");
    if total > items.len() {
        s.push_str(&t!(l, "list-and-more", n = total - items.len()));
    }
    s
}

/// The headline figures: (label, before, after, change).
fn figures(
    c: &Comparison,
    w: &super::WithheldJson,
    l: Lang,
) -> Vec<(String, String, String, String)> {
    let s = &c.summary;
    let (b, a, d) = (&s.before.headline, &s.after.headline, &s.change);
    let row = |key: &str, x: u64, y: u64, ch: i64| {
        (message(l, key, &[]), l.count(x), l.count(y), signed(l, ch))
    };
    vec![
        (
            t!(l, "cmp-figure-rate"),
            l.percent(b.multi_membership_rate),
            l.percent(a.multi_membership_rate),
            t!(
                l,
                "cmp-points",
                points = points(l, d.multi_membership_rate_points),
                size = d.multi_membership_rate_points.abs()
            ),
        ),
        row("summary-persons", b.persons, a.persons, d.persons),
        row(
            "cmp-figure-multi",
            b.persons_in_2plus_groups,
            a.persons_in_2plus_groups,
            d.persons_in_2plus_groups,
        ),
        row("summary-groups", b.groups, a.groups, d.groups),
        row(
            "summary-memberships",
            b.memberships,
            a.memberships,
            d.memberships,
        ),
        row(
            "summary-overlapping-pairs",
            b.overlapping_pairs,
            a.overlapping_pairs,
            d.overlapping_pairs,
        ),
        row(
            "summary-isolated",
            b.isolated_groups,
            a.isolated_groups,
            d.isolated_groups,
        ),
        row(
            "summary-hanging",
            b.groups_hanging_on_one_person,
            a.groups_hanging_on_one_person,
            d.groups_hanging_on_one_person,
        ),
        row("summary-parts", b.parts, a.parts, d.parts),
        {
            // Under --min-count, as summary.json.
            let change = if w.hides("/change/cut_point_persons") {
                t!(l, "not-published")
            } else {
                signed(l, d.cut_point_persons)
            };
            (
                message(l, "summary-cut-point-persons", &[]),
                w.shown(l, "/before/cut_point_persons", b.cut_point_persons),
                w.shown(l, "/after/cut_point_persons", a.cut_point_persons),
                change,
            )
        },
    ]
}

/// Groups by how many members joined or left, most first, then name.
fn groups_by_change(c: &Comparison) -> Vec<&GroupChange> {
    let mut v: Vec<&GroupChange> = c.groups.iter().collect();
    v.sort_by_key(|g| std::cmp::Reverse(g.joined + g.left));
    v
}

/// The pairs of `status`, most shared (on the side they share) first.
fn pairs_of(c: &Comparison, status: PairStatus) -> Vec<&PairChange> {
    let mut v: Vec<&PairChange> = c.pairs.iter().filter(|p| p.status() == status).collect();
    v.sort_by(|x, y| {
        let k = |p: &PairChange| p.shared_before.max(p.shared_after);
        k(y).cmp(&k(x))
    });
    v
}

/// A column's header in the page's language.
fn label(l: Lang, column: &str) -> String {
    message(l, &format!("cmp-col-{}", column.replace('_', "-")), &[])
}

/// A word of a `status` or `change` cell in the page's language.
fn word(l: Lang, w: &str) -> String {
    message(l, &format!("cmp-word-{w}"), &[])
}

/// Definitions: (term, definition).
fn definitions(l: Lang, trend: bool) -> Vec<(String, String)> {
    let keys: &[&str] = if trend {
        &["rate", "shared-rate", "parts", "cut-point", "points"]
    } else {
        &[
            "same-person",
            "rate",
            "points",
            "group-members",
            "new-connector",
            "connector-lost",
            "shared-rate",
            "pair-change",
            "lost-link",
            "parts",
            "cut-point",
        ]
    };
    keys.iter()
        .map(|k| {
            (
                message(l, &format!("def-{k}"), &[]),
                message(l, &format!("def-{k}-text"), &[]),
            )
        })
        .collect()
}

/// The files read for a snapshot, in words.
fn input_line(l: Lang, label: &str, input: &SideInput) -> String {
    let files: Vec<String> = input
        .files
        .iter()
        .map(|f| {
            t!(
                l,
                "cmp-input-file",
                file = &f.file,
                format = f.format.describe(l),
                rows = f.rows,
                kept = f.kept
            )
        })
        .collect();
    t!(
        l,
        "cmp-input",
        label = label,
        files = files.join("; "),
        duplicates = input.duplicates,
        skipped = input.rows_skipped
    )
}

// ---------------------------------------------------------------------
// The comparison as a document.

const GROUP_COLUMNS: &[&str] = &[
    "group",
    "status",
    "members_before",
    "members_after",
    "joined",
    "left",
    "shared_rate_before",
    "shared_rate_after",
    "isolated_after",
];
const PAIR_COLUMNS: &[&str] = &[
    "group_a",
    "group_b",
    "shared_before",
    "shared_after",
    "change",
];
const LINK_COLUMNS: &[&str] = &[
    "group_a",
    "group_b",
    "shared_before",
    "persons",
    "still_in_network",
];
const PERSON_COLUMNS: &[&str] = &[
    "person",
    "groups_before",
    "groups_after",
    "joined_groups",
    "left_groups",
];

/// A cell as shown to people: counts and rates the language's way,
/// `status` and `change` words translated, "–" where a group did not
/// exist on that side.
fn value(l: Lang, kind: Kind, cell: Cell, column: &str, group: &dyn Fn(u32) -> String) -> Value {
    let numeric = matches!(kind, Kind::Count | Kind::Rate | Kind::Ratio(_));
    let text = |s: String| {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    };
    match cell {
        Cell::Text("") if numeric => Value::Number("–".into(), -1.0),
        Cell::Text("") => Value::Text("–".into()),
        Cell::Text(s) if column == "status" || column == "change" => Value::Text(word(l, s)),
        Cell::Text(s) => Value::Text(s.to_string()),
        Cell::Count(n) => Value::Number(l.count(n), n as f64),
        Cell::Ratio(x) => match kind {
            Kind::Rate => Value::Number(l.percent(x), x),
            Kind::Ratio(d) => Value::Number(l.decimal(x, d), x),
            _ => Value::Number(l.decimal(x, 3), x),
        },
        Cell::Flag(true) => Value::Yes(word(l, "yes")),
        Cell::Flag(false) => Value::Text(word(l, "no")),
        Cell::Group(g) => text(group(g)),
        Cell::Groups(ids) => text(ids.iter().map(|&g| group(g)).collect::<Vec<_>>().join("; ")),
        Cell::Texts(list) => text(list.join("; ")),
        Cell::Person(_) | Cell::Hidden => Value::Empty,
    }
}

/// A table of the columns `names` of table `T` (rows read from `s`), for
/// `rows`, `total` rows in the whole list (in `T::FILE`).
fn table<'a, S: super::csv_out::NamesGroups, T: Table<S>>(
    l: Lang,
    s: &'a S,
    names: &[&str],
    rows: impl Iterator<Item = &'a T>,
    total: usize,
    group: &dyn Fn(u32) -> String,
) -> TableBlock {
    let cols = T::pick(names);
    let k = s.min_count();
    let suppression = super::tables::Suppression::of::<S, T>(k);
    TableBlock {
        columns: cols
            .iter()
            .map(|&k| ColumnHead {
                label: label(l, T::COLUMNS[k].name),
                numeric: matches!(
                    T::COLUMNS[k].kind,
                    Kind::Count | Kind::Rate | Kind::Ratio(_)
                ),
            })
            .collect(),
        rows: rows
            .map(|r| {
                let hidden = suppression
                    .as_ref()
                    .map_or_else(Default::default, |x| x.hidden(r, s));
                cols.iter()
                    .map(|&i| {
                        let c = &T::COLUMNS[i];
                        if hidden.is_below(i) {
                            super::document::hidden_value(l, k, c.kind)
                        } else if hidden.hides(i) {
                            Value::Empty
                        } else {
                            value(l, c.kind, r.cell(s, i), c.name, group)
                        }
                    })
                    .collect()
            })
            .collect(),
        total,
        file: Some(T::FILE),
    }
}

/// The same list, its first [`TEXT_ROWS`] in report.md and up to `page`
/// rows in the page.
fn text_and_page(short: TableBlock, long: TableBlock) -> Vec<Block> {
    vec![
        Block::Only(Media::Text, vec![Block::Table(short)]),
        Block::Only(Media::Page, vec![Block::Table(long)]),
    ]
}

/// The chart `name` of `charts` as a figure: its title as drawn, how to
/// read it from the catalogue (`<prefix>-<name>-read`).
fn chart_figure(l: Lang, charts: &[Chart], prefix: &str, name: &str) -> Option<Block> {
    let c = charts.iter().find(|c| c.name == name)?;
    Some(Block::Figure(Figure {
        chart: c.name,
        title: c.title.clone(),
        how_to_read: message(l, &format!("{prefix}-{name}-read"), &[]),
    }))
}

/// The page's title: `--title` when given (and not blank), else
/// `default`.
fn page_title(opts: &ReportOptions, default: String) -> String {
    opts.title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(default)
}

/// The date under the title, as `report` has it: `--date` when given,
/// else the date of the newest file read (of any snapshot), in words.
fn page_date<'a>(
    opts: &ReportOptions,
    inputs: impl Iterator<Item = &'a SideInput>,
) -> Option<String> {
    let l = opts.charts.lang;
    opts.date
        .clone()
        .or_else(|| {
            inputs
                .flat_map(|i| i.files.iter().filter_map(|f| f.modified.clone()))
                .max()
        })
        .map(|d| long_date(l, &d))
}

/// Plain text as a block of its own.
fn para(s: String) -> Block {
    Block::Paragraph(vec![Span::Text(s)])
}

fn note(s: String) -> Block {
    Block::Note(vec![Span::Text(s)])
}

/// The comparison as a [`Document`]: what changed in sentences, the
/// figures, groups, lost links, pairs, persons, definitions and what was
/// read; laid out by the report's own writers.
pub fn compare_document(c: &Comparison, charts: &[Chart], opts: &ReportOptions) -> Document {
    let l = opts.charts.lang;
    let s = &c.summary;
    let (from, to) = (s.before.label.as_str(), s.after.label.as_str());
    let group = |g: u32| c.group_name(g).to_string();
    // What summary.json withholds, computed once for the sentences and
    // the figures.
    let withheld = super::compare::compare_summary(c);
    let sentences = compare_sentences(c, &withheld, l, &|n| n.to_string());
    let figures = figures(c, &withheld, l);
    let mut sections = Vec::new();

    sections.push(Section {
        id: "essentials",
        title: t!(l, "sec-essentials"),
        blocks: vec![Block::Items(
            sentences[1..]
                .iter()
                .map(|x| vec![Span::Text(x.clone())])
                .collect(),
        )],
    });

    let mut blocks = vec![Block::Table(TableBlock {
        columns: vec![
            ColumnHead {
                label: t!(l, "cmp-figure"),
                numeric: false,
            },
            ColumnHead {
                label: from.to_string(),
                numeric: true,
            },
            ColumnHead {
                label: to.to_string(),
                numeric: true,
            },
            ColumnHead {
                label: t!(l, "cmp-change"),
                numeric: true,
            },
        ],
        rows: figures
            .iter()
            .map(|(label, b, a, d)| {
                vec![
                    Value::Text(label.clone()),
                    Value::Text(b.clone()),
                    Value::Text(a.clone()),
                    Value::Text(d.clone()),
                ]
            })
            .collect(),
        total: figures.len(),
        file: None,
    })];
    blocks.extend(chart_figure(l, charts, "cmp-chart", "distribution"));
    sections.push(Section {
        id: "figures",
        title: t!(l, "cmp-section-figures"),
        blocks,
    });

    let groups = groups_by_change(c);
    let n = groups.len();
    let mut blocks = vec![note(t!(l, "cmp-groups-note"))];
    blocks.extend(text_and_page(
        table(
            l,
            c,
            GROUP_COLUMNS,
            groups.iter().take(TEXT_ROWS).copied(),
            n,
            &group,
        ),
        table(
            l,
            c,
            GROUP_COLUMNS,
            groups.iter().take(PAGE_GROUPS).copied(),
            n,
            &group,
        ),
    ));
    blocks.extend(chart_figure(l, charts, "cmp-chart", "groups"));
    sections.push(Section {
        id: "groups",
        title: t!(l, "cmp-section-groups"),
        blocks,
    });

    let links = &c.lost_links;
    let blocks = if links.is_empty() {
        vec![para(t!(l, "cmp-no-lost-links"))]
    } else {
        let mut b = vec![note(t!(l, "cmp-lost-note"))];
        b.extend(text_and_page(
            table(
                l,
                c,
                LINK_COLUMNS,
                links.iter().take(TEXT_ROWS),
                links.len(),
                &group,
            ),
            table(
                l,
                c,
                LINK_COLUMNS,
                links.iter().take(PAGE_ROWS),
                links.len(),
                &group,
            ),
        ));
        b
    };
    sections.push(Section {
        id: "lost",
        title: t!(l, "cmp-section-lost"),
        blocks,
    });

    let mut blocks = vec![note(t!(l, "cmp-pairs-note"))];
    for (status, key) in [
        (PairStatus::Lost, "cmp-section-pairs-lost"),
        (PairStatus::Gained, "cmp-section-gained"),
    ] {
        blocks.push(Block::Heading(message(l, key, &[])));
        let pairs = pairs_of(c, status);
        if pairs.is_empty() {
            blocks.push(para(t!(l, "cmp-none")));
            continue;
        }
        let n = pairs.len();
        blocks.extend(text_and_page(
            table(
                l,
                c,
                PAIR_COLUMNS,
                pairs.iter().take(TEXT_ROWS).copied(),
                n,
                &group,
            ),
            table(
                l,
                c,
                PAIR_COLUMNS,
                pairs.iter().take(PAGE_ROWS).copied(),
                n,
                &group,
            ),
        ));
    }
    blocks.extend(chart_figure(l, charts, "cmp-chart", "map"));
    sections.push(Section {
        id: "pairs",
        title: t!(l, "cmp-section-pairs"),
        blocks,
    });

    // The page only, as before: report.md goes into newsletters, and this
    // table names people one by one.
    let persons = &c.persons;
    let listed = if s.privacy.min_count > 1 {
        vec![note(t!(l, "cmp-persons-withheld"))]
    } else {
        vec![
            note(t!(l, "cmp-persons-note")),
            Block::Table(table(
                l,
                c,
                PERSON_COLUMNS,
                persons.iter().take(PAGE_ROWS),
                persons.len(),
                &group,
            )),
        ]
    };
    sections.push(Section {
        id: "persons",
        title: t!(l, "cmp-section-persons"),
        blocks: vec![Block::Only(Media::Page, listed)],
    });

    sections.extend(super::sections::privacy::section_of(
        l,
        &s.privacy,
        super::sections::privacy::Written {
            persons: true,
            identity_lists: false,
            graphs: false,
        },
    ));
    sections.push(Section {
        id: "definitions",
        title: t!(l, "cmp-section-definitions"),
        blocks: vec![Block::Definitions(definitions(l, false))],
    });
    sections.push(Section {
        id: "input",
        title: t!(l, "cmp-section-input"),
        blocks: vec![
            Block::Items(vec![
                vec![Span::Text(input_line(l, from, &s.input_before))],
                vec![Span::Text(input_line(l, to, &s.input_after))],
            ]),
            note(t!(l, "cmp-personal-data")),
        ],
    });

    let files = s.input_before.files.len() + s.input_after.files.len();
    Document {
        lang: l,
        title: page_title(opts, t!(l, "cmp-title", before = from, after = to)),
        subtitle: match page_date(opts, [&s.input_before, &s.input_after].into_iter()) {
            Some(date) => t!(
                l,
                "cmp-subtitle-dated",
                before = from,
                after = to,
                date = date,
                files = files
            ),
            None => t!(l, "cmp-subtitle", before = from, after = to, files = files),
        },
        lead: vec![Span::Strong(sentences[0].clone())],
        cards: figures
            .iter()
            .take(CARDS)
            .map(|(label, b, a, d)| Card::words(format!("{b} → {a}"), format!("{label} ({d})")))
            .collect(),
        sections,
        footer: t!(l, "footer", version = env!("CARGO_PKG_VERSION")),
    }
}

/// Writes the comparison's `report.md`.
pub fn write_compare_markdown(
    c: &Comparison,
    charts: &[Chart],
    opts: &ReportOptions,
    w: &mut dyn Write,
) -> Result<()> {
    markdown::write_markdown(&compare_document(c, charts, opts), w)
}

/// Writes the comparison's `index.html`, with the charts inline.
pub fn write_compare_html(
    c: &Comparison,
    charts: &[Chart],
    opts: &ReportOptions,
    w: &mut dyn Write,
) -> Result<()> {
    html::write_html(&compare_document(c, charts, opts), charts, w)
}

// ---------------------------------------------------------------------
// The trend's pages.

/// Groups present in the first and last snapshots, by the change of
/// their shared rate: (name, first rate, last rate), largest rise first.
fn rate_changes(t: &Trend) -> Vec<(&str, f64, f64)> {
    let last = t.points.len().saturating_sub(1) as u32;
    // Under --min-count, a rate trend_groups.csv withholds is not said.
    let k = t.privacy.min_count;
    let small = |n: u64| n > 0 && n < k;
    let published = |r: &TrendGroup| !small(r.members) && !small(r.shared_members);
    let mut v: Vec<(&str, f64, f64)> = (0..t.group_names.len() as u32)
        .filter_map(|g| {
            let rows = t.rows_of(g);
            match (rows.first(), rows.last()) {
                (Some(f), Some(e))
                    if f.snapshot == 0
                        && e.snapshot == last
                        && last > 0
                        && published(f)
                        && published(e) =>
                {
                    Some((
                        t.group_names[g as usize].as_str(),
                        f.shared_rate(),
                        e.shared_rate(),
                    ))
                }
                _ => None,
            }
        })
        .collect();
    v.sort_by(|x, y| (y.2 - y.1).total_cmp(&(x.2 - x.1)));
    v
}

/// The trend in sentences (names through `name`); the first is the
/// headline.
pub fn trend_sentences(t: &Trend, l: Lang, name: &dyn Fn(&str) -> String) -> Vec<String> {
    let (Some(first), Some(last)) = (t.points.first(), t.points.last()) else {
        return Vec::new();
    };
    let (b, a) = (&first.headline, &last.headline);
    let mut out = vec![rate_sentence(l, b, a, &first.label, &last.label)];
    out.push(t!(
        l,
        "trend-counts",
        from = name(&first.label),
        to = name(&last.label),
        persons_before = b.persons,
        persons_after = a.persons,
        groups_before = b.groups,
        groups_after = a.groups,
        memberships_before = b.memberships,
        memberships_after = a.memberships
    ));
    let changes = rate_changes(t);
    let said = |items: &[&(&str, f64, f64)]| -> String {
        items
            .iter()
            .map(|(n, x, y)| format!("{} ({} → {})", name(n), l.percent(*x), l.percent(*y)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rises: Vec<&(&str, f64, f64)> = changes.iter().filter(|c| c.2 > c.1).take(3).collect();
    if !rises.is_empty() {
        out.push(t!(l, "trend-rises", list = said(&rises)));
    }
    let falls: Vec<&(&str, f64, f64)> =
        changes.iter().rev().filter(|c| c.2 < c.1).take(3).collect();
    if !falls.is_empty() {
        out.push(t!(l, "trend-falls", list = said(&falls)));
    }
    let renamed: Vec<String> = {
        let mut v: Vec<String> = t
            .points
            .iter()
            .flat_map(|p| p.renamed.iter())
            .map(|(o, n)| format!("{} → {}", name(o), name(n)))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    if !renamed.is_empty() {
        out.push(t!(l, "cmp-renamed", list = renamed.join(", ")));
    }
    out
}

const TREND_COLUMNS: &[&str] = &[
    "label",
    "persons",
    "groups",
    "memberships",
    "multi_membership_rate",
    "isolated_groups",
    "parts",
    "cut_point_persons",
    "overlapping_pairs",
];

/// The trend as a [`Document`]: how the figures moved in sentences, the
/// snapshots' table, the groups whose shared rate moved most, the
/// definitions and what was read.
pub fn trend_document(t: &Trend, charts: &[Chart], opts: &ReportOptions) -> Document {
    let l = opts.charts.lang;
    let (first, last) = match (t.points.first(), t.points.last()) {
        (Some(f), Some(e)) => (f.label.as_str(), e.label.as_str()),
        _ => ("", ""),
    };
    let sentences = trend_sentences(t, l, &|n| n.to_string());
    let group = |g: u32| t.group_names[g as usize].clone();
    let mut sections = Vec::new();
    if sentences.len() > 1 {
        sections.push(Section {
            id: "essentials",
            title: t!(l, "sec-essentials"),
            blocks: vec![Block::Items(
                sentences[1..]
                    .iter()
                    .map(|x| vec![Span::Text(x.clone())])
                    .collect(),
            )],
        });
    }
    let n = t.points.len();
    let mut blocks = vec![Block::Table(table(
        l,
        t,
        TREND_COLUMNS,
        t.points.iter(),
        n,
        &group,
    ))];
    blocks.extend(chart_figure(l, charts, "trend-chart", "trend"));
    sections.push(Section {
        id: "snapshots",
        title: t!(l, "trend-section-snapshots"),
        blocks,
    });

    let changes = rate_changes(t);
    let rate = |x: f64| Value::Number(l.percent(x), x);
    let row = |(name, x, y): &(&str, f64, f64)| {
        vec![
            Value::Text(name.to_string()),
            rate(*x),
            rate(*y),
            Value::Number(
                t!(
                    l,
                    "cmp-points",
                    points = points(l, (y - x) * 100.0),
                    size = ((y - x) * 100.0).abs()
                ),
                y - x,
            ),
        ]
    };
    let rates = |take: usize| TableBlock {
        columns: vec![
            ColumnHead {
                label: label(l, "group"),
                numeric: false,
            },
            ColumnHead {
                label: first.to_string(),
                numeric: true,
            },
            ColumnHead {
                label: last.to_string(),
                numeric: true,
            },
            ColumnHead {
                label: t!(l, "cmp-change"),
                numeric: true,
            },
        ],
        rows: changes.iter().take(take).map(row).collect(),
        total: t.group_names.len(),
        file: Some(TrendGroup::FILE),
    };
    let mut blocks = vec![note(t!(l, "trend-groups-note"))];
    blocks.extend(text_and_page(rates(TEXT_ROWS), rates(PAGE_GROUPS)));
    blocks.push(note(t!(l, "trend-groups-file")));
    blocks.extend(chart_figure(l, charts, "trend-chart", "groups"));
    sections.push(Section {
        id: "groups",
        title: t!(l, "trend-section-groups"),
        blocks,
    });
    sections.extend(super::sections::privacy::section_of(
        l,
        &t.privacy,
        super::sections::privacy::Written {
            persons: false,
            identity_lists: false,
            graphs: false,
        },
    ));

    sections.push(Section {
        id: "definitions",
        title: t!(l, "cmp-section-definitions"),
        blocks: vec![Block::Definitions(definitions(l, true))],
    });
    sections.push(Section {
        id: "input",
        title: t!(l, "cmp-section-input"),
        blocks: vec![Block::Items(
            t.points
                .iter()
                .map(|p| vec![Span::Text(input_line(l, &p.label, &p.input))])
                .collect(),
        )],
    });
    let files: usize = t.points.iter().map(|p| p.input.files.len()).sum();
    Document {
        lang: l,
        title: page_title(opts, t!(l, "trend-title", first = first, last = last)),
        subtitle: match page_date(opts, t.points.iter().map(|p| &p.input)) {
            Some(date) => t!(l, "trend-subtitle-dated", n = n, date = date, files = files),
            None => t!(l, "trend-subtitle", n = n, files = files),
        },
        lead: sentences
            .first()
            .map(|s| vec![Span::Strong(s.clone())])
            .unwrap_or_default(),
        cards: trend_cards(t, l),
        sections,
        footer: t!(l, "footer", version = env!("CARGO_PKG_VERSION")),
    }
}

/// The first snapshot's headline figures against the last's, as the
/// comparison's cards.
fn trend_cards(t: &Trend, l: Lang) -> Vec<Card> {
    let (Some(first), Some(last)) = (t.points.first(), t.points.last()) else {
        return Vec::new();
    };
    let (b, a) = (&first.headline, &last.headline);
    let count = |key: &str, x: u64, y: u64| {
        Card::words(
            format!("{} → {}", l.count(x), l.count(y)),
            format!(
                "{} ({})",
                message(l, key, &[]),
                signed(l, y as i64 - x as i64)
            ),
        )
    };
    let rate = (a.multi_membership_rate - b.multi_membership_rate) * 100.0;
    vec![
        Card::words(
            format!(
                "{} → {}",
                l.percent(b.multi_membership_rate),
                l.percent(a.multi_membership_rate)
            ),
            format!(
                "{} ({})",
                t!(l, "cmp-figure-rate"),
                t!(l, "cmp-points", points = points(l, rate), size = rate.abs())
            ),
        ),
        count("summary-persons", b.persons, a.persons),
        count("summary-groups", b.groups, a.groups),
        count("summary-memberships", b.memberships, a.memberships),
    ]
}

/// Writes the trend's `report.md`.
pub fn write_trend_markdown(
    t: &Trend,
    charts: &[Chart],
    opts: &ReportOptions,
    w: &mut dyn Write,
) -> Result<()> {
    markdown::write_markdown(&trend_document(t, charts, opts), w)
}

/// Writes the trend's `index.html`, with the charts inline.
pub fn write_trend_html(
    t: &Trend,
    charts: &[Chart],
    opts: &ReportOptions,
    w: &mut dyn Write,
) -> Result<()> {
    html::write_html(&trend_document(t, charts, opts), charts, w)
}

/// Every key this page asks for by a computed name, for the tests.
#[cfg(test)]
fn computed_keys() -> Vec<String> {
    let mut keys = Vec::new();
    fn columns<S, T: Table<S>>(keys: &mut Vec<String>) {
        for c in T::COLUMNS {
            keys.push(format!("cmp-col-{}", c.name.replace('_', "-")));
        }
    }
    columns::<Comparison, GroupChange>(&mut keys);
    columns::<Comparison, PairChange>(&mut keys);
    columns::<Comparison, crate::analyse::compare::LostLink>(&mut keys);
    columns::<Comparison, crate::analyse::compare::PersonChange>(&mut keys);
    columns::<Trend, crate::analyse::trend::TrendPoint>(&mut keys);
    use crate::analyse::compare::GroupStatus;
    for s in [GroupStatus::Kept, GroupStatus::New, GroupStatus::Closed] {
        keys.push(format!("cmp-word-{}", s.word()));
    }
    for p in [
        PairStatus::Gained,
        PairStatus::Lost,
        PairStatus::Up,
        PairStatus::Down,
        PairStatus::Same,
    ] {
        keys.push(format!("cmp-word-{}", p.word()));
    }
    keys.push("cmp-word-yes".into());
    for c in crate::chart::COMPARE_CHARTS {
        keys.push(format!("cmp-chart-{}-read", c.name));
    }
    for c in crate::chart::TREND_CHARTS {
        keys.push(format!("trend-chart-{}-read", c.name));
    }
    keys.push("cmp-word-no".into());
    for k in [
        "same-person",
        "rate",
        "points",
        "group-members",
        "new-connector",
        "connector-lost",
        "shared-rate",
        "pair-change",
        "lost-link",
        "parts",
        "cut-point",
    ] {
        keys.push(format!("def-{k}"));
        keys.push(format!("def-{k}-text"));
    }
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_computed_key_is_in_the_catalogues() {
        for l in [Lang::En, Lang::Fr] {
            let known = crate::messages::keys(l);
            for k in computed_keys() {
                assert!(known.contains(&k), "{k} missing for {l:?}");
            }
        }
    }

    #[test]
    fn changes_are_signed() {
        assert_eq!(points(Lang::En, 2.71), "+2.7");
        assert_eq!(points(Lang::Fr, -1.26), "−1,3");
        assert_eq!(points(Lang::En, 0.01), "0.0");
        assert_eq!(signed(Lang::En, 1234), "+1,234");
        assert_eq!(signed(Lang::En, -4), "−4");
        assert_eq!(signed(Lang::En, 0), "0");
    }
}
