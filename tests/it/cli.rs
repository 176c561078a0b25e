//! The real binary: exit codes, messages, files written or not.

use crate::{entries, root};
use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn maillage() -> Command {
    Command::cargo_bin("maillage").unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Runs `maillage summary --json` with `inputs` (and standard input
/// `stdin`), checks it succeeded, and returns the parsed JSON.
fn summary_json(inputs: &[&std::ffi::OsStr], stdin: Option<&str>) -> serde_json::Value {
    let mut cmd = maillage();
    cmd.args(["summary", "--json"]).args(inputs);
    if let Some(text) = stdin {
        cmd.write_stdin(text);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn report_writes_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("r");
    maillage()
        .args(["report"])
        .arg(root("data/members.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("multi-membership rate"))
        // Not a terminal: no status line, no escape codes.
        .stderr(predicate::str::contains("\x1b").not());
    for f in [
        "summary.json",
        "groups.csv",
        "pairs.csv",
        "connectors.csv",
        "report.md",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    assert_eq!(entries(tmp.path()), ["r"], "no temporary folder left");
}

#[test]
fn stages_are_announced_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    let cfg = maillage::Config {
        inputs: vec![root("tests/fixtures/small/members.csv")],
        ..Default::default()
    };
    let seen = std::cell::RefCell::new(Vec::new());
    maillage::run_report_with(&cfg, &tmp.path().join("r"), &|s| seen.borrow_mut().push(s)).unwrap();
    use maillage::Stage::*;
    assert_eq!(*seen.borrow(), [Reading, Building, Analysing, Writing]);
}

#[test]
fn summary_json_is_valid_json_with_the_headline() {
    let v = summary_json(
        &[root("tests/fixtures/davis/memberships.csv").as_ref()],
        None,
    );
    assert_eq!(v["persons"], 18);
    assert_eq!(v["multi_membership_rate"], 1.0);
}

#[test]
fn summary_prints_the_rate_in_a_sentence() {
    maillage()
        .arg("summary")
        .arg(root("tests/fixtures/small/members.csv"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "33.3% of the 6 persons belong to 2 or more groups",
        ))
        .stderr(predicate::str::contains("members.csv: skipped 1 row(s)"))
        .stderr(predicate::str::contains("line(s) 10"));
}

#[test]
fn missing_file_is_named_and_exit_code_is_1() {
    maillage()
        .args(["summary", "nope/absent.csv"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "error: nope/absent.csv: no such file",
        ));
}

#[test]
fn rejects_file_without_group_column_and_lists_the_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(tmp.path(), "m.csv", "email,colour\na@b.fr,red\n");
    let out = tmp.path().join("out");
    maillage()
        .arg("report")
        .arg(&f)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("m.csv:1: no group column found"))
        .stderr(predicate::str::contains("[\"email\", \"colour\"]"))
        .stderr(predicate::str::contains("--group COLUMN"));
    assert_eq!(entries(tmp.path()), ["m.csv"], "nothing written on failure");
}

#[test]
fn named_columns_are_used() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "m.csv",
        "who,where\na@b.fr,X\na@b.fr,Y\nc@d.fr,X\n",
    );
    maillage()
        .args(["summary", "--json", "--person", "WHO", "--group", "where"])
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"persons_in_2plus_groups\": 1"));
    maillage()
        .args(["summary", "--person", "who", "--group", "nothere"])
        .arg(&f)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("there is no column 'nothere'"));
}

#[test]
fn ragged_row_is_reported_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "m.csv",
        "person,group\na,X\nb,Y,extra,more\nc,Z\n",
    );
    maillage()
        .arg("summary")
        .arg(&f)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("m.csv:3:"));
}

#[test]
fn empty_and_header_only_files_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let e = write(tmp.path(), "empty.csv", "");
    let h = write(tmp.path(), "header.csv", "email,group\n");
    maillage()
        .arg("summary")
        .arg(&e)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.csv: the file is empty"));
    maillage()
        .arg("summary")
        .arg(&h)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("header.csv:1: only a header"));
}

#[test]
fn group_column_empty_everywhere_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(tmp.path(), "m.csv", "email,group\na@b.fr,\nc@d.fr,\n");
    maillage()
        .arg("summary")
        .arg(&f)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "group column 'group' is empty on every row",
        ));
}

