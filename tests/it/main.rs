//! The integration tests: one binary, one module per kind of test.

mod bad_input;
mod browser;
mod categories;
mod category_charts;
mod category_properties;
mod category_sections;
mod charts;
mod cli;
mod compare;
mod exports;
mod french;
mod fuzz_cases;
mod golden;
mod min_count;
mod outputs;
mod privacy;
mod properties;
mod real_files;
mod reference;
mod reference_significance;
mod scale;
mod variants;
mod workbook;
mod workdir;

use std::path::PathBuf;

/// A path under the crate root.
pub fn root(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}
