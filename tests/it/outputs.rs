//! The report folder holds exactly the files the report's own list of
//! outputs names, and `report --help` names them all.

use crate::root;
use crate::workdir::Workdir;
use maillage::report::{outputs, When};
use std::collections::BTreeSet;

/// Every file below `dir`, as paths relative to it.
pub fn files_below(dir: &std::path::Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if p.is_dir() {
            for inner in files_below(&p) {
                out.insert(format!("{name}/{inner}"));
            }
        } else {
            out.insert(name);
        }
    }
    out
}

#[test]
fn the_report_folder_holds_exactly_the_listed_outputs() {
    let w = Workdir::new();
    let input = root("tests/fixtures/small/members.csv");
    for (extra, with) in [
        (vec![], vec![When::Always]),
        (
            vec!["--png", "--graphs"],
            vec![When::Always, When::Png, When::Graphs],
        ),
    ] {
        let mut args = vec![input.clone().into_os_string()];
        args.extend(extra.iter().map(Into::into));
        let out = w.report(args);
        let expected: BTreeSet<String> = outputs()
            .into_iter()
            .filter(|o| with.contains(&o.when))
            .map(|o| o.path)
            .collect();
        assert_eq!(files_below(&out), expected, "with {extra:?}");
    }
}

#[test]
fn report_help_lists_every_output() {
    let w = Workdir::new();
    let help = String::from_utf8(w.run(["report", "--help"]).stdout).unwrap();
    for o in outputs() {
        assert!(help.contains(&o.path), "{} missing from --help", o.path);
    }
    let short = String::from_utf8(w.run(["report", "-h"]).stdout).unwrap();
    assert!(short.len() < help.len());
}
