//! Bad input: every mistake gets exit code 1 and a message naming the file,
//! the line where it helps, and what to do; nothing is written, and the
//! input is left as it was.

use crate::workdir::{stdout_json, Workdir};
use std::io::Write;

struct Case {
    name: &'static str,
    file: &'static str,
    bytes: Vec<u8>,
    args: &'static [&'static str],
    /// Every piece the message must hold.
    expect: &'static [&'static str],
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    buf.into_inner()
}

fn cases() -> Vec<Case> {
    let c = |name, file, bytes: &[u8], args, expect| Case {
        name,
        file,
        bytes: bytes.to_vec(),
        args,
        expect,
    };
    vec![
        c(
            "unterminated quote, long layout",
            "m.csv",
            b"email,group\na@x.fr,v\n\"b@x.fr,w\nc@x.fr,x\n",
            &[],
            &[
                "m.csv:3: a quoted field opened on this line is never closed",
                "close the quote",
            ],
        ),
        c(
            "unterminated quote in the last field",
            "m.csv",
            b"email,group\na@x.fr,v\nb@x.fr,\"w\n",
            &[],
            &["m.csv:3: a quoted field opened on this line is never closed"],
        ),
        c(
            "unterminated quote, wide layout",
            "w.csv",
            b"email;groupes\na@x.fr;\"v|b\nc@x.fr;x\n",
            &[],
            &["w.csv:2: a quoted field opened on this line is never closed"],
        ),
        c(
            "a PDF",
            "m.csv",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            &[],
            &[
                "m.csv: this is a PDF document",
                "export the member list as CSV",
            ],
        ),
        c(
            "a binary file",
            "m.csv",
            b"email,group\n\0\0\x01\x02",
            &[],
            &["m.csv: this is a binary file, not a text member list"],
        ),
        c(
            "a broken Excel workbook",
            "members.xlsx",
            &zip_of(&[
                ("[Content_Types].xml", b"<x/>"),
                ("xl/workbook.xml", b"<x/>"),
            ]),
            &[],
            &[
                "members.xlsx:1: cannot read this workbook",
                "save each sheet as CSV",
            ],
        ),
        c(
            "a zip with no member list",
            "a.zip",
            &zip_of(&[("photo.png", b"\x89PNG")]),
            &[],
            &["a.zip: no member list"],
        ),
        c(
            "an empty file",
            "m.csv",
            b"",
            &[],
            &["m.csv: the file is empty"],
        ),
        c(
            "blank lines only",
            "m.csv",
            b"\n  \r\n\n",
            &[],
            &["m.csv: the file is empty"],
        ),
        c(
            "a header only",
            "m.csv",
            b"email,group\r\n",
            &[],
            &["m.csv:1: only a header"],
        ),
        c(
            "no person column",
            "m.csv",
            b"colour,group\nred,A\n",
            &[],
            &[
                "m.csv:1: no person column found among the columns [\"colour\", \"group\"]",
                "--person COLUMN",
            ],
        ),
        c(
            "no group column",
            "m.csv",
            b"email,colour\na@x.fr,red\n",
            &[],
            &[
                "m.csv:1: no group column found among the columns [\"email\", \"colour\"]",
                "--group COLUMN",
                "--layout per-group",
            ],
        ),
        c(
            "a group column empty everywhere",
            "m.csv",
            b"email,group\na@x.fr,\nb@x.fr, \n",
            &[],
            &["m.csv: the group column 'group' is empty on every row"],
        ),
        c(
            "a wide file listing no group",
            "m.csv",
            b"email,groupes\na@x.fr,\nb@x.fr,;\n",
            &[],
            &["m.csv: the group column 'groupes (split on ';')' is empty on every row"],
        ),
        c(
            "a row of the wrong width",
            "m.csv",
            b"email,group\na@x.fr,v\nb@x.fr,w,extra\n",
            &[],
            &["m.csv:3: 3 fields where the header has 2", "--skip-invalid"],
        ),
        c(
            "an unknown encoding",
            "m.csv",
            b"email,group\na@x.fr,v\n",
            &["--encoding", "klingon"],
            &["m.csv: unknown encoding 'klingon'", "windows-1252"],
        ),
        c(
            "a column named but absent",
            "m.csv",
            b"email,group\na@x.fr,v\n",
            &["--group", "liste"],
            &[
                "m.csv:1: there is no column 'liste'",
                "[\"email\", \"group\"]",
            ],
        ),
        c(
            "broken JSON",
            "g.json",
            b"{\"admin\": [\"alice\",\n",
            &[],
            &["g.json:2: not valid JSON", "occ group:list --output=json"],
        ),
        c(
            "JSON that is not a group list",
            "g.json",
            b"{\"admin\": 3}",
            &[],
            &["g.json:1: group \"admin\": expected a list of users"],
        ),
        c(
            "a plain list forced into a matrix",
            "velo.txt",
            b"a@x.fr\nb@x.fr\n",
            &["--layout", "matrix"],
            &["velo.txt: cannot tell which layout", "plain list"],
        ),
    ]
}

