//! Report stage, plain text for the terminal: the headline figures of
//! `maillage summary`, what `maillage inspect` found, the warnings and the
//! closing lines, in the user's language (words from the catalogue).

use crate::analyse::Findings;
use crate::lang::Lang;
use crate::memberships::{
    describe_delimiter, describe_layout, FileDiagnostics, NotRead, RoleCounts, SkipReason,
};
use crate::t;
use anyhow::Result;
use std::io::Write;

/// `1234567` -> `1,234,567` (English).
pub fn format_count(n: u64) -> String {
    Lang::En.count(n)
}

/// A rate in [0, 1] as a percentage with one decimal: `0.1523` -> `15.2%`
/// (English).
pub fn format_percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

/// A label and its value, aligned.
fn row(w: &mut dyn Write, label: String, value: String) -> Result<()> {
    let pad = 21usize.saturating_sub(label.chars().count()).max(1);
    writeln!(w, "{label}{}{value}", " ".repeat(pad))?;
    Ok(())
}

/// The headline figures, for the terminal.
pub fn write_terminal_summary(f: &Findings, l: Lang, w: &mut dyn Write) -> Result<()> {
    let s = &f.summary;
    // Under --min-count, as summary.json and the report.
    let k = s.privacy.min_count;
    let persons = |n: u64| super::count_shown(l, k, n);
    writeln!(
        w,
        "{}",
        t!(
            l,
            "summary-headline",
            rate = l.percent(s.multi_membership_rate),
            persons = s.persons,
            multi = s.persons_in_2plus_groups
        )
    )?;
    row(w, t!(l, "summary-persons"), l.count(s.persons))?;
    row(w, t!(l, "summary-groups"), l.count(s.groups))?;
    row(w, t!(l, "summary-memberships"), l.count(s.memberships))?;
    row(
        w,
        t!(l, "summary-groups-per-person"),
        t!(
            l,
            "summary-on-average",
            mean = l.decimal(s.mean_groups_per_person, 2)
        ),
    )?;
    row(
        w,
        t!(l, "summary-overlapping-pairs"),
        l.count(s.overlapping_pairs),
    )?;
    row(
        w,
        t!(l, "summary-parts"),
        t!(
            l,
            "summary-parts-value",
            parts = s.components.len(),
            persons = persons(s.components.first().map_or(0, |c| c.persons)),
            groups = s.components.first().map_or(0, |c| c.groups)
        ),
    )?;
    row(
        w,
        t!(l, "summary-cut-point-persons"),
        persons(s.cut_point_persons),
    )?;
    row(
        w,
        t!(l, "summary-isolated"),
        format!(
            "{}{}",
            l.count(s.isolated_groups.len() as u64),
            list_suffix(l, &s.isolated_groups)
        ),
    )?;
    let hanging = super::hanging_groups(f);
    row(
        w,
        if k > 1 {
            t!(l, "summary-few-links", k = k)
        } else {
            t!(l, "summary-hanging")
        },
        format!(
            "{}{}",
            l.count(hanging.len() as u64),
            list_suffix(l, &hanging)
        ),
    )?;
    let i = &s.input;
    row(
        w,
        t!(l, "summary-input"),
        t!(
            l,
            "summary-input-value",
            rows = i.rows_read,
            duplicates = i.duplicates,
            skipped = i.rows_skipped
        ),
    )?;
    Ok(())
}

fn list_suffix(l: Lang, names: &[String]) -> String {
    const SHOWN: usize = 5;
    if names.is_empty() {
        return String::new();
    }
    let shown: Vec<&str> = names.iter().take(SHOWN).map(String::as_str).collect();
    let mut s = t!(l, "list-items", items = shown.join(", "));
    if names.len() > SHOWN {
        s.push_str(&t!(l, "list-and-more", n = names.len() - SHOWN));
    }
    s
}

