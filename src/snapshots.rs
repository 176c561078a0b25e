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
    /// `--pseudonymise`, `--key-file` (a trend names nobody),
    /// `--hide-group-names`, `--min-count`.
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

/// The pseudonyms of the snapshots, if asked for. With
/// `--hide-group-names`, one length for the groups of all snapshots, so
/// that a group keeps its pseudonym from one to the next.
struct Naming<'a> {
    with: Option<&'a crate::privacy::Pseudonyms>,
    /// Of the group pseudonyms.
    length: usize,
    /// The digests of every group name met, to check the length.
    digests: std::cell::RefCell<Vec<u128>>,
}

impl Naming<'_> {
    /// The length the snapshots read need: longer than the one used
    /// when two of their groups would share a pseudonym.
    fn length_needed(&self) -> Result<usize> {
        crate::privacy::shortest_length(self.digests.take())
    }
}

/// Reads one snapshot into a [`Side`]; errors name the snapshot (`role`
/// is its place: before, after, or one of a trend). With
/// `--hide-group-names`, its groups and files get pseudonyms after the
/// renamings (the renamings themselves keep the names given, for the
/// warnings; see [`hide_renamed`]).
fn read_side(
    s: &Snapshot,
    role: Role,
    opts: &SnapshotOptions,
    naming: &Naming,
    progress: &dyn Fn(Stage),
) -> Result<(Side, crate::privacy::Privacy)> {
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
    let privacy = match naming.with {
        Some(with) => {
            if opts.privacy.hide_group_names {
                let p = &with.pseudonymiser;
                naming.digests.borrow_mut().extend(
                    (0..m.groups.len() as u32).map(|g| {
                        p.digest(crate::privacy::pseudonym::Domain::Group, m.groups.get(g))
                    }),
                );
            }
            crate::privacy::pseudonymise_at(&mut [&mut m], with, &opts.privacy, naming.length)
        }
        None => crate::privacy::apply(&mut [&mut m], None, &opts.privacy)?,
    };
    let input = std::mem::take(&mut m.input);
    progress(Stage::Building);
    let network = Network::build(m);
    progress(Stage::Analysing);
    Ok((Side::new(s.label.clone(), network, input, renamed), privacy))
}

#[derive(Clone, Copy)]
enum Role {
    Before,
    After,
    Trend,
}

/// Reads the snapshots with `read`, again with longer group pseudonyms
/// in the rare case two groups of different snapshots would share one.
fn read_hiding<T>(
    pseudonyms: Option<&crate::privacy::Pseudonyms>,
    opts: &SnapshotOptions,
    read: impl Fn(&Naming) -> Result<T>,
) -> Result<T> {
    let start = crate::privacy::pseudonym::DEFAULT_LENGTH;
    read_hiding_from(start, pseudonyms, opts, read)
}

/// The same, trying group pseudonyms of `length` characters first.
fn read_hiding_from<T>(
    mut length: usize,
    pseudonyms: Option<&crate::privacy::Pseudonyms>,
    opts: &SnapshotOptions,
    read: impl Fn(&Naming) -> Result<T>,
) -> Result<T> {
    loop {
        let naming = Naming {
            with: pseudonyms,
            length,
            digests: Default::default(),
        };
        let read = read(&naming)?;
        if pseudonyms.is_none() || !opts.privacy.hide_group_names {
            return Ok(read);
        }
        let needed = naming.length_needed()?;
        if needed <= length {
            return Ok(read);
        }
        length = needed;
    }
}

/// The renamings applied, `(old name, new name)`, under their group
/// pseudonyms (`--hide-group-names`): they are written in the outputs.
fn hide_renamed<'a>(
    renamed: impl Iterator<Item = (&'a mut String, &'a mut String)>,
    pseudonyms: Option<&crate::privacy::Pseudonyms>,
    opts: &SnapshotOptions,
    length: usize,
) {
    if let Some(p) = pseudonyms.filter(|_| opts.privacy.hide_group_names) {
        let name = |n: &str| {
            p.pseudonymiser
                .pseudonym(crate::privacy::pseudonym::Domain::Group, n, length)
        };
        for (from, to) in renamed {
            *from = name(from);
            *to = name(to);
        }
    }
}

/// Both halves of each renaming, to rewrite in place.
fn pairs_mut(v: &mut [(String, String)]) -> impl Iterator<Item = (&mut String, &mut String)> {
    v.iter_mut().map(|(a, b)| (a, b))
}

