//! `maillage compare` and `maillage trend` (issue 13): a hand-worked
//! before/after pair with every status and change, read from the files
//! the binary writes; property tests against a brute-force computation on
//! sets (self-comparison, swapped sides, row order and duplicates); the
//! example data's planted changes against the figures the generator
//! computed on its own sets; snapshots with planted changes; bad input on
//! either side; the outputs listed; the figures of each side equal to
//! `report`'s.

use crate::outputs::files_below;
use crate::root;
use crate::workdir::Workdir;
use maillage::analyse::compare::{compare, Comparison, GroupStatus, PairStatus, Side};
use maillage::memberships::Memberships;
use maillage::model::Network;
use maillage::report::compare::{compare_outputs, trend_outputs};
use maillage::report::When;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

// ---------------------------------------------------------------------
// A hand-worked pair of exports.
//
// Before: A = {ann, bob, cat, dan, fay}, B = {ann, bob, eve, max},
//         C = {cat, fay, max}, D = {dan, gus}, E = {hal}, F = {ivy, bob}.
// After:  A = {ann, bob, cat, eve, jon}, B = {ann, eve, jon, max},
//         C = {cat, fay, hal, kim, max}, D = {gus}, E = {hal},
//         G = {jon, lea}.
//
// Persons before (10): ann AB, bob ABF, cat AC, dan AD, eve B, fay AC,
// gus D, hal E, ivy F, max BC; in 2+ groups: ann bob cat dan fay max (6).
// After (11): ann AB, bob A, cat AC, eve AB, fay C, gus D, hal CE, jon
// ABG, kim C, lea G, max BC; in 2+: ann cat eve hal jon max (6).
// Joined: jon kim lea; left: dan ivy; stayed: 8, of whom bob (left B, F),
// eve (joined A), fay (left A), hal (joined C) changed groups (4).
// New connectors: eve, hal (one group, then two). Newcomers in 2+: jon.
// Back to one group: bob, fay. Connectors who left: dan (ivy had one).
//
// Groups (joined/left/stayed): A 2/2/3 (eve jon / dan fay / ann bob cat);
// B 1/1/3; C 2/0/3; D 0/1/1; E 0/0/1; F closed (left 2); G new
// (joined 2). Memberships 17 -> 18: kept 11, new 7, ended 6.
// Shared members before: A 5/5, B 3/4 (eve alone), C 3/3, D 1/2, E 0/1,
// F 1/2; after: A 4/5 (bob alone), B 4/4, C 3/5 (fay, kim alone), D 0/1,
// E 1/1, G 1/2.
// Pairs before: AB {ann bob}, AC {cat fay}, AD {dan}, AF {bob}, BC {max},
// BF {bob}; after: AB {ann eve jon}, AC {cat}, AG {jon}, BC {max},
// BG {jon}, CE {hal}. Union: AB up, AC down, AD lost (a lost link: both
// groups are kept; dan linked them and left), AF and BF lost (F closed),
// AG and BG gained (G new), BC same, CE gained (a link gained).
// Jaccard: AB 2/7 then 3/6; AC 2/6 then 1/9; AD 1/6 then 0/6; AF 1/6
// then 0/5; AG 0/5 then 1/6; BC 1/6 then 1/8; BF 1/5 then 0/4; BG 0/4
// then 1/5; CE 0/4 then 1/5.
// Overlapping groups before: A 4 (B C D F), B 3, C 2, D 1, E 0, F 2;
// after: A 3 (B C G), B 3, C 3 (A B E), D 0, E 1, G 2. So D became
// isolated and E is no longer isolated.

const BEFORE: &[(&str, &str)] = &[
    ("ann", "A"),
    ("bob", "A"),
    ("cat", "A"),
    ("dan", "A"),
    ("fay", "A"),
    ("ann", "B"),
    ("bob", "B"),
    ("eve", "B"),
    ("max", "B"),
    ("cat", "C"),
    ("fay", "C"),
    ("max", "C"),
    ("dan", "D"),
    ("gus", "D"),
    ("hal", "E"),
    ("ivy", "F"),
    ("bob", "F"),
];

const AFTER: &[(&str, &str)] = &[
    ("ann", "A"),
    ("bob", "A"),
    ("cat", "A"),
    ("eve", "A"),
    ("jon", "A"),
    ("ann", "B"),
    ("eve", "B"),
    ("jon", "B"),
    ("max", "B"),
    ("cat", "C"),
    ("fay", "C"),
    ("hal", "C"),
    ("kim", "C"),
    ("max", "C"),
    ("gus", "D"),
    ("hal", "E"),
    ("jon", "G"),
    ("lea", "G"),
];

/// A CSV of `email,group` rows, persons as `name@x.org`; written in the
/// reverse order, with a capital, to show that neither matters.
fn csv_of(rows: &[(&str, &str)]) -> String {
    let mut s = String::from("email,group\n");
    for (i, (p, g)) in rows.iter().rev().enumerate() {
        let p = if i % 3 == 0 {
            let mut c = p.chars();
            let first = c.next().unwrap().to_uppercase().collect::<String>();
            format!("{first}{}", c.as_str())
        } else {
            p.to_string()
        };
        s.push_str(&format!("{p}@x.org,{g}\n"));
    }
    s
}

fn hand_worked() -> Workdir {
    let w = Workdir::new();
    w.write("2025-01.csv", csv_of(BEFORE));
    w.write("2025-09.csv", csv_of(AFTER));
    w.run([
        "compare",
        "2025-01.csv",
        "2025-09.csv",
        "--out",
        "cmp",
        "--quiet",
    ]);
    w
}

#[test]
fn hand_worked_groups_have_every_status() {
    let w = hand_worked();
    assert_eq!(
        w.read("cmp/groups.csv"),
        "group,status,members_before,members_after,joined,left,stayed,shared_rate_before,shared_rate_after,overlapping_groups_before,overlapping_groups_after,isolated_before,isolated_after,shared_members_before,shared_members_after\n\
         A,kept,5,5,2,2,3,1.0,0.8,4,3,false,false,5,4\n\
         B,kept,4,4,1,1,3,0.75,1.0,3,3,false,false,3,4\n\
         C,kept,3,5,2,0,3,1.0,0.6,2,3,false,false,3,3\n\
         D,kept,2,1,0,1,1,0.5,0.0,1,0,false,true,1,0\n\
         E,kept,1,1,0,0,1,0.0,1.0,0,1,true,false,0,1\n\
         F,closed,2,0,0,2,0,0.5,,2,0,false,,1,0\n\
         G,new,0,2,2,0,0,,0.5,0,2,,false,0,1\n"
    );
}

#[test]
fn hand_worked_pairs_have_every_change() {
    let w = hand_worked();
    assert_eq!(
        w.read("cmp/pairs.csv"),
        "group_a,group_b,shared_before,shared_after,change,jaccard_before,jaccard_after\n\
         A,B,2,3,up,0.2857142857,0.5\n\
         A,C,2,1,down,0.3333333333,0.1111111111\n\
         A,D,1,0,lost,0.1666666667,0.0\n\
         A,F,1,0,lost,0.1666666667,0.0\n\
         A,G,0,1,gained,0.0,0.1666666667\n\
         B,C,1,1,same,0.1666666667,0.125\n\
         B,F,1,0,lost,0.2,0.0\n\
         B,G,0,1,gained,0.0,0.2\n\
         C,E,0,1,gained,0.0,0.2\n"
    );
    assert_eq!(
        w.read("cmp/lost_links.csv"),
        "group_a,group_b,shared_before,persons,still_in_network\nA,D,1,dan@x.org,\n"
    );
}

#[test]
fn hand_worked_persons_are_those_whose_groups_changed() {
    let w = hand_worked();
    assert_eq!(
        w.read("cmp/persons.csv"),
        "person,groups_before,groups_after,joined_groups,left_groups\n\
         bob@x.org,3,1,,B; F\n\
         dan@x.org,2,0,,A; D\n\
         eve@x.org,1,2,A,\n\
         fay@x.org,2,1,,A\n\
         hal@x.org,1,2,C,\n\
         ivy@x.org,1,0,,F\n\
         jon@x.org,0,3,A; B; G,\n\
         kim@x.org,0,1,C,\n\
         lea@x.org,0,1,G,\n"
    );
}

