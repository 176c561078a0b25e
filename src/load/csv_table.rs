//! Load stage, CSV tables: the pieces every table-shaped export shares.
//! Finding the delimiter and the header, choosing columns by name, and
//! reading the rows with the csv crate (line numbers count the lines of
//! quoted fields) following a [`TablePlan`]. The long layout of a plain
//! CSV is read by polars instead ([`super::polars_reader`]).

use super::formats::table::{is_member_cell, GroupFrom, TablePlan};
use super::sink::{Row, Sink};
use super::{LoadError, SNIFF_BYTES};
use crate::identity::fold_header;
use crate::memberships::SkipReason;
use std::io::Read;
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

pub fn sniff_delimiter(head: &[u8]) -> u8 {
    let mut best = (b',', 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(d)
            .has_headers(false)
            .flexible(true)
            .from_reader(head);
        let mut counts: Vec<usize> = rdr
            .byte_records()
            .map_while(Result::ok)
            .filter(|r| !(r.len() == 1 && r[0].iter().all(u8::is_ascii_whitespace)))
            .take(21)
            .map(|r| r.len())
            .collect();
        // The last record may be cut by the sniff window.
        if counts.len() > 1 && head.len() >= SNIFF_BYTES {
            counts.pop();
        }
        counts.truncate(20);
        let Some(&first) = counts.first() else {
            continue;
        };
        if first > 1 && counts.iter().all(|&c| c == first) && first > best.1 {
            best = (d, first);
        }
    }
    best.0
}

pub fn delimiter_name(d: u8) -> &'static str {
    match d {
        b',' => ",",
        b';' => ";",
        b'\t' => "tab",
        b'|' => "|",
        _ => "?",
    }
}

pub fn read_header(path: &Path, head: &[u8], delimiter: u8) -> Result<Vec<String>, LoadError> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(head);
    let mut rec = csv::ByteRecord::new();
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => return Err(LoadError::Empty { path: path.into() }),
        Err(e) => {
            return Err(LoadError::Malformed {
                path: path.into(),
                line: 1,
                message: crate::msg!("err-header", error = e.to_string()),
            })
        }
    }
    rec.iter()
        .map(|f| {
            std::str::from_utf8(f)
                .map(|s| s.trim_start_matches('\u{feff}').trim().to_string())
                .map_err(|_| LoadError::NotUtf8 {
                    path: path.into(),
                    line: 1,
                })
        })
        .collect()
}

pub fn choose_column(
    path: &Path,
    headers: &[String],
    given: Option<&str>,
    role: &'static str,
    aliases: &[&str],
) -> Result<usize, LoadError> {
    if let Some(name) = given {
        let folded = fold_header(name);
        return headers
            .iter()
            .position(|h| h == name.trim())
            .or_else(|| headers.iter().position(|h| fold_header(h) == folded))
            .ok_or_else(|| LoadError::MissingNamedColumn {
                path: path.into(),
                role,
                name: name.into(),
                found: headers.to_vec(),
            });
    }
    let folded: Vec<String> = headers.iter().map(|h| fold_header(h)).collect();
    aliases
        .iter()
        .find_map(|a| folded.iter().position(|h| h == a))
        .ok_or_else(|| LoadError::NoColumn {
            path: path.into(),
            role,
            found: headers.to_vec(),
        })
}

/// `text` from its line `skip + 1` on (a preamble before the header is
/// skipped this way; empty when the text has fewer lines).
pub fn after_lines(text: &str, skip: usize) -> &str {
    let mut start = 0;
    for _ in 0..skip {
        start = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
    }
    &text[start..]
}

