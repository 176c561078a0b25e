//! Load stage, files: what the user named (files, folders, zip archives,
//! `-`) turned into [`Container`]s, each a set of [`File`]s that may belong
//! together (a Slack export is a folder or a zip of several JSON files).
//! Bytes are read only when asked for: a zip member is inflated as it is
//! read, never more than [`MAX_ENTRY_BYTES`] of it. Nothing here parses.

use super::spreadsheet;
use super::{LoadError, SNIFF_BYTES, STDIN};
use crate::memberships::{NotRead, NotReadReason};
use std::borrow::Cow;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What one member of a zip archive may expand to: a larger one is refused
/// (unzip it and give the file itself), so that a small archive cannot
/// exhaust memory.
pub const MAX_ENTRY_BYTES: u64 = 512 << 20;

/// One file of the inputs.
pub struct File {
    /// What messages call it: the path, `<stdin>`, or `archive.zip/inner.csv`.
    pub label: PathBuf,
    /// Its path inside its container (`/`-separated), for exports whose
    /// files are recognised together (`users.json` beside `channels.json`).
    pub name: String,
    pub data: Data,
    /// The group this file stands for when it is one group, when not its
    /// file name (a sheet's name; a folder when the file name is generic
    /// or shared, see [`super::naming`]).
    pub group_name: Option<String>,
    /// `group_name` comes from folders, because the file name is generic
    /// or shared: said in the diagnostics.
    pub group_from_folder: bool,
    /// A sheet of a workbook: a table without a group column is one group,
    /// the sheet's (a sheet per group is how spreadsheets keep lists).
    pub sheet: bool,
}

/// Where a file's bytes are.
pub enum Data {
    /// A file on disk, read (or handed to polars) in place.
    Disk(PathBuf),
    /// Bytes in memory: standard input, a fuzz case.
    Bytes(Vec<u8>),
    /// Member `index` of a zip archive, inflated when read.
    Zip(Arc<Archive>, usize),
}

/// A zip archive being read, member by member.
pub struct Archive {
    label: PathBuf,
    zip: Mutex<zip::ZipArchive<Box<dyn ReadSeek>>>,
}

pub trait ReadSeek: Read + Seek + Send {}
impl<T: Read + Seek + Send> ReadSeek for T {}

/// Files that may belong together: one folder, one archive, or the files
/// named on the command line.
pub struct Container {
    /// The folder or archive (or the first file given).
    pub label: PathBuf,
    /// Every file in it but hidden ones, in name order. Which of them are
    /// member lists is decided when they are read.
    pub files: Vec<File>,
    /// A folder or archive, whose files are read only when they have the
    /// extension of a member list; or files named one by one, all read.
    pub is_folder: bool,
    /// Reading nothing from it is an error (a folder or archive given with
    /// no member list at all).
    pub must_hold_a_list: bool,
    /// What was left out of it (hidden sheets, report folders...).
    pub not_read: Vec<NotRead>,
}

impl File {
    /// A file held in memory (standard input, a fuzz case); `name` is what
    /// messages call it.
    pub fn bytes(name: &str, bytes: Vec<u8>) -> File {
        File {
            label: name.into(),
            name: name.replace('\\', "/"),
            data: Data::Bytes(bytes),
            group_name: None,
            group_from_folder: false,
            sheet: false,
        }
    }

    fn disk(path: &Path, name: String) -> File {
        File {
            label: path.into(),
            name,
            data: Data::Disk(path.into()),
            group_name: None,
            group_from_folder: false,
            sheet: false,
        }
    }

    /// The date it was last changed (`2025-09-12`, UTC), when known: the
    /// date of the exports, at the top of the report.
    pub fn modified(&self) -> Option<String> {
        match &self.data {
            Data::Disk(p) => {
                let t = std::fs::metadata(p).ok()?.modified().ok()?;
                let t: chrono::DateTime<chrono::Utc> = t.into();
                Some(t.format("%Y-%m-%d").to_string())
            }
            Data::Zip(archive, i) => archive.modified(*i),
            Data::Bytes(_) => None,
        }
    }