/// Reads both snapshots and compares them.
pub fn compare_snapshots(
    before: &Snapshot,
    after: &Snapshot,
    opts: &SnapshotOptions,
    progress: &dyn Fn(Stage),
) -> Result<Comparison> {
    let pseudonyms = crate::privacy::prepare(&opts.privacy)?;
    let ((b, privacy), (a, _)) = read_hiding(pseudonyms.as_ref(), opts, |naming| {
        let b = read_side(before, Role::Before, opts, naming, progress)?;
        let a = read_side(after, Role::After, opts, naming, progress)?;
        Ok((b, a))
    })?;
    progress(Stage::Analysing);
    let length = privacy.group_length();
    let mut c = compare(b, a);
    c.unused_renames = owned(unused_renames(
        &opts.renames,
        c.renamed_before.iter().chain(&c.renamed_after),
    ));
    c.summary.privacy = privacy;
    if let Some(p) = &pseudonyms {
        let length = crate::privacy::relabel_comparison(&mut c, &p.pseudonymiser)?;
        c.summary.privacy.person_pseudonym_length = Some(length);
    }
    let p = pseudonyms.as_ref();
    hide_renamed(pairs_mut(&mut c.renamed_before), p, opts, length);
    hide_renamed(pairs_mut(&mut c.renamed_after), p, opts, length);
    let summary = c.summary.renamed.iter_mut();
    hide_renamed(summary.map(|r| (&mut r.from, &mut r.to)), p, opts, length);
    Ok(c)
}

fn owned(pairs: Vec<(&str, &str)>) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
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
    let pseudonyms = crate::privacy::prepare(&opts.privacy)?;
    let (mut t, privacy, length) = read_hiding(pseudonyms.as_ref(), opts, |naming| {
        let mut t = TrendBuilder::new();
        let mut privacy = crate::privacy::Privacy::default();
        let mut length = crate::privacy::pseudonym::DEFAULT_LENGTH;
        for s in &snapshots {
            let (side, p) = read_side(s, Role::Trend, opts, naming, progress)?;
            length = p.group_length();
            privacy = p;
            t.add(side);
        }
        Ok((t.finish(), privacy, length))
    })?;
    t.unused_renames = owned(unused_renames(
        &opts.renames,
        t.points.iter().flat_map(|p| p.renamed.iter()),
    ));
    for p in &mut t.points {
        hide_renamed(pairs_mut(&mut p.renamed), pseudonyms.as_ref(), opts, length);
    }
    t.privacy = privacy;
    Ok(t)
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
    fn group_pseudonyms_too_short_to_keep_groups_apart_are_read_again_longer() {
        use crate::privacy::pseudonym::{Domain, Key, Pseudonymiser};
        let with = crate::privacy::Pseudonyms {
            pseudonymiser: Pseudonymiser::new(&Key::new(b"0123456789abcdef".to_vec())),
            source: crate::privacy::key::KeySource::File,
            readable_by_others: None,
        };
        let mut opts = SnapshotOptions::default();
        opts.privacy.hide_group_names = true;
        // 40 groups cannot have distinct pseudonyms of 1 character (32
        // values): the snapshots are read again, at the length the
        // digests need (8 at least), and that reading is kept.
        let names: Vec<String> = (0..40).map(|i| format!("groupe {i}")).collect();
        let readings = std::cell::Cell::new(0);
        let read = |n: &Naming| -> Result<usize> {
            readings.set(readings.get() + 1);
            n.digests.borrow_mut().extend(
                names
                    .iter()
                    .map(|g| with.pseudonymiser.digest(Domain::Group, g)),
            );
            Ok(n.length)
        };
        let kept = read_hiding_from(1, Some(&with), &opts, read).unwrap();
        let digests: Vec<u128> = names
            .iter()
            .map(|g| with.pseudonymiser.digest(Domain::Group, g))
            .collect();
        let needed = crate::privacy::shortest_length(digests).unwrap();
        assert!(needed >= 8);
        assert_eq!((kept, readings.get()), (needed, 2));
        // Long enough from the start: read once.
        readings.set(0);
        assert_eq!(
            read_hiding_from(needed, Some(&with), &opts, read).unwrap(),
            needed
        );
        assert_eq!(readings.get(), 1);
    }

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
