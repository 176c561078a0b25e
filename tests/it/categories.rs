//! Group categories and the facilitators' network (issue 11), through the
//! binary: every figure written in categories.csv, category_pairs.csv,
//! facilitators.csv, the new columns of groups.csv and connectors.csv and
//! summary.json, against `reference_extra.json` (computed independently
//! with Python sets by `tests/fixtures/reference_extra.py`) and against a
//! hand-worked network; the description and roles files' mistakes; the
//! template; `inspect`.

use crate::root;
use crate::workdir::Workdir;
use serde_json::Value;
use std::collections::BTreeMap;
use std::ffi::OsString;

/// A CSV file of the report as rows keyed by their first column, each a
/// map from column name to cell.
fn keyed(w: &Workdir, file: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut rdr = csv::Reader::from_path(w.join(format!("report/{file}"))).unwrap();
    let header = rdr.headers().unwrap().clone();
    let mut out = BTreeMap::new();
    for r in rdr.records() {
        let r = r.unwrap();
        let row: BTreeMap<String, String> = header
            .iter()
            .zip(r.iter())
            .map(|(h, v)| (h.to_string(), v.to_string()))
            .collect();
        assert!(
            out.insert(r[0].to_string(), row).is_none(),
            "{file}: {} twice",
            &r[0]
        );
    }
    out
}

/// Ratios in CSV have ten significant digits: within 5e-10 relative.
fn close(csv: &str, reference: &Value) -> bool {
    let x: f64 = csv
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {csv:?}"));
    let y = reference.as_f64().unwrap();
    (x - y).abs() <= 5e-10 * y.abs().max(1e-300) || (x - y).abs() < 1e-12
}

fn n(v: &Value) -> String {
    v.as_u64()
        .unwrap_or_else(|| panic!("not a count: {v}"))
        .to_string()
}

