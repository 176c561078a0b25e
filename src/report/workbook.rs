//! Report stage, the spreadsheet (`report.xlsx`, `rapport.xlsx` in
//! French): what a facilitator opens in a spreadsheet program to sort,
//! filter and annotate before a meeting. The CSV files stay the data
//! format for scripts (stable English headers, every row); the workbook
//! speaks the report's language: headers from the catalogue, rates as
//! percentages, numbers as numbers, a frozen header row and filters.
//!
//! It only lays out what the findings and the document already hold: the
//! essentials sheet takes the headline figures and the sentences of the
//! document, the tables take their columns from [`super::tables`], the
//! inputs sheet the document's table of files. `rust_xlsxwriter` writes
//! it, in its constant-memory mode so that a large table costs no more
//! memory than a small one.

use super::document::{Block, Document, Span, TableBlock, Value};
use super::tables::{Cell, Kind, Table};
use crate::analyse::duplicates::PossibleDuplicate;
use crate::analyse::overlap::GroupPair;
use crate::analyse::{Connector, Findings, GroupRow};
use crate::lang::Lang;
use crate::t;
use anyhow::Result;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};
use std::io::Write;

/// Rows a table sheet holds at most (the first, the largest or strongest):
/// more than a meeting reads, and the workbook of a network of millions
/// stays small and quick to write. The CSV file holds them all, and the
/// essentials sheet says where the rest is.
pub const SHEET_ROWS: usize = 20_000;

/// The longest text a cell holds (Excel's limit).
const CELL_CHARS: usize = 32_767;

/// The workbook's file name in `lang`.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "rapport.xlsx",
        _ => "report.xlsx",
    }
}

/// The formats cells are written with.
struct Formats {
    header: Format,
    title: Format,
    count: Format,
    rate: Format,
    /// Ratios, by their number of decimals (0 to 4).
    ratio: Vec<Format>,
    /// p- and q-values, in scientific notation.
    probability: Format,
}

impl Formats {
    fn new() -> Self {
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            title: Format::new().set_bold().set_font_size(14),
            count: Format::new().set_num_format("#,##0"),
            rate: Format::new().set_num_format("0.0%"),
            ratio: (0..=4)
                .map(|d| {
                    let f = if d == 0 {
                        "0".to_string()
                    } else {
                        format!("0.{}", "0".repeat(d))
                    };
                    Format::new().set_num_format(f)
                })
                .collect(),
            probability: Format::new().set_num_format("0.00E+00"),
        }
    }
}

/// Writes the workbook of `f`, laid out from `doc`, to `w`.
pub fn write_workbook<W: Write + Send>(f: &Findings, doc: &Document, w: W) -> Result<()> {
    let l = doc.lang;
    let fm = Formats::new();
    let mut book = Workbook::new();
    // The fastest compression: the tables are most of the writing time at
    // scale, for a file a few percent larger.
    book.set_zip_compression_level(1);
    let name = |key: &str| crate::messages::message(l, key, &[]);
    // Which sheets hold only the first rows, said on the first sheet.
    let total = [
        (name("sheet-groups"), GroupRow::rows(f).len()),
        (name("sheet-overlaps"), GroupPair::rows(f).len()),
        (name("sheet-connectors"), Connector::rows(f).len()),
        (name("sheet-duplicates"), PossibleDuplicate::rows(f).len()),
    ];
    let cut: Vec<String> = total
        .iter()
        .filter(|(_, n)| *n > SHEET_ROWS)
        .map(|(sheet, n)| {
            t!(
                l,
                "sheet-cut",
                sheet = sheet.as_str(),
                shown = SHEET_ROWS,
                total = *n
            )
        })
        .collect();
    let sheet = book.add_worksheet();
    sheet.set_name(name("sheet-essentials"))?;
    essentials(sheet, doc, &cut, &fm)?;

    // The tables stream row by row to temporary files.
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(&total[0].0)?;
    table::<GroupRow>(sheet, f, l, &fm)?;
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(&total[1].0)?;
    table::<GroupPair>(sheet, f, l, &fm)?;
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(&total[2].0)?;
    table::<Connector>(sheet, f, l, &fm)?;
    if !f.possible_duplicates.is_empty() && !f.summary.privacy.withholds_identities() {
        let sheet = book.add_worksheet_with_constant_memory()?;
        sheet.set_name(&total[3].0)?;
        table::<PossibleDuplicate>(sheet, f, l, &fm)?;
    }
    let sheet = book.add_worksheet();
    sheet.set_name(name("sheet-inputs"))?;
    let files = doc
        .sections
        .iter()
        .filter(|s| s.id == "input")
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        });
    if let Some(files) = files {
        block(sheet, files, &fm)?;
    }
    book.save_to_writer(w)?;
    Ok(())
}