/// The same memberships in UTF-8, UTF-8 with BOM, Windows-1252 (French
/// Excel) and UTF-16 LE with BOM.
fn encoded_variants(dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    let text = "Adresse électronique;Liste\nzoé@exemple.fr;Vélo\nzoé@exemple.fr;Énergie\nléa@exemple.fr;Vélo\n";
    let cp1252: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'é' => 0xE9,
            'É' => 0xC9,
            c => c as u8,
        })
        .collect();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let mut out = Vec::new();
    for (name, bytes) in [
        ("utf8", text.as_bytes().to_vec()),
        ("utf8bom", bom),
        ("cp1252", cp1252),
        ("utf16", utf16),
    ] {
        let p = dir.join(format!("{name}.csv"));
        std::fs::write(&p, bytes).unwrap();
        out.push((name.to_string(), p));
    }
    out
}

#[test]
fn every_encoding_gives_the_same_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let mut seen = Vec::new();
    for (name, path) in encoded_variants(tmp.path()) {
        let mut v = summary_json(&[path.as_ref()], None);
        let file = v["input"]["files"][0].clone();
        assert_eq!(file["group_column"], "Liste", "{name}");
        assert_eq!(file["person_column"], "Adresse électronique", "{name}");
        v["input"]["files"] = serde_json::Value::Null;
        assert_eq!(v["persons"], 2, "{name}");
        assert_eq!(v["persons_in_2plus_groups"], 1, "{name}");
        seen.push((name, file["encoding"].clone(), v));
    }
    let encodings: Vec<&str> = seen.iter().map(|(_, e, _)| e.as_str().unwrap()).collect();
    assert_eq!(encodings, ["UTF-8", "UTF-8", "windows-1252", "UTF-16LE"]);
    for (name, _, v) in &seen[1..] {
        assert_eq!(v, &seen[0].2, "{name} differs from UTF-8");
    }
    // Group names are decoded, not mangled.
    let out = tmp.path().join("r");
    maillage()
        .arg("report")
        .arg(tmp.path().join("cp1252.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let groups = std::fs::read_to_string(out.join("groups.csv")).unwrap();
    assert!(
        groups.contains("\nVélo,2,") && groups.contains("\nÉnergie,1,"),
        "{groups}"
    );
}

#[test]
fn encoding_can_be_named_and_a_wrong_name_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("latin1.csv");
    std::fs::write(&p, b"email,group\na@b.fr,X\nc@d.fr,V\xe9lo\n").unwrap();
    maillage()
        .args(["summary", "--json", "--encoding", "latin1"])
        .arg(&p)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"encoding\": \"windows-1252\""));
    maillage()
        .args(["summary", "--encoding", "klingon"])
        .arg(&p)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "latin1.csv: unknown encoding 'klingon'",
        ));
}

#[test]
fn a_file_that_stops_being_utf8_after_the_start_is_decoded() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("late.csv");
    let mut bytes = b"email,group\n".to_vec();
    for i in 0..5000 {
        bytes.extend_from_slice(format!("p{i}@x.fr,Groupe {}\n", i % 7).as_bytes());
    }
    assert!(bytes.len() > 64 * 1024);
    bytes.extend_from_slice(b"late@x.fr,V\xe9lo\n");
    std::fs::write(&p, bytes).unwrap();
    let v = summary_json(&[p.as_ref()], None);
    assert_eq!(v["groups"], 8);
    assert_eq!(v["input"]["files"][0]["encoding"], "windows-1252");
    let out = tmp.path().join("r");
    maillage()
        .arg("report")
        .arg(&p)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let groups = std::fs::read_to_string(out.join("groups.csv")).unwrap();
    assert!(groups.contains("\nVélo,1,"), "{groups}");
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let stdin = "courriel;liste\nA@x.fr;Vélo\na@x.fr;Jardin\nb@x.fr;Vélo\n";
    let v = summary_json(&["-".as_ref()], Some(stdin));
    assert_eq!(v["persons"], 2);
    assert_eq!(v["persons_in_2plus_groups"], 1);
    assert_eq!(v["input"]["files"][0]["file"], "<stdin>");
    maillage()
        .args(["summary", "-"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("<stdin>: the file is empty"));
}

