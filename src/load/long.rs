//! Load stage, long layout (an edge list): a CSV with a header, a person
//! column and a group column, one membership a row. The columns are found by
//! name, the delimiter is sniffed, and the rows are read by polars'
//! multithreaded CSV reader.

use super::identity::{fold_header, trim};
use super::intern::EMPTY;
use super::{Builder, LoadError, LoadOptions, SourceReport, SKIPPED_LINES_SHOWN};
use polars::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Header aliases for the person column, best first (folded: lowercase, no
/// accents, letters and digits only). An address beats a display name.
const PERSON_ALIASES: &[&str] = &[
    "email",
    "emailaddress",
    "adresseemail",
    "adressemail",
    "adresseelectronique",
    "courriel",
    "mail",
    "person",
    "personne",
    "persons",
    "member",
    "membre",
    "members",
    "membres",
    "user",
    "userid",
    "utilisateur",
    "username",
    "login",
    "participant",
    "adherent",
    "contact",
    "name",
    "nom",
    "fullname",
    "id",
];

/// Header aliases for the group column, best first.
const GROUP_ALIASES: &[&str] = &[
    "group",
    "groupe",
    "groups",
    "groupes",
    "groupname",
    "groupnames",
    "nomdugroupe",
    "list",
    "liste",
    "listname",
    "mailinglist",
    "listedediffusion",
    "community",
    "communaute",
    "communities",
    "team",
    "equipe",
    "channel",
    "canal",
    "circle",
    "cercle",
    "club",
    "association",
    "organisation",
    "organization",
    "collectif",
    "event",
    "evenement",
    "board",
];

/// Bytes read from the start of a file to sniff the delimiter and header.
const SNIFF_BYTES: usize = 64 * 1024;

pub(super) fn read(
    path: &Path,
    opts: &LoadOptions,
    out: &mut Builder,
) -> Result<SourceReport, LoadError> {
    let stdin = path.as_os_str() == super::STDIN;
    let path = if stdin { Path::new("<stdin>") } else { path };
    let (head, mut text) = if stdin {
        let text = Text::stdin(opts.encoding.as_deref())?;
        (Vec::new(), text)
    } else {
        let head = read_head(path)?;
        let text = Text::detect(path, &head, opts.encoding.as_deref())?;
        (head, text)
    };
    let head = match &text.decoded {
        Some(bytes) => bytes[..bytes.len().min(SNIFF_BYTES)].to_vec(),
        None => head,
    };
    if head.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: path.into() });
    }
    let delimiter = sniff_delimiter(&head);
    let headers = read_header(path, &head, delimiter)?;
    let person = choose_column(
        path,
        &headers,
        opts.person_column.as_deref(),
        "person",
        PERSON_ALIASES,
    )?;
    let group = choose_column(
        path,
        &headers,
        opts.group_column.as_deref(),
        "group",
        GROUP_ALIASES,
    )?;
    if person == group {
        return Err(LoadError::SameColumn {
            path: path.into(),
            name: headers[person].clone(),
        });
    }

    let df = match read_frame(path, &text, delimiter, person, group) {
        // Valid UTF-8 at the start, not further on: guess the encoding
        // from the whole file instead of failing.
        Err(LoadError::NotUtf8 { .. }) if text.decoded.is_none() && opts.encoding.is_none() => {
            text = Text::decode(path, None)?;
            read_frame(path, &text, delimiter, person, group)?
        }
        other => other?,
    };
    // polars returns projected columns in file order.
    let (pi, gi) = if person < group { (0, 1) } else { (1, 0) };
    let cols = df.columns();
    let (pcol, gcol) = match (cols[pi].str(), cols[gi].str()) {
        (Ok(p), Ok(g)) => (p, g),
        _ => {
            return Err(LoadError::Malformed {
                path: path.into(),
                line: 1,
                message: "the columns could not be read as text".into(),
            })
        }
    };

    let mut report = SourceReport {
        file: path.display().to_string(),
        layout: "long",
        encoding: text.encoding.into(),
        delimiter: delimiter_name(delimiter).into(),
        person_column: headers[person].clone(),
        group_column: headers[group].clone(),
        rows: df.height() as u64,
        kept: 0,
        skipped_empty_person: 0,
        skipped_empty_group: 0,
        skipped_lines: Vec::new(),
    };
    if report.rows == 0 {
        return Err(LoadError::HeaderOnly { path: path.into() });
    }
    let n = df.height();
    let (parr, garr) = (Chunks::new(pcol), Chunks::new(gcol));
    let blank = |v: Option<&str>| v.is_none_or(|v| trim(v).is_empty());
    // A row with an empty value on either side gives no membership, and
    // must not bring a person or a group into existence.
    let gids = out.groups.intern_all(n, |i| {
        if blank(parr.get(i)) {
            None
        } else {
            garr.get(i)
        }
    });
    let pids = out
        .persons
        .intern_all(n, |i| if gids[i] == EMPTY { None } else { parr.get(i) });
    out.pairs.reserve(n);
    for (i, (&p, &g)) in pids.iter().zip(&gids).enumerate() {
        if p != EMPTY && g != EMPTY {
            out.pairs.push((p, g));
            report.kept += 1;
            continue;
        }
        report.skipped_empty_person += u64::from(blank(parr.get(i)));
        report.skipped_empty_group += u64::from(blank(garr.get(i)));
        if report.skipped_lines.len() < SKIPPED_LINES_SHOWN {
            // Line 1 is the header; this assumes no field spans lines.
            report.skipped_lines.push(i as u64 + 2);
        }
    }
    for (role, col, empty) in [
        ("group", group, report.skipped_empty_group),
        ("person", person, report.skipped_empty_person),
    ] {
        if empty == report.rows {
            return Err(LoadError::EmptyColumn {
                path: path.into(),
                role,
                column: headers[col].clone(),
            });
        }
    }
    Ok(report)
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

