//! Load stage, Sympa list folders as `sympa dump` leaves them: `member.dump`
//! (records of `key value` lines separated by blank lines; `email` is the
//! member, `gecos` the display name), and the list's owners and moderators,
//! read as roles: `owner.dump` / `editor.dump` (Sympa 6.2.33 and later keep
//! them there), else the `owner` / `editor` paragraphs of the list's
//! `config` (earlier versions). The list is the folder's name. A file of
//! such records under another name is read too, without roles.

use super::table::{group_of_file, only_per_group, Layout};
use super::{first_line, Description, Export, Format, Reader, Sniff, Source};
use crate::load::files::File;
use crate::load::sink::{Row, Sink};
use crate::load::LoadError;
use crate::memberships::{ExportField, ExportKind, Role, TakenFrom};

pub struct SympaDump;

/// Keys of `sympa dump` records.
const KEYS: &[&str] = &[
    "email",
    "gecos",
    "date",
    "update_date",
    "reception",
    "visibility",
    "subscribed",
    "included",
    "id",
    "custom_attribute",
    "topics",
    "bounce",
    "bounce_score",
    "bounce_address",
    "suspend",
    "number_messages",
];

/// The members file of a list folder (`subscribers.db.dump` before Sympa
/// 6.2.33).
const MEMBERS: &[&str] = &["member.dump", "subscribers.db.dump"];
const OWNERS: &str = "owner.dump";
const EDITORS: &str = "editor.dump";
const CONFIG: &str = "config";

struct DumpReader {
    group: String,
}

impl Format for SympaDump {
    fn name(&self) -> &'static str {
        "sympa dump list folder (with owners and moderators)"
    }

    fn gather(&self, files: &mut Vec<File>) -> Result<Vec<Export>, LoadError> {
        let base = |f: &File| f.name.rsplit('/').next().unwrap_or_default().to_string();
        let mut out = Vec::new();
        let lists: Vec<usize> = (0..files.len())
            .filter(|&i| MEMBERS.contains(&base(&files[i]).as_str()))
            .collect();
        let mut taken = vec![false; files.len()];
        for i in lists {
            if taken[i] {
                continue;
            }
            let folder = files[i].folder().to_string();
            let mut members = vec![i];
            for (k, f) in files.iter().enumerate() {
                if k != i
                    && !taken[k]
                    && f.folder() == folder
                    && [OWNERS, EDITORS, CONFIG].contains(&base(f).as_str())
                {
                    members.push(k);
                }
            }
            for &k in &members {
                taken[k] = true;
            }
            let group = files[i].parent().unwrap_or_else(|| files[i].stem());
            out.push((members, group));
        }
        // Take the files out, each export's member file first.
        let mut slots: Vec<Option<File>> = std::mem::take(files).into_iter().map(Some).collect();
        let mut exports = Vec::new();
        for (members, group) in out {
            let list: Vec<File> = members
                .iter()
                .map(|&k| slots[k].take().expect("each file is taken once"))
                .collect();
            exports.push(Export {
                label: list[0].label.clone(),
                files: list,
                reader: Box::new(DumpReader { group }),
            });
        }
        *files = slots.into_iter().flatten().collect();
        Ok(exports)
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let Some(first) = first_line(s.head) else {
            return Ok(None);
        };
        let key = first.split(' ').next().unwrap_or_default();
        let records = KEYS.contains(&key)
            && first.len() > key.len()
            && s.head.lines().any(|l| l.starts_with("email "));
        if !records {
            return Ok(None);
        }
        only_per_group(&s.file.label, s.opts)?;
        let group = match (&s.opts.group_column, s.file.parent()) {
            (None, Some(dir)) => dir,
            (given, _) => group_of_file(s.file, given.as_deref())?,
        };
        Ok(Some(Box::new(DumpReader { group })))
    }
}

impl Reader for DumpReader {
    fn describe(&self) -> Description {
        Description {
            format: ExportKind::SympaDump,
            layout: Layout::PerGroup,
            delimiter: "none".into(),
            person: TakenFrom::Field(ExportField::Email),
            groups: TakenFrom::WholeFile(self.group.clone()),
            header: false,
            one_group: Some(self.group.clone()),
            notices: Vec::new(),
        }
    }

    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError> {
        let group = match &src.opts.group_column {
            Some(g) if !g.trim().is_empty() => g.trim().to_string(),
            _ => self.group.clone(),
        };
        let text = src.whole_text()?;
        let rows = records(&text, &group);
        sink.diag.rows += rows.len() as u64;
        sink.add_rows(&rows)?;
        // Roles: the dumps of Sympa 6.2.33 and later, else the config.
        let named = |name: &str| {
            src.files[1..]
                .iter()
                .find(|f| f.name.rsplit('/').next() == Some(name))
        };
        let (owners, editors) = (named(OWNERS), named(EDITORS));
        if owners.is_some() || editors.is_some() {
            for (file, role) in [(owners, Role::Owner), (editors, Role::Moderator)] {
                if let Some(f) = file {
                    for r in records(&f.utf8()?, &group) {
                        sink.role(&r.person, &group, role);
                    }
                }
            }
        } else if let Some(config) = named(CONFIG) {
            for (person, role) in config_roles(&config.utf8()?) {
                sink.role(&person, &group, role);
            }
        }
        Ok(())
    }
}