#[test]
fn a_folder_stands_for_the_exports_below_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("exports");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    write(&dir, "b.csv", "email,group\nx@y.fr,B\n");
    write(&dir.join("sub"), "a.CSV", "email,group\nx@y.fr,A\n");
    write(&dir, ".hidden.csv", "not,a\nmembership,file\n");
    write(&dir, "notes.md", "# notes");
    let v = summary_json(&[dir.as_ref()], None);
    assert_eq!(v["groups"], 2);
    assert_eq!(v["persons_in_2plus_groups"], 1);
    let files: Vec<String> = v["input"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            f["file"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(files, ["b.csv", "a.CSV"]);

    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    write(&empty, "readme.md", "nothing");
    maillage()
        .arg("summary")
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "empty: no member list (.csv, .tsv, .txt, .json, .dump, .list or .zip file) in it",
        ));
}

#[test]
fn usage_errors_exit_with_2() {
    maillage().arg("report").assert().code(2);
    maillage().arg("frobnicate").assert().code(2);
}

#[test]
fn an_earlier_report_is_replaced_but_another_folder_is_not() {
    let tmp = tempfile::tempdir().unwrap();
    let input = root("tests/fixtures/small/members.csv");
    let out = tmp.path().join("report");
    maillage()
        .arg("report")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    std::fs::write(out.join("stale.txt"), "old").unwrap();
    maillage()
        .arg("report")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    assert!(
        !out.join("stale.txt").exists(),
        "the old report was replaced whole"
    );
    assert!(out.join("summary.json").is_file());

    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("thesis.odt"), "precious").unwrap();
    maillage()
        .arg("report")
        .arg(&input)
        .arg("--out")
        .arg(&docs)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a maillage report"));
    assert_eq!(
        std::fs::read_to_string(docs.join("thesis.odt")).unwrap(),
        "precious"
    );
    assert_eq!(entries(tmp.path()), ["docs", "report"]);
}

#[test]
fn a_failed_run_keeps_the_earlier_report() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("report");
    maillage()
        .arg("report")
        .arg(root("tests/fixtures/small/members.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let before = std::fs::read(out.join("summary.json")).unwrap();
    maillage()
        .args(["report", "missing.csv", "--out"])
        .arg(&out)
        .assert()
        .code(1);
    assert_eq!(std::fs::read(out.join("summary.json")).unwrap(), before);
    assert_eq!(entries(tmp.path()), ["report"]);
}

#[test]
fn input_files_are_never_modified() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("m.csv");
    std::fs::copy(root("tests/fixtures/small/members.csv"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let modified = std::fs::metadata(&input).unwrap().modified().unwrap();
    maillage()
        .arg("report")
        .arg(&input)
        .arg("--out")
        .arg(tmp.path().join("r"))
        .assert()
        .success();
    assert_eq!(std::fs::read(&input).unwrap(), before);
    assert_eq!(
        std::fs::metadata(&input).unwrap().modified().unwrap(),
        modified
    );
}

#[test]
fn several_inputs_are_merged() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(tmp.path(), "a.csv", "email,group\nx@y.fr,A\nz@y.fr,A\n");
    let b = write(tmp.path(), "b.csv", "courriel;liste\nX@Y.fr;B\n");
    let v = summary_json(&[a.as_ref(), b.as_ref()], None);
    assert_eq!(v["persons"], 2);
    assert_eq!(v["groups"], 2);
    assert_eq!(v["persons_in_2plus_groups"], 1);
    assert_eq!(v["input"]["files"][1]["delimiter"], ";");
    assert_eq!(v["input"]["files"][1]["group_column"], "liste");
}

#[test]
fn csv_outputs_neutralise_formulas() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "m.csv",
        "person,group\n+33 6 12,=SUM(1)\n+33 6 12,B\n",
    );
    let out = tmp.path().join("r");
    maillage()
        .arg("report")
        .arg(&f)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let groups = std::fs::read_to_string(out.join("groups.csv")).unwrap();
    assert!(groups.contains("\n'=SUM(1),1,"), "{groups}");
    let connectors = std::fs::read_to_string(out.join("connectors.csv")).unwrap();
    assert!(connectors.contains("\n'+33 6 12,2,"), "{connectors}");
    assert!(connectors.contains(",'=SUM(1); B\n"), "{connectors}");
    assert!(!connectors
        .lines()
        .chain(groups.lines())
        .any(|l| l.starts_with(['=', '+', '-', '@'])));
}

