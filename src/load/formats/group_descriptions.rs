//! Load stage, group descriptions: a table with a group column and any of
//! category (`category`, `catégorie`, `type`, `kind`, `famille`),
//! territory (`territory`, `territoire`, `région`, `ville`, `place`),
//! facilitators (`facilitators`, `animateurs`, `animatrices`, `owners`:
//! addresses or ids separated by `;`, `,` or spaces) and description
//! columns. Given with `--groups-info FILE`, or recognised in the inputs by
//! its header: a group column, a category or facilitators column, and no
//! person column. It gives no membership: its rows describe the groups of
//! the member lists ([`Sink::describe`]; unknown groups are warned about
//! when the sink resolves names).

use super::table::{Header, Layout};
use super::{leading_comment_lines, Description, Format, Reader, Sniff, Source};
use crate::load::columns;
use crate::load::csv_table::{delimiter_name, each_record};
use crate::load::sink::{DescriptionRow, Sink};
use crate::load::LoadError;
use crate::memberships::{ExportKind, SkipReason, TakenFrom};

/// What `inspect` calls it.
pub const FORMAT: ExportKind = ExportKind::GroupDescriptions;

pub struct GroupDescriptions;

/// Where each piece of a description is, in a header.
#[derive(Clone, Debug, PartialEq)]
struct Columns {
    delimiter: u8,
    skip: usize,
    headers: Vec<String>,
    group: usize,
    category: Option<usize>,
    territory: Option<usize>,
    facilitators: Option<usize>,
    description: Option<usize>,
    renamed_from: Option<usize>,
}

impl Columns {
    fn of(h: &Header, skip: usize, group: usize) -> Columns {
        Columns {
            delimiter: h.delimiter,
            skip,
            headers: h.headers.clone(),
            group,
            category: h.find(columns::CATEGORY),
            territory: h.find(columns::TERRITORY),
            facilitators: h.find(columns::FACILITATORS),
            description: h.find(columns::DESCRIPTION),
            renamed_from: h.find(columns::RENAMED_FROM),
        }
    }

    fn describes(&self) -> bool {
        self.category.is_some()
            || self.territory.is_some()
            || self.facilitators.is_some()
            || self.renamed_from.is_some()
    }
}

impl Format for GroupDescriptions {
    fn name(&self) -> &'static str {
        "group descriptions (group, category, territory, facilitators)"
    }

    /// A group column, a category or facilitators column, no person
    /// column.
    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let skip = leading_comment_lines(s.head);
        let Ok(h) = Header::read(&s.file.label, s.head, skip) else {
            return Ok(None);
        };
        let Some(group) = h.find(columns::GROUP) else {
            return Ok(None);
        };
        let c = Columns::of(&h, skip, group);
        let person = h.find(columns::PERSON);
        if person.is_some() || (c.category.is_none() && c.facilitators.is_none()) {
            return Ok(None);
        }
        Ok(Some(Box::new(Read(c))))
    }
}

/// The reader of a file given with `--groups-info`: it must have a group
/// column and a column describing the groups.
pub fn forced(s: &Sniff) -> Result<Box<dyn Reader>, LoadError> {
    let skip = leading_comment_lines(s.head);
    let h = Header::read(&s.file.label, s.head, skip)?;
    let missing = |what| LoadError::DescriptionsColumn {
        path: s.file.label.clone(),
        what,
        found: h.headers.clone(),
        lang: s.opts.lang,
    };
    let group = h.find(columns::GROUP).ok_or_else(|| missing("group"))?;
    let c = Columns::of(&h, skip, group);
    if !c.describes() {
        return Err(missing("described"));
    }
    Ok(Box::new(Read(c)))
}

struct Read(Columns);

