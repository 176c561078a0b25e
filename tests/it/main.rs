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
mod real_files;
mod reference;
mod reference_significance;
mod scale;
mod variants;
mod workdir;

use std::path::PathBuf;

/// A path under the crate root.
pub fn root(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}
