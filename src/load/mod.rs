//! Load stage: input files -> [`Memberships`] (interned person and group
//! names, one `(person, group)` pair per usable row, and what was seen in
//! each file). Only this stage reads files; polars stays inside it.

mod detect;
mod error;
pub mod identity;
mod input;
mod intern;
mod long;
mod nextcloud;
mod plain_list;
mod records;
mod sympa;
mod table;

pub use detect::Layout;
pub use error::LoadError;

use crate::names::NameTable;
use detect::{Format, GroupFrom, Plan};
use input::{Input, Text};
use intern::EMPTY;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// How to read the inputs.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// Name of the person column, when guessing is not wanted.
    pub person_column: Option<String>,
    /// Name of the group column, when guessing is not wanted; for a
    /// one-group file, the group's name.
    pub group_column: Option<String>,
    /// Encoding label (`windows-1252`, `latin1`, `utf-16`…), when
    /// detection is not wanted.
    pub encoding: Option<String>,
    /// The layout of every file, when detection is not wanted.
    pub layout: Option<Layout>,
    /// Fold Gmail addresses: dots and `+tags` of gmail.com and
    /// googlemail.com local parts removed (each folding is logged).
    pub fold_gmail: bool,
    /// Drop rows with the wrong number of fields instead of failing.
    pub skip_invalid: bool,
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
    /// `(person id, display name)` as found in the files (`Name <addr>`,
    /// a name column, a Sympa `gecos`...), for the possible duplicates.
    pub display_names: Vec<(u32, String)>,
    /// Addresses rewritten by `--fold-gmail`: `(as written, folded)`,
    /// sorted.
    pub address_folds: Vec<(String, String)>,
}

/// What was detected and read in one input file.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SourceReport {
    pub file: String,
    /// The export recognised: `CSV`, `Sympa list dump`, `Discourse users`...
    pub format: &'static str,
    /// `long`, `wide`, `matrix` or `per-group`.
    pub layout: &'static str,
    /// The character encoding the file was read with.
    pub encoding: String,
    pub delimiter: String,
    pub person_column: String,
    /// Where the groups come from: a column, a list column, the group
    /// columns of a matrix, or the group the whole file stands for.
    pub group_column: String,
    /// Records read: data rows (the header excluded), list lines, dump
    /// records, JSON entries.
    pub rows: u64,
    /// Memberships read (before duplicates are removed); a wide or matrix
    /// row gives one per group.
    pub kept: u64,
    /// Rows that gave no membership, for the reasons below.
    pub skipped: u64,
    /// Rows skipped because the person value was empty.
    pub skipped_empty_person: u64,
    /// Rows skipped because they named no group.
    pub skipped_empty_group: u64,
    /// Rows with the wrong number of fields, dropped by `--skip-invalid`.
    pub skipped_invalid: u64,
    /// HelloAsso orders not validated (refunded, cancelled...).
    pub skipped_not_validated: u64,
    /// Line numbers of the first few skipped rows (line 1 is the first
    /// line of the file).
    pub skipped_lines: Vec<u64>,
}

/// How many skipped line numbers are kept per file for the diagnostics.
pub const SKIPPED_LINES_SHOWN: usize = 10;

/// Bytes read from the start of a file to detect its format.
const SNIFF_BYTES: usize = 64 * 1024;

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// Reads every input and merges their memberships.
pub fn read_all(paths: &[PathBuf], opts: &LoadOptions) -> Result<Memberships, LoadError> {
    if paths.is_empty() {
        return Err(LoadError::NoInput);
    }
    let mut b = Builder::new(opts.fold_gmail);
    for input in input::expand(paths)? {
        read_one(&input, opts, &mut b)?;
    }
    Ok(b.finish())
}

/// Reads one member list held in memory, `name` standing for its file name
/// (the group of a one-group list). Zip archives are opened. Used by the
/// fuzz target and by anyone with bytes at hand.
pub fn read_bytes(
    name: &str,
    bytes: Vec<u8>,
    opts: &LoadOptions,
) -> Result<Memberships, LoadError> {
    let mut inputs = Vec::new();
    input::push(Input::bytes(name, bytes), &mut inputs)?;
    let mut b = Builder::new(opts.fold_gmail);
    for input in &inputs {
        read_one(input, opts, &mut b)?;
    }
    Ok(b.finish())
}