    /// File name without extension (the group of a one-group file).
    pub fn stem(&self) -> String {
        let base = self.name.rsplit('/').next().unwrap_or_default();
        match base.rfind('.') {
            Some(i) if i > 0 => base[..i].to_string(),
            _ => base.to_string(),
        }
    }

    /// The file name's extension, lowercased (`csv`, `json`...).
    pub fn extension(&self) -> String {
        let base = self.name.rsplit('/').next().unwrap_or_default();
        match base.rfind('.') {
            Some(i) if i > 0 => base[i + 1..].to_lowercase(),
            _ => String::new(),
        }
    }

    /// The name of the folder holding it inside its container, or, at the
    /// top of an archive, the archive's name (the list of a `sympa dump`).
    pub fn parent(&self) -> Option<String> {
        let mut parts: Vec<&str> = self.name.split('/').collect();
        parts.pop();
        match parts.pop() {
            Some(p) if !p.is_empty() && p != "." && p != ".." => Some(p.to_string()),
            _ => match &self.data {
                Data::Zip(a, _) => Some(stem_of(&a.label)),
                _ => self
                    .label
                    .parent()
                    .and_then(Path::file_name)
                    .map(|s| s.to_string_lossy().into_owned()),
            },
        }
    }

    /// The folder of `name` inside the container (empty at its top).
    pub fn folder(&self) -> &str {
        self.name.rsplit_once('/').map_or("", |(d, _)| d)
    }

    /// The first [`SNIFF_BYTES`] bytes.
    pub fn head(&self) -> Result<Cow<'_, [u8]>, LoadError> {
        match &self.data {
            Data::Bytes(b) => Ok(Cow::Borrowed(&b[..b.len().min(SNIFF_BYTES)])),
            Data::Disk(p) => {
                let file = open(p)?;
                let mut head = Vec::with_capacity(SNIFF_BYTES);
                file.take(SNIFF_BYTES as u64)
                    .read_to_end(&mut head)
                    .map_err(|e| io(p, e))?;
                Ok(Cow::Owned(head))
            }
            Data::Zip(a, i) => a.read(*i, &self.label, SNIFF_BYTES as u64).map(Cow::Owned),
        }
    }

    /// Every byte (a zip member: at most [`MAX_ENTRY_BYTES`], else an
    /// error naming it).
    pub fn all(&self) -> Result<Cow<'_, [u8]>, LoadError> {
        match &self.data {
            Data::Bytes(b) => Ok(Cow::Borrowed(b)),
            Data::Disk(p) => std::fs::read(p).map(Cow::Owned).map_err(|e| io(p, e)),
            Data::Zip(a, i) => {
                let bytes = a.read(*i, &self.label, MAX_ENTRY_BYTES + 1)?;
                if bytes.len() as u64 > MAX_ENTRY_BYTES {
                    return Err(LoadError::EntryTooLarge {
                        path: self.label.clone(),
                        max_mib: MAX_ENTRY_BYTES >> 20,
                    });
                }
                Ok(Cow::Owned(bytes))
            }
        }
    }

    /// The whole file as UTF-8 text (for JSON exports, which are UTF-8).
    pub fn utf8(&self) -> Result<String, LoadError> {
        let bytes = self.all()?.into_owned();
        let text = String::from_utf8(bytes).map_err(|e| {
            let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64
                + 1;
            LoadError::NotUtf8 {
                path: self.label.clone(),
                line,
            }
        })?;
        Ok(match text.strip_prefix('\u{feff}') {
            Some(t) => t.to_string(),
            None => text,
        })
    }
}

