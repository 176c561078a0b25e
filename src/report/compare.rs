//! Report stage, comparisons over time: a [`Comparison`] (two snapshots)
//! or a [`Trend`] (three or more) -> their output folders, written as the
//! report's is (atomically, with [`super::write_atomically`]; CSV tables
//! from [`super::tables`], formula-safe; names escaped in report.md,
//! index.html and the charts). [`compare_outputs`] and [`trend_outputs`]
//! list the files.

use super::compare_page;
use super::csv_out::{write_table_of, NamesGroups};
use super::tables::Table;
use super::{Output, ReportOptions, When, SUMMARY_FILE};
use crate::analyse::compare::{Comparison, GroupChange, LostLink, PairChange, PersonChange};
use crate::analyse::trend::{Trend, TrendGroup, TrendPoint};
use crate::chart::{self, Chart};
use crate::lang::Lang;
use crate::t;
use anyhow::{Context, Result};
use serde::Serialize;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

const MARKDOWN_FILE: &str = "report.md";
const HTML_FILE: &str = "index.html";

/// Every file of a comparison folder, in the order `--help` lists them.
pub fn compare_outputs() -> Vec<Output> {
    let mut v = vec![
        output(
            SUMMARY_FILE,
            "headline figures before, after and their change; persons who joined, left, became or stopped being connectors",
        ),
        output(
            GroupChange::FILE,
            "every group of either export: status, members, joined, left, shared rate before and after",
        ),
        output(
            PairChange::FILE,
            "every pair of groups sharing someone in either export: gained, lost, up, down, same",
        ),
        output(
            LostLink::FILE,
            "pairs of groups that no longer share anyone, and who linked them",
        ),
        output(
            PersonChange::FILE,
            "every person whose groups changed, joined or left (not written with --min-count)",
        ),
        output(MARKDOWN_FILE, "what changed, in sentences"),
        output(HTML_FILE, "the comparison as one web page"),
    ];
    charts(
        &mut v,
        chart::COMPARE_CHARTS.iter().map(|c| (c.name, c.what)),
    );
    v
}

/// Every file of a trend folder, in the order `--help` lists them.
pub fn trend_outputs() -> Vec<Output> {
    let mut v = vec![
        output(SUMMARY_FILE, "the headline figures of every snapshot"),
        output(TrendPoint::FILE, "one row per snapshot, in label order"),
        output(
            TrendGroup::FILE,
            "each group's members and shared rate in each snapshot",
        ),
        output(MARKDOWN_FILE, "how the figures moved, in sentences"),
        output(HTML_FILE, "the trend as one web page"),
    ];
    charts(&mut v, chart::TREND_CHARTS.iter().map(|c| (c.name, c.what)));
    v
}

fn output(path: &str, what: &'static str) -> Output {
    Output {
        path: path.to_string(),
        what,
        when: When::Always,
    }
}

fn charts<'a>(v: &mut Vec<Output>, list: impl Iterator<Item = (&'a str, &'static str)> + Clone) {
    for (name, what) in list.clone() {
        v.push(output(&format!("charts/{name}.svg"), what));
    }
    for (name, _) in list {
        v.push(Output {
            path: format!("charts/{name}.png"),
            what: "the same, as PNG",
            when: When::Png,
        });
    }
}

/// `maillage compare --help`: what it does, and the files it writes.
pub fn compare_help() -> String {
    outputs_help(
        "Compare two exports of the network: what changed between them.\n\nBEFORE and AFTER are each what `report` reads: a file, a folder or a zip; an export of several files is given with --before FILE... and --after FILE... Both are read with the same options and the same identity rules, so a person is the same person in both. A group renamed between the exports keeps its history with --rename OLD=NEW.",
        compare_outputs(),
    )
}

/// `maillage trend --help`.
pub fn trend_help() -> String {
    outputs_help(
        "Follow the figures over three exports or more (snapshots), in the order of their labels (--labels, or their file or folder names: name them by date, 2025-01, 2025-09...).",
        trend_outputs(),
    )
}

/// `--help` of a command writing `outputs`, after `intro`.
fn outputs_help(intro: &str, outputs: Vec<Output>) -> String {
    let mut s = String::from(intro);
    s.push_str("\n\nThe folder is replaced only when the new one is complete, and only if it is new, empty, or an earlier output of maillage. It holds:\n");
    for o in outputs {
        let when = if o.when == When::Png {
            " (with --png)"
        } else {
            ""
        };
        s.push_str(&format!("\n  {:<28} {}{when}", o.path, o.what));
    }
    s
}

