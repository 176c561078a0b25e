//! Load stage, plain member lists without a header: Sympa's web "dump"
//! (`email<TAB>name`, `#` comments), Mailman's `list_members` or Postorius
//! exports (`addr`, `Name <addr>`, `addr,Name`), and one-column lists of
//! user ids. One file is one list, named by the file.

use super::table::{group_of_file, only_per_group, starts_with_address, Header, Layout};
use super::{first_line, leading_comment_lines, Description, Format, Reader, Sniff, Source};
use crate::identity::is_email;
use crate::load::columns;
use crate::load::sink::{Row, Sink};
use crate::load::LoadError;
use crate::memberships::{ExportKind, TakenFrom};

pub struct PlainList;

/// A plain list, read line by line.
struct ListReader {
    /// Sympa's web dump (tab-separated names or a `#` comment) rather than
    /// a plain address list.
    sympa: bool,
    group: String,
}

impl Format for PlainList {
    fn name(&self) -> &'static str {
        "Sympa web dump, Mailman or Postorius address list"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        if s.opts.person_column.is_some() {
            return Ok(None);
        }
        let Some(first) = first_line(s.head) else {
            return Ok(None);
        };
        let skip = leading_comment_lines(s.head);
        let commented = s.head.split('\n').take(skip).any(|l| l.starts_with('#'));
        let sympa = if starts_with_address(first) {
            first.contains('\t') || commented
        } else {
            // One column, not named like a person column: a header-less
            // list of user ids (not addresses).
            let h = Header::read(&s.file.label, s.head, skip)?;
            if h.headers.len() != 1 || h.find(columns::PERSON).is_some() {
                return Ok(None);
            }
            false
        };
        only_per_group(&s.file.label, s.opts)?;
        let group = group_of_file(s.file, s.opts.group_column.as_deref())?;
        Ok(Some(Box::new(ListReader { sympa, group })))
    }
}

impl Reader for ListReader {
    fn describe(&self) -> Description {
        Description {
            format: if self.sympa {
                ExportKind::SympaListDump
            } else {
                ExportKind::PlainList
            },
            layout: Layout::PerGroup,
            delimiter: if self.sympa { "tab" } else { "none" }.into(),
            person: TakenFrom::Line,
            groups: TakenFrom::WholeFile(self.group.clone()),
            header: false,
            one_group: Some(self.group.clone()),
            notices: Vec::new(),
        }
    }

    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError> {
        let text = src.whole_text()?;
        let rows = read_lines(&text, &self.group);
        sink.addresses_if_most = true;
        sink.diag.rows += rows.len() as u64;
        sink.add_rows(&rows)
    }
}

/// One member a line: `addr`, `Name <addr>`, `addr<TAB>Name`, or
/// `addr,Name`; blank lines and `#` comments skipped.
fn read_lines(text: &str, group: &str) -> Vec<Row> {
    let text = text.trim_start_matches('\u{feff}');
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (person, name) = match line.split_once('\t') {
            Some((p, n)) => (p, Some(n)),
            None => match line.split_once([',', ';']) {
                // `addr,Name` (a CSV export without header), but not
                // `"Martin, Alice" <addr>`.
                Some((p, n)) if is_email(p.trim()) => (p, Some(n)),
                _ => (line, None),
            },
        };
        out.push(Row {
            person: person.to_string(),
            group: group.to_string(),
            name: name.map(|n| n.trim().trim_matches('"').to_string()),
            line: i as u64 + 1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::{read, recognise};
    use super::*;
    use crate::load::LoadOptions;

    #[test]
    fn lines_give_members_names_and_the_file_group() {
        let rows = read_lines(
            "# dump\na@x.fr\tAlice M\n\nBob <b@x.fr>\nc@x.fr,\"Cat\"\n",
            "velo",
        );
        let got: Vec<(&str, &str, u64)> = rows
            .iter()
            .map(|r| (r.person.as_str(), r.group.as_str(), r.line))
            .collect();
        assert_eq!(
            got,
            [
                ("a@x.fr", "velo", 2),
                ("Bob <b@x.fr>", "velo", 4),
                ("c@x.fr", "velo", 5)
            ]
        );
        assert_eq!(rows[0].name.as_deref(), Some("Alice M"));
        assert_eq!(rows[2].name.as_deref(), Some("Cat"));
    }

    #[test]
    fn sympa_dumps_plain_lists_and_id_lists_are_recognised() {
        let o = LoadOptions::default();
        let d = recognise("dump.txt", "# filtered\na@x.fr\tAlice\n", &o)
            .unwrap()
            .describe();
        assert_eq!(
            (d.format, d.delimiter.as_str()),
            (ExportKind::SympaListDump, "tab")
        );
        assert_eq!(d.groups, TakenFrom::WholeFile("dump".into()));
        let d = recognise("m.txt", "Alice <a@x.fr>\nb@x.fr\n", &o)
            .unwrap()
            .describe();
        assert_eq!(d.format, "plain address list");
        let d = recognise("ids.txt", "alice\nbob\n", &o).unwrap().describe();
        assert_eq!(d.format, "plain address list");
        // A one-column table named like a person column is a table.
        let d = recognise("velo.csv", "Email\na@x.fr\n", &o)
            .unwrap()
            .describe();
        assert_eq!(d.format, "CSV");
        let forced = LoadOptions {
            layout: Some(Layout::Long),
            ..Default::default()
        };
        let e = recognise("m.txt", "a@x.fr\n", &forced).err().unwrap();
        assert!(e.to_string().contains("can only be one group"), "{e}");
    }

    #[test]
    fn a_list_reads_into_memberships() {
        let (pairs, m) = read("velo.txt", "A <a@x.fr>\n\nb@x.fr\n").unwrap();
        assert_eq!(
            pairs,
            [
                ("a@x.fr".into(), "velo".into()),
                ("b@x.fr".into(), "velo".into())
            ]
        );
        assert_eq!(m.input.files[0].rows, 2);
    }
}