impl Archive {
    /// The date member `index` was last changed, as the archive says it.
    fn modified(&self, index: usize) -> Option<String> {
        let mut zip = self
            .zip
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let d = zip.by_index_raw(index).ok()?.last_modified()?;
        // Zip dates start in 1980; an archive written without dates says so.
        (d.year() > 1980).then(|| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()))
    }

    /// Up to `limit` bytes of member `index`, inflated.
    fn read(&self, index: usize, label: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
        let mut zip = self
            .zip
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let entry = zip.by_index(index).map_err(|e| LoadError::Malformed {
            path: label.into(),
            line: 1,
            message: format!("cannot read this member of the zip archive: {e}"),
        })?;
        let mut out = Vec::with_capacity(entry.size().min(limit).min(64 << 20) as usize);
        entry
            .take(limit)
            .read_to_end(&mut out)
            .map_err(|e| io(label, e))?;
        Ok(out)
    }
}

fn stem_of(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn io(p: &Path, e: std::io::Error) -> LoadError {
    LoadError::Io {
        path: p.into(),
        source: e,
    }
}

fn open(p: &Path) -> Result<std::fs::File, LoadError> {
    let file = std::fs::File::open(p).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: p.into() },
        _ => io(p, e),
    })?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(io(p, std::io::Error::other("is a directory, not a file")));
    }
    Ok(file)
}

/// File extensions of member lists: a folder's or an archive's other files
/// are read only as part of an export that claims them (a Sympa list's
/// `config`), else listed as not read.
pub const LIST_EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "json", "jsonl", "dump", "list", "zip"];

/// The inputs named on the command line, as containers: a folder (its
/// files below it, recursively, in name order, hidden entries and earlier
/// reports skipped), a zip archive (its members), a workbook (its sheets),
/// `-` (standard input); consecutive plain files form one container, so
/// that files given one by one can still be read together. Archives and
/// workbooks inside a folder are containers of their own.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Container>, LoadError> {
    let mut out: Vec<Container> = Vec::new();
    let mut loose: Vec<File> = Vec::new();
    let flush = |loose: &mut Vec<File>, out: &mut Vec<Container>| {
        if !loose.is_empty() {
            out.push(Container {
                label: loose[0].label.clone(),
                files: std::mem::take(loose),
                is_folder: false,
                must_hold_a_list: false,
                not_read: Vec::new(),
            });
        }
    };
    for p in paths {
        if p.as_os_str() == STDIN {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| io(Path::new("<stdin>"), e))?;
            match open_container(File::bytes("<stdin>", bytes))? {
                Ok(c) => {
                    flush(&mut loose, &mut out);
                    out.push(c);
                }
                Err(file) => loose.push(file),
            }
        } else if p.is_dir() {
            flush(&mut loose, &mut out);
            if is_report_folder(p) {
                return Err(LoadError::ReportFolder { path: p.clone() });
            }
            let mut found = Vec::new();
            let mut not_read = Vec::new();
            walk(p, p, &mut found, &mut not_read)?;
            let mut files = Vec::new();
            let mut inner = Vec::new();
            for f in found {
                if is_list(&f.name) || spreadsheet_extension(&f.name) {
                    match open_container(f)? {
                        Ok(c) => inner.push(c),
                        Err(f) => files.push(f),
                    }
                } else {
                    files.push(f);
                }
            }
            out.push(Container {
                label: p.clone(),
                files,
                is_folder: true,
                // Its archives and workbooks may hold the lists.
                must_hold_a_list: inner.is_empty(),
                not_read,
            });
            out.extend(inner);
        } else {
            open(p)?;
            let name = p.to_string_lossy().replace('\\', "/");
            match open_container(File::disk(p, name))? {
                Ok(c) => {
                    flush(&mut loose, &mut out);
                    out.push(c);
                }
                Err(file) => loose.push(file),
            }
        }
    }
    flush(&mut loose, &mut out);
    Ok(out)
}

/// A file name with a spreadsheet's extension.
fn spreadsheet_extension(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
        .iter()
        .any(|x| lower.ends_with(x))
}

