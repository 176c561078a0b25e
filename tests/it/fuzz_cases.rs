//! Replays tests/fixtures/fuzz: every input under every file name, layout
//! and option the fuzz target uses. Each must give memberships that hold
//! together or an error naming the input; a panic fails the test.

use crate::root;
use maillage::load::{read_bytes, Layout, LoadOptions};

const NAMES: &[&str] = &[
    "members.csv",
    "velo@listes.org.txt",
    "lists/bio/member.dump",
    "g.json",
];

#[test]
fn fuzz_regression_inputs_never_panic() {
    let dir = root("tests/fixtures/fuzz");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "README.md")
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{} inputs", files.len());
    let layouts = [
        None,
        Some(Layout::Long),
        Some(Layout::Wide),
        Some(Layout::Matrix),
        Some(Layout::PerGroup),
    ];
    let (mut ok, mut err) = (0, 0);
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        for name in NAMES {
            for layout in layouts {
                for flags in 0..4 {
                    let opts = LoadOptions {
                        layout,
                        fold_gmail: flags & 1 != 0,
                        skip_invalid: flags & 2 != 0,
                        ..LoadOptions::default()
                    };
                    let case = format!("{} as {name}, {layout:?}, flags {flags}", f.display());
                    let result =
                        std::panic::catch_unwind(|| read_bytes(name, bytes.clone(), &opts))
                            .unwrap_or_else(|_| panic!("{case}: panicked"));
                    match result {
                        Ok(m) => {
                            ok += 1;
                            for &(p, g) in &m.pairs {
                                assert!(
                                    (p as usize) < m.persons.len() && (g as usize) < m.groups.len(),
                                    "{case}"
                                );
                            }
                            let kept: u64 = m.input.files.iter().map(|s| s.kept).sum();
                            assert_eq!(kept as usize, m.pairs.len(), "{case}");
                        }
                        Err(e) => {
                            err += 1;
                            let msg = e.to_string();
                            let stem = name.rsplit('/').next().unwrap();
                            assert!(msg.contains(stem), "{case}: {msg}");
                        }
                    }
                }
            }
        }
    }
    // The seeds cover both outcomes.
    assert!(ok > 0 && err > 0, "{ok} read, {err} refused");
}