/// Roles counted in a file, in words (`1 owner, 2 moderators`), if any.
pub fn describe_roles(l: Lang, r: &RoleCounts) -> Option<String> {
    let parts: Vec<String> = [
        (r.owners, "owners"),
        (r.managers, "managers"),
        (r.moderators, "moderators"),
        (r.facilitators, "facilitators"),
        (r.members, "members"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|&(n, kind)| t!(l, "roles-count", n = n, kind = kind))
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The last line of `maillage report`: where the report is, and its
/// headline.
pub fn done_line(f: &Findings, out: &std::path::Path, l: Lang) -> String {
    let s = &f.summary;
    t!(
        l,
        "done-report",
        out = out.display().to_string(),
        persons = s.persons,
        groups = s.groups,
        rate = l.percent(s.multi_membership_rate)
    )
}

/// The line `maillage generate` ends with.
pub fn generated_line(out: &std::path::Path, memberships: u64, l: Lang) -> String {
    t!(
        l,
        "done-generate",
        out = out.display().to_string(),
        n = memberships
    )
}

/// A file's skipped rows in words: `2 with an empty person value, 1 with
/// no group`.
fn skip_reasons(l: Lang, file: &FileDiagnostics) -> String {
    let reasons: Vec<String> = SkipReason::ALL
        .iter()
        .filter(|r| r.count(file) > 0)
        .map(|r| {
            t!(
                l,
                "warn-skipped-reason",
                n = r.count(file),
                why = r.describe(l)
            )
        })
        .collect();
    reasons.join(", ")
}

/// A file's skipped rows in a sentence (how many, why, the first lines),
/// or `None` when none was skipped.
pub fn skipped_rows(l: Lang, file: &FileDiagnostics) -> Option<String> {
    if file.skipped == 0 {
        return None;
    }
    let lines: Vec<String> = file.skipped_lines.iter().map(u64::to_string).collect();
    // A JSON export (Slack's) gives no line numbers.
    let at = if lines.is_empty() {
        String::new()
    } else {
        let more = if file.skipped as usize > lines.len() {
            "yes"
        } else {
            "no"
        };
        t!(
            l,
            "warn-lines",
            lines = lines.join(", "),
            count = lines.len(),
            more = more
        )
    };
    Some(t!(
        l,
        "warn-skipped",
        file = &file.file,
        n = file.skipped,
        reasons = skip_reasons(l, file),
        lines = at
    ))
}

/// The warnings of a run, one line each: rows read but not used and why,
/// files not read, what was read with a doubt, addresses folded, possible
/// duplicates.
pub fn warnings(f: &Findings, l: Lang) -> Vec<String> {
    let mut out = file_warnings(&f.summary.input.files, &f.summary.input.not_read, l);
    let privacy = &f.summary.privacy;
    if let Some(path) = &privacy.key_file_readable_by_others {
        out.push(t!(l, "warning", text = t!(l, "key-readable", path = path)));
    }
    let withheld = privacy.withholds_identities();
    let folds = f.address_folds.len();
    if folds > 0 {
        let key = if withheld {
            "warn-folds-withheld"
        } else {
            "warn-folds"
        };
        out.push(t!(
            l,
            "note",
            text = crate::messages::message(l, key, &[("n", folds.into())])
        ));
    }
    let dups = f.possible_duplicates.len();
    if dups > 0 {
        let key = if withheld {
            "warn-duplicates-withheld"
        } else {
            "warn-duplicates"
        };
        out.push(t!(
            l,
            "note",
            text = crate::messages::message(l, key, &[("n", dups.into())])
        ));
    }
    out
}

/// What `maillage reveal` prints: per pseudonym, who has it (with their
/// groups), or that nobody has.
pub fn write_revealed(
    found: &[crate::privacy::reveal::Revealed],
    l: Lang,
    w: &mut dyn Write,
) -> Result<()> {
    for r in found {
        if r.matches.is_empty() {
            writeln!(w, "{}", t!(l, "reveal-none", pseudonym = &r.pseudonym))?;
        }
        for m in &r.matches {
            if m.groups.is_empty() {
                writeln!(w, "{}\t{}", r.pseudonym, m.identifier)?;
            } else {
                writeln!(
                    w,
                    "{}\t{}\t{}",
                    r.pseudonym,
                    m.identifier,
                    m.groups.join("; ")
                )?;
            }
        }
    }
    Ok(())
}

/// The warnings about what was read: rows read but not used and why,
/// files not read, what was read with a doubt (unknown groups and role
/// words included).
pub fn file_warnings(files: &[FileDiagnostics], not_read: &[NotRead], l: Lang) -> Vec<String> {
    let warning = |text: String| t!(l, "warning", text = text);
    let mut out = Vec::new();
    for file in files {
        if let Some(text) = skipped_rows(l, file) {
            out.push(warning(text));
        }
    }
    for n in not_read {
        out.push(warning(t!(
            l,
            "warn-not-read",
            file = &n.file,
            why = n.why.describe(l)
        )));
    }
    for file in files {
        for notice in &file.notices {
            out.push(warning(t!(
                l,
                "warn-notice",
                file = &file.file,
                notice = notice.describe(l)
            )));
        }
    }
    out
}

/// Writes the group-descriptions template as CSV: `group,category,
/// territory,facilitators`, facilitators joined with `; `. Names that
/// would start a spreadsheet formula are prefixed with `'`, which
/// `--groups-info` takes off again when it matches group names.
pub fn write_groups_template(rows: &[crate::TemplateRow], w: &mut dyn Write) -> Result<()> {
    use super::csv_out::neutralise;
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(w);
    out.write_record(["group", "category", "territory", "facilitators"])?;
    for r in rows {
        let facilitators = r.facilitators.join("; ");
        out.write_record([
            neutralise(&r.group).as_ref(),
            neutralise(&r.category).as_ref(),
            neutralise(&r.territory).as_ref(),
            neutralise(&facilitators).as_ref(),
        ])?;
    }
    out.flush()?;
    Ok(())
}

/// What `maillage inspect` prints: per file, what was recognised and read;
/// then what was not read, and why.
pub fn write_inspection(inspection: &crate::Inspection, l: Lang, w: &mut dyn Write) -> Result<()> {
    let field = |w: &mut dyn Write, key: &str, value: String| -> Result<()> {
        let label = crate::messages::message(l, key, &[]);
        let pad = 13usize.saturating_sub(label.chars().count()).max(1);
        writeln!(w, "  {label}{}{value}", " ".repeat(pad))?;
        Ok(())
    };
    for (i, s) in inspection.files.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        writeln!(w, "{}", s.file)?;
        field(w, "inspect-format", s.format.describe(l))?;
        field(w, "inspect-layout", describe_layout(l, s.layout))?;
        field(w, "inspect-encoding", s.encoding.clone())?;
        field(w, "inspect-delimiter", describe_delimiter(l, &s.delimiter))?;
        field(w, "inspect-person", s.person_column.describe(l))?;
        field(w, "inspect-groups", s.group_column.describe(l))?;
        field(w, "inspect-rows", l.count(s.rows))?;
        field(w, "inspect-memberships", l.count(s.kept))?;
        field(w, "inspect-skipped", l.count(s.skipped))?;
        for why in SkipReason::ALL {
            let n = why.count(s);
            if n > 0 {
                writeln!(
                    w,
                    "    {:>10}  {}",
                    l.count(n),
                    t!(l, "inspect-with", why = why.describe(l))
                )?;
            }
        }
        if !s.described_columns.is_empty() {
            field(
                w,
                "inspect-described",
                t!(
                    l,
                    "inspect-described-value",
                    n = s.groups_described,
                    columns = s.described_columns.join(", ")
                ),
            )?;
        }
        if let Some(roles) = describe_roles(l, &s.roles) {
            field(w, "inspect-roles", roles)?;
        }
        if s.roles_dropped > 0 {
            field(
                w,
                "inspect-roles-left-out",
                t!(l, "inspect-roles-left-out-value", n = s.roles_dropped),
            )?;
        }
        for notice in &s.notices {
            field(w, "inspect-note", notice.describe(l))?;
        }
        if s.control_characters > 0 {
            field(
                w,
                "inspect-cleaned",
                t!(l, "inspect-cleaned-value", n = s.control_characters),
            )?;
        }
        if !s.skipped_lines.is_empty() {
            let lines: Vec<String> = s.skipped_lines.iter().map(u64::to_string).collect();
            writeln!(
                w,
                "  {}",
                t!(l, "inspect-first-skipped", lines = lines.join(", "))
            )?;
        }
    }
    if !inspection.not_read.is_empty() {
        writeln!(w, "\n{}", t!(l, "inspect-not-read"))?;
        for n in &inspection.not_read {
            writeln!(w, "  {}: {}", n.file, n.why.describe(l))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(format_count(0), "0");
        assert_eq!(format_count(999), "999");
        assert_eq!(format_count(1000), "1,000");
        assert_eq!(format_count(1234567), "1,234,567");
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(format_percent(0.1523), "15.2%");
        assert_eq!(format_percent(1.0), "100.0%");
        assert_eq!(format_percent(0.0), "0.0%");
    }
}
