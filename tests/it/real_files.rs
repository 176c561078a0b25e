//! Files as facilitators really have them: lists of groups typed in a cell,
//! folders of same-named files, spreadsheets, stray files, title lines in a
//! pasted list, an earlier report in the input folder, a table that is not
//! a member list, hostile archives. Each case used to give wrong figures
//! without a word; each now gives the right ones, or says what it doubts.

use crate::root;
use crate::workdir::{stdout_json, Workdir};
use std::io::Write;

/// The groups of a report, from groups.csv: (name, members).
fn groups(w: &Workdir) -> Vec<(String, u64)> {
    w.csv("report/groups.csv")
        .iter()
        .map(|r| (r[0].to_string(), r[1].parse().unwrap()))
        .collect()
}

/// Standard error of `maillage summary ARGS` (warnings), which must succeed.
fn warnings(w: &Workdir, args: &[&str]) -> String {
    let mut all = vec!["summary"];
    all.extend(args);
    String::from_utf8(w.run(all).stderr).unwrap()
}

#[test]
fn a_comma_list_in_a_semicolon_file_is_split_and_said_so() {
    let w = Workdir::new();
    w.write(
        "benevoles.csv",
        "Courriel;Groupes\na@x.fr;Vélo, Jardins partagés\nb@x.fr;Vélo\nc@x.fr;Énergie,Vélo\n",
    );
    w.report(["benevoles.csv"]);
    assert_eq!(
        groups(&w),
        [
            ("Jardins partagés".to_string(), 1),
            ("Vélo".to_string(), 3),
            ("Énergie".to_string(), 1)
        ]
    );
    let files = w.inspect_json(["benevoles.csv"]);
    assert_eq!(files[0]["group_column"], "Groupes (split on ',')");
    assert_eq!(files[0]["notices"][0]["kind"], "split_lists");
    // A singular column, one row per person: a list too.
    w.write(
        "one.csv",
        "Courriel;Groupe\na@x.fr;Vélo, Jardins\nb@x.fr;Vélo\n",
    );
    w.report(["one.csv"]);
    assert_eq!(groups(&w).len(), 2);
}

#[test]
fn a_comma_in_a_group_name_of_a_long_file_is_kept_and_reported() {
    let w = Workdir::new();
    // One membership a row (a person on several rows): "Paris, 11e" is a
    // name; the warning says how to split if it were a list.
    w.write(
        "m.csv",
        "Courriel;Groupe\na@x.fr;Paris, 11e\na@x.fr;Vélo\nb@x.fr;Paris, 11e\n",
    );
    let stderr = warnings(&w, &["m.csv"]);
    assert!(
        stderr.contains("m.csv: group cells hold “,” (line 2: “Paris, 11e”)"),
        "{stderr}"
    );
    assert!(stderr.contains("--list-separator ','"), "{stderr}");
    w.report(["m.csv"]);
    assert_eq!(
        groups(&w),
        [("Paris, 11e".to_string(), 2), ("Vélo".to_string(), 1)]
    );
    // Asked for, the cells are lists.
    w.report(["m.csv", "--list-separator", ","]);
    assert_eq!(
        groups(&w),
        [
            ("11e".to_string(), 2),
            ("Paris".to_string(), 2),
            ("Vélo".to_string(), 1)
        ]
    );
}

#[test]
fn files_of_one_name_in_different_folders_are_different_groups() {
    let w = Workdir::new();
    w.write("listes/velo/membres.csv", "Email\na@x.fr\nb@x.fr\n");
    w.write("listes/jardins/membres.csv", "Email\nb@x.fr\nc@x.fr\n");
    let stderr = warnings(&w, &["listes"]);
    for g in ["velo", "jardins"] {
        assert!(
            stderr.contains(&format!("its group is named after its folder, “{g}”")),
            "{stderr}"
        );
    }
    w.report(["listes"]);
    assert_eq!(
        groups(&w),
        [("jardins".to_string(), 2), ("velo".to_string(), 2)]
    );
}

#[test]
fn spreadsheets_are_read_sheet_by_sheet_and_other_files_are_named() {
    let w = Workdir::new();
    let fixtures = root("tests/fixtures/spreadsheets");
    for f in ["commissions.xlsx", "adherents.ods"] {
        w.write(
            format!("listes/{f}"),
            std::fs::read(fixtures.join(f)).unwrap(),
        );
    }
    w.write("listes/photo.jpg", b"\xFF\xD8\xFF\xE0\x00\x10JFIF");
    let stderr = warnings(&w, &["listes"]);
    assert!(stderr.contains("listes/photo.jpg: not read"), "{stderr}");
    assert!(
        stderr.contains("commissions.xlsx/Archives: not read: a hidden sheet"),
        "{stderr}"
    );
    assert!(
        stderr.contains("commissions.xlsx/Feuille vide: not read: an empty sheet"),
        "{stderr}"
    );
    w.report(["listes"]);
    let names: Vec<String> = groups(&w).into_iter().map(|g| g.0).collect();
    // The sheets of the workbook, and the pôles of the ODS long table.
    for g in [
        "Vélo",
        "Jardins partagés",
        "Énergie",
        "Communication",
        "Animation",
        "Trésorerie",
    ] {
        assert!(names.contains(&g.to_string()), "{g} missing from {names:?}");
    }
    assert!(!names.iter().any(|n| n == "Archives"));
    let v = stdout_json(&w.run(["inspect", "--json", "listes"]));
    let not_read: Vec<&str> = v["not_read"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["why"].as_str().unwrap())
        .collect();
    assert_eq!(not_read, ["not_a_list", "hidden_sheet", "empty_sheet"]);
}