/// Writes a file of the folder with `write`.
fn file(dir: &Path, name: &str, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let path = dir.join(name);
    let f = fs::File::create(&path).with_context(|| format!("writing {}", path.display()))?;
    let mut w = BufWriter::new(f);
    write(&mut w).with_context(|| format!("writing {name}"))?;
    w.flush().with_context(|| format!("writing {name}"))?;
    Ok(())
}

fn json(value: &impl Serialize, w: &mut dyn Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    w.write_all(b"\n")?;
    Ok(())
}

fn table<S: NamesGroups, T: Table<S>>(dir: &Path, s: &S) -> Result<()> {
    file(dir, T::FILE, |w| write_table_of::<S, T>(s, w))
}

/// The charts, as SVG files under `charts/` (and PNG with `png`).
fn write_charts(
    dir: &Path,
    png: bool,
    draw: impl FnOnce(Option<&Path>) -> Result<Vec<Chart>>,
) -> Result<Vec<Chart>> {
    let chart_dir = dir.join("charts");
    fs::create_dir(&chart_dir).context("creating charts/")?;
    let charts = draw(png.then_some(chart_dir.as_path()))?;
    for c in &charts {
        let name = format!("charts/{}.svg", c.name);
        fs::write(dir.join(&name), &c.svg).with_context(|| format!("writing {name}"))?;
    }
    Ok(charts)
}

/// The counts of persons in a comparison's `summary.json` that
/// `--min-count` withholds, each with those that would give it back from
/// the published totals (joined + stayed = persons after, left + stayed
/// = persons before; the same for memberships).
pub const COMPARE_SMALL_SCALARS: &[super::SmallScalar] = &[
    ("/persons/joined", &["/persons/stayed"]),
    ("/persons/left", &["/persons/stayed"]),
    ("/persons/stayed", &["/persons/joined", "/persons/left"]),
    ("/persons/groups_changed", &[]),
    ("/persons/new_connectors", &[]),
    ("/persons/joined_in_2plus_groups", &[]),
    (
        "/persons/connectors_lost",
        &[
            "/persons/connectors_lost_left",
            "/persons/connectors_lost_back_to_one",
        ],
    ),
    (
        "/persons/connectors_lost_left",
        &["/persons/connectors_lost"],
    ),
    (
        "/persons/connectors_lost_back_to_one",
        &["/persons/connectors_lost"],
    ),
    ("/memberships/new", &["/memberships/kept"]),
    ("/memberships/ended", &["/memberships/kept"]),
    (
        "/memberships/kept",
        &["/memberships/new", "/memberships/ended"],
    ),
    ("/before/cut_point_persons", &["/change/cut_point_persons"]),
    ("/after/cut_point_persons", &["/change/cut_point_persons"]),
    ("/before/group_sizes/min", &[]),
    ("/after/group_sizes/min", &[]),
];

/// The lists of a comparison's `summary.json` with counts of persons.
pub const COMPARE_SMALL_LISTS: &[super::SmallList] = &[
    ("/before/degree_distribution", "persons", &[]),
    ("/after/degree_distribution", "persons", &[]),
];

/// The counts of persons of each snapshot in a trend's `summary.json`
/// that `--min-count` withholds (pointers within a snapshot).
pub const TREND_SMALL_SCALARS: &[super::SmallScalar] =
    &[("/cut_point_persons", &[]), ("/group_sizes/min", &[])];

/// The lists of each snapshot in a trend's `summary.json` with counts of
/// persons.
pub const TREND_SMALL_LISTS: &[super::SmallList] = &[("/degree_distribution", "persons", &[])];

/// A comparison's `summary.json`, small counts withheld under
/// `--min-count`.
pub fn compare_summary(c: &Comparison) -> super::WithheldJson {
    let k = c.summary.privacy.min_count;
    let mut v = serde_json::to_value(&c.summary).expect("a comparison's summary is JSON");
    if k > 1 {
        super::withhold_in_json(&mut v, k, COMPARE_SMALL_SCALARS, COMPARE_SMALL_LISTS);
    }
    super::WithheldJson::new(v, k)
}

