//! The integration tests: one binary, one module per kind of test.

mod bad_input;
mod browser;
mod charts;
mod cli;
mod exports;
mod fuzz_cases;
mod golden;
mod outputs;
mod properties;
mod reference;
mod scale;
mod variants;
mod workdir;

use std::path::PathBuf;

/// A path under the crate root.
pub fn root(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Entries of `dir`, sorted: to check that a run left nothing behind.
pub fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}