#[test]
fn hand_worked_summary_counts_persons_groups_pairs_and_memberships() {
    let w = hand_worked();
    let s = w.json("cmp/summary.json");
    assert_eq!(s["before"]["label"], "2025-01");
    assert_eq!(s["after"]["label"], "2025-09");
    let p = &s["persons"];
    let get = |v: &serde_json::Value, k: &str| v[k].as_u64().unwrap_or_else(|| panic!("{k}"));
    assert_eq!(
        [
            "joined",
            "left",
            "stayed",
            "groups_changed",
            "new_connectors",
            "joined_in_2plus_groups",
            "connectors_lost",
            "connectors_lost_left",
            "connectors_lost_back_to_one"
        ]
        .map(|k| get(p, k)),
        [3, 2, 8, 4, 2, 1, 3, 1, 2]
    );
    let m = &s["memberships"];
    assert_eq!(["new", "ended", "kept"].map(|k| get(m, k)), [7, 6, 11]);
    let g = &s["groups"];
    assert_eq!(["kept", "new", "closed"].map(|k| get(g, k)), [5, 1, 1]);
    assert_eq!(g["new_groups"], serde_json::json!(["G"]));
    assert_eq!(g["closed_groups"], serde_json::json!(["F"]));
    assert_eq!(g["became_isolated"], serde_json::json!(["D"]));
    assert_eq!(g["no_longer_isolated"], serde_json::json!(["E"]));
    let pr = &s["pairs"];
    assert_eq!(
        [
            "gained",
            "lost",
            "up",
            "down",
            "same",
            "links_lost",
            "links_gained"
        ]
        .map(|k| get(pr, k)),
        [3, 3, 1, 1, 1, 1, 1]
    );
    let (b, a) = (&s["before"], &s["after"]);
    assert_eq!(
        [
            "persons",
            "groups",
            "memberships",
            "persons_in_2plus_groups",
            "overlapping_pairs"
        ]
        .map(|k| (get(b, k), get(a, k))),
        [(10, 11), (6, 6), (17, 18), (6, 6), (6, 6)]
    );
    assert_eq!(b["multi_membership_rate"].as_f64(), Some(0.6));
    assert_eq!(a["multi_membership_rate"].as_f64(), Some(6.0 / 11.0));
    let points = s["change"]["multi_membership_rate_points"]
        .as_f64()
        .unwrap();
    assert!((points - (6.0 / 11.0 - 0.6) * 100.0).abs() < 1e-12);
    assert_eq!(s["change"]["persons"], 1);
    assert_eq!(s["change"]["memberships"], 1);
    // isolated: E then D; hanging on one person: D, F then E, G; parts:
    // {A B C D F} and E, then {A B C E G} and D.
    assert_eq!(
        (get(b, "isolated_groups"), get(a, "isolated_groups")),
        (1, 1)
    );
    assert_eq!((get(b, "parts"), get(a, "parts")), (2, 2));
    assert_eq!(
        (
            get(b, "groups_hanging_on_one_person"),
            get(a, "groups_hanging_on_one_person")
        ),
        (2, 2)
    );
}

/// Every headline figure of each side equals what `maillage report` says
/// of that side alone.
#[test]
fn each_sides_figures_are_reports_figures() {
    let w = hand_worked();
    let s = w.json("cmp/summary.json");
    for (side, file) in [("before", "2025-01.csv"), ("after", "2025-09.csv")] {
        let r = w.summary_json([file]);
        let ours = &s[side];
        for k in [
            "persons",
            "groups",
            "memberships",
            "persons_in_2plus_groups",
            "multi_membership_rate",
            "mean_groups_per_person",
            "overlapping_pairs",
            "cut_point_persons",
            "cut_point_groups",
            "degree_distribution",
            "group_sizes",
        ] {
            assert_eq!(ours[k], r[k], "{side}: {k}");
        }
        let len = |v: &serde_json::Value| v.as_array().unwrap().len() as u64;
        assert_eq!(ours["isolated_groups"], len(&r["isolated_groups"]));
        assert_eq!(
            ours["groups_hanging_on_one_person"],
            len(&r["groups_hanging_on_one_person"])
        );
        assert_eq!(ours["parts"], len(&r["components"]));
    }
}

#[test]
fn the_pages_say_what_changed_in_plain_words_first() {
    let w = hand_worked();
    let md = w.read("cmp/report.md");
    // Title, the exports read, then the headline.
    let first = md.lines().nth(4).unwrap();
    assert_eq!(
        first,
        "**Multi-membership fell from 60.0% to 54.5% (−5.5 points): 6 of the 10 people in 2025-01, 6 of the 11 in 2025-09.**"
    );
    for said in [
        "3 people joined the network and 2 left; 8 are in both exports, 4 of them in other groups than before.",
        "2 people joined a second group",
        "1 newcomer is already in two groups or more.",
        "2 went back to a single group and 1 left the network.",
        "New group: G (2 members).",
        "Closed group: F (2 members).",
        "A and D no longer share anyone.",
        "1 pair of groups that shared nobody now shares members.",
        "Became isolated (sharing nobody with another group now): D.",
        "No longer isolated: E.",
        "7 memberships began and 6 ended; 11 are in both exports.",
        "![How many groups each person is in, before and after](charts/distribution.svg)",
    ] {
        assert!(md.contains(said), "report.md lacks {said:?}:\n{md}");
    }
    // Sentences come before the tables.
    assert!(md.find("A and D no longer").unwrap() < md.find("| group |").unwrap());
    let html = w.read("cmp/index.html");
    assert!(html.contains("A and D no longer share anyone."));
    assert!(html.contains("Content-Security-Policy"));
    assert!(
        !html.contains("cmp-") && !md.contains("cmp-"),
        "a key leaked"
    );

    // The same in French.
    w.run([
        "compare",
        "2025-01.csv",
        "2025-09.csv",
        "--out",
        "fr",
        "--lang",
        "fr",
        "--quiet",
    ]);
    let md = w.read("fr/report.md");
    for said in [
        "# Ce qui a changé entre 2025-01 et 2025-09",
        "La multi-appartenance est descendue de 60,0\u{a0}% à 54,5\u{a0}% (−5,5 points)",
        "A et D ne partagent plus personne.",
        "Nouveau groupe : G (2 membres).",
    ] {
        assert!(md.contains(said), "French report.md lacks {said:?}:\n{md}");
    }
    let html = w.read("fr/index.html");
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("A et D ne partagent plus personne."));
    assert!(
        !html.contains("cmp-") && !md.contains("cmp-"),
        "a key leaked"
    );
    // The CSV files do not depend on the language.
    for f in ["groups.csv", "pairs.csv", "persons.csv", "lost_links.csv"] {
        assert_eq!(w.read(format!("cmp/{f}")), w.read(format!("fr/{f}")), "{f}");
    }
}

