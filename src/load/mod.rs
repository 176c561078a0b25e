//! Load stage: input files -> [`Memberships`] (interned person and group
//! names, one `(person, group)` pair per usable row, the roles and group
//! descriptions the exports carry, and what was seen in each file). Only
//! this stage reads files; polars stays inside it.
//!
//! The inputs become containers of files ([`files`]); each format may first
//! gather the files that form one export of it (a Slack export, a Sympa
//! list folder); every other file is recognised on its own by asking each
//! format of [`formats::FORMATS`] in turn. A reader writes its records into
//! the [`sink::Sink`], which interns names in parallel.

mod columns;
mod csv_table;
mod error;
mod files;
pub mod formats;
mod intern;
pub(crate) mod naming;
mod polars_reader;
mod sink;
mod spreadsheet;
mod text;

pub use error::LoadError;
pub use formats::Layout;

use crate::memberships::{
    ExportKind, FileDiagnostics, Memberships, NotRead, NotReadReason, Notice,
};
use files::File;
use formats::{Description, Export, Reader, Sniff, Source, FORMATS};
use sink::Sink;
use std::path::PathBuf;
use text::Text;

/// How to read the inputs.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// Name of the person column, when guessing is not wanted.
    pub person_column: Option<String>,
    /// Name of the group column, when guessing is not wanted; for a
    /// one-group file, the group's name.
    pub group_column: Option<String>,
    /// Encoding label (`windows-1252`, `latin1`, `utf-16`…), when
    /// detection is not wanted.
    pub encoding: Option<String>,
    /// The layout of every file, when detection is not wanted.
    pub layout: Option<Layout>,
    /// Fold Gmail addresses: dots and `+tags` of gmail.com and
    /// googlemail.com local parts removed (each folding is logged).
    pub fold_gmail: bool,
    /// Drop rows with the wrong number of fields instead of failing.
    pub skip_invalid: bool,
    /// The character separating the groups listed in one cell, when
    /// detection is not wanted.
    pub list_separator: Option<char>,
}

/// Bytes read from the start of a file to detect its format.
const SNIFF_BYTES: usize = 64 * 1024;

/// A first line longer than [`SNIFF_BYTES`] is read whole, up to this.
const MAX_HEADER_BYTES: usize = 16 << 20;

/// The path that stands for standard input.
pub const STDIN: &str = "-";

/// What `FILE` may be, for `--help`: every format, and the file extensions
/// read in a folder.
pub fn inputs_help() -> String {
    let names: Vec<&str> = FORMATS.iter().map(|f| f.name()).collect();
    format!(
        "Member lists: {}; or zip archives of them. Several inputs are merged; a folder stands for the files below it ({}, and the files of a Slack export or a Sympa list folder); `-` reads standard input.",
        names.join("; "),
        files::LIST_EXTENSIONS
            .iter()
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(" ")
    )
}

/// Reads every input and merges their memberships.
pub fn read_all(paths: &[PathBuf], opts: &LoadOptions) -> Result<Memberships, LoadError> {
    if paths.is_empty() {
        return Err(LoadError::NoInput);
    }
    let mut sink = Sink::new(opts.fold_gmail);
    let mut containers = files::expand(paths)?;
    name_groups(&mut containers);
    for container in containers {
        read_container(container, opts, &mut sink)?;
    }
    Ok(sink.finish())
}

/// The groups one-group files stand for, across every input: see
/// [`naming`].
fn name_groups(containers: &mut [files::Container]) {
    let mut all: Vec<&mut File> = containers
        .iter_mut()
        .flat_map(|c| c.files.iter_mut())
        .collect();
    let changed = naming::resolve(&mut all);
    for (f, changed) in all.into_iter().zip(changed) {
        f.group_from_folder = changed && f.group_name.is_some();
    }
}

/// Reads one member list held in memory, `name` standing for its file name
/// (the group of a one-group list). Zip archives are opened. Used by the
/// fuzz target and by anyone with bytes at hand.
pub fn read_bytes(
    name: &str,
    bytes: Vec<u8>,
    opts: &LoadOptions,
) -> Result<Memberships, LoadError> {
    let container = match files::open_container(File::bytes(name, bytes))? {
        Ok(c) => c,
        Err(file) => files::Container {
            label: file.label.clone(),
            files: vec![file],
            is_folder: false,
            must_hold_a_list: false,
            not_read: Vec::new(),
        },
    };
    let mut sink = Sink::new(opts.fold_gmail);
    read_container(container, opts, &mut sink)?;
    Ok(sink.finish())
}

