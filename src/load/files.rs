//! Load stage, files: what the user named (files, folders, zip archives,
//! `-`) turned into [`Container`]s, each a set of [`File`]s that may belong
//! together (a Slack export is a folder or a zip of several JSON files).
//! Bytes are read only when asked for: a zip member is inflated as it is
//! read, never more than [`MAX_ENTRY_BYTES`] of it. Nothing here parses.

use super::{LoadError, SNIFF_BYTES, STDIN};
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
    /// A folder or archive (which must hold a member list), or files named
    /// one by one.
    pub is_folder: bool,
}

impl File {
    /// A file held in memory (standard input, a fuzz case); `name` is what
    /// messages call it.
    pub fn bytes(name: &str, bytes: Vec<u8>) -> File {
        File {
            label: name.into(),
            name: name.replace('\\', "/"),
            data: Data::Bytes(bytes),
        }
    }

    fn disk(path: &Path, name: String) -> File {
        File {
            label: path.into(),
            name,
            data: Data::Disk(path.into()),
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
/// files below it, recursively, in name order, hidden entries skipped), a
/// zip archive (its members), `-` (standard input); consecutive plain files
/// form one container, so that files given one by one can still be read
/// together. Zip archives inside a folder are containers of their own.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Container>, LoadError> {
    let mut out: Vec<Container> = Vec::new();
    let mut loose: Vec<File> = Vec::new();
    let flush = |loose: &mut Vec<File>, out: &mut Vec<Container>| {
        if !loose.is_empty() {
            out.push(Container {
                label: loose[0].label.clone(),
                files: std::mem::take(loose),
                is_folder: false,
            });
        }
    };
    for p in paths {
        if p.as_os_str() == STDIN {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| io(Path::new("<stdin>"), e))?;
            match open_archive(File::bytes("<stdin>", bytes))? {
                Ok(c) => {
                    flush(&mut loose, &mut out);
                    out.push(c);
                }
                Err(file) => loose.push(file),
            }
        } else if p.is_dir() {
            flush(&mut loose, &mut out);
            let mut found = Vec::new();
            walk(p, p, &mut found)?;
            let mut files = Vec::new();
            let mut inner = Vec::new();
            for f in found {
                if f.extension() == "zip" || is_list(&f.name) {
                    match open_archive(f)? {
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
            });
            out.extend(inner);
        } else {
            open(p)?;
            let name = p.to_string_lossy().replace('\\', "/");
            match open_archive(File::disk(p, name))? {
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

/// A zip archive (recognised by its first bytes, whatever its name) as a
/// container of its members; any other file is handed back.
pub fn open_archive(file: File) -> Result<Result<Container, File>, LoadError> {
    if !file.head()?.starts_with(b"PK\x03\x04") {
        return Ok(Err(file));
    }
    let label = file.label.clone();
    let reader: Box<dyn ReadSeek> = match file.data {
        Data::Disk(p) => Box::new(open(&p)?),
        Data::Bytes(b) => Box::new(std::io::Cursor::new(b)),
        Data::Zip(..) => {
            return Err(LoadError::Binary {
                path: label,
                kind: "a zip archive inside a zip archive; unzip it first",
            })
        }
    };
    let zip = zip::ZipArchive::new(reader).map_err(|e| LoadError::Malformed {
        path: label.clone(),
        line: 1,
        message: format!("cannot read the zip archive: {e}"),
    })?;
    let names: Vec<String> = zip.file_names().map(String::from).collect();
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
    Ok(Ok(Container {
        label,
        files,
        is_folder: true,
    }))
}

/// A spreadsheet or word-processor file is a zip archive too: say so.
fn office_document(names: &[String]) -> Option<&'static str> {
    if names.iter().any(|n| n.starts_with("xl/")) {
        Some("an Excel workbook (.xlsx); save each sheet as CSV (UTF-8)")
    } else if names.iter().any(|n| n == "mimetype") && names.iter().any(|n| n == "content.xml") {
        Some("an OpenDocument file (.ods); save each sheet as CSV (UTF-8)")
    } else if names.iter().any(|n| n == "[Content_Types].xml") {
        Some("an Office document; save it as CSV (UTF-8)")
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

fn walk(root: &Path, dir: &Path, out: &mut Vec<File>) -> Result<(), LoadError> {
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
            walk(root, &e, out)?;
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
        assert!(binary_kind(b"email\0group").is_some());
        assert_eq!(binary_kind(b"email,group\n"), None);
        assert_eq!(binary_kind(&[0xFF, 0xFE, b'e', 0]), None);
    }

    #[test]
    fn office_archives_are_recognised() {
        let xlsx = ["[Content_Types].xml".to_string(), "xl/workbook.xml".into()];
        assert!(office_document(&xlsx).unwrap().contains("xlsx"));
        let ods = ["mimetype".to_string(), "content.xml".into()];
        assert!(office_document(&ods).unwrap().contains("ods"));
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