/// `sympa dump` records: `key value` lines, records separated by blank
/// lines; `email` is the member, `gecos` the display name. A record with
/// no `email` gives a row with an empty person (skipped and counted).
fn records(text: &str, group: &str) -> Vec<Row> {
    let mut out = Vec::new();
    let mut current: Option<Row> = None;
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            out.extend(current.take());
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let row = current.get_or_insert_with(|| Row {
            group: group.to_string(),
            line: i as u64 + 1,
            ..Row::default()
        });
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "email" => {
                row.person = value.to_string();
                row.line = i as u64 + 1;
            }
            "gecos" => row.name = Some(value.trim().to_string()),
            _ => {}
        }
    }
    out.extend(current);
    out
}

/// The `owner` and `editor` paragraphs of a list `config`: a paragraph
/// starts with the parameter's name alone on its line and holds
/// `key value` lines (indented or not, in any order); blank lines end it;
/// `#` lines are comments. A paragraph without `email` is ignored, as
/// Sympa does.
fn config_roles(text: &str) -> Vec<(String, Role)> {
    let mut out = Vec::new();
    let mut role: Option<Role> = None;
    let mut first = true;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            role = None;
            first = true;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if first {
            first = false;
            role = match line {
                "owner" => Some(Role::Owner),
                "editor" => Some(Role::Moderator),
                _ => None,
            };
            continue;
        }
        if let (Some(r), Some(("email", addr))) = (role, line.split_once(char::is_whitespace)) {
            out.push((addr.trim().to_string(), r));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::recognise;
    use super::*;
    use crate::load::LoadOptions;

    #[test]
    fn records_give_members_and_names() {
        let r = records(
            "email a@x.fr\ngecos Alice\ndate 1\n\nemail b@x.fr\nreception mail\n",
            "bio",
        );
        let got: Vec<(&str, &str, u64)> = r
            .iter()
            .map(|r| (r.person.as_str(), r.group.as_str(), r.line))
            .collect();
        assert_eq!(got, [("a@x.fr", "bio", 1), ("b@x.fr", "bio", 5)]);
        assert_eq!(r[0].name.as_deref(), Some("Alice"));
        // A record without an address is a row without a person.
        let r = records("date 1\n\nemail c@x.fr\n", "bio");
        assert_eq!((r[0].person.as_str(), r[1].person.as_str()), ("", "c@x.fr"));
    }

    #[test]
    fn the_list_folder_names_the_group() {
        let o = LoadOptions::default();
        let d = recognise("l/velo/member.dump", "email a@x.fr\ngecos Alice\n\n", &o)
            .unwrap()
            .describe();
        assert_eq!(d.format, "sympa dump records");
        assert_eq!(d.groups, TakenFrom::WholeFile("velo".into()));
    }

    #[test]
    fn config_paragraphs_give_owners_and_editors() {
        let config = "# comment\nsubject Vélo\n\nowner\n  profile privileged\n  email a@x.fr\n\nowner\nemail b@x.fr\ngecos B\n\neditor\nemail c@x.fr\n\nowner\nprofile normal\n\nowner_include\nsource x\n\nemail d@x.fr\n";
        assert_eq!(
            config_roles(config),
            [
                ("a@x.fr".to_string(), Role::Owner),
                ("b@x.fr".to_string(), Role::Owner),
                ("c@x.fr".to_string(), Role::Moderator),
            ]
        );
    }

    #[test]
    fn a_list_folder_is_gathered_with_its_roles() {
        let mut files = vec![
            File::bytes("velo/config", b"owner\nemail o@x.fr\n".to_vec()),
            File::bytes("velo/member.dump", b"email a@x.fr\n\n".to_vec()),
            File::bytes("velo/notes.txt", b"a@x.fr\n".to_vec()),
            File::bytes("bio/member.dump", b"email b@x.fr\n\n".to_vec()),
            File::bytes("bio/owner.dump", b"email o@x.fr\n\n".to_vec()),
            File::bytes("bio/config", b"owner\nemail stale@x.fr\n".to_vec()),
        ];
        let exports = SympaDump.gather(&mut files).unwrap();
        assert_eq!(files.len(), 1, "notes.txt is left for the other formats");
        let names: Vec<Vec<&str>> = exports
            .iter()
            .map(|e| e.files.iter().map(|f| f.name.as_str()).collect())
            .collect();
        assert_eq!(
            names,
            [
                vec!["velo/member.dump", "velo/config"],
                vec!["bio/member.dump", "bio/owner.dump", "bio/config"]
            ]
        );
        let opts = LoadOptions::default();
        let mut sink = Sink::new(false);
        for e in &exports {
            sink.start(Default::default());
            let mut src = Source {
                files: &e.files,
                opts: &opts,
                text: None,
            };
            e.reader.read(&mut src, &mut sink).unwrap();
            sink.end();
        }
        let m = sink.finish();
        // bio's owner comes from owner.dump, not the stale config.
        assert_eq!(m.roles.len(), 2);
        assert_eq!(m.outsiders.len(), 1);
        assert_eq!(m.outsiders.get(0), "o@x.fr");
        assert_eq!(m.input.files[1].roles.owners, 1);
    }
}