fn read_head(path: &Path) -> Result<Vec<u8>, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: path.into() },
        _ => LoadError::Io {
            path: path.into(),
            source: e,
        },
    })?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(LoadError::Io {
            path: path.into(),
            source: std::io::Error::other("is a directory, not a file"),
        });
    }
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    file.take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| LoadError::Io {
            path: path.into(),
            source: e,
        })?;
    Ok(head)
}

/// Picks the delimiter among `,` `;` tab `|` that splits the first lines into
/// the same number (> 1) of fields, counting outside double quotes; the one
/// with most fields wins, `,` when none does.
pub(super) fn sniff_delimiter(head: &[u8]) -> u8 {
    let lines: Vec<&[u8]> = head
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .take(20)
        .collect();
    // The last line may be cut by the sniff window.
    let lines = if lines.len() > 1 && head.len() == SNIFF_BYTES {
        &lines[..lines.len() - 1]
    } else {
        &lines[..]
    };
    let mut best = (b',', 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = lines.iter().map(|l| count_fields(l, d)).collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        if first > 1 && counts.iter().all(|&c| c == first) && first > best.1 {
            best = (d, first);
        }
    }
    best.0
}

fn count_fields(line: &[u8], d: u8) -> usize {
    let mut in_quotes = false;
    let mut n = 1;
    for &b in line {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == d && !in_quotes {
            n += 1;
        }
    }
    n
}

fn delimiter_name(d: u8) -> &'static str {
    match d {
        b',' => ",",
        b';' => ";",
        b'\t' => "tab",
        b'|' => "|",
        _ => "?",
    }
}