fn flag(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        _ => panic!("not a flag: {v}"),
    }
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// Runs the report on a fixture with its descriptions and roles, and
/// compares every figure of the issue with the reference.
fn check_reference(dataset: &str) {
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
    let summary = w.json("report/summary.json");

    // categories.csv and summary.json's categories.
    let cats = keyed(&w, "categories.csv");
    let rc = r["categories"].as_object().unwrap();
    assert_eq!(
        cats.keys().collect::<Vec<_>>(),
        rc.keys().collect::<Vec<_>>()
    );
    for (c, row) in &cats {
        let e = &rc[c];
        for k in ["groups", "persons", "memberships"] {
            assert_eq!(row[k], n(&e[k]), "{dataset}: {c} {k}");
        }
        for k in ["multi_membership_rate", "cross_category_rate"] {
            assert!(close(&row[k], &e[k]), "{dataset}: {c} {k}");
        }
    }
    let sc = summary["categories"].as_array().unwrap();
    assert_eq!(sc.len(), rc.len());
    for s in sc {
        let e = &rc[s["category"].as_str().unwrap()];
        for k in [
            "groups",
            "persons",
            "memberships",
            "multi_membership_rate",
            "cross_category_rate",
        ] {
            assert_eq!(s[k], e[k], "{dataset}: summary {k}");
        }
    }

    // category_pairs.csv, in the reference's order (a < b).
    let pairs = w.csv("report/category_pairs.csv");
    let rp = r["category_pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), rp.len(), "{dataset}: category pairs");
    for (p, e) in pairs.iter().zip(rp) {
        assert_eq!(
            (&p[0], &p[1]),
            (e["a"].as_str().unwrap(), e["b"].as_str().unwrap())
        );
        assert_eq!(p[2], n(&e["shared"]), "{dataset}: {} {}", &p[0], &p[1]);
        assert!(close(&p[3], &e["expected_shared"]), "{dataset}: expected");
        assert!(close(&p[4], &e["lift"]), "{dataset}: lift");
    }

    // groups.csv's new columns.
    let groups = keyed(&w, "groups.csv");
    let rg = r["groups"].as_object().unwrap();
    assert_eq!(groups.len(), rg.len());
    for (g, row) in &groups {
        let e = &rg[g];
        assert_eq!(row["category"], e["category"].as_str().unwrap(), "{g}");
        assert_eq!(row["territory"], e["territory"].as_str().unwrap(), "{g}");
        assert!(
            close(&row["other_category_rate"], &e["other_category_rate"]),
            "{g}"
        );
        assert_eq!(row["facilitators"], n(&e["facilitators"]), "{dataset}: {g}");
        assert_eq!(
            row["facilitators_linked"],
            n(&e["facilitators_linked"]),
            "{g}"
        );
        assert_eq!(
            row["facilitators_alone"],
            flag(&e["facilitators_alone"]),
            "{g}"
        );
    }

    // connectors.csv's new columns (persons in two groups or more).
    let connectors = keyed(&w, "connectors.csv");
    let rn = r["connectors"].as_object().unwrap();
    assert_eq!(connectors.len(), rn.len());
    for (p, row) in &connectors {
        let e = &rn[p];
        assert_eq!(row["categories"], n(&e["category_count"]), "{p}");
        assert!(close(&row["participation"], &e["participation"]), "{p}");
        assert_eq!(row["facilitates"], n(&e["facilitates"]), "{dataset}: {p}");
    }

    // facilitators.csv.
    let facs = keyed(&w, "facilitators.csv");
    let rf = r["facilitators"].as_object().unwrap();
    assert_eq!(
        facs.keys().collect::<Vec<_>>(),
        rf.keys().collect::<Vec<_>>(),
        "{dataset}: facilitators"
    );
    for (f, row) in &facs {
        let e = &rf[f];
        assert_eq!(
            row["groups_facilitated"],
            n(&e["groups_facilitated"]),
            "{f}"
        );
        assert_eq!(
            row["facilitated_groups"],
            names(&e["facilitated_groups"]).join("; "),
            "{f}"
        );
        assert_eq!(
            row["in_facilitators_group"],
            flag(&e["in_facilitators_group"]),
            "{f}"
        );
        assert_eq!(
            row["linked_facilitators"],
            n(&e["linked_facilitators"]),
            "{dataset}: {f}"
        );
        assert_eq!(row["alone"], flag(&e["alone"]), "{f}");
    }

    // summary.json's facilitators.
    let s = &summary["facilitators"];
    let e = &r["facilitators_summary"];
    for k in [
        "facilitators",
        "linked",
        "linked_rate",
        "groups_with_alone_facilitators",
        "facilitators_network_parts",
        "in_facilitators_group",
        "facilitators_group",
    ] {
        assert_eq!(s[k], e[k], "{dataset}: summary {k}");
    }
    let mut sizes = Vec::new();
    for p in s["facilitators_network_part_sizes"].as_array().unwrap() {
        for _ in 0..p["parts"].as_u64().unwrap() {
            sizes.push(p["facilitators"].clone());
        }
    }
    assert_eq!(
        Value::Array(sizes),
        e["facilitators_network_part_sizes"],
        "{dataset}: part sizes"
    );
    // The non-member case is counted for its group.
    for nm in r["facilitators_not_members"].as_array().unwrap() {
        let f = &facs[nm["person"].as_str().unwrap()];
        assert!(f["facilitated_groups"].contains(nm["group"].as_str().unwrap()));
    }
}

#[test]
fn davis_categories_and_facilitators_equal_the_reference() {
    check_reference("davis");
}

#[test]
fn theyrule_categories_and_facilitators_equal_the_reference() {
    check_reference("theyrule");
}

/// The reference script's hand-worked example, as files.
/// a: G1 G2; b: G1; c: G2 G3; d: G3; e: G4; f: G4 G5.
const MEMBERS: &str = "email,group\na,G1\na,G2\nb,G1\nc,G2\nc,G3\nd,G3\ne,G4\nf,G4\nf,G5\n";
const INFO: &str =
    "group,category,territory,facilitators\nG1,x,T1,a\nG2,x,, c ;\nG3,y,,d\nG4,y,,e\nG9,z,,a\n";
const ROLES: &str = "person,group,role\nb,G1,Owner\nf,G4,member\nd,G1,ADMIN\n";

#[test]
fn the_hand_worked_network_gives_the_hand_worked_figures() {
    let w = Workdir::new();
    w.write("m.csv", MEMBERS);
    w.write("info.csv", INFO);
    w.write("roles.csv", ROLES);
    w.report(["m.csv", "--groups-info", "info.csv", "--roles", "roles.csv"]);
    // Worked out in analyse/categories.rs and analyse/facilitators.rs.
    assert_eq!(
        w.read("report/categories.csv"),
        "category,groups,persons,memberships,multi_membership_rate,cross_category_rate\n\
         (none),1,1,1,0.0,1.0\n\
         x,2,3,4,0.3333333333,0.3333333333\n\
         y,2,4,4,0.0,0.5\n"
    );
    assert_eq!(
        w.read("report/category_pairs.csv"),
        "category_a,category_b,shared,expected_shared,lift\n\
         (none),x,0,0.5,0.0\n\
         (none),y,1,0.6666666667,1.5\n\
         x,y,1,2.0,0.5\n"
    );
    let groups: Vec<String> = w
        .read("report/groups.csv")
        .lines()
        // The columns of the descriptions and roles (centralities and
        // clusters follow).
        .map(|l| l.split(',').skip(8).take(6).collect::<Vec<_>>().join(","))
        .collect();
    assert_eq!(
        groups,
        [
            "category,territory,other_category_rate,facilitators,facilitators_linked,facilitators_alone",
            "x,T1,0.0,3,2,false",
            "x,,0.5,1,1,false",
            "y,,0.5,1,1,false",
            "y,,0.5,1,0,true",
            "(none),,1.0,0,0,false",
        ]
    );
    let connectors: Vec<String> = keyed(&w, "connectors.csv")
        .values()
        .map(|r| {
            format!(
                "{} {} {} {}",
                r["person"], r["categories"], r["participation"], r["facilitates"]
            )
        })
        .collect();
    assert_eq!(connectors, ["a 1 0.0 1", "c 2 0.5 1", "f 2 0.5 0"]);
    assert_eq!(
        w.read("report/facilitators.csv"),
        // same_facilitated_groups: a and b run G1 alone, the others each
        // a list of their own.
        "person,groups_facilitated,facilitated_groups,in_facilitators_group,linked_facilitators,alone,same_facilitated_groups\n\
         a,1,G1,,1,false,2\n\
         b,1,G1,,0,true,2\n\
         c,1,G2,,2,false,1\n\
         d,2,G1; G3,,1,false,1\n\
         e,1,G4,,0,true,1\n"
    );
}

#[test]
fn unknown_groups_and_role_words_are_warned_about_with_their_lines() {
    let w = Workdir::new();
    w.write("m.csv", MEMBERS);
    w.write("info.csv", INFO);
    w.write(
        "roles.csv",
        "person,group,role\nb,G1,Owner\nf,G4,chef\nf,G7,owner\n",
    );
    let out = w.run([
        "report",
        "m.csv",
        "--groups-info",
        "info.csv",
        "--roles",
        "roles.csv",
        "--out",
        "report",
    ]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("warning: info.csv: line 6: no group “G9” in the member lists"),
        "{err}"
    );
    assert!(
        err.contains("warning: roles.csv: line 3: unknown role “chef”"),
        "{err}"
    );
    assert!(
        err.contains("warning: roles.csv: line 4: no group “G7”"),
        "{err}"
    );
    // The same in French.
    let out = w.run([
        "summary",
        "m.csv",
        "--groups-info",
        "info.csv",
        "--roles",
        "roles.csv",
        "--lang",
        "fr",
    ]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("ligne 6 : aucun groupe « G9 »"), "{err}");
    assert!(err.contains("ligne 3 : rôle inconnu « chef »"), "{err}");
}

#[test]
fn bad_descriptions_and_roles_files_stop_with_their_place_and_write_nothing() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "--groups-info",
            "info.csv",
            "liste_de_diffusion_x,category\nG1,x\n",
            &[
                "info.csv:1: no group column found among the columns [\"liste_de_diffusion_x\", \"category\"]",
            ],
        ),
        (
            "--groups-info",
            "info.csv",
            "group,colour\nG1,red\n",
            &["info.csv:1: no category, territory or facilitators column", "\"colour\""],
        ),
        (
            "--groups-info",
            "info.csv",
            "group,category\nG1,x\nG2,x\n G1 ,y\n",
            &["the group “G1” is given two categories: “x” (info.csv:2) and “y” (info.csv:4)"],
        ),
        (
            "--roles",
            "roles.csv",
            "person,group\nb,G1\n",
            &["roles.csv:1: no role column found among the columns [\"person\", \"group\"]"],
        ),
        (
            "--facilitators-group",
            "Nowhere",
            "",
            &["--facilitators-group “Nowhere”: no group of that name"],
        ),
    ];
    for (flag, file, text, expect) in cases {
        let w = Workdir::new();
        w.write("m.csv", MEMBERS);
        if !text.is_empty() {
            w.write(file, text);
        }
        let err = w.fail(["report", "m.csv", flag, file, "--out", "out"]);
        assert!(err.starts_with("error: "), "{err}");
        for piece in *expect {
            assert!(err.contains(piece), "{piece:?} not in {err}");
        }
        let mut written = vec!["m.csv".to_string()];
        if !text.is_empty() {
            written.push(file.to_string());
        }
        written.sort();
        assert_eq!(w.entries("."), written, "{flag}: something was written");
    }
    // In French too.
    let w = Workdir::new();
    w.write("m.csv", MEMBERS);
    w.write("info.csv", "group,category\nG1,x\nG1,y\n");
    let err = w.fail([
        "report",
        "m.csv",
        "--groups-info",
        "info.csv",
        "--lang",
        "fr",
    ]);
    assert!(err.contains("le groupe « G1 » a deux catégories"), "{err}");
}

