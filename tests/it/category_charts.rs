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

/// A CSV file of the report as `name -> (column -> cell)`.
fn by_name(w: &Workdir, file: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut rdr = csv::Reader::from_path(w.join(format!("report/{file}"))).unwrap();
    let header = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            let row = header
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect();
            (r[0].to_string(), row)
        })
        .collect()
}

/// The colour each group should have on the map, from the report's CSV
/// files and the rule the README gives: with categories, the six
/// categories with most groups (then in name order) take the palette's
/// colours, the others its grey, `(none)` a light grey; without, the six
/// clusters of most groups (numbered 1 to 6) take them, the other
/// clusters of two groups or more the grey, groups in no cluster the
/// light grey.
fn expected_map_colours(w: &Workdir) -> BTreeMap<String, String> {
    use maillage::chart::colours::{CATEGORIES, NO_CATEGORY, OTHER_CATEGORIES};
    let groups = by_name(w, "groups.csv");
    let cats = by_name(w, "categories.csv");
    let mut out = BTreeMap::new();
    if cats.is_empty() {
        let summary = w.json("report/summary.json");
        let clusters = summary["clusters"]["clusters"].as_u64().unwrap();
        for (g, row) in &groups {
            let k: u64 = row["cluster"].parse().unwrap();
            let c = if k > clusters {
                NO_CATEGORY
            } else if k <= 6 {
                CATEGORIES[k as usize - 1]
            } else {
                OTHER_CATEGORIES
            };
            out.insert(g.clone(), hex(c));
        }
    } else {
        let mut ranked: Vec<(u64, &String)> = cats
            .iter()
            .filter(|(c, _)| c.as_str() != "(none)")
            .map(|(c, row)| (row["groups"].parse::<u64>().unwrap(), c))
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        for (g, row) in &groups {
            let c = &row["category"];
            let colour = match ranked.iter().position(|(_, name)| *name == c) {
                _ if c == "(none)" => NO_CATEGORY,
                Some(k) if k < 6 => CATEGORIES[k],
                _ => OTHER_CATEGORIES,
            };
            out.insert(g.clone(), hex(colour));
        }
    }
    out
}

/// Checks the map of a report of `args` (in `w`): each circle's fill is
/// its group's colour by groups.csv, one circle per group, and each colour
/// has its square in the legend. Returns the SVG's texts.
fn check_map_colours(w: &Workdir, args: &[std::ffi::OsString]) -> Vec<String> {
    let expected = expected_map_colours(w);
    let svg = Svg::read(w, "map");
    let doc = roxmltree::Document::parse(&svg.text).unwrap();
    // Which circle is which group: the layout's centres (the same
    // findings, the same seed, the same picture).
    let mut load = maillage::load::LoadOptions::default();
    let mut inputs = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--groups-info" {
            load.groups_info = it.next().map(std::path::PathBuf::from);
        } else {
            inputs.push(std::path::PathBuf::from(a));
        }
    }
    let f = maillage::analyse_files(&maillage::Config {
        inputs,
        load,
        ..Default::default()
    })
    .unwrap();
    let m = maillage::chart::map::layout(&f, &maillage::chart::ChartOptions::default());
    let at: BTreeMap<(i32, i32), &str> = m.points().iter().map(|p| (p.1, p.0)).collect();
    assert_eq!(at.len(), expected.len(), "one circle per group, apart");
    let mut seen = BTreeSet::new();
    for c in doc.descendants().filter(|n| n.has_tag_name("circle")) {
        let Some(fill) = c.attribute("fill").filter(|f| *f != "none") else {
            continue;
        };
        let xy = |k: &str| c.attribute(k).unwrap().parse::<i32>().unwrap();
        let name = at[&(xy("cx"), xy("cy"))];
        assert_eq!(fill, expected[name], "{name}'s colour");
        assert!(seen.insert(name), "{name} drawn twice");
    }
    assert_eq!(seen.len(), expected.len());
    // Every colour used has its square in the legend, and only those.
    let used: BTreeSet<&String> = expected.values().collect();
    let squares: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect"))
        .filter_map(|n| n.attribute("fill"))
        .filter(|f| *f != "#FFFFFF")
        .map(String::from)
        .collect();
    assert_eq!(
        squares,
        used.into_iter().cloned().collect(),
        "legend squares"
    );
    svg.texts()
}

