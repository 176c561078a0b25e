//! Report stage, CSV tables: `groups.csv`, `pairs.csv`, `connectors.csv`.
//! Column names are an interface; names are neutralised against spreadsheet
//! formulas. Floats are written in shortest round-trip form.

use crate::analyse::Findings;
use anyhow::Result;
use std::borrow::Cow;
use std::io::Write;

/// A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return would
/// be run as a formula by spreadsheets (CSV injection); prefix it with `'`.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// `groups.csv`: one row per group, in name order.
pub fn write_groups(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record([
        "group",
        "members",
        "shared_members",
        "shared_rate",
        "overlapping_groups",
        "isolated",
        "component",
        "cut_point",
    ])?;
    for g in &f.groups {
        out.write_record([
            neutralise(&g.name).as_ref(),
            &g.members.to_string(),
            &g.shared_members.to_string(),
            &g.shared_rate.to_string(),
            &g.overlapping_groups.to_string(),
            &g.isolated.to_string(),
            &g.component.to_string(),
            &g.cut_point.to_string(),
        ])?;
    }
    out.flush()?;
    Ok(())
}

/// `pairs.csv`: every pair of groups sharing a member, most shared first.
pub fn write_pairs(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record([
        "group_a",
        "group_b",
        "shared",
        "jaccard",
        "overlap_coefficient",
        "expected_shared",
        "lift",
        "sole_link",
    ])?;
    for p in &f.pairs {
        out.write_record([
            neutralise(&f.groups[p.a as usize].name).as_ref(),
            neutralise(&f.groups[p.b as usize].name).as_ref(),
            &p.shared.to_string(),
            &p.jaccard.to_string(),
            &p.overlap_coefficient.to_string(),
            &p.expected_shared.to_string(),
            &p.lift.to_string(),
            neutralise(
                p.sole_link
                    .map_or("", |c| f.connectors[c as usize].person.as_str()),
            )
            .as_ref(),
        ])?;
    }
    out.flush()?;
    Ok(())
}

/// `connectors.csv`: every person in two or more groups, strongest first.
pub fn write_connectors(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record([
        "person",
        "groups",
        "cut_point",
        "pieces_if_removed",
        "sole_link_pairs",
        "group_list",
    ])?;
    let mut list = String::new();
    for c in &f.connectors {
        list.clear();
        for (i, &g) in c.group_ids.iter().enumerate() {
            if i > 0 {
                list.push_str("; ");
            }
            list.push_str(&f.groups[g as usize].name);
        }
        out.write_record([
            neutralise(&c.person).as_ref(),
            &c.groups.to_string(),
            &c.cut_point.to_string(),
            &c.pieces_if_removed.to_string(),
            &c.sole_link_pairs.to_string(),
            neutralise(&list).as_ref(),
        ])?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("+33 6"), "'+33 6");
        assert_eq!(neutralise("-x"), "'-x");
        assert_eq!(neutralise("@cmd"), "'@cmd");
        assert_eq!(neutralise("Vélo"), "Vélo");
        assert_eq!(neutralise(""), "");
    }
}
