//! Report stage, `report.md`: the figures in sentences and short tables, for
//! a newsletter or a wiki, with the definitions in plain words. The full
//! lists are in the CSV files.

use super::text::{format_count, format_percent};
use crate::analyse::{Findings, GroupRow};
use anyhow::Result;
use std::io::Write;

/// Rows shown in each table of the Markdown report.
const TOP: usize = 10;

/// Escapes a name for Markdown text and tables: it must show as typed, never
/// as markup or HTML.
pub fn escape(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        match c {
            // `&` only starts an entity when a name or `#` follows it.
            '&' if next.is_some_and(|n| n.is_alphanumeric() || n == '#') => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Inside a word (`jean_dupont`) an underscore is not emphasis.
            '_' if word(prev) && word(next) => out.push(c),
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

pub fn write_markdown(f: &Findings, w: &mut dyn Write) -> Result<()> {
    let s = &f.summary;
    writeln!(w, "# How the groups are woven together\n")?;
    writeln!(
        w,
        "**{} of the {} people ({}) belong to at least two groups.** \
         Together they hold {} memberships in {} groups; a person belongs to {:.2} groups on average.\n",
        format_percent(s.multi_membership_rate),
        format_count(s.persons),
        format_count(s.persons_in_2plus_groups),
        format_count(s.memberships),
        format_count(s.groups),
        s.mean_groups_per_person
    )?;
    let largest = s.components.first();
    if let Some(c) = largest {
        if s.components.len() == 1 {
            writeln!(
                w,
                "All groups are linked, directly or through other groups, into one network.\n"
            )?;
        } else {
            writeln!(
                w,
                "The groups form {} separate parts: the largest links {} groups and {} people; \
                 the others share nobody with it.\n",
                s.components.len(),
                format_count(c.groups),
                format_count(c.persons)
            )?;
        }
    }

    writeln!(
        w,
        "## Groups whose members are most often in other groups too\n"
    )?;
    let mut by_rate: Vec<&GroupRow> = f.groups.iter().collect();
    by_rate.sort_by(|a, b| {
        b.shared_rate
            .total_cmp(&a.shared_rate)
            .then(b.members.cmp(&a.members))
            .then(a.name.cmp(&b.name))
    });
    group_table(w, by_rate.iter().take(TOP).copied())?;
    writeln!(
        w,
        "\n## Groups whose members are least often in other groups\n"
    )?;
    group_table(w, by_rate.iter().rev().take(TOP).copied())?;

    writeln!(w, "\n## Isolated groups\n")?;
    if s.isolated_groups.is_empty() {
        writeln!(
            w,
            "None: every group shares at least one member with another group."
        )?;
    } else {
        writeln!(w, "These groups share no member with any other group:\n")?;
        for g in &s.isolated_groups {
            writeln!(w, "- {}", escape(g))?;
        }
    }
    writeln!(w, "\n## Groups hanging on a single person\n")?;
    if s.groups_hanging_on_one_person.is_empty() {
        writeln!(
            w,
            "None: every linked group is linked through two people or more."
        )?;
    } else {
        writeln!(
            w,
            "Only one member of each of these groups belongs to another group; if that person left, the group would be cut off:\n"
        )?;
        for g in &s.groups_hanging_on_one_person {
            writeln!(w, "- {}", escape(g))?;
        }
    }

    writeln!(w, "\n## Connectors\n")?;
    match s.cut_point_persons {
        0 => writeln!(
            w,
            "{} people belong to two groups or more. None of them is a cut point: \
             nobody's departure alone would cut groups off from each other. The strongest connectors:\n",
            format_count(s.persons_in_2plus_groups)
        )?,
        n => writeln!(
            w,
            "{} people belong to two groups or more; {} of them {}: if one of them left, \
             their part of the network would fall into pieces. The strongest connectors:\n",
            format_count(s.persons_in_2plus_groups),
            format_count(n),
            if n == 1 { "is a cut point" } else { "are cut points" }
        )?,
    }
    writeln!(
        w,
        "| Person | Groups | Cut point | Pieces if they left | Only link between |"
    )?;
    writeln!(w, "|---|---:|:---:|---:|---:|")?;
    for c in f.connectors.iter().take(TOP) {
        writeln!(
            w,
            "| {} | {} | {} | {} | {} pairs of groups |",
            escape(&c.person),
            c.groups,
            if c.cut_point { "yes" } else { "no" },
            c.pieces_if_removed,
            c.sole_link_pairs
        )?;
    }

    writeln!(w, "\n## Strongest overlaps\n")?;
    if f.pairs.is_empty() {
        writeln!(w, "No two groups share a member.")?;
    } else {
        writeln!(
            w,
            "{} pairs of groups share at least one member. The pairs sharing most:\n",
            format_count(s.overlapping_pairs)
        )?;
        writeln!(
            w,
            "| Group | Group | Shared members | Jaccard | Overlap coefficient | Lift |"
        )?;
        writeln!(w, "|---|---|---:|---:|---:|---:|")?;
        for p in f.pairs.iter().take(TOP) {
            let q = f.ratios(p);
            writeln!(
                w,
                "| {} | {} | {} | {:.3} | {:.3} | {:.2} |",
                escape(&f.groups[p.a as usize].name),
                escape(&f.groups[p.b as usize].name),
                p.shared,
                q.jaccard,
                q.overlap_coefficient,
                q.lift
            )?;
        }
    }

    writeln!(w, "\n## Groups per person\n")?;
    writeln!(w, "| Groups | People | Share |")?;
    writeln!(w, "|---:|---:|---:|")?;
    for d in &s.degree_distribution {
        writeln!(
            w,
            "| {} | {} | {} |",
            d.groups,
            format_count(d.persons),
            format_percent(d.persons as f64 / s.persons.max(1) as f64)
        )?;
    }

    writeln!(w, "\n## Separate parts of the network\n")?;
    writeln!(w, "| Part | People | Groups |")?;
    writeln!(w, "|---:|---:|---:|")?;
    for c in s.components.iter().take(TOP) {
        writeln!(
            w,
            "| {} | {} | {} |",
            c.id,
            format_count(c.persons),
            format_count(c.groups)
        )?;
    }
    if s.components.len() > TOP {
        writeln!(
            w,
            "\n…and {} smaller parts (see groups.csv, column component).",
            s.components.len() - TOP
        )?;
    }

    writeln!(w, "\n## Charts\n")?;
    for (file, caption) in CHARTS {
        writeln!(w, "![{caption}](charts/{file}.svg)\n")?;
    }

    writeln!(w, "\n## Input\n")?;
    let i = &s.input;
    for file in &i.files {
        writeln!(
            w,
            "- `{}`: {}, {} layout, {} rows ({}, delimiter `{}`), person: {}, groups: {}; {} memberships kept, {} rows skipped",
            file.file.replace('`', "'"),
            file.format,
            file.layout,
            format_count(file.rows),
            file.encoding,
            file.delimiter,
            escape(&file.person_column),
            escape(&file.group_column),
            format_count(file.kept),
            format_count(file.skipped)
        )?;
    }
    writeln!(
        w,
        "- {} repeated memberships were counted once.",
        format_count(i.duplicates)
    )?;
    if i.possible_duplicates > 0 {
        writeln!(
            w,
            "- {} display names are shared by people with different addresses; they were not merged (see possible_duplicates.csv).",
            format_count(i.possible_duplicates)
        )?;
    }
    if i.gmail_addresses_folded > 0 {
        writeln!(
            w,
            "- {} Gmail addresses were folded (dots and +tags ignored; see address_folds.csv).",
            format_count(i.gmail_addresses_folded)
        )?;
    }

    writeln!(w, "\n## Definitions\n")?;
    writeln!(w, "{}", DEFINITIONS)?;
    Ok(())
}

fn group_table<'a>(w: &mut dyn Write, rows: impl Iterator<Item = &'a GroupRow>) -> Result<()> {
    writeln!(
        w,
        "| Group | Members | Also in another group | Share | Overlapping groups |"
    )?;
    writeln!(w, "|---|---:|---:|---:|---:|")?;
    for g in rows {
        writeln!(
            w,
            "| {} | {} | {} | {} | {} |",
            escape(&g.name),
            format_count(g.members),
            format_count(g.shared_members),
            format_percent(g.shared_rate),
            g.overlapping_groups
        )?;
    }
    Ok(())
}

/// The charts written beside the report (see the chart stage).
const CHARTS: [(&str, &str); 5] = [
    ("upset", "Who is in which groups: exclusive intersections"),
    ("heatmap", "How much groups overlap (Jaccard similarity)"),
    ("map", "Map of groups: who links whom"),
    ("distribution", "How many groups each person is in"),
    (
        "shared_rate",
        "Share of each group's members who are in other groups too",
    ),
];

const DEFINITIONS: &str = "\
- **Multi-membership rate**: the share of people who belong to two groups or more.
- **Also in another group** (shared members): the members of a group who belong to at least one other group; **share** is their number divided by the group's members.
- **Overlapping groups**: how many other groups share at least one member with the group.
- **Isolated group**: a group none of whose members belongs to another group.
- **Shared members** of two groups: the people in both. **Jaccard**: shared members divided by the people in either group (1 = same members). **Overlap coefficient**: shared members divided by the size of the smaller group (1 = the smaller group is inside the larger). **Lift**: shared members divided by the number expected if people had joined groups at random (group sizes kept); above 1, the two groups share more people than chance would give.
- **Connector**: a person in two groups or more. **Cut point**: a connector whose departure would split their part of the network into pieces: some groups would no longer be linked to each other at all. **Only link between**: the pairs of groups for which this person is the only shared member.
- **Separate parts** (connected components): groups linked to each other, directly or through a chain of shared members, form one part.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_inject_markup() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("*bold* [x](y)"), "\\*bold\\* \\[x\\](y)");
        assert_eq!(escape("Vélo & ateliers"), "Vélo & ateliers");
        assert_eq!(escape("AT&T &#60;"), "AT&amp;T &amp;\\#60;");
        assert_eq!(escape("jean_dupont@x.fr _a_"), "jean_dupont@x.fr \\_a\\_");
    }
}