/// Reads `text` (a whole file) as `plan` says, with the csv crate, into
/// `sink`: memberships, roles from the plan's role column, rows left out by
/// its filter (counted, with their lines).
pub fn read_rows(
    path: &Path,
    text: &str,
    plan: &TablePlan,
    skip_invalid: bool,
    sink: &mut Sink,
) -> Result<(), LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    // Start at the header line.
    let body = after_lines(text, plan.skip_lines);
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
    let mut rows: Vec<Row> = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut lines = LineCounter::default();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let start = e.position().map_or(0, |p| p.byte() as usize);
                let line = lines.line_at(body.as_bytes(), start) + offset;
                return Err(LoadError::Malformed {
                    path: path.into(),
                    line,
                    message: crate::msg!("err-csv", error = e.to_string()),
                });
            }
        }
        let start = rec.position().map_or(0, |p| p.byte() as usize);
        let line = lines.line_at(body.as_bytes(), start) + offset;
        // A row of empty fields (a spreadsheet's trailing blank line).
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        sink.diag.rows += 1;
        if rec.len() != width {
            if skip_invalid {
                sink.skip(SkipReason::Invalid, Some(line));
                continue;
            }
            return Err(LoadError::Malformed {
                path: path.into(),
                line,
                message: crate::msg!("err-field-count", found = rec.len(), expected = width),
            });
        }
        if let Some((column, test)) = plan.filter {
            if let Some(why) = test(&rec[column]) {
                sink.skip(why, Some(line));
                continue;
            }
        }
        let joined;
        let person = match plan.person_also {
            Some(also) => {
                joined = format!("{} {}", rec[plan.person].trim(), rec[also].trim());
                joined.trim()
            }
            None => &rec[plan.person],
        };
        let person = plan.person_of.map_or(person, |of| of(person));
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
            GroupFrom::FlagColumns(cols) if !blank_person => {
                for &c in cols {
                    if is_member_cell(&rec[c]) {
                        groups.push(&plan.headers[c]);
                    }
                }
            }
            GroupFrom::Split(..) | GroupFrom::FlagColumns(_) => {}
        }
        if let Some((column, role_of)) = plan.role {
            if let Some(role) = role_of(&rec[column]) {
                for g in &groups {
                    sink.role(person, g, role);
                }
            }
        }
        // A row that names no group still counts, as a skipped row.
        if groups.is_empty() {
            groups.push("");
        }
        for group in groups {
            rows.push(Row {
                person: person.to_string(),
                group: group.to_string(),
                name: name.clone(),
                line,
            });
        }
    }
    sink.add_rows(&rows)
}

/// Reads a small table with a header line (`text`, the whole file), calling
/// `row(line, record)` for each record that is not blank; an unclosed
/// quote or an unreadable record is an error naming its line. For the
/// tables that give no memberships (group descriptions, roles).
pub fn each_record(
    path: &Path,
    text: &str,
    delimiter: u8,
    mut row: impl FnMut(u64, &csv::StringRecord),
) -> Result<(), LoadError> {
    let body = text.trim_start_matches('\u{feff}');
    if let Some(line) = unterminated_quote(body.as_bytes(), delimiter) {
        return Err(LoadError::UnterminatedQuote {
            path: path.into(),
            line,
        });
    }
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut rec = csv::StringRecord::new();
    let mut lines = LineCounter::default();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) => {
                let start = e.position().map_or(0, |p| p.byte() as usize);
                return Err(LoadError::Malformed {
                    path: path.into(),
                    line: lines.line_at(body.as_bytes(), start),
                    message: crate::msg!("err-csv", error = e.to_string()),
                });
            }
        }
        let start = rec.position().map_or(0, |p| p.byte() as usize);
        let line = lines.line_at(body.as_bytes(), start);
        if !rec.iter().all(|f| f.trim().is_empty()) {
            row(line, &rec);
        }
    }
}

/// The physical line of a record from its byte offset (the csv crate
/// reports the line where it started looking for the record, before the
/// blank lines it skips). Offsets come in increasing order.
#[derive(Default)]
struct LineCounter {
    /// Byte offset and line (1-based) reached so far.
    at: usize,
    line: u64,
}

impl LineCounter {
    fn line_at(&mut self, text: &[u8], mut start: usize) -> u64 {
        while start < text.len() && matches!(text[start], b'\r' | b'\n') {
            start += 1;
        }
        let from = self.at.min(start);
        self.line += text[from..start].iter().filter(|&&b| b == b'\n').count() as u64;
        self.at = start;
        self.line + 1
    }
}

