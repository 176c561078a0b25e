//! Load stage, inputs: what the user named (files, folders, zip archives,
//! `-`) turned into a flat list of [`Input`]s, each one member list to read,
//! with the bytes' character encoding worked out. Nothing here parses CSV.

use super::{LoadError, SNIFF_BYTES, STDIN};
use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};

/// File names taken from a folder or an archive: the usual extensions of
/// member-list exports.
pub const LIST_EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "json", "dump", "list", "zip"];

/// One member list to read.
pub struct Input {
    /// What messages call it: the path, `<stdin>`, or `archive.zip/inner.csv`.
    pub label: PathBuf,
    pub data: Data,
    /// File name without extension (the group of a one-group file).
    pub stem: String,
    /// Name of the folder holding it (the list of a `sympa dump`).
    pub parent: Option<String>,
}

/// Where an input's bytes are.
pub enum Data {
    /// A file on disk, read (or handed to polars) in place.
    File(PathBuf),
    /// Bytes in memory: standard input, or a member of an archive.
    Bytes(Vec<u8>),
}

impl Input {
    fn file(path: &Path) -> Input {
        Input {
            label: path.into(),
            data: Data::File(path.into()),
            stem: stem_of(path),
            parent: parent_of(path),
        }
    }

    /// An input held in memory (standard input, an archive member, a fuzz
    /// case); `name` is what messages call it.
    pub fn bytes(name: &str, bytes: Vec<u8>) -> Input {
        let p = Path::new(name);
        Input {
            label: p.into(),
            data: Data::Bytes(bytes),
            stem: stem_of(p),
            parent: parent_of(p),
        }
    }

    /// The first [`SNIFF_BYTES`] bytes.
    pub fn head(&self) -> Result<Cow<'_, [u8]>, LoadError> {
        match &self.data {
            Data::Bytes(b) => Ok(Cow::Borrowed(&b[..b.len().min(SNIFF_BYTES)])),
            Data::File(p) => {
                let file = open(p)?;
                let mut head = Vec::with_capacity(SNIFF_BYTES);
                file.take(SNIFF_BYTES as u64)
                    .read_to_end(&mut head)
                    .map_err(|e| io(p, e))?;
                Ok(Cow::Owned(head))
            }
        }
    }

    /// Every byte.
    pub fn all(&self) -> Result<Cow<'_, [u8]>, LoadError> {
        match &self.data {
            Data::Bytes(b) => Ok(Cow::Borrowed(b)),
            Data::File(p) => std::fs::read(p).map(Cow::Owned).map_err(|e| io(p, e)),
        }
    }
}

fn stem_of(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn parent_of(p: &Path) -> Option<String> {
    p.parent()
        .and_then(Path::file_name)
        .map(|s| s.to_string_lossy().into_owned())
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

/// The inputs named on the command line: a folder stands for the member
/// lists below it (recursively, in name order, hidden entries skipped), a
/// zip archive for the member lists inside it, `-` for standard input.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Input>, LoadError> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == STDIN {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| io(Path::new("<stdin>"), e))?;
            push(Input::bytes("<stdin>", bytes), &mut out)?;
        } else if p.is_dir() {
            let before = out.len();
            walk(p, &mut out)?;
            if out.len() == before {
                return Err(LoadError::EmptyFolder { path: p.clone() });
            }
        } else {
            open(p)?;
            push(Input::file(p), &mut out)?;
        }
    }
    Ok(out)
}

