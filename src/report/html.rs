//! Report stage, `index.html`: one self-contained page (charts inline, no
//! external request: a Content-Security-Policy forbids any), readable on a
//! phone and printable, in English or French. Headline figures first, then
//! the charts, groups, overlaps, connectors, isolated groups, input and
//! definitions. Generated with maud, which escapes every value; the style
//! sheet and the script are `assets/report.css` and `assets/report.js`,
//! included at build time. Table columns come from [`super::tables`].

use super::tables::{Cell, Kind, Table};
use crate::analyse::overlap::GroupPair;
use crate::analyse::Findings;
use crate::analyse::{Connector, GroupRow};
use crate::chart::Chart;
use crate::lang::Lang;
use anyhow::Result;
use maud::{html, Markup, PreEscaped};
use std::io::Write;

/// Rows shown in the groups table; the full list is groups.csv.
const GROUP_ROWS: usize = 500;
/// Rows shown in the overlaps and connectors tables.
const TOP_ROWS: usize = 100;

/// The columns of each table the page shows.
const GROUP_COLUMNS: &[&str] = &[
    "group",
    "members",
    "shared_members",
    "shared_rate",
    "overlapping_groups",
    "component",
    "cut_point",
];
const PAIR_COLUMNS: &[&str] = &[
    "group_a",
    "group_b",
    "shared",
    "jaccard",
    "lift",
    "sole_link",
];
const CONNECTOR_COLUMNS: &[&str] = &[
    "person",
    "groups",
    "cut_point",
    "pieces_if_removed",
    "sole_link_pairs",
];

const STYLE: &str = include_str!("../../assets/report.css");
const SCRIPT: &str = include_str!("../../assets/report.js");

/// Escapes text for HTML content and attribute values (for the few places
/// that build HTML outside the page's template).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A column's header in the page's language.
fn label(l: Lang, table: &str, column: &str) -> &'static str {
    match (table, column) {
        ("groups.csv", "group") => l.tr("group", "groupe"),
        ("groups.csv", "members") => l.tr("members", "membres"),
        ("groups.csv", "shared_members") => l.tr("shared", "partagés"),
        ("groups.csv", "shared_rate") => l.tr("shared rate", "taux partagé"),
        ("groups.csv", "overlapping_groups") => l.tr("overlapping groups", "groupes en commun"),
        ("groups.csv", "component") => l.tr("part", "partie"),
        ("groups.csv", "cut_point") => l.tr("cut point", "point de coupure"),
        ("pairs.csv", "group_a" | "group_b") => l.tr("group", "groupe"),
        ("pairs.csv", "shared") => l.tr("shared", "partagés"),
        ("pairs.csv", "jaccard") => "Jaccard",
        ("pairs.csv", "lift") => "lift",
        ("pairs.csv", "sole_link") => l.tr("only link", "seul lien"),
        ("connectors.csv", "person") => l.tr("person", "personne"),
        ("connectors.csv", "groups") => l.tr("groups", "groupes"),
        ("connectors.csv", "cut_point") => l.tr("cut point", "point de coupure"),
        ("connectors.csv", "pieces_if_removed") => l.tr("pieces if removed", "morceaux si absente"),
        ("connectors.csv", "sole_link_pairs") => l.tr("only link between", "seul lien entre"),
        _ => panic!("no label for {table}: {column}"),
    }
}

