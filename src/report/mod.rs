//! Report stage: [`Findings`] -> the output folder ([`outputs`] lists every
//! file: the tables as CSV, summary.json, report.md, index.html, the charts,
//! the network exports). Writers take `impl Write`; [`write_folder`]
//! assembles them in a temporary folder and swaps it into place only when
//! every file is complete.

pub mod compare;
mod compare_page;
mod csv_out;
mod decimal;
pub mod document;
pub mod graph;
pub mod html;
mod markdown;
pub mod sections;
pub mod tables;
mod text;
pub mod workbook;

pub use csv_out::{
    write_address_folds, write_categories, write_category_pairs, write_connectors,
    write_facilitators, write_groups, write_pairs, write_possible_duplicates, write_table,
};
pub use csv_out::{write_table_of, NamesGroups};
pub use markdown::write_markdown;
pub use text::{
    done_line, file_warnings, format_count, format_percent, generated_line, warnings,
    write_groups_template, write_inspection, write_revealed, write_terminal_summary,
};

use crate::analyse::categories::{CategoryPair, CategoryRow};
use crate::analyse::duplicates::PossibleDuplicate;
use crate::analyse::facilitators::FacilitatorRow;
use crate::analyse::gaps::Gap;
use crate::analyse::robustness::Step;
use crate::analyse::{Connector, Findings, GroupRow};
use crate::chart::ChartOptions;
use crate::lang::Lang;
use crate::t;
use anyhow::{bail, Context, Result};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use tables::{AddressFold, Table};

/// The file that marks a folder as a maillage report (and is required before
/// an existing folder is replaced).
pub const SUMMARY_FILE: &str = "summary.json";

/// Writes `summary.json` (pretty JSON, trailing newline). Under
/// `--min-count K`, the counts of persons of [`SUMMARY_SMALL_COUNTS`]
/// below K are `null`, with the figures computed from them.
pub fn write_summary_json(f: &Findings, mut w: impl Write) -> Result<()> {
    let k = f.summary.privacy.min_count;
    if k <= 1 {
        serde_json::to_writer_pretty(&mut w, &f.summary)?;
    } else {
        let mut v = serde_json::to_value(&f.summary)?;
        withhold_small_counts(&mut v, k);
        serde_json::to_writer_pretty(&mut w, &v)?;
    }
    w.write_all(b"\n")?;
    Ok(())
}

/// The counts of persons in `summary.json` that `--min-count` withholds:
/// `(list, count, computed from it)`. The headline figures (persons,
/// groups, memberships, the rate) are not among them: they stay exact.
pub const SUMMARY_SMALL_COUNTS: &[SmallList] = &[
    ("/degree_distribution", "persons", &[]),
    ("/components", "persons", &["groups"]),
    (
        "/facilitators/facilitators_network_part_sizes",
        "facilitators",
        &[],
    ),
    (
        "/categories",
        "persons",
        &[
            "memberships",
            "multi_membership_rate",
            "cross_category_rate",
        ],
    ),
];

