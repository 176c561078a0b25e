//! Load stage, the fast path: the long layout of a plain CSV (a person
//! column and a group column, one membership a row, the header on the first
//! line), read by polars' multithreaded CSV reader straight from the file
//! when it is UTF-8. Only this file uses polars.

use super::csv_table::{record_lines, unterminated_quote};
use super::files::Data;
use super::formats::table::{GroupFrom, TablePlan};
use super::formats::Source;
use super::sink::Sink;
use super::text::Text;
use super::LoadError;
use polars::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Reads a long-layout CSV whose header is its first line with polars,
/// into `sink`.
pub fn read(src: &mut Source, plan: &TablePlan, sink: &mut Sink) -> Result<(), LoadError> {
    let files = src.files;
    let file = &files[0];
    let path = file.label.as_path();
    let GroupFrom::Column(group) = plan.group else {
        unreachable!("the long layout reads a group column")
    };
    let mut wanted = vec![plan.person, group];
    wanted.extend(plan.names.iter().copied());
    let label = src.opts.encoding.as_deref();
    let mut text = match src.text.take() {
        Some(t) => t,
        None => Text::detect(file, &file.head()?, label)?,
    };
    let df = match read_frame(file, &text, plan.delimiter, &wanted) {
        // Valid UTF-8 at the start, not further on: guess the encoding
        // from the whole file instead of failing.
        Err(LoadError::NotUtf8 { .. }) if text.decoded.is_none() && label.is_none() => {
            text = Text::from_bytes(path, &file.all()?, None)?;
            read_frame(file, &text, plan.delimiter, &wanted)
        }
        other => other,
    };
    let df = match df {
        Ok(df) => df,
        Err(e) => {
            src.text = Some(text);
            return Err(e);
        }
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
                message: crate::msg!("err-columns-not-text"),
            })
    };
    let parr = column(plan.person)?;
    let garr = column(group)?;
    let name_cols: Vec<Chunks<'_>> = plan
        .names
        .iter()
        .map(|&c| column(c))
        .collect::<Result<_, _>>()?;
    let n = df.height();
    sink.diag.rows += n as u64;
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
    let mut line_error = None;
    sink.add(
        n,
        |i| parr.get(i),
        |i| garr.get(i),
        |i| match single {
            Some(c) => c.get(i),
            None => joined.get(i).and_then(|s| s.as_deref()),
        },
        // polars numbers records, not lines: a quoted field may span lines
        // (and a blank line is a row of nulls, neither counted nor skipped).
        |rows| match physical_lines(file, &text, plan.delimiter, rows) {
            Ok(lines) => lines,
            Err(e) => {
                line_error = Some(e);
                Vec::new()
            }
        },
    )?;
    src.text = Some(text);
    match line_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The physical lines of data records `rows` (indices after the header).
fn physical_lines(
    file: &crate::load::files::File,
    text: &Text,
    delimiter: u8,
    rows: &[usize],
) -> Result<Vec<u64>, LoadError> {
    let io = |e| LoadError::Io {
        path: file.label.clone(),
        source: e,
    };
    match (&text.decoded, &file.data) {
        (Some(d), _) => record_lines(d.as_slice(), delimiter, rows).map_err(io),
        (None, Data::Disk(p)) => {
            let f = std::fs::File::open(p).map_err(io)?;
            record_lines(f, delimiter, rows).map_err(io)
        }
        (None, _) => record_lines(&*file.all()?, delimiter, rows).map_err(io),
    }
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

fn read_frame(
    input: &crate::load::files::File,
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
    let in_memory;
    let bytes: Option<&[u8]> = match (&text.decoded, &input.data) {
        (Some(d), _) => Some(d),
        (None, Data::Disk(_)) => None,
        (None, _) => {
            in_memory = input.all()?;
            Some(&in_memory)
        }
    };
    let result = match (bytes, &input.data) {
        (Some(b), _) => options
            .into_reader_with_file_handle(std::io::Cursor::new(b))
            .finish(),
        (None, Data::Disk(p)) => options
            .try_into_reader_with_file_path(Some(p.clone()))
            .and_then(|r| r.finish()),
        (None, _) => unreachable!("bytes are handled above"),
    };
    result.map_err(|e| match (bytes, &input.data) {
        (Some(b), _) => locate_error(path, b, delimiter, &e),
        (None, Data::Disk(p)) => match std::fs::File::open(p) {
            Ok(f) => locate_error(path, std::io::BufReader::new(f), delimiter, &e),
            Err(e) => LoadError::Io {
                path: path.into(),
                source: e,
            },
        },
        (None, _) => unreachable!("bytes are handled above"),
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
    if let Some(line) = unterminated_quote(&bytes, delimiter) {
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
                    message: crate::msg!("err-field-count", found = *len, expected = *expected_len),
                },
                _ => LoadError::Malformed {
                    path: path_buf,
                    line,
                    message: crate::msg!("err-csv", error = e.to_string()),
                },
            };
        }
    }
    LoadError::Malformed {
        path: path_buf,
        line: 1,
        message: crate::msg!("err-csv", error = err.to_string()),
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
}