#[test]
fn a_descriptions_file_in_a_folder_is_recognised_and_inspect_says_so() {
    let w = Workdir::new();
    w.write("in/m.csv", MEMBERS);
    w.write("in/info.csv", INFO);
    let files = w.inspect_json(["in"]);
    let info = files
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"].as_str().unwrap().ends_with("info.csv"))
        .unwrap();
    assert_eq!(info["format"], "group descriptions");
    assert_eq!(info["groups_described"], 4);
    assert_eq!(
        info["described_columns"],
        serde_json::json!(["category", "territory", "facilitators"])
    );
    let out = w.run(["inspect", "in"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("group descriptions"), "{text}");
    assert!(
        text.contains("4 groups (category, territory, facilitators)"),
        "{text}"
    );
    // The report from the folder is the report with --groups-info.
    w.report(["in"]);
    let from_folder = w.read("report/categories.csv");
    w.report(["in/m.csv", "--groups-info", "in/info.csv"]);
    assert_eq!(from_folder, w.read("report/categories.csv"));
}

#[test]
fn the_template_lists_every_group_and_keeps_what_is_known() {
    let w = Workdir::new();
    w.write("m.csv", format!("{MEMBERS}g,=cmd\n"));
    let out = w.run(["groups-template", "m.csv"]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "group,category,territory,facilitators\n'=cmd,,,\nG1,,,\nG2,,,\nG3,,,\nG4,,,\nG5,,,\n"
    );
    w.write("info.csv", INFO);
    let out = w.run(["groups-template", "m.csv", "--groups-info", "info.csv"]);
    let template = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        template,
        "group,category,territory,facilitators\n'=cmd,,,\nG1,x,T1,a\nG2,x,,c\nG3,y,,d\nG4,y,,e\nG5,,,\n"
    );
    // Filled in and given back: the protected name matches its group.
    w.write(
        "filled.csv",
        template
            .replace("'=cmd,,,", "'=cmd,z,,g")
            .replace("G5,,,", "G5,z,,"),
    );
    let out = w.run([
        "report",
        "m.csv",
        "--groups-info",
        "filled.csv",
        "--out",
        "report",
    ]);
    assert!(String::from_utf8(out.stderr).unwrap().contains("wrote"));
    let cats = keyed(&w, "categories.csv");
    assert_eq!(cats["z"]["groups"], "2");
    assert_eq!(
        keyed(&w, "facilitators.csv")["g"]["facilitated_groups"],
        "'=cmd"
    );
}