/// A count of persons of a JSON summary that `--min-count` withholds,
/// and the figures withheld with it (computed from it, or that would
/// give it back from a published total), as JSON pointers.
pub type SmallScalar = (&'static str, &'static [&'static str]);
/// A list of a JSON summary whose rows hold a count of persons: `(list,
/// count, withheld with it)`.
pub type SmallList = (&'static str, &'static str, &'static [&'static str]);

/// Sets to `null` the counts of `scalars` and `lists` between 1 and
/// k − 1, with the figures withheld with each.
pub fn withhold_in_json(
    v: &mut serde_json::Value,
    k: u64,
    scalars: &[SmallScalar],
    lists: &[SmallList],
) {
    use serde_json::Value;
    let small = |x: &Value| x.as_u64().is_some_and(|n| n > 0 && n < k);
    let mut nulled: Vec<&str> = Vec::new();
    for (count, with) in scalars {
        if v.pointer(count).is_some_and(small) {
            nulled.push(count);
            nulled.extend(with.iter());
        }
    }
    for p in nulled {
        if let Some(x) = v.pointer_mut(p) {
            *x = Value::Null;
        }
    }
    for (list, count, derived) in lists {
        if let Some(Value::Array(rows)) = v.pointer_mut(list) {
            for row in rows {
                if row.get(*count).is_some_and(small) {
                    row[*count] = Value::Null;
                    for d in *derived {
                        if row.get(*d).is_some() {
                            row[*d] = Value::Null;
                        }
                    }
                }
            }
        }
    }
}

/// What `--min-count` withholds of a JSON summary, for the pages to say
/// the same as `summary.json`: a count is shown as "fewer than K" when
/// it is below K, as "not published" when withheld with another.
pub struct WithheldJson {
    v: serde_json::Value,
    k: u64,
}

impl WithheldJson {
    pub fn new(v: serde_json::Value, k: u64) -> WithheldJson {
        WithheldJson { v, k }
    }

    /// The summary, as written.
    pub fn value(&self) -> &serde_json::Value {
        &self.v
    }

    /// The count `n` at `pointer`, as a message argument.
    pub fn count(&self, l: crate::lang::Lang, pointer: &str, n: u64) -> crate::messages::Arg {
        if !self
            .v
            .pointer(pointer)
            .is_some_and(serde_json::Value::is_null)
        {
            crate::messages::Arg::from(n)
        } else if n > 0 && n < self.k {
            crate::messages::Arg::Text(crate::t!(l, "fewer-than", k = self.k))
        } else {
            crate::messages::Arg::Text(crate::t!(l, "not-published"))
        }
    }

    /// The same, as a cell's text.
    pub fn shown(&self, l: crate::lang::Lang, pointer: &str, n: u64) -> String {
        match self.count(l, pointer, n) {
            crate::messages::Arg::Number(_) => l.count(n),
            crate::messages::Arg::Text(t) => t,
        }
    }

    /// The value at `pointer` is withheld.
    pub fn hides(&self, pointer: &str) -> bool {
        self.v
            .pointer(pointer)
            .is_some_and(serde_json::Value::is_null)
    }
}

/// The groups linked to the others through fewer than K persons
/// (`--min-count K` > 1: a single person would be a count below K),
/// else through a single person.
pub fn hanging_groups(f: &Findings) -> Vec<String> {
    let k = f.summary.privacy.min_count;
    if k <= 1 {
        return f.summary.groups_hanging_on_one_person.clone();
    }
    f.groups
        .iter()
        .filter(|g| g.shared_members > 0 && g.shared_members < k)
        .map(|g| g.name.clone())
        .collect()
}

/// A count of persons for people to read: the number, or "< K" when
/// `--min-count` withholds it.
pub fn count_shown(l: crate::lang::Lang, k: u64, n: u64) -> String {
    if n > 0 && n < k {
        crate::t!(l, "below-min-count", k = k)
    } else {
        l.count(n)
    }
}

/// The single counts of persons in `summary.json` that `--min-count`
/// withholds: `(count, computed from it)`, as JSON pointers.
pub const SUMMARY_SMALL_SCALARS: &[SmallScalar] = &[
    ("/cut_point_persons", &[]),
    ("/group_sizes/min", &[]),
    ("/facilitators/facilitators", &[]),
    ("/facilitators/linked", &["/facilitators/linked_rate"]),
    ("/facilitators/in_facilitators_group", &[]),
];

/// Sets to `null` the small counts (1 to k − 1) of [`SUMMARY_SMALL_COUNTS`]
/// and [`SUMMARY_SMALL_SCALARS`]. The groups hanging on one person are
/// `null` too: each is a count of 1.
fn withhold_small_counts(v: &mut serde_json::Value, k: u64) {
    use serde_json::Value;
    withhold_in_json(v, k, SUMMARY_SMALL_SCALARS, SUMMARY_SMALL_COUNTS);
    // The facilitators in and out of their group: either small, both
    // go (the total would give the other back).
    if let Some(fs) = v.pointer("/facilitators").filter(|x| x.is_object()) {
        let out = fs["facilitators"]
            .as_u64()
            .zip(fs["in_facilitators_group"].as_u64())
            .map(|(n, inside)| n - inside);
        if out.is_some_and(|n| n > 0 && n < k) {
            v["facilitators"]["in_facilitators_group"] = Value::Null;
        }
    }
    if let Some(x) = v.pointer_mut("/groups_hanging_on_one_person") {
        *x = Value::Null;
    }
}

type Writer = fn(&Findings, &mut dyn Write) -> Result<()>;

/// Written on its own thread, beside the files of [`FILES`].
const PAIRS_FILE: &str = <crate::analyse::overlap::GroupPair as Table>::FILE;

const FILES: &[(&str, Writer)] = &[
    (SUMMARY_FILE, |f, w| write_summary_json(f, w)),
    (GroupRow::FILE, |f, w| write_groups(f, w)),
    (Connector::FILE, |f, w| write_connectors(f, w)),
    (PossibleDuplicate::FILE, |f, w| {
        write_possible_duplicates(f, w)
    }),
    (AddressFold::FILE, |f, w| write_address_folds(f, w)),
    (CategoryRow::FILE, |f, w| write_categories(f, w)),
    (CategoryPair::FILE, |f, w| write_category_pairs(f, w)),
    (FacilitatorRow::FILE, |f, w| write_facilitators(f, w)),
    (Gap::FILE, |f, w| csv_out::write_table::<Gap>(f, w)),
    (Step::FILE, |f, w| csv_out::write_table::<Step>(f, w)),
];

/// The lists that name people by their addresses and display names,
/// which a pseudonymised report leaves out (their counts stay).
const IDENTITY_FILES: &[&str] = &[PossibleDuplicate::FILE, AddressFold::FILE];

/// `name` is a file this report leaves out.
fn withheld(f: &Findings, name: &str) -> bool {
    f.summary.privacy.withholds_identities() && IDENTITY_FILES.contains(&name)
}

const MARKDOWN_FILE: &str = "report.md";

/// When a file of the report folder is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// With `--png`.
    Png,
    /// With `--graphs`.
    Graphs,
}

