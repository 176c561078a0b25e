//! `--min-count` beyond the tables' own counts: lists of groups held by
//! fewer than K persons (connectors.csv, facilitators.csv), the report's
//! sentences and summary.json, and the comparison's and the trend's
//! outputs, with `--hide-group-names` across snapshots. Every expected
//! value is worked out by hand from the small networks below.

use super::privacy::{by, cells, key_file, records, small_network, texts_below};
use super::workdir::Workdir;
use serde_json::Value;

/// Roles on the small network of `privacy.rs` (A = {a, b, c, d}, B = {c,
/// d, e}, C = {e, f}, D = {g}): a and b run A, e runs B, f runs C. Lists
/// facilitated: {A} twice, {B} once, {C} once. e and f share C and each
/// runs a group the other does not: both linked; a and b share A, which
/// both run: not linked. The facilitators' network: a–b and e–f, two
/// parts of 2.
fn small_roles(w: &Workdir) {
    w.write(
        "roles.csv",
        "person,group,role\na@x.fr,A,owner\nb@x.fr,A,owner\ne@x.fr,B,owner\nf@x.fr,C,owner\n",
    );
}

fn report(w: &Workdir, out: &str, k: &str) {
    w.run([
        "report",
        "small.csv",
        "--roles",
        "roles.csv",
        "--min-count",
        k,
        "--quiet",
        "--out",
        out,
    ]);
}

/// The small network with roles, reported at K = 1 (`k1/`), 2 and 3.
fn small_reports() -> Workdir {
    let w = Workdir::new();
    small_network(&w);
    small_roles(&w);
    for k in ["1", "2", "3"] {
        report(&w, &format!("k{k}"), k);
    }
    w
}

#[test]
fn a_list_of_groups_fewer_than_k_persons_hold_is_withheld() {
    let w = small_reports();
    // Connectors: c and d are in exactly {A, B}, e alone in {B, C}.
    let plain = records(&w, "k1/connectors.csv");
    for (p, list, same) in [
        ("c@x.fr", "A; B", "2"),
        ("d@x.fr", "A; B", "2"),
        ("e@x.fr", "B; C", "1"),
    ] {
        let r = by(&plain, "person", p);
        assert_eq!(
            cells(&r, &["group_list", "same_groups"]),
            [list, same],
            "{p}"
        );
    }
    let k2 = records(&w, "k2/connectors.csv");
    let c = by(&k2, "person", "c@x.fr");
    assert_eq!(
        cells(&c, &["groups", "group_list", "same_groups", "suppressed"]),
        ["2", "A; B", "2", "false"]
    );
    let e = by(&k2, "person", "e@x.fr");
    assert_eq!(
        cells(
            &e,
            &[
                "groups",
                "group_list",
                "same_groups",
                "degree_centrality",
                "participation",
                "suppressed"
            ]
        ),
        ["", "", "", "", "", "true"]
    );
    // What does not show the list stays: e is a cut point.
    assert_eq!(cells(&e, &["cut_point", "sole_link_pairs"]), ["true", "1"]);
    // At 3, {A, B} (2 persons) goes too.
    assert!(records(&w, "k3/connectors.csv")
        .iter()
        .all(|r| r["group_list"].is_empty() && r["suppressed"] == "true"));

    // Facilitators: a and b run exactly {A}; e {B} and f {C} alone.
    let plain = records(&w, "k1/facilitators.csv");
    assert_eq!(
        plain
            .iter()
            .map(|r| (r["person"].as_str(), r["same_facilitated_groups"].as_str()))
            .collect::<Vec<_>>(),
        [
            ("a@x.fr", "2"),
            ("b@x.fr", "2"),
            ("e@x.fr", "1"),
            ("f@x.fr", "1")
        ]
    );
    let k2 = records(&w, "k2/facilitators.csv");
    assert_eq!(
        cells(
            &by(&k2, "person", "a@x.fr"),
            &["groups_facilitated", "facilitated_groups", "suppressed"]
        ),
        ["1", "A", "false"]
    );
    assert_eq!(
        cells(
            &by(&k2, "person", "e@x.fr"),
            &["groups_facilitated", "facilitated_groups", "suppressed"]
        ),
        ["", "", "true"]
    );
    // The chart of the facilitators draws each one, labelled by group:
    // not drawn under K.
    let svg = w.read("k2/charts/facilitators.svg");
    assert!(svg.contains("Not drawn"), "the chart says why");
    assert!(!svg.contains("<circle"), "no facilitator drawn");
    assert!(w.read("k1/charts/facilitators.svg").contains("<circle"));
}

