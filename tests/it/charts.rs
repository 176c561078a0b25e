//! Charts, index.html and the network exports, checked by structure: each
//! SVG parses, carries its title, and has as many bars, cells or circles
//! as an independent count from the report's CSV files says; names from
//! the files are escaped; GraphML and GEXF parse and hold every node and
//! edge.

use crate::root;
use crate::workdir::Workdir;
use std::collections::BTreeSet;
use std::ffi::OsStr;

/// (tag, fill) counts and the texts of an SVG.
struct Svg {
    text: String,
}

impl Svg {
    fn read(w: &Workdir, rel: &str) -> Svg {
        let text = w.read(rel);
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
        Svg { text }
    }
    fn count(&self, tag: &str, fill: &str) -> usize {
        let doc = roxmltree::Document::parse(&self.text).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name(tag) && n.attribute("fill") == Some(fill))
            .count()
    }
    fn texts(&self) -> Vec<String> {
        let doc = roxmltree::Document::parse(&self.text).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .map(|t| t.trim().to_string())
            .collect()
    }
}

const BAR: &str = "#2B579A";
const DOT_OFF: &str = "#DDDDDD";
const DIAGONAL: &str = "#E4E4E4";

#[test]
fn every_chart_has_its_title_and_the_counts_of_the_csv_files() {
    let w = Workdir::new();
    w.report([root("data/members.csv")]);
    let groups = w.csv("report/groups.csv");
    let connectors = w.csv("report/connectors.csv");
    let summary = w.json("report/summary.json");

    // UpSet: one bar per distinct group list of a connector (the exclusive
    // intersections of 2+ groups), 25 at most, plus "other" for the rest.
    let lists: BTreeSet<&str> = connectors.iter().map(|r| &r[5]).collect();
    let upset = Svg::read(&w, "report/charts/upset.svg");
    assert!(upset.texts()[0].starts_with("Who is in which groups"));
    assert_eq!(upset.count("rect", BAR), lists.len().min(25));
    assert!(upset.texts().contains(&"other".to_string()));
    let shown = format!("Showing 25 of {}", lists.len());
    assert!(upset.texts().iter().any(|t| t.contains(&shown)), "{shown}");

    // Heatmap: one grey diagonal cell per group (37 ≤ 40, all shown).
    let heatmap = Svg::read(&w, "report/charts/heatmap.svg");
    assert!(heatmap.texts()[0].starts_with("How much groups overlap"));
    assert_eq!(heatmap.count("rect", DIAGONAL), groups.len());
    for g in &groups {
        assert!(heatmap.texts().contains(&g[0].to_string()), "{}", &g[0]);
    }

    // Map: one circle per group; the isolated group is an island.
    let map = Svg::read(&w, "report/charts/map.svg");
    assert!(map.texts()[0].starts_with("Map of groups"));
    let doc = roxmltree::Document::parse(&map.text).unwrap();
    let filled = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("fill").is_some_and(|f| f != "none"))
        .count();
    assert_eq!(filled, groups.len());
    assert!(map.texts().iter().any(|t| t.starts_with("Islands")));
    assert!(map.texts().contains(&"Guyane".to_string()));

    // Distribution: one bar per number of groups (up to "10+").
    let dist = Svg::read(&w, "report/charts/distribution.svg");
    let degrees = summary["degree_distribution"].as_array().unwrap();
    let top = degrees
        .iter()
        .map(|d| d["groups"].as_u64().unwrap())
        .max()
        .unwrap();
    let bars = dist.count("rect", BAR) + dist.count("rect", "#6C8EBF");
    assert_eq!(bars as u64, top.min(10));
    assert!(dist
        .texts()
        .iter()
        .any(|t| t.starts_with("28.7% of persons")));

    // Shared rate: one bar per group with a shared member.
    let rates = Svg::read(&w, "report/charts/shared_rate.svg");
    let sharing = groups.iter().filter(|g| &g[2] != "0").count();
    assert_eq!(rates.count("rect", BAR), sharing);
    assert_eq!(rates.count("rect", DOT_OFF), 0);
}