/// Sets a file's modification time to noon UTC of `date` (`2025-09-12`).
fn touch(path: &std::path::Path, date: &str) {
    let day: chrono::NaiveDate = date.parse().unwrap();
    let noon = day.and_hms_opt(12, 0, 0).unwrap().and_utc();
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(noon.timestamp() as u64);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

#[test]
fn title_and_date_are_given_or_the_newest_files_date_is_shown() {
    let w = Workdir::new();
    let b = w.write("2025-01.csv", csv_of(BEFORE));
    let a = w.write("2025-09.csv", csv_of(AFTER));
    let c = w.write("2025-05.csv", csv_of(AFTER));
    touch(&b, "2025-01-15");
    // The middle snapshot is the newest file: the date is the newest
    // file's, not the last label's.
    touch(&c, "2025-10-03");
    touch(&a, "2025-09-12");
    let pages = |dir: &str| {
        (
            w.read(format!("{dir}/report.md")),
            w.read(format!("{dir}/index.html")),
        )
    };

    // By default: the title names the labels, the date is the newest file's.
    w.run([
        "compare",
        "2025-01.csv",
        "2025-09.csv",
        "--out",
        "cmp",
        "--quiet",
    ]);
    let (md, html) = pages("cmp");
    assert!(
        md.starts_with("# What changed between 2025-01 and 2025-09\n"),
        "{md}"
    );
    assert!(
        md.contains("Exports 2025-01 and 2025-09 · 12 September 2025 · 2 files read"),
        "{md}"
    );
    assert!(html.contains("<h1>What changed between 2025-01 and 2025-09</h1>"));
    assert!(html.contains("Exports 2025-01 and 2025-09 · 12 September 2025 · 2 files read"));
    w.run([
        "trend",
        "2025-01.csv",
        "2025-05.csv",
        "2025-09.csv",
        "--out",
        "tr",
        "--quiet",
    ]);
    let (md, html) = pages("tr");
    assert!(
        md.contains("3 snapshots · 3 October 2025 · 3 files read"),
        "{md}"
    );
    assert!(html.contains("3 snapshots · 3 October 2025 · 3 files read"));

    // Given: the title replaces the default, escaped; the date is shown
    // as given (in words when it is a date).
    let title = "Réseau <coop> & *amis*";
    for (cmd, out) in [("compare", "cmp-t"), ("trend", "tr-t")] {
        let mut args = vec![cmd, "2025-01.csv", "2025-09.csv"];
        if cmd == "trend" {
            args.push("2025-05.csv");
        }
        args.extend([
            "--title",
            title,
            "--date",
            "2025-12-01",
            "--out",
            out,
            "--quiet",
        ]);
        w.run(&args);
        let (md, html) = pages(out);
        assert!(
            md.starts_with("# Réseau &lt;coop&gt; & \\*amis\\*\n"),
            "{cmd}: {md}"
        );
        assert!(md.contains(" · 1 December 2025 · "), "{cmd}: {md}");
        assert!(
            !md.contains("October") && !md.contains("September 2025"),
            "{cmd}: {md}"
        );
        assert!(
            html.contains("<title>Réseau &lt;coop&gt; &amp; *amis*</title>"),
            "{cmd}"
        );
        assert!(
            html.contains("<h1>Réseau &lt;coop&gt; &amp; *amis*</h1>"),
            "{cmd}"
        );
        assert!(!html.contains("<coop>"), "{cmd}");
        assert!(html.contains(" · 1 December 2025 · "), "{cmd}");
    }
    // A blank title keeps the default one; a date that is not one is
    // shown as given; in French.
    w.run([
        "--lang",
        "fr",
        "compare",
        "2025-01.csv",
        "2025-09.csv",
        "--title",
        " ",
        "--date",
        "automne 2025",
        "--out",
        "fr",
        "--quiet",
    ]);
    let (md, _) = pages("fr");
    assert!(
        md.starts_with("# Ce qui a changé entre 2025-01 et 2025-09\n"),
        "{md}"
    );
    assert!(
        md.contains("Exports 2025-01 et 2025-09 · automne 2025 · 2 fichiers lus"),
        "{md}"
    );
    // The tables do not depend on the title or the date.
    for f in ["groups.csv", "pairs.csv", "persons.csv", "summary.json"] {
        assert_eq!(
            w.read(format!("cmp/{f}")),
            w.read(format!("cmp-t/{f}")),
            "{f}"
        );
    }
}

#[test]
fn the_folder_holds_exactly_the_listed_outputs_and_help_names_them() {
    let w = hand_worked();
    w.run([
        "compare",
        "2025-01.csv",
        "2025-09.csv",
        "--out",
        "png",
        "--png",
        "--quiet",
    ]);
    for (dir, with) in [
        ("cmp", vec![When::Always]),
        ("png", vec![When::Always, When::Png]),
    ] {
        let expected: BTreeSet<String> = compare_outputs()
            .into_iter()
            .filter(|o| with.contains(&o.when))
            .map(|o| o.path)
            .collect();
        assert_eq!(files_below(&w.join(dir)), expected, "{dir}");
    }
    let help = String::from_utf8(w.run(["compare", "--help"]).stdout).unwrap();
    for o in compare_outputs() {
        assert!(help.contains(&o.path), "{} missing from --help", o.path);
    }
    let help = String::from_utf8(w.run(["trend", "--help"]).stdout).unwrap();
    for o in trend_outputs() {
        assert!(help.contains(&o.path), "{} missing from --help", o.path);
    }
    // Nothing else was left in the working folder.
    assert_eq!(w.entries("."), ["2025-01.csv", "2025-09.csv", "cmp", "png"]);
}

/// The texts of an SVG, trimmed.
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .collect()
}

#[test]
fn a_rerun_gives_the_same_bytes_and_replaces_the_folder() {
    let w = hand_worked();
    let first: Vec<(String, Vec<u8>)> = files_below(&w.join("cmp"))
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(w.join("cmp").join(&f)).unwrap();
            (f, bytes)
        })
        .collect();
    w.run([
        "compare",
        "2025-01.csv",
        "2025-09.csv",
        "--out",
        "cmp",
        "--quiet",
    ]);
    for (f, bytes) in first {
        assert_eq!(std::fs::read(w.join("cmp").join(&f)).unwrap(), bytes, "{f}");
    }
}

#[test]
fn the_charts_parse_and_show_what_the_tables_hold() {
    let w = hand_worked();
    for name in ["groups", "map", "distribution"] {
        let svg = w.read(format!("cmp/charts/{name}.svg"));
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "svg");
    }
    let texts = svg_texts(&w.read("cmp/charts/groups.svg"));
    // Every group has its row, named; F is closed, G new.
    for g in ["A", "B", "C", "D", "E", "F", "G", "closed", "new"] {
        assert!(texts.iter().any(|t| t == g), "{g}: {texts:?}");
    }
    let texts = svg_texts(&w.read("cmp/charts/map.svg"));
    assert!(texts.iter().any(|t| t == "no longer shares anyone"));
    // The distribution: 1, 2 and 3 groups; before 4/5/1 persons, after
    // 5/5/1 (jon in 3).
    let c = comparison(BEFORE, AFTER);
    let d = maillage::chart::compare_distribution::layout(&c, &Default::default());
    assert_eq!(
        d.bars(),
        &[
            ("1".to_string(), 4, 5),
            ("2".to_string(), 5, 5),
            ("3".to_string(), 1, 1)
        ]
    );
    // The map: every group, and a line per pair of either side.
    let m = maillage::chart::compare_map::layout(&c, &Default::default());
    assert_eq!(m.nodes().len(), 7);
    let mut kinds: Vec<(String, String, PairStatus)> = m
        .links()
        .iter()
        .map(|k| {
            (
                m.nodes()[k.a].name.clone(),
                m.nodes()[k.b].name.clone(),
                k.status,
            )
        })
        .collect();
    kinds.sort();
    assert_eq!(kinds.len(), 9);
    assert!(kinds.contains(&("A".into(), "D".into(), PairStatus::Lost)));
    assert!(kinds.contains(&("C".into(), "E".into(), PairStatus::Gained)));
    let rows = maillage::chart::compare_groups::layout(&c, &Default::default());
    let f = rows.rows().iter().find(|r| r.name == "F").unwrap();
    assert_eq!(f.members, (Some(2), None));
    assert_eq!(f.status, GroupStatus::Closed);
}

#[test]
fn names_are_escaped_and_cells_neutralised_everywhere() {
    let w = Workdir::new();
    let nasty = "<script>alert(1)</script>";
    let formula = "=HYPERLINK(\"x\")";
    w.write(
        "a.csv",
        format!(
            "email,group\na@x.org,\"{nasty}\"\na@x.org,\"{}\"\nb@x.org,V\n",
            formula.replace('"', "\"\"")
        ),
    );
    w.write(
        "b.csv",
        format!("email,group\nb@x.org,\"{nasty}\"\nb@x.org,V\n"),
    );
    w.run(["compare", "a.csv", "b.csv", "--out", "c", "--quiet"]);
    let html = w.read("c/index.html");
    assert!(!html.contains(nasty), "raw markup in index.html");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let md = w.read("c/report.md");
    assert!(!md.contains(nasty));
    for f in ["groups.csv", "pairs.csv", "persons.csv"] {
        let text = w.read(format!("c/{f}"));
        assert!(
            !text.contains(",=HYPER") && !text.starts_with('='),
            "{f}: {text}"
        );
    }
    assert!(w.read("c/groups.csv").contains("'=HYPERLINK"));
    for name in ["groups", "map", "distribution"] {
        let svg = w.read(format!("c/charts/{name}.svg"));
        roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!svg.contains(nasty), "{name}");
    }
}

// ---------------------------------------------------------------------
// Bad input on either side: which side, which file; nothing written.

#[test]
fn bad_input_on_either_side_names_the_side_and_the_file_and_writes_nothing() {
    let w = Workdir::new();
    w.write("good.csv", "email,group\na@x.org,V\n");
    w.write("bad.csv", "email,colour\na@x.org,red\n");
    w.write("ragged.csv", "email,group\na@x.org,V\nb@x.org,W,extra\n");
    let err = w.fail(["compare", "bad.csv", "good.csv", "--out", "out"]);
    assert!(err.contains("reading the earlier export, “bad”"), "{err}");
    assert!(err.contains("bad.csv:1: no group column found"), "{err}");
    let err = w.fail(["compare", "good.csv", "ragged.csv", "--out", "out"]);
    assert!(err.contains("reading the later export, “ragged”"), "{err}");
    assert!(err.contains("ragged.csv:3:"), "{err}");
    let err = w.fail([
        "compare",
        "--before",
        "good.csv",
        "--after",
        "good.csv",
        "missing.csv",
        "--out",
        "out",
    ]);
    assert!(err.contains("reading the later export"), "{err}");
    assert!(err.contains("missing.csv: no such file"), "{err}");
    let err = w.fail(["trend", "good.csv", "good.csv", "bad.csv", "--out", "out"]);
    assert!(err.contains("reading the snapshot “bad”"), "{err}");
    let err = w.fail([
        "compare",
        "good.csv",
        "ragged.csv",
        "--lang",
        "fr",
        "--out",
        "out",
    ]);
    assert!(
        err.contains("lecture de l'export le plus récent, « ragged »"),
        "{err}"
    );
    assert_eq!(
        w.entries("."),
        ["bad.csv", "good.csv", "ragged.csv"],
        "nothing written, no temporary folder left"
    );
    // An earlier comparison is kept when the new one fails.
    w.run(["compare", "good.csv", "good.csv", "--out", "out", "--quiet"]);
    let before = w.read("out/summary.json");
    w.fail(["compare", "good.csv", "bad.csv", "--out", "out"]);
    assert_eq!(w.read("out/summary.json"), before);
    // A folder that is not maillage's is never replaced.
    w.write("docs/notes.txt", "mine");
    let err = w.fail(["compare", "good.csv", "good.csv", "--out", "docs"]);
    assert!(err.contains("not a maillage report"), "{err}");
    assert_eq!(w.read("docs/notes.txt"), "mine");
}

