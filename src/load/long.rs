//! Load stage, long layout (an edge list): a CSV with a header, a person
//! column and a group column, one membership a row. The columns are found by
//! name, the delimiter is sniffed, and the rows are read by polars'
//! multithreaded CSV reader.

use super::detect::{GroupFrom, Plan};
use super::identity::fold_header;
use super::input::{Data, Input, Text};
use super::{Builder, LoadError, LoadOptions, SourceReport, SNIFF_BYTES};
use polars::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Reads a long-layout CSV whose header is its first line with polars,
/// into `out`; fills the row counts of `report`.
pub(super) fn read(
    input: &Input,
    text: &mut Text,
    plan: &Plan,
    opts: &LoadOptions,
    out: &mut Builder,
    report: &mut SourceReport,
) -> Result<(), LoadError> {
    let path = input.label.as_path();
    let GroupFrom::Column(group) = plan.group else {
        unreachable!("the long layout reads a group column")
    };
    let mut wanted = vec![plan.person, group];
    wanted.extend(plan.names.iter().copied());
    let df = match read_frame(input, text, plan.delimiter, &wanted) {
        // Valid UTF-8 at the start, not further on: guess the encoding
        // from the whole file instead of failing.
        Err(LoadError::NotUtf8 { .. }) if text.decoded.is_none() && opts.encoding.is_none() => {
            *text = Text::from_bytes(path, &input.all()?, None)?;
            read_frame(input, text, plan.delimiter, &wanted)?
        }
        other => other?,
    };
    // polars returns projected columns in file order.
    let mut sorted = wanted.clone();
    sorted.sort_unstable();
    sorted.dedup();
    let cols = df.columns();
    let column = |c: usize| -> Result<Chunks<'_>, LoadError> {
        let k = sorted.binary_search(&c).expect("projected");
        cols[k]
            .str()
            .map(Chunks::new)
            .map_err(|_| LoadError::Malformed {
                path: path.into(),
                line: 1,
                message: "the columns could not be read as text".into(),
            })
    };
    let parr = column(plan.person)?;
    let garr = column(group)?;
    let name_cols: Vec<Chunks<'_>> = plan
        .names
        .iter()
        .map(|&c| column(c))
        .collect::<Result<_, _>>()?;
    report.rows = df.height() as u64;
    let n = df.height();
    // Display names joined (first + last) only for rows that have one.
    let joined: Vec<Option<String>> = if name_cols.len() > 1 {
        (0..n)
            .map(|i| {
                let parts: Vec<&str> = name_cols
                    .iter()
                    .filter_map(|c| c.get(i).map(str::trim))
                    .filter(|s| !s.is_empty())
                    .collect();
                (!parts.is_empty()).then(|| parts.join(" "))
            })
            .collect()
    } else {
        Vec::new()
    };
    let single = name_cols.first().filter(|_| name_cols.len() == 1);
    out.add(
        n,
        |i| parr.get(i),
        |i| garr.get(i),
        |i| match single {
            Some(c) => c.get(i),
            None => joined.get(i).and_then(|s| s.as_deref()),
        },
        // Line 1 is the header; this assumes no field spans lines.
        |i| i as u64 + 2,
        report,
    );
    Ok(())
}

/// Row access into a string column made of several arrow chunks, without
/// copying them into one (which would copy every string).
struct Chunks<'a> {
    /// First row of each chunk, and the chunk.
    parts: Vec<(usize, &'a <StringType as PolarsDataType>::Array)>,
}

impl<'a> Chunks<'a> {
    fn new(col: &'a StringChunked) -> Self {
        let mut start = 0;
        let parts = col
            .downcast_iter()
            .map(|arr| {
                let part = (start, arr);
                start += arr.len();
                part
            })
            .collect();
        Chunks { parts }
    }

    #[inline]
    fn get(&self, row: usize) -> Option<&'a str> {
        let k = self.parts.partition_point(|&(start, _)| start <= row) - 1;
        let (start, arr) = self.parts[k];
        arr.get(row - start)
    }
}

/// Picks the delimiter among `,` `;` tab `|` that splits the first records
/// into the same number (> 1) of fields (quotes respected, so a quoted
/// field may hold line breaks); the one with most fields wins, `,` when
/// none does.
pub(super) fn sniff_delimiter(head: &[u8]) -> u8 {
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

pub(super) fn delimiter_name(d: u8) -> &'static str {
    match d {
        b',' => ",",
        b';' => ";",
        b'\t' => "tab",
        b'|' => "|",
        _ => "?",
    }
}