impl Reader for Read {
    fn describe(&self) -> Description {
        let c = &self.0;
        Description {
            format: FORMAT,
            layout: Layout::Long,
            delimiter: delimiter_name(c.delimiter).into(),
            person: TakenFrom::Nothing,
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
        sink.diag.layout = "descriptions";
        sink.diag.described_columns = [
            c.category,
            c.territory,
            c.facilitators,
            c.description,
            c.renamed_from,
        ]
        .into_iter()
        .flatten()
        .map(|k| c.headers[k].clone())
        .collect();
        let mut rows = Vec::new();
        each_record(&path, body, c.delimiter, |line, rec| {
            rows.push((line + offset, rec.clone()));
        })?;
        fn cell(rec: &csv::StringRecord, k: Option<usize>) -> Option<&str> {
            k.and_then(|k| rec.get(k))
        }
        for (line, rec) in &rows {
            sink.diag.rows += 1;
            let group = rec.get(c.group).unwrap_or_default();
            if group.trim().is_empty() {
                sink.skip(SkipReason::EmptyGroup, Some(*line));
                continue;
            }
            // Earlier names are kept whether or not the group is in this
            // export: the earlier export of `compare` has the old name.
            for old in cell(rec, c.renamed_from).unwrap_or_default().split(';') {
                if !old.trim().is_empty() {
                    sink.renamed_from
                        .push((old.trim().to_string(), group.trim().to_string()));
                }
            }
            sink.describe(DescriptionRow {
                group,
                category: cell(rec, c.category),
                territory: cell(rec, c.territory),
                description: cell(rec, c.description),
                facilitators: cell(rec, c.facilitators),
                line: Some(*line),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::load::formats::tests::{read, recognise};
    use crate::load::LoadOptions;
    use crate::memberships::{PersonRef, Role};

    #[test]
    fn a_descriptions_table_is_recognised_by_its_header() {
        let opts = LoadOptions::default();
        for text in [
            "group,category,territory,facilitators\nVélo,thématique,,a@x.fr\n",
            "Liste;Catégorie\nVélo;thématique\n",
            "groupe,animateurs\nVélo,a@x.fr b@x.fr\n",
        ] {
            let r = recognise("info.csv", text, &opts).unwrap();
            assert_eq!(r.describe().format, super::FORMAT, "{text}");
        }
        // A person column, or nothing describing the groups: a member list.
        for text in [
            "email,group,category\na@x.fr,Vélo,x\n",
            "group,territory\nVélo,Bretagne\n",
        ] {
            let r = recognise("m.csv", text, &opts);
            assert!(
                r.map_or(true, |r| r.describe().format != super::FORMAT),
                "{text}"
            );
        }
    }

    #[test]
    fn a_descriptions_file_alone_gives_no_membership() {
        let (pairs, m) = read(
            "info.csv",
            "group,category,territory,facilitators\nVélo,thématique,,a@x.fr\n",
        )
        .unwrap();
        assert!(pairs.is_empty());
        // Vélo has no member: nothing is described, and the row is warned
        // about.
        assert!(m.descriptions.is_empty());
        let d = &m.input.files[0];
        assert_eq!(
            (d.format, d.layout, d.rows),
            (super::FORMAT, "descriptions", 1)
        );
        assert_eq!(
            d.notices,
            [crate::memberships::Notice::UnknownGroup {
                line: 2,
                group: "Vélo".into()
            }]
        );
    }

    #[test]
    fn facilitators_cells_are_cut_on_semicolons_commas_and_spaces_unless_a_piece_is_a_person() {
        let mut sink = crate::load::sink::Sink::new(false);
        sink.start(Default::default());
        sink.add_rows(&[
            crate::load::sink::Row {
                person: "Anne Martin".into(),
                group: "Vélo".into(),
                name: None,
                line: 2,
            },
            crate::load::sink::Row {
                person: "b@x.fr".into(),
                group: "Vélo".into(),
                name: None,
                line: 3,
            },
        ])
        .unwrap();
        sink.end();
        sink.start(Default::default());
        sink.describe(crate::load::sink::DescriptionRow {
            group: " Vélo ",
            category: Some("thématique"),
            facilitators: Some("Anne Martin; B@x.fr, c@x.fr d@x.fr;;"),
            line: Some(2),
            ..Default::default()
        });
        sink.end();
        let m = sink.finish().unwrap();
        assert_eq!(m.descriptions.len(), 1);
        assert_eq!(
            m.descriptions[0].facilitators,
            ["Anne Martin", "b@x.fr", "c@x.fr", "d@x.fr"]
        );
        let running: Vec<(PersonRef, Role)> = m.roles.iter().map(|r| (r.person, r.role)).collect();
        assert_eq!(running.len(), 4);
        assert!(running.iter().all(|r| r.1 == Role::Facilitator));
        assert_eq!(
            running
                .iter()
                .filter(|r| matches!(r.0, PersonRef::Outsider(_)))
                .count(),
            2,
            "c and d are not members"
        );
        assert_eq!(m.input.files[1].groups_described, 1);
        assert_eq!(m.input.files[1].roles.facilitators, 4);
    }
}
