//! Load stage errors: every mistake a user can make in an input file, with
//! the file, the line where it helps, and what to do about it.

use crate::lang::Lang;
use crate::messages::{message, Msg};
use crate::t;
use std::path::PathBuf;

/// Columns shown in a message: the first few, quoted, and how many more
/// (a header of 200,000 columns is not printed whole).
pub fn columns(found: &[String]) -> String {
    const SHOWN: usize = 10;
    let quoted: Vec<String> = found.iter().take(SHOWN).map(|c| format!("{c:?}")).collect();
    if found.len() > SHOWN {
        format!("[{}, … +{}]", quoted.join(", "), found.len() - SHOWN)
    } else {
        format!("[{}]", quoted.join(", "))
    }
}

/// Something wrong with an input file. The message names the file (and line
/// when known) and says how to fix it, in plain words first and the option
/// second, in [`Lang::current`].
#[derive(Debug)]
pub enum LoadError {
    NotFound {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Empty {
        path: PathBuf,
    },
    HeaderOnly {
        path: PathBuf,
    },
    NoColumn {
        path: PathBuf,
        role: &'static str,
        found: Vec<String>,
    },
    MissingNamedColumn {
        path: PathBuf,
        role: &'static str,
        name: String,
        found: Vec<String>,
    },
    SameColumn {
        path: PathBuf,
        name: String,
    },
    Malformed {
        path: PathBuf,
        line: u64,
        message: Msg,
    },
    NotUtf8 {
        path: PathBuf,
        line: u64,
    },
    EmptyColumn {
        path: PathBuf,
        role: &'static str,
        column: String,
    },
    UnknownEncoding {
        path: PathBuf,
        label: String,
    },
    EmptyFolder {
        path: PathBuf,
    },
    /// Not a text member list: `kind` says what it is and what to do.
    Binary {
        path: PathBuf,
        kind: Msg,
    },
    UnterminatedQuote {
        path: PathBuf,
        line: u64,
    },
    UnknownLayout {
        path: PathBuf,
        why: Msg,
    },
    EntryTooLarge {
        path: PathBuf,
        max_mib: u64,
    },
    TooManyNames,
    ReportFolder {
        path: PathBuf,
    },
    NoInput,
    /// A group-descriptions file (`--groups-info`) without a column this
    /// kind of file needs: `what` is `group` or `described`.
    DescriptionsColumn {
        path: PathBuf,
        what: &'static str,
        found: Vec<String>,
        lang: Lang,
    },
    /// A roles file (`--roles`) without its person, group or role column.
    RolesColumn {
        path: PathBuf,
        what: &'static str,
        found: Vec<String>,
        lang: Lang,
    },
    /// Two rows give one group two different categories.
    TwoCategories(Box<CategoryClash>),
    /// `--facilitators-group` names no group of the member lists.
    UnknownFacilitatorsGroup {
        name: String,
        lang: Lang,
    },
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

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use LoadError::*;
        let l = Lang::current();
        let role_word = |role: &str| match role {
            "group" => message(l, "err-role-group", &[]),
            _ => message(l, "err-role-person", &[]),
        };
        let (at, text) = match self {
            NotFound { path } => (place(path, None), t!(l, "err-not-found")),
            Io { path, source } => (
                place(path, None),
                t!(l, "err-io", error = source.to_string()),
            ),
            Empty { path } => (place(path, None), t!(l, "err-empty")),
            HeaderOnly { path } => (place(path, Some(1)), t!(l, "err-header-only")),
            NoColumn { path, role, found } => (
                place(path, Some(1)),
                t!(
                    l,
                    "err-no-column",
                    role = role_word(role),
                    option = *role,
                    columns = columns(found),
                    group = u64::from(*role == "group")
                ),
            ),
            MissingNamedColumn {
                path,
                role,
                name,
                found,
            } => (
                place(path, Some(1)),
                t!(
                    l,
                    "err-missing-named-column",
                    name = name.as_str(),
                    option = *role,
                    columns = columns(found)
                ),
            ),
            SameColumn { path, name } => (
                place(path, Some(1)),
                t!(l, "err-same-column", name = name.as_str()),
            ),
            Malformed {
                path,
                line,
                message,
            } => (place(path, Some(*line)), message.to_string()),
            NotUtf8 { path, line } => (place(path, Some(*line)), t!(l, "err-not-utf8")),
            EmptyColumn { path, role, column } => (
                place(path, None),
                t!(
                    l,
                    "err-empty-column",
                    role = role_word(role),
                    option = *role,
                    column = column.as_str()
                ),
            ),
            UnknownEncoding { path, label } => (
                place(path, None),
                t!(l, "err-unknown-encoding", label = label.as_str()),
            ),
            EmptyFolder { path } => (place(path, None), t!(l, "err-empty-folder")),
            Binary { path, kind } => (
                place(path, None),
                t!(l, "err-this-is", kind = kind.to_string()),
            ),
            UnterminatedQuote { path, line } => {
                (place(path, Some(*line)), t!(l, "err-unterminated-quote"))
            }
            UnknownLayout { path, why } => (
                place(path, None),
                t!(l, "err-unknown-layout", why = why.to_string()),
            ),
            EntryTooLarge { path, max_mib } => (
                place(path, None),
                t!(l, "err-entry-too-large", max = *max_mib),
            ),
            TooManyNames => (String::new(), t!(l, "err-too-many-names")),
            ReportFolder { path } => (place(path, None), t!(l, "err-report-folder")),
            NoInput => (String::new(), t!(l, "err-no-input")),
            DescriptionsColumn {
                path,
                what,
                found,
                lang,
            } => (
                String::new(),
                t!(
                    *lang,
                    "error-descriptions-column",
                    file = path.display().to_string(),
                    what = *what,
                    columns = columns(found)
                ),
            ),
            RolesColumn {
                path,
                what,
                found,
                lang,
            } => (
                String::new(),
                t!(
                    *lang,
                    "error-roles-column",
                    file = path.display().to_string(),
                    what = *what,
                    columns = columns(found)
                ),
            ),
            TwoCategories(clash) => (String::new(), clash.describe()),
            UnknownFacilitatorsGroup { name, lang } => (
                String::new(),
                t!(*lang, "error-facilitators-group", name = name.as_str()),
            ),
        };
        if at.is_empty() {
            f.write_str(&text)
        } else {
            write!(f, "{at}: {text}")
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// `file` or `file:line`, as editors and terminals link them.
fn place(path: &std::path::Path, line: Option<u64>) -> String {
    match line {
        Some(n) => format!("{}:{n}", path.display()),
        None => path.display().to_string(),
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
        assert!(shown.ends_with("\"c9\", … +199990]"), "{shown}");
        let e = LoadError::NoColumn {
            path: "wide.csv".into(),
            role: "group",
            found: many,
        };
        assert!(e.to_string().len() < 400, "{e}");
    }
}