/// A folder holding a report that maillage wrote: its `summary.json` has
/// the headline figures' keys.
fn is_report_folder(dir: &Path) -> bool {
    let Ok(f) = std::fs::File::open(dir.join("summary.json")) else {
        return false;
    };
    let mut head = Vec::new();
    if f.take(4096).read_to_end(&mut head).is_err() {
        return false;
    }
    let head = String::from_utf8_lossy(&head);
    head.contains("\"multi_membership_rate\"") && head.contains("\"persons\"")
}

/// A zip archive (its members) or a workbook (its sheets) as a container,
/// recognised by its first bytes whatever its name; any other file is
/// handed back.
pub fn open_container(file: File) -> Result<Result<Container, File>, LoadError> {
    let head = file.head()?;
    if spreadsheet::is_xls(&head) {
        drop(head);
        return spreadsheet::open(file, spreadsheet::Kind::Xls).map(Ok);
    }
    if !head.starts_with(b"PK\x03\x04") {
        drop(head);
        return Ok(Err(file));
    }
    drop(head);
    open_archive(file).map(Ok)
}

/// A zip archive's members as a container (an Office zip is a workbook or
/// a document: read as a workbook, or refused).
fn open_archive(file: File) -> Result<Container, LoadError> {
    let label = file.label.clone();
    let reader: Box<dyn ReadSeek> = match &file.data {
        Data::Disk(p) => Box::new(open(p)?),
        Data::Bytes(b) => Box::new(std::io::Cursor::new(b.clone())),
        Data::Zip(..) => {
            return Err(LoadError::Binary {
                path: label,
                kind: "a zip archive inside a zip archive; unzip it first",
            })
        }
    };
    let mut zip = zip::ZipArchive::new(reader).map_err(|e| LoadError::Malformed {
        path: label.clone(),
        line: 1,
        message: format!("cannot read the zip archive: {e}"),
    })?;
    let names: Vec<String> = zip.file_names().map(String::from).collect();
    if let Some(kind) = spreadsheet::kind_of_zip(&names) {
        let ods_text = kind == spreadsheet::Kind::Ods && {
            let mut mime = String::new();
            zip.by_name("mimetype")
                .map(|e| e.take(200).read_to_string(&mut mime).is_ok())
                .unwrap_or(false);
            !mime.contains("spreadsheet")
        };
        if !ods_text {
            drop(zip);
            return spreadsheet::open(file, kind);
        }
    }
    if let Some(kind) = office_document(&names) {
        return Err(LoadError::Binary { path: label, kind });
    }
    let archive = Arc::new(Archive {
        label: label.clone(),
        zip: Mutex::new(zip),
    });
    let mut members: Vec<(String, usize)> = Vec::new();
    {
        let mut zip = archive
            .zip
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for i in 0..zip.len() {
            let Ok(entry) = zip.by_index_raw(i) else {
                continue;
            };
            let name = entry.name().replace('\\', "/");
            if entry.is_dir() || name.starts_with("__MACOSX/") || hidden(&name) {
                continue;
            }
            members.push((name, i));
        }
    }
    members.sort();
    let mut files = Vec::new();
    for (name, i) in members {
        let member = File {
            label: label.join(&name),
            name,
            data: Data::Zip(archive.clone(), i),
            group_name: None,
            group_from_folder: false,
            sheet: false,
        };
        if is_list(&member.name) && member.head()?.starts_with(b"PK\x03\x04") {
            // An archive inside an archive is not opened.
            return Err(LoadError::Binary {
                path: member.label,
                kind: "a zip archive inside a zip archive; unzip it first",
            });
        }
        files.push(member);
    }
    Ok(Container {
        label,
        files,
        is_folder: true,
        must_hold_a_list: true,
        not_read: Vec::new(),
    })
}

/// A spreadsheet or word-processor file is a zip archive too: say so.
fn office_document(names: &[String]) -> Option<&'static str> {
    if names.iter().any(|n| n == "mimetype") && names.iter().any(|n| n == "content.xml") {
        Some("an OpenDocument text document, not a member list; export the member list as CSV or a spreadsheet")
    } else if names.iter().any(|n| n == "[Content_Types].xml") {
        Some("an Office document that is not a workbook; export the member list as CSV or a spreadsheet")
    } else {
        None
    }
}