#[test]
fn gmail_folding_is_optional_and_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "m.csv",
        "email,group\nAlice.Martin@gmail.com,A\nalicemartin+lists@googlemail.com,B\nalice.martin@example.org,C\nalice.martin+x@example.org,C\n",
    );
    let v = summary_json(&[f.as_ref()], None);
    assert_eq!(v["persons"], 4);
    let out = tmp.path().join("r");
    maillage()
        .args(["report", "--fold-gmail"])
        .arg(&f)
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "--fold-gmail rewrote 2 Gmail address(es)",
        ));
    let s: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    // The two Gmail spellings are one person; example.org is never folded.
    assert_eq!(s["persons"], 3);
    assert_eq!(s["persons_in_2plus_groups"], 1);
    assert_eq!(s["input"]["gmail_addresses_folded"], 2);
    assert_eq!(
        std::fs::read_to_string(out.join("address_folds.csv")).unwrap(),
        "address,folded_to\nalice.martin@gmail.com,alicemartin@gmail.com\nalicemartin+lists@googlemail.com,alicemartin@gmail.com\n"
    );
}

#[test]
fn possible_duplicates_are_listed_never_merged() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "m.csv",
        "email,name,group\na@x.fr,Alice Martin,A\nb@y.org,\"MARTIN, Alice\",B\nc@x.fr,Bob,A\na@x.fr,Alice Martin,B\n",
    );
    let l = write(
        tmp.path(),
        "velo.txt",
        "Alice Martín <d@z.net>\nBob <e@z.net>\n",
    );
    let out = tmp.path().join("r");
    maillage()
        .arg("report")
        .args([&f, &l])
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("2 display name(s) are shared"));
    let s: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(s["persons"], 5);
    assert_eq!(s["input"]["possible_duplicates"], 2);
    assert_eq!(
        std::fs::read_to_string(out.join("possible_duplicates.csv")).unwrap(),
        "name,persons,addresses\nAlice Martin,3,a@x.fr; b@y.org; d@z.net\nBob,2,c@x.fr; e@z.net\n"
    );
}

#[test]
fn inspect_says_what_was_detected_without_a_report() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "m.csv",
        "Courriel;Groupes\na@x.fr;V|B\nb@x.fr;\n",
    );
    maillage()
        .current_dir(tmp.path())
        .args(["inspect", "m.csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("layout       wide"))
        .stdout(predicate::str::contains(
            "groups       Groupes (split on '|')",
        ))
        .stdout(predicate::str::contains("memberships  2"))
        .stdout(predicate::str::contains("1  with no group"))
        .stdout(predicate::str::contains("first skipped lines: 3"));
    assert_eq!(entries(tmp.path()), ["m.csv"]);
    drop(f);
}

/// A quoted field spanning lines and a blank line before the skipped rows:
/// their line numbers are the file's physical lines, on polars' path (the
/// long layout) and on the csv crate's (a ragged row with --skip-invalid
/// sends the file there).
#[test]
fn skipped_rows_are_reported_at_their_physical_lines_on_both_readers() {
    let tmp = tempfile::tempdir().unwrap();
    let body = "email,name,group\na@x.fr,\"Al\nice\",v\n\nb@x.fr,Bob,\n,Cat,w\nd@x.fr,\"x\n\ny\",w\n,Eve,w\n";
    let lines = |path: &Path, extra: &[&str]| -> (Vec<u64>, u64) {
        let out = maillage()
            .args(["inspect", "--json"])
            .args(extra)
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let f = &v[0];
        let lines = f["skipped_lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_u64().unwrap())
            .collect();
        (lines, f["rows"].as_u64().unwrap())
    };
    let long = write(tmp.path(), "q.csv", body);
    // Rows: a, b, Cat, d, Eve (the blank line is not a row).
    assert_eq!(lines(&long, &[]), (vec![5, 6, 10], 5));
    let ragged = write(tmp.path(), "r.csv", &format!("{body}e@x.fr,E\n"));
    assert_eq!(lines(&ragged, &["--skip-invalid"]), (vec![5, 6, 10, 11], 6));
}
