//! The real binary: exit codes, messages, files written or not.

use crate::root;
use crate::workdir::{stdout_json, Workdir};
use std::ffi::OsStr;

#[test]
fn report_writes_every_file() {
    let w = Workdir::new();
    let data = root("data/members.csv");
    let run = w.run([
        OsStr::new("report"),
        data.as_ref(),
        "--out".as_ref(),
        "r".as_ref(),
    ]);
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("multi-membership rate"), "{err}");
    // Not a terminal: no status line, no escape codes.
    assert!(!err.contains('\x1b'), "{err}");
    for f in [
        "summary.json",
        "groups.csv",
        "pairs.csv",
        "connectors.csv",
        "report.md",
    ] {
        assert!(w.join("r").join(f).is_file(), "{f} missing");
    }
    assert_eq!(w.entries("."), ["r"], "no temporary folder left");
}

#[test]
fn stages_are_announced_in_order() {
    let w = Workdir::new();
    let cfg = maillage::Config {
        inputs: vec![root("tests/fixtures/small/members.csv")],
        ..Default::default()
    };
    let seen = std::cell::RefCell::new(Vec::new());
    maillage::run_report_with(&cfg, &w.join("r"), &|s| seen.borrow_mut().push(s)).unwrap();
    use maillage::Stage::*;
    assert_eq!(*seen.borrow(), [Reading, Building, Analysing, Writing]);
}

#[test]
fn summary_json_is_valid_json_with_the_headline() {
    let v = Workdir::new().summary_json([root("tests/fixtures/davis/memberships.csv")]);
    assert_eq!(v["persons"], 18);
    assert_eq!(v["multi_membership_rate"], 1.0);
}

#[test]
fn summary_prints_the_rate_in_a_sentence() {
    let small = root("tests/fixtures/small/members.csv");
    let run = Workdir::new().run([OsStr::new("summary"), small.as_ref()]);
    let (out, err) = (
        String::from_utf8(run.stdout).unwrap(),
        String::from_utf8(run.stderr).unwrap(),
    );
    assert!(
        out.contains("33.3% of the 6 persons belong to 2 or more groups"),
        "{out}"
    );
    assert!(
        err.contains("members.csv: skipped 1 row: 1 with no group (line 10)"),
        "{err}"
    );
}

#[test]
fn missing_file_is_named_and_exit_code_is_1() {
    let err = Workdir::new().fail(["summary", "nope/absent.csv"]);
    assert!(
        err.contains("error: nope/absent.csv: no such file"),
        "{err}"
    );
}

#[test]
fn rejects_file_without_group_column_and_lists_the_columns() {
    let w = Workdir::new();
    w.write("m.csv", "email,colour\na@b.fr,red\n");
    let err = w.fail(["report", "m.csv", "--out", "out"]);
    assert!(err.contains("m.csv:1: no group column found"), "{err}");
    assert!(err.contains("[\"email\", \"colour\"]"), "{err}");
    assert!(err.contains("--group COLUMN"), "{err}");
    assert_eq!(w.entries("."), ["m.csv"], "nothing written on failure");
}

#[test]
fn named_columns_are_used() {
    let w = Workdir::new();
    w.write("m.csv", "who,where\na@b.fr,X\na@b.fr,Y\nc@d.fr,X\n");
    let run = w.run([
        "summary", "--json", "--person", "WHO", "--group", "where", "m.csv",
    ]);
    let out = String::from_utf8(run.stdout).unwrap();
    assert!(out.contains("\"persons_in_2plus_groups\": 1"), "{out}");
    let err = w.fail(["summary", "--person", "who", "--group", "nothere", "m.csv"]);
    assert!(err.contains("there is no column 'nothere'"), "{err}");
}

#[test]
fn ragged_row_is_reported_with_its_line() {
    let w = Workdir::new();
    w.write("m.csv", "person,group\na,X\nb,Y,extra,more\nc,Z\n");
    let err = w.fail(["summary", "m.csv"]);
    assert!(err.contains("m.csv:3:"), "{err}");
}