/// Writes the comparison folder at `dir`, atomically. Under
/// `--min-count`, `persons.csv` is not written (see
/// [`super::tables::Suppression`]).
pub fn write_compare_folder(c: &Comparison, dir: &Path, opts: &ReportOptions) -> Result<()> {
    let withholds_persons = c.summary.privacy.min_count > 1;
    super::write_atomically(dir, |tmp| {
        std::thread::scope(|scope| -> Result<()> {
            // pairs.csv and persons.csv are the large files: on their own
            // threads, beside the rest.
            let pairs = scope.spawn(|| table::<Comparison, PairChange>(tmp, c));
            let persons = scope.spawn(|| {
                if withholds_persons {
                    return Ok(());
                }
                table::<Comparison, PersonChange>(tmp, c)
            });
            let rest = (|| -> Result<()> {
                file(tmp, SUMMARY_FILE, |w| json(compare_summary(c).value(), w))?;
                table::<Comparison, GroupChange>(tmp, c)?;
                table::<Comparison, LostLink>(tmp, c)?;
                let charts = write_charts(tmp, opts.png, |png| {
                    chart::draw_compare(c, &opts.charts, png)
                })?;
                file(tmp, MARKDOWN_FILE, |w| {
                    compare_page::write_compare_markdown(c, &charts, opts, w)
                })?;
                file(tmp, HTML_FILE, |w| {
                    compare_page::write_compare_html(c, &charts, opts, w)
                })
            })();
            let join = |h: std::thread::ScopedJoinHandle<'_, Result<()>>| match h.join() {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            let (pairs, persons) = (join(pairs), join(persons));
            rest.and(pairs).and(persons)
        })
    })
}

/// `summary.json` of a trend.
#[derive(Serialize)]
struct TrendSummary<'a> {
    snapshots: Vec<TrendSnapshot<'a>>,
    privacy: &'a crate::privacy::Privacy,
}

#[derive(Serialize)]
struct TrendSnapshot<'a> {
    label: &'a str,
    #[serde(flatten)]
    headline: &'a crate::analyse::compare::Headline,
    renamed: Vec<Renamed<'a>>,
}

#[derive(Serialize)]
struct Renamed<'a> {
    from: &'a str,
    to: &'a str,
}

/// Writes the trend folder at `dir`, atomically.
pub fn write_trend_folder(t: &Trend, dir: &Path, opts: &ReportOptions) -> Result<()> {
    let summary = TrendSummary {
        snapshots: t
            .points
            .iter()
            .map(|p| TrendSnapshot {
                label: &p.label,
                headline: &p.headline,
                renamed: p
                    .renamed
                    .iter()
                    .map(|(from, to)| Renamed { from, to })
                    .collect(),
            })
            .collect(),
        privacy: &t.privacy,
    };
    let mut summary = serde_json::to_value(&summary)?;
    let k = t.privacy.min_count;
    if k > 1 {
        if let Some(serde_json::Value::Array(snapshots)) = summary.get_mut("snapshots") {
            for s in snapshots {
                super::withhold_in_json(s, k, TREND_SMALL_SCALARS, TREND_SMALL_LISTS);
            }
        }
    }
    super::write_atomically(dir, |tmp| {
        file(tmp, SUMMARY_FILE, |w| json(&summary, w))?;
        table::<Trend, TrendPoint>(tmp, t)?;
        table::<Trend, TrendGroup>(tmp, t)?;
        let charts = write_charts(tmp, opts.png, |png| chart::draw_trend(t, &opts.charts, png))?;
        file(tmp, MARKDOWN_FILE, |w| {
            compare_page::write_trend_markdown(t, &charts, opts, w)
        })?;
        file(tmp, HTML_FILE, |w| {
            compare_page::write_trend_html(t, &charts, opts, w)
        })
    })
}

/// The warnings of a comparison or a trend: what each snapshot's inputs
/// said (rows skipped, files not read, doubts), each line after the
/// snapshot's label; renamings that matched no group.
pub fn snapshot_warnings<'a>(
    sides: impl Iterator<Item = (&'a str, &'a crate::analyse::compare::SideInput)>,
    unused_renames: &[(&str, &str)],
    l: Lang,
) -> Vec<String> {
    let mut out = Vec::new();
    for (label, input) in sides {
        for w in super::file_warnings(&input.files, &input.not_read, l) {
            out.push(format!("[{label}] {w}"));
        }
    }
    for (old, new) in unused_renames {
        out.push(t!(
            l,
            "warning",
            text = t!(l, "warn-rename-unused", old = *old, new = *new)
        ));
    }
    out
}

/// The line `maillage compare` ends with.
pub fn compare_done_line(c: &Comparison, out: &Path, l: Lang) -> String {
    let s = &c.summary;
    // Under --min-count, as summary.json.
    let w = compare_summary(c);
    t!(
        l,
        "done-compare",
        out = out.display().to_string(),
        before = &s.before.label,
        after = &s.after.label,
        joined = w.count(l, "/persons/joined", s.persons.joined),
        left = w.count(l, "/persons/left", s.persons.left),
        rate_before = l.percent(s.before.headline.multi_membership_rate),
        rate_after = l.percent(s.after.headline.multi_membership_rate)
    )
}

/// The line `maillage trend` ends with.
pub fn trend_done_line(t: &Trend, out: &Path, l: Lang) -> String {
    t!(
        l,
        "done-trend",
        out = out.display().to_string(),
        n = t.points.len()
    )
}