#[test]
fn the_facilitators_group_is_found_by_its_category() {
    let w = Workdir::new();
    // x runs A and y runs B; both are in H, whose category is animation.
    w.write("m.csv", "email,group\nx,A\ny,B\nx,H\ny,H\nz,C\n");
    w.write(
        "info.csv",
        "group,catégorie,animateurs\nA,thème,x\nB,thème,y\nC,thème,z\nH,Animation,\n",
    );
    w.report(["m.csv", "--groups-info", "info.csv"]);
    let s = w.json("report/summary.json");
    assert_eq!(s["facilitators"]["facilitators_group"], "H");
    assert_eq!(s["facilitators"]["in_facilitators_group"], 2);
    assert_eq!(
        s["facilitators"]["groups_with_alone_facilitators"],
        serde_json::json!(["C"])
    );
    let facs = keyed(&w, "facilitators.csv");
    assert_eq!(facs["x"]["in_facilitators_group"], "true");
    assert_eq!(facs["z"]["in_facilitators_group"], "false");
    assert_eq!(facs["x"]["linked_facilitators"], "1");
    // Two groups of that category: no default.
    w.write(
        "info.csv",
        "group,category,facilitators\nA,animation,x\nH,animation,\nB,,y\n",
    );
    w.report(["m.csv", "--groups-info", "info.csv"]);
    let s = w.json("report/summary.json");
    assert_eq!(s["facilitators"]["facilitators"], 2);
    assert_eq!(s["facilitators"]["facilitators_group"], Value::Null);
    assert_eq!(s["facilitators"]["in_facilitators_group"], Value::Null);
    assert_eq!(
        keyed(&w, "facilitators.csv")["x"]["in_facilitators_group"],
        ""
    );
    // Named on the command line, it is the one.
    w.report([
        "m.csv",
        "--groups-info",
        "info.csv",
        "--facilitators-group",
        " H ",
    ]);
    let s = w.json("report/summary.json");
    assert_eq!(s["facilitators"]["facilitators_group"], "H");
}

