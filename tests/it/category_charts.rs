//! The charts of issue 11, checked by structure: the category matrix has
//! one lift-coloured cell per row of category_pairs.csv and one diagonal
//! cell per row of categories.csv; the facilitators' network has one point
//! per row of facilitators.csv, one orange ring per facilitator alone, and
//! one line per pair of facilitators sharing a group, counted again from
//! the member list itself. Without descriptions or roles the charts say
//! what would fill them; names show as text, never as markup.

use crate::root;
use crate::workdir::Workdir;
use maillage::chart::{categories, facilitators};
use std::collections::{BTreeMap, BTreeSet};

fn hex(c: plotters::style::RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

struct Svg {
    text: String,
}

impl Svg {
    fn read(w: &Workdir, chart: &str) -> Svg {
        let text = w.read(format!("report/charts/{chart}.svg"));
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{chart}: {e}"));
        Svg { text }
    }
    /// Elements `tag` whose attribute `attr` is `value`.
    fn count(&self, tag: &str, attr: &str, value: &str) -> usize {
        let doc = roxmltree::Document::parse(&self.text).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name(tag) && n.attribute(attr) == Some(value))
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

#[test]
fn the_category_matrix_has_a_cell_per_pair_and_per_category() {
    let w = Workdir::new();
    w.report([
        root("data/members.csv"),
        "--groups-info".into(),
        root("data/groups-info.csv"),
    ]);
    let cats = w.csv("report/categories.csv");
    let pairs = w.csv("report/category_pairs.csv");
    let svg = Svg::read(&w, "categories");
    // Each bin's colour: its cells, plus its swatch in the legend.
    let cells: usize = categories::LIFT_BINS
        .iter()
        .map(|b| svg.count("rect", "fill", &hex(b.1)) - 1)
        .sum();
    assert_eq!(cells, pairs.len());
    assert_eq!(
        svg.count("rect", "fill", &hex(categories::DIAGONAL)) - 1,
        cats.len()
    );
    // Every pair's cell in its bin.
    for b in categories::LIFT_BINS {
        let in_bin = pairs
            .iter()
            .filter(|p| categories::lift_colour(p[4].parse().unwrap()) == b.1)
            .count();
        assert_eq!(svg.count("rect", "fill", &hex(b.1)) - 1, in_bin);
    }
    let texts = svg.texts();
    for c in &cats {
        assert!(texts.contains(&c[0].to_string()), "{}", &c[0]);
    }
    for p in &pairs {
        assert!(texts.contains(&p[2].to_string()), "shared {}", &p[2]);
    }
}

/// Person -> groups, from the member list, by the identity rules that
/// matter for it (addresses trimmed and lowercased).
fn groups_of(path: &std::path::Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in csv::Reader::from_path(path).unwrap().records() {
        let r = r.unwrap();
        out.entry(r[0].trim().to_lowercase())
            .or_default()
            .insert(r[1].trim().to_string());
    }
    out
}

#[test]
fn the_facilitators_network_has_a_point_per_facilitator_and_a_line_per_shared_group() {
    let w = Workdir::new();
    w.report([
        root("data/members.csv"),
        "--groups-info".into(),
        root("data/groups-info.csv"),
    ]);
    let rows = w.csv("report/facilitators.csv");
    assert!(rows.len() <= facilitators::MOST);
    let svg = Svg::read(&w, "facilitators");
    let doc = roxmltree::Document::parse(&svg.text).unwrap();
    let circles: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .collect();
    let filled = circles
        .iter()
        .filter(|n| n.attribute("fill") != Some("none"))
        .count();
    assert_eq!(filled, rows.len());
    let rings = circles
        .iter()
        .filter(|n| n.attribute("stroke") == Some("#D55E00"))
        .count();
    let alone = rows.iter().filter(|r| &r[5] == "true").count();
    assert_eq!(
        rings,
        alone + 1,
        "one ring per facilitator alone, and the legend's"
    );
    assert_eq!(
        alone, 6,
        "the example's three lists of two alone facilitators"
    );
    // Lines: pairs of facilitators members of a same list.
    let groups = groups_of(&root("data/members.csv"));
    let none = BTreeSet::new();
    let people: Vec<&BTreeSet<String>> = rows
        .iter()
        .map(|r| groups.get(&r[0]).unwrap_or(&none))
        .collect();
    let mut pairs = 0;
    for a in 0..people.len() {
        for b in a + 1..people.len() {
            if !people[a].is_disjoint(people[b]) {
                pairs += 1;
            }
        }
    }
    assert_eq!(
        svg.count("polyline", "stroke", &hex(facilitators::LINK)),
        pairs
    );
    // The lists whose facilitators are alone are named on the chart.
    for g in ["Guyane", "Marseille", "Strasbourg"] {
        assert!(svg.texts().iter().any(|t| t == g), "{g}");
    }
}

#[test]
fn without_descriptions_the_charts_say_which_file_would_fill_them() {
    let w = Workdir::new();
    w.report([root("data/members.csv"), "--lang".into(), "fr".into()]);
    let cats = Svg::read(&w, "categories");
    // What would fill it, in words (the option is the README's).
    assert!(cats.texts().iter().any(|t| t.contains("décrivez")));
    assert_eq!(cats.count("rect", "fill", &hex(categories::DIAGONAL)), 0);
    let facs = Svg::read(&w, "facilitators");
    assert!(facs.texts().iter().any(|t| t.contains("rôles")));
    for svg in [&cats, &facs] {
        assert!(
            !svg.texts().iter().any(|t| t.contains("--")),
            "no option names"
        );
    }
    assert_eq!(facs.count("circle", "stroke", "none"), 0);
}

#[test]
fn names_show_as_text_in_the_new_charts() {
    let w = Workdir::new();
    w.write(
        "m.csv",
        "email,group\na@x.fr,<script>alert(1)</script>\na@x.fr,Tom & Jerry\nb@x.fr,Tom & Jerry\n",
    );
    w.write(
        "info.csv",
        "group,category,facilitators\n<script>alert(1)</script>,<b>bold</b>,a@x.fr\nTom & Jerry,\"x\"\"y\",b@x.fr\n",
    );
    w.report(["m.csv", "--groups-info", "info.csv"]);
    for chart in ["categories", "facilitators"] {
        let svg = Svg::read(&w, chart);
        assert!(
            !svg.text.contains("<script>") && !svg.text.contains("<b>"),
            "{chart}"
        );
        let texts = svg.texts();
        let expect = if chart == "categories" {
            "<b>bold</b>"
        } else {
            "Tom & Jerry"
        };
        assert!(texts.iter().any(|t| t == expect), "{chart}: {texts:?}");
    }
}

#[test]
fn large_networks_show_the_most_categories_and_facilitators_and_say_so() {
    let w = Workdir::new();
    // 40 groups in 40 categories, each run by 5 facilitators: 200.
    let mut members = String::from("email,group\n");
    let mut info = String::from("group,category,facilitators\n");
    for g in 0..40 {
        let mut fs = Vec::new();
        for k in 0..8 {
            members += &format!("p{g}-{k}@x.org,G{g:02}\n");
            members += &format!("p{g}-{k}@x.org,G{:02}\n", (g + 1) % 40);
            if k < 5 {
                fs.push(format!("p{g}-{k}@x.org"));
            }
        }
        info += &format!("G{g:02},c{g:02},{}\n", fs.join(" "));
    }
    w.write("m.csv", members);
    w.write("i.csv", info);
    w.report(["m.csv", "--groups-info", "i.csv"]);
    assert_eq!(w.csv("report/categories.csv").len(), 40);
    let cats = Svg::read(&w, "categories");
    assert_eq!(
        cats.count("rect", "fill", &hex(categories::DIAGONAL)) - 1,
        categories::MOST
    );
    assert!(cats
        .texts()
        .iter()
        .any(|t| t.contains(&format!("The {} categories", categories::MOST))));
    assert_eq!(w.csv("report/facilitators.csv").len(), 200);
    let facs = Svg::read(&w, "facilitators");
    let doc = roxmltree::Document::parse(&facs.text).unwrap();
    let filled = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("fill") != Some("none"))
        .count();
    assert_eq!(filled, facilitators::MOST);
    assert!(facs
        .texts()
        .iter()
        .any(|t| t.contains(&format!("{} facilitators", facilitators::MOST)) && t.contains("200")));
}