fn hidden(name: &str) -> bool {
    name.split('/').any(|part| part.starts_with('.'))
}

/// A file name with the extension of a member list.
pub fn is_list(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or_default();
    let ext = match base.rfind('.') {
        Some(i) if i > 0 => base[i + 1..].to_lowercase(),
        _ => String::new(),
    };
    LIST_EXTENSIONS.contains(&ext.as_str())
}

fn walk(
    root: &Path,
    dir: &Path,
    out: &mut Vec<File>,
    not_read: &mut Vec<NotRead>,
) -> Result<(), LoadError> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| io(dir, e))?;
    entries.sort();
    for e in entries {
        let is_hidden = e
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if is_hidden {
            continue;
        }
        let name = e
            .strip_prefix(root)
            .unwrap_or(&e)
            .to_string_lossy()
            .replace('\\', "/");
        if e.is_dir() {
            if is_report_folder(&e) {
                not_read.push(NotRead {
                    file: e.display().to_string(),
                    why: NotReadReason::ReportFolder,
                });
            } else {
                walk(root, &e, out, not_read)?;
            }
        } else {
            out.push(File::disk(&e, name));
        }
    }
    Ok(())
}

/// What a non-text file looks like, from its first bytes, when it is not
/// text: `None` for text (UTF-16 with a BOM counts as text).
pub fn binary_kind(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let kind = if head.starts_with(b"%PDF") {
        "a PDF document; export the member list as CSV instead"
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        "an Excel 97-2003 workbook (.xls); save it as CSV (UTF-8)"
    } else if head.starts_with(&[0x1F, 0x8B]) {
        "a gzip-compressed file; decompress it first"
    } else if head.starts_with(b"SQLite format 3") {
        "an SQLite database; export the member list as CSV"
    } else if head.contains(&0) {
        "a binary file, not a text member list"
    } else {
        return None;
    };
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_files_are_named() {
        assert!(binary_kind(b"%PDF-1.7\n").unwrap().contains("PDF"));
        assert!(binary_kind(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0])
            .unwrap()
            .contains(".xls"));
        assert!(spreadsheet_extension("a/B.XLSX") && spreadsheet_extension("c.ods"));
        assert!(!spreadsheet_extension("c.csv"));
        assert!(binary_kind(b"email\0group").is_some());
        assert_eq!(binary_kind(b"email,group\n"), None);
        assert_eq!(binary_kind(&[0xFF, 0xFE, b'e', 0]), None);
    }

    #[test]
    fn office_documents_that_are_not_workbooks_are_named() {
        let docx = [
            "[Content_Types].xml".to_string(),
            "word/document.xml".into(),
        ];
        assert!(office_document(&docx).unwrap().contains("not a workbook"));
        let odt = ["mimetype".to_string(), "content.xml".into()];
        assert!(office_document(&odt).unwrap().contains("text document"));
        assert_eq!(office_document(&["a.csv".to_string()]), None);
    }

    #[test]
    fn list_files_are_chosen_by_extension() {
        assert!(is_list("a/velo@listes.org.txt"));
        assert!(is_list("member.dump"));
        assert!(is_list("X.CSV"));
        assert!(is_list("export.jsonl"));
        assert!(!is_list("README"));
        assert!(!is_list("photo.png"));
        assert!(hidden(".hidden.csv"));
        assert!(hidden("a/.git/config"));
        assert!(!hidden("a/b.csv"));
    }

    #[test]
    fn names_give_stem_extension_and_parent() {
        let f = File::bytes("listes/velo/velo@x.org.TXT", Vec::new());
        assert_eq!(f.stem(), "velo@x.org");
        assert_eq!(f.extension(), "txt");
        assert_eq!(f.parent().as_deref(), Some("velo"));
        assert_eq!(f.folder(), "listes/velo");
        let f = File::bytes("config", Vec::new());
        assert_eq!((f.stem().as_str(), f.extension().as_str()), ("config", ""));
    }
}
