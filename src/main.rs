//! The `maillage` binary: parse the command line, call the library, print
//! the error, exit.

mod cli;

use clap::Parser;
use cli::{AnalyseArgs, ChartArgs, Cli, Command, InputArgs};
use maillage::analyse::Findings;
use maillage::lang::Lang;
use maillage::{load::LoadOptions, report, Config};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
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
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn config(input: &InputArgs, analyse: &AnalyseArgs) -> Config {
    Config {
        report: Default::default(),
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
        } => {
            let status = StatusLine::new(input.quiet, lang);
            let mut cfg = config(&input, &analyse);
            cfg.report = report_options(&charts, lang);
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
            json,
        } => {
            let status = StatusLine::new(input.quiet, lang);
            let findings =
                maillage::analyse_files_with(&config(&input, &analyse), &|s| status.show(s))?;
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
            let sources = maillage::inspect(&config(&input, &AnalyseArgs::default()))?;
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &sources)?;
                writeln!(out)?;
            } else {
                report::write_inspection(&sources, lang, &mut out)?;
            }
            out.flush()?;
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
