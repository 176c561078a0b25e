//! Load stage, CSV tables with a header, in any layout: long (read here
//! with `--skip-invalid`, else by polars), wide (a cell listing groups),
//! matrix (a column per group), one-group files; also the platform exports
//! that are such tables: Google Groups (a preamble line), Discourse
//! (`group_names`), HelloAsso (validated orders only). The csv crate reads
//! them; line numbers count the lines of quoted fields.

use super::detect::{is_member_cell, GroupFrom, Plan};
use super::identity::fold_header;
use super::records::{Row, Rows};
use super::LoadError;
use std::path::Path;

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
pub fn read(path: &Path, text: &str, plan: &Plan, skip_invalid: bool) -> Result<Rows, LoadError> {
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
    use crate::load::records::tests::{pairs, rows};
    use crate::load::LoadOptions;
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
