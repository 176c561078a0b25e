//! Load stage, every layout but the fast long path: reads a whole text
//! following a [`Plan`] into [`Row`]s (one per membership, with the line it
//! came from). Used for wide, matrix and one-group files, the platform
//! formats, and long files read with `--skip-invalid`.

use super::detect::{is_member_cell, Format, GroupFrom, Plan};
use super::identity::fold_header;
use super::{LoadError, SKIPPED_LINES_SHOWN};
use std::path::Path;

/// One membership read (or one row that gives none: an empty value).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub person: String,
    pub group: String,
    pub name: Option<String>,
    pub line: u64,
}

/// What a file gave.
#[derive(Debug, Default)]
pub struct Rows {
    pub rows: Vec<Row>,
    /// Records read: data rows, list lines, dump records, JSON entries.
    pub records: u64,
    /// Rows with the wrong number of fields, dropped by `--skip-invalid`.
    pub skipped_invalid: u64,
    /// HelloAsso orders not validated (refunded, cancelled...).
    pub skipped_not_validated: u64,
    /// First lines of the rows dropped for those two reasons.
    pub skipped_lines: Vec<u64>,
}

impl Rows {
    fn skip_line(&mut self, line: u64) {
        if self.skipped_lines.len() < SKIPPED_LINES_SHOWN {
            self.skipped_lines.push(line);
        }
    }
}

/// Reads `text` (the whole file) as `plan` says.
pub fn read(path: &Path, text: &str, plan: &Plan, skip_invalid: bool) -> Result<Rows, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    match plan.format {
        Format::NextcloudJson => read_json(path, text),
        Format::SympaDump => Ok(read_sympa_dump(text, group_name(plan))),
        Format::SympaWeb | Format::PlainList => Ok(read_list(text, plan, group_name(plan))),
        _ => read_csv(path, text, plan, skip_invalid),
    }
}

fn group_name(plan: &Plan) -> &str {
    match &plan.group {
        GroupFrom::Named(g) => g,
        _ => "",
    }
}

/// Plain lists: one member a line, `addr`, `Name <addr>`, `addr<TAB>Name`,
/// or `addr,Name`; blank lines and `#` comments skipped.
fn read_list(text: &str, plan: &Plan, group: &str) -> Rows {
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

/// `sympa dump` records: `key value` lines, records separated by blank
/// lines; `email` is the member, `gecos` the display name.
fn read_sympa_dump(text: &str, group: &str) -> Rows {
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

/// Nextcloud `occ group:list --output=json`: `{"group": ["uid", ...]}`
/// (also `{"group": {"users": [...]}}`, as `--info` may give).
fn read_json(path: &Path, text: &str) -> Result<Rows, LoadError> {
    let bad = |line: usize, message: String| LoadError::Malformed {
        path: path.into(),
        line: line.max(1) as u64,
        message,
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        bad(
            e.line(),
            format!("not valid JSON ({e}); expected Nextcloud's `occ group:list --output=json`"),
        )
    })?;
    let serde_json::Value::Object(groups) = value else {
        return Err(bad(
            1,
            "expected a JSON object of groups: {\"group\": [\"user\", ...]}".into(),
        ));
    };
    let mut out = Rows::default();
    for (group, members) in groups {
        let list = match &members {
            serde_json::Value::Array(a) => a,
            serde_json::Value::Object(o) => match o.get("users").or_else(|| o.get("members")) {
                Some(serde_json::Value::Array(a)) => a,
                _ => return Err(bad(1, format!("group \"{group}\": no list of users"))),
            },
            _ => {
                return Err(bad(
                    1,
                    format!("group \"{group}\": expected a list of users"),
                ))
            }
        };
        for m in list {
            out.records += 1;
            let person = match m {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                _ => return Err(bad(1, format!("group \"{group}\": a user id is not text"))),
            };
            out.rows.push(Row {
                person,
                group: group.clone(),
                name: None,
                line: 1,
            });
        }
    }
    Ok(out)
}

/// The line where a quoted field opens and never closes (RFC 4180 quoting:
/// a quote opens a field only at its start; `""` inside is a quote).
pub fn unterminated_quote(text: &[u8], delimiter: u8) -> Option<u64> {
    let (mut line, mut open_line) = (1u64, 0u64);
    let (mut in_quotes, mut field_start) = (false, true);
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if in_quotes {
            match b {
                b'"' if text.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => in_quotes = false,
                b'\n' => line += 1,
                _ => {}
            }
        } else {
            match b {
                b'"' if field_start => {
                    in_quotes = true;
                    open_line = line;
                }
                b'\n' => {
                    line += 1;
                    field_start = true;
                    i += 1;
                    continue;
                }
                b'\r' => {
                    i += 1;
                    continue;
                }
                _ if b == delimiter => {
                    field_start = true;
                    i += 1;
                    continue;
                }
                _ => {}
            }
            field_start = false;
        }
        i += 1;
    }
    in_quotes.then_some(open_line)
}

