//! The spreadsheet, read back by openpyxl (an independent reader, run by
//! `tests/tools/xlsx_dump.py`): its figures equal the CSV files', numbers
//! are numbers and rates percentages, headers are in the report's
//! language, and a name that looks like a formula stays text.

use crate::root;
use crate::workdir::Workdir;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// The workbook at `path`, as openpyxl reads it.
fn dump(path: &Path) -> Vec<Value> {
    let out = Command::new("python3")
        .arg(root("tests/tools/xlsx_dump.py"))
        .arg(path)
        .output()
        .expect("python3 runs (bash .ci/run installs openpyxl)");
    assert!(
        out.status.success(),
        "openpyxl could not read {}: {} (bash .ci/run installs openpyxl)",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array().unwrap().clone()
}

fn sheet<'a>(book: &'a [Value], name: &str) -> &'a Value {
    book.iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

fn rows(sheet: &Value) -> &Vec<Value> {
    sheet["rows"].as_array().unwrap()
}

/// A cell's value as the CSV writes it: numbers compared as numbers.
fn same(cell: &Value, csv: &str, yes: &str) -> bool {
    let v = &cell["v"];
    match v {
        Value::Null => csv.is_empty() || csv == "false",
        Value::Number(n) => {
            let x = n.as_f64().unwrap();
            let y: f64 = csv.parse().unwrap_or(f64::NAN);
            (x - y).abs() <= 1e-9 * y.abs().max(1.0)
        }
        Value::String(s) => s == csv || (csv == "true" && s == yes),
        _ => false,
    }
}

/// Every table sheet holds the CSV file's rows, cell for cell, in order.
fn check_tables(w: &Workdir, dir: &str, book: &[Value], names: [&str; 3], yes: &str) {
    for (file, name) in ["groups.csv", "pairs.csv", "connectors.csv"]
        .into_iter()
        .zip(names)
    {
        let csv = w.csv(format!("{dir}/{file}"));
        let s = sheet(book, name);
        let r = rows(s);
        assert_eq!(
            r.len(),
            csv.len() + 1,
            "{name}: one header row, then every row"
        );
        assert_eq!(s["freeze"], "A2", "{name}: header frozen");
        let columns = csv[0].len();
        let last = (b'A' + columns as u8 - 1) as char;
        assert_eq!(s["filter"], format!("A1:{last}{}", csv.len() + 1), "{name}");
        for (i, record) in csv.iter().enumerate() {
            for (k, field) in record.iter().enumerate() {
                let cell = &r[i + 1][k];
                // The CSV neutralises a leading `=` for spreadsheets; the
                // workbook writes the name as text.
                let field = field.strip_prefix('\'').unwrap_or(field);
                assert!(
                    same(cell, field, yes),
                    "{name} row {} column {k}: sheet {cell} vs csv {field:?}",
                    i + 2
                );
            }
        }
    }
}