fn read_one(input: &Input, opts: &LoadOptions, b: &mut Builder) -> Result<(), LoadError> {
    let path = &input.label;
    let head = input.head()?;
    if head.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: path.clone() });
    }
    if let Some(kind) = input::binary_kind(&head) {
        return Err(LoadError::Binary {
            path: path.clone(),
            kind,
        });
    }
    let label = opts.encoding.as_deref();
    let mut text = Text::detect(input, &head, label)?;
    let head_text = match &text.decoded {
        Some(d) => String::from_utf8_lossy(&d[..d.len().min(SNIFF_BYTES)]).into_owned(),
        None => String::from_utf8_lossy(&head).into_owned(),
    };
    drop(head);
    if head_text
        .trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .is_empty()
    {
        return Err(LoadError::Empty { path: path.clone() });
    }
    let plan = detect::plan(input, &head_text, opts)?;
    let mut report = SourceReport::new(input, &plan);
    let fast =
        plan.format == Format::Csv && plan.layout == detect::Layout::Long && plan.skip_lines == 0;
    let mut done = false;
    if fast {
        match long::read(input, &mut text, &plan, opts, b, &mut report) {
            // Rows of the wrong width: read again, dropping them.
            Err(LoadError::Malformed { .. }) if opts.skip_invalid => {}
            other => {
                other?;
                done = true;
            }
        }
    }
    if !done {
        let all = text.load(input, label)?;
        let rows = records::read(path, &all, &plan, opts.skip_invalid)?;
        drop(all);
        report.rows = rows.records;
        report.skipped_invalid = rows.skipped_invalid;
        report.skipped_not_validated = rows.skipped_not_validated;
        report.skipped_lines = rows.skipped_lines.clone();
        let r = &rows.rows;
        b.add(
            r.len(),
            |i| Some(r[i].person.as_str()),
            |i| Some(r[i].group.as_str()),
            |i| r[i].name.as_deref(),
            |i| r[i].line,
            &mut report,
        );
    }
    report.encoding = text.encoding.into();
    report.skipped = report.skipped_empty_person
        + report.skipped_empty_group
        + report.skipped_invalid
        + report.skipped_not_validated;
    report.skipped_lines.sort_unstable();
    report.skipped_lines.truncate(SKIPPED_LINES_SHOWN);
    check(&plan, &report, path)?;
    b.sources.push(report);
    Ok(())
}

/// A file that gave nothing usable is an error, not an empty report.
fn check(plan: &Plan, r: &SourceReport, path: &std::path::Path) -> Result<(), LoadError> {
    if r.rows == 0 && r.skipped_invalid == 0 {
        return Err(if plan.headers.is_empty() {
            LoadError::Empty { path: path.into() }
        } else {
            LoadError::HeaderOnly { path: path.into() }
        });
    }
    let usable = r.rows - r.skipped_invalid - r.skipped_not_validated;
    if usable == 0 {
        return Ok(());
    }
    for (role, empty) in [
        ("group", r.skipped_empty_group),
        ("person", r.skipped_empty_person),
    ] {
        if empty == usable {
            let column = if role == "person" {
                r.person_column.clone()
            } else {
                r.group_column.clone()
            };
            return Err(LoadError::EmptyColumn {
                path: path.into(),
                role,
                column,
            });
        }
    }
    Ok(())
}

impl SourceReport {
    fn new(input: &Input, plan: &Plan) -> SourceReport {
        let h = |c: usize| plan.headers.get(c).cloned().unwrap_or_default();
        let person_column = match plan.format {
            Format::SympaDump => "email".into(),
            Format::NextcloudJson => "user ids".into(),
            Format::SympaWeb | Format::PlainList => "the line (no header)".into(),
            _ => h(plan.person),
        };
        let group_column = match &plan.group {
            GroupFrom::Column(g) => h(*g),
            GroupFrom::Split(g, sep) => format!("{} (split on '{sep}')", h(*g)),
            GroupFrom::Columns(cols) => {
                let names: Vec<String> = cols.iter().map(|&c| h(c)).collect();
                format!("{} group columns: {}", cols.len(), names.join(", "))
            }
            GroupFrom::Named(g) => format!("the whole file is the group \"{g}\""),
            GroupFrom::Keys => "the JSON keys".into(),
        };
        let delimiter = match plan.format {
            Format::SympaWeb => "tab",
            Format::PlainList | Format::SympaDump | Format::NextcloudJson => "none",
            _ => long::delimiter_name(plan.delimiter),
        };
        SourceReport {
            file: input.label.display().to_string(),
            format: plan.format.name(),
            layout: plan.layout.name(),
            encoding: String::new(),
            delimiter: delimiter.into(),
            person_column,
            group_column,
            rows: 0,
            kept: 0,
            skipped: 0,
            skipped_empty_person: 0,
            skipped_empty_group: 0,
            skipped_invalid: 0,
            skipped_not_validated: 0,
            skipped_lines: Vec::new(),
        }
    }
}