#[test]
fn usage_mistakes_exit_with_2() {
    let w = Workdir::new();
    w.write("a.csv", "email,group\na@x.org,V\n");
    for (args, said) in [
        (vec!["compare", "a.csv"], "compare needs two exports"),
        (
            vec!["compare", "a.csv", "a.csv", "a.csv"],
            "compare needs two exports",
        ),
        (
            vec!["compare", "a.csv", "a.csv", "--labels", "x"],
            "--labels gives 1 labels for 2 exports",
        ),
        (
            vec!["compare", "a.csv", "a.csv", "--labels", "x,x"],
            "“x” is given twice",
        ),
        (
            vec!["compare", "a.csv", "a.csv", "--rename", "V"],
            "--rename V: write OLD=NEW",
        ),
        (
            vec![
                "compare", "a.csv", "a.csv", "--rename", "A=B", "--rename", "B=A",
            ],
            "loop",
        ),
        (
            vec!["trend", "a.csv", "a.csv"],
            "trend needs three snapshots or more (2 given)",
        ),
    ] {
        let out = w.command().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(said), "{args:?}: {err}");
    }
    assert_eq!(w.entries("."), ["a.csv"]);
}

// ---------------------------------------------------------------------
// Sides given several ways, labels, renamings.

#[test]
fn a_side_can_be_several_files_a_folder_or_a_zip() {
    let w = Workdir::new();
    w.write("old/velo.csv", "email\na@x.org\nb@x.org\n");
    w.write("old/bio.csv", "email\nb@x.org\n");
    w.write("new/velo.csv", "email\na@x.org\n");
    w.write("new/bio.csv", "email\nb@x.org\nc@x.org\n");
    w.run(["compare", "old", "new", "--out", "folders", "--quiet"]);
    w.run([
        "compare",
        "--before",
        "old/bio.csv",
        "old/velo.csv",
        "--after",
        "new/bio.csv",
        "new/velo.csv",
        "--labels",
        "old,new",
        "--out",
        "files",
        "--quiet",
    ]);
    for f in ["groups.csv", "pairs.csv", "persons.csv", "lost_links.csv"] {
        assert_eq!(
            w.read(format!("folders/{f}")),
            w.read(format!("files/{f}")),
            "{f}"
        );
    }
    assert_eq!(
        w.read("files/lost_links.csv"),
        "group_a,group_b,shared_before,persons,still_in_network\nbio,velo,1,b@x.org,b@x.org\n"
    );
    let s = w.json("folders/summary.json");
    assert_eq!(
        (s["before"]["label"].as_str(), s["after"]["label"].as_str()),
        (Some("old"), Some("new"))
    );
    let s = w.json("files/summary.json");
    assert_eq!(s["after"]["label"], "new");
    // A side given by position, the other with its option.
    w.run([
        "compare",
        "old",
        "--after",
        "new/bio.csv",
        "new/velo.csv",
        "--out",
        "mixed",
        "--quiet",
    ]);
    assert_eq!(w.read("mixed/pairs.csv"), w.read("files/pairs.csv"));
    assert_eq!(w.json("mixed/summary.json")["after"]["label"], "bio+1");
}

#[test]
fn a_renamed_group_keeps_its_history() {
    let w = Workdir::new();
    w.write(
        "a.csv",
        "email,group\na@x.org,Velo\nb@x.org,Velo\nb@x.org,Bio\n",
    );
    w.write(
        "b.csv",
        "email,group\na@x.org,Vélo\nb@x.org,Vélo\nc@x.org,Vélo\nb@x.org,Bio\n",
    );
    w.run(["compare", "a.csv", "b.csv", "--out", "plain", "--quiet"]);
    let plain = w.read("plain/groups.csv");
    assert!(plain.contains("\nVelo,closed,2,0,0,2,0,"), "{plain}");
    assert!(plain.contains("\nVélo,new,0,3,3,0,0,"), "{plain}");
    let out = w.run([
        "compare",
        "a.csv",
        "b.csv",
        "--rename",
        "Velo=Vélo",
        "--rename",
        "Typo=X",
        "--out",
        "renamed",
    ]);
    let groups = w.read("renamed/groups.csv");
    assert!(groups.contains("\nVélo,kept,2,3,1,0,2,"), "{groups}");
    assert!(!groups.contains("Velo,"), "{groups}");
    assert_eq!(
        w.read("renamed/pairs.csv").lines().nth(1),
        Some("Bio,Vélo,1,1,same,0.5,0.3333333333")
    );
    let s = w.json("renamed/summary.json");
    assert_eq!(
        s["renamed"],
        serde_json::json!([{"from": "Velo", "to": "Vélo", "before": true, "after": false}])
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--rename Typo=X: no export has a group “Typo”"),
        "{err}"
    );
    assert!(w
        .read("renamed/report.md")
        .contains("Renamed: Velo → Vélo."));
    // Two groups of one export would become one: an error, nothing written.
    w.write("both.csv", "email,group\na@x.org,Velo\nb@x.org,Vélo\n");
    let err = w.fail([
        "compare",
        "both.csv",
        "b.csv",
        "--rename",
        "Velo=Vélo",
        "--out",
        "bad",
    ]);
    assert!(
        err.contains("both: the groups “Velo” and “Vélo” would both be called “Vélo”"),
        "{err}"
    );
    assert!(!w.join("bad").exists());
}

// ---------------------------------------------------------------------
// The example data: the changes the generator planted, as it computed them
// on its own sets (tests/fixtures/example-changes/expected.json, written by
// scripts/make_example_data.py).

#[test]
fn the_example_exports_give_the_planted_changes() {
    let w = Workdir::new();
    w.run([
        "compare".as_ref(),
        root("data/members-2025-09.csv").as_os_str(),
        root("data/members.csv").as_os_str(),
        "--labels".as_ref(),
        "2025-09,2026-03".as_ref(),
        "--out".as_ref(),
        "cmp".as_ref(),
        "--quiet".as_ref(),
    ]);
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root("tests/fixtures/example-changes/expected.json")).unwrap(),
    )
    .unwrap();
    let s = w.json("cmp/summary.json");
    for (k, v) in expected["persons"].as_object().unwrap() {
        assert_eq!(&s["persons"][k], v, "persons.{k}");
    }
    for (k, v) in expected["memberships"].as_object().unwrap() {
        assert_eq!(&s["memberships"][k], v, "memberships.{k}");
    }
    assert_eq!(s["groups"]["new_groups"], expected["created"]);
    assert_eq!(s["groups"]["closed_groups"], expected["closed"]);
    for (side, key) in [("before", "then"), ("after", "now")] {
        for k in [
            "persons",
            "memberships",
            "groups",
            "persons_in_2plus_groups",
        ] {
            assert_eq!(s[side][k], expected[key][k], "{side}.{k}");
        }
    }
    // The lost link, and who linked the two groups.
    let links: Vec<serde_json::Value> = w
        .csv("cmp/lost_links.csv")
        .iter()
        .map(|r| serde_json::json!([&r[0], &r[1], &r[3], &r[4]]))
        .collect();
    assert_eq!(serde_json::Value::Array(links), expected["lost_links"]);
    // Every person who joined, left, or changed groups, with the groups.
    let persons: Vec<serde_json::Value> = w
        .csv("cmp/persons.csv")
        .iter()
        .map(|r| {
            serde_json::json!([
                &r[0],
                r[1].parse::<u64>().unwrap(),
                r[2].parse::<u64>().unwrap(),
                &r[3],
                &r[4]
            ])
        })
        .collect();
    assert_eq!(
        serde_json::Value::Array(persons),
        expected["persons_changed"]
    );
    // Each group's joined, left and stayed.
    let groups: Vec<serde_json::Value> = w
        .csv("cmp/groups.csv")
        .iter()
        .map(|r| {
            serde_json::json!([
                &r[0],
                &r[1],
                r[4].parse::<u64>().unwrap(),
                r[5].parse::<u64>().unwrap(),
                r[6].parse::<u64>().unwrap()
            ])
        })
        .collect();
    assert_eq!(serde_json::Value::Array(groups), expected["groups"]);
    // Pairs: the shared counts on both sides.
    let pairs: Vec<serde_json::Value> = w
        .csv("cmp/pairs.csv")
        .iter()
        .map(|r| {
            serde_json::json!([
                &r[0],
                &r[1],
                r[2].parse::<u64>().unwrap(),
                r[3].parse::<u64>().unwrap(),
                &r[4]
            ])
        })
        .collect();
    assert_eq!(serde_json::Value::Array(pairs), expected["pairs"]);
    let md = w.read("cmp/report.md");
    assert!(
        md.contains("Brest and Rennes no longer share anyone."),
        "{md}"
    );
    assert!(md.contains("New group: Low-tech (147 members)."), "{md}");
    assert!(
        md.contains("Closed group: Covoiturage (24 members)."),
        "{md}"
    );
}