/// The essentials sheet: title, date, headline figures as numbers, then
/// the essentials and what to check, one sentence per row, and which
/// sheets hold only their first rows (`cut`).
fn essentials(
    sheet: &mut Worksheet,
    doc: &Document,
    cut: &[String],
    fm: &Formats,
) -> Result<(), XlsxError> {
    let l = doc.lang;
    sheet.write_string_with_format(0, 0, clip(&doc.title), &fm.title)?;
    sheet.write_string(1, 0, clip(&doc.subtitle))?;
    sheet.write_string(2, 0, clip(&plain(&doc.lead)))?;
    sheet.write_string_with_format(4, 0, t!(l, "sheet-figure"), &fm.header)?;
    sheet.write_string_with_format(4, 1, t!(l, "sheet-value"), &fm.header)?;
    let mut row = 5;
    for c in &doc.cards {
        sheet.write_string(row, 0, clip(&c.label))?;
        match c.value {
            Some(x) => {
                let format = if c.rate { &fm.rate } else { &fm.count };
                sheet.write_number_with_format(row, 1, x, format)?
            }
            None => sheet.write_string(row, 1, clip(&c.shown))?,
        };
        row += 1;
    }
    for id in ["essentials", "check"] {
        let Some(section) = doc.sections.iter().find(|s| s.id == id) else {
            continue;
        };
        row += 1;
        sheet.write_string_with_format(row, 0, clip(&section.title), &fm.header)?;
        row += 1;
        for b in &section.blocks {
            let lines: Vec<String> = match b {
                Block::Paragraph(s) => vec![plain(s)],
                Block::Items(items) => items.iter().map(|s| plain(s)).collect(),
                _ => Vec::new(),
            };
            for line in lines {
                sheet.write_string(row, 0, clip(&line))?;
                row += 1;
            }
        }
    }
    row += 1;
    for line in cut {
        sheet.write_string(row, 0, clip(line))?;
        row += 1;
    }
    sheet.set_column_width(0, 60)?;
    sheet.set_column_width(1, 14)?;
    Ok(())
}

