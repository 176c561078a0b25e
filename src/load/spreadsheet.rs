//! Load stage, spreadsheets: an Excel (`.xlsx`, `.xls`, `.xlsb`) or
//! LibreOffice (`.ods`) workbook, read with calamine, is a container of
//! tables, one per visible sheet. Each sheet becomes a tab-separated text
//! that the formats then recognise like any CSV file (long, wide, matrix,
//! a plain list whose group is the sheet's name). Cells are read as the
//! file stores them: formulas as their last computed value, whole numbers
//! without a decimal point (`1042`, an identifier, not `1042.0`), dates as
//! `YYYY-MM-DD`. Hidden and empty sheets are not read, and said so.

use super::files::{Container, Data, File};
use super::naming::is_generic;
use super::LoadError;
use crate::memberships::{NotRead, NotReadReason};
use calamine::{Data as Cell, Reader, SheetVisible};
use std::io::Cursor;

/// The kinds of workbook, told apart by their first bytes (and, for the
/// zip-based ones, the names inside).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Xlsb,
    Xls,
    Ods,
}

/// The kind of workbook an Office zip holds, from its member names.
pub fn kind_of_zip(names: &[String]) -> Option<Kind> {
    if names.iter().any(|n| n == "xl/workbook.bin") {
        Some(Kind::Xlsb)
    } else if names.iter().any(|n| n.starts_with("xl/")) {
        Some(Kind::Xlsx)
    } else if names.iter().any(|n| n == "content.xml") && names.iter().any(|n| n == "mimetype") {
        Some(Kind::Ods)
    } else {
        None
    }
}

/// An Excel 97-2003 workbook, from its first bytes (an OLE2 container).
pub fn is_xls(head: &[u8]) -> bool {
    head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// The sheets of `file`, a workbook of `kind`, as a container of tables.
pub fn open(file: File, kind: Kind) -> Result<Container, LoadError> {
    let label = file.label.clone();
    let bytes = match &file.data {
        Data::Disk(p) => std::fs::read(p).map_err(|e| LoadError::Io {
            path: label.clone(),
            source: e,
        })?,
        _ => file.all()?.into_owned(),
    };
    let bad = |e: &dyn std::fmt::Display| LoadError::Malformed {
        path: label.clone(),
        line: 1,
        message: crate::msg!("err-workbook", error = e.to_string()),
    };
    let cursor = Cursor::new(bytes);
    let sheets: Vec<(String, SheetVisible, Result<calamine::Range<Cell>, String>)> = match kind {
        Kind::Xlsx => read_all(
            calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(cursor).map_err(|e| bad(&e))?,
        ),
        Kind::Xlsb => read_all(
            calamine::open_workbook_from_rs::<calamine::Xlsb<_>, _>(cursor).map_err(|e| bad(&e))?,
        ),
        Kind::Xls => read_all(
            calamine::open_workbook_from_rs::<calamine::Xls<_>, _>(cursor).map_err(|e| bad(&e))?,
        ),
        Kind::Ods => read_all(
            calamine::open_workbook_from_rs::<calamine::Ods<_>, _>(cursor).map_err(|e| bad(&e))?,
        ),
    };
    let stem = super::naming::from_file_name(&file);
    let mut files = Vec::new();
    let mut not_read = Vec::new();
    for (name, visible, range) in sheets {
        let sheet_label = label.join(&name);
        if visible != SheetVisible::Visible {
            not_read.push(NotRead {
                file: sheet_label.display().to_string(),
                why: NotReadReason::HiddenSheet,
            });
            continue;
        }
        let range = range.map_err(|e| bad(&e))?;
        let text = to_tsv(&range);
        if text.trim().is_empty() {
            not_read.push(NotRead {
                file: sheet_label.display().to_string(),
                why: NotReadReason::EmptySheet,
            });
            continue;
        }
        // The sheet is a table named by its sheet; a sheet named like a
        // spreadsheet's default ("Sheet1", "Feuil1") is named by the
        // workbook.
        let group = if is_generic(&name) { &stem } else { &name };
        let safe: String = group
            .chars()
            .map(|c| if matches!(c, '/' | '\\') { '-' } else { c })
            .collect();
        let mut sheet = File::bytes(&sheet_label.to_string_lossy(), text.into_bytes());
        sheet.name = format!("{safe}.tsv");
        sheet.group_name = Some(group.clone());
        sheet.sheet = true;
        files.push(sheet);
    }
    Ok(Container {
        label,
        files,
        is_folder: false,
        must_hold_a_list: false,
        not_read,
    })
}

/// Every sheet's name, visibility and cells.
#[allow(clippy::type_complexity)]
fn read_all<R: Reader<Cursor<Vec<u8>>>>(
    mut book: R,
) -> Vec<(String, SheetVisible, Result<calamine::Range<Cell>, String>)>
where
    R::Error: std::fmt::Display,
{
    let meta: Vec<(String, SheetVisible)> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| (s.name.clone(), s.visible))
        .collect();
    meta.into_iter()
        .map(|(name, visible)| {
            let range = if visible == SheetVisible::Visible {
                book.worksheet_range(&name).map_err(|e| e.to_string())
            } else {
                Ok(calamine::Range::default())
            };
            (name, visible, range)
        })
        .collect()
}

/// A sheet as tab-separated text, quoted where needed.
fn to_tsv(range: &calamine::Range<Cell>) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .from_writer(Vec::new());
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Writing to memory cannot fail.
        let _ = w.write_record(&cells);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A cell's value as text: whole numbers without a decimal point, dates
/// as `YYYY-MM-DD` (with the time when there is one), errors empty.
pub fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Empty | Cell::Error(_) => String::new(),
        Cell::String(s) | Cell::DateTimeIso(s) | Cell::DurationIso(s) => s.clone(),
        Cell::Int(i) => i.to_string(),
        Cell::Float(f) => number(*f),
        Cell::Bool(b) => b.to_string(),
        Cell::DateTime(d) if d.is_datetime() => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{day:02}")
            } else {
                format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}:{s:02}")
            }
        }
        Cell::DateTime(d) => number(d.as_f64()),
    }
}

fn number(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_the_text_people_typed() {
        assert_eq!(cell_text(&Cell::Float(1042.0)), "1042");
        assert_eq!(cell_text(&Cell::Float(0.5)), "0.5");
        assert_eq!(cell_text(&Cell::Int(-3)), "-3");
        assert_eq!(cell_text(&Cell::String("Vélo".into())), "Vélo");
        assert_eq!(cell_text(&Cell::Bool(true)), "true");
        assert_eq!(cell_text(&Cell::Empty), "");
        let date =
            calamine::ExcelDateTime::new(45306.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Cell::DateTime(date)), "2024-01-15");
        let with_time =
            calamine::ExcelDateTime::new(45306.5, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Cell::DateTime(with_time)), "2024-01-15 12:00:00");
    }

    #[test]
    fn office_zips_and_ole_files_are_told_apart() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(kind_of_zip(&names(&["xl/workbook.xml"])), Some(Kind::Xlsx));
        assert_eq!(kind_of_zip(&names(&["xl/workbook.bin"])), Some(Kind::Xlsb));
        assert_eq!(
            kind_of_zip(&names(&["mimetype", "content.xml"])),
            Some(Kind::Ods)
        );
        assert_eq!(kind_of_zip(&names(&["a.csv"])), None);
        assert!(is_xls(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]));
        assert!(!is_xls(b"email,group"));
    }
}