/// A table cell: numbers right-aligned with their raw value for sorting.
fn cell(l: Lang, kind: Kind, value: Cell, f: &Findings) -> Markup {
    let number = |v: String, shown: String| html! { td.n data-v=(v) { (shown) } };
    match (kind, value) {
        (_, Cell::Count(n)) => number(n.to_string(), l.count(n)),
        (Kind::Rate, Cell::Ratio(x)) => number(x.to_string(), l.percent(x)),
        (Kind::Ratio(d), Cell::Ratio(x)) => number(x.to_string(), l.decimal(x, d)),
        (_, Cell::Ratio(x)) => number(x.to_string(), l.decimal(x, 3)),
        (_, Cell::Flag(true)) => html! { td.yes { (l.tr("yes", "oui")) } },
        (_, Cell::Flag(false)) => html! { td {} },
        (_, Cell::Text(s)) => html! { td { (s) } },
        (_, Cell::Group(g)) => html! { td { (f.groups[g as usize].name) } },
        (_, Cell::Person(p)) => html! {
            td { @if let Some(p) = p { (f.connectors[p as usize].person) } }
        },
        (_, Cell::Groups(ids)) => {
            let names: Vec<&str> = ids
                .iter()
                .map(|&g| f.groups[g as usize].name.as_str())
                .collect();
            html! { td { (names.join("; ")) } }
        }
        (_, Cell::Texts(list)) => html! { td { (list.join("; ")) } },
    }
}

/// A sortable table of the columns `names` of table `T`, for `rows`.
fn table<'a, T: Table>(
    l: Lang,
    f: &'a Findings,
    names: &[&str],
    rows: impl Iterator<Item = &'a T>,
) -> Markup {
    let cols: Vec<usize> = T::pick(names);
    let numeric = |k: usize| {
        matches!(
            T::COLUMNS[k].kind,
            Kind::Count | Kind::Rate | Kind::Ratio(_)
        )
    };
    let head = |k: usize| label(l, T::FILE, T::COLUMNS[k].name);
    html! {
        div.scroll { table.sortable {
            thead { tr {
                @for &k in &cols {
                    @if numeric(k) {
                        th.n data-sort="n" { (head(k)) }
                    } @else {
                        th data-sort="t" { (head(k)) }
                    }
                }
            } }
            tbody {
                @for row in rows {
                    tr { @for &k in &cols { (cell(l, T::COLUMNS[k].kind, row.cell(f, k), f)) } }
                    "\n"
                }
            }
        } }
    }
}

/// "Showing 100 of 2,345; the full list is in pairs.csv."
fn shown(l: Lang, shown: usize, total: usize, file: &str) -> Markup {
    html! {
        @if shown < total {
            p.note {
                (l.tr("Showing", "Affichés :")) " " (l.count(shown as u64)) " "
                (l.tr("of", "sur")) " " (l.count(total as u64)) "; "
                (l.tr("the full list is in", "la liste complète est dans")) " "
                code { (file) } "."
            }
        }
    }
}

/// Writes `index.html`, with the charts' SVG inline.
pub fn write_html(f: &Findings, charts: &[Chart], lang: Lang, w: &mut dyn Write) -> Result<()> {
    let page = page(f, charts, lang);
    w.write_all(b"<!doctype html>\n")?;
    w.write_all(page.into_string().as_bytes())?;
    w.write_all(b"\n")?;
    Ok(())
}