/// One file of a report folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// Its path in the folder.
    pub path: String,
    pub what: &'static str,
    pub when: When,
}

/// Every file a report folder can hold, in the order `--help` lists them.
pub fn outputs() -> Vec<Output> {
    let out = |path: &str, what, when| Output {
        path: path.to_string(),
        what,
        when,
    };
    let mut v = vec![
        out(
            SUMMARY_FILE,
            "headline figures and input diagnostics",
            When::Always,
        ),
        out(GroupRow::FILE, "one row per group", When::Always),
        out(
            PAIRS_FILE,
            "every pair of groups sharing members",
            When::Always,
        ),
        out(
            Gap::FILE,
            "pairs of groups sharing fewer members than chance",
            When::Always,
        ),
        out(
            Connector::FILE,
            "every person in two groups or more",
            When::Always,
        ),
        out(
            PossibleDuplicate::FILE,
            "display names shared by different addresses",
            When::Always,
        ),
        out(
            AddressFold::FILE,
            "addresses rewritten by --fold-gmail",
            When::Always,
        ),
        out(
            CategoryRow::FILE,
            "one row per category of groups (with --groups-info)",
            When::Always,
        ),
        out(
            CategoryPair::FILE,
            "persons shared by each pair of categories",
            When::Always,
        ),
        out(
            FacilitatorRow::FILE,
            "every facilitator, and whether they are alone",
            When::Always,
        ),
        out(
            Step::FILE,
            "the network as connectors are removed, in three orders",
            When::Always,
        ),
        out(MARKDOWN_FILE, "the findings in sentences", When::Always),
        out(HTML_FILE, "the report as one web page", When::Always),
        out(
            "report.xlsx",
            "the tables as a spreadsheet (rapport.xlsx in French)",
            When::Always,
        ),
    ];
    for c in crate::chart::CHARTS {
        v.push(out(&format!("charts/{}.svg", c.name), c.what, When::Always));
    }
    for c in crate::chart::CHARTS {
        v.push(out(
            &format!("charts/{}.png", c.name),
            "the same, as PNG",
            When::Png,
        ));
    }
    for (name, _, what) in GRAPHS {
        v.push(out(&format!("graphs/{name}"), what, When::Graphs));
    }
    v
}

/// The list of outputs for `maillage report --help`.
pub fn outputs_help() -> String {
    let mut s = String::from(
        "Compute every figure and write a report folder.\n\nThe folder is replaced only when the new report is complete, and only if it is new, empty, or an earlier report. It holds:\n",
    );
    for o in outputs() {
        let when = match o.when {
            When::Always => "",
            When::Png => " (with --png)",
            When::Graphs => " (with --graphs)",
        };
        s.push_str(&format!("\n  {:<28} {}{when}", o.path, o.what));
    }
    s
}

