//! Load stage, every layout but the fast long path: reads a whole text
//! following a [`Plan`] into [`Row`]s (one per membership, with the line it
//! came from), with the reader of its format: [`table`] (CSV with a header:
//! long, wide, matrix, one-group files, Google Groups, Discourse,
//! HelloAsso), [`plain_list`] (Sympa web dumps, Mailman lists), [`sympa`]
//! (`sympa dump` records), [`nextcloud`] (JSON). Used for every input but
//! long CSV files, which polars reads, and for those too with
//! `--skip-invalid`.

use super::detect::{Format, GroupFrom, Plan};
use super::{nextcloud, plain_list, sympa, table, LoadError, SKIPPED_LINES_SHOWN};
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
    pub(super) fn skip_line(&mut self, line: u64) {
        if self.skipped_lines.len() < SKIPPED_LINES_SHOWN {
            self.skipped_lines.push(line);
        }
    }
}

/// Reads `text` (the whole file) as `plan` says.
pub fn read(path: &Path, text: &str, plan: &Plan, skip_invalid: bool) -> Result<Rows, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    match plan.format {
        Format::NextcloudJson => nextcloud::read(path, text),
        Format::SympaDump => Ok(sympa::read(text, group_name(plan))),
        Format::SympaWeb | Format::PlainList => Ok(plain_list::read(text, plan, group_name(plan))),
        _ => table::read(path, text, plan, skip_invalid),
    }
}

fn group_name(plan: &Plan) -> &str {
    match &plan.group {
        GroupFrom::Named(g) => g,
        _ => "",
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::load::detect::plan;
    use crate::load::input::Input;
    use crate::load::LoadOptions;

    pub fn rows(name: &str, text: &str) -> Rows {
        let input = Input::bytes(name, text.as_bytes().to_vec());
        let p = plan(&input, text, &LoadOptions::default()).unwrap();
        read(Path::new(name), text, &p, false).unwrap()
    }

    pub fn pairs(r: &Rows) -> Vec<(&str, &str, u64)> {
        r.rows
            .iter()
            .map(|r| (r.person.as_str(), r.group.as_str(), r.line))
            .collect()
    }
}
