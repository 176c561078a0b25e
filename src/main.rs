//! The `maillage` binary: parse the command line, call the library, print
//! the error, exit.

mod cli;

use clap::Parser;
use cli::{ChartArgs, Cli, Command, InputArgs};
use maillage::analyse::Findings;
use maillage::{load::LoadOptions, report, Config};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
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

fn config(input: &InputArgs) -> Config {
    Config {
        report: Default::default(),
        inputs: input.files.clone(),
        load: LoadOptions {
            person_column: input.person.clone(),
            group_column: input.group.clone(),
            encoding: input.encoding.clone(),
            layout: input.layout,
            fold_gmail: input.fold_gmail,
            skip_invalid: input.skip_invalid,
        },
    }
}

fn report_options(c: &ChartArgs) -> report::ReportOptions {
    report::ReportOptions {
        charts: maillage::chart::ChartOptions {
            lang: c.lang,
            top: c.top,
            min_size: c.min_size,
            min_degree: c.min_degree,
            max_groups: c.max_groups.max(1),
        },
        png: c.png,
        graphs: c.graphs,
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Report { input, out, charts } => {
            let status = StatusLine::new(input.quiet);
            let mut cfg = config(&input);
            cfg.report = report_options(&charts);
            let findings = maillage::run_report_with(&cfg, &out, &|s| status.show(s))?;
            status.clear();
            warn(&findings, input.quiet);
            if !input.quiet {
                let s = &findings.summary;
                eprintln!(
                    "wrote {}: {} persons, {} groups, multi-membership rate {}",
                    out.display(),
                    report::format_count(s.persons),
                    report::format_count(s.groups),
                    report::format_percent(s.multi_membership_rate)
                );
            }
            // The process ends here: freeing millions of connector rows one
            // by one took half a second at 10M memberships, for memory the
            // system takes back at exit anyway.
            std::mem::forget(findings);
        }
        Command::Summary { input, json } => {
            let status = StatusLine::new(input.quiet);
            let findings = maillage::analyse_files_with(&config(&input), &|s| status.show(s))?;
            status.clear();
            warn(&findings, input.quiet);
            let mut out = std::io::stdout().lock();
            if json {
                report::write_summary_json(&findings, &mut out)?;
            } else {
                report::write_terminal_summary(&findings, &mut out)?;
            }
            out.flush()?;
            // As for `report`: the process ends here.
            std::mem::forget(findings);
        }
        Command::Inspect { input, json } => {
            let sources = maillage::inspect(&config(&input))?;
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &sources)?;
                writeln!(out)?;
            } else {
                report::write_inspection(&sources, &mut out)?;
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
            eprintln!(
                "wrote {}: {} memberships",
                out.display(),
                report::format_count(n)
            );
        }
    }
    Ok(())
}

/// One line on the terminal saying which stage runs and since when; only
/// when standard error is a terminal and --quiet is not given.
struct StatusLine {
    start: Option<std::time::Instant>,
}

impl StatusLine {
    fn new(quiet: bool) -> Self {
        use std::io::IsTerminal;
        StatusLine {
            start: (!quiet && std::io::stderr().is_terminal()).then(std::time::Instant::now),
        }
    }

    fn show(&self, stage: maillage::Stage) {
        if let Some(start) = self.start {
            eprint!(
                "\r\x1b[2K[{:>6.1} s] {}…",
                start.elapsed().as_secs_f64(),
                stage.describe()
            );
        }
    }

    fn clear(&self) {
        if self.start.is_some() {
            eprint!("\r\x1b[2K");
        }
    }
}

/// Warnings about rows that were read but not used.
fn warn(f: &Findings, quiet: bool) {
    if quiet {
        return;
    }
    for file in &f.summary.input.files {
        if file.skipped > 0 {
            let lines: Vec<String> = file.skipped_lines.iter().map(u64::to_string).collect();
            let reasons: Vec<String> = [
                (file.skipped_empty_person, "an empty person value"),
                (file.skipped_empty_group, "no group"),
                (file.skipped_invalid, "the wrong number of fields"),
                (file.skipped_not_validated, "an order not validated"),
                (file.skipped_bots, "a bot account"),
                (file.skipped_deactivated, "a deactivated or deleted account"),
                (file.skipped_banned, "a banned member"),
            ]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, why)| format!("{n} with {why}"))
            .collect();
            // A JSON export (Slack's) gives no line numbers.
            let at = match lines.len() {
                0 => String::new(),
                n if file.skipped as usize > n => format!(" (line(s) {}, ...)", lines.join(", ")),
                _ => format!(" (line(s) {})", lines.join(", ")),
            };
            eprintln!(
                "warning: {}: skipped {} row(s): {}{at}",
                file.file,
                file.skipped,
                reasons.join(", "),
            );
        }
    }
    let folds = f.address_folds.len();
    if folds > 0 {
        eprintln!("note: --fold-gmail rewrote {folds} Gmail address(es); see address_folds.csv");
    }
    let dups = f.possible_duplicates.len();
    if dups > 0 {
        eprintln!(
            "note: {dups} display name(s) are shared by people with different addresses; they were not merged (see possible_duplicates.csv)"
        );
    }
}