fn page(f: &Findings, charts: &[Chart], l: Lang) -> Markup {
    let s = &f.summary;
    let title = l.tr(
        "How the groups are woven together",
        "Comment les groupes sont tissés ensemble",
    );
    let version = env!("CARGO_PKG_VERSION");
    let sections = [
        ("charts", l.tr("Charts", "Graphiques")),
        ("groups", l.tr("Groups", "Groupes")),
        ("overlaps", l.tr("Overlaps", "Chevauchements")),
        ("connectors", l.tr("Connectors", "Passeurs")),
        ("isolated", l.tr("Isolated groups", "Groupes isolés")),
        ("input", l.tr("Input", "Données lues")),
        ("definitions", l.tr("Definitions", "Définitions")),
    ];
    let count = |n: u64| l.count(n);
    let cards: [(String, &str); 8] = [
        (
            l.percent(s.multi_membership_rate),
            l.tr("multi-membership rate", "taux de multi-appartenance"),
        ),
        (count(s.persons), l.tr("persons", "personnes")),
        (count(s.groups), l.tr("groups", "groupes")),
        (count(s.memberships), l.tr("memberships", "adhésions")),
        (
            count(s.overlapping_pairs),
            l.tr(
                "pairs of groups sharing members",
                "paires de groupes qui partagent des membres",
            ),
        ),
        (
            count(s.isolated_groups.len() as u64),
            l.tr("isolated groups", "groupes isolés"),
        ),
        (
            count(s.components.len() as u64),
            l.tr("separate parts", "parties séparées"),
        ),
        (
            count(s.cut_point_persons),
            l.tr(
                "persons who alone hold groups together",
                "personnes qui seules relient des groupes",
            ),
        ),
    ];
    let mut by_size: Vec<usize> = (0..f.groups.len()).collect();
    by_size.sort_by(|&a, &b| {
        f.groups[b]
            .members
            .cmp(&f.groups[a].members)
            .then(a.cmp(&b))
    });
    by_size.truncate(GROUP_ROWS);
    let names = |list: &[String]| -> Markup {
        html! {
            @if list.is_empty() {
                p { (l.tr("None.", "Aucun.")) }
            } @else {
                ul.names { @for n in list.iter().take(GROUP_ROWS) { li { (n) } } }
            }
        }
    };
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
                p.lead {
                    strong { (l.percent(s.multi_membership_rate)) } " "
                    (l.tr("of the", "des")) " " (l.count(s.persons)) " "
                    (l.tr("persons belong to at least two groups", "personnes appartiennent à au moins deux groupes"))
                    " (" (l.count(s.persons_in_2plus_groups)) ")."
                } "\n"
                div.cards {
                    @for (n, label) in &cards { div.card { b { (n) } span { (label) } } }
                } "\n"
                nav.noprint { @for (id, label) in &sections { a href={ "#" (id) } { (label) } } } "\n"

                h2 #charts { (sections[0].1) } "\n"
                @for c in charts {
                    figure id={ "chart-" (c.name) } role="img" aria-label=(c.title) {
                        div.scroll { (PreEscaped(inline_svg(&c.svg))) }
                        figcaption { a href={ "charts/" (c.name) ".svg" } { "charts/" (c.name) ".svg" } }
                    } "\n"
                }

                h2 #groups { (sections[1].1) } "\n"
                p.note { (l.tr("Click a column header to sort. Shared: members also in another group.", "Cliquer sur un en-tête pour trier. Partagés : membres aussi dans un autre groupe.")) }
                (table::<GroupRow>(l, f, GROUP_COLUMNS, by_size.iter().map(|&g| &f.groups[g])))
                (shown(l, by_size.len(), f.groups.len(), GroupRow::FILE))

                h2 #overlaps { (sections[2].1) } "\n"
                p.note { (l.tr("Lift above 1: the two groups share more members than chance would give.", "Lift supérieur à 1 : les deux groupes partagent plus de membres que le hasard.")) }
                (table::<GroupPair>(l, f, PAIR_COLUMNS, f.pairs.iter().take(TOP_ROWS)))
                (shown(l, f.pairs.len().min(TOP_ROWS), f.pairs.len(), GroupPair::FILE))

                h2 #connectors { (sections[3].1) } "\n"
                p.note { (l.tr("People in two groups or more. Cut point: if they left, some groups would no longer be linked at all.", "Personnes dans deux groupes ou plus. Point de coupure : si elles partaient, des groupes ne seraient plus reliés du tout.")) }
                (table::<Connector>(l, f, CONNECTOR_COLUMNS, f.connectors.iter().take(TOP_ROWS)))
                (shown(l, f.connectors.len().min(TOP_ROWS), f.connectors.len(), Connector::FILE))

                h2 #isolated { (sections[4].1) } "\n"
                p { (l.tr("Groups none of whose members is in another group:", "Groupes dont aucun membre n'est dans un autre groupe :")) }
                (names(&s.isolated_groups))
                p { (l.tr("Groups linked to the others through a single member:", "Groupes reliés aux autres par un seul membre :")) }
                (names(&s.groups_hanging_on_one_person))

                h2 #input { (sections[5].1) } "\n"
                div.scroll { table.sortable {
                    thead { tr {
                        th data-sort="t" { (l.tr("file", "fichier")) }
                        th data-sort="t" { (l.tr("format", "format")) }
                        th data-sort="t" { (l.tr("layout", "disposition")) }
                        th data-sort="t" { (l.tr("encoding", "encodage")) }
                        th.n data-sort="n" { (l.tr("rows", "lignes")) }
                        th.n data-sort="n" { (l.tr("memberships", "adhésions")) }
                        th.n data-sort="n" { (l.tr("skipped", "ignorées")) }
                    } }
                    tbody { @for file in &s.input.files {
                        tr {
                            td { (file.file) } td { (file.format) } td { (file.layout) } td { (file.encoding) }
                            (cell(l, Kind::Count, Cell::Count(file.rows), f))
                            (cell(l, Kind::Count, Cell::Count(file.kept), f))
                            (cell(l, Kind::Count, Cell::Count(file.skipped), f))
                        } "\n"
                    } }
                } }
                p.note { (l.count(s.input.duplicates)) " " (l.tr("repeated memberships were counted once", "adhésions répétées ont été comptées une fois")) "." }

                h2 #definitions { (sections[6].1) } "\n"
                dl { @for (term, def) in definitions(l) { dt { (term) } dd { (def) } } } "\n"
                footer {
                    "maillage " (version) " · "
                    (l.tr("This page makes no network request; it can be opened offline and printed.", "Cette page ne fait aucune requête réseau ; elle s'ouvre hors ligne et s'imprime."))
                } "\n"
            }
            script { (PreEscaped(SCRIPT)) } }
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

