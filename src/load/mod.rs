//! Load stage: input files -> [`Memberships`] (interned person and group
//! names, one `(person, group)` pair per usable row, and what was seen in
//! each file). Only this stage reads files; polars stays inside it.

mod error;
pub mod identity;
mod intern;
mod long;

pub use error::LoadError;

use crate::names::NameTable;
use serde::Serialize;
use std::path::PathBuf;

/// How to read the inputs.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// Name of the person column, when guessing is not wanted.
    pub person_column: Option<String>,
    /// Name of the group column, when guessing is not wanted.
    pub group_column: Option<String>,
    /// Encoding label (`windows-1252`, `latin1`, `utf-16`…), when
    /// detection is not wanted.
    pub encoding: Option<String>,
}

/// Every membership row read from the inputs, with interned names.
/// Pairs may repeat (the model stage removes duplicates and counts them).
#[derive(Clone, Debug, Default)]
pub struct Memberships {
    pub persons: NameTable,
    pub groups: NameTable,
    /// `(person id, group id)` per usable row, in input order.
    pub pairs: Vec<(u32, u32)>,
    /// What was read from each file, in the order given.
    pub sources: Vec<SourceReport>,
}

/// What was detected and read in one input file.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SourceReport {
    pub file: String,
    pub layout: &'static str,
    /// The character encoding the file was read with.
    pub encoding: String,
    pub delimiter: String,
    pub person_column: String,
    pub group_column: String,
    /// Data rows read (the header excluded).
    pub rows: u64,
    /// Rows that gave a membership (before duplicates are removed).
    pub kept: u64,
    /// Rows skipped because the person value was empty.
    pub skipped_empty_person: u64,
    /// Rows skipped because the group value was empty.
    pub skipped_empty_group: u64,
    /// Line numbers of the first few skipped rows (line 1 is the header).
    pub skipped_lines: Vec<u64>,
}

/// How many skipped line numbers are kept per file for the diagnostics.
pub const SKIPPED_LINES_SHOWN: usize = 10;

/// Reads every input file and merges their memberships.
pub fn read_all(paths: &[PathBuf], opts: &LoadOptions) -> Result<Memberships, LoadError> {
    if paths.is_empty() {
        return Err(LoadError::NoInput);
    }
    let mut b = Builder::default();
    for p in expand(paths)? {
        let report = long::read(&p, opts, &mut b)?;
        b.sources.push(report);
    }
    Ok(b.finish())
}

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// File names taken from a folder: the usual extensions of exports.
const FOLDER_EXTENSIONS: &[&str] = &["csv", "tsv", "txt"];

/// Replaces each folder by the `.csv`, `.tsv` and `.txt` files below it
/// (recursively, in name order, hidden entries skipped); files and `-`
/// stay as given.
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == STDIN || !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let before = out.len();
        walk(p, &mut out)?;
        if out.len() == before {
            return Err(LoadError::EmptyFolder { path: p.clone() });
        }
    }
    Ok(out)
}

fn walk(dir: &std::path::Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let io = |e| LoadError::Io {
        path: dir.into(),
        source: e,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort();
    for e in entries {
        let hidden = e
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if e.is_dir() {
            walk(&e, out)?;
        } else if e.extension().is_some_and(|x| {
            FOLDER_EXTENSIONS.contains(&x.to_string_lossy().to_lowercase().as_str())
        }) {
            out.push(e);
        }
    }
    Ok(())
}

/// Memberships being read: names interned in shards, in parallel.
#[derive(Default)]
struct Builder {
    persons: intern::ShardedNames,
    groups: intern::ShardedNames,
    /// Sharded ids, see [`intern`].
    pairs: Vec<(u32, u32)>,
    sources: Vec<SourceReport>,
}

impl Builder {
    fn finish(self) -> Memberships {
        let (persons, person_id) = self.persons.finish();
        let (groups, group_id) = self.groups.finish();
        use rayon::prelude::*;
        let pairs = self
            .pairs
            .par_iter()
            .map(|&(p, g)| (person_id(p), group_id(g)))
            .collect();
        Memberships {
            persons,
            groups,
            pairs,
            sources: self.sources,
        }
    }
}

impl Memberships {
    /// Memberships from `(person, group)` values held in memory (for
    /// generated data, tests and benches), with the same identity rules as
    /// files. Rows with an empty value are dropped.
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str)>) -> Memberships {
        let mut m = Memberships::default();
        for (p, g) in rows {
            if let (Some(p), Some(g)) = (identity::normalise(p), identity::normalise(g)) {
                let p = m.persons.intern(&p);
                let g = m.groups.intern(&g);
                m.pairs.push((p, g));
            }
        }
        m
    }
}