#[test]
fn names_are_escaped_in_svg_html_and_graphs_and_neutralised_in_csv() {
    let w = Workdir::new();
    w.write(
        "m.csv",
        "email,group\na@x.fr,<script>alert(1)</script>\na@x.fr,=HYPERLINK(\"x\")\nb@x.fr,<script>alert(1)</script>\nb@x.fr,Tom & Jerry\nc@x.fr,Tom & Jerry\n\"<img src=x onerror=alert(2)>\",Tom & Jerry\n",
    );
    w.report(["m.csv", "--graphs", "--min-degree", "1"]);
    for chart in ["upset", "heatmap", "map", "shared_rate"] {
        let svg = Svg::read(&w, &format!("report/charts/{chart}.svg"));
        assert!(!svg.text.contains("<script>"), "{chart}");
        // The map shortens long names: the start must show as text.
        assert!(
            svg.texts()
                .iter()
                .any(|t| t.starts_with("<script>alert(1)")),
            "{chart}: the name shows as text"
        );
    }
    let html = w.read("report/index.html");
    assert!(!html.contains("<script>alert"), "a name became markup");
    assert!(!html.contains("<img src=x"), "a name became markup");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Tom &amp; Jerry"));
    let groups = w.read("report/groups.csv");
    assert!(groups.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{groups}");
    for g in [
        "groups.graphml",
        "bipartite.graphml",
        "groups.gexf",
        "bipartite.gexf",
    ] {
        let text = w.read(format!("report/graphs/{g}"));
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{g}: {e}"));
    }
}

#[test]
fn graph_exports_round_trip_the_counts() {
    let w = Workdir::new();
    let davis = root("tests/fixtures/davis/memberships.csv");
    w.report([davis.as_os_str(), "--graphs".as_ref()]);
    let summary = w.json("report/summary.json");
    let n = |k: &str| summary[k].as_u64().unwrap() as usize;
    let pairs = w.csv("report/pairs.csv");
    let read = |f: &str| w.read(format!("report/graphs/{f}"));
    let count = |text: &str, tag: &str| {
        roxmltree::Document::parse(text)
            .unwrap()
            .descendants()
            .filter(|x| x.has_tag_name(tag))
            .count()
    };
    let g = read("groups.graphml");
    assert_eq!(count(&g, "node"), n("groups"));
    assert_eq!(count(&g, "edge"), pairs.len());
    let b = read("bipartite.graphml");
    assert_eq!(count(&b, "node"), n("groups") + n("persons"));
    assert_eq!(count(&b, "edge"), n("memberships"));
    let g = read("groups.gexf");
    assert_eq!(count(&g, "node"), n("groups"));
    assert_eq!(count(&g, "edge"), pairs.len());
    let b = read("bipartite.gexf");
    assert_eq!(count(&b, "node"), n("groups") + n("persons"));
    assert_eq!(count(&b, "edge"), n("memberships"));
    // Edge attributes carry the pair's figures: the first pair of pairs.csv.
    let text = read("groups.graphml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let first = doc.descendants().find(|x| x.has_tag_name("edge")).unwrap();
    let shared = first
        .children()
        .find(|c| c.attribute("key") == Some("shared"))
        .unwrap();
    assert_eq!(shared.text(), Some(&pairs[0][2]));
}

#[test]
fn index_html_is_self_contained_and_speaks_french_when_asked() {
    let w = Workdir::new();
    let data = root("data/members.csv");
    w.report([
        data.as_os_str(),
        OsStr::new("--lang"),
        "fr".as_ref(),
        "--png".as_ref(),
    ]);
    let html = w.read("report/index.html");
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\">"));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    // No external resource: no src or href attribute pointing anywhere but
    // inside the page.
    for attr in ["src=\"", "href=\"http", "url(", "@import"] {
        assert!(!html.contains(attr), "{attr}");
    }
    assert_eq!(html.matches("<svg").count(), maillage::chart::CHARTS.len());
    assert!(html.contains("28,7\u{a0}%"), "French percentages");
    assert!(html.contains("2\u{202f}100"), "French thousands");
    assert!(html.contains("Groupes isolés"));
    for chart in ["upset", "heatmap", "map", "distribution", "shared_rate"] {
        let png = std::fs::read(w.join(format!("report/charts/{chart}.png"))).unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{chart}.png");
    }
    let md = w.read("report/report.md");
    assert!(md.contains("](charts/upset.svg)"));
}

/// Names holding characters XML 1.0 cannot carry, even escaped: every
/// SVG, GraphML and GEXF output still parses, the same cleaned name shows
/// everywhere, and the input diagnostics count the values cleaned.
#[test]
fn names_with_control_characters_leave_every_xml_output_valid() {
    let w = Workdir::new();
    // U+0001 and U+001F removed; U+000B (Excel's line break in a cell)
    // becomes a space; U+FFFE removed.
    let rows = [
        ("a\u{1}@x.fr", "Vélo\u{b}club"),
        ("a@x.fr", "Bio\u{1f}"),
        ("b@x.fr", "Vélo club"),
        ("b@x.fr", "Jardin\u{fffe}s"),
        ("c@x.fr", "Jardins"),
        ("c@x.fr\u{b}", "Bio"),
    ];
    let mut text = String::from("email,group\n");
    for (p, g) in rows {
        text += &format!("\"{p}\",\"{g}\"\n");
    }
    w.write("m.csv", text);
    w.report(["m.csv", "--graphs", "--min-degree", "1"]);
    let mut parsed = 0;
    for dir in ["report/charts", "report/graphs"] {
        for name in w.entries(dir) {
            let path = format!("{dir}/{name}");
            let text = w.read(&path);
            let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(doc.descendants().count() > 1);
            assert!(
                !text.contains(['\u{1}', '\u{b}', '\u{1f}', '\u{fffe}']),
                "{path}"
            );
            parsed += 1;
        }
    }
    assert_eq!(
        parsed,
        maillage::chart::CHARTS.len() + 4,
        "every chart and four graph files"
    );
    let groups: Vec<String> = w
        .csv("report/groups.csv")
        .into_iter()
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(groups, ["Bio", "Jardins", "Vélo club"]);
    let summary = w.json("report/summary.json");
    assert_eq!(
        summary["persons"], 3,
        "the control characters are gone from the addresses"
    );
    assert_eq!(summary["input"]["files"][0]["control_characters"], 5);
}