#[test]
fn numbers_and_dates_in_sheets_read_as_typed() {
    let w = Workdir::new();
    let m = std::fs::read(root("tests/fixtures/spreadsheets/matrice.xlsx")).unwrap();
    w.write("matrice.xlsx", m);
    let files = w.inspect_json(["matrice.xlsx"]);
    assert_eq!(files[0]["layout"], "matrix", "{files}");
    // The ID and date columns are not groups.
    let groups = files[0]["group_column"].as_str().unwrap();
    assert!(
        !groups.contains("adhérent") && !groups.contains("Adhésion"),
        "{groups}"
    );
}

#[test]
fn lines_that_are_not_addresses_are_skipped_with_their_lines() {
    let w = Workdir::new();
    w.write(
        "quartier.txt",
        "Membres du groupe Quartier Nord\nAdresse e-mail\nA@x.fr\nb@x.fr\n\nzoe.blanc@free\nlea robin@free.fr\nc@x.fr\nd@x.fr\ne@x.fr\n",
    );
    let files = w.inspect_json(["quartier.txt"]);
    let f = &files[0];
    assert_eq!(
        (f["kept"].as_u64(), f["skipped_not_an_address"].as_u64()),
        (Some(5), Some(4))
    );
    assert_eq!(f["skipped_lines"], serde_json::json!([1, 2, 6, 7]));
    // A list of user ids stays a list of user ids.
    w.write("ids.txt", "alice\nbob\ncarla\n");
    let files = w.inspect_json(["ids.txt"]);
    assert_eq!(files[0]["kept"], 3);
}

#[test]
fn an_earlier_report_in_the_input_folder_is_skipped_and_said_so() {
    let w = Workdir::new();
    w.write(
        "listes/members.csv",
        "email,group\na@x.fr,V\nb@x.fr,V\nb@x.fr,W\n",
    );
    w.run(["report", "listes", "--out", "listes/rapport", "--quiet"]);
    let stderr = String::from_utf8(
        w.run(["report", "listes", "--out", "listes/rapport"])
            .stderr,
    )
    .unwrap();
    assert!(
        stderr.contains("listes/rapport: not read: a maillage report"),
        "{stderr}"
    );
    let s = w.json("listes/rapport/summary.json");
    assert_eq!(
        (s["persons"].as_u64(), s["groups"].as_u64()),
        (Some(2), Some(2))
    );
    // Given as the input itself, a report folder is an error that says so.
    let err = w.fail(["summary", "listes/rapport"]);
    assert!(err.contains("holds a report written by maillage"), "{err}");
}

#[test]
fn a_table_that_is_not_a_member_list_gets_a_warning() {
    let w = Workdir::new();
    w.write(
        "evenements.csv",
        "Date;Événement;Lieu;Organisateur;Contact\n12/03/2025;Forum;Salle A;Asso;a@x.fr\n19/03/2025;Repair café;Local;Asso;b@x.fr\n02/04/2025;Balade;Parc;Club;c@x.fr\n",
    );
    let stderr = warnings(&w, &["evenements.csv"]);
    assert!(
        stderr
            .contains("evenements.csv: most of its 3 groups (column “Événement”) have one member"),
        "{stderr}"
    );
    w.write("dates.csv", "email;groupe\na@x.fr;12/03/2025\nb@x.fr;12/03/2025\nc@x.fr;2025-04-02\nd@x.fr;2025-04-02\n");
    let stderr = warnings(&w, &["dates.csv"]);
    assert!(stderr.contains("holds dates"), "{stderr}");
}

#[test]
fn the_column_names_french_associations_use_are_recognised() {
    let w = Workdir::new();
    for (header, layout) in [
        ("Courriel;Commission", "long"),
        ("Mél;Pôle", "long"),
        ("Adhérente;Atelier", "long"),
        ("Bénévole;Antenne", "long"),
        ("Courriel;GT", "long"),
        ("Courriel;Groupe de travail", "long"),
        ("Courriel;Section", "long"),
        ("Courriel;Commissions", "wide"),
    ] {
        w.write("m.csv", format!("{header}\na@x.fr;Vélo\nb@x.fr;Vélo\n"));
        let files = w.inspect_json(["m.csv"]);
        assert_eq!(files[0]["layout"], layout, "{header}: {files}");
    }
}

