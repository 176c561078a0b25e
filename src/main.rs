//! The `maillage` binary: parse the command line, call the library, print
//! the error, exit.

mod cli;

use clap::Parser;
use cli::{AnalyseArgs, ChartArgs, Cli, Command, InputArgs, SnapshotArgs};
use maillage::analyse::Findings;
use maillage::lang::Lang;
use maillage::{load::LoadOptions, report, Config};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    Lang::set_current(lang);
    match run(cli, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`maillage summary ... | head`) is not a failure.
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("{} {e:#}", maillage::t!(lang, "error-prefix"));
            ExitCode::FAILURE
        }
    }
}

fn config(input: &InputArgs, analyse: &AnalyseArgs, lang: Lang) -> Config {
    Config {
        report: Default::default(),
        privacy: Default::default(),
        analyse: maillage::analyse::AnalyseOptions {
            fdr: analyse.fdr,
            centrality_pivots: analyse.centrality_samples as usize,
        },
        inputs: input.files.clone(),
        load: LoadOptions {
            person_column: input.person.clone(),
            group_column: input.group.clone(),
            encoding: input.encoding.clone(),
            layout: input.layout,
            fold_gmail: input.fold_gmail,
            skip_invalid: input.skip_invalid,
            list_separator: input.list_separator,
            groups_info: input.groups_info.clone(),
            roles: input.roles.clone(),
            facilitators_group: input.facilitators_group.clone(),
            lang,
        },
    }
}

fn report_options(c: &ChartArgs, lang: Lang) -> report::ReportOptions {
    report::ReportOptions {
        charts: maillage::chart::ChartOptions {
            lang,
            top: c.top,
            min_size: c.min_size,
            min_degree: c.min_degree,
            max_groups: c.max_groups.max(1),
        },
        png: c.png,
        graphs: c.graphs,
        title: c.title.clone(),
        date: c.date.clone(),
    }
}

