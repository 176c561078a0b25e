//! Report stage, plain text: number formatting shared by the writers, and
//! the headline figures printed by `maillage summary`.

use crate::analyse::Findings;
use crate::memberships::{RoleCounts, SkipReason};
use anyhow::Result;
use std::io::Write;

/// `1234567` -> `1,234,567`.
pub fn format_count(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A rate in [0, 1] as a percentage with one decimal: `0.1523` -> `15.2%`.
pub fn format_percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

/// The headline figures, for the terminal.
pub fn write_terminal_summary(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let s = &f.summary;
    writeln!(
        w,
        "{} of the {} persons belong to 2 or more groups ({} persons)",
        format_percent(s.multi_membership_rate),
        format_count(s.persons),
        format_count(s.persons_in_2plus_groups)
    )?;
    writeln!(w, "persons              {}", format_count(s.persons))?;
    writeln!(w, "groups               {}", format_count(s.groups))?;
    writeln!(w, "memberships          {}", format_count(s.memberships))?;
    writeln!(
        w,
        "groups per person    {:.2} on average",
        s.mean_groups_per_person
    )?;
    writeln!(
        w,
        "overlapping pairs    {}",
        format_count(s.overlapping_pairs)
    )?;
    writeln!(
        w,
        "components           {} (largest: {} persons, {} groups)",
        format_count(s.components.len() as u64),
        format_count(s.components.first().map_or(0, |c| c.persons)),
        format_count(s.components.first().map_or(0, |c| c.groups)),
    )?;
    writeln!(
        w,
        "cut-point persons    {}",
        format_count(s.cut_point_persons)
    )?;
    writeln!(
        w,
        "isolated groups      {}{}",
        s.isolated_groups.len(),
        list_suffix(&s.isolated_groups)
    )?;
    writeln!(
        w,
        "hanging on 1 person  {}{}",
        s.groups_hanging_on_one_person.len(),
        list_suffix(&s.groups_hanging_on_one_person)
    )?;
    let i = &s.input;
    writeln!(
        w,
        "input                {} rows, {} duplicates, {} skipped",
        format_count(i.rows_read),
        format_count(i.duplicates),
        format_count(i.rows_skipped)
    )?;
    Ok(())
}

fn list_suffix(names: &[String]) -> String {
    const SHOWN: usize = 5;
    if names.is_empty() {
        return String::new();
    }
    let mut s = format!(
        ": {}",
        names
            .iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    if names.len() > SHOWN {
        s.push_str(&format!(", and {} more", names.len() - SHOWN));
    }
    s
}

/// Roles counted in a file, in words (`1 owner, 2 moderators`), if any.
pub fn describe_roles(r: &RoleCounts) -> Option<String> {
    let parts: Vec<String> = [
        (r.owners, "owner"),
        (r.managers, "manager"),
        (r.moderators, "moderator"),
        (r.facilitators, "facilitator"),
        (r.members, "member"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| {
        format!(
            "{} {what}{}",
            format_count(*n),
            if *n == 1 { "" } else { "s" }
        )
    })
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The last line of `maillage report`: where the report is, and its
/// headline.
pub fn done_line(f: &Findings, out: &std::path::Path) -> String {
    let s = &f.summary;
    format!(
        "wrote {}: {} persons, {} groups, multi-membership rate {}",
        out.display(),
        format_count(s.persons),
        format_count(s.groups),
        format_percent(s.multi_membership_rate)
    )
}

/// The line `maillage generate` ends with.
pub fn generated_line(out: &std::path::Path, memberships: u64) -> String {
    format!(
        "wrote {}: {} memberships",
        out.display(),
        format_count(memberships)
    )
}

/// The warnings of a run, one line each: rows read but not used and why,
/// addresses folded, possible duplicates.
pub fn warnings(f: &Findings) -> Vec<String> {
    let mut out = Vec::new();
    for file in &f.summary.input.files {
        if file.skipped == 0 {
            continue;
        }
        let reasons: Vec<String> = SkipReason::ALL
            .iter()
            .filter(|r| r.count(file) > 0)
            .map(|r| format!("{} with {}", r.count(file), r.describe()))
            .collect();
        let lines: Vec<String> = file.skipped_lines.iter().map(u64::to_string).collect();
        // A JSON export (Slack's) gives no line numbers.
        let at = match lines.len() {
            0 => String::new(),
            n if file.skipped as usize > n => format!(" (line(s) {}, ...)", lines.join(", ")),
            _ => format!(" (line(s) {})", lines.join(", ")),
        };
        out.push(format!(
            "warning: {}: skipped {} row(s): {}{at}",
            file.file,
            file.skipped,
            reasons.join(", ")
        ));
    }
    for n in &f.summary.input.not_read {
        out.push(format!(
            "warning: {}: not read: {}",
            n.file,
            n.why.describe()
        ));
    }
    for file in &f.summary.input.files {
        for notice in &file.notices {
            out.push(format!("warning: {}: {}", file.file, notice.describe()));
        }
    }
    let folds = f.address_folds.len();
    if folds > 0 {
        out.push(format!(
            "note: --fold-gmail rewrote {folds} Gmail address(es); see address_folds.csv"
        ));
    }
    let dups = f.possible_duplicates.len();
    if dups > 0 {
        out.push(format!(
            "note: {dups} display name(s) are shared by people with different addresses; they were not merged (see possible_duplicates.csv)"
        ));
    }
    out
}

/// What `maillage inspect` prints: per file, what was recognised and read;
/// then what was not read, and why.
pub fn write_inspection(inspection: &crate::Inspection, w: &mut dyn Write) -> Result<()> {
    let sources = &inspection.files;
    for (i, s) in sources.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        writeln!(w, "{}", s.file)?;
        writeln!(w, "  format       {}", s.format)?;
        writeln!(w, "  layout       {}", s.layout)?;
        writeln!(w, "  encoding     {}", s.encoding)?;
        writeln!(w, "  delimiter    {}", s.delimiter)?;
        writeln!(w, "  person       {}", s.person_column)?;
        writeln!(w, "  groups       {}", s.group_column)?;
        writeln!(w, "  rows         {}", format_count(s.rows))?;
        writeln!(w, "  memberships  {}", format_count(s.kept))?;
        writeln!(w, "  skipped      {}", format_count(s.skipped))?;
        for why in SkipReason::ALL {
            let n = why.count(s);
            if n > 0 {
                writeln!(w, "    {:>10}  with {}", format_count(n), why.describe())?;
            }
        }
        if let Some(roles) = describe_roles(&s.roles) {
            writeln!(w, "  roles        {roles}")?;
        }
        if s.roles_dropped > 0 {
            writeln!(
                w,
                "  roles left out  {} (on groups with no member)",
                format_count(s.roles_dropped)
            )?;
        }
        for notice in &s.notices {
            writeln!(w, "  note         {}", notice.describe())?;
        }
        if s.control_characters > 0 {
            writeln!(
                w,
                "  cleaned      {} value(s) held control characters (removed; a vertical tab became a space)",
                format_count(s.control_characters)
            )?;
        }
        if !s.skipped_lines.is_empty() {
            let lines: Vec<String> = s.skipped_lines.iter().map(u64::to_string).collect();
            writeln!(w, "  first skipped lines: {}", lines.join(", "))?;
        }
    }
    if !inspection.not_read.is_empty() {
        writeln!(w, "\nnot read")?;
        for n in &inspection.not_read {
            writeln!(w, "  {}: {}", n.file, n.why.describe())?;
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