const HTML_FILE: &str = "index.html";

type GraphWriter = fn(&Findings, &mut dyn Write) -> Result<()>;

/// The network exports written with `--graphs`.
const GRAPHS: [(&str, GraphWriter, &str); 4] = [
    (
        "groups.graphml",
        graph::write_groups_graphml,
        "groups linked by shared members, for Gephi, Cytoscape, yEd, NetworkX",
    ),
    ("groups.gexf", graph::write_groups_gexf, "the same, as GEXF"),
    (
        "bipartite.graphml",
        graph::write_bipartite_graphml,
        "persons and groups, one edge per membership",
    ),
    (
        "bipartite.gexf",
        graph::write_bipartite_gexf,
        "the same, as GEXF",
    ),
];

/// What goes into the report folder besides the tables.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// Chart choices, and the language of the charts and index.html.
    pub charts: ChartOptions,
    /// Also write each chart as PNG.
    pub png: bool,
    /// Also write the networks as GraphML and GEXF (`graphs/`).
    pub graphs: bool,
    /// The report's title (`--title`), instead of the default one.
    pub title: Option<String>,
    /// The date of the exports (`--date`), instead of the newest file's.
    pub date: Option<String>,
}

/// "writing FILE", in the terminal's language.
fn writing(what: impl std::fmt::Display) -> String {
    t!(Lang::current(), "ctx-writing", path = what.to_string())
}

/// "creating FOLDER", in the terminal's language.
fn creating(what: impl std::fmt::Display) -> String {
    t!(Lang::current(), "ctx-creating", path = what.to_string())
}

fn create(path: &Path) -> Result<BufWriter<fs::File>> {
    let file = fs::File::create(path).with_context(|| writing(path.display()))?;
    Ok(BufWriter::new(file))
}

fn finish(mut w: BufWriter<fs::File>, name: &str) -> Result<()> {
    w.flush().with_context(|| writing(name))?;
    w.into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| writing(name))?;
    Ok(())
}

/// Writes the whole report folder at `dir`, atomically: files go to a
/// temporary folder beside it, which replaces `dir` only once complete. An
/// existing `dir` is replaced only if it is empty or an earlier report
/// (holds `summary.json`), so a mistyped `--out` cannot wipe other files.
/// Besides the tables: `charts/` (SVG, PNG with `png`), `index.html`, and
/// with `graphs`, `graphs/` (GraphML, GEXF).
pub fn write_folder(f: &Findings, dir: &Path, opts: &ReportOptions) -> Result<()> {
    write_atomically(dir, |tmp_path| write_files(f, tmp_path, opts))
}