// ---------------------------------------------------------------------
// Snapshots generated with planted changes.

/// A network built so that every change is known: groups G00..G07 share
/// three persons per pair; G08 has only its own members; G09 shares two
/// persons with G00; G10 and G11 share one person, `link@x.org`; each
/// group also has single-group members. Then, in the later snapshot:
/// three singles and one person of the pair (G00, G01) leave; five
/// persons join (one in G02 and G08); G09 closes; G12 opens with two
/// newcomers and a single of G03; `link@x.org` leaves G11.
struct Planted {
    before: Vec<(String, String)>,
    after: Vec<(String, String)>,
}

fn planted(seed: u64) -> Planted {
    let mut before: Vec<(String, String)> = Vec::new();
    let g = |i: usize| format!("G{i:02}");
    for i in 0..8 {
        for j in i + 1..8 {
            for k in 0..3 {
                let p = format!("pair{i}{j}-{k}@x.org");
                before.push((p.clone(), g(i)));
                before.push((p, g(j)));
            }
        }
    }
    for i in (0..12).filter(|&i| i != 9) {
        for k in 0..4 {
            before.push((format!("single{i:02}-{k}@x.org"), g(i)));
        }
    }
    for k in 0..2 {
        let p = format!("closing-{k}@x.org");
        before.push((p.clone(), g(0)));
        before.push((p, g(9)));
    }
    before.push(("link@x.org".into(), g(10)));
    before.push(("link@x.org".into(), g(11)));

    let leavers = [
        "single04-0@x.org",
        "single05-1@x.org",
        "single11-3@x.org",
        "pair01-2@x.org",
    ];
    let mut after: Vec<(String, String)> = before
        .iter()
        .filter(|(p, grp)| {
            !leavers.contains(&p.as_str()) && *grp != g(9) && !(p == "link@x.org" && *grp == g(11))
        })
        .cloned()
        .collect();
    for k in 0..3 {
        after.push((format!("new-{k}@x.org"), g(k + 5)));
    }
    after.push(("bridge@x.org".into(), g(2)));
    after.push(("bridge@x.org".into(), g(8)));
    after.push(("opener-0@x.org".into(), g(12)));
    after.push(("opener-1@x.org".into(), g(12)));
    after.push(("single03-0@x.org".into(), g(12)));
    // Row order and a few repeated rows must change nothing.
    let shuffle = |v: &mut Vec<(String, String)>, s: u64| {
        let mut x = s | 1;
        for i in (1..v.len()).rev() {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            v.swap(i, (x >> 33) as usize % (i + 1));
        }
        let dup = v[..5].to_vec();
        v.extend(dup);
    };
    shuffle(&mut before, seed);
    shuffle(&mut after, seed.wrapping_add(7));
    Planted { before, after }
}

fn write_rows(w: &Workdir, name: &str, rows: &[(String, String)]) {
    let mut s = String::from("email,group\n");
    for (p, g) in rows {
        s.push_str(&format!("{p},{g}\n"));
    }
    w.write(name, s);
}

#[test]
fn planted_changes_are_found_exactly() {
    for seed in [1, 2, 3] {
        let p = planted(seed);
        let w = Workdir::new();
        write_rows(&w, "t1.csv", &p.before);
        write_rows(&w, "t2.csv", &p.after);
        w.run(["compare", "t1.csv", "t2.csv", "--out", "c", "--quiet"]);
        let s = w.json("c/summary.json");
        // Left: the four leavers and nobody else (the closing persons stay
        // in G00; link stays in G10).
        let persons = w.csv("c/persons.csv");
        let left: BTreeSet<&str> = persons
            .iter()
            .filter(|r| &r[2] == "0")
            .map(|r| r.get(0).unwrap())
            .collect();
        assert_eq!(
            left,
            BTreeSet::from([
                "pair01-2@x.org",
                "single04-0@x.org",
                "single05-1@x.org",
                "single11-3@x.org"
            ])
        );
        let joined: BTreeSet<&str> = persons
            .iter()
            .filter(|r| &r[1] == "0")
            .map(|r| r.get(0).unwrap())
            .collect();
        assert_eq!(
            joined,
            BTreeSet::from([
                "bridge@x.org",
                "new-0@x.org",
                "new-1@x.org",
                "new-2@x.org",
                "opener-0@x.org",
                "opener-1@x.org"
            ])
        );
        let changed: BTreeSet<(&str, &str, &str)> = persons
            .iter()
            .filter(|r| &r[1] != "0" && &r[2] != "0")
            .map(|r| (r.get(0).unwrap(), r.get(3).unwrap(), r.get(4).unwrap()))
            .collect();
        assert_eq!(
            changed,
            BTreeSet::from([
                ("closing-0@x.org", "", "G09"),
                ("closing-1@x.org", "", "G09"),
                ("link@x.org", "", "G11"),
                ("single03-0@x.org", "G12", ""),
            ])
        );
        assert_eq!(s["groups"]["new_groups"], serde_json::json!(["G12"]));
        assert_eq!(s["groups"]["closed_groups"], serde_json::json!(["G09"]));
        assert_eq!(
            s["groups"]["no_longer_isolated"],
            serde_json::json!(["G08"])
        );
        assert_eq!(
            s["groups"]["became_isolated"],
            serde_json::json!(["G10", "G11"])
        );
        let pc = &s["persons"];
        assert_eq!(pc["new_connectors"], 1); // single03-0
        assert_eq!(pc["joined_in_2plus_groups"], 1); // bridge
        assert_eq!(pc["connectors_lost_back_to_one"], 3); // closing-0, -1, link
        assert_eq!(pc["connectors_lost_left"], 1); // pair01-2
        assert_eq!(
            w.read("c/lost_links.csv"),
            "group_a,group_b,shared_before,persons,still_in_network\nG10,G11,1,link@x.org,link@x.org\n"
        );
        let changes: BTreeMap<(String, String), String> = w
            .csv("c/pairs.csv")
            .iter()
            .filter(|r| &r[4] != "same")
            .map(|r| ((r[0].to_string(), r[1].to_string()), r[4].to_string()))
            .collect();
        let expect = |a: &str, b: &str, c: &str| ((a.to_string(), b.to_string()), c.to_string());
        assert_eq!(
            changes,
            BTreeMap::from([
                expect("G00", "G01", "down"),
                expect("G00", "G09", "lost"),
                expect("G02", "G08", "gained"),
                expect("G03", "G12", "gained"),
                expect("G10", "G11", "lost"),
            ])
        );
        // Every other pair of G00..G07 shares its three persons still.
        assert_eq!(s["pairs"]["same"], 27);
    }
}

// ---------------------------------------------------------------------
// Trend.