/// Memberships being read: names interned in shards, in parallel.
#[derive(Default)]
struct Builder {
    persons: intern::ShardedNames,
    groups: intern::ShardedNames,
    /// Sharded ids, see [`intern`].
    pairs: Vec<(u32, u32)>,
    sources: Vec<SourceReport>,
    /// `(sharded person id, display name)`.
    names: Vec<(u32, String)>,
    fold_gmail: bool,
    folds: BTreeMap<String, String>,
}

impl Builder {
    fn new(fold_gmail: bool) -> Builder {
        Builder {
            fold_gmail,
            ..Builder::default()
        }
    }

    /// Adds `n` rows: row `i` has the raw values `person(i)`, `group(i)`,
    /// maybe a display name, and came from line `line(i)`. A row with an
    /// empty value gives no membership (and brings no person or group into
    /// existence); it is counted in `report`.
    fn add<'a, P, G, N, L>(
        &mut self,
        n: usize,
        person: P,
        group: G,
        name: N,
        line: L,
        report: &mut SourceReport,
    ) where
        P: Fn(usize) -> Option<&'a str> + Sync,
        G: Fn(usize) -> Option<&'a str> + Sync,
        N: Fn(usize) -> Option<&'a str> + Sync,
        L: Fn(usize) -> u64,
    {
        let blank = |v: Option<&str>| v.is_none_or(|v| identity::trim(v).is_empty());
        let gids = self
            .groups
            .intern_repeated(n, |i| if blank(person(i)) { None } else { group(i) });
        let pids = self.persons.intern_all(
            n,
            |i| if gids[i] == EMPTY { None } else { person(i) },
            self.fold_gmail,
        );
        use rayon::prelude::*;
        let ok = |i: usize| pids[i] != EMPTY && gids[i] != EMPTY;
        // Memberships, display names and Gmail foldings of the kept rows,
        // in parallel and in row order.
        let kept: Vec<(u32, u32)> = (0..n)
            .into_par_iter()
            .filter(|&i| ok(i))
            .map(|i| (pids[i], gids[i]))
            .collect();
        report.kept += kept.len() as u64;
        self.pairs.extend_from_slice(&kept);
        drop(kept);
        let names: Vec<(u32, String)> = (0..n)
            .into_par_iter()
            .filter(|&i| ok(i))
            .filter_map(|i| {
                let shown = name(i).or_else(|| identity::display_name(person(i)?))?;
                let shown = shown.trim();
                (!shown.is_empty()).then(|| (pids[i], shown.to_string()))
            })
            .collect();
        self.names.extend(names);
        if self.fold_gmail {
            for i in (0..n).filter(|&i| ok(i)) {
                let raw = person(i).unwrap_or_default();
                if let Some(plain) = identity::normalise(raw) {
                    if let Some(folded) = identity::fold_gmail(&plain) {
                        self.folds.insert(plain.into_owned(), folded);
                    }
                }
            }
        }
        for i in (0..n).filter(|&i| !ok(i)) {
            report.skipped_empty_person += u64::from(blank(person(i)));
            report.skipped_empty_group += u64::from(!blank(person(i)) && blank(group(i)));
            if report.skipped_lines.len() < SKIPPED_LINES_SHOWN {
                report.skipped_lines.push(line(i));
            }
        }
    }

    fn finish(self) -> Memberships {
        let (persons, person_id) = self.persons.finish();
        let (groups, group_id) = self.groups.finish();
        use rayon::prelude::*;
        let pairs = self
            .pairs
            .par_iter()
            .map(|&(p, g)| (person_id(p), group_id(g)))
            .collect();
        let display_names = self
            .names
            .into_iter()
            .map(|(p, n)| (person_id(p), n))
            .collect();
        Memberships {
            persons,
            groups,
            pairs,
            sources: self.sources,
            display_names,
            address_folds: self.folds.into_iter().collect(),
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
