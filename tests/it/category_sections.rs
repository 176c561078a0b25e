//! The "Thematic × territorial" and "Facilitators" sections of report.md
//! (issue 11), number by number, against `reference_extra.json` (computed
//! with Python sets by `tests/fixtures/reference_extra.py`, independently
//! of the CSV writers) on davis and theyrule, and against a hand-worked
//! network. Every number of a sentence must be one the test expected; every
//! cell of a table shown must equal the reference's figure.

use crate::root;
use crate::workdir::Workdir;
use serde_json::Value;
use std::collections::BTreeSet;
use std::ffi::OsString;

/// The section of `md` whose title starts with `title`, up to the next.
fn section<'a>(md: &'a str, title: &str) -> &'a str {
    let start = md
        .find(&format!("\n## {title}"))
        .unwrap_or_else(|| panic!("no section {title} in:\n{md}"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    &rest[..end]
}

/// The tables of a section: per table, its rows of cells (header row and
/// separator left out).
fn tables(s: &str) -> Vec<Vec<Vec<String>>> {
    let mut out: Vec<Vec<Vec<String>>> = Vec::new();
    let mut current: Option<Vec<Vec<String>>> = None;
    for line in s.lines() {
        if line.starts_with('|') {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect();
            match &mut current {
                None => current = Some(Vec::new()),
                Some(rows)
                    if cells
                        .iter()
                        .all(|c| c.starts_with("---:") || c.starts_with("---")) =>
                {
                    let _ = rows;
                }
                Some(rows) => rows.push(cells),
            }
        } else if let Some(rows) = current.take() {
            out.push(rows);
        }
    }
    out.extend(current);
    out
}

/// The numbers written in the sentences of a section (tables, chart
/// captions and image lines left out, and the digits of `names`), as
/// written.
fn numbers_in_sentences(s: &str, names: &[String]) -> Vec<String> {
    let mut names: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut out = Vec::new();
    for line in s.lines() {
        let mut line = line.to_string();
        for n in &names {
            line = line.replace(n.as_str(), "");
        }
        if line.starts_with('|') || line.starts_with('!') || line.starts_with('#') {
            continue;
        }
        // A chart's "how to read" is the catalogue's, with no figure.
        if line.starts_with("*One ") {
            continue;
        }
        let mut cur = String::new();
        for c in line.chars().chain([' ']) {
            if c.is_ascii_digit() || (!cur.is_empty() && (c == ',' || c == '.')) {
                cur.push(c);
            } else if !cur.is_empty() {
                out.push(cur.trim_end_matches(['.', ',']).to_string());
                cur.clear();
            }
        }
    }
    out
}

/// `1,234` or `56.7%` as a number.
fn num(s: &str) -> f64 {
    s.trim_end_matches('%')
        .replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

/// Counts as report.md writes them: `1,234`.
fn count(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a count: {v}"))
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

/// A shown value rounded to `decimals` equals `x`.
fn shows(cell: &str, x: f64, decimals: i32) {
    let half = 0.5 * 10f64.powi(-decimals) + 1e-9;
    assert!((num(cell) - x).abs() <= half, "{cell} shown for {x}");
}

/// Names as the report lists them in a sentence: `A, B and C`, or the
/// first `shown` and `and N others`.
fn in_words(names: &[String], shown: usize) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n if n <= shown => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
        n => format!("{} and {} others", names[..shown].join(", "), n - shown),
    }
}

fn check_sections(dataset: &str) {
    let dir = root(&format!("tests/fixtures/{dataset}"));
    let r: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("reference_extra.json")).unwrap())
            .unwrap();
    let w = Workdir::new();
    let mut args: Vec<OsString> = vec![
        dir.join("memberships.csv").into(),
        "--groups-info".into(),
        dir.join("groups-info.csv").into(),
        "--roles".into(),
        dir.join("roles.csv").into(),
    ];
    if let Some(g) = r["facilitators_group"].as_str() {
        args.extend(["--facilitators-group".into(), g.into()]);
    }
    w.report(&args);
    let md = w.read("report/report.md");

    // Names hold digits that are no figure of the report.
    let mut names: Vec<String> = Vec::new();
    for key in ["groups", "categories", "connectors", "facilitators"] {
        names.extend(r[key].as_object().unwrap().keys().cloned());
    }
    names.push("charts/facilitators.svg".into());

    // Thematic × territorial.
    let s = section(&md, "Thematic × territorial");
    let mut expected: BTreeSet<String> = BTreeSet::new();
    let groups = r["groups"].as_object().unwrap();
    let cats = r["categories"].as_object().unwrap();
    assert!(s.contains(&format!(
        "The {} groups fall into **{} categories**",
        count(groups.len() as u64),
        cats.len()
    )));
    expected.extend([count(groups.len() as u64), cats.len().to_string()]);
    let t = tables(s);
    // Per category: groups, persons, rates.
    assert_eq!(t[0].len(), cats.len(), "{dataset}: one row per category");
    for row in &t[0] {
        let e = &cats[&row[0]];
        assert_eq!(row[1], count(u(&e["groups"])), "{dataset}: {}", row[0]);
        assert_eq!(row[2], count(u(&e["persons"])), "{dataset}: {}", row[0]);
        shows(&row[3], 100.0 * f(&e["multi_membership_rate"]), 1);
        shows(&row[4], 100.0 * f(&e["cross_category_rate"]), 1);
    }
    // The pairs, most shared first; the sentence names the first.
    let mut pairs: Vec<&Value> = r["category_pairs"].as_array().unwrap().iter().collect();
    pairs.sort_by(|x, y| u(&y["shared"]).cmp(&u(&x["shared"])));
    let top = pairs[0];
    let sentence = format!(
        "**{}** and **{}**, {} people in both (",
        top["a"].as_str().unwrap(),
        top["b"].as_str().unwrap(),
        count(u(&top["shared"]))
    );
    let at = s
        .find(&sentence)
        .unwrap_or_else(|| panic!("{dataset}: {sentence}"));
    let lift = s[at + sentence.len()..].split(' ').next().unwrap();
    shows(lift, f(&top["lift"]), 2);
    expected.extend([count(u(&top["shared"])), lift.to_string()]);
    let apart: Vec<&&Value> = pairs.iter().filter(|p| u(&p["shared"]) == 0).collect();
    assert_eq!(s.contains("share nobody"), !apart.is_empty(), "{dataset}");
    let shown = &t[1];
    assert_eq!(shown.len(), pairs.len().min(10), "{dataset}: pairs shown");
    if pairs.len() > 10 {
        expected.extend(["10".to_string(), count(pairs.len() as u64)]);
    }
    for (row, e) in shown.iter().zip(&pairs) {
        let (a, b) = (e["a"].as_str().unwrap(), e["b"].as_str().unwrap());
        assert_eq!((row[0].as_str(), row[1].as_str()), (a, b), "{dataset}");
        assert_eq!(row[2], count(u(&e["shared"])), "{dataset}: {a} {b}");
        shows(&row[3], f(&e["expected_shared"]), 2);
        shows(&row[4], f(&e["lift"]), 2);
    }
    // Groups whose members are in no group of another category.
    let inside: Vec<String> = groups
        .iter()
        .filter(|(_, g)| u(&g["size"]) > 0 && f(&g["other_category_rate"]) == 0.0)
        .map(|(name, _)| name.clone())
        .collect();
    if inside.is_empty() {
        assert!(s.contains("Every group has members who are also in a group of another category"));
    } else if inside.len() == 1 {
        assert!(s.contains(&format!("**{}** has no member", inside[0])));
    } else {
        // The report lists them in name order, as the reference keys are.
        assert!(
            s.contains(&format!(
                "{} groups have no member in a group of another category; they stay inside their category: **{}**.",
                count(inside.len() as u64),
                in_words(&inside, 5)
            )),
            "{dataset}: groups inside their category"
        );
        expected.insert(count(inside.len() as u64));
        if inside.len() > 5 {
            expected.insert((inside.len() - 5).to_string());
        }
    }
    // People across categories: how many, the most categories, the
    // table's figures.
    let connectors = r["connectors"].as_object().unwrap();
    let across: Vec<(&String, &Value)> = connectors
        .iter()
        .filter(|(_, c)| u(&c["category_count"]) >= 2)
        .collect();
    let most = across
        .iter()
        .map(|(_, c)| u(&c["category_count"]))
        .max()
        .unwrap();
    assert!(
        s.contains(&format!(
            "{} people are in groups of several categories",
            count(across.len() as u64)
        )),
        "{dataset}: people across categories"
    );
    assert!(s.contains(&format!("in the most ({most}): ")));
    expected.extend([count(across.len() as u64), most.to_string()]);
    // Named: the first three of those with the most categories, then
    // "and N others".
    let at_most = across
        .iter()
        .filter(|(_, c)| u(&c["category_count"]) == most)
        .count();
    if at_most > 3 {
        expected.insert(count(at_most as u64 - 3));
    }
    let shown = &t[2];
    assert_eq!(shown.len(), across.len().min(10));
    let mut last = (u64::MAX, f64::MAX);
    for row in shown {
        // Without display names, the first column is the address.
        let e = &connectors[&row[0]];
        assert_eq!(row[1], count(u(&e["groups"])), "{dataset}: {}", row[0]);
        assert_eq!(row[2], count(u(&e["category_count"])), "{}", row[0]);
        shows(&row[3], f(&e["participation"]), 3);
        let now = (u(&e["category_count"]), f(&e["participation"]));
        assert!(now.0 < last.0 || (now.0 == last.0 && now.1 <= last.1 + 1e-12));
        last = now;
    }
    if across.len() > 10 {
        expected.insert("10".into());
    }
    let named: Vec<String> = shown
        .iter()
        .take(at_most.min(3))
        .map(|r| r[0].clone())
        .collect();
    let others = if at_most > 3 {
        format!(" and {} others", count(at_most as u64 - 3))
    } else {
        String::new()
    };
    let list = if at_most > 3 {
        named.join(", ")
    } else {
        in_words(&named, 3)
    };
    assert!(
        s.contains(&format!("({most}): {list}{others}.")),
        "{dataset}: those with the most categories"
    );
    for n in numbers_in_sentences(s, &names) {
        assert!(
            expected.contains(&n),
            "{dataset}: {n} in categories: {expected:?}"
        );
    }

    // Facilitators.
    let s = section(&md, "Facilitators");
    let e = &r["facilitators_summary"];
    let (n, linked) = (u(&e["facilitators"]), u(&e["linked"]));
    let sentence = format!(
        "**{}** people run groups (facilitators); **{}** of them (",
        count(n),
        count(linked)
    );
    let at = s
        .find(&sentence)
        .unwrap_or_else(|| panic!("{dataset}: {sentence}"));
    let rate = s[at + sentence.len()..].split(')').next().unwrap();
    shows(rate, 100.0 * f(&e["linked_rate"]), 1);
    let mut expected: BTreeSet<String> = [
        count(n),
        count(linked),
        rate.trim_end_matches('%').to_string(),
    ]
    .into();
    let alone: Vec<String> = e["groups_with_alone_facilitators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_str().unwrap().to_string())
        .collect();
    match alone.len() {
        0 => assert!(s.contains("In every group, at least one facilitator")),
        1 => assert!(s.contains(&format!(
            "The facilitators of **{}** are in no group",
            alone[0]
        ))),
        k => {
            assert!(
                s.contains(&format!(
                    "In {} groups, the facilitators are in no group with a facilitator of another group: **{}**.",
                    count(k as u64),
                    in_words(&alone, 10)
                )),
                "{dataset}: alone"
            );
            expected.insert(count(k as u64));
            if k > 10 {
                expected.insert(count(k as u64 - 10));
            }
        }
    }
    match e["facilitators_group"].as_str() {
        Some(g) => {
            let inside = u(&e["in_facilitators_group"]);
            assert!(s.contains(&format!(
                "**{}** of the {} facilitators are in the facilitators' group **{g}**; {} are not.",
                count(inside),
                count(n),
                count(n - inside)
            )));
            expected.extend([count(inside), count(n - inside)]);
        }
        None => assert!(s.contains("No group gathers the facilitators")),
    }
    let sizes: Vec<u64> = e["facilitators_network_part_sizes"]
        .as_array()
        .unwrap()
        .iter()
        .map(u)
        .collect();
    assert_eq!(sizes.len() as u64, u(&e["facilitators_network_parts"]));
    if sizes.len() == 1 {
        assert!(s.contains("the facilitators form one network"));
    } else {
        let mut by_size: Vec<(u64, u64)> = Vec::new();
        for &z in &sizes {
            match by_size.last_mut() {
                Some((size, k)) if *size == z => *k += 1,
                _ => by_size.push((z, 1)),
            }
        }
        let words: Vec<String> = by_size
            .iter()
            .map(|&(z, k)| {
                let k = if k == 1 { "one".to_string() } else { count(k) };
                let z = if z == 1 {
                    "1 facilitator".to_string()
                } else {
                    format!("{} facilitators", count(z))
                };
                format!("{k} of {z}")
            })
            .collect();
        assert!(
            s.contains(&format!(
                "the facilitators form {} separate parts: {}.",
                count(sizes.len() as u64),
                in_words(&words, words.len())
            )),
            "{dataset}: parts"
        );
        expected.insert(count(sizes.len() as u64));
        for &(z, k) in &by_size {
            expected.extend([count(z), count(k)]);
        }
    }
    // The table: the alone first, then the least linked; every figure as
    // the reference's.
    let rf = r["facilitators"].as_object().unwrap();
    let t = tables(s);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].len(), rf.len().min(10));
    let with_group = e["facilitators_group"].is_string();
    let mut last = 0;
    for row in &t[0] {
        let x = &rf[&row[0]];
        assert_eq!(row[1], count(u(&x["groups_facilitated"])), "{}", row[0]);
        let groups: Vec<&str> = x["facilitated_groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g.as_str().unwrap())
            .collect();
        assert_eq!(row[2], groups.join("; "));
        let mut k = 3;
        if with_group {
            let yes = x["in_facilitators_group"].as_bool().unwrap();
            assert_eq!(row[3], if yes { "yes" } else { "" }, "{}", row[0]);
            k = 4;
        }
        let l = u(&x["linked_facilitators"]);
        assert_eq!(row[k], count(l), "{dataset}: {}", row[0]);
        let alone = x["alone"].as_bool().unwrap();
        assert_eq!(row[k + 1], if alone { "yes" } else { "" });
        assert!(l >= last, "{dataset}: least linked first");
        last = l;
    }
    if rf.len() > 10 {
        expected.extend(["10".to_string(), count(rf.len() as u64)]);
    }
    for x in numbers_in_sentences(s, &names) {
        assert!(
            expected.contains(&x),
            "{dataset}: {x} in facilitators: {expected:?}"
        );
    }

    // The essentials name the groups whose facilitators are alone.
    let ess = section(&md, "The essentials");
    assert_eq!(
        ess.contains("meet no facilitator of another group"),
        !alone.is_empty(),
        "{dataset}"
    );
}