/// Reads the exports of one container: those of several files first, then
/// every other file with the extension of a member list.
fn read_container(
    mut c: files::Container,
    opts: &LoadOptions,
    sink: &mut Sink,
) -> Result<(), LoadError> {
    let mut exports: Vec<Export> = Vec::new();
    for format in FORMATS {
        exports.extend(format.gather(&mut c.files)?);
    }
    let mut singles = Vec::new();
    for file in c.files {
        if files::is_list(&file.name) || !c.is_folder {
            singles.push(file);
        } else {
            c.not_read.push(NotRead {
                file: file.label.display().to_string(),
                why: NotReadReason::NotAList,
            });
        }
    }
    let nothing = exports.is_empty() && singles.is_empty();
    sink.not_read(c.not_read);
    if nothing && c.must_hold_a_list {
        return Err(LoadError::EmptyFolder { path: c.label });
    }
    // Exports are read in the order of their first file's name, as the
    // files of a folder are.
    let mut order: Vec<(String, Option<Export>, Option<File>)> = exports
        .into_iter()
        .map(|e| (e.files[0].name.clone(), Some(e), None))
        .chain(singles.into_iter().map(|f| (f.name.clone(), None, Some(f))))
        .collect();
    order.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, export, file) in order {
        match (export, file) {
            (Some(e), _) => {
                let label = e.label.display().to_string();
                let mut src = Source {
                    files: &e.files,
                    opts,
                    text: None,
                };
                read_with(e.reader.as_ref(), label, &mut src, sink)?;
            }
            (None, Some(f)) => read_file(&f, opts, sink)?,
            (None, None) => {}
        }
    }
    Ok(())
}

/// Recognises one file and reads it.
fn read_file(file: &File, opts: &LoadOptions, sink: &mut Sink) -> Result<(), LoadError> {
    let path = &file.label;
    let head = file.head()?;
    if head.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: path.clone() });
    }
    if let Some(kind) = files::binary_kind(&head) {
        return Err(LoadError::Binary {
            path: path.clone(),
            kind,
        });
    }
    let text = Text::detect(file, &head, opts.encoding.as_deref())?;
    let head_text = match &text.decoded {
        Some(d) => String::from_utf8_lossy(&d[..d.len().min(SNIFF_BYTES)]).into_owned(),
        None => String::from_utf8_lossy(&head).into_owned(),
    };
    // A header line longer than the sniff window (200,000 columns): the
    // first line whole, so that what is said of it is true.
    let head_text = if !head_text.contains('\n') && head.len() == SNIFF_BYTES {
        let mut t = Text::detect(file, &head, opts.encoding.as_deref())?;
        let all = t.load(file, opts.encoding.as_deref())?;
        let end = all.find('\n').map_or(all.len(), |i| i + 1);
        all[..end.min(MAX_HEADER_BYTES)].to_string()
    } else {
        head_text
    };
    drop(head);
    let head_text = head_text.trim_start_matches('\u{feff}');
    if head_text.trim().is_empty() {
        return Err(LoadError::Empty { path: path.clone() });
    }
    let sniff = Sniff {
        file,
        head: head_text,
        opts,
    };
    let mut reader = None;
    for format in FORMATS {
        if let Some(r) = format.recognise(&sniff)? {
            reader = Some(r);
            break;
        }
    }
    let reader = reader.expect("the plain CSV table takes every file");
    let mut src = Source {
        files: std::slice::from_ref(file),
        opts,
        text: Some(text),
    };
    read_with(reader.as_ref(), path.display().to_string(), &mut src, sink)
}

/// Reads an export with its reader, its diagnostics named `label`.
fn read_with(
    reader: &dyn Reader,
    label: String,
    src: &mut Source,
    sink: &mut Sink,
) -> Result<(), LoadError> {
    let d: Description = reader.describe();
    let mut notices = d.notices.clone();
    let file = src.file();
    if let (Some(group), true) = (&d.one_group, file.group_from_folder) {
        if file.group_name.as_ref() == Some(group) {
            notices.push(Notice::GroupFromFolder {
                file_name: naming::from_file_name(file),
                group: group.clone(),
            });
        }
    }
    let sheet = file.sheet && d.format == ExportKind::Csv;
    sink.start(FileDiagnostics {
        file: label,
        format: if sheet {
            ExportKind::SpreadsheetSheet
        } else {
            d.format
        },
        layout: d.layout.name(),
        delimiter: if sheet {
            "none (cells)".into()
        } else {
            d.delimiter.clone()
        },
        person_column: d.person.clone(),
        group_column: d.groups.clone(),
        modified: src.files.iter().filter_map(File::modified).max(),
        notices,
        ..FileDiagnostics::default()
    });
    reader.read(src, sink)?;
    sink.diag.encoding = src.text.as_ref().map_or("UTF-8", |t| t.encoding).into();
    let r = sink.end();
    check(r, d.header, &src.file().label)
}

/// A file that gave nothing usable is an error, not an empty report.
fn check(r: &FileDiagnostics, header: bool, path: &std::path::Path) -> Result<(), LoadError> {
    let accounts = r.skipped_bots + r.skipped_deactivated + r.skipped_banned;
    if r.rows == 0 && r.skipped_invalid == 0 && accounts == 0 {
        return Err(if header {
            LoadError::HeaderOnly { path: path.into() }
        } else {
            LoadError::Empty { path: path.into() }
        });
    }
    let usable = r.rows - r.skipped_invalid - r.skipped_not_validated - r.skipped_banned;
    if usable == 0 {
        return Ok(());
    }
    for (role, empty) in [
        ("group", r.skipped_empty_group),
        ("person", r.skipped_empty_person),
    ] {
        if empty == usable {
            let column = if role == "person" {
                r.person_column.english()
            } else {
                r.group_column.english()
            };
            return Err(LoadError::EmptyColumn {
                path: path.into(),
                role,
                column,
            });
        }
    }
    Ok(())
}