#[test]
fn trend_follows_the_figures_in_label_order() {
    let w = Workdir::new();
    // 2025-01: A = {ann, bob}, B = {ann}: 1 of 2 in two groups.
    // 2025-06: A = {ann, bob, cat}: nobody in two groups.
    // 2026-01: A = {ann}, C = {ann, bob}: 1 of 2.
    w.write(
        "2026-01.csv",
        "email,group\nann@x.org,A\nann@x.org,C\nbob@x.org,C\n",
    );
    w.write(
        "2025-01.csv",
        "email,group\nann@x.org,A\nbob@x.org,A\nann@x.org,B\n",
    );
    w.write(
        "2025-06.csv",
        "email,group\nann@x.org,A\nbob@x.org,A\ncat@x.org,A\n",
    );
    w.run([
        "trend",
        "2026-01.csv",
        "2025-01.csv",
        "2025-06.csv",
        "--out",
        "t",
        "--quiet",
    ]);
    assert_eq!(
        w.read("t/trend.csv"),
        "label,persons,groups,memberships,multi_membership_rate,isolated_groups,parts,cut_point_persons,overlapping_pairs\n\
         2025-01,2,2,3,0.5,0,1,1,1\n\
         2025-06,3,1,3,0.0,1,1,0,0\n\
         2026-01,2,2,3,0.5,0,1,1,1\n"
    );
    assert_eq!(
        w.read("t/trend_groups.csv"),
        "group,label,members,shared_members,shared_rate\n\
         A,2025-01,2,1,0.5\n\
         A,2025-06,3,0,0.0\n\
         A,2026-01,1,1,1.0\n\
         B,2025-01,1,1,1.0\n\
         C,2026-01,2,1,0.5\n"
    );
    let expected: BTreeSet<String> = trend_outputs()
        .into_iter()
        .filter(|o| o.when == When::Always)
        .map(|o| o.path)
        .collect();
    assert_eq!(files_below(&w.join("t")), expected);
    let md = w.read("t/report.md");
    assert!(
        md.starts_with("# The network over time: 2025-01 to 2026-01\n"),
        "{md}"
    );
    assert!(
        md.contains("Multi-membership stayed at 50.0% (50.0% before)"),
        "{md}"
    );
    assert!(
        md.contains("The share of members also elsewhere rose most in: A (50.0% → 100.0%)."),
        "{md}"
    );
    for name in ["trend", "groups"] {
        let svg = w.read(format!("t/charts/{name}.svg"));
        roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let s = w.json("t/summary.json");
    assert_eq!(s["snapshots"][1]["label"], "2025-06");
    // Labels given: they order the snapshots.
    w.run([
        "trend",
        "2025-01.csv",
        "2025-06.csv",
        "2026-01.csv",
        "--labels",
        "c,b,a",
        "--out",
        "t",
        "--quiet",
    ]);
    let rows: Vec<String> = w
        .csv("t/trend.csv")
        .iter()
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(rows, ["a", "b", "c"]);
    assert_eq!(&w.csv("t/trend.csv")[0][1], "2"); // a = 2026-01
}

/// Trend rows equal what `report` says of each snapshot.
#[test]
fn trend_rows_are_reports_figures() {
    let w = Workdir::new();
    let p = planted(5);
    write_rows(&w, "a.csv", &p.before);
    write_rows(&w, "b.csv", &p.after);
    w.write("c.csv", csv_of(AFTER));
    w.run(["trend", "a.csv", "b.csv", "c.csv", "--out", "t", "--quiet"]);
    let rows = w.csv("t/trend.csv");
    for (row, file) in rows.iter().zip(["a.csv", "b.csv", "c.csv"]) {
        let r = w.summary_json([file]);
        let n = |k: &str| r[k].as_u64().unwrap().to_string();
        let len = |k: &str| r[k].as_array().unwrap().len().to_string();
        assert_eq!(&row[1], n("persons"));
        assert_eq!(&row[2], n("groups"));
        assert_eq!(&row[3], n("memberships"));
        let rate: f64 = row[4].parse().unwrap();
        assert!((rate - r["multi_membership_rate"].as_f64().unwrap()).abs() < 1e-10);
        assert_eq!(&row[5], len("isolated_groups"));
        assert_eq!(&row[6], len("components"));
        assert_eq!(&row[7], n("cut_point_persons"));
        assert_eq!(&row[8], n("overlapping_pairs"));
    }
}

// ---------------------------------------------------------------------
// Property tests against sets.

type Rows = Vec<(String, String)>;

fn side(label: &str, rows: &[(String, String)]) -> Side {
    let m = Memberships::from_rows(rows.iter().map(|(p, g)| (p.as_str(), g.as_str())));
    Side::new(
        label.into(),
        Network::build(m),
        Default::default(),
        Vec::new(),
    )
}

fn comparison(b: &[(&str, &str)], a: &[(&str, &str)]) -> Comparison {
    let owned = |r: &[(&str, &str)]| -> Rows {
        r.iter()
            .map(|(p, g)| (format!("{p}@x.org"), g.to_string()))
            .collect()
    };
    compare(side("before", &owned(b)), side("after", &owned(a)))
}

/// Snapshots over small pools, so that persons and groups are often on
/// both sides, sometimes on one.
fn rows() -> impl Strategy<Value = Rows> {
    prop::collection::vec((0u8..24, 0u8..8), 0..80).prop_map(|v| {
        v.into_iter()
            .map(|(p, g)| (format!("p{p}@x.org"), format!("G{g}")))
            .collect()
    })
}

/// A snapshot as sets: group -> members, person -> groups.
struct Sets {
    groups: BTreeMap<String, BTreeSet<String>>,
    persons: BTreeMap<String, BTreeSet<String>>,
}

fn sets(rows: &Rows) -> Sets {
    let mut s = Sets {
        groups: BTreeMap::new(),
        persons: BTreeMap::new(),
    };
    for (p, g) in rows {
        s.groups.entry(g.clone()).or_default().insert(p.clone());
        s.persons.entry(p.clone()).or_default().insert(g.clone());
    }
    s
}

/// A group: name, status, members before and after, joined, left,
/// stayed, overlapping groups before and after, shared rates.
type GroupRow = (String, GroupStatus, [u64; 7], Option<f64>, Option<f64>);
/// A person: name, groups before and after, groups joined and left.
type PersonRow = (String, u32, u32, Vec<String>, Vec<String>);

/// The comparison as plain rows of names, whatever the ids.
#[derive(Debug, PartialEq)]
struct Plain {
    groups: Vec<GroupRow>,
    pairs: Vec<(String, String, u32, u32, PairStatus)>,
    lost: Vec<(String, String, Vec<String>, Vec<String>)>,
    persons: Vec<PersonRow>,
}

fn plain(c: &Comparison) -> Plain {
    let names = |ids: &[u32]| ids.iter().map(|&g| c.group_name(g).to_string()).collect();
    Plain {
        groups: c
            .groups
            .iter()
            .map(|g| {
                (
                    c.group_name_of(g).to_string(),
                    g.status,
                    [
                        g.members_before,
                        g.members_after,
                        g.joined,
                        g.left,
                        g.stayed,
                        g.overlapping_groups_before,
                        g.overlapping_groups_after,
                    ],
                    g.shared_rate_before(),
                    g.shared_rate_after(),
                )
            })
            .collect(),
        pairs: c
            .pairs
            .iter()
            .map(|p| {
                (
                    c.group_name(p.a).to_string(),
                    c.group_name(p.b).to_string(),
                    p.shared_before,
                    p.shared_after,
                    p.status(),
                )
            })
            .collect(),
        lost: c
            .lost_links
            .iter()
            .map(|l| {
                (
                    c.group_name(l.a).to_string(),
                    c.group_name(l.b).to_string(),
                    l.persons.clone(),
                    l.still_in_network.clone(),
                )
            })
            .collect(),
        persons: c
            .persons
            .iter()
            .map(|p| {
                (
                    c.person_name(p).to_string(),
                    p.groups_before,
                    p.groups_after,
                    names(c.joined_groups(p)),
                    names(c.left_groups(p)),
                )
            })
            .collect(),
    }
}

/// Every output file of a comparison, as bytes (summary.json without the
/// input diagnostics, which count rows).
fn rendered(c: &Comparison) -> Vec<Vec<u8>> {
    use maillage::analyse::compare::{GroupChange, LostLink, PairChange, PersonChange};
    use maillage::report::write_table_of;
    let mut out = Vec::new();
    let mut buf = Vec::new();
    write_table_of::<Comparison, GroupChange>(c, &mut buf).unwrap();
    out.push(std::mem::take(&mut buf));
    write_table_of::<Comparison, PairChange>(c, &mut buf).unwrap();
    out.push(std::mem::take(&mut buf));
    write_table_of::<Comparison, LostLink>(c, &mut buf).unwrap();
    out.push(std::mem::take(&mut buf));
    write_table_of::<Comparison, PersonChange>(c, &mut buf).unwrap();
    out.push(std::mem::take(&mut buf));
    let mut s = serde_json::to_value(&c.summary).unwrap();
    s.as_object_mut().unwrap().remove("input_before");
    s.as_object_mut().unwrap().remove("input_after");
    out.push(serde_json::to_vec(&s).unwrap());
    out
}

fn shuffled_with_repeats(rows: &Rows, seed: u64, repeats: usize) -> Rows {
    let mut v = rows.clone();
    let mut s = seed | 1;
    for i in (1..v.len()).rev() {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        v.swap(i, (s >> 33) as usize % (i + 1));
    }
    v.extend(rows.iter().take(repeats).cloned());
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_count_equals_a_brute_force_computation(b in rows(), a in rows()) {
        let c = compare(side("b", &b), side("a", &a));
        let (sb, sa) = (sets(&b), sets(&a));
        let empty = BTreeSet::new();

        // Persons.
        let pb: BTreeSet<&String> = sb.persons.keys().collect();
        let pa: BTreeSet<&String> = sa.persons.keys().collect();
        let pc = &c.summary.persons;
        prop_assert_eq!(pc.joined as usize, pa.difference(&pb).count());
        prop_assert_eq!(pc.left as usize, pb.difference(&pa).count());
        prop_assert_eq!(pc.stayed as usize, pa.intersection(&pb).count());
        let deg = |s: &Sets, p: &String| s.persons.get(p).map_or(0, BTreeSet::len);
        let both: Vec<&&String> = pa.intersection(&pb).collect();
        prop_assert_eq!(pc.groups_changed as usize, both.iter().filter(|p| sb.persons[***p] != sa.persons[***p]).count());
        prop_assert_eq!(pc.new_connectors as usize, both.iter().filter(|p| deg(&sb, p) == 1 && deg(&sa, p) >= 2).count());
        prop_assert_eq!(pc.connectors_lost_back_to_one as usize, both.iter().filter(|p| deg(&sb, p) >= 2 && deg(&sa, p) == 1).count());
        prop_assert_eq!(pc.connectors_lost_left as usize, pb.difference(&pa).filter(|p| deg(&sb, p) >= 2).count());
        prop_assert_eq!(pc.joined_in_2plus_groups as usize, pa.difference(&pb).filter(|p| deg(&sa, p) >= 2).count());
        prop_assert_eq!(pc.connectors_lost, pc.connectors_lost_left + pc.connectors_lost_back_to_one);

        // Persons whose groups changed, in name order.
        let mut expected_persons = Vec::new();
        for p in pa.union(&pb) {
            let gb = sb.persons.get(*p).unwrap_or(&empty);
            let ga = sa.persons.get(*p).unwrap_or(&empty);
            if gb != ga {
                expected_persons.push((
                    (*p).clone(),
                    gb.len() as u32,
                    ga.len() as u32,
                    ga.difference(gb).cloned().collect::<Vec<_>>(),
                    gb.difference(ga).cloned().collect::<Vec<_>>(),
                ));
            }
        }
        let got = plain(&c);
        prop_assert_eq!(&got.persons, &expected_persons);

        // Memberships.
        let mb: BTreeSet<(&String, &String)> = b.iter().map(|(p, g)| (p, g)).collect();
        let ma: BTreeSet<(&String, &String)> = a.iter().map(|(p, g)| (p, g)).collect();
        let m = &c.summary.memberships;
        prop_assert_eq!(m.kept as usize, ma.intersection(&mb).count());
        prop_assert_eq!(m.new as usize, ma.difference(&mb).count());
        prop_assert_eq!(m.ended as usize, mb.difference(&ma).count());

        // Groups, in name order.
        let all: BTreeSet<&String> = sb.groups.keys().chain(sa.groups.keys()).collect();
        let shared = |s: &Sets, g: &String| s.groups.get(g).map_or(0, |m| m.iter().filter(|p| s.persons[*p].len() >= 2).count());
        let overlapping = |s: &Sets, g: &String| match s.groups.get(g) {
            None => 0,
            Some(m) => s.groups.iter().filter(|(h, n)| *h != g && !m.is_disjoint(n)).count(),
        };
        let mut expected_groups = Vec::new();
        for g in &all {
            let mb = sb.groups.get(*g).unwrap_or(&empty);
            let ma = sa.groups.get(*g).unwrap_or(&empty);
            let status = match (sb.groups.contains_key(*g), sa.groups.contains_key(*g)) {
                (true, true) => GroupStatus::Kept,
                (false, true) => GroupStatus::New,
                _ => GroupStatus::Closed,
            };
            let rate = |s: &Sets, m: &BTreeSet<String>| s.groups.contains_key(*g).then(|| shared(s, g) as f64 / m.len() as f64);
            expected_groups.push((
                (*g).clone(),
                status,
                [
                    mb.len() as u64,
                    ma.len() as u64,
                    ma.difference(mb).count() as u64,
                    mb.difference(ma).count() as u64,
                    ma.intersection(mb).count() as u64,
                    overlapping(&sb, g) as u64,
                    overlapping(&sa, g) as u64,
                ],
                rate(&sb, mb),
                rate(&sa, ma),
            ));
        }
        prop_assert_eq!(&got.groups, &expected_groups);
        let gc = &c.summary.groups;
        let count = |st: GroupStatus| expected_groups.iter().filter(|x| x.1 == st).count() as u64;
        prop_assert_eq!((gc.kept, gc.new, gc.closed), (count(GroupStatus::Kept), count(GroupStatus::New), count(GroupStatus::Closed)));

        // Pairs of either side, in name order, and the lost links.
        let names: Vec<&&String> = all.iter().collect();
        let mut expected_pairs = Vec::new();
        let mut expected_lost = Vec::new();
        for i in 0..names.len() {
            for j in i + 1..names.len() {
                let (x, y): (&String, &String) = (names[i], names[j]);
                let inter = |s: &Sets| -> BTreeSet<String> {
                    match (s.groups.get(x), s.groups.get(y)) {
                        (Some(m), Some(n)) => m.intersection(n).cloned().collect(),
                        _ => BTreeSet::new(),
                    }
                };
                let (ib, ia) = (inter(&sb), inter(&sa));
                if ib.is_empty() && ia.is_empty() {
                    continue;
                }
                let status = match (ib.len(), ia.len()) {
                    (0, _) => PairStatus::Gained,
                    (_, 0) => PairStatus::Lost,
                    (u, v) if v > u => PairStatus::Up,
                    (u, v) if v < u => PairStatus::Down,
                    _ => PairStatus::Same,
                };
                expected_pairs.push((x.clone(), y.clone(), ib.len() as u32, ia.len() as u32, status));
                let kept = |g: &String| sb.groups.contains_key(g) && sa.groups.contains_key(g);
                if status == PairStatus::Lost && kept(x) && kept(y) {
                    let still: Vec<String> = ib.iter().filter(|p| sa.persons.contains_key(*p)).cloned().collect();
                    expected_lost.push((x.clone(), y.clone(), ib.into_iter().collect::<Vec<_>>(), still));
                }
                // Jaccard on each side, from the sets.
                let pair = c.pairs.iter().find(|p| c.group_name(p.a) == x && c.group_name(p.b) == y).unwrap();
                for (s, got) in [(&sb, c.jaccard_before(pair)), (&sa, c.jaccard_after(pair))] {
                    let m = s.groups.get(x).unwrap_or(&empty);
                    let n = s.groups.get(y).unwrap_or(&empty);
                    let union = m.union(n).count();
                    let want = (union > 0).then(|| m.intersection(n).count() as f64 / union as f64);
                    prop_assert_eq!(got, want);
                }
            }
        }
        prop_assert_eq!(&got.pairs, &expected_pairs);
        prop_assert_eq!(&got.lost, &expected_lost);
        let pcs = &c.summary.pairs;
        let n = |st: PairStatus| expected_pairs.iter().filter(|p| p.4 == st).count() as u64;
        prop_assert_eq!(
            (pcs.gained, pcs.lost, pcs.up, pcs.down, pcs.same, pcs.links_lost),
            (n(PairStatus::Gained), n(PairStatus::Lost), n(PairStatus::Up), n(PairStatus::Down), n(PairStatus::Same), expected_lost.len() as u64)
        );

        // Each side's headline figures are report's (analyse::all).
        for (side_rows, h) in [(&b, &c.summary.before.headline), (&a, &c.summary.after.headline)] {
            let m = Memberships::from_rows(side_rows.iter().map(|(p, g)| (p.as_str(), g.as_str())));
            let f = maillage::analyse::all(Network::build(m), Default::default());
            let s = &f.summary;
            prop_assert_eq!(h.persons, s.persons);
            prop_assert_eq!(h.groups, s.groups);
            prop_assert_eq!(h.memberships, s.memberships);
            prop_assert_eq!(h.persons_in_2plus_groups, s.persons_in_2plus_groups);
            prop_assert_eq!(h.multi_membership_rate, s.multi_membership_rate);
            prop_assert_eq!(h.mean_groups_per_person, s.mean_groups_per_person);
            prop_assert_eq!(h.overlapping_pairs, s.overlapping_pairs);
            prop_assert_eq!(h.isolated_groups, s.isolated_groups.len() as u64);
            prop_assert_eq!(h.groups_hanging_on_one_person, s.groups_hanging_on_one_person.len() as u64);
            prop_assert_eq!(h.parts, s.components.len() as u64);
            prop_assert_eq!(h.cut_point_persons, s.cut_point_persons);
            prop_assert_eq!(h.cut_point_groups, s.cut_point_groups);
            prop_assert_eq!(&h.degree_distribution, &s.degree_distribution);
            prop_assert_eq!(&h.group_sizes, &s.group_sizes);
        }
        let (hb, ha, d) = (&c.summary.before.headline, &c.summary.after.headline, &c.summary.change);
        prop_assert_eq!(d.persons, ha.persons as i64 - hb.persons as i64);
        prop_assert_eq!(d.overlapping_pairs, ha.overlapping_pairs as i64 - hb.overlapping_pairs as i64);
        prop_assert_eq!(d.multi_membership_rate_points, (ha.multi_membership_rate - hb.multi_membership_rate) * 100.0);
    }

    #[test]
    fn comparing_a_snapshot_with_itself_changes_nothing(b in rows(), seed in any::<u64>()) {
        // The same memberships in another order, some repeated.
        let c = compare(side("x", &b), side("y", &shuffled_with_repeats(&b, seed, 5)));
        let p = plain(&c);
        prop_assert!(p.persons.is_empty());
        prop_assert!(p.lost.is_empty());
        prop_assert!(p.pairs.iter().all(|x| x.4 == PairStatus::Same && x.2 == x.3));
        prop_assert!(p.groups.iter().all(|g| g.1 == GroupStatus::Kept && g.2[2] == 0 && g.2[3] == 0 && g.2[0] == g.2[1] && g.3 == g.4));
        let s = &c.summary;
        prop_assert_eq!(s.persons.joined + s.persons.left + s.persons.groups_changed, 0);
        prop_assert_eq!(s.memberships.new + s.memberships.ended, 0);
        prop_assert_eq!(&s.before.headline, &s.after.headline);
        prop_assert_eq!(s.change.multi_membership_rate_points, 0.0);
    }

    #[test]
    fn swapping_sides_swaps_joined_and_left_gained_and_lost(b in rows(), a in rows()) {
        let x = plain(&compare(side("b", &b), side("a", &a)));
        let y = plain(&compare(side("a", &a), side("b", &b)));
        let swap_status = |s: GroupStatus| match s {
            GroupStatus::New => GroupStatus::Closed,
            GroupStatus::Closed => GroupStatus::New,
            k => k,
        };
        let swap_pair = |s: PairStatus| match s {
            PairStatus::Gained => PairStatus::Lost,
            PairStatus::Lost => PairStatus::Gained,
            PairStatus::Up => PairStatus::Down,
            PairStatus::Down => PairStatus::Up,
            k => k,
        };
        let groups: Vec<_> = x.groups.iter().map(|(n, s, v, rb, ra)| {
            (n.clone(), swap_status(*s), [v[1], v[0], v[3], v[2], v[4], v[6], v[5]], *ra, *rb)
        }).collect();
        prop_assert_eq!(&y.groups, &groups);
        let pairs: Vec<_> = x.pairs.iter().map(|(g, h, sb, sa, st)| (g.clone(), h.clone(), *sa, *sb, swap_pair(*st))).collect();
        prop_assert_eq!(&y.pairs, &pairs);
        let persons: Vec<_> = x.persons.iter().map(|(p, gb, ga, j, l)| (p.clone(), *ga, *gb, l.clone(), j.clone())).collect();
        prop_assert_eq!(&y.persons, &persons);
        let cx = compare(side("b", &b), side("a", &a));
        let cy = compare(side("a", &a), side("b", &b));
        let (px, py) = (&cx.summary.persons, &cy.summary.persons);
        prop_assert_eq!((px.joined, px.left, px.stayed), (py.left, py.joined, py.stayed));
        prop_assert_eq!(px.new_connectors, py.connectors_lost_back_to_one);
        prop_assert_eq!(px.joined_in_2plus_groups, py.connectors_lost_left);
        let (mx, my) = (&cx.summary.memberships, &cy.summary.memberships);
        prop_assert_eq!((mx.new, mx.ended, mx.kept), (my.ended, my.new, my.kept));
        let (gx, gy) = (&cx.summary.pairs, &cy.summary.pairs);
        prop_assert_eq!((gx.gained, gx.lost, gx.up, gx.down, gx.same, gx.links_gained), (gy.lost, gy.gained, gy.down, gy.up, gy.same, gy.links_lost));
        prop_assert_eq!(&cx.summary.groups.became_isolated, &cy.summary.groups.no_longer_isolated);
        prop_assert_eq!(cx.summary.change.persons, -cy.summary.change.persons);
    }

    #[test]
    fn row_order_and_repeated_rows_change_no_output(b in rows(), a in rows(), seed in any::<u64>(), k in 0usize..6) {
        let x = compare(side("b", &b), side("a", &a));
        let y = compare(
            side("b", &shuffled_with_repeats(&b, seed, k)),
            side("a", &shuffled_with_repeats(&a, seed.rotate_left(17), k)),
        );
        prop_assert_eq!(rendered(&x), rendered(&y));
    }
}

/// The English catalogue's phrases (runs of three words or more between
/// placeables) whose French message differs: none may reach a French page.
fn english_phrases() -> Vec<String> {
    use maillage::lang::Lang;
    use maillage::messages::{keys, message};
    let mut out = Vec::new();
    for key in keys(Lang::En) {
        let (en, fr) = (message(Lang::En, &key, &[]), message(Lang::Fr, &key, &[]));
        if en == fr {
            continue;
        }
        for piece in en.split(['{', '}', '\n', '(', ')', ':', ';', '“', '”', '*']) {
            let piece = piece.trim_matches(|c: char| !c.is_alphanumeric());
            if piece.split_whitespace().count() >= 3 && !fr.contains(piece) {
                out.push(piece.to_string());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn french_pages_and_charts_hold_no_english_words() {
    let w = Workdir::new();
    let data = |f: &str| root(f).into_os_string();
    w.run([
        "compare".into(),
        data("data/members-2025-09.csv"),
        data("data/members.csv"),
        "--labels".into(),
        "septembre,mars".into(),
        "--out".into(),
        "cmp".into(),
        "--lang".into(),
        "fr".into(),
        "--quiet".into(),
    ]);
    w.write(
        "a.csv",
        "email,group\nann@x.org,A\nbob@x.org,A\nann@x.org,B\n",
    );
    w.write(
        "b.csv",
        "email,group\nann@x.org,A\nbob@x.org,A\ncat@x.org,A\n",
    );
    w.write(
        "c.csv",
        "email,group\nann@x.org,A\nann@x.org,C\nbob@x.org,C\n",
    );
    w.run([
        "trend", "a.csv", "b.csv", "c.csv", "--out", "t", "--lang", "fr", "--quiet",
    ]);
    let phrases = english_phrases();
    assert!(phrases.len() > 100, "too few phrases: {phrases:?}");
    let mut read = 0;
    for dir in ["cmp", "t"] {
        let mut files = vec![format!("{dir}/report.md"), format!("{dir}/index.html")];
        for e in w.entries(format!("{dir}/charts")) {
            files.push(format!("{dir}/charts/{e}"));
        }
        for f in files {
            let text = w.read(&f);
            read += 1;
            for p in &phrases {
                assert!(!text.contains(p.as_str()), "{f} holds English: {p:?}");
            }
        }
    }
    assert!(read >= 8, "only {read} files read");
    // Numbers the French way.
    let md = w.read("cmp/report.md");
    assert!(
        md.contains("2\u{202f}100") || md.contains("2\u{a0}100"),
        "{md}"
    );
    assert!(md.contains(",7\u{a0}%"), "{md}");
}

#[test]
fn a_renamed_from_column_keeps_a_renamed_groups_history() {
    // Vélo Quimper (a, b) became Vélo Cornouaille (a, c); the group
    // descriptions file says so in its renamed_from column.
    let w = Workdir::new();
    w.write(
        "before.csv",
        "email,group\na@x.fr,Vélo Quimper\nb@x.fr,Vélo Quimper\nb@x.fr,Jardins\n",
    );
    w.write(
        "after.csv",
        "email,group\na@x.fr,Vélo Cornouaille\nc@x.fr,Vélo Cornouaille\nb@x.fr,Jardins\n",
    );
    w.write(
        "info.csv",
        "group,category,ancien nom\nVélo Cornouaille,thématique,Vélo Quimper\nJardins,territoriale,\n",
    );
    let rows_of = |out: &str| -> BTreeMap<String, Vec<String>> {
        w.csv(format!("{out}/groups.csv"))
            .iter()
            .map(|r| (r[0].to_string(), r.iter().map(String::from).collect()))
            .collect()
    };
    w.run([
        "compare",
        "before.csv",
        "after.csv",
        "--groups-info",
        "info.csv",
        "--quiet",
        "--out",
        "c",
    ]);
    let g = rows_of("c");
    assert!(!g.contains_key("Vélo Quimper"), "{g:?}");
    // group,status,members_before,members_after,joined,left,stayed
    assert_eq!(
        g["Vélo Cornouaille"][1..7],
        ["kept", "2", "2", "1", "1", "1"]
    );
    // Without the file: one group closed, another new.
    w.run([
        "compare",
        "before.csv",
        "after.csv",
        "--quiet",
        "--out",
        "d",
    ]);
    let g = rows_of("d");
    assert_eq!(g["Vélo Quimper"][1], "closed");
    assert_eq!(g["Vélo Cornouaille"][1], "new");
    // The same with --rename.
    w.run([
        "compare",
        "before.csv",
        "after.csv",
        "--rename",
        "Vélo Quimper=Vélo Cornouaille",
        "--quiet",
        "--out",
        "e",
    ]);
    assert_eq!(
        rows_of("e")["Vélo Cornouaille"][1..7],
        ["kept", "2", "2", "1", "1", "1"]
    );
}