#[test]
fn each_bad_input_is_named_with_its_line_and_nothing_is_written() {
    for case in cases() {
        let w = Workdir::new();
        w.write(case.file, &case.bytes);
        let run = w
            .command()
            .args(["report", case.file])
            .args(case.args)
            .args(["--out", "out"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{}: {stderr}", case.name);
        assert!(stderr.starts_with("error: "), "{}: {stderr}", case.name);
        assert!(!stderr.contains("panicked"), "{}: {stderr}", case.name);
        for piece in case.expect {
            assert!(
                stderr.contains(piece),
                "{}: {piece:?} not in {stderr}",
                case.name
            );
        }
        assert_eq!(
            w.entries("."),
            [case.file],
            "{}: something was written",
            case.name
        );
        assert_eq!(
            std::fs::read(w.join(case.file)).unwrap(),
            case.bytes,
            "{}",
            case.name
        );
    }
}

#[test]
fn a_path_that_does_not_exist_and_standard_input_without_a_group() {
    let w = Workdir::new();
    let err = w.fail(["summary", "no/such/file.csv"]);
    assert!(
        err.contains("no/such/file.csv: no such file (check the path)"),
        "{err}"
    );
    w.command()
        .args(["summary", "-"])
        .write_stdin("a@x.fr\nb@x.fr\n")
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "<stdin>: cannot tell which layout",
        ))
        .stderr(predicates::str::contains("--group NAME"));
    // With the group named, the same list is read.
    w.command()
        .args(["summary", "--json", "--group", "Vélo", "-"])
        .write_stdin("a@x.fr\nb@x.fr\n")
        .assert()
        .success()
        .stdout(predicates::str::contains("\"persons\": 2"));
}

#[test]
fn skip_invalid_drops_bad_rows_and_says_which() {
    let w = Workdir::new();
    let mut text = String::from("email,group\n");
    for i in 0..30 {
        if i % 3 == 1 {
            text += &format!("p{i}@x.fr,G{},extra\n", i % 4);
        } else {
            text += &format!("p{i}@x.fr,G{}\n", i % 4);
        }
    }
    w.write("m.csv", &text);
    let run = w.run(["summary", "--json", "--skip-invalid", "m.csv"]);
    let v = stdout_json(&run);
    let file = &v["input"]["files"][0];
    assert_eq!(file["rows"], 30);
    assert_eq!(file["kept"], 20);
    assert_eq!(file["skipped_invalid"], 10);
    assert_eq!(v["persons"], 20);
    // Rows i = 1, 4, 7, ... are on lines i + 2.
    let lines: Vec<u64> = file["skipped_lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_u64().unwrap())
        .collect();
    assert_eq!(lines, [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("skipped 10 rows: 10 with the wrong number of fields (lines 3, 6, 9"),
        "{stderr}"
    );
}