/// Adds an input, or the member lists inside it when it is a zip archive
/// (recognised by its first bytes, whatever its name).
pub fn push(input: Input, out: &mut Vec<Input>) -> Result<(), LoadError> {
    if !input.head()?.starts_with(b"PK\x03\x04") {
        out.push(input);
        return Ok(());
    }
    let bytes = input.all()?.into_owned();
    let label = input.label.clone();
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| LoadError::Malformed {
            path: label.clone(),
            line: 1,
            message: format!("cannot read the zip archive: {e}"),
        })?;
    let names: Vec<String> = archive.file_names().map(String::from).collect();
    if let Some(kind) = office_document(&names) {
        return Err(LoadError::Binary { path: label, kind });
    }
    let mut members: Vec<(String, usize)> = Vec::new();
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(i) else {
            continue;
        };
        let name = entry.name().to_string();
        if entry.is_dir() || !wanted(Path::new(&name)) || name.starts_with("__MACOSX/") {
            continue;
        }
        members.push((name, i));
    }
    members.sort();
    if members.is_empty() {
        return Err(LoadError::EmptyFolder { path: label });
    }
    for (name, i) in members {
        let mut entry = archive.by_index(i).map_err(|e| LoadError::Malformed {
            path: label.join(&name),
            line: 1,
            message: format!("cannot read this member of the zip archive: {e}"),
        })?;
        let mut bytes = Vec::new();
        entry
            .read_to_end(&mut bytes)
            .map_err(|e| io(&label.join(&name), e))?;
        let inner = Path::new(&name);
        let mut member = Input::bytes(&label.join(inner).to_string_lossy(), bytes);
        // The list folder inside the archive, else the archive's own name.
        member.parent = inner
            .parent()
            .and_then(Path::file_name)
            .map(|s| s.to_string_lossy().into_owned())
            .or_else(|| Some(stem_of(&label)));
        if member.head()?.starts_with(b"PK\x03\x04") {
            // An archive inside an archive is not opened.
            return Err(LoadError::Binary {
                path: member.label,
                kind: "a zip archive inside a zip archive; unzip it first",
            });
        }
        out.push(member);
    }
    Ok(())
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

fn wanted(p: &Path) -> bool {
    let hidden = p
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    !hidden
        && p.extension()
            .is_some_and(|x| LIST_EXTENSIONS.contains(&x.to_string_lossy().to_lowercase().as_str()))
}

fn walk(dir: &Path, out: &mut Vec<Input>) -> Result<(), LoadError> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| io(dir, e))?;
    entries.sort();
    for e in entries {
        let hidden = e
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if e.is_dir() {
            walk(&e, out)?;
        } else if wanted(&e) {
            push(Input::file(&e), out)?;
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

/// An input's text as UTF-8: either the file itself when it is UTF-8
/// (polars then reads it in place), or its bytes decoded in memory.
pub struct Text {
    pub encoding: &'static str,
    pub decoded: Option<Vec<u8>>,
}

impl Text {
    /// UTF-8 (with or without BOM) is used in place; a UTF-16 BOM, a start
    /// that is not UTF-8, or `--encoding` gives a decoded copy.
    pub fn detect(input: &Input, head: &[u8], label: Option<&str>) -> Result<Text, LoadError> {
        let utf8 = match std::str::from_utf8(head) {
            Ok(_) => true,
            // A character cut by the end of the sniff window is fine.
            Err(e) => e.error_len().is_none() && head.len() == SNIFF_BYTES,
        };
        let bom16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        if label.is_none() && !bom16 && utf8 {
            return Ok(match &input.data {
                Data::File(_) => Text::utf8(None),
                // Checked whole: the bytes are in memory anyway.
                Data::Bytes(b) if std::str::from_utf8(b).is_ok() => Text::utf8(Some(b.clone())),
                Data::Bytes(b) => Text::from_bytes(&input.label, b, None)?,
            });
        }
        Text::from_bytes(&input.label, &input.all()?, label)
    }

    fn utf8(decoded: Option<Vec<u8>>) -> Text {
        Text {
            encoding: "UTF-8",
            decoded,
        }
    }

    /// Decodes `bytes` with the encoding named by `label`, or the one
    /// chardetng guesses (with a French-language hint: Windows-1252 for
    /// French Excel files); a BOM wins over both.
    pub fn from_bytes(path: &Path, bytes: &[u8], label: Option<&str>) -> Result<Text, LoadError> {
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

    /// The whole text, in memory: a file read in place is read now, and
    /// decoded after all if it stops being UTF-8 after the sniff window.
    pub fn load(&mut self, input: &Input, label: Option<&str>) -> Result<String, LoadError> {
        if let Some(d) = &self.decoded {
            // Decoded text and checked UTF-8 are valid UTF-8.
            return Ok(String::from_utf8_lossy(d).into_owned());
        }
        let bytes = input.all()?.into_owned();
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                *self = Text::from_bytes(&input.label, e.as_bytes(), label)?;
                let d = self.decoded.as_deref().unwrap_or_default();
                Ok(String::from_utf8_lossy(d).into_owned())
            }
        }
    }
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
        assert!(wanted(Path::new("a/velo@listes.org.txt")));
        assert!(wanted(Path::new("member.dump")));
        assert!(wanted(Path::new("X.CSV")));
        assert!(!wanted(Path::new("README")));
        assert!(!wanted(Path::new(".hidden.csv")));
        assert!(!wanted(Path::new("photo.png")));
    }
}