fn read_header(path: &Path, head: &[u8], delimiter: u8) -> Result<Vec<String>, LoadError> {
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

fn choose_column(
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
    path: &Path,
    text: &Text,
    delimiter: u8,
    a: usize,
    b: usize,
) -> Result<DataFrame, LoadError> {
    let mut projection = vec![a, b];
    projection.sort_unstable();
    let options = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_projection(Some(Arc::new(projection)))
        .map_parse_options(|o| o.with_separator(delimiter));
    let result = match &text.decoded {
        None => options
            .try_into_reader_with_file_path(Some(path.to_path_buf()))
            .and_then(|r| r.finish()),
        Some(bytes) => options
            .into_reader_with_file_handle(std::io::Cursor::new(bytes.as_slice()))
            .finish(),
    };
    result.map_err(|e| match &text.decoded {
        None => match std::fs::File::open(path) {
            Ok(f) => locate_error(path, std::io::BufReader::new(f), delimiter, &e),
            Err(e) => LoadError::Io {
                path: path.into(),
                source: e,
            },
        },
        Some(bytes) => locate_error(path, bytes.as_slice(), delimiter, &e),
    })
}

/// The text polars parses: the file itself when it is UTF-8, or its
/// contents decoded to UTF-8 in memory.
struct Text {
    encoding: &'static str,
    decoded: Option<Vec<u8>>,
}

impl Text {
    /// UTF-8 (with or without BOM) is read in place; a UTF-16 BOM, a file
    /// whose start is not UTF-8, or `--encoding` gives a decoded copy.
    fn detect(path: &Path, head: &[u8], label: Option<&str>) -> Result<Text, LoadError> {
        if label.is_some() || head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            return Text::decode(path, label);
        }
        match std::str::from_utf8(head) {
            Ok(_) => Ok(Text::utf8()),
            // A character cut by the end of the sniff window is fine.
            Err(e) if e.error_len().is_none() && head.len() == SNIFF_BYTES => Ok(Text::utf8()),
            Err(_) => Text::decode(path, None),
        }
    }

    /// Standard input, read whole: kept as is when it is UTF-8, else
    /// decoded like a file.
    fn stdin(label: Option<&str>) -> Result<Text, LoadError> {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError::Io {
                path: "<stdin>".into(),
                source: e,
            })?;
        if label.is_none() && std::str::from_utf8(&bytes).is_ok() {
            return Ok(Text {
                encoding: "UTF-8",
                decoded: Some(bytes),
            });
        }
        Text::from_bytes(Path::new("<stdin>"), &bytes, label)
    }

    fn utf8() -> Text {
        Text {
            encoding: "UTF-8",
            decoded: None,
        }
    }

    /// Reads the whole file and decodes it with the encoding named by
    /// `label`, or the one chardetng guesses (with a French-language hint:
    /// Windows-1252 for French Excel files); a BOM wins over both.
    fn decode(path: &Path, label: Option<&str>) -> Result<Text, LoadError> {
        let bytes = std::fs::read(path).map_err(|e| LoadError::Io {
            path: path.into(),
            source: e,
        })?;
        Text::from_bytes(path, &bytes, label)
    }

    fn from_bytes(path: &Path, bytes: &[u8], label: Option<&str>) -> Result<Text, LoadError> {
        let encoding = match label {
            Some(l) => encoding_rs::Encoding::for_label(l.trim().as_bytes()).ok_or_else(|| {
                LoadError::UnknownEncoding {
                    path: path.into(),
                    label: l.into(),
                }
            })?,
            None => {
                let mut detector = chardetng::EncodingDetector::new();
                detector.feed(bytes, true);
                // The users are mostly French-speaking: in a tie, prefer
                // the encodings used for French (Windows-1252).
                detector.guess(Some(b"fr"), false)
            }
        };
        let (text, used, _) = encoding.decode(bytes);
        Ok(Text {
            encoding: used.name(),
            decoded: Some(text.into_owned().into_bytes()),
        })
    }
}

/// polars reports a parse error without a line number; re-read the file with
/// the `csv` crate to find where it is and say it in the user's terms.
fn locate_error(path: &Path, input: impl Read, delimiter: u8, err: &PolarsError) -> LoadError {
    let path_buf: PathBuf = path.into();
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
                        "{len} fields where the header has {expected_len} (check the delimiter and the quotes on this line)"
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
