//! Report stage, plain text: number formatting shared by the writers, and
//! the headline figures printed by `maillage summary`.

use crate::analyse::Findings;
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

/// What `maillage inspect` prints: per file, what was recognised and read.
pub fn write_inspection(
    sources: &[crate::memberships::FileDiagnostics],
    w: &mut dyn Write,
) -> Result<()> {
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
        for (n, why) in [
            (s.skipped_empty_person, "empty person value"),
            (s.skipped_empty_group, "no group"),
            (s.skipped_invalid, "wrong number of fields (--skip-invalid)"),
            (s.skipped_not_validated, "order not validated"),
            (s.skipped_bots, "bot account"),
            (s.skipped_deactivated, "deactivated or deleted account"),
            (s.skipped_banned, "banned member"),
        ] {
            if n > 0 {
                writeln!(w, "    {:>10}  {why}", format_count(n))?;
            }
        }
        if !s.skipped_lines.is_empty() {
            let lines: Vec<String> = s.skipped_lines.iter().map(u64::to_string).collect();
            writeln!(w, "  first skipped lines: {}", lines.join(", "))?;
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