/// The physical line (1 = the file's first line) on which each wanted data
/// record starts, for a CSV read by a reader that numbers records, not
/// lines (polars). `wanted` are record indices (0 = the first record after
/// the header), increasing. Quotes are followed as RFC 4180 says (a quote
/// opens a quoted field only at the start of a field; `""` inside is a
/// quote), so a quoted field holding line breaks moves the following
/// records down. A blank line counts as a record, as polars reads it (an
/// empty row); the final line break ends the last record. Reads only as far
/// as the last wanted record.
pub fn record_lines(
    input: impl Read,
    delimiter: u8,
    wanted: &[usize],
) -> std::io::Result<Vec<u64>> {
    let mut out = Vec::with_capacity(wanted.len());
    let Some(&last) = wanted.last() else {
        return Ok(out);
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, input);
    let mut buf = vec![0u8; 1 << 16];
    let mut line = 1u64;
    // Records seen so far, the header included.
    let mut records = 0usize;
    let mut next = 0;
    // At the start of a line outside quotes (a record may begin there), at
    // the start of a field, inside quotes, just after a closing quote.
    let (mut line_start, mut field_start, mut quoted, mut closed) = (true, true, false, false);
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        for &b in &buf[..n] {
            if quoted {
                match b {
                    b'"' => {
                        quoted = false;
                        closed = true;
                    }
                    b'\n' => line += 1,
                    _ => {}
                }
                continue;
            }
            if line_start {
                if b == b'\r' {
                    continue;
                }
                if records >= 1 && wanted.get(next) == Some(&(records - 1)) {
                    out.push(line);
                    next += 1;
                    if records - 1 == last {
                        return Ok(out);
                    }
                }
                records += 1;
                if b == b'\n' {
                    // A blank line: an empty record.
                    line += 1;
                    continue;
                }
                line_start = false;
            }
            let reopen = closed && b == b'"';
            closed = false;
            match b {
                b'"' if field_start || reopen => {
                    quoted = true;
                    field_start = false;
                }
                b'\n' => {
                    line += 1;
                    line_start = true;
                    field_start = true;
                }
                b'\r' => {}
                _ if b == delimiter => field_start = true,
                _ => field_start = false,
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::columns::{GROUP, PERSON};

    #[test]
    fn sniffs_semicolon_from_french_excel() {
        assert_eq!(
            sniff_delimiter("courriel;groupe\na@b.fr;Vélo\n".as_bytes()),
            b';'
        );
    }

    #[test]
    fn sniffs_tab_and_ignores_delimiters_inside_quotes() {
        assert_eq!(sniff_delimiter(b"email\tgroup\n\"a,b\"\tg\n"), b'\t');
        assert_eq!(sniff_delimiter(b"person,group\n\"x;y\",g\n"), b',');
    }

    #[test]
    fn finds_columns_by_alias_with_address_before_name() {
        let h: Vec<String> = ["Nom", "Adresse e-mail", "Liste"]
            .map(String::from)
            .to_vec();
        let p = Path::new("f.csv");
        assert_eq!(choose_column(p, &h, None, "person", PERSON).unwrap(), 1);
        assert_eq!(choose_column(p, &h, None, "group", GROUP).unwrap(), 2);
        assert_eq!(
            choose_column(p, &h, Some("liste"), "group", GROUP).unwrap(),
            2
        );
    }

    #[test]
    fn missing_column_error_lists_what_was_found() {
        let h: Vec<String> = ["a", "b"].map(String::from).to_vec();
        let e = choose_column(Path::new("f.csv"), &h, None, "group", GROUP).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("f.csv:1: no group column"), "{msg}");
        assert!(msg.contains("[\"a\", \"b\"]"), "{msg}");
        assert!(msg.contains("--group"), "{msg}");
    }

    #[test]
    fn record_lines_follow_quoted_line_breaks_and_blank_lines() {
        let text = "email,name,group\na@x.fr,\"Al\nice\",v\n\nb@x.fr,\"say \"\"hi\"\"\nthere\",w\r\nc@x.fr,5\" disk,x\nd,\"\",y\n";
        // Records: a (line 2), the blank line 4, b (line 5, after a 2-line
        // record and a blank line), c (line 7), d (line 8).
        assert_eq!(
            record_lines(text.as_bytes(), b',', &[0, 1, 2, 3, 4]).unwrap(),
            [2, 4, 5, 7, 8]
        );
        assert_eq!(record_lines(text.as_bytes(), b',', &[3]).unwrap(), [7]);
        // Past the end: nothing.
        assert_eq!(record_lines(text.as_bytes(), b',', &[4, 5]).unwrap(), [8]);
        assert!(record_lines(text.as_bytes(), b',', &[]).unwrap().is_empty());
        // A quote after another delimiter is text, not an opening quote.
        let semi = "a;b\nx,\"y;z\n1;2\n";
        assert_eq!(
            record_lines(semi.as_bytes(), b';', &[0, 1]).unwrap(),
            [2, 3]
        );
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
