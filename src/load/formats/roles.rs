//! Load stage, a roles file given with `--roles FILE`: a table
//! `person,group,role` (columns found by name), one role a row. Role words
//! (case and accents ignored): `owner`, `manager`, `moderator`, `admin`,
//! `editor`, `facilitator`, `animateur`, `animatrice`, `organizer` make the
//! person a facilitator of the group; `member` says they are a member
//! (it adds no membership); any other word is warned about with its line
//! and left out. Never recognised in a folder: a table with a person and a
//! group column there is a member list.

use super::table::{Header, Layout};
use super::{leading_comment_lines, Description, Reader, Sniff, Source};
use crate::load::columns;
use crate::load::csv_table::{delimiter_name, each_record};
use crate::load::sink::Sink;
use crate::load::LoadError;
use crate::memberships::{ExportKind, Notice, Role, SkipReason, TakenFrom};

/// What `inspect` calls it.
pub const FORMAT: ExportKind = ExportKind::Roles;

/// Unknown role words listed one by one per file.
const UNKNOWN_SHOWN: usize = 20;

struct Columns {
    delimiter: u8,
    skip: usize,
    headers: Vec<String>,
    person: usize,
    group: usize,
    role: usize,
}

/// The reader of a file given with `--roles`: it must have person, group
/// and role columns.
pub fn forced(s: &Sniff) -> Result<Box<dyn Reader>, LoadError> {
    let skip = leading_comment_lines(s.head);
    let h = Header::read(&s.file.label, s.head, skip)?;
    let find = |what, aliases| {
        h.find(aliases).ok_or_else(|| LoadError::RolesColumn {
            path: s.file.label.clone(),
            what,
            found: h.headers.clone(),
            lang: s.opts.lang,
        })
    };
    let person = find("person", columns::PERSON)?;
    let group = find("group", columns::GROUP)?;
    let role = find("role", columns::ROLE)?;
    Ok(Box::new(Read(Columns {
        delimiter: h.delimiter,
        skip,
        headers: h.headers.clone(),
        person,
        group,
        role,
    })))
}

struct Read(Columns);

impl Reader for Read {
    fn describe(&self) -> Description {
        let c = &self.0;
        Description {
            format: FORMAT,
            layout: Layout::Long,
            delimiter: delimiter_name(c.delimiter).into(),
            person: TakenFrom::Column(c.headers[c.person].clone()),
            groups: TakenFrom::Column(c.headers[c.group].clone()),
            header: true,
            one_group: None,
            notices: Vec::new(),
        }
    }

    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError> {
        let c = &self.0;
        let path = src.file().label.clone();
        let text = src.whole_text()?;
        let body = crate::load::csv_table::after_lines(&text, c.skip);
        let offset = c.skip as u64;
        sink.diag.layout = "roles";
        let mut rows = Vec::new();
        each_record(&path, body, c.delimiter, |line, rec| {
            rows.push((line + offset, rec.clone()));
        })?;
        let mut unknown = 0usize;
        for (line, rec) in &rows {
            sink.diag.rows += 1;
            let cell = |k: usize| rec.get(k).unwrap_or_default();
            let (person, group, word) = (cell(c.person), cell(c.group), cell(c.role));
            if person.trim().is_empty() {
                sink.skip(SkipReason::EmptyPerson, Some(*line));
                continue;
            }
            if group.trim().is_empty() {
                sink.skip(SkipReason::EmptyGroup, Some(*line));
                continue;
            }
            match Role::from_word(word) {
                Some(role) => sink.role_at(person, group, role, Some(*line)),
                None => {
                    unknown += 1;
                    if unknown <= UNKNOWN_SHOWN {
                        sink.diag.notices.push(Notice::UnknownRole {
                            line: *line,
                            word: crate::identity::clean(word.trim()).into_owned(),
                        });
                    }
                }
            }
        }
        if unknown > UNKNOWN_SHOWN {
            sink.diag.notices.push(Notice::MoreUnknownRoles {
                rows: (unknown - UNKNOWN_SHOWN) as u64,
            });
        }
        Ok(())
    }
}
