//! Load stage, the export formats maillage reads. Each is one file here
//! implementing [`Format`]: it recognises its exports (from a file's name
//! and first bytes, or from a set of files that belong together), and hands
//! back a [`Reader`] that describes what was recognised (for `inspect`) and
//! reads records into the [`Sink`]: memberships, display names, roles,
//! group descriptions. [`FORMATS`] lists them once, in the order detection
//! asks them; the plain CSV table comes last and takes what is left.

mod discourse;
mod google_groups;
mod helloasso;
mod mattermost;
mod meetup;
mod nextcloud;
mod plain_list;
mod slack;
mod sympa_dump;
pub mod table;

pub use table::Layout;

use super::files::File;
use super::sink::Sink;
use super::text::Text;
use super::{LoadError, LoadOptions};
use crate::memberships::{ExportKind, TakenFrom};
use std::path::PathBuf;

/// An export format.
pub trait Format: Sync {
    /// What the export is called in `--help` (`Slack workspace export`).
    fn name(&self) -> &'static str;

    /// Exports made of several files: takes out of `files` (the files of one
    /// folder or archive, in name order) those that form an export of this
    /// format, one [`Export`] per export found. Most formats are one file
    /// and find none.
    fn gather(&self, files: &mut Vec<File>) -> Result<Vec<Export>, LoadError> {
        let _ = files;
        Ok(Vec::new())
    }

    /// A single file: a reader for it, if it is an export of this format.
    /// An error says that it is one, but cannot be read as it is.
    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError>;
}

/// What was recognised and can be read.
pub trait Reader {
    /// What `inspect` and the input diagnostics say about it.
    fn describe(&self) -> Description;
    /// Reads every record into `sink`.
    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError>;

    /// The plan of a table reader, for tests of the detection.
    #[cfg(test)]
    fn table_plan(&self) -> Option<&table::TablePlan> {
        None
    }
}

/// What a single file looks like, for recognising it.
pub struct Sniff<'a> {
    pub file: &'a File,
    /// Its first bytes (64 KiB), decoded, without a byte-order mark.
    pub head: &'a str,
    pub opts: &'a LoadOptions,
}

/// The files of one export, for its reader.
pub struct Source<'a> {
    pub files: &'a [File],
    pub opts: &'a LoadOptions,
    /// A single file's text, decoded as sniffing decided (readers of
    /// several files decode their own).
    pub text: Option<Text>,
}

impl Source<'_> {
    /// The (first) file.
    pub fn file(&self) -> &File {
        &self.files[0]
    }

    /// The whole text of a single-file export, decoded.
    pub fn whole_text(&mut self) -> Result<String, LoadError> {
        let file = &self.files[0];
        let label = self.opts.encoding.as_deref();
        match &mut self.text {
            Some(t) => t.load(file, label),
            None => {
                let head = file.head()?;
                let mut t = Text::detect(file, &head, label)?;
                let s = t.load(file, label);
                self.text = Some(t);
                s
            }
        }
    }
}

/// What was recognised in an export, as `inspect` shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Description {
    /// The export recognised.
    pub format: ExportKind,
    pub layout: Layout,
    /// The delimiter (`,`, `tab`...), or `none`.
    pub delimiter: String,
    /// Where the person comes from.
    pub person: TakenFrom,
    /// Where the groups come from.
    pub groups: TakenFrom,
    /// The export has a header line (a table): with no row under it, it
    /// is "header only" rather than empty.
    pub header: bool,
    /// The one group a one-group export stands for.
    pub one_group: Option<String>,
    /// What was recognised with a doubt.
    pub notices: Vec<crate::memberships::Notice>,
}

/// An export made of several files, recognised together.
pub struct Export {
    /// What the diagnostics call it (the folder or archive holding it).
    pub label: PathBuf,
    pub files: Vec<File>,
    pub reader: Box<dyn Reader>,
}

/// Every format, in the order detection asks them: exports of several
/// files first, then the formats recognised by their content (Google
/// Groups' one-field first line before the one-column plain lists), and
/// the plain CSV table last.
pub static FORMATS: &[&dyn Format] = &[
    &sympa_dump::SympaDump,
    &slack::SlackExport,
    &mattermost::Mattermost,
    &nextcloud::Nextcloud,
    &google_groups::GoogleGroups,
    &plain_list::PlainList,
    &helloasso::HelloAsso,
    &discourse::Discourse,
    &meetup::Meetup,
    &table::Csv,
];

/// The first lines of a text that are blank or `#` comments (a filtered
/// Sympa dump starts with one).
pub fn leading_comment_lines(head: &str) -> usize {
    head.split('\n')
        .take_while(|l| {
            let l = l.trim_end_matches('\r');
            l.trim().is_empty() || l.starts_with('#')
        })
        .count()
}

/// The first line of a text that is not blank nor a `#` comment.
pub fn first_line(head: &str) -> Option<&str> {
    head.split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .nth(leading_comment_lines(head))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use table::TablePlan;

    /// The reader the formats give for `text` named `name`.
    pub fn recognise(
        name: &str,
        text: &str,
        opts: &LoadOptions,
    ) -> Result<Box<dyn Reader>, LoadError> {
        let file = File::bytes(name, text.as_bytes().to_vec());
        let s = Sniff {
            file: &file,
            head: text,
            opts,
        };
        for f in FORMATS {
            if let Some(r) = f.recognise(&s)? {
                return Ok(r);
            }
        }
        unreachable!("the CSV table takes every file")
    }

    /// The table plan of `text` named `name`, with `opts`.
    pub fn plan_with(name: &str, text: &str, opts: &LoadOptions) -> Result<TablePlan, LoadError> {
        let r = recognise(name, text, opts)?;
        Ok(r.table_plan().expect("a table").clone())
    }

    pub fn plan_of(name: &str, text: &str) -> Result<TablePlan, LoadError> {
        plan_with(name, text, &LoadOptions::default())
    }

    /// Reads `text` named `name` as the load stage does: the memberships
    /// as `(person, group)` names, in row order, and all that was read.
    pub fn read(
        name: &str,
        text: &str,
    ) -> Result<(Vec<(String, String)>, crate::memberships::Memberships), LoadError> {
        let m = crate::load::read_bytes(name, text.as_bytes().to_vec(), &LoadOptions::default())?;
        let pairs = m
            .pairs
            .iter()
            .map(|&(p, g)| (m.persons.get(p).to_string(), m.groups.get(g).to_string()))
            .collect();
        Ok((pairs, m))
    }
}
