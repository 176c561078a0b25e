//! Snapshots: the same network exported at several dates, for `maillage
//! compare` (two) and `maillage trend` (three or more). Each snapshot is
//! read as `report` reads its inputs (the same readers, the same identity
//! rules, so a person is the same person in every snapshot), its groups
//! renamed ([`Renames`]), then built and analysed into a [`Side`]:
//!
//! ```text
//! load::read_all -> Renames::apply -> Network::build -> Side::new
//!   two sides     -> analyse::compare::compare -> report::compare
//!   three or more -> analyse::trend::TrendBuilder -> report::compare
//! ```
//!
//! Every snapshot is read before anything is written: a bad input in any
//! of them leaves no output, and the error says which snapshot.

use crate::analyse::compare::{compare, Comparison, Side};
use crate::analyse::trend::{Trend, TrendBuilder};
use crate::lang::Lang;
use crate::load::{self, LoadOptions};
use crate::model::Network;
use crate::renames::Renames;
use crate::report::ReportOptions;
use crate::{t, Stage};
use anyhow::{anyhow, Context, Result};
use std::path::{Path, PathBuf};

/// One export of the network: its inputs (files, folders, zips, read
/// together as `report` reads them) and its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub label: String,
    pub inputs: Vec<PathBuf>,
}

/// How snapshots are read and their outputs written.
#[derive(Clone, Debug, Default)]
pub struct SnapshotOptions {
    pub load: LoadOptions,
    pub renames: Renames,
    /// The charts (language, `--max-groups`) and `--png`.
    pub report: ReportOptions,
    /// `--pseudonymise`, `--key-file` (compare only: a trend names
    /// nobody).
    pub privacy: crate::privacy::PrivacyOptions,
}

impl SnapshotOptions {
    fn lang(&self) -> Lang {
        self.report.charts.lang
    }
}

/// Labels the snapshots: with `given` (one per snapshot, distinct), or
/// from their inputs' names: a file's name without its extension, a
/// folder's name, followed by `+N` when the snapshot has N more inputs;
/// when two snapshots would get one label, the names of their folders
/// are put in front (`2025-01/members`) until they differ.
pub fn label_snapshots(inputs: Vec<Vec<PathBuf>>, given: Option<&[String]>) -> Vec<Snapshot> {
    let labels: Vec<String> = match given {
        Some(g) => g.iter().map(|l| l.trim().to_string()).collect(),
        None => {
            // Only labels that collide get folder names in front, one more
            // at a time; snapshots of the very same inputs are numbered.
            let same = |i: usize, j: usize| canonical(&inputs[i]) == canonical(&inputs[j]);
            let mut depth = vec![0usize; inputs.len()];
            let mut labels: Vec<String> = inputs.iter().map(|i| path_label(i, 0)).collect();
            for _ in 0..8 {
                let colliding: Vec<usize> = (0..labels.len())
                    .filter(|&i| {
                        (0..labels.len()).any(|j| j != i && labels[j] == labels[i] && !same(i, j))
                    })
                    .collect();
                if colliding.is_empty() {
                    break;
                }
                for i in colliding {
                    depth[i] += 1;
                    labels[i] = path_label(&inputs[i], depth[i]);
                }
            }
            number_repeats(labels)
        }
    };
    inputs
        .into_iter()
        .zip(labels)
        .map(|(inputs, label)| Snapshot { label, inputs })
        .collect()
}

/// The inputs as full paths, to tell the same inputs apart from inputs
/// of the same names.
fn canonical(inputs: &[PathBuf]) -> Vec<PathBuf> {
    inputs
        .iter()
        .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        .collect()
}

/// Labels still repeated get ` (2)`, ` (3)`... after their second use.
fn number_repeats(labels: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(labels.len());
    for l in labels {
        let mut k = 1;
        let mut candidate = l.clone();
        while out.contains(&candidate) {
            k += 1;
            candidate = format!("{l} ({k})");
        }
        out.push(candidate);
    }
    out
}