/// CSV with a header, any layout.
fn read_csv(path: &Path, text: &str, plan: &Plan, skip_invalid: bool) -> Result<Rows, LoadError> {
    // Start at the header line.
    let mut start = 0;
    for _ in 0..plan.skip_lines {
        start = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
    }
    let body = &text[start..];
    let offset = plan.skip_lines as u64;
    if let Some(line) = unterminated_quote(body.as_bytes(), plan.delimiter) {
        return Err(LoadError::UnterminatedQuote {
            path: path.into(),
            line: line + offset,
        });
    }
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(plan.delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(body.as_bytes());
    let width = plan.headers.len();
    let mut out = Rows::default();
    let mut rec = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line()) + offset;
                return Err(LoadError::Malformed {
                    path: path.into(),
                    line,
                    message: e.to_string(),
                });
            }
        }
        let line = rec.position().map_or(0, |p| p.line()) + offset;
        // A row of empty fields (a spreadsheet's trailing blank line).
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        out.records += 1;
        if rec.len() != width {
            if skip_invalid {
                out.skipped_invalid += 1;
                out.skip_line(line);
                continue;
            }
            return Err(LoadError::Malformed {
                path: path.into(),
                line,
                message: format!(
                    "{} fields where the header has {width} (check the delimiter and the quotes on this line, or use --skip-invalid to drop such rows)",
                    rec.len()
                ),
            });
        }
        if let Some(s) = plan.status {
            let status = fold_header(&rec[s]);
            let ok = ["valid", "pay", "paid", "autoris"]
                .iter()
                .any(|p| status.starts_with(p));
            if !ok {
                out.skipped_not_validated += 1;
                out.skip_line(line);
                continue;
            }
        }
        let person = rec[plan.person].to_string();
        let name = if plan.names.is_empty() {
            None
        } else {
            let parts: Vec<&str> = plan
                .names
                .iter()
                .map(|&c| rec[c].trim())
                .filter(|s| !s.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        };
        let blank_person = person.trim().is_empty();
        let mut groups: Vec<&str> = Vec::new();
        match &plan.group {
            GroupFrom::Column(g) => groups.push(&rec[*g]),
            GroupFrom::Named(g) => groups.push(g),
            GroupFrom::Split(g, sep) if !blank_person => {
                groups.extend(rec[*g].split(*sep).filter(|p| !p.trim().is_empty()));
            }
            GroupFrom::Columns(cols) if !blank_person => {
                for &c in cols {
                    if is_member_cell(&rec[c]) {
                        groups.push(&plan.headers[c]);
                    }
                }
            }
            GroupFrom::Split(..) | GroupFrom::Columns(_) | GroupFrom::Keys => {}
        }
        // A row that names no group still counts, as a skipped row.
        if groups.is_empty() {
            groups.push("");
        }
        for group in groups {
            out.rows.push(Row {
                person: person.clone(),
                group: group.to_string(),
                name: name.clone(),
                line,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::detect::{plan, Layout};
    use crate::load::input::Input;
    use crate::load::LoadOptions;

    fn rows(name: &str, text: &str) -> Rows {
        let input = Input::bytes(name, text.as_bytes().to_vec());
        let p = plan(&input, text, &LoadOptions::default()).unwrap();
        read(Path::new(name), text, &p, false).unwrap()
    }

    fn pairs(r: &Rows) -> Vec<(&str, &str, u64)> {
        r.rows
            .iter()
            .map(|r| (r.person.as_str(), r.group.as_str(), r.line))
            .collect()
    }

    #[test]
    fn wide_rows_split_into_one_membership_per_group() {
        let r = rows("w.csv", "email,groups\na@x.fr,\"v;b ; \"\nb@x.fr,\n");
        assert_eq!(
            pairs(&r),
            [("a@x.fr", "v", 2), ("a@x.fr", "b ", 2), ("b@x.fr", "", 3)]
        );
        assert_eq!(r.records, 2);
    }

    #[test]
    fn matrix_cells_make_memberships() {
        let r = rows(
            "m.csv",
            "email;Vélo;Bio\na@x.fr;x;non\nb@x.fr;oui;X\nc@x.fr;;0\n",
        );
        assert_eq!(
            pairs(&r),
            [
                ("a@x.fr", "Vélo", 2),
                ("b@x.fr", "Vélo", 3),
                ("b@x.fr", "Bio", 3),
                ("c@x.fr", "", 4)
            ]
        );
    }

    #[test]
    fn quoted_newlines_keep_line_numbers_right() {
        let r = rows(
            "q.csv",
            "email,name,group\na@x.fr,\"Al\nice\",v\nb@x.fr,Bob,w\n",
        );
        assert_eq!(pairs(&r), [("a@x.fr", "v", 2), ("b@x.fr", "w", 4)]);
        assert_eq!(r.rows[0].name.as_deref(), Some("Al\nice"));
    }

    #[test]
    fn plain_lists_and_dumps() {
        let r = rows("velo.txt", "# dump\na@x.fr\tAlice M\n\nBob <b@x.fr>\n");
        assert_eq!(
            pairs(&r),
            [("a@x.fr", "velo", 2), ("Bob <b@x.fr>", "velo", 4)]
        );
        assert_eq!(r.rows[0].name.as_deref(), Some("Alice M"));
        let r = rows(
            "bio/member.dump",
            "email a@x.fr\ngecos Alice\ndate 1\n\nemail b@x.fr\nreception mail\n",
        );
        assert_eq!(pairs(&r), [("a@x.fr", "bio", 1), ("b@x.fr", "bio", 5)]);
        assert_eq!(r.rows[0].name.as_deref(), Some("Alice"));
    }

    #[test]
    fn nextcloud_json_gives_groups_from_keys() {
        let r = rows(
            "g.json",
            "{\"admin\": [\"alice\"], \"bio\": {\"users\": [\"bob\", 7]}}",
        );
        assert_eq!(
            pairs(&r),
            [("alice", "admin", 1), ("bob", "bio", 1), ("7", "bio", 1)]
        );
        let input = Input::bytes("g.json", b"{\"a\": 3}".to_vec());
        let p = plan(&input, "{\"a\": 3}", &LoadOptions::default()).unwrap();
        let e = read(Path::new("g.json"), "{\"a\": 3}", &p, false).unwrap_err();
        assert!(e.to_string().contains("group \"a\""), "{e}");
    }

    #[test]
    fn helloasso_keeps_validated_orders_only() {
        let text = "Référence commande;Statut de la commande;Nom adhérent;Prénom adhérent;Email payeur\n1;Validé;Martin;Alice;a@x.fr\n2;Remboursé;Durand;Bob;b@x.fr\n";
        let r = rows("adh.csv", text);
        assert_eq!(pairs(&r), [("a@x.fr", "adh", 2)]);
        assert_eq!(r.rows[0].name.as_deref(), Some("Alice Martin"));
        assert_eq!(
            (r.skipped_not_validated, r.skipped_lines.clone()),
            (1, vec![3])
        );
    }

    #[test]
    fn rows_of_the_wrong_width_fail_or_are_skipped() {
        let text = "email,group\na@x.fr,v\nb@x.fr\nc@x.fr,w,extra\nd@x.fr,w\n";
        let input = Input::bytes("b.csv", text.as_bytes().to_vec());
        let mut p = plan(&input, text, &LoadOptions::default()).unwrap();
        p.layout = Layout::Long;
        let e = read(Path::new("b.csv"), text, &p, false).unwrap_err();
        assert!(e.to_string().starts_with("b.csv:3: 1 fields"), "{e}");
        let r = read(Path::new("b.csv"), text, &p, true).unwrap();
        assert_eq!(pairs(&r), [("a@x.fr", "v", 2), ("d@x.fr", "w", 5)]);
        assert_eq!((r.skipped_invalid, r.skipped_lines), (2, vec![3, 4]));
    }

    #[test]
    fn unterminated_quotes_are_found() {
        assert_eq!(unterminated_quote(b"a,b\n\"x,y\n1,2\n", b','), Some(2));
        assert_eq!(unterminated_quote(b"a,b\n\"x\"\"y\",2\n", b','), None);
        assert_eq!(unterminated_quote(b"a,b\n5\" disk,2\n", b','), None);
        assert_eq!(unterminated_quote(b"a;b\n\"x;\ny\";2\n", b';'), None);
        assert_eq!(unterminated_quote(b"a;b\r\nx;\"y\r\n", b';'), Some(2));
    }
}