fn run(cli: Cli, lang: Lang) -> anyhow::Result<()> {
    match cli.command {
        Command::Report {
            input,
            out,
            analyse,
            charts,
            privacy,
        } => {
            let status = StatusLine::new(input.quiet, lang);
            let mut cfg = config(&input, &analyse, lang);
            cfg.report = report_options(&charts, lang);
            cfg.privacy = privacy.options();
            let findings = maillage::run_report_with(&cfg, &out, &|s| status.show(s))?;
            status.clear();
            warn(&findings, input.quiet, lang);
            if !input.quiet {
                eprintln!("{}", report::done_line(&findings, &out, lang));
            }
            // The process ends here: freeing millions of connector rows one
            // by one took half a second at 10M memberships, for memory the
            // system takes back at exit anyway.
            std::mem::forget(findings);
        }
        Command::Summary {
            input,
            analyse,
            privacy,
            json,
        } => {
            let status = StatusLine::new(input.quiet, lang);
            let mut cfg = config(&input, &analyse, lang);
            cfg.privacy = privacy.options();
            let findings = maillage::analyse_files_with(&cfg, &|s| status.show(s))?;
            status.clear();
            warn(&findings, input.quiet, lang);
            let mut out = std::io::stdout().lock();
            if json {
                report::write_summary_json(&findings, &mut out)?;
            } else {
                report::write_terminal_summary(&findings, lang, &mut out)?;
            }
            out.flush()?;
            // As for `report`: the process ends here.
            std::mem::forget(findings);
        }
        Command::Inspect { input, json } => {
            let sources = maillage::inspect(&config(&input, &AnalyseArgs::default(), lang))?;
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &sources)?;
                writeln!(out)?;
            } else {
                report::write_inspection(&sources, lang, &mut out)?;
            }
            out.flush()?;
        }
        Command::GroupsTemplate { input } => {
            let template =
                maillage::groups_template(&config(&input, &AnalyseArgs::default(), lang))?;
            if !input.quiet {
                for line in report::file_warnings(&template.files, &template.not_read, lang) {
                    eprintln!("{line}");
                }
            }
            let mut out = std::io::stdout().lock();
            report::write_groups_template(&template.rows, &mut out)?;
            out.flush()?;
        }
        Command::Compare {
            input,
            before,
            after,
            snapshots,
            privacy,
            out,
        } => {
            let sides = compare_sides(input.files.clone(), before, after, lang);
            let (list, mut opts) = snapshot_setup("compare", sides, &input, &snapshots, lang);
            opts.privacy = privacy.options();
            let [b, a]: [maillage::snapshots::Snapshot; 2] =
                list.try_into().expect("two sides were checked");
            let status = StatusLine::new(input.quiet, lang);
            let c = maillage::snapshots::run_compare(&b, &a, &opts, &out, &|s| status.show(s))?;
            status.clear();
            if !input.quiet {
                let unused: Vec<(&str, &str)> = c
                    .unused_renames
                    .iter()
                    .map(|(a, b)| (a.as_str(), b.as_str()))
                    .collect();
                let sides = [
                    (b.label.as_str(), &c.summary.input_before),
                    (a.label.as_str(), &c.summary.input_after),
                ];
                for line in report::compare::snapshot_warnings(sides.into_iter(), &unused, lang) {
                    eprintln!("{line}");
                }
                eprintln!("{}", report::compare::compare_done_line(&c, &out, lang));
            }
            // As for `report`: the process ends here.
            std::mem::forget(c);
        }
        Command::Trend {
            input,
            snapshots,
            privacy,
            out,
        } => {
            if input.files.len() < 3 {
                usage_error(
                    "trend",
                    maillage::t!(lang, "cli-trend-count", n = input.files.len()),
                );
            }
            let sides = input.files.iter().map(|f| vec![f.clone()]).collect();
            let (list, mut opts) = snapshot_setup("trend", sides, &input, &snapshots, lang);
            opts.privacy = privacy.options();
            let status = StatusLine::new(input.quiet, lang);
            let t = maillage::snapshots::run_trend(list, &opts, &out, &|s| status.show(s))?;
            status.clear();
            if !input.quiet {
                let unused: Vec<(&str, &str)> = t
                    .unused_renames
                    .iter()
                    .map(|(a, b)| (a.as_str(), b.as_str()))
                    .collect();
                let sides = t.points.iter().map(|p| (p.label.as_str(), &p.input));
                for line in report::compare::snapshot_warnings(sides, &unused, lang) {
                    eprintln!("{line}");
                }
                eprintln!("{}", report::compare::trend_done_line(&t, &out, lang));
            }
        }
        Command::Pseudonym {
            key_file,
            length,
            addresses,
        } => {
            let key = maillage::privacy::reveal::given_key(key_file.as_deref())?;
            let mut out = std::io::stdout().lock();
            for a in &addresses {
                let p = maillage::privacy::reveal::pseudonym_of(&key, a, length);
                writeln!(out, "{p}\t{a}")?;
            }
            out.flush()?;
        }
        Command::Reveal {
            input,
            key_file,
            pseudonyms,
        } => {
            let key = maillage::privacy::reveal::given_key(key_file.as_deref())?;
            let cfg = config(&input, &AnalyseArgs::default(), lang);
            let found =
                maillage::privacy::reveal::reveal(&cfg.inputs, &cfg.load, &key, &pseudonyms)?;
            let mut out = std::io::stdout().lock();
            report::write_revealed(&found, lang, &mut out)?;
            out.flush()?;
            if found.iter().any(|f| f.matches.is_empty()) {
                return Err(anyhow::anyhow!(maillage::t!(lang, "reveal-not-found")));
            }
        }
        Command::Generate {
            memberships,
            groups,
            seed,
            out,
        } => {
            let opts = maillage::generate::GenerateOptions {
                memberships,
                groups,
                seed,
            };
            let n = maillage::write_generated(&opts, &out)?;
            eprintln!("{}", report::generated_line(&out, n, lang));
        }
    }
    Ok(())
}