/// The label of a snapshot's inputs, with `depth` folder names in front.
fn path_label(inputs: &[PathBuf], depth: usize) -> String {
    let Some(first) = inputs.first() else {
        return String::new();
    };
    let mut label = name_of(first);
    if depth > 0 {
        let full = std::fs::canonicalize(first).unwrap_or_else(|_| first.clone());
        let folders: Vec<String> = full
            .parent()
            .map(|p| {
                p.components()
                    .filter_map(|c| match c {
                        std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let from = folders.len().saturating_sub(depth);
        let mut parts = folders[from..].to_vec();
        parts.push(label);
        label = parts.join("/");
    }
    if inputs.len() > 1 {
        label = format!("{label}+{}", inputs.len() - 1);
    }
    label
}

/// A file's name without its extension (`members-2025-09.csv` ->
/// `members-2025-09`, `export.zip` -> `export`), a folder's name,
/// `stdin` for `-`.
fn name_of(path: &Path) -> String {
    if path.as_os_str() == load::STDIN {
        return "stdin".into();
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if path.is_dir() {
        return name;
    }
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name,
    }
}

/// Reads one snapshot into a [`Side`]; errors name the snapshot (`role`
/// is its place: before, after, or one of a trend).
fn read_side(
    s: &Snapshot,
    role: Role,
    opts: &SnapshotOptions,
    progress: &dyn Fn(Stage),
) -> Result<Side> {
    let l = opts.lang();
    let context = || match role {
        Role::Before => t!(l, "snapshot-reading-before", label = &s.label),
        Role::After => t!(l, "snapshot-reading-after", label = &s.label),
        Role::Trend => t!(l, "snapshot-reading", label = &s.label),
    };
    progress(Stage::Reading);
    let mut m = load::read_all(&s.inputs, &opts.load).with_context(context)?;
    // A `renamed_from` column of the group descriptions adds to
    // `--rename` (the same file is read with every snapshot).
    let mut renames = opts.renames.clone();
    for (old, new) in std::mem::take(&mut m.renamed_from) {
        renames
            .add(&old, &new)
            .map_err(|e| anyhow!(e.describe(l)))?;
    }
    let renamed = renames
        .apply(&mut m, &s.label)
        .map_err(|e| anyhow!(e.describe(l)))?;
    let input = std::mem::take(&mut m.input);
    progress(Stage::Building);
    let network = Network::build(m);
    progress(Stage::Analysing);
    Ok(Side::new(s.label.clone(), network, input, renamed))
}

#[derive(Clone, Copy)]
enum Role {
    Before,
    After,
    Trend,
}

/// Reads both snapshots and compares them.
pub fn compare_snapshots(
    before: &Snapshot,
    after: &Snapshot,
    opts: &SnapshotOptions,
    progress: &dyn Fn(Stage),
) -> Result<Comparison> {
    let pseudonyms = crate::privacy::prepare(&opts.privacy)?;
    let b = read_side(before, Role::Before, opts, progress)?;
    let a = read_side(after, Role::After, opts, progress)?;
    progress(Stage::Analysing);
    let mut c = compare(b, a);
    if let Some(p) = pseudonyms {
        let length = crate::privacy::relabel_comparison(&mut c, &p.pseudonymiser)?;
        c.summary.privacy = crate::privacy::Privacy {
            pseudonymised: true,
            key: Some(p.source),
            person_pseudonym_length: Some(length),
            key_file_readable_by_others: p.readable_by_others,
            ..Default::default()
        };
    }
    Ok(c)
}

/// `maillage compare`: reads both snapshots, compares them, and writes
/// the comparison folder at `out` (atomically; nothing is written when an
/// input is bad).
pub fn run_compare(
    before: &Snapshot,
    after: &Snapshot,
    opts: &SnapshotOptions,
    out: &Path,
    progress: &dyn Fn(Stage),
) -> Result<Comparison> {
    let c = compare_snapshots(before, after, opts, progress)?;
    progress(Stage::Writing);
    crate::report::compare::write_compare_folder(&c, out, &opts.report)?;
    Ok(c)
}

/// Reads the snapshots (in label order) and follows the figures.
pub fn trend_of(
    mut snapshots: Vec<Snapshot>,
    opts: &SnapshotOptions,
    progress: &dyn Fn(Stage),
) -> Result<Trend> {
    snapshots.sort_by(|a, b| a.label.cmp(&b.label));
    let mut t = TrendBuilder::new();
    for s in &snapshots {
        t.add(read_side(s, Role::Trend, opts, progress)?);
    }
    Ok(t.finish())
}

/// `maillage trend`: reads the snapshots, and writes the trend folder at
/// `out` (atomically; nothing is written when an input is bad).
pub fn run_trend(
    snapshots: Vec<Snapshot>,
    opts: &SnapshotOptions,
    out: &Path,
    progress: &dyn Fn(Stage),
) -> Result<Trend> {
    let t = trend_of(snapshots, opts, progress)?;
    progress(Stage::Writing);
    crate::report::compare::write_trend_folder(&t, out, &opts.report)?;
    Ok(t)
}

/// Renamings given that no snapshot had a group to apply to (a typo, most
/// likely): `(old, new)`.
pub fn unused_renames<'a>(
    renames: &'a Renames,
    applied: impl Iterator<Item = &'a (String, String)>,
) -> Vec<(&'a str, &'a str)> {
    let applied: Vec<&(String, String)> = applied.collect();
    renames
        .pairs()
        .filter(|(old, _)| !applied.iter().any(|(o, _)| o == old))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_names_and_differ() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("2025-01");
        let b = dir.path().join("2025-09");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        std::fs::write(a.join("members.csv"), "x").unwrap();
        std::fs::write(b.join("members.csv"), "x").unwrap();
        let s = label_snapshots(vec![vec![a.clone()], vec![b.clone()]], None);
        assert_eq!(s[0].label, "2025-01");
        assert_eq!(s[1].label, "2025-09");
        let s = label_snapshots(
            vec![vec![a.join("members.csv")], vec![b.join("members.csv")]],
            None,
        );
        assert_eq!(s[0].label, "2025-01/members");
        assert_eq!(s[1].label, "2025-09/members");
        let s = label_snapshots(
            vec![
                vec![PathBuf::from("members-2025-09.csv")],
                vec![PathBuf::from("m.csv"), PathBuf::from("n.csv")],
            ],
            None,
        );
        assert_eq!(s[0].label, "members-2025-09");
        assert_eq!(s[1].label, "m+1");
        let s = label_snapshots(
            vec![vec![a.clone()], vec![a.clone()]],
            Some(&["2025-01".into(), " 2025-09 ".into()]),
        );
        assert_eq!(s[1].label, "2025-09");
        assert_eq!(s[1].inputs, vec![a.clone()]);
        // The same input twice: numbered; the others keep their names.
        let s = label_snapshots(
            vec![vec![a.clone()], vec![a.clone()], vec![b.clone()]],
            None,
        );
        let labels: Vec<&str> = s.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["2025-01", "2025-01 (2)", "2025-09"]);
    }

    #[test]
    fn unused_renamings_are_found() {
        let r = Renames::parse(&["A=B", "C=D"]).unwrap();
        let applied = [("A".to_string(), "B".to_string())];
        assert_eq!(unused_renames(&r, applied.iter()), vec![("C", "D")]);
    }
}