#[test]
fn the_workbook_holds_the_csv_figures_with_headers_in_the_report_language() {
    let w = Workdir::new();
    let data = root("data/members.csv");
    for (lang, file, names, yes, header) in [
        (
            "en",
            "report.xlsx",
            ["Groups", "Pairs of groups", "Connectors"],
            "yes",
            "share also elsewhere",
        ),
        (
            "fr",
            "rapport.xlsx",
            ["Groupes", "Paires de groupes", "Passeurs"],
            "oui",
            "part aussi ailleurs",
        ),
    ] {
        let out = w.join(lang);
        w.run([
            "report".as_ref(),
            data.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
            "--lang".as_ref(),
            lang.as_ref(),
        ]);
        let book = dump(&out.join(file));
        check_tables(&w, lang, &book, names, yes);

        // Rates are percentages, counts whole numbers, headers worded.
        let groups = rows(sheet(&book, names[0]));
        assert_eq!(groups[0][3]["v"], header);
        assert_eq!(groups[1][3]["f"], "0.0%");
        assert_eq!(groups[1][1]["f"], "#,##0");
        assert_eq!(groups[1][1]["t"], "n");

        // The essentials sheet: the headline figures as numbers, equal to
        // summary.json's.
        let summary = w.json(format!("{lang}/summary.json"));
        let first = &book[0];
        let figures: Vec<f64> = rows(first)
            .iter()
            .filter_map(|r| r.get(1).and_then(|c| c["v"].as_f64()))
            .collect();
        assert_eq!(
            figures[0],
            summary["multi_membership_rate"].as_f64().unwrap()
        );
        assert_eq!(figures[1], summary["persons"].as_f64().unwrap());
        assert_eq!(figures[2], summary["groups"].as_f64().unwrap());
        assert_eq!(figures[3], summary["memberships"].as_f64().unwrap());
        assert_eq!(figures[4], summary["overlapping_pairs"].as_f64().unwrap());
        let len = |k: &str| summary[k].as_array().unwrap().len() as f64;
        assert_eq!(figures[5], len("isolated_groups"));
        assert_eq!(figures[6], len("components"));
        assert_eq!(figures[7], summary["cut_point_persons"].as_f64().unwrap());
        assert_eq!(figures.len(), 8, "the eight headline figures, then text");
        let rate_row = rows(first).iter().find(|r| r[1]["f"] == "0.0%").unwrap();
        assert_eq!(rate_row[1]["v"], summary["multi_membership_rate"]);

        // The files read.
        let inputs = rows(book.last().unwrap());
        assert_eq!(inputs.len(), 2);
        assert_eq!(inputs[1][0]["v"], data.display().to_string());
        let file = &summary["input"]["files"][0];
        assert_eq!(inputs[1][5]["v"].as_f64(), file["rows"].as_f64());
        assert_eq!(inputs[1][6]["v"].as_f64(), file["kept"].as_f64());
    }
}

#[test]
fn names_that_look_like_formulas_or_markup_stay_text_in_the_workbook() {
    let w = Workdir::new();
    let long = "é".repeat(40_000);
    w.write(
        "m.csv",
        format!(
            "email,group\na@x.fr,=HYPERLINK(\"x\")\na@x.fr,\"<b>Tom & \"\"Jerry\"\"</b>\"\nb@x.fr,\"<b>Tom & \"\"Jerry\"\"</b>\"\nb@x.fr,{long}\nc@x.fr,{long}\nc@x.fr,=HYPERLINK(\"x\")\n"
        ),
    );
    let out = w.report(["m.csv"]);
    let book = dump(&out.join("report.xlsx"));
    let groups = rows(sheet(&book, "Groups"));
    let names: Vec<&Value> = groups[1..].iter().map(|r| &r[0]["v"]).collect();
    assert!(names.contains(&&Value::from("=HYPERLINK(\"x\")")));
    assert!(names.contains(&&Value::from("<b>Tom & \"Jerry\"</b>")));
    // A cell holds at most 32,767 characters: the longest name is cut.
    let cut: String = "é".repeat(32_767);
    assert!(
        names.contains(&&Value::from(cut)),
        "long name cut to a cell"
    );
    for r in &groups[1..] {
        assert_eq!(r[0]["t"], "s", "a name is text, never a formula");
    }
}

#[test]
fn a_long_table_is_cut_in_the_workbook_and_the_first_sheet_says_so() {
    let w = Workdir::new();
    w.run([
        "generate",
        "--memberships",
        "60000",
        "--groups",
        "2000",
        "--seed",
        "3",
        "--out",
        "m.csv",
    ]);
    let out = w.report(["m.csv"]);
    let pairs = w.csv("report/pairs.csv").len();
    let shown = maillage::report::workbook::SHEET_ROWS;
    assert!(
        pairs > shown,
        "the test needs more pairs than a sheet holds"
    );
    let book = dump(&out.join("report.xlsx"));
    assert_eq!(rows(sheet(&book, "Pairs of groups")).len(), shown + 1);
    let said: Vec<String> = rows(&book[0])
        .iter()
        .filter_map(|r| r[0]["v"].as_str().map(String::from))
        .filter(|t| t.contains("Pairs of groups"))
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    let count = |n: usize| maillage::lang::Lang::En.count(n as u64);
    assert!(
        said[0].contains(&count(shown)) && said[0].contains(&count(pairs)),
        "{said:?}"
    );
}