/// Stops with a usage error of `maillage SUBCOMMAND` (exit code 2), as
/// clap does for the errors it finds itself.
fn usage_error(subcommand: &str, message: String) -> ! {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    cmd.build();
    let sub = cmd
        .find_subcommand_mut(subcommand)
        .expect("a subcommand of the command line");
    sub.error(clap::error::ErrorKind::ValueValidation, message)
        .exit()
}

/// The two sides of `compare`: given by position, or with --before and
/// --after (one side may be given each way).
fn compare_sides(
    positional: Vec<std::path::PathBuf>,
    before: Vec<std::path::PathBuf>,
    after: Vec<std::path::PathBuf>,
    lang: Lang,
) -> Vec<Vec<std::path::PathBuf>> {
    let mut positional = positional.into_iter();
    let mut side = |given: Vec<std::path::PathBuf>| {
        if given.is_empty() {
            positional.next().map(|p| vec![p])
        } else {
            Some(given)
        }
    };
    let (b, a) = (side(before), side(after));
    match (b, a, positional.next()) {
        (Some(b), Some(a), None) => vec![b, a],
        _ => usage_error("compare", maillage::t!(lang, "cli-compare-sides")),
    }
}

/// The snapshots of `compare` or `trend`, labelled, and how to read them;
/// a usage error for labels or renamings that cannot be used.
fn snapshot_setup(
    subcommand: &str,
    inputs: Vec<Vec<std::path::PathBuf>>,
    input: &InputArgs,
    s: &SnapshotArgs,
    lang: Lang,
) -> (
    Vec<maillage::snapshots::Snapshot>,
    maillage::snapshots::SnapshotOptions,
) {
    use maillage::t;
    if let Some(labels) = &s.labels {
        if labels.len() != inputs.len() {
            usage_error(
                subcommand,
                t!(
                    lang,
                    "cli-labels-count",
                    given = labels.len(),
                    needed = inputs.len()
                ),
            );
        }
        let trimmed: Vec<&str> = labels.iter().map(|l| l.trim()).collect();
        if trimmed.iter().any(|l| l.is_empty()) {
            usage_error(subcommand, t!(lang, "cli-labels-empty"));
        }
        for (i, l) in trimmed.iter().enumerate() {
            if trimmed[..i].contains(l) {
                usage_error(subcommand, t!(lang, "cli-labels-distinct", label = *l));
            }
        }
    }
    let renames = maillage::renames::Renames::parse(&s.rename)
        .unwrap_or_else(|e| usage_error(subcommand, e.describe(lang)));
    let list = maillage::snapshots::label_snapshots(inputs, s.labels.as_deref());
    let opts = maillage::snapshots::SnapshotOptions {
        load: config(input, &AnalyseArgs::default(), lang).load,
        renames,
        report: report::ReportOptions {
            charts: maillage::chart::ChartOptions {
                lang,
                max_groups: s.max_groups.max(1),
                ..Default::default()
            },
            png: s.png,
            graphs: false,
            title: s.title.clone(),
            date: s.date.clone(),
        },
        privacy: Default::default(),
    };
    (list, opts)
}

/// One line on the terminal saying which stage runs and since when
/// (indicatif, which draws nothing when standard error is not a terminal);
/// none with --quiet.
struct StatusLine {
    bar: Option<indicatif::ProgressBar>,
    lang: Lang,
}

impl StatusLine {
    fn new(quiet: bool, lang: Lang) -> Self {
        let bar = (!quiet).then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                None,
                indicatif::ProgressDrawTarget::stderr(),
            );
            let style = indicatif::ProgressStyle::with_template("[{elapsed:>4}] {spinner} {msg}…")
                .expect("a valid template");
            bar.set_style(style);
            bar.enable_steady_tick(std::time::Duration::from_millis(200));
            bar
        });
        StatusLine { bar, lang }
    }

    fn show(&self, stage: maillage::Stage) {
        if let Some(bar) = &self.bar {
            bar.set_message(stage.describe(self.lang));
        }
    }

    fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Prints the run's warnings on standard error, unless --quiet.
fn warn(f: &Findings, quiet: bool, lang: Lang) {
    if !quiet {
        for line in report::warnings(f, lang) {
            eprintln!("{line}");
        }
    }
}