/// Fills a new folder with `fill` and puts it at `dir` once complete (see
/// [`write_folder`]: the same checks and the same swap, for every folder
/// maillage writes).
pub(crate) fn write_atomically(dir: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    check_replaceable(dir)?;
    fs::create_dir_all(&parent).with_context(|| creating(parent.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".maillage-new-")
        .tempdir_in(&parent)
        .with_context(|| {
            t!(
                Lang::current(),
                "ctx-temp-folder",
                folder = parent.display().to_string()
            )
        })?;
    fill(tmp.path())?;
    swap_into_place(tmp, dir)
}

fn write_files(f: &Findings, tmp_path: &Path, opts: &ReportOptions) -> Result<()> {
    std::thread::scope(|scope| -> Result<()> {
        // pairs.csv is by far the largest file, and writing it is mostly the
        // kernel copying pages on one core: it gets its own thread, and the
        // other files, the UpSet counts and the charts are made meanwhile.
        let pairs = scope.spawn(|| -> Result<()> {
            let mut w = create(&tmp_path.join(PAIRS_FILE))?;
            write_pairs(f, &mut w).with_context(|| writing(PAIRS_FILE))?;
            finish(w, PAIRS_FILE)
        });
        let rest = (|| -> Result<()> {
            for (name, write) in FILES {
                if withheld(f, name) {
                    continue;
                }
                let mut w = create(&tmp_path.join(name))?;
                write(f, &mut w).with_context(|| writing(name))?;
                finish(w, name)?;
            }
            let chart_dir = tmp_path.join("charts");
            fs::create_dir(&chart_dir).with_context(|| creating("charts/"))?;
            let charts =
                crate::chart::draw_all(f, &opts.charts, opts.png.then_some(chart_dir.as_path()))?;
            for c in &charts {
                let name = format!("charts/{}.svg", c.name);
                fs::write(tmp_path.join(&name), &c.svg).with_context(|| writing(name))?;
            }
            let doc = sections::document(f, opts);
            let mut w = create(&tmp_path.join(MARKDOWN_FILE))?;
            write_markdown(&doc, &mut w).with_context(|| writing(MARKDOWN_FILE))?;
            finish(w, MARKDOWN_FILE)?;
            let mut w = create(&tmp_path.join(HTML_FILE))?;
            html::write_html(&doc, &charts, &mut w).with_context(|| writing(HTML_FILE))?;
            finish(w, HTML_FILE)?;
            let xlsx = workbook::file_name(doc.lang);
            let mut w = create(&tmp_path.join(xlsx))?;
            workbook::write_workbook(f, &doc, &mut w).with_context(|| writing(xlsx))?;
            finish(w, xlsx)?;
            // The networks list every link with its count: not under
            // --min-count (the privacy section says so).
            if opts.graphs && f.summary.privacy.min_count <= 1 {
                let graphs = tmp_path.join("graphs");
                fs::create_dir(&graphs).with_context(|| creating("graphs/"))?;
                for (name, write, _) in GRAPHS {
                    let mut w = create(&graphs.join(name))?;
                    write(f, &mut w).with_context(|| writing(format!("graphs/{name}")))?;
                    finish(w, name)?;
                }
            }
            Ok(())
        })();
        let pairs = match pairs.join() {
            Ok(r) => r,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        rest.and(pairs)
    })
}

fn check_replaceable(dir: &Path) -> Result<()> {
    match fs::metadata(dir) {
        Err(_) => Ok(()),
        Ok(m) if !m.is_dir() => bail!(
            "{}",
            t!(
                Lang::current(),
                "err-out-not-folder",
                path = dir.display().to_string()
            )
        ),
        Ok(_) => {
            let mut entries = fs::read_dir(dir).with_context(|| {
                t!(
                    Lang::current(),
                    "ctx-reading",
                    path = dir.display().to_string()
                )
            })?;
            if entries.next().is_none() || dir.join(SUMMARY_FILE).is_file() {
                Ok(())
            } else {
                bail!(
                    "{}",
                    t!(
                        Lang::current(),
                        "err-out-not-report",
                        path = dir.display().to_string(),
                        summary = SUMMARY_FILE
                    )
                )
            }
        }
    }
}

fn swap_into_place(tmp: tempfile::TempDir, dir: &Path) -> Result<()> {
    if !dir.exists() {
        let tmp_path = tmp.keep();
        return fs::rename(&tmp_path, dir).with_context(|| {
            let _ = fs::remove_dir_all(&tmp_path);
            t!(
                Lang::current(),
                "ctx-move",
                path = dir.display().to_string()
            )
        });
    }
    // Move the old report aside, put the new one in place, then delete the old.
    let parent = tmp
        .path()
        .parent()
        .expect("a temporary folder has a parent")
        .to_path_buf();
    let old = tempfile::Builder::new()
        .prefix(".maillage-old-")
        .tempdir_in(&parent)
        .with_context(|| t!(Lang::current(), "ctx-replace"))?;
    let old_path = old.path().join("report");
    fs::rename(dir, &old_path).with_context(|| {
        t!(
            Lang::current(),
            "ctx-move-aside",
            path = dir.display().to_string()
        )
    })?;
    let tmp_path = tmp.keep();
    if let Err(e) = fs::rename(&tmp_path, dir) {
        let _ = fs::rename(&old_path, dir);
        let _ = fs::remove_dir_all(&tmp_path);
        return Err(e).with_context(|| {
            t!(
                Lang::current(),
                "ctx-move",
                path = dir.display().to_string()
            )
        });
    }
    drop(old); // removes the previous report
    Ok(())
}