#[test]
fn the_map_colours_each_group_by_its_category_and_names_them_in_a_legend() {
    let w = Workdir::new();
    let args: Vec<std::ffi::OsString> = vec![
        root("data/members.csv").into(),
        "--groups-info".into(),
        root("data/groups-info.csv").into(),
    ];
    w.report(&args);
    let texts = check_map_colours(&w, &args);
    let cats = by_name(&w, "categories.csv");
    assert!(cats.len() >= 3);
    for c in cats.keys() {
        let shown = if c == "(none)" { "no category" } else { c };
        assert!(texts.iter().any(|t| t == shown), "{c} in the legend");
    }
    assert!(texts.iter().any(|t| t == "Colour: the group's category"));
    let summary = w.json("report/summary.json");
    assert_eq!(summary["participation_modules"], "categories");
}

#[test]
fn without_categories_the_map_colours_each_group_by_its_cluster() {
    let w = Workdir::new();
    let args: Vec<std::ffi::OsString> = vec![root("data/members.csv").into()];
    w.report(&args);
    let texts = check_map_colours(&w, &args);
    let groups = by_name(&w, "groups.csv");
    let clusters = w.json("report/summary.json")["clusters"]["clusters"]
        .as_u64()
        .unwrap();
    assert!(clusters >= 2, "the example has clusters");
    for k in 1..=clusters.min(6) {
        if groups.values().any(|g| g["cluster"] == k.to_string()) {
            assert!(texts.contains(&format!("cluster {k}")), "cluster {k}");
        }
    }
    if clusters > 6 {
        assert!(texts.iter().any(|t| t == "other clusters"));
    }
    assert!(texts
        .iter()
        .any(|t| t.starts_with("Colour: the group's cluster")));
    // In French too, without English.
    let fr = Workdir::new();
    fr.report([root("data/members.csv"), "--lang".into(), "fr".into()]);
    let texts = Svg::read(&fr, "map").texts();
    assert!(texts.iter().any(|t| t == "famille 1"), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("Couleur : la famille")));
}

#[test]
fn the_map_legend_shows_any_category_name_as_text_and_groups_the_ones_past_the_palette() {
    let w = Workdir::new();
    let long = "<b>Tom & Jerry's \"very\" long category name</b>, past the legend's width";
    let mut members = String::from("email,group\n");
    let mut info = String::from("group,category\n");
    // Ten groups in a ring, in nine categories (two in the long one, which
    // has most groups and so the first colour), group 9 without one.
    for g in 0..10 {
        for k in 0..3 {
            members += &format!("p{g}-{k}@x.org,G{g}\n");
            members += &format!("p{g}-{k}@x.org,G{}\n", (g + 1) % 10);
        }
        let cat = match g {
            0 | 1 => format!("\"{}\"", long.replace('"', "\"\"")),
            9 => String::new(),
            g => format!("c{g}"),
        };
        info += &format!("G{g},{cat}\n");
    }
    w.write("m.csv", members);
    w.write("i.csv", info);
    let args: Vec<std::ffi::OsString> = vec![
        w.join("m.csv").into(),
        "--groups-info".into(),
        w.join("i.csv").into(),
    ];
    w.report(&args);
    let texts = check_map_colours(&w, &args);
    let svg = Svg::read(&w, "map").text;
    assert!(!svg.contains("<b>"), "names are text, not markup");
    // The long name is cut, its full wording in the tooltip.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let cut = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("text") && n.text().is_some_and(|t| t.trim().starts_with("<b>Tom"))
        })
        .expect("the long category in the legend");
    assert!(cut.text().unwrap().trim().ends_with('…'));
    let title = cut
        .parent()
        .unwrap()
        .children()
        .find(|c| c.has_tag_name("title"))
        .and_then(|t| t.text());
    assert_eq!(title, Some(long));
    // c2..c6 take the five colours left; c7, c8 share the grey, which the
    // legend names; G9 has no category.
    for c in ["c2", "c3", "c4", "c5", "c6"] {
        assert!(texts.iter().any(|t| t == c), "{c}");
    }
    assert!(!texts.iter().any(|t| t == "c7" || t == "c8"));
    assert!(texts.iter().any(|t| t == "other categories"));
    assert!(texts.iter().any(|t| t == "no category"));
    for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let size: f64 = t.attribute("font-size").unwrap().parse().unwrap();
        assert!(size >= 12.0, "{:?} at {size}", t.text());
    }
}