#[test]
fn first_and_last_names_identify_people_when_there_is_no_address() {
    let w = Workdir::new();
    w.write(
        "m.csv",
        "Prénom;Nom;Pôle\nAnne;Martin;Vélo\nPaul;Martin;Vélo\nAnne;Martin;Bio\n",
    );
    w.report(["m.csv"]);
    let persons: Vec<String> = w
        .csv("report/connectors.csv")
        .iter()
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(persons, ["Anne Martin"]);
    let s = w.json("report/summary.json");
    assert_eq!(
        s["persons"], 2,
        "Anne Martin and Paul Martin, not one 'Martin'"
    );
    let notice = &s["input"]["files"][0]["notices"][0];
    assert_eq!(notice["kind"], "persons_by_name");
}

#[test]
fn a_header_of_many_columns_gives_a_short_error() {
    let w = Workdir::new();
    let header: Vec<String> = (0..200_000).map(|i| format!("c{i}")).collect();
    w.write(
        "wide.csv",
        format!("{}\n{}\n", header.join(","), header.join(",")),
    );
    let err = w.fail(["summary", "wide.csv"]);
    assert!(err.contains("\"c0\", \"c1\""), "{err}");
    assert!(err.contains("… +199990]"), "{}", &err[..err.len().min(500)]);
    assert!(err.len() < 1000, "{} bytes", err.len());
}

/// A zip whose one member is `size` bytes of `byte`, deflated.
fn zip_of_one(name: &str, byte: u8, size: usize) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(size as u64 > u32::MAX as u64);
    zip.start_file(name, opts).unwrap();
    let chunk = vec![byte; 1 << 20];
    let mut left = size;
    while left > 0 {
        let n = left.min(chunk.len());
        zip.write_all(&chunk[..n]).unwrap();
        left -= n;
    }
    zip.finish().unwrap();
    buf.into_inner()
}

#[test]
fn a_zip_member_is_streamed_and_capped() {
    let w = Workdir::new();
    // 100 MB of zeros: refused as binary from its first bytes, without
    // inflating the rest.
    w.write("bin.zip", zip_of_one("members.csv", 0, 100 << 20));
    let err = w.fail(["summary", "bin.zip"]);
    assert!(
        err.contains("bin.zip/members.csv: this is a binary file"),
        "{err}"
    );
    // Text larger than the cap: refused, naming the member.
    w.write("big.zip", zip_of_one("members.csv", b'a', (512 << 20) + 1));
    let err = w.fail(["summary", "big.zip"]);
    assert!(
        err.contains(
            "big.zip/members.csv: this member of the archive expands to more than 512 MiB"
        ),
        "{err}"
    );
}

/// A folder as a French facilitator has it (see
/// tests/fixtures/facilitator-folder/EXPECTED.md): five Sympa dumps, a
/// Google Groups export, a HelloAsso export (Windows-1252), a hand-made
/// `;` CSV with comma lists, a workbook with one sheet per commission, an
/// ODS, a pasted list with junk lines, an events table, two `membres.csv`,
/// an earlier report and stray files.
#[test]
fn a_facilitators_folder_gives_the_right_figures_and_says_what_it_doubts() {
    let w = Workdir::new();
    let listes = root("tests/fixtures/facilitator-folder/listes");
    let out = w
        .command()
        .args(["summary", "--json"])
        .arg(&listes)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = stdout_json(&out);
    // EXPECTED.md: the events table read (with a warning).
    assert_eq!(s["persons"], 128);
    assert_eq!(s["groups"], 19);
    assert_eq!(s["memberships"], 218);
    assert_eq!(s["persons_in_2plus_groups"], 53);
    assert_eq!(s["input"]["duplicates"], 20);
    let stderr = String::from_utf8(out.stderr).unwrap();
    for (file, what) in [
        ("rapport", "not read: a maillage report"),
        ("LISEZMOI.odt", "not read"),
        ("photo.jpg", "not read"),
        ("commissions.xlsx/Archives", "a hidden sheet"),
        ("commissions.xlsx/Feuille vide", "an empty sheet"),
        ("evenements-2025.csv", "have one member"),
        ("benevoles.csv", "split on “,”"),
        ("velo/membres.csv", "named after its folder, “velo”"),
        ("jardins/membres.csv", "named after its folder, “jardins”"),
        ("contacts-quartier.txt", "not an address"),
        ("google-groups-repair-cafe.csv", "banned"),
        ("adhesions-2026.csv", "not validated"),
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(&format!("listes/{file}")) && l.contains(what)),
            "no warning for {file} ({what}):\n{stderr}"
        );
    }
    // inspect explains every file: what was read, and what was not.
    let v = stdout_json(
        &w.command()
            .args(["inspect", "--json"])
            .arg(&listes)
            .output()
            .unwrap(),
    );
    let read = v["files"].as_array().unwrap().len();
    let not_read = v["not_read"].as_array().unwrap().len();
    // 16 files and sheets read, 5 not (report folder, .odt, .jpg, two sheets).
    assert_eq!((read, not_read), (16, 5), "{v}");
}
