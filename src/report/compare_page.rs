//! Report stage, the pages of a comparison and of a trend: `report.md` and
//! `index.html`, in the language of `--lang` (every sentence from the
//! catalogue). What changed in plain words first, then the tables, the
//! charts, the definitions and what was read. Names are escaped: Markdown
//! by [`super::markdown::escape`], HTML by maud. The page uses the
//! report's style sheet and script.

use super::markdown::escape;
use super::tables::{Cell, Kind, Table};
use crate::analyse::compare::{
    Comparison, GroupChange, LostLink, PairChange, PairStatus, PersonChange, SideInput,
};
use crate::analyse::trend::{Trend, TrendPoint};
use crate::chart::Chart;
use crate::lang::Lang;
use crate::messages::message;
use crate::t;
use anyhow::Result;
use maud::{html, Markup, PreEscaped};
use std::io::Write;

const STYLE: &str = include_str!("../../assets/report.css");
const SCRIPT: &str = include_str!("../../assets/report.js");

/// Items of a list named in a sentence before "and N more".
const LISTED: usize = 10;
/// Lost links named one by one in the sentences.
const LINKS_SAID: usize = 5;
/// Rows of each table in report.md.
const MD_ROWS: usize = 10;
/// Rows of the groups table in index.html.
const HTML_GROUPS: usize = 500;
/// Rows of the other tables in index.html.
const HTML_ROWS: usize = 100;

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
pub fn compare_sentences(c: &Comparison, l: Lang, name: &dyn Fn(&str) -> String) -> Vec<String> {
    let s = &c.summary;
    let (b, a) = (&s.before.headline, &s.after.headline);
    let p = &s.persons;
    let mut out = vec![rate_sentence(l, b, a, &s.before.label, &s.after.label)];
    out.push(t!(
        l,
        "cmp-people",
        joined = p.joined,
        left = p.left,
        stayed = p.stayed,
        changed = p.groups_changed
    ));
    out.push(t!(l, "cmp-new-connectors", n = p.new_connectors));
    if p.joined_in_2plus_groups > 0 {
        out.push(t!(l, "cmp-joined-connectors", n = p.joined_in_2plus_groups));
    }
    if p.connectors_lost > 0 {
        out.push(t!(
            l,
            "cmp-connectors-lost",
            back = p.connectors_lost_back_to_one,
            left = p.connectors_lost_left
        ));
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
        out.push(t!(
            l,
            "cmp-cut-points",
            after = a.cut_point_persons,
            before = b.cut_point_persons
        ));
    }
    let m = &s.memberships;
    out.push(t!(
        l,
        "cmp-memberships",
        new = m.new,
        ended = m.ended,
        kept = m.kept
    ));
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
fn figures(c: &Comparison, l: Lang) -> Vec<(String, String, String, String)> {
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
                points = points(l, d.multi_membership_rate_points)
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
        row(
            "summary-cut-point-persons",
            b.cut_point_persons,
            a.cut_point_persons,
            d.cut_point_persons,
        ),
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
// report.md

fn md_cell(l: Lang, kind: Kind, cell: Cell, column: &str, c: &Comparison) -> String {
    match cell {
        Cell::Text("") => "–".into(),
        Cell::Text(s) if column == "status" || column == "change" => word(l, s),
        Cell::Text(s) => escape(s),
        Cell::Count(n) => l.count(n),
        Cell::Ratio(x) => match kind {
            Kind::Rate => l.percent(x),
            Kind::Ratio(d) => l.decimal(x, d),
            _ => l.decimal(x, 3),
        },
        Cell::Flag(true) => word(l, "yes"),
        Cell::Flag(false) => word(l, "no"),
        Cell::Group(g) => escape(c.group_name(g)),
        Cell::Groups(ids) => ids
            .iter()
            .map(|&g| escape(c.group_name(g)))
            .collect::<Vec<_>>()
            .join("; "),
        Cell::Texts(list) => list
            .iter()
            .map(|s| escape(s))
            .collect::<Vec<_>>()
            .join("; "),
        Cell::Person(_) => String::new(),
    }
}

fn md_table<'a, T: Table<Comparison>>(
    w: &mut dyn Write,
    l: Lang,
    c: &'a Comparison,
    columns: &[&str],
    rows: impl Iterator<Item = &'a T>,
) -> Result<()> {
    let cols = T::pick(columns);
    let numeric = |k: usize| {
        matches!(
            T::COLUMNS[k].kind,
            Kind::Count | Kind::Rate | Kind::Ratio(_)
        )
    };
    let head: Vec<String> = cols.iter().map(|&k| label(l, T::COLUMNS[k].name)).collect();
    writeln!(w, "| {} |", head.join(" | "))?;
    let rule: Vec<&str> = cols
        .iter()
        .map(|&k| if numeric(k) { "---:" } else { "---" })
        .collect();
    writeln!(w, "|{}|", rule.join("|"))?;
    for row in rows {
        let cells: Vec<String> = cols
            .iter()
            .map(|&k| md_cell(l, T::COLUMNS[k].kind, row.cell(c, k), T::COLUMNS[k].name, c))
            .collect();
        writeln!(w, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

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

/// Writes the comparison's `report.md`.
pub fn write_compare_markdown(
    c: &Comparison,
    charts: &[Chart],
    l: Lang,
    w: &mut dyn Write,
) -> Result<()> {
    let s = &c.summary;
    let (from, to) = (escape(&s.before.label), escape(&s.after.label));
    writeln!(w, "# {}\n", t!(l, "cmp-title", before = &from, after = &to))?;
    let sentences = compare_sentences(c, l, &|n| escape(n));
    writeln!(w, "**{}**\n", sentences[0])?;
    for line in &sentences[1..] {
        writeln!(w, "- {line}")?;
    }

    writeln!(w, "\n## {}\n", t!(l, "cmp-section-figures"))?;
    writeln!(
        w,
        "| {} | {} | {} | {} |",
        t!(l, "cmp-figure"),
        from,
        to,
        t!(l, "cmp-change")
    )?;
    writeln!(w, "|---|---:|---:|---:|")?;
    for (label, b, a, d) in figures(c, l) {
        writeln!(w, "| {label} | {b} | {a} | {d} |")?;
    }

    writeln!(w, "\n## {}\n", t!(l, "cmp-section-groups"))?;
    writeln!(w, "{}\n", t!(l, "cmp-groups-note"))?;
    let groups = groups_by_change(c);
    md_table::<GroupChange>(w, l, c, GROUP_COLUMNS, groups.iter().take(MD_ROWS).copied())?;
    md_more(
        w,
        l,
        groups.len().min(MD_ROWS),
        groups.len(),
        GroupChange::FILE,
    )?;

    writeln!(w, "\n## {}\n", t!(l, "cmp-section-lost"))?;
    if c.lost_links.is_empty() {
        writeln!(w, "{}", t!(l, "cmp-no-lost-links"))?;
    } else {
        writeln!(w, "{}\n", t!(l, "cmp-lost-note"))?;
        md_table::<LostLink>(w, l, c, LINK_COLUMNS, c.lost_links.iter().take(MD_ROWS))?;
        md_more(
            w,
            l,
            c.lost_links.len().min(MD_ROWS),
            c.lost_links.len(),
            LostLink::FILE,
        )?;
    }

    for (status, key) in [
        (PairStatus::Gained, "cmp-section-gained"),
        (PairStatus::Lost, "cmp-section-pairs-lost"),
    ] {
        writeln!(w, "\n## {}\n", message(l, key, &[]))?;
        let pairs = pairs_of(c, status);
        if pairs.is_empty() {
            writeln!(w, "{}", t!(l, "cmp-none"))?;
            continue;
        }
        md_table::<PairChange>(w, l, c, PAIR_COLUMNS, pairs.iter().take(MD_ROWS).copied())?;
        md_more(
            w,
            l,
            pairs.len().min(MD_ROWS),
            pairs.len(),
            PairChange::FILE,
        )?;
    }

    writeln!(w, "\n## {}\n", t!(l, "cmp-section-charts"))?;
    for chart in charts {
        writeln!(
            w,
            "![{}](charts/{}.svg)\n",
            escape(&chart.title),
            chart.name
        )?;
    }

    writeln!(w, "## {}\n", t!(l, "cmp-section-definitions"))?;
    for (term, def) in definitions(l, false) {
        writeln!(w, "- **{term}**: {def}")?;
    }
    writeln!(w, "\n## {}\n", t!(l, "cmp-section-input"))?;
    writeln!(
        w,
        "- {}",
        escape(&input_line(l, &s.before.label, &s.input_before))
    )?;
    writeln!(
        w,
        "- {}",
        escape(&input_line(l, &s.after.label, &s.input_after))
    )?;
    writeln!(w, "\n{}", t!(l, "cmp-personal-data"))?;
    Ok(())
}

fn md_more(w: &mut dyn Write, l: Lang, shown: usize, total: usize, file: &str) -> Result<()> {
    if shown < total {
        writeln!(
            w,
            "\n{}",
            t!(l, "cmp-shown", shown = shown, total = total, file = file)
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------------
// index.html

fn html_cell(l: Lang, kind: Kind, cell: Cell, column: &str, c: &Comparison) -> Markup {
    let numeric = matches!(kind, Kind::Count | Kind::Rate | Kind::Ratio(_));
    let number = |v: String, shown: String| html! { td.n data-v=(v) { (shown) } };
    match cell {
        Cell::Text("") if numeric => number("-1".into(), "–".into()),
        Cell::Text("") => html! { td { "–" } },
        Cell::Text(s) if column == "status" || column == "change" => {
            html! { td { (word(l, s)) } }
        }
        Cell::Count(n) => number(n.to_string(), l.count(n)),
        Cell::Ratio(x) => match kind {
            Kind::Rate => number(x.to_string(), l.percent(x)),
            Kind::Ratio(d) => number(x.to_string(), l.decimal(x, d)),
            _ => number(x.to_string(), l.decimal(x, 3)),
        },
        Cell::Flag(true) => html! { td.yes { (word(l, "yes")) } },
        Cell::Flag(false) => html! { td {} },
        Cell::Text(s) => html! { td { (s) } },
        Cell::Group(g) => html! { td { (c.group_name(g)) } },
        Cell::Groups(ids) => {
            let names: Vec<&str> = ids.iter().map(|&g| c.group_name(g)).collect();
            html! { td { (names.join("; ")) } }
        }
        Cell::Texts(list) => html! { td { (list.join("; ")) } },
        Cell::Person(_) => html! { td {} },
    }
}

fn html_table<'a, S, T: Table<S>>(
    l: Lang,
    s: &'a S,
    columns: &[&str],
    rows: impl Iterator<Item = &'a T>,
    cell: impl Fn(Kind, Cell, &str) -> Markup,
) -> Markup {
    let cols = T::pick(columns);
    let numeric = |k: usize| {
        matches!(
            T::COLUMNS[k].kind,
            Kind::Count | Kind::Rate | Kind::Ratio(_)
        )
    };
    html! {
        div.scroll { table.sortable {
            thead { tr {
                @for &k in &cols {
                    @if numeric(k) {
                        th.n data-sort="n" { (label(l, T::COLUMNS[k].name)) }
                    } @else {
                        th data-sort="t" { (label(l, T::COLUMNS[k].name)) }
                    }
                }
            } }
            tbody {
                @for row in rows {
                    tr { @for &k in &cols { (cell(T::COLUMNS[k].kind, row.cell(s, k), T::COLUMNS[k].name)) } }
                    "\n"
                }
            }
        } }
    }
}

fn html_more(l: Lang, shown: usize, total: usize, file: &str) -> Markup {
    html! {
        @if shown < total {
            p.note { (t!(l, "cmp-shown", shown = shown, total = total, file = file)) }
        }
    }
}

/// A chart's SVG without its XML declaration, to sit inside the page.
fn inline_svg(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

/// The page around `body`: the same head, style sheet and script as the
/// report's page (no request: a Content-Security-Policy forbids any).
fn page(l: Lang, title: &str, body: Markup) -> Markup {
    let version = env!("CARGO_PKG_VERSION");
    html! {
        html lang=(l.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
                meta name="generator" content={ "maillage " (version) };
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { main {
                "\n"
                h1 { (title) } "\n"
                (body)
                footer {
                    "maillage " (version) " · " (t!(l, "cmp-footer"))
                } "\n"
            }
            script { (PreEscaped(SCRIPT)) } }
        }
    }
}

fn charts_html(charts: &[Chart]) -> Markup {
    html! {
        @for ch in charts {
            figure id={ "chart-" (ch.name) } role="img" aria-label=(ch.title) {
                div.scroll { (PreEscaped(inline_svg(&ch.svg))) }
                figcaption { a href={ "charts/" (ch.name) ".svg" } { "charts/" (ch.name) ".svg" } }
            } "\n"
        }
    }
}

fn definitions_html(l: Lang, trend: bool) -> Markup {
    html! {
        dl { @for (term, def) in definitions(l, trend) { dt { (term) } dd { (def) } } } "\n"
    }
}

fn write_page(page: Markup, w: &mut dyn Write) -> Result<()> {
    w.write_all(b"<!doctype html>\n")?;
    w.write_all(page.into_string().as_bytes())?;
    w.write_all(b"\n")?;
    Ok(())
}

/// Writes the comparison's `index.html`, with the charts inline.
pub fn write_compare_html(
    c: &Comparison,
    charts: &[Chart],
    l: Lang,
    w: &mut dyn Write,
) -> Result<()> {
    let s = &c.summary;
    let title = t!(
        l,
        "cmp-title",
        before = &s.before.label,
        after = &s.after.label
    );
    let sentences = compare_sentences(c, l, &|n| n.to_string());
    let sections = [
        ("figures", t!(l, "cmp-section-figures")),
        ("charts", t!(l, "cmp-section-charts")),
        ("groups", t!(l, "cmp-section-groups")),
        ("lost", t!(l, "cmp-section-lost")),
        ("pairs", t!(l, "cmp-section-pairs")),
        ("persons", t!(l, "cmp-section-persons")),
        ("definitions", t!(l, "cmp-section-definitions")),
        ("input", t!(l, "cmp-section-input")),
    ];
    let groups = groups_by_change(c);
    let cell = |k: Kind, v: Cell, col: &str| html_cell(l, k, v, col, c);
    let changed_pairs: Vec<&PairChange> = pairs_of(c, PairStatus::Lost)
        .into_iter()
        .take(HTML_ROWS)
        .chain(pairs_of(c, PairStatus::Gained).into_iter().take(HTML_ROWS))
        .collect();
    let n_changed = (s.pairs.lost + s.pairs.gained) as usize;
    let body = html! {
        p.lead { strong { (sentences[0]) } } "\n"
        ul { @for line in &sentences[1..] { li { (line) } "\n" } }
        div.cards {
            @for (label, b, a, d) in figures(c, l) {
                div.card { b { (b) " → " (a) } span { (label) " (" (d) ")" } }
            }
        } "\n"
        nav.noprint { @for (id, label) in &sections { a href={ "#" (id) } { (label) } } } "\n"

        h2 #figures { (sections[0].1) } "\n"
        div.scroll { table {
            thead { tr {
                th { (t!(l, "cmp-figure")) } th.n { (s.before.label) } th.n { (s.after.label) } th.n { (t!(l, "cmp-change")) }
            } }
            tbody { @for (label, b, a, d) in figures(c, l) {
                tr { td { (label) } td.n { (b) } td.n { (a) } td.n { (d) } } "\n"
            } }
        } }

        h2 #charts { (sections[1].1) } "\n"
        (charts_html(charts))

        h2 #groups { (sections[2].1) } "\n"
        p.note { (t!(l, "cmp-groups-note")) }
        (html_table::<Comparison, GroupChange>(l, c, GROUP_COLUMNS, groups.iter().take(HTML_GROUPS).copied(), cell))
        (html_more(l, groups.len().min(HTML_GROUPS), groups.len(), GroupChange::FILE))

        h2 #lost { (sections[3].1) } "\n"
        @if c.lost_links.is_empty() {
            p { (t!(l, "cmp-no-lost-links")) }
        } @else {
            p.note { (t!(l, "cmp-lost-note")) }
            (html_table::<Comparison, LostLink>(l, c, LINK_COLUMNS, c.lost_links.iter().take(HTML_ROWS), cell))
            (html_more(l, c.lost_links.len().min(HTML_ROWS), c.lost_links.len(), LostLink::FILE))
        }

        h2 #pairs { (sections[4].1) } "\n"
        p.note { (t!(l, "cmp-pairs-note")) }
        (html_table::<Comparison, PairChange>(l, c, PAIR_COLUMNS, changed_pairs.iter().copied(), cell))
        (html_more(l, changed_pairs.len(), n_changed, PairChange::FILE))

        h2 #persons { (sections[5].1) } "\n"
        p.note { (t!(l, "cmp-persons-note")) }
        (html_table::<Comparison, PersonChange>(l, c, PERSON_COLUMNS, c.persons.iter().take(HTML_ROWS), cell))
        (html_more(l, c.persons.len().min(HTML_ROWS), c.persons.len(), PersonChange::FILE))

        h2 #definitions { (sections[6].1) } "\n"
        (definitions_html(l, false))

        h2 #input { (sections[7].1) } "\n"
        ul {
            li { (input_line(l, &s.before.label, &s.input_before)) }
            li { (input_line(l, &s.after.label, &s.input_after)) }
        }
        p.note { (t!(l, "cmp-personal-data")) }
    };
    write_page(page(l, &title, body), w)
}

// ---------------------------------------------------------------------
// The trend's pages.

/// Groups present in the first and last snapshots, by the change of
/// their shared rate: (name, first rate, last rate), largest rise first.
fn rate_changes(t: &Trend) -> Vec<(&str, f64, f64)> {
    let last = t.points.len().saturating_sub(1) as u32;
    let mut v: Vec<(&str, f64, f64)> = (0..t.group_names.len() as u32)
        .filter_map(|g| {
            let rows = t.rows_of(g);
            match (rows.first(), rows.last()) {
                (Some(f), Some(e)) if f.snapshot == 0 && e.snapshot == last && last > 0 => Some((
                    t.group_names[g as usize].as_str(),
                    f.shared_rate(),
                    e.shared_rate(),
                )),
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

fn trend_cell(l: Lang, kind: Kind, cell: Cell) -> (bool, String, String) {
    match (kind, cell) {
        (_, Cell::Count(n)) => (true, n.to_string(), l.count(n)),
        (Kind::Rate, Cell::Ratio(x)) => (true, x.to_string(), l.percent(x)),
        (_, Cell::Ratio(x)) => (true, x.to_string(), l.decimal(x, 3)),
        (_, Cell::Text(s)) => (false, String::new(), s.to_string()),
        _ => (false, String::new(), String::new()),
    }
}

/// Writes the trend's `report.md`.
pub fn write_trend_markdown(t: &Trend, charts: &[Chart], l: Lang, w: &mut dyn Write) -> Result<()> {
    let (first, last) = match (t.points.first(), t.points.last()) {
        (Some(f), Some(e)) => (escape(&f.label), escape(&e.label)),
        _ => (String::new(), String::new()),
    };
    writeln!(
        w,
        "# {}\n",
        t!(l, "trend-title", first = &first, last = &last)
    )?;
    let sentences = trend_sentences(t, l, &|n| escape(n));
    if let Some((head, rest)) = sentences.split_first() {
        writeln!(w, "**{head}**\n")?;
        for line in rest {
            writeln!(w, "- {line}")?;
        }
    }
    writeln!(w, "\n## {}\n", t!(l, "trend-section-snapshots"))?;
    let cols = TrendPoint::pick(TREND_COLUMNS);
    let head: Vec<String> = cols
        .iter()
        .map(|&k| label(l, TrendPoint::COLUMNS[k].name))
        .collect();
    writeln!(w, "| {} |", head.join(" | "))?;
    let rule: Vec<&str> = cols
        .iter()
        .map(|&k| if k == 0 { "---" } else { "---:" })
        .collect();
    writeln!(w, "|{}|", rule.join("|"))?;
    for p in &t.points {
        let cells: Vec<String> = cols
            .iter()
            .map(|&k| {
                let (_, _, shown) = trend_cell(l, TrendPoint::COLUMNS[k].kind, p.cell(t, k));
                escape(&shown)
            })
            .collect();
        writeln!(w, "| {} |", cells.join(" | "))?;
    }
    writeln!(w, "\n{}", t!(l, "trend-groups-file"))?;
    writeln!(w, "\n## {}\n", t!(l, "cmp-section-charts"))?;
    for chart in charts {
        writeln!(
            w,
            "![{}](charts/{}.svg)\n",
            escape(&chart.title),
            chart.name
        )?;
    }
    writeln!(w, "## {}\n", t!(l, "cmp-section-definitions"))?;
    for (term, def) in definitions(l, true) {
        writeln!(w, "- **{term}**: {def}")?;
    }
    writeln!(w, "\n## {}\n", t!(l, "cmp-section-input"))?;
    for p in &t.points {
        writeln!(w, "- {}", escape(&input_line(l, &p.label, &p.input)))?;
    }
    Ok(())
}

/// Writes the trend's `index.html`, with the charts inline.
pub fn write_trend_html(t: &Trend, charts: &[Chart], l: Lang, w: &mut dyn Write) -> Result<()> {
    let (first, last) = match (t.points.first(), t.points.last()) {
        (Some(f), Some(e)) => (f.label.as_str(), e.label.as_str()),
        _ => ("", ""),
    };
    let title = t!(l, "trend-title", first = first, last = last);
    let sentences = trend_sentences(t, l, &|n| n.to_string());
    let cols = TrendPoint::pick(TREND_COLUMNS);
    let changes = rate_changes(t);
    let body = html! {
        @if let Some((head, rest)) = sentences.split_first() {
            p.lead { strong { (head) } } "\n"
            ul { @for line in rest { li { (line) } "\n" } }
        }
        h2 #snapshots { (t!(l, "trend-section-snapshots")) } "\n"
        div.scroll { table.sortable {
            thead { tr { @for &k in &cols {
                @if k == 0 {
                    th data-sort="t" { (label(l, TrendPoint::COLUMNS[k].name)) }
                } @else {
                    th.n data-sort="n" { (label(l, TrendPoint::COLUMNS[k].name)) }
                }
            } } }
            tbody { @for p in &t.points {
                tr { @for &k in &cols {
                    @let (num, v, shown) = trend_cell(l, TrendPoint::COLUMNS[k].kind, p.cell(t, k));
                    @if num { td.n data-v=(v) { (shown) } } @else { td { (shown) } }
                } } "\n"
            } }
        } }
        h2 #charts { (t!(l, "cmp-section-charts")) } "\n"
        (charts_html(charts))
        h2 #groups { (t!(l, "trend-section-groups")) } "\n"
        p.note { (t!(l, "trend-groups-note")) }
        div.scroll { table.sortable {
            thead { tr {
                th data-sort="t" { (label(l, "group")) }
                th.n data-sort="n" { (first) }
                th.n data-sort="n" { (last) }
                th.n data-sort="n" { (t!(l, "cmp-change")) }
            } }
            tbody { @for (name, x, y) in changes.iter().take(HTML_GROUPS) {
                tr {
                    td { (name) }
                    td.n data-v=(x) { (l.percent(*x)) }
                    td.n data-v=(y) { (l.percent(*y)) }
                    td.n data-v=(y - x) { (t!(l, "cmp-points", points = points(l, (y - x) * 100.0))) }
                } "\n"
            } }
        } }
        (html_more(l, changes.len().min(HTML_GROUPS), t.group_names.len(), "trend_groups.csv"))
        h2 #definitions { (t!(l, "cmp-section-definitions")) } "\n"
        (definitions_html(l, true))
        h2 #input { (t!(l, "cmp-section-input")) } "\n"
        ul { @for p in &t.points { li { (input_line(l, &p.label, &p.input)) } } }
    };
    write_page(page(l, &title, body), w)
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
    columns::<Comparison, LostLink>(&mut keys);
    columns::<Comparison, PersonChange>(&mut keys);
    columns::<Trend, TrendPoint>(&mut keys);
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