fn definitions(l: Lang) -> [(&'static str, &'static str); 7] {
    [
        (
            l.tr("Multi-membership rate", "Taux de multi-appartenance"),
            l.tr("The share of people who belong to two groups or more.", "La part des personnes qui appartiennent à deux groupes ou plus."),
        ),
        (
            l.tr("Shared members, shared rate", "Membres partagés, taux partagé"),
            l.tr("The members of a group who belong to at least one other group, and their share of the group's members.", "Les membres d'un groupe qui appartiennent à au moins un autre groupe, et leur part des membres du groupe."),
        ),
        (
            "Jaccard",
            l.tr("Shared members of two groups divided by the people in either (1 = same members).", "Membres partagés par deux groupes divisés par les personnes de l'un ou l'autre (1 = mêmes membres)."),
        ),
        (
            "Lift",
            l.tr("Shared members divided by the number expected if people had joined groups at random, group sizes kept; above 1, more than chance.", "Membres partagés divisés par le nombre attendu si chacun avait rejoint des groupes au hasard, tailles gardées ; au-dessus de 1, plus que le hasard."),
        ),
        (
            l.tr("Connector", "Passeur"),
            l.tr("A person in two groups or more.", "Une personne dans deux groupes ou plus."),
        ),
        (
            l.tr("Cut point", "Point de coupure"),
            l.tr("A person (or group) whose departure would split their part of the network: some groups would no longer be linked at all.", "Une personne (ou un groupe) dont le départ couperait sa partie du réseau : des groupes ne seraient plus reliés du tout."),
        ),
        (
            l.tr("Separate parts", "Parties séparées"),
            l.tr("Groups linked, directly or through a chain of shared members, form one part (connected component).", "Les groupes reliés, directement ou par une chaîne de membres partagés, forment une partie (composante connexe)."),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_covers_markup_and_attributes() {
        assert_eq!(
            escape_html("<script>alert(1)</script> & \"x\" 'y'"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;"
        );
    }

    #[test]
    fn every_column_shown_has_a_label_in_both_languages() {
        for (t, cols) in [
            (GroupRow::FILE, GROUP_COLUMNS),
            (GroupPair::FILE, PAIR_COLUMNS),
            (Connector::FILE, CONNECTOR_COLUMNS),
        ] {
            for &c in cols {
                assert!(!label(Lang::En, t, c).is_empty());
                assert!(!label(Lang::Fr, t, c).is_empty());
            }
        }
    }
}