#[test]
fn summary_json_withholds_the_small_single_counts() {
    let w = small_reports();
    // Plain: e alone holds C to the rest (1 cut-point person), C hangs on
    // e; 4 facilitators, 2 linked, two parts of 2.
    let s = w.json("k1/summary.json");
    assert_eq!(s["cut_point_persons"], 1);
    assert_eq!(s["groups_hanging_on_one_person"], serde_json::json!(["C"]));
    let f = &s["facilitators"];
    assert_eq!(
        (f["facilitators"].as_u64(), f["linked"].as_u64()),
        (Some(4), Some(2))
    );
    assert_eq!(f["linked_rate"], 0.5);
    assert_eq!(
        f["facilitators_network_part_sizes"],
        serde_json::json!([{"facilitators": 2, "parts": 2}])
    );
    // K = 2: the one cut-point person and the group hanging on one
    // person go; 2 linked facilitators stay.
    let s = w.json("k2/summary.json");
    assert_eq!(s["cut_point_persons"], Value::Null);
    assert_eq!(s["groups_hanging_on_one_person"], Value::Null);
    assert_eq!(s["facilitators"]["linked"], 2);
    assert_eq!(s["persons"], 7, "headline exact");
    // K = 3: 2 linked of 4 goes with its rate, the parts of 2 too.
    let s = w.json("k3/summary.json");
    let f = &s["facilitators"];
    assert_eq!(
        (&f["linked"], &f["linked_rate"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(f["facilitators"], 4);
    assert_eq!(
        f["facilitators_network_part_sizes"][0]["facilitators"],
        Value::Null
    );
}

#[test]
fn the_report_says_fewer_than_k_where_a_count_is_withheld() {
    let w = small_reports();
    let plain = w.read("k1/report.md");
    assert!(plain.contains("through a single person"));
    assert!(plain.contains("1 person alone links groups"));
    let md = w.read("k3/report.md");
    assert!(
        !md.contains("through a single person"),
        "the count 1 is not said"
    );
    // C (1 shared member) and A (2) are linked through fewer than 3.
    assert!(
        md.contains("**A and C** are linked to the other groups through fewer than 3 people"),
        "{md}"
    );
    assert!(md.contains("Groups linked to the others through fewer than 3 people"));
    // In the tables, "< K" for the small count itself, nothing for what
    // is withheld with it: at K = 2, C's 1 shared member and its rate;
    // e's 2 groups (withheld with its list, held by 1) are not "< 2".
    let k2 = w.read("k2/report.md");
    assert!(k2.contains("| C | 2 | &lt; 2 |  | 1 | 1 |  |\n"), "{k2}");
    assert!(k2.contains("| e@x.fr |  | yes | 2 | 1 |\n"), "{k2}");
    assert!(md.contains("**Fewer than 3 people alone link groups**"));
    assert!(md.contains("fewer than 3 of them are in a group with a facilitator of another group"));
    assert!(
        md.contains("2 separate parts: 2 of fewer than 3 facilitators"),
        "{md}"
    );
}

#[test]
fn the_strongest_connectors_are_named_only_when_their_groups_are_published() {
    // p1, p2, p3 are each in exactly X, Y, Z (3 persons with that list);
    // t1 to t4 in X and Y (4 persons). Nobody alone holds groups together: the
    // essentials have room for the strongest connectors.
    let w = Workdir::new();
    let mut csv = String::from("email,group\n");
    for p in ["p1", "p2", "p3"] {
        for g in ["X", "Y", "Z"] {
            csv.push_str(&format!("{p}@x.fr,{g}\n"));
        }
    }
    for t in ["t1", "t2", "t3", "t4"] {
        csv.push_str(&format!("{t}@x.fr,X\n{t}@x.fr,Y\n"));
    }
    csv.push_str("q@x.fr,X\n");
    w.write("m.csv", &csv);
    for k in ["3", "4"] {
        w.run(["report", "m.csv", "--min-count", k, "--quiet", "--out", k]);
    }
    let k3 = w.read("3/report.md");
    assert!(
        k3.contains("- The strongest connectors: p1@x.fr (3 groups), p2@x.fr (3 groups) and p3@x.fr (3 groups)."),
        "{k3}"
    );
    // At 4, their list (3 persons) is withheld: they are not described,
    // and t1 to t4 (published, after them) are not put in their place.
    let k4 = w.read("4/report.md");
    assert!(!k4.contains("The strongest connectors: "), "{k4}");
    // Nobody alone holds groups together: a count of 0 is published.
    assert_eq!(w.json("4/summary.json")["cut_point_persons"], 0);
}

/// Two exports of a network with realistic group names: before, A =
/// Santé mentale {a, b, c, d}, B = Vélo partagé {c, d, e}, C = Chorale
/// {e, f}; after, h joins Santé mentale and f leaves.
fn two_exports(w: &Workdir) {
    w.write(
        "before.csv",
        "email,group\na@x.fr,Santé mentale\nb@x.fr,Santé mentale\nc@x.fr,Santé mentale\nd@x.fr,Santé mentale\nc@x.fr,Vélo partagé\nd@x.fr,Vélo partagé\ne@x.fr,Vélo partagé\ne@x.fr,Chorale\nf@x.fr,Chorale\n",
    );
    w.write(
        "after.csv",
        "email,group\na@x.fr,Santé mentale\nb@x.fr,Santé mentale\nc@x.fr,Santé mentale\nd@x.fr,Santé mentale\nh@x.fr,Santé mentale\nc@x.fr,Vélo partagé\nd@x.fr,Vélo partagé\ne@x.fr,Vélo partagé\ne@x.fr,Chorale\n",
    );
}

#[test]
fn a_comparison_under_min_count_withholds_small_counts_and_what_gives_them_back() {
    let w = Workdir::new();
    two_exports(&w);
    w.run([
        "compare",
        "before.csv",
        "after.csv",
        "--quiet",
        "--out",
        "plain",
    ]);
    let run = w.run([
        "compare",
        "before.csv",
        "after.csv",
        "--min-count",
        "2",
        "--out",
        "k2",
    ]);
    // Plain: 1 joined (h), 1 left (f), 5 stayed.
    let s = w.json("plain/summary.json");
    assert_eq!(
        (
            &s["persons"]["joined"],
            &s["persons"]["left"],
            &s["persons"]["stayed"]
        ),
        (
            &serde_json::json!(1),
            &serde_json::json!(1),
            &serde_json::json!(5)
        )
    );
    let s = w.json("k2/summary.json");
    // 1 joined and 1 left are withheld, and 5 stayed with them (6 − 5
    // after, 6 − 5 before, would give them back); the headline stays.
    for p in ["joined", "left", "stayed"] {
        assert_eq!(s["persons"][p], Value::Null, "{p}");
    }
    assert_eq!(s["after"]["persons"], 6);
    assert_eq!(s["privacy"]["min_count"], 2);
    // Santé mentale: 4 → 5 members, 1 joined, 0 left, 4 stayed: the 1
    // goes with the 4 it is computed against; 0 left stays.
    let g = by(&records(&w, "k2/groups.csv"), "group", "Santé mentale");
    assert_eq!(
        cells(
            &g,
            &[
                "members_before",
                "members_after",
                "joined",
                "left",
                "stayed",
                "suppressed"
            ]
        ),
        ["4", "5", "", "0", "", "true"]
    );
    // Chorale: 2 → 1 member: a group below K on a side has every figure
    // withheld.
    let g = by(&records(&w, "k2/groups.csv"), "group", "Chorale");
    assert_eq!(
        cells(
            &g,
            &[
                "members_before",
                "members_after",
                "shared_rate_after",
                "suppressed"
            ]
        ),
        ["", "", "", "true"]
    );
    // Each person's groups joined and left would count the groups'
    // arrivals: persons.csv is not written.
    assert!(w.join("plain/persons.csv").exists());
    assert!(!w.join("k2/persons.csv").exists());
    let md = w.read("k2/report.md");
    assert!(md.contains("People who joined the network: fewer than 2; who left it: fewer than 2; in both exports: not published"), "{md}");
    assert!(w
        .read("k2/index.html")
        .contains("persons.csv is not written"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("fewer than 2 joined"), "{stderr}");
}

#[test]
fn hidden_group_names_are_the_same_in_a_comparison_a_trend_and_a_report() {
    let w = Workdir::new();
    two_exports(&w);
    let key = key_file(&w, "k", "0123456789abcdef0123456789abcdef");
    let hide = ["--hide-group-names", "--key-file", key.as_str(), "--quiet"];
    let mut args = vec!["compare", "before.csv", "after.csv", "--out", "c"];
    args.extend(hide);
    w.run(&args);
    let mut args = vec!["report", "after.csv", "--out", "r"];
    args.extend(hide);
    w.run(&args);
    let mut args = vec![
        "trend",
        "before.csv",
        "after.csv",
        "before.csv",
        "--labels",
        "1,2,3",
        "--out",
        "t",
    ];
    args.extend(hide);
    w.run(&args);
    let names = |path: &str, column: &str| -> std::collections::BTreeSet<String> {
        records(&w, path)
            .iter()
            .map(|r| r[column].clone())
            .collect()
    };
    let report = names("r/groups.csv", "group");
    assert_eq!(report.len(), 3);
    assert!(report.iter().all(|g| g.starts_with("g-")), "{report:?}");
    assert_eq!(names("c/groups.csv", "group"), report);
    assert_eq!(names("t/trend_groups.csv", "group"), report);
    // No group name, in any case or encoding, in any output.
    for dir in ["c", "r", "t"] {
        for (file, text) in texts_below(&w.join(dir)) {
            let variants: Vec<String> = super::privacy::decodings(&text)
                .iter()
                .map(|t| t.to_lowercase())
                .collect();
            for name in ["santé mentale", "vélo partagé", "chorale"] {
                assert!(
                    !variants.iter().any(|v| v.contains(name)),
                    "{name} in {dir}/{file}"
                );
            }
        }
    }
    // A renaming is written under the pseudonyms too.
    let mut args = vec![
        "compare",
        "before.csv",
        "after.csv",
        "--rename",
        "Chorale=Chœur",
        "--out",
        "c2",
    ];
    args.extend(hide);
    w.run(&args);
    let renamed = &w.json("c2/summary.json")["renamed"][0];
    for side in ["from", "to"] {
        assert!(
            renamed[side].as_str().unwrap().starts_with("g-"),
            "{renamed}"
        );
    }
    for (file, text) in texts_below(&w.join("c2")) {
        let text = text.to_lowercase();
        assert!(
            !text.contains("chorale") && !text.contains("chœur"),
            "{file}"
        );
    }
    assert_eq!(
        w.json("t/summary.json")["privacy"]["group_names_hidden"],
        true
    );
    assert_eq!(
        w.json("c/summary.json")["privacy"]["group_names_hidden"],
        true
    );
}

#[test]
fn a_trend_under_min_count_withholds_small_groups_and_cut_points() {
    let w = Workdir::new();
    two_exports(&w);
    w.run([
        "trend",
        "before.csv",
        "after.csv",
        "before.csv",
        "--labels",
        "1,2,3",
        "--min-count",
        "2",
        "--quiet",
        "--out",
        "t",
    ]);
    // Chorale: 2 members, 1 shared (e) in snapshots 1 and 3; 1 member in
    // snapshot 2, every figure withheld. Santé mentale: 2 shared of 4,
    // then of 5.
    let rows = records(&w, "t/trend_groups.csv");
    let of = |group: &str| -> Vec<Vec<&str>> {
        rows.iter()
            .filter(|r| r["group"] == group)
            .map(|r| {
                cells(
                    r,
                    &[
                        "label",
                        "members",
                        "shared_members",
                        "shared_rate",
                        "suppressed",
                    ],
                )
            })
            .collect()
    };
    assert_eq!(
        of("Chorale"),
        [
            ["1", "2", "", "", "true"],
            ["2", "", "", "", "true"],
            ["3", "2", "", "", "true"]
        ]
    );
    assert_eq!(
        of("Santé mentale"),
        [
            ["1", "4", "2", "0.5", "false"],
            ["2", "5", "2", "0.4", "false"],
            ["3", "4", "2", "0.5", "false"]
        ]
    );
    // One cut-point person (e) in each snapshot: withheld, headline not.
    let points = records(&w, "t/trend.csv");
    assert!(points.iter().all(|p| p["cut_point_persons"].is_empty()));
    assert_eq!(points[1]["persons"], "6");
    let s = w.json("t/summary.json");
    assert_eq!(s["snapshots"][0]["cut_point_persons"], Value::Null);
    assert_eq!(s["privacy"]["min_count"], 2);
}

/// Every count of persons in every table and summary of a report, a
/// comparison and a trend of the example at K = 3: none is 1 or 2. The
/// columns are listed here, independently of the declarations in
/// `report/tables.rs`.
#[test]
fn no_count_of_one_or_two_persons_survives_at_three() {
    let w = Workdir::new();
    let data = crate::root("data");
    let path = |f: &str| data.join(f).to_str().unwrap().to_string();
    let (before, after, info) = (
        path("members-2025-09.csv"),
        path("members.csv"),
        path("groups-info.csv"),
    );
    let k3 = ["--min-count", "3", "--quiet"];
    let mut args = vec!["report", &after, "--groups-info", &info, "--out", "r"];
    args.extend(k3);
    w.run(&args);
    let mut args = vec!["compare", &before, &after, "--out", "c"];
    args.extend(k3);
    w.run(&args);
    let mut args = vec![
        "trend", &before, &after, &before, "--labels", "1,2,3", "--out", "t",
    ];
    args.extend(k3);
    w.run(&args);
    let tables: &[(&str, &[&str])] = &[
        (
            "r/groups.csv",
            &[
                "members",
                "shared_members",
                "facilitators",
                "facilitators_linked",
            ],
        ),
        ("r/pairs.csv", &["shared"]),
        ("r/gaps.csv", &["shared"]),
        ("r/categories.csv", &["persons"]),
        ("r/category_pairs.csv", &["shared"]),
        ("r/connectors.csv", &["same_groups"]),
        (
            "r/facilitators.csv",
            &["linked_facilitators", "same_facilitated_groups"],
        ),
        (
            "c/groups.csv",
            &[
                "members_before",
                "members_after",
                "joined",
                "left",
                "stayed",
                "shared_members_before",
                "shared_members_after",
            ],
        ),
        ("c/pairs.csv", &["shared_before", "shared_after"]),
        ("c/lost_links.csv", &["shared_before"]),
        ("t/trend.csv", &["cut_point_persons"]),
        ("t/trend_groups.csv", &["members", "shared_members"]),
    ];
    let mut withheld = 0;
    for (file, columns) in tables {
        for row in records(&w, file) {
            for c in *columns {
                match row[*c].as_str() {
                    "" => withheld += 1,
                    n => {
                        let n: u64 = n.parse().unwrap_or_else(|_| panic!("{file} {c}: {n}"));
                        assert!(n == 0 || n >= 3, "{file} {c} = {n} in {row:?}");
                    }
                }
            }
        }
    }
    assert!(withheld > 100, "the example has small counts to withhold");
    // summary.json: every count of persons below the headline.
    let check = |v: &Value, at: &str| match v {
        Value::Null => {}
        v => {
            let n = v.as_u64().unwrap_or_else(|| panic!("{at}: {v}"));
            assert!(n == 0 || n >= 3, "{at} = {n}");
        }
    };
    let r = w.json("r/summary.json");
    for p in [
        "/cut_point_persons",
        "/group_sizes/min",
        "/facilitators/facilitators",
        "/facilitators/linked",
        "/facilitators/in_facilitators_group",
    ] {
        check(&r.pointer(p).unwrap_or(&Value::Null).clone(), p);
    }
    for (list, count) in [
        ("/degree_distribution", "persons"),
        ("/components", "persons"),
        ("/categories", "persons"),
        (
            "/facilitators/facilitators_network_part_sizes",
            "facilitators",
        ),
    ] {
        for row in r.pointer(list).and_then(Value::as_array).unwrap() {
            check(&row[count], list);
        }
    }
    let c = w.json("c/summary.json");
    for (key, v) in c["persons"].as_object().unwrap() {
        check(v, key);
    }
    for (key, v) in c["memberships"].as_object().unwrap() {
        check(v, key);
    }
    for side in ["before", "after"] {
        check(&c[side]["cut_point_persons"], side);
        check(&c[side]["group_sizes"]["min"], side);
        for row in c[side]["degree_distribution"].as_array().unwrap() {
            check(&row["persons"], side);
        }
    }
    let t = w.json("t/summary.json");
    for s in t["snapshots"].as_array().unwrap() {
        check(&s["cut_point_persons"], "trend");
        check(&s["group_sizes"]["min"], "trend");
        for row in s["degree_distribution"].as_array().unwrap() {
            check(&row["persons"], "trend");
        }
    }
}

/// The comparison's and the trend's charts on the hand-worked exports:
/// the distribution's small bars and the cut-point panel read "< K".
#[test]
fn compare_and_trend_charts_show_no_small_count() {
    let w = Workdir::new();
    two_exports(&w);
    // Before and after: 3 persons in 1 group, 3 in 2: at K = 4 each bar
    // reads "< 4", at K = 3 none.
    for k in ["3", "4"] {
        w.run([
            "compare",
            "before.csv",
            "after.csv",
            "--min-count",
            k,
            "--quiet",
            "--out",
            k,
        ]);
    }
    let k4 = w.read("4/charts/distribution.svg");
    assert_eq!(k4.matches("&lt; 4").count(), 4, "{k4}");
    assert!(!w.read("3/charts/distribution.svg").contains("&lt; 3"));
    // 1 cut-point person (e) in each snapshot: "< 2" at K = 2.
    for (k, out) in [("2", "t2"), ("1", "t1")] {
        w.run([
            "trend",
            "before.csv",
            "after.csv",
            "before.csv",
            "--labels",
            "1,2,3",
            "--min-count",
            k,
            "--quiet",
            "--out",
            out,
        ]);
    }
    assert!(w.read("t2/charts/trend.svg").contains("&lt; 2"));
    assert!(!w.read("t1/charts/trend.svg").contains("&lt; "));
}

/// `maillage summary` on the terminal says what summary.json says.
#[test]
fn the_terminal_summary_withholds_the_same_counts() {
    let w = Workdir::new();
    small_network(&w);
    let text = |k: &str| {
        let o = w.run(["summary", "small.csv", "--min-count", k]);
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let plain = text("1");
    assert!(plain.contains("cut-point persons    1\n"), "{plain}");
    assert!(plain.contains("hanging on 1 person  1: C\n"), "{plain}");
    let k3 = text("3");
    assert!(k3.contains("cut-point persons    < 3\n"), "{k3}");
    // A (2 shared members) and C (1) are linked through fewer than 3.
    assert!(k3.contains("linked through < 3   2: A, C\n"), "{k3}");
    assert!(!k3.contains("hanging on 1 person"), "{k3}");
    // The largest part has 6 persons: published.
    assert!(k3.contains("(largest: 6 persons, 3 groups)"), "{k3}");
    // Nobody alone holds groups together: 0 is said as 0.
    w.write(
        "two.csv",
        "email,group\na@x.fr,A\na@x.fr,B\nb@x.fr,A\nb@x.fr,B\n",
    );
    let o = w.run(["summary", "two.csv", "--min-count", "3"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("cut-point persons    0\n"), "{text}");
}

/// The comparison's groups and map, and the trend's groups, laid out at
/// K = 2 on the hand-worked exports (Santé mentale 4 → 5 members, 2
/// shared; Vélo partagé 3, all shared; Chorale 2 → 1, 1 shared (e);
/// Santé mentale–Vélo partagé share 2, Vélo partagé–Chorale 1).
#[test]
fn compare_and_trend_charts_draw_no_small_count() {
    use maillage::snapshots::{compare_snapshots, trend_of, Snapshot, SnapshotOptions};
    let w = Workdir::new();
    two_exports(&w);
    let snapshot = |label: &str, file: &str| Snapshot {
        label: label.into(),
        inputs: vec![w.join(file)],
    };
    let mut opts = SnapshotOptions::default();
    opts.privacy.min_count = 2;
    let c = compare_snapshots(
        &snapshot("1", "before.csv"),
        &snapshot("2", "after.csv"),
        &opts,
        &|_| {},
    )
    .unwrap();
    let groups = maillage::chart::compare_groups::layout(&c, &Default::default());
    let row = |name: &str| {
        groups
            .rows()
            .iter()
            .find(|r| r.name == name)
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    let chorale = row("Chorale");
    assert_eq!(chorale.members, (Some(2), None), "1 member after: no dot");
    assert_eq!(chorale.rate, (None, None), "1 shared member: no rate");
    let sante = row("Santé mentale");
    assert_eq!(sante.members, (Some(4), Some(5)));
    assert_eq!(sante.rate, (Some(0.5), Some(0.4)));
    // The map: Vélo partagé–Chorale (1 shared) is drawn as sharing nobody.
    let map = maillage::chart::compare_map::layout(&c, &Default::default());
    let drawn: Vec<(&str, &str)> = map
        .links()
        .iter()
        .map(|k| {
            (
                map.nodes()[k.a].name.as_str(),
                map.nodes()[k.b].name.as_str(),
            )
        })
        .collect();
    assert_eq!(drawn, [("Santé mentale", "Vélo partagé")]);
    let plain = compare_snapshots(
        &snapshot("1", "before.csv"),
        &snapshot("2", "after.csv"),
        &SnapshotOptions::default(),
        &|_| {},
    )
    .unwrap();
    assert_eq!(
        maillage::chart::compare_map::layout(&plain, &Default::default())
            .links()
            .len(),
        2
    );
    // The trend: Chorale's rate is a gap in every snapshot (1 shared
    // member, then 1 member).
    let t = trend_of(
        vec![
            snapshot("1", "before.csv"),
            snapshot("2", "after.csv"),
            snapshot("3", "before.csv"),
        ],
        &opts,
        &|_| {},
    )
    .unwrap();
    let panels = maillage::chart::trend_groups::layout(&t, &Default::default());
    let rates = |name: &str| {
        panels
            .panels()
            .iter()
            .find(|p| p.name == name)
            .unwrap()
            .rates
            .clone()
    };
    assert_eq!(rates("Chorale"), [None, None, None]);
    assert_eq!(rates("Santé mentale"), [Some(0.5), Some(0.4), Some(0.5)]);
}

/// A count withheld with a small one reads "not published", whatever it
/// is, even 0 or K; a small count reads "fewer than K"; 0 is published.
#[test]
fn a_count_withheld_with_another_reads_not_published() {
    let w = Workdir::new();
    // 1 joined (c), 0 left, 2 stayed: at K = 2 the 2 stayed would give
    // the 1 back (3 after − 2).
    w.write("b1.csv", "email,group\na@x.fr,G\nb@x.fr,G\n");
    w.write("a1.csv", "email,group\na@x.fr,G\nb@x.fr,G\nc@x.fr,G\n");
    // 1 joined, 1 left, 0 stayed.
    w.write("b2.csv", "email,group\na@x.fr,G\n");
    w.write("a2.csv", "email,group\nb@x.fr,G\n");
    for (b, a, out) in [("b1.csv", "a1.csv", "c1"), ("b2.csv", "a2.csv", "c2")] {
        w.run(["compare", b, a, "--min-count", "2", "--quiet", "--out", out]);
    }
    let md = w.read("c1/report.md");
    assert!(
        md.contains("People who joined the network: fewer than 2; who left it: 0; in both exports: not published"),
        "{md}"
    );
    let md = w.read("c2/report.md");
    assert!(
        md.contains("People who joined the network: fewer than 2; who left it: fewer than 2; in both exports: not published"),
        "{md}"
    );
    let s = w.json("c1/summary.json");
    assert_eq!(s["persons"]["left"], 0, "0 is published");
    assert_eq!(s["persons"]["stayed"], Value::Null);
}