/// Writes table `T` with every column, headers in `l`, its first
/// [`SHEET_ROWS`] rows.
fn table<T: Table>(
    sheet: &mut Worksheet,
    f: &Findings,
    l: Lang,
    fm: &Formats,
) -> Result<(), XlsxError> {
    let rows = T::rows(f);
    let shown = rows.len().min(SHEET_ROWS);
    let mut widths: Vec<usize> = T::COLUMNS
        .iter()
        .map(|c| {
            let label = super::document::column_label(l, T::FILE, c.name);
            label.chars().count().min(30)
        })
        .collect();
    for (k, c) in T::COLUMNS.iter().enumerate() {
        let label = super::document::column_label(l, T::FILE, c.name);
        sheet.write_string_with_format(0, k as u16, label, &fm.header)?;
    }
    let yes = t!(l, "yes");
    let k_min = f.summary.privacy.min_count;
    let suppression = super::tables::Suppression::of::<Findings, T>(k_min);
    let below = t!(l, "below-min-count", k = k_min);
    for (i, r) in rows[..shown].iter().enumerate() {
        let row = i as u32 + 1;
        let hidden = suppression
            .as_ref()
            .map_or_else(Default::default, |s| s.hidden(r, f));
        for (k, c) in T::COLUMNS.iter().enumerate() {
            let col = k as u16;
            let cell = if hidden.hides(k) {
                Cell::Hidden
            } else {
                r.cell(f, k)
            };
            let width = match (c.kind, cell) {
                (_, Cell::Hidden) if hidden.is_below(k) => text(sheet, row, col, &below)?,
                (_, Cell::Hidden) => 0,
                (Kind::Rate, Cell::Ratio(x)) => {
                    sheet.write_number_with_format(row, col, x, &fm.rate)?;
                    7
                }
                (Kind::Probability, Cell::Ratio(x)) => {
                    sheet.write_number_with_format(row, col, x, &fm.probability)?;
                    9
                }
                (kind, Cell::Ratio(x)) => {
                    let d = match kind {
                        Kind::Ratio(d) => d.min(4),
                        _ => 3,
                    };
                    sheet.write_number_with_format(row, col, x, &fm.ratio[d])?;
                    8
                }
                (_, Cell::Count(n)) => {
                    sheet.write_number_with_format(row, col, n as f64, &fm.count)?;
                    8
                }
                (_, Cell::Flag(true)) => {
                    sheet.write_string(row, col, yes.as_str())?;
                    yes.chars().count()
                }
                (_, Cell::Flag(false)) | (_, Cell::Person(None)) => 0,
                (_, Cell::Text(s)) => text(sheet, row, col, s)?,
                (_, Cell::Group(g)) => text(sheet, row, col, &f.groups[g as usize].name)?,
                (_, Cell::Person(Some(p))) => {
                    text(sheet, row, col, &f.connectors[p as usize].person)?
                }
                (_, Cell::Groups(ids)) => {
                    let names: Vec<&str> = ids
                        .iter()
                        .map(|&g| f.groups[g as usize].name.as_str())
                        .collect();
                    text(sheet, row, col, &names.join("; "))?
                }
                (_, Cell::Texts(list)) => text(sheet, row, col, &list.join("; "))?,
            };
            widths[k] = widths[k].max(width.min(50));
        }
    }
    finish(sheet, T::COLUMNS.len(), shown, &widths)
}

/// Writes a table of the document (values already worded; numbers
/// written as numbers).
fn block(sheet: &mut Worksheet, t: &TableBlock, fm: &Formats) -> Result<(), XlsxError> {
    let mut widths: Vec<usize> = t
        .columns
        .iter()
        .map(|c| c.label.chars().count().min(30))
        .collect();
    for (k, c) in t.columns.iter().enumerate() {
        sheet.write_string_with_format(0, k as u16, clip(&c.label), &fm.header)?;
    }
    for (i, r) in t.rows.iter().enumerate() {
        let row = i as u32 + 1;
        for (k, v) in r.iter().enumerate() {
            let col = k as u16;
            let width = match v {
                Value::Empty => 0,
                Value::Number(_, x) => {
                    sheet.write_number_with_format(row, col, *x, &fm.count)?;
                    8
                }
                other => text(sheet, row, col, &other.plain())?,
            };
            widths[k] = widths[k].max(width.min(50));
        }
    }
    finish(sheet, t.columns.len(), t.rows.len(), &widths)
}

/// Frozen header row, filters, column widths.
fn finish(
    sheet: &mut Worksheet,
    columns: usize,
    rows: usize,
    widths: &[usize],
) -> Result<(), XlsxError> {
    sheet.set_freeze_panes(1, 0)?;
    if columns > 0 {
        sheet.autofilter(0, 0, rows as u32, columns as u16 - 1)?;
    }
    for (k, w) in widths.iter().enumerate() {
        sheet.set_column_width(k as u16, (*w as f64 + 2.0).max(8.0))?;
    }
    Ok(())
}

/// Writes a text cell (empty text writes nothing); returns its width.
fn text(sheet: &mut Worksheet, row: u32, col: u16, s: &str) -> Result<usize, XlsxError> {
    if s.is_empty() {
        return Ok(0);
    }
    let s = clip(s);
    let width = s.chars().count();
    sheet.write_string(row, col, s)?;
    Ok(width)
}

/// `s` cut to what a cell holds.
fn clip(s: &str) -> String {
    match s.char_indices().nth(CELL_CHARS) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// Spans as plain text.
fn plain(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(t) | Span::Strong(t) | Span::Code(t) => t.as_str(),
        })
        .collect()
}