#[test]
fn davis_sections_say_the_reference_figures() {
    check_sections("davis");
}

#[test]
fn theyrule_sections_say_the_reference_figures() {
    check_sections("theyrule");
}

#[test]
fn the_sections_speak_french_and_are_left_out_without_descriptions() {
    let w = Workdir::new();
    w.report([root("data/members.csv")]);
    let md = w.read("report/report.md");
    assert!(!md.contains("\n## Thematic"), "no categories, no section");
    assert!(!md.contains("\n## Facilitators"), "no roles, no section");

    let w = Workdir::new();
    w.report([
        root("data/members.csv"),
        "--groups-info".into(),
        root("data/groups-info.csv"),
        "--lang".into(),
        "fr".into(),
    ]);
    let md = w.read("report/report.md");
    let s = section(&md, "Thématique × territorial");
    assert!(s.contains("Les 37 groupes se répartissent en **4 catégories**"));
    let s = section(&md, "Animateurs et animatrices");
    assert!(s.contains("**78** personnes animent des groupes"));
    assert!(s.contains("**24** des 78 animateurs et animatrices"));
    // The page: the list and the network on screen, a line on paper.
    let html = w.read("report/index.html");
    let at = html.find("<section id=\"facilitators\">").unwrap();
    let fac = &html[at..at + html[at..].find("</section>").unwrap()];
    assert!(fac.contains("<div class=\"screen\">"));
    assert!(fac.contains("id=\"chart-facilitators\""));
    assert!(fac.contains("<div class=\"print\"><p class=\"note\">Liste : facilitators.csv"));
}
