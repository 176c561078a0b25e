//! Charts, index.html and the network exports, checked by structure: each
//! SVG parses, carries its title, and has as many bars, cells or circles
//! as an independent count from the report's CSV files says; names from
//! the files are escaped; GraphML and GEXF parse and hold every node and
//! edge.

use crate::root;
use crate::workdir::Workdir;
use std::collections::{BTreeMap, BTreeSet};
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
const LIGHT_BAR: &str = "#9DB9DE";

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
    let bars = upset.count("rect", BAR) + upset.count("rect", LIGHT_BAR);
    assert!(bars > 0 && bars < lists.len().min(25), "{bars}");
    assert!(upset.texts().contains(&"other".to_string()));
    assert!(upset
        .texts()
        .iter()
        .any(|t| t.contains("other combinations")));

    // Heatmap: one grey diagonal cell per group (37 ≤ 40, all shown).
    let heatmap = Svg::read(&w, "report/charts/heatmap.svg");
    assert_eq!(heatmap.count("rect", DIAGONAL), groups.len());
    for g in &groups {
        assert!(heatmap.texts().contains(&g[0].to_string()), "{}", &g[0]);
    }

    // Map: one circle per group; the isolated group is an island.
    let map = Svg::read(&w, "report/charts/map.svg");
    let doc = roxmltree::Document::parse(&map.text).unwrap();
    let filled = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("fill").is_some_and(|f| f != "none"))
        .count();
    assert_eq!(filled, groups.len());
    assert!(map
        .texts()
        .iter()
        .any(|t| t.starts_with("Groups sharing nobody")));
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
        .any(|t| t.starts_with("28.7% of people")));

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
    // Without group descriptions, the categories and facilitators charts
    // (drawn, in charts/) have no section to sit in.
    assert_eq!(
        html.matches("<svg").count(),
        maillage::chart::CHARTS.len() - 2
    );
    assert!(!html.contains("id=\"categories\""));
    assert!(!html.contains("id=\"facilitators\""));
    assert!(html.contains("28,7\u{a0}%"), "French percentages");
    assert!(html.contains("2\u{202f}100"), "French thousands");
    assert!(html.contains("Groupes isolés"));
    for chart in maillage::chart::CHARTS.iter().map(|c| c.name) {
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

/// The font size of every `<text>` of `svg`, as shown on the page: an SVG
/// wider than the page's column (1,068 px: assets/report.css's `main`,
/// 1,100 px less its padding) is shrunk to it.
fn shown_text_sizes(svg: &str) -> Vec<(f64, String)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut scale = 1.0;
    let mut sizes = Vec::new();
    let mut open: Option<f64> = None;
    loop {
        match reader.read_event().expect("the SVG parses") {
            Event::Start(e) | Event::Empty(e) => {
                let attr = |k: &str| {
                    e.try_get_attribute(k)
                        .unwrap()
                        .map(|a| String::from_utf8_lossy(&a.value).to_string())
                };
                match e.name().as_ref() {
                    b"svg" => {
                        let width: f64 = attr("width").unwrap().parse().unwrap();
                        let view: f64 = attr("viewBox")
                            .unwrap()
                            .split(' ')
                            .nth(2)
                            .unwrap()
                            .parse()
                            .unwrap();
                        scale = width.min(1068.0) / view;
                    }
                    b"text" => {
                        let size: f64 = attr("font-size").unwrap().parse().unwrap();
                        open = Some(size * scale);
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some(size) = open.take() {
                    sizes.push((size, t.decode().unwrap().trim().to_string()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    sizes
}

/// The charts of a report of `args`, by name.
fn charts_of(args: &[&OsStr]) -> BTreeMap<String, String> {
    let w = Workdir::new();
    w.report(args);
    w.entries("report/charts")
        .into_iter()
        .filter(|n| n.ends_with(".svg"))
        .map(|n| {
            let text = w.read(format!("report/charts/{n}"));
            (n, text)
        })
        .collect()
}

#[test]
fn no_chart_text_is_under_12_px_on_the_page() {
    let data = root("data/members.csv");
    let small = root("tests/fixtures/small/members.csv");
    let davis = root("tests/fixtures/davis/memberships.csv");
    let w = Workdir::new();
    w.write(
        "pair.csv",
        "email,group\na@x.fr,Un groupe au nom vraiment très long pour la carte\na@x.fr,B\nb@x.fr,B\n",
    );
    let pair = w.join("pair.csv");
    let cases: Vec<Vec<&OsStr>> = vec![
        vec![data.as_os_str()],
        vec![data.as_os_str(), "--lang".as_ref(), "fr".as_ref()],
        vec![small.as_os_str()],
        vec![davis.as_os_str(), "--min-degree".as_ref(), "1".as_ref()],
        vec![pair.as_os_str()],
    ];
    for args in cases {
        let charts = charts_of(&args);
        assert_eq!(charts.len(), maillage::chart::CHARTS.len(), "{args:?}");
        for (name, svg) in charts {
            let sizes = shown_text_sizes(&svg);
            assert!(!sizes.is_empty() || name == "upset.svg", "{name}");
            for (size, text) in sizes {
                assert!(
                    size >= 12.0 - 1e-6,
                    "{args:?} {name}: {text:?} at {size:.1} px"
                );
            }
        }
    }
}

#[test]
fn french_charts_speak_french_without_jargon() {
    let data = root("data/members.csv");
    let charts = charts_of(&[data.as_os_str(), "--lang".as_ref(), "fr".as_ref()]);
    let english = [
        "people",
        "persons",
        "groups",
        "group",
        "other",
        "others",
        "members",
        "shown",
        "drawn",
        "sharing",
        "shared",
        "islands",
        "largest",
        "combinations",
        "dashed",
        "line",
        "whole",
        "network",
        "number",
        "exclusive",
        "of",
        "the",
        "in",
        "and",
    ];
    for (name, svg) in &charts {
        for (_, text) in shown_text_sizes(svg) {
            for word in text.split(|c: char| !c.is_alphabetic()) {
                let w = word.to_lowercase();
                assert!(!english.contains(&w.as_str()), "{name}: {text:?}");
            }
            for jargon in ["--", "lift", "Jaccard", "exclusi", "(--"] {
                assert!(!text.contains(jargon), "{name}: {text:?}");
            }
        }
    }
    let en = charts_of(&[data.as_os_str()]);
    for (name, svg) in &en {
        for (_, text) in shown_text_sizes(svg) {
            for jargon in ["--", "lift", "Jaccard", "exclusi"] {
                assert!(!text.contains(jargon), "{name}: {text:?}");
            }
        }
    }
}

fn example_findings() -> maillage::analyse::Findings {
    maillage::analyse_files(&maillage::Config {
        inputs: vec![root("data/members.csv")],
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn the_upset_bars_hold_most_people_and_say_the_rest() {
    // The example's 603 people in 2+ groups are in 363 combinations: the
    // 25 largest hold 152 of them. The bars must hold most.
    let f = example_findings();
    let o = maillage::chart::ChartOptions::default();
    let u = maillage::chart::upset::layout(&f, &o);
    let held: u64 = u.bars().iter().map(|b| b.persons).sum();
    assert_eq!(u.total(), 603);
    assert_eq!(held + u.other().0, 603);
    assert!(
        held * 10 >= 603 * 8,
        "{held} of 603 in {} bars",
        u.bars().len()
    );
    assert!(u.bar_count() <= 25);
    assert!(u.bars().iter().any(|b| b.exact));
    let (persons, combinations) = u.other();
    let svg = maillage::chart::to_svg(&u).unwrap();
    let said = format!("{combinations} other combinations: {persons} people");
    assert!(svg.contains(&said), "{said}");
}

#[test]
fn the_map_draws_every_sharing_group_off_the_islands_row_and_the_largest_overlaps() {
    let f = example_findings();
    let m = maillage::chart::map::layout(&f, &maillage::chart::ChartOptions::default());
    let islands = m.islands();
    for g in &f.groups {
        assert_eq!(
            islands.contains(&g.name.as_str()),
            g.shared_members == 0,
            "{}",
            g.name
        );
    }
    assert!(islands.contains(&"Guyane"));
    let lines = m.lines();
    let name = |g: u32| f.groups[g as usize].name.as_str();
    let mut pairs: Vec<_> = f.pairs.iter().collect();
    pairs.sort_by_key(|p| std::cmp::Reverse(p.shared));
    for p in pairs.iter().take(5) {
        let (a, b) = (name(p.a), name(p.b));
        assert!(
            lines.contains(&(a, b)) || lines.contains(&(b, a)),
            "{a} – {b} ({} shared) is drawn",
            p.shared
        );
    }
    // jardins-partages' pairs all have lift ≤ 1: it still has lines.
    for g in f.groups.iter().filter(|g| g.shared_members > 0) {
        let n = g.name.as_str();
        assert!(lines.iter().any(|l| l.0 == n || l.1 == n), "{n} has a line");
    }
}

#[test]
fn map_labels_do_not_overlap_and_shortened_ones_keep_the_full_name() {
    let long = root("tests/fixtures/davis/memberships.csv");
    let w = Workdir::new();
    // Many groups with long names close together.
    let mut text = String::from("email,group\n");
    for p in 0..60 {
        for g in [p % 12, (p * 7 + 3) % 12] {
            text +=
                &format!("p{p}@x.fr,Association intercommunale numéro {g} du grand territoire\n");
        }
    }
    w.write("long.csv", text);
    for input in [root("data/members.csv"), long, w.join("long.csv")] {
        let charts = charts_of(&[input.as_os_str()]);
        let svg = &charts["map.svg"];
        let doc = roxmltree::Document::parse(svg).unwrap();
        let mut boxes = Vec::new();
        for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let size: f64 = t.attribute("font-size").unwrap().parse().unwrap();
            if size > 12.5 {
                continue; // the islands' heading
            }
            let s = t.text().unwrap().trim();
            let x: f64 = t.attribute("x").unwrap().parse().unwrap();
            let y: f64 = t.attribute("y").unwrap().parse().unwrap();
            let w = s.chars().count() as f64 * 0.6 * size;
            let x0 = match t.attribute("text-anchor") {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            boxes.push((s.to_string(), x0, y - size / 2.0, x0 + w, y + size / 2.0));
            if s.ends_with('…') {
                let title = t
                    .parent()
                    .unwrap()
                    .children()
                    .find(|c| c.has_tag_name("title"));
                let full = title.and_then(|c| c.text()).unwrap_or("");
                assert!(full.starts_with(s.trim_end_matches('…')), "{s} / {full}");
            }
        }
        assert!(!boxes.is_empty());
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let overlap = a.1 < b.3 && b.1 < a.3 && a.2 < b.4 && b.2 < a.4;
                assert!(!overlap, "{input:?}: {a:?} overlaps {b:?}");
            }
        }
    }
}

#[test]
fn the_map_rings_the_group_cut_points_of_groups_csv_as_petgraph_finds_them() {
    use petgraph::graph::UnGraph;
    let w = Workdir::new();
    // B holds A, C and D together; E shares nobody.
    w.write(
        "chain.csv",
        "email,group\nx@x.fr,A\nx@x.fr,B\ny@x.fr,B\ny@x.fr,C\nz@x.fr,B\nz@x.fr,D\nv@x.fr,E\n",
    );
    for (input, expected_count) in [
        (root("data/members.csv"), None),
        (w.join("chain.csv"), Some(1)),
    ] {
        let w = Workdir::new();
        w.report([&input]);
        let groups = w.csv("report/groups.csv");
        let pairs = w.csv("report/pairs.csv");
        let mut g = UnGraph::<String, ()>::new_undirected();
        let mut index = BTreeMap::new();
        for r in &groups {
            index.insert(r[0].to_string(), g.add_node(r[0].to_string()));
        }
        for p in &pairs {
            g.add_edge(index[&p[0]], index[&p[1]], ());
        }
        let mut expected: Vec<String> =
            petgraph::algo::articulation_points::articulation_points(&g)
                .into_iter()
                .map(|n| g[n].clone())
                .collect();
        expected.sort();
        if let Some(n) = expected_count {
            assert_eq!(expected, ["B"][..n]);
        }
        let mut in_csv: Vec<String> = groups
            .iter()
            .filter(|r| &r[7] == "true")
            .map(|r| r[0].to_string())
            .collect();
        in_csv.sort();
        assert_eq!(in_csv, expected, "{input:?}: groups.csv's cut points");
        let f = maillage::analyse_files(&maillage::Config {
            inputs: vec![input.clone()],
            ..Default::default()
        })
        .unwrap();
        let m = maillage::chart::map::layout(&f, &maillage::chart::ChartOptions::default());
        let mut ringed: Vec<String> = m.cut_points().iter().map(|s| s.to_string()).collect();
        ringed.sort();
        assert_eq!(ringed, expected, "{input:?}: the map's rings");
        // And the map drawn has as many orange rings.
        let svg = w.read("report/charts/map.svg");
        assert_eq!(
            svg.matches("fill=\"none\" stroke=\"#D55E00\"").count(),
            expected.len(),
            "{input:?}"
        );
    }
}
