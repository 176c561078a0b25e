//! Load stage errors: every mistake a user can make in an input file, with
//! the file, the line where it helps, and what to do about it.

use crate::lang::Lang;
use crate::t;
use std::path::PathBuf;

/// Columns shown in a message: the first few, quoted, and how many more
/// (a header of 200,000 columns is not printed whole).
pub fn columns(found: &[String]) -> String {
    const SHOWN: usize = 10;
    let quoted: Vec<String> = found.iter().take(SHOWN).map(|c| format!("{c:?}")).collect();
    if found.len() > SHOWN {
        format!(
            "[{}, ... and {} more]",
            quoted.join(", "),
            found.len() - SHOWN
        )
    } else {
        format!("[{}]", quoted.join(", "))
    }
}

/// Something wrong with an input file. The message names the file (and line
/// when known) and says how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file (check the path)", path.display())]
    NotFound { path: PathBuf },

    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{}: the file is empty (export the member list again)", path.display())]
    Empty { path: PathBuf },

    #[error("{}:1: only a header, no membership rows", path.display())]
    HeaderOnly { path: PathBuf },

    #[error(
        "{}:1: no {role} column found among the columns {}; name it with --{role} COLUMN{}",
        path.display(),
        columns(found),
        if *role == "group" { " (or, if the whole file is one group, use --layout per-group)" } else { "" }
    )]
    NoColumn {
        path: PathBuf,
        role: &'static str,
        found: Vec<String>,
    },

    #[error(
        "{}:1: there is no column '{name}' (given with --{role}); the columns are {}",
        path.display(),
        columns(found)
    )]
    MissingNamedColumn {
        path: PathBuf,
        role: &'static str,
        name: String,
        found: Vec<String>,
    },

    #[error(
        "{}:1: the person and group columns are both '{name}'; give two different columns with --person and --group",
        path.display()
    )]
    SameColumn { path: PathBuf, name: String },

    #[error("{}:{line}: {message}", path.display())]
    Malformed {
        path: PathBuf,
        line: u64,
        message: String,
    },

    #[error(
        "{}:{line}: the file is not valid text in the encoding used (give it with --encoding, or re-save it as CSV UTF-8)",
        path.display()
    )]
    NotUtf8 { path: PathBuf, line: u64 },

    #[error(
        "{}: the {role} column '{column}' is empty on every row; check the column with --{role}",
        path.display()
    )]
    EmptyColumn {
        path: PathBuf,
        role: &'static str,
        column: String,
    },

    #[error(
        "{}: unknown encoding '{label}' (try utf-8, windows-1252, iso-8859-15 or utf-16)",
        path.display()
    )]
    UnknownEncoding { path: PathBuf, label: String },

    #[error(
        "{}: no member list (.csv, .tsv, .txt, .json, .dump, .list or .zip file) in it; give the files themselves",
        path.display()
    )]
    EmptyFolder { path: PathBuf },

    #[error("{}: this is {kind}", path.display())]
    Binary { path: PathBuf, kind: &'static str },

    #[error(
        "{}:{line}: a quoted field opened on this line is never closed; close the quote (a quote inside a quoted field is written twice: \"\"), or remove it",
        path.display()
    )]
    UnterminatedQuote { path: PathBuf, line: u64 },

    #[error(
        "{}: cannot tell which layout this file has ({why}); say it with --layout long|wide|matrix|per-group",
        path.display()
    )]
    UnknownLayout { path: PathBuf, why: String },

    #[error(
        "{}: this member of the archive expands to more than {max_mib} MiB; unzip the archive and give the file itself",
        path.display()
    )]
    EntryTooLarge { path: PathBuf, max_mib: u64 },

    #[error("more than four billion distinct names: the inputs are too large for maillage")]
    TooManyNames,

    #[error(
        "{}: this folder holds a report written by maillage, not member lists; give the folder of the exports",
        path.display()
    )]
    ReportFolder { path: PathBuf },

    #[error("no input file given")]
    NoInput,

    /// A group-descriptions file (`--groups-info`) without a column this
    /// kind of file needs: `what` is `group` or `described`.
    #[error("{}", t!(*.lang, "error-descriptions-column", file = .path.display().to_string(), what = *.what, columns = columns(.found)))]
    DescriptionsColumn {
        path: PathBuf,
        what: &'static str,
        found: Vec<String>,
        lang: Lang,
    },

    /// A roles file (`--roles`) without its person, group or role column.
    #[error("{}", t!(*.lang, "error-roles-column", file = .path.display().to_string(), what = *.what, columns = columns(.found)))]
    RolesColumn {
        path: PathBuf,
        what: &'static str,
        found: Vec<String>,
        lang: Lang,
    },

    /// Two rows give one group two different categories.
    #[error("{}", .0.describe())]
    TwoCategories(Box<CategoryClash>),

    /// `--facilitators-group` names no group of the member lists.
    #[error("{}", t!(*.lang, "error-facilitators-group", name = .name.as_str()))]
    UnknownFacilitatorsGroup { name: String, lang: Lang },
}

/// One group given two categories.
#[derive(Debug)]
pub struct CategoryClash {
    pub group: String,
    /// Where each was given: `file:line`.
    pub first: String,
    pub second: String,
    pub a: String,
    pub b: String,
    pub lang: Lang,
}

impl CategoryClash {
    fn describe(&self) -> String {
        t!(
            self.lang,
            "error-two-categories",
            group = self.group.as_str(),
            first = self.first.as_str(),
            second = self.second.as_str(),
            a = self.a.as_str(),
            b = self.b.as_str()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_column_lists_are_cut() {
        let few: Vec<String> = ["a", "b"].map(String::from).to_vec();
        assert_eq!(columns(&few), "[\"a\", \"b\"]");
        let many: Vec<String> = (0..200_000).map(|i| format!("c{i}")).collect();
        let shown = columns(&many);
        assert!(shown.starts_with("[\"c0\", \"c1\", "), "{shown}");
        assert!(shown.ends_with("\"c9\", ... and 199990 more]"), "{shown}");
        let e = LoadError::NoColumn {
            path: "wide.csv".into(),
            role: "group",
            found: many,
        };
        assert!(e.to_string().len() < 400, "{e}");
    }
}
