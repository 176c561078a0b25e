//! Load stage, plain member lists without a header: Sympa's web "dump"
//! (`email<TAB>name`, `#` comments) and Mailman's `list_members` or
//! Postorius exports (`addr`, `Name <addr>`, `addr,Name`). One file is one
//! list.

use super::detect::Plan;
use super::records::{Row, Rows};

/// Plain lists: one member a line, `addr`, `Name <addr>`, `addr<TAB>Name`,
/// or `addr,Name`; blank lines and `#` comments skipped.
pub fn read(text: &str, plan: &Plan, group: &str) -> Rows {
    let mut out = Rows::default();
    for (i, line) in text.split('\n').enumerate().skip(plan.skip_lines) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        out.records += 1;
        let (person, name) = match line.split_once('\t') {
            Some((p, n)) => (p, Some(n)),
            None => match line.split_once([',', ';']) {
                // `addr,Name` (a CSV export without header), but not
                // `"Martin, Alice" <addr>`.
                Some((p, n)) if super::identity::is_email(p.trim()) => (p, Some(n)),
                _ => (line, None),
            },
        };
        out.rows.push(Row {
            person: person.to_string(),
            group: group.to_string(),
            name: name.map(|n| n.trim().trim_matches('"').to_string()),
            line: i as u64 + 1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::load::records::tests::{pairs, rows};

    #[test]
    fn lines_give_members_names_and_the_file_group() {
        let r = rows(
            "velo.txt",
            "# dump\na@x.fr\tAlice M\n\nBob <b@x.fr>\nc@x.fr,\"Cat\"\n",
        );
        assert_eq!(
            pairs(&r),
            [
                ("a@x.fr", "velo", 2),
                ("Bob <b@x.fr>", "velo", 4),
                ("c@x.fr", "velo", 5)
            ]
        );
        assert_eq!(r.rows[0].name.as_deref(), Some("Alice M"));
        assert_eq!(r.rows[2].name.as_deref(), Some("Cat"));
        assert_eq!(r.records, 3);
    }
}
