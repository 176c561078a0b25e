//! Report stage: [`Findings`] -> the output folder (`summary.json`,
//! `groups.csv`, `pairs.csv`, `connectors.csv`, `report.md`). Writers take
//! `impl Write`; [`write_folder`] assembles them in a temporary folder and
//! swaps it into place only when every file is complete.

mod csv_out;
mod decimal;
pub mod graph;
pub mod html;
mod markdown;
pub mod tables;
mod text;

pub use csv_out::{
    write_address_folds, write_connectors, write_groups, write_pairs, write_possible_duplicates,
};
pub use markdown::write_markdown;
pub use text::{format_count, format_percent, write_inspection, write_terminal_summary};

use crate::analyse::Findings;
use crate::chart::ChartOptions;
use anyhow::{bail, Context, Result};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The file that marks a folder as a maillage report (and is required before
/// an existing folder is replaced).
pub const SUMMARY_FILE: &str = "summary.json";

/// Writes `summary.json` (pretty JSON, trailing newline).
pub fn write_summary_json(f: &Findings, mut w: impl Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut w, &f.summary)?;
    w.write_all(b"\n")?;
    Ok(())
}

type Writer = fn(&Findings, &mut dyn Write) -> Result<()>;

/// Written on its own thread, beside the files of [`FILES`].
const PAIRS_FILE: &str = "pairs.csv";

const FILES: &[(&str, Writer)] = &[
    (SUMMARY_FILE, |f, w| write_summary_json(f, w)),
    ("groups.csv", |f, w| write_groups(f, w)),
    ("connectors.csv", |f, w| write_connectors(f, w)),
    ("possible_duplicates.csv", |f, w| {
        write_possible_duplicates(f, w)
    }),
    ("address_folds.csv", |f, w| write_address_folds(f, w)),
    ("report.md", |f, w| write_markdown(f, w)),
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
}

fn create(path: &Path) -> Result<BufWriter<fs::File>> {
    let file = fs::File::create(path).with_context(|| format!("writing {}", path.display()))?;
    Ok(BufWriter::new(file))
}

fn finish(mut w: BufWriter<fs::File>, name: &str) -> Result<()> {
    w.flush().with_context(|| format!("writing {name}"))?;
    w.into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("writing {name}"))?;
    Ok(())
}

/// Writes the whole report folder at `dir`, atomically: files go to a
/// temporary folder beside it, which replaces `dir` only once complete. An
/// existing `dir` is replaced only if it is empty or an earlier report
/// (holds `summary.json`), so a mistyped `--out` cannot wipe other files.
/// Besides the tables: `charts/` (SVG, PNG with `png`), `index.html`, and
/// with `graphs`, `graphs/` (GraphML, GEXF).
pub fn write_folder(f: &Findings, dir: &Path, opts: &ReportOptions) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    check_replaceable(dir)?;
    fs::create_dir_all(&parent).with_context(|| format!("creating {}", parent.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".maillage-new-")
        .tempdir_in(&parent)
        .with_context(|| format!("creating a temporary folder in {}", parent.display()))?;
    let tmp_path = tmp.path();
    std::thread::scope(|scope| -> Result<()> {
        // pairs.csv is by far the largest file, and writing it is mostly the
        // kernel copying pages on one core: it gets its own thread, and the
        // other files, the UpSet counts and the charts are made meanwhile.
        let pairs = scope.spawn(|| -> Result<()> {
            let mut w = create(&tmp_path.join(PAIRS_FILE))?;
            write_pairs(f, &mut w).context("writing pairs.csv")?;
            finish(w, PAIRS_FILE)
        });
        let rest = (|| -> Result<()> {
            for (name, write) in FILES {
                let mut w = create(&tmp_path.join(name))?;
                write(f, &mut w).with_context(|| format!("writing {name}"))?;
                finish(w, name)?;
            }
            let chart_dir = tmp_path.join("charts");
            fs::create_dir(&chart_dir).context("creating charts/")?;
            let charts =
                crate::chart::draw_all(f, &opts.charts, opts.png.then_some(chart_dir.as_path()))?;
            for c in &charts {
                let name = format!("charts/{}.svg", c.name);
                fs::write(tmp_path.join(&name), &c.svg)
                    .with_context(|| format!("writing {name}"))?;
            }
            let mut w = create(&tmp_path.join("index.html"))?;
            html::write_html(f, &charts, opts.charts.lang, &mut w).context("writing index.html")?;
            finish(w, "index.html")?;
            if opts.graphs {
                let graphs = tmp_path.join("graphs");
                fs::create_dir(&graphs).context("creating graphs/")?;
                type GraphWriter<'a> = Box<dyn Fn(&mut dyn Write) -> Result<()> + 'a>;
                let writers: [(&str, GraphWriter); 4] = [
                    (
                        "groups.graphml",
                        Box::new(|w| graph::write_groups_graphml(f, w)),
                    ),
                    ("groups.gexf", Box::new(|w| graph::write_groups_gexf(f, w))),
                    (
                        "bipartite.graphml",
                        Box::new(|w| graph::write_bipartite_graphml(f, w)),
                    ),
                    (
                        "bipartite.gexf",
                        Box::new(|w| graph::write_bipartite_gexf(f, w)),
                    ),
                ];
                for (name, write) in writers {
                    let mut w = create(&graphs.join(name))?;
                    write(&mut w).with_context(|| format!("writing graphs/{name}"))?;
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
    })?;
    swap_into_place(tmp, dir)
}

fn check_replaceable(dir: &Path) -> Result<()> {
    match fs::metadata(dir) {
        Err(_) => Ok(()),
        Ok(m) if !m.is_dir() => bail!(
            "{} exists and is not a folder; choose another --out",
            dir.display()
        ),
        Ok(_) => {
            let mut entries =
                fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
            if entries.next().is_none() || dir.join(SUMMARY_FILE).is_file() {
                Ok(())
            } else {
                bail!(
                    "{} exists and is not a maillage report (no {SUMMARY_FILE}); refusing to replace it: choose an empty or new --out folder",
                    dir.display()
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
            format!("moving the report to {}", dir.display())
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
        .context("preparing to replace the previous report")?;
    let old_path = old.path().join("report");
    fs::rename(dir, &old_path)
        .with_context(|| format!("moving the previous report {} aside", dir.display()))?;
    let tmp_path = tmp.keep();
    if let Err(e) = fs::rename(&tmp_path, dir) {
        let _ = fs::rename(&old_path, dir);
        let _ = fs::remove_dir_all(&tmp_path);
        return Err(e).with_context(|| format!("moving the report to {}", dir.display()));
    }
    drop(old); // removes the previous report
    Ok(())
}
