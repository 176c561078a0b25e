//! Section "Files read": per file, what was recognised (the export, its
//! layout, where persons and groups were taken from), what was read and
//! what was left out, and the file's date.

use super::{text, Context};
use crate::memberships::{describe_layout, FileDiagnostics};
use crate::messages::message;
use crate::report::document::{Block, ColumnHead, Section, TableBlock, Value};
use crate::t;

pub fn section(cx: &Context) -> Option<Section> {
    let (f, l) = (cx.f, cx.lang);
    let files = &f.summary.input.files;
    let head = |key: &str, numeric: bool| ColumnHead {
        label: message(l, key, &[]),
        numeric,
    };
    let count = |n: u64| Value::Number(l.count(n), n as f64);
    let words = |s: String| {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    };
    let row = |d: &FileDiagnostics| {
        vec![
            Value::Text(d.file.clone()),
            words(d.format.describe(l)),
            words(describe_layout(l, d.layout)),
            words(d.person_column.describe(l)),
            words(d.group_column.describe(l)),
            count(d.rows),
            count(d.kept),
            count(d.skipped),
        ]
    };
    let rows: Vec<Vec<Value>> = files.iter().map(row).collect();
    Some(Section {
        id: "input",
        title: t!(l, "sec-input"),
        blocks: vec![
            Block::Table(TableBlock {
                columns: vec![
                    head("col-input-file", false),
                    head("col-input-format", false),
                    head("col-input-layout", false),
                    head("col-input-person", false),
                    head("col-input-groups", false),
                    head("col-input-rows", true),
                    head("col-input-memberships", true),
                    head("col-input-skipped", true),
                ],
                total: rows.len(),
                rows,
                file: Some("summary.json"),
            }),
            Block::Note(text(t!(
                l,
                "input-note",
                rows = f.summary.input.rows_read,
                duplicates = f.summary.input.duplicates
            ))),
        ],
    })
}