#[test]
fn empty_and_header_only_files_are_errors() {
    let w = Workdir::new();
    w.write("empty.csv", "");
    w.write("header.csv", "email,group\n");
    let err = w.fail(["summary", "empty.csv"]);
    assert!(err.contains("empty.csv: the file is empty"), "{err}");
    let err = w.fail(["summary", "header.csv"]);
    assert!(err.contains("header.csv:1: only a header"), "{err}");
}

#[test]
fn group_column_empty_everywhere_is_an_error() {
    let w = Workdir::new();
    w.write("m.csv", "email,group\na@b.fr,\nc@d.fr,\n");
    let err = w.fail(["summary", "m.csv"]);
    assert!(
        err.contains("group column 'group' is empty on every row"),
        "{err}"
    );
}

/// The same memberships in UTF-8, UTF-8 with BOM, Windows-1252 (French
/// Excel) and UTF-16 LE with BOM, written as `NAME.csv`; the names.
fn encoded_variants(w: &Workdir) -> Vec<String> {
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
        w.write(format!("{name}.csv"), bytes);
        out.push(name.to_string());
    }
    out
}

#[test]
fn every_encoding_gives_the_same_figures() {
    let w = Workdir::new();
    let mut seen = Vec::new();
    for name in encoded_variants(&w) {
        let mut v = w.summary_json([format!("{name}.csv")]);
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
    w.report(["cp1252.csv"]);
    let groups = w.read("report/groups.csv");
    assert!(
        groups.contains("\nVélo,2,") && groups.contains("\nÉnergie,1,"),
        "{groups}"
    );
}

#[test]
fn encoding_can_be_named_and_a_wrong_name_is_an_error() {
    let w = Workdir::new();
    w.write("latin1.csv", b"email,group\na@b.fr,X\nc@d.fr,V\xe9lo\n");
    let run = w.run(["summary", "--json", "--encoding", "latin1", "latin1.csv"]);
    let out = String::from_utf8(run.stdout).unwrap();
    assert!(out.contains("\"encoding\": \"windows-1252\""), "{out}");
    let err = w.fail(["summary", "--encoding", "klingon", "latin1.csv"]);
    assert!(
        err.contains("latin1.csv: unknown encoding 'klingon'"),
        "{err}"
    );
}

#[test]
fn a_file_that_stops_being_utf8_after_the_start_is_decoded() {
    let w = Workdir::new();
    let mut bytes = b"email,group\n".to_vec();
    for i in 0..5000 {
        bytes.extend_from_slice(format!("p{i}@x.fr,Groupe {}\n", i % 7).as_bytes());
    }
    assert!(bytes.len() > 64 * 1024);
    bytes.extend_from_slice(b"late@x.fr,V\xe9lo\n");
    w.write("late.csv", bytes);
    let v = w.summary_json(["late.csv"]);
    assert_eq!(v["groups"], 8);
    assert_eq!(v["input"]["files"][0]["encoding"], "windows-1252");
    w.report(["late.csv"]);
    let groups = w.read("report/groups.csv");
    assert!(groups.contains("\nVélo,1,"), "{groups}");
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let w = Workdir::new();
    let stdin = "courriel;liste\nA@x.fr;Vélo\na@x.fr;Jardin\nb@x.fr;Vélo\n";
    let v = stdout_json(
        w.command()
            .args(["summary", "--json", "-"])
            .write_stdin(stdin)
            .assert()
            .success()
            .get_output(),
    );
    assert_eq!(v["persons"], 2);
    assert_eq!(v["persons_in_2plus_groups"], 1);
    assert_eq!(v["input"]["files"][0]["file"], "<stdin>");
    w.command()
        .args(["summary", "-"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicates::str::contains("<stdin>: the file is empty"));
}

#[test]
fn a_folder_stands_for_the_exports_below_it() {
    let w = Workdir::new();
    w.write("exports/b.csv", "email,group\nx@y.fr,B\n");
    w.write("exports/sub/a.CSV", "email,group\nx@y.fr,A\n");
    w.write("exports/.hidden.csv", "not,a\nmembership,file\n");
    w.write("exports/notes.md", "# notes");
    let v = w.summary_json(["exports"]);
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

    w.write("empty/readme.md", "nothing");
    let err = w.fail(["summary", "empty"]);
    assert!(
        err.contains(
            "empty: no member list (.csv, .tsv, .txt, .json, .dump, .list or .zip file) in it"
        ),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let w = Workdir::new();
    w.command().arg("report").assert().code(2);
    w.command().arg("frobnicate").assert().code(2);
}

#[test]
fn an_earlier_report_is_replaced_but_another_folder_is_not() {
    let w = Workdir::new();
    let input = root("tests/fixtures/small/members.csv");
    let out = w.report([&input]);
    w.write("report/stale.txt", "old");
    w.report([&input]);
    assert!(
        !out.join("stale.txt").exists(),
        "the old report was replaced whole"
    );
    assert!(out.join("summary.json").is_file());

    w.write("docs/thesis.odt", "precious");
    let err = w.fail([
        OsStr::new("report"),
        input.as_ref(),
        "--out".as_ref(),
        "docs".as_ref(),
    ]);
    assert!(err.contains("is not a maillage report"), "{err}");
    assert_eq!(w.read("docs/thesis.odt"), "precious");
    assert_eq!(w.entries("."), ["docs", "report"]);
}

#[test]
fn a_failed_run_keeps_the_earlier_report() {
    let w = Workdir::new();
    w.report([root("tests/fixtures/small/members.csv")]);
    let before = w.read("report/summary.json");
    w.fail(["report", "missing.csv", "--out", "report"]);
    assert_eq!(w.read("report/summary.json"), before);
    assert_eq!(w.entries("."), ["report"]);
}

#[test]
fn input_files_are_never_modified() {
    let w = Workdir::new();
    let input = w.write(
        "m.csv",
        std::fs::read(root("tests/fixtures/small/members.csv")).unwrap(),
    );
    let before = std::fs::read(&input).unwrap();
    let modified = std::fs::metadata(&input).unwrap().modified().unwrap();
    w.report(["m.csv"]);
    assert_eq!(std::fs::read(&input).unwrap(), before);
    assert_eq!(
        std::fs::metadata(&input).unwrap().modified().unwrap(),
        modified
    );
}

#[test]
fn several_inputs_are_merged() {
    let w = Workdir::new();
    w.write("a.csv", "email,group\nx@y.fr,A\nz@y.fr,A\n");
    w.write("b.csv", "courriel;liste\nX@Y.fr;B\n");
    let v = w.summary_json(["a.csv", "b.csv"]);
    assert_eq!(v["persons"], 2);
    assert_eq!(v["groups"], 2);
    assert_eq!(v["persons_in_2plus_groups"], 1);
    assert_eq!(v["input"]["files"][1]["delimiter"], ";");
    assert_eq!(v["input"]["files"][1]["group_column"], "liste");
}

#[test]
fn csv_outputs_neutralise_formulas() {
    let w = Workdir::new();
    w.write("m.csv", "person,group\n+33 6 12,=SUM(1)\n+33 6 12,B\n");
    w.report(["m.csv"]);
    let groups = w.read("report/groups.csv");
    assert!(groups.contains("\n'=SUM(1),1,"), "{groups}");
    let connectors = w.read("report/connectors.csv");
    assert!(connectors.contains("\n'+33 6 12,2,"), "{connectors}");
    // group_list, then an empty name.
    assert!(connectors.contains(",'=SUM(1); B,,"), "{connectors}");
    assert!(!connectors
        .lines()
        .chain(groups.lines())
        .any(|l| l.starts_with(['=', '+', '-', '@'])));
}

#[test]
fn gmail_folding_is_optional_and_logged() {
    let w = Workdir::new();
    w.write(
        "m.csv",
        "email,group\nAlice.Martin@gmail.com,A\nalicemartin+lists@googlemail.com,B\nalice.martin@example.org,C\nalice.martin+x@example.org,C\n",
    );
    let v = w.summary_json(["m.csv"]);
    assert_eq!(v["persons"], 4);
    let run = w.run(["report", "--fold-gmail", "m.csv", "--out", "r"]);
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("2 Gmail addresses were folded"), "{err}");
    let s = w.json("r/summary.json");
    // The two Gmail spellings are one person; example.org is never folded.
    assert_eq!(s["persons"], 3);
    assert_eq!(s["persons_in_2plus_groups"], 1);
    assert_eq!(s["input"]["gmail_addresses_folded"], 2);
    assert_eq!(
        w.read("r/address_folds.csv"),
        "address,folded_to\nalice.martin@gmail.com,alicemartin@gmail.com\nalicemartin+lists@googlemail.com,alicemartin@gmail.com\n"
    );
}

#[test]
fn possible_duplicates_are_listed_never_merged() {
    let w = Workdir::new();
    w.write(
        "m.csv",
        "email,name,group\na@x.fr,Alice Martin,A\nb@y.org,\"MARTIN, Alice\",B\nc@x.fr,Bob,A\na@x.fr,Alice Martin,B\n",
    );
    w.write("velo.txt", "Alice Martín <d@z.net>\nBob <e@z.net>\n");
    let run = w.run(["report", "m.csv", "velo.txt", "--out", "r"]);
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("2 display names are shared"), "{err}");
    let s = w.json("r/summary.json");
    assert_eq!(s["persons"], 5);
    assert_eq!(s["input"]["possible_duplicates"], 2);
    assert_eq!(
        w.read("r/possible_duplicates.csv"),
        "name,persons,addresses\nAlice Martin,3,a@x.fr; b@y.org; d@z.net\nBob,2,c@x.fr; e@z.net\n"
    );
}

#[test]
fn inspect_says_what_was_detected_without_a_report() {
    let w = Workdir::new();
    w.write("m.csv", "Courriel;Groupes\na@x.fr;V|B\nb@x.fr;\n");
    let out = String::from_utf8(w.run(["inspect", "m.csv"]).stdout).unwrap();
    for line in [
        "layout       one row per person, a list of groups",
        "groups       Groupes (split on '|')",
        "memberships  2",
        "1  with no group",
        "first skipped lines: 3",
    ] {
        assert!(out.contains(line), "{line:?} not in {out}");
    }
    assert_eq!(w.entries("."), ["m.csv"]);
}

/// A quoted field spanning lines and a blank line before the skipped rows:
/// their line numbers are the file's physical lines, on polars' path (the
/// long layout) and on the csv crate's (a ragged row with --skip-invalid
/// sends the file there).
#[test]
fn skipped_rows_are_reported_at_their_physical_lines_on_both_readers() {
    let w = Workdir::new();
    let body = "email,name,group\na@x.fr,\"Al\nice\",v\n\nb@x.fr,Bob,\n,Cat,w\nd@x.fr,\"x\n\ny\",w\n,Eve,w\n";
    let lines = |file: &str, extra: &[&str]| -> (Vec<u64>, u64) {
        let v = w.inspect_json(extra.iter().copied().chain([file]));
        let f = &v[0];
        let lines = f["skipped_lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_u64().unwrap())
            .collect();
        (lines, f["rows"].as_u64().unwrap())
    };
    w.write("q.csv", body);
    // Rows: a, b, Cat, d, Eve (the blank line is not a row).
    assert_eq!(lines("q.csv", &[]), (vec![5, 6, 10], 5));
    w.write("r.csv", format!("{body}e@x.fr,E\n"));
    assert_eq!(lines("r.csv", &["--skip-invalid"]), (vec![5, 6, 10, 11], 6));
}