#[test]
fn without_descriptions_or_roles_the_new_columns_are_there_and_empty() {
    let w = Workdir::new();
    w.write("m.csv", MEMBERS);
    w.report(["m.csv"]);
    assert_eq!(
        w.read("report/categories.csv"),
        "category,groups,persons,memberships,multi_membership_rate,cross_category_rate\n"
    );
    assert_eq!(
        w.read("report/facilitators.csv"),
        "person,groups_facilitated,facilitated_groups,in_facilitators_group,linked_facilitators,alone,same_facilitated_groups\n"
    );
    for r in w.csv("report/groups.csv") {
        assert!(r.iter().skip(8).take(6).all(str::is_empty), "{r:?}");
    }
    // After group_list: name, then categories, participation, facilitates;
    // participation is over the clusters of groups.
    for r in w.csv("report/connectors.csv") {
        assert!([&r[6], &r[7], &r[9]].iter().all(|c| c.is_empty()), "{r:?}");
        let p: f64 = r[8].parse().unwrap();
        assert!((0.0..1.0).contains(&p), "{r:?}");
    }
    let s = w.json("report/summary.json");
    assert_eq!(
        (&s["categories"], &s["facilitators"]),
        (&Value::Null, &Value::Null)
    );
}

#[test]
fn without_categories_participation_is_over_the_clusters_of_groups() {
    // A and B have the same ten members, C and D the same ten others,
    // among 200 persons (E holds the rest): A–B and C–D share far more
    // than chance, so {A, B} and {C, D} are clusters; E shares with
    // nobody but y, in no significant pair: a cluster alone.
    // x is in A, B, C: clusters 2 + 1 of 3 groups: 1 − (4 + 1)/9 = 4/9.
    // y is in A and E: 1 − (1/4 + 1/4) = 1/2. z is in A and B: 0.
    let mut m = String::from("email,group\n");
    for k in 0..10 {
        m += &format!("a{k}@x.org,A\na{k}@x.org,B\nc{k}@x.org,C\nc{k}@x.org,D\n");
    }
    for k in 0..177 {
        m += &format!("e{k}@x.org,E\n");
    }
    m += "x@x.org,A\nx@x.org,B\nx@x.org,C\ny@x.org,A\ny@x.org,E\nz@x.org,A\nz@x.org,B\n";
    let w = Workdir::new();
    w.write("m.csv", m);
    w.report(["m.csv"]);
    let groups = keyed(&w, "groups.csv");
    let cluster = |g: &str| groups[g]["cluster"].clone();
    assert_eq!(cluster("A"), cluster("B"));
    assert_eq!(cluster("C"), cluster("D"));
    let distinct: std::collections::BTreeSet<String> =
        ["A", "C", "E"].iter().map(|g| cluster(g)).collect();
    assert_eq!(distinct.len(), 3, "{groups:?}");
    let connectors = keyed(&w, "connectors.csv");
    for (who, expected) in [("x@x.org", 4.0 / 9.0), ("y@x.org", 0.5), ("z@x.org", 0.0)] {
        let row = &connectors[who];
        assert!(
            close(&row["participation"], &Value::from(expected)),
            "{who}: {row:?}"
        );
        assert_eq!(row["categories"], "", "{who}");
    }
    let s = w.json("report/summary.json");
    assert_eq!(s["participation_modules"], "clusters");
    assert_eq!(s["clusters"]["clusters"], 2);
    // The report says which modules were used.
    assert!(w.read("report/report.md").contains("Spread over clusters"));
}