pub(super) fn read_header(
    path: &Path,
    head: &[u8],
    delimiter: u8,
) -> Result<Vec<String>, LoadError> {
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
                message: format!("cannot read the header: {e}"),
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

pub(super) fn choose_column(
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

fn read_frame(
    input: &Input,
    text: &Text,
    delimiter: u8,
    columns: &[usize],
) -> Result<DataFrame, LoadError> {
    let path = input.label.as_path();
    let mut projection = columns.to_vec();
    projection.sort_unstable();
    projection.dedup();
    let options = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_projection(Some(Arc::new(projection)))
        .map_parse_options(|o| o.with_separator(delimiter));
    let bytes: Option<&[u8]> = match (&text.decoded, &input.data) {
        (Some(d), _) => Some(d),
        (None, Data::Bytes(b)) => Some(b),
        (None, Data::File(_)) => None,
    };
    let result = match (bytes, &input.data) {
        (Some(b), _) => options
            .into_reader_with_file_handle(std::io::Cursor::new(b))
            .finish(),
        (None, Data::File(p)) => options
            .try_into_reader_with_file_path(Some(p.clone()))
            .and_then(|r| r.finish()),
        (None, Data::Bytes(_)) => unreachable!("bytes are handled above"),
    };
    result.map_err(|e| match (bytes, &input.data) {
        (Some(b), _) => locate_error(path, b, delimiter, &e),
        (None, Data::File(p)) => match std::fs::File::open(p) {
            Ok(f) => locate_error(path, std::io::BufReader::new(f), delimiter, &e),
            Err(e) => LoadError::Io {
                path: path.into(),
                source: e,
            },
        },
        (None, Data::Bytes(_)) => unreachable!("bytes are handled above"),
    })
}

/// polars reports a parse error without a line number; re-read the file with
/// the `csv` crate to find where it is and say it in the user's terms.
fn locate_error(path: &Path, mut input: impl Read, delimiter: u8, err: &PolarsError) -> LoadError {
    let path_buf: PathBuf = path.into();
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        return LoadError::Io {
            path: path_buf,
            source: e,
        };
    }
    if let Some(line) = super::table::unterminated_quote(&bytes, delimiter) {
        return LoadError::UnterminatedQuote {
            path: path_buf,
            line,
        };
    }
    let input = bytes.as_slice();
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .from_reader(input);
    for rec in rdr.records() {
        if let Err(e) = rec {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            return match e.kind() {
                csv::ErrorKind::Utf8 { .. } => LoadError::NotUtf8 {
                    path: path_buf,
                    line,
                },
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => LoadError::Malformed {
                    path: path_buf,
                    line,
                    message: format!(
                        "{len} fields where the header has {expected_len} (check the delimiter and the quotes on this line, or use --skip-invalid to drop such rows)"
                    ),
                },
                _ => LoadError::Malformed {
                    path: path_buf,
                    line,
                    message: e.to_string(),
                },
            };
        }
    }
    LoadError::Malformed {
        path: path_buf,
        line: 1,
        message: format!("cannot parse the CSV file: {err}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::detect::{GROUP_ALIASES, PERSON_ALIASES};
    use super::*;

    #[test]
    fn rows_are_found_across_chunks() {
        let mut col = StringChunked::from_slice("p".into(), &["a", "b"]);
        col.append(&StringChunked::from_slice("p".into(), &["c"]))
            .unwrap();
        col.append(&StringChunked::from_slice("p".into(), &[] as &[&str]))
            .unwrap();
        col.append(&StringChunked::from_iter_options(
            "p".into(),
            [None, Some("e")].into_iter(),
        ))
        .unwrap();
        assert!(col.chunks().len() >= 3);
        let c = Chunks::new(&col);
        let got: Vec<Option<&str>> = (0..5).map(|i| c.get(i)).collect();
        assert_eq!(got, [Some("a"), Some("b"), Some("c"), None, Some("e")]);
    }

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
        assert_eq!(
            choose_column(p, &h, None, "person", PERSON_ALIASES).unwrap(),
            1
        );
        assert_eq!(
            choose_column(p, &h, None, "group", GROUP_ALIASES).unwrap(),
            2
        );
    }

    #[test]
    fn missing_column_error_lists_what_was_found() {
        let h: Vec<String> = ["a", "b"].map(String::from).to_vec();
        let e = choose_column(Path::new("f.csv"), &h, None, "group", GROUP_ALIASES).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("f.csv:1: no group column"), "{msg}");
        assert!(msg.contains("[\"a\", \"b\"]"), "{msg}");
        assert!(msg.contains("--group"), "{msg}");
    }
}
