//! Report stage, `index.html`: one self-contained page (charts inline, no
//! external request: a Content-Security-Policy forbids any), readable on a
//! phone and printable, in English or French. Headline figures first, then
//! the charts, groups, overlaps, connectors, isolated groups, input and
//! definitions. Tables sort by clicking their headers. Every name from the
//! files is escaped.

use crate::analyse::Findings;
use crate::chart::Chart;
use crate::lang::Lang;
use anyhow::Result;
use std::io::Write;

/// Rows shown in the groups table; the full list is groups.csv.
const GROUP_ROWS: usize = 500;
/// Rows shown in the overlaps and connectors tables.
const TOP_ROWS: usize = 100;

/// Escapes text for HTML content and attribute values.
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

const STYLE: &str = r#"
:root{--ink:#222;--muted:#666;--line:#e3e6ea;--accent:#2b579a;--alert:#d55e00;--bg:#fff;--band:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:1rem}
h1{font-size:1.7rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
.lead{font-size:1.15rem}
.lead strong{color:var(--alert)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.6rem;margin:1rem 0}
.card{background:var(--band);border-radius:8px;padding:.6rem .8rem}
.card b{display:block;font-size:1.5rem}
.card span{color:var(--muted);font-size:.9rem}
nav{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.95rem}
nav a{color:var(--accent)}
figure{margin:1rem 0 2rem}
figure svg{max-width:100%;height:auto;display:block}
figcaption{color:var(--muted);font-size:.9rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th{background:var(--band);position:sticky;top:0}
th[data-sort]{cursor:pointer;user-select:none}
th[data-sort]::after{content:" \2195";color:var(--muted)}
th[aria-sort=ascending]::after{content:" \2191"}
th[aria-sort=descending]::after{content:" \2193"}
.note{color:var(--muted);font-size:.9rem}
.yes{color:var(--alert);font-weight:600}
ul.names{columns:2 16rem}
dt{font-weight:600;margin-top:.5rem}
footer{color:var(--muted);font-size:.85rem;margin:3rem 0 1rem}
@media (max-width:600px){body{font-size:15px}h1{font-size:1.35rem}.card b{font-size:1.2rem}figure svg{width:720px;max-width:none}}
@media print{nav,.noprint{display:none}figure,table{break-inside:avoid}th{position:static}a{color:inherit;text-decoration:none}}
"#;

/// Sorting by header click; marks the page ready (the browser test checks
/// that the script ran).
const SCRIPT: &str = r#"
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th[data-sort]").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var numeric = th.dataset.sort === "n";
      var asc = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.v || a.cells[col].textContent;
        var y = b.cells[col].dataset.v || b.cells[col].textContent;
        var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
document.documentElement.dataset.ready = "1";
"#;

struct Page {
    l: Lang,
    out: String,
}

impl Page {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn num(&self, n: u64) -> String {
        format!("<td class=\"n\" data-v=\"{n}\">{}</td>", self.l.count(n))
    }

    fn pct(&self, r: f64) -> String {
        format!("<td class=\"n\" data-v=\"{r}\">{}</td>", self.l.percent(r))
    }

    fn dec(&self, r: f64, digits: usize) -> String {
        format!(
            "<td class=\"n\" data-v=\"{r}\">{}</td>",
            self.l.decimal(r, digits)
        )
    }

    fn yes(&self, b: bool) -> String {
        if b {
            format!("<td class=\"yes\">{}</td>", self.l.tr("yes", "oui"))
        } else {
            "<td></td>".into()
        }
    }

    fn text(s: &str) -> String {
        format!("<td>{}</td>", escape_html(s))
    }

    /// A sortable table head: (label, numeric).
    fn head(&mut self, cols: &[(&str, bool)]) {
        self.push("<div class=\"scroll\"><table class=\"sortable\"><thead><tr>");
        for (label, numeric) in cols {
            let (cls, kind) = if *numeric {
                (" class=\"n\"", "n")
            } else {
                ("", "t")
            };
            self.push(&format!(
                "<th{cls} data-sort=\"{kind}\">{}</th>",
                escape_html(label)
            ));
        }
        self.push("</tr></thead><tbody>");
    }

    fn shown(&mut self, shown: usize, total: usize, file: &str) {
        if shown < total {
            let l = self.l;
            self.push(&format!(
                "<p class=\"note\">{} {} {} {}; {} <code>{file}</code>.</p>",
                l.tr("Showing", "Affichés :"),
                l.count(shown as u64),
                l.tr("of", "sur"),
                l.count(total as u64),
                l.tr("the full list is in", "la liste complète est dans"),
            ));
        }
    }
}

/// Writes `index.html`, with the charts' SVG inline.
pub fn write_html(f: &Findings, charts: &[Chart], lang: Lang, w: &mut dyn Write) -> Result<()> {
    let l = lang;
    let s = &f.summary;
    let mut p = Page {
        l,
        out: String::with_capacity(1 << 20),
    };
    let title = l.tr(
        "How the groups are woven together",
        "Comment les groupes sont tissés ensemble",
    );
    p.push(&format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\
<meta name=\"generator\" content=\"maillage {}\">\
<title>{title}</title><style>{STYLE}</style></head><body><main>\n",
        l.code(),
        env!("CARGO_PKG_VERSION")
    ));
    p.push(&format!("<h1>{title}</h1>\n"));
    p.push(&format!(
        "<p class=\"lead\"><strong>{}</strong> {} {} {} ({}).</p>\n",
        l.percent(s.multi_membership_rate),
        l.tr("of the", "des"),
        l.count(s.persons),
        l.tr(
            "persons belong to at least two groups",
            "personnes appartiennent à au moins deux groupes"
        ),
        l.count(s.persons_in_2plus_groups),
    ));
    let cards: [(u64, &str); 7] = [
        (s.persons, l.tr("persons", "personnes")),
        (s.groups, l.tr("groups", "groupes")),
        (s.memberships, l.tr("memberships", "adhésions")),
        (
            s.overlapping_pairs,
            l.tr(
                "pairs of groups sharing members",
                "paires de groupes qui partagent des membres",
            ),
        ),
        (
            s.isolated_groups.len() as u64,
            l.tr("isolated groups", "groupes isolés"),
        ),
        (
            s.components.len() as u64,
            l.tr("separate parts", "parties séparées"),
        ),
        (
            s.cut_point_persons,
            l.tr(
                "persons who alone hold groups together",
                "personnes qui seules relient des groupes",
            ),
        ),
    ];
    p.push("<div class=\"cards\">");
    p.push(&format!(
        "<div class=\"card\"><b>{}</b><span>{}</span></div>",
        l.percent(s.multi_membership_rate),
        l.tr("multi-membership rate", "taux de multi-appartenance")
    ));
    for (n, label) in cards {
        p.push(&format!(
            "<div class=\"card\"><b>{}</b><span>{}</span></div>",
            l.count(n),
            escape_html(label)
        ));
    }
    p.push("</div>\n");
    let sections = [
        ("charts", l.tr("Charts", "Graphiques")),
        ("groups", l.tr("Groups", "Groupes")),
        ("overlaps", l.tr("Overlaps", "Chevauchements")),
        ("connectors", l.tr("Connectors", "Passeurs")),
        ("isolated", l.tr("Isolated groups", "Groupes isolés")),
        ("input", l.tr("Input", "Données lues")),
        ("definitions", l.tr("Definitions", "Définitions")),
    ];
    p.push("<nav class=\"noprint\">");
    for (id, label) in sections {
        p.push(&format!("<a href=\"#{id}\">{label}</a>"));
    }
    p.push("</nav>\n");

    p.push(&format!("<h2 id=\"charts\">{}</h2>\n", sections[0].1));
    for c in charts {
        let svg = c.svg.trim_start_matches(|ch| ch != '<');
        let svg = match svg.find("<svg") {
            Some(i) => &svg[i..],
            None => svg,
        };
        p.push(&format!(
            "<figure id=\"chart-{}\" role=\"img\" aria-label=\"{}\"><div class=\"scroll\">{svg}</div><figcaption><a href=\"charts/{}.svg\">charts/{}.svg</a></figcaption></figure>\n",
            c.name,
            escape_html(&c.title),
            c.name,
            c.name
        ));
    }

    // Groups.
    p.push(&format!("<h2 id=\"groups\">{}</h2>\n", sections[1].1));
    p.push(&format!(
        "<p class=\"note\">{}</p>",
        l.tr(
            "Click a column header to sort. Shared: members also in another group.",
            "Cliquer sur un en-tête pour trier. Partagés : membres aussi dans un autre groupe."
        )
    ));
    p.head(&[
        (l.tr("group", "groupe"), false),
        (l.tr("members", "membres"), true),
        (l.tr("shared", "partagés"), true),
        (l.tr("shared rate", "taux partagé"), true),
        (l.tr("overlapping groups", "groupes en commun"), true),
        (l.tr("part", "partie"), true),
        (l.tr("cut point", "point de coupure"), false),
    ]);
    let mut order: Vec<usize> = (0..f.groups.len()).collect();
    order.sort_by(|&a, &b| {
        f.groups[b]
            .members
            .cmp(&f.groups[a].members)
            .then(a.cmp(&b))
    });
    order.truncate(GROUP_ROWS);
    for &g in &order {
        let r = &f.groups[g];
        let row = format!(
            "<tr>{}{}{}{}{}{}{}</tr>\n",
            Page::text(&r.name),
            p.num(r.members),
            p.num(r.shared_members),
            p.pct(r.shared_rate),
            p.num(r.overlapping_groups),
            p.num(u64::from(r.component)),
            p.yes(r.cut_point)
        );
        p.push(&row);
    }
    p.push("</tbody></table></div>\n");
    p.shown(order.len(), f.groups.len(), "groups.csv");

    // Overlaps.
    p.push(&format!("<h2 id=\"overlaps\">{}</h2>\n", sections[2].1));
    p.push(&format!(
        "<p class=\"note\">{}</p>",
        l.tr(
            "Lift above 1: the two groups share more members than chance would give.",
            "Lift supérieur à 1 : les deux groupes partagent plus de membres que le hasard."
        )
    ));
    p.head(&[
        (l.tr("group", "groupe"), false),
        (l.tr("group", "groupe"), false),
        (l.tr("shared", "partagés"), true),
        ("Jaccard", true),
        ("lift", true),
        (l.tr("only link", "seul lien"), false),
    ]);
    for pair in f.pairs.iter().take(TOP_ROWS) {
        let ratios = f.ratios(pair);
        let sole = pair
            .sole_link()
            .map(|c| f.connectors[c as usize].person.as_str())
            .unwrap_or("");
        let row = format!(
            "<tr>{}{}{}{}{}{}</tr>\n",
            Page::text(&f.groups[pair.a as usize].name),
            Page::text(&f.groups[pair.b as usize].name),
            p.num(u64::from(pair.shared)),
            p.dec(ratios.jaccard, 3),
            p.dec(ratios.lift, 2),
            Page::text(sole)
        );
        p.push(&row);
    }
    p.push("</tbody></table></div>\n");
    p.shown(f.pairs.len().min(TOP_ROWS), f.pairs.len(), "pairs.csv");

    // Connectors.
    p.push(&format!("<h2 id=\"connectors\">{}</h2>\n", sections[3].1));
    p.push(&format!(
        "<p class=\"note\">{}</p>",
        l.tr(
            "People in two groups or more. Cut point: if they left, some groups would no longer be linked at all.",
            "Personnes dans deux groupes ou plus. Point de coupure : si elles partaient, des groupes ne seraient plus reliés du tout."
        )
    ));
    p.head(&[
        (l.tr("person", "personne"), false),
        (l.tr("groups", "groupes"), true),
        (l.tr("cut point", "point de coupure"), false),
        (l.tr("pieces if removed", "morceaux si absente"), true),
        (l.tr("only link between", "seul lien entre"), true),
    ]);
    for c in f.connectors.iter().take(TOP_ROWS) {
        let row = format!(
            "<tr>{}{}{}{}{}</tr>\n",
            Page::text(&c.person),
            p.num(u64::from(c.groups)),
            p.yes(c.cut_point),
            p.num(u64::from(c.pieces_if_removed)),
            p.num(c.sole_link_pairs)
        );
        p.push(&row);
    }
    p.push("</tbody></table></div>\n");
    p.shown(
        f.connectors.len().min(TOP_ROWS),
        f.connectors.len(),
        "connectors.csv",
    );

    // Isolated groups and groups hanging on one person.
    p.push(&format!("<h2 id=\"isolated\">{}</h2>\n", sections[4].1));
    let list = |p: &mut Page, names: &[String], none: &str| {
        if names.is_empty() {
            p.push(&format!("<p>{none}</p>"));
        } else {
            p.push("<ul class=\"names\">");
            for n in names.iter().take(GROUP_ROWS) {
                p.push(&format!("<li>{}</li>", escape_html(n)));
            }
            p.push("</ul>");
        }
    };
    p.push(&format!(
        "<p>{}</p>",
        l.tr(
            "Groups none of whose members is in another group:",
            "Groupes dont aucun membre n'est dans un autre groupe :"
        )
    ));
    list(&mut p, &s.isolated_groups, l.tr("None.", "Aucun."));
    p.push(&format!(
        "<p>{}</p>",
        l.tr(
            "Groups linked to the others through a single member:",
            "Groupes reliés aux autres par un seul membre :"
        )
    ));
    list(
        &mut p,
        &s.groups_hanging_on_one_person,
        l.tr("None.", "Aucun."),
    );

    // Input.
    p.push(&format!("<h2 id=\"input\">{}</h2>\n", sections[5].1));
    p.head(&[
        (l.tr("file", "fichier"), false),
        (l.tr("format", "format"), false),
        (l.tr("layout", "disposition"), false),
        (l.tr("encoding", "encodage"), false),
        (l.tr("rows", "lignes"), true),
        (l.tr("memberships", "adhésions"), true),
        (l.tr("skipped", "ignorées"), true),
    ]);
    for file in &s.input.files {
        let row = format!(
            "<tr>{}{}{}{}{}{}{}</tr>\n",
            Page::text(&file.file),
            Page::text(file.format),
            Page::text(file.layout),
            Page::text(&file.encoding),
            p.num(file.rows),
            p.num(file.kept),
            p.num(file.skipped)
        );
        p.push(&row);
    }
    p.push("</tbody></table></div>\n");
    p.push(&format!(
        "<p class=\"note\">{} {}.</p>",
        l.count(s.input.duplicates),
        l.tr(
            "repeated memberships were counted once",
            "adhésions répétées ont été comptées une fois"
        )
    ));

    // Definitions.
    p.push(&format!(
        "<h2 id=\"definitions\">{}</h2>\n<dl>",
        sections[6].1
    ));
    for (term, def) in definitions(l) {
        p.push(&format!("<dt>{term}</dt><dd>{def}</dd>"));
    }
    p.push("</dl>\n");
    p.push(&format!(
        "<footer>maillage {} · {}</footer>\n</main><script>{SCRIPT}</script></body></html>\n",
        env!("CARGO_PKG_VERSION"),
        l.tr(
            "This page makes no network request; it can be opened offline and printed.",
            "Cette page ne fait aucune requête réseau ; elle s'ouvre hors ligne et s'imprime."
        )
    ));
    w.write_all(p.out.as_bytes())?;
    Ok(())
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
}
