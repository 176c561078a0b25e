//! maillage: how the groups of a network of communities are woven together.
//!
//! The pipeline runs one way, each stage borrowing the one before:
//! ```text
//! load::read_all(files)      -> Memberships  (interned names, pairs)
//! model::Network::build      -> Network      (bipartite petgraph CSR)
//! analyse::all               -> Findings     (plain sorted data)
//! report::write_folder       -> files        (json, csv, markdown)
//! ```

pub mod analyse;
pub mod load;
pub mod model;
pub mod names;
pub mod report;

use anyhow::Result;
use std::path::PathBuf;

/// What `maillage report` and `maillage summary` need.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub load: load::LoadOptions,
}

/// Loads the inputs and computes every figure.
pub fn analyse_files(cfg: &Config) -> Result<analyse::Findings> {
    let members = load::read_all(&cfg.inputs, &cfg.load)?;
    let network = model::Network::build(&members);
    Ok(analyse::all(&network, &members.sources))
}

/// `maillage report`: computes the figures and writes the report folder.
pub fn run_report(cfg: &Config, out: &std::path::Path) -> Result<analyse::Findings> {
    let findings = analyse_files(cfg)?;
    report::write_folder(&findings, out)?;
    Ok(findings)
}
