//! Golden tests: the report folder for a fixture, byte for byte.
//! `UPDATE_GOLDEN=1 cargo test` rewrites the expected files.

use crate::root;
use crate::workdir::Workdir;
use std::path::Path;

/// The files compared: every JSON, CSV and Markdown output of the
/// report's own list (the page and the charts are checked by structure, in
/// charts.rs and browser.rs).
fn files() -> Vec<String> {
    maillage::report::outputs()
        .into_iter()
        .filter(|o| o.when == maillage::report::When::Always)
        .map(|o| o.path)
        .filter(|p| p.ends_with(".json") || p.ends_with(".csv") || p.ends_with(".md"))
        .collect()
}

/// Runs `maillage report INPUT` from `cwd` (the report names its input as
/// given there) and compares every file with `tests/golden/<case>/`.
fn check_golden(case: &str, cwd: &Path, input: &str) {
    let w = Workdir::new();
    w.command()
        .current_dir(cwd)
        // The date under the title is the newest file's: pinned here, as
        // a checkout gives files the date of the day.
        .args(["report", input, "--quiet", "--date", "2025-09-12", "--out"])
        .arg(w.join("report"))
        .assert()
        .success();
    let golden = root(&format!("tests/golden/{case}"));
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for name in &files() {
        let actual = w.read(format!("report/{name}"));
        let path = golden.join(name);
        if update {
            std::fs::create_dir_all(&golden).unwrap();
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!("{} missing: run UPDATE_GOLDEN=1 cargo test", path.display())
        });
        if expected != actual {
            failures.push(side_by_side(name, &expected, &actual));
        }
    }
    assert!(
        failures.is_empty(),
        "golden files differ:\n{}",
        failures.join("\n")
    );
    // Every golden file was compared: none is left from an output the
    // report no longer writes, and the list compared is not empty.
    if !update {
        let mut kept: Vec<String> = std::fs::read_dir(&golden)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        kept.sort();
        let mut compared = files();
        compared.sort();
        assert_eq!(kept, compared, "{}: files not compared", golden.display());
    }
}

fn side_by_side(name: &str, expected: &str, actual: &str) -> String {
    let mut s = format!("--- {name}: expected | actual\n");
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (
            e.get(i).copied().unwrap_or(""),
            a.get(i).copied().unwrap_or(""),
        );
        let mark = if x == y { ' ' } else { '!' };
        s.push_str(&format!("{mark} {x:<60} | {y}\n"));
    }
    s
}

#[test]
fn small_fixture_report_matches_golden_files() {
    check_golden("small", &root("tests/fixtures/small"), "members.csv");
}

#[test]
fn example_data_report_matches_golden_files() {
    check_golden("example", &root(""), "data/members.csv");
}

/// The small fixture's figures, worked out by hand:
/// ann: Vélo, Jardins (two spellings of one address); bob: Vélo (twice);
/// cat: Jardins, Énergie; dan: Énergie; eve: Échecs; =cmd: Énergie;
/// fay has an empty group (skipped). Groups in name (byte) order:
/// Jardins {ann, cat}, Vélo {ann, bob}, Échecs {eve}, Énergie {cat, dan, =cmd}.
#[test]
fn small_fixture_figures_are_the_hand_worked_ones() {
    let cfg = maillage::Config {
        inputs: vec![root("tests/fixtures/small/members.csv")],
        ..Default::default()
    };
    let f = maillage::analyse_files(&cfg).unwrap();
    let s = &f.summary;
    assert_eq!((s.persons, s.groups, s.memberships), (6, 4, 8));
    assert_eq!(s.persons_in_2plus_groups, 2);
    assert_eq!(s.multi_membership_rate, 2.0 / 6.0);
    assert_eq!(
        (
            s.input.rows_read,
            s.input.duplicates,
            s.input.skipped_empty_group
        ),
        (10, 1, 1)
    );
    let names: Vec<&str> = f.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Jardins", "Vélo", "Échecs", "Énergie"]);
    let rows: Vec<(u64, u64, u64, bool, u32, bool)> = f
        .groups
        .iter()
        .map(|g| {
            (
                g.members,
                g.shared_members,
                g.overlapping_groups,
                g.isolated,
                g.component,
                g.cut_point,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            // Jardins alone links Vélo (through ann) and Énergie (cat).
            (2, 2, 2, false, 1, true),
            (2, 1, 1, false, 1, false),
            (1, 0, 0, true, 2, false),
            (3, 1, 1, false, 1, false),
        ]
    );
    assert_eq!(f.groups[3].shared_rate, 1.0 / 3.0);
    assert_eq!(s.isolated_groups, ["Échecs"]);
    assert_eq!(s.groups_hanging_on_one_person, ["Vélo", "Énergie"]);
    // Jardins–Vélo share ann: jaccard 1/3; Jardins–Énergie share cat: 1/4.
    let pairs: Vec<(u32, u32, u32, f64, f64)> = f
        .pairs
        .iter()
        .map(|p| {
            (
                p.a,
                p.b,
                p.shared,
                f.ratios(p).jaccard,
                f.ratios(p).overlap_coefficient,
            )
        })
        .collect();
    assert_eq!(pairs, [(0, 1, 1, 1.0 / 3.0, 0.5), (0, 3, 1, 0.25, 0.5)]);
    let conn: Vec<(&str, u32, bool, u32, u64)> = f
        .connectors
        .iter()
        .map(|c| {
            (
                c.person.as_str(),
                c.groups,
                c.cut_point,
                c.pieces_if_removed,
                c.sole_link_pairs,
            )
        })
        .collect();
    assert_eq!(
        conn,
        [
            ("ann@example.org", 2, true, 2, 1),
            ("cat@example.org", 2, true, 2, 1)
        ]
    );
    assert_eq!(s.components.len(), 2);
    assert_eq!((s.components[0].persons, s.components[0].groups), (5, 3));
}
