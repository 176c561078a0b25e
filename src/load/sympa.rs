//! Load stage, `sympa dump` records (`member.dump`): `key value` lines,
//! records separated by blank lines; `email` is the member and `gecos` the
//! display name. The list is the folder's name.

use super::records::{Row, Rows};

/// `sympa dump` records: `key value` lines, records separated by blank
/// lines; `email` is the member, `gecos` the display name.
pub fn read(text: &str, group: &str) -> Rows {
    let mut out = Rows::default();
    let mut current: Option<Row> = None;
    let mut in_record = false;
    let flush = |row: &mut Option<Row>, in_record: &mut bool, out: &mut Rows| {
        if std::mem::take(in_record) {
            out.records += 1;
            out.rows.push(row.take().unwrap_or_default());
        }
    };
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut current, &mut in_record, &mut out);
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        in_record = true;
        let row = current.get_or_insert_with(|| Row {
            group: group.to_string(),
            line: i as u64 + 1,
            ..Row::default()
        });
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "email" => {
                row.person = value.to_string();
                row.line = i as u64 + 1;
            }
            "gecos" => row.name = Some(value.trim().to_string()),
            _ => {}
        }
    }
    flush(&mut current, &mut in_record, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use crate::load::records::tests::{pairs, rows};

    #[test]
    fn records_give_members_and_names() {
        let r = rows(
            "bio/member.dump",
            "email a@x.fr\ngecos Alice\ndate 1\n\nemail b@x.fr\nreception mail\n",
        );
        assert_eq!(pairs(&r), [("a@x.fr", "bio", 1), ("b@x.fr", "bio", 5)]);
        assert_eq!(r.rows[0].name.as_deref(), Some("Alice"));
        assert_eq!(r.records, 2);
    }
}
