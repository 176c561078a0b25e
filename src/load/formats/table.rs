//! Load stage, CSV tables with a header, in any layout: long (an edge list),
//! wide (a cell listing groups), matrix (a column per group), one group per
//! file. The content decides, not the file name; `--layout`, `--person` and
//! `--group` override the guesses. The platform exports that are tables
//! (Google Groups, Discourse, HelloAsso, Meetup) build a [`TablePlan`] with
//! the same pieces and are read by the same [`TableReader`].

use super::{Description, Format, Reader, Sniff, Source};
use crate::identity::{fold_header, is_email, normalise};
use crate::load::columns;
use crate::load::csv_table::{self, choose_column, read_header, sniff_delimiter};
use crate::load::files::File;
use crate::load::sink::Sink;
use crate::load::{polars_reader, LoadError, LoadOptions};
use crate::memberships::{ExportKind, Notice, Role, SkipReason, TakenFrom};
use std::path::Path;

/// How memberships are laid out in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A person column and a group column, one membership a row.
    Long,
    /// One row per person, a column holding a list of groups.
    Wide,
    /// One row per person, one column per group with a yes/no cell.
    Matrix,
    /// The whole file is one group: a person column, or a plain list.
    PerGroup,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::Long => "long",
            Layout::Wide => "wide",
            Layout::Matrix => "matrix",
            Layout::PerGroup => "per-group",
        }
    }

    /// Parses `long`, `wide`, `matrix`, `per-group` (or `list`).
    pub fn parse(s: &str) -> Option<Layout> {
        match fold_header(s).as_str() {
            "long" | "edgelist" => Some(Layout::Long),
            "wide" => Some(Layout::Wide),
            "matrix" | "incidence" | "incidencematrix" => Some(Layout::Matrix),
            "pergroup" | "list" | "onefilepergroup" => Some(Layout::PerGroup),
            _ => None,
        }
    }
}

/// Where a row's groups come from.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupFrom {
    /// One column, one group.
    Column(usize),
    /// One column holding a list split on this character.
    Split(usize, char),
    /// Each of these columns is a group; a cell saying yes is a membership.
    FlagColumns(Vec<usize>),
    /// The whole file is this group.
    Named(String),
}

/// A test on a cell that leaves its row out for a reason (HelloAsso's
/// unvalidated orders, Google Groups' banned members).
pub type RowFilter = fn(&str) -> Option<SkipReason>;

/// The role a cell gives the row's person in the row's groups.
pub type RoleOf = fn(&str) -> Option<Role>;

/// The person value in a person cell that wraps it (Meetup's `User ID`
/// reads `user 1234`: the person is `1234`).
pub type PersonOf = fn(&str) -> &str;

/// How to read one table.
#[derive(Clone, Debug)]
pub struct TablePlan {
    /// The export recognised.
    pub format: ExportKind,
    pub layout: Layout,
    pub delimiter: u8,
    /// Lines before the header.
    pub skip_lines: usize,
    /// The header's column names.
    pub headers: Vec<String>,
    pub person: usize,
    pub group: GroupFrom,
    /// Display-name columns, joined with a space (first name, last name).
    pub names: Vec<usize>,
    /// Rows to leave out: the column tested, and the test.
    pub filter: Option<(usize, RowFilter)>,
    /// A column giving roles, and how to read it.
    pub role: Option<(usize, RoleOf)>,
    /// What was decided with a doubt (lists not split, persons by name).
    pub notices: Vec<crate::memberships::Notice>,
    /// How to take the person out of its cell, when the export wraps it.
    pub person_of: Option<PersonOf>,
    /// A second column joined to the person's, after a space (the last
    /// name after the first, when names are the only identity).
    pub person_also: Option<usize>,
}

/// A table's header and the first rows after it, for the layout decisions.
pub struct Header {
    pub delimiter: u8,
    pub headers: Vec<String>,
    /// The headers folded for matching (see [`fold_header`]).
    pub folded: Vec<String>,
    /// The head of the text from the header line on.
    body: String,
}

/// Rows sampled from the head to decide between layouts.
const SAMPLE_ROWS: usize = 500;

impl Header {
    /// The header of `head` (a text's first bytes) after `skip` lines.
    pub fn read(path: &Path, head: &str, skip: usize) -> Result<Header, LoadError> {
        let body: String = head.split_inclusive('\n').skip(skip).collect();
        let delimiter = sniff_delimiter(body.as_bytes());
        let headers = read_header(path, body.as_bytes(), delimiter)?;
        let folded = headers.iter().map(|h| fold_header(h)).collect();
        Ok(Header {
            delimiter,
            headers,
            folded,
            body,
        })
    }

    /// The first column named like one of `aliases`.
    pub fn find(&self, aliases: &[&str]) -> Option<usize> {
        columns::find(&self.folded, aliases)
    }

    /// True when some column is named `folded` (a folded name).
    pub fn has(&self, folded: &str) -> bool {
        self.folded.iter().any(|h| h == folded)
    }

    /// The first rows after the header, read leniently.
    fn sample(&self) -> Vec<csv::StringRecord> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(true)
            .flexible(true)
            .from_reader(self.body.as_bytes());
        rdr.records()
            .take(SAMPLE_ROWS)
            .map_while(Result::ok)
            .collect()
    }
}

/// The plain CSV table: what every table that no platform format claims
/// is read as.
pub struct Csv;

impl Format for Csv {
    fn name(&self) -> &'static str {
        "CSV table (long, wide, matrix or one group)"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let skip = super::leading_comment_lines(s.head);
        let h = Header::read(&s.file.label, s.head, skip)?;
        let given = s.opts.person_column.as_deref();
        // No address column, but first and last names: a person is
        // "First Last" (a weaker identity, said in a notice).
        let by_name = match (given, columns::full_names(&h.folded)) {
            (None, Some((first, last))) if h.find(columns::ADDRESS).is_none() => {
                Some((first, last))
            }
            _ => None,
        };
        let person = match by_name {
            Some((first, _)) => first,
            None => choose_column(&s.file.label, &h.headers, given, "person", columns::PERSON)?,
        };
        let names = match by_name {
            Some(_) => Vec::new(),
            None => columns::name_columns(&h.folded, person),
        };
        let mut plan = plan(s, &h, ExportKind::Csv, skip, person, names, None)?;
        if let Some((first, last)) = by_name {
            plan.person_also = Some(last);
            plan.notices.push(Notice::PersonsByName {
                columns: format!("{} + {}", h.headers[first], h.headers[last]),
            });
        }
        Ok(Some(Box::new(TableReader(plan))))
    }
}

/// Cells that mean "is a member" in an incidence matrix (folded).
const TRUTHY: &[&str] = &[
    "1", "x", "oui", "o", "yes", "y", "true", "vrai", "v", "ok", "✓", "✔", "☑", "•", "*",
];
/// Cells that mean "is not a member".
const FALSY: &[&str] = &["", "0", "non", "n", "no", "false", "faux", "f", "-", "☐"];

fn is_truthy(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    TRUTHY.contains(&c.as_str())
}

/// A matrix cell that makes its row a member of its column's group: any
/// value but an empty cell or a "no" (`0`, `non`, `no`, `false`, `faux`,
/// `-`); a date or a role in the cell counts as membership.
pub fn is_member_cell(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    !FALSY.contains(&c.as_str())
}

fn is_boolean(cell: &str) -> bool {
    let c = cell.trim().to_lowercase();
    TRUTHY.contains(&c.as_str()) || FALSY.contains(&c.as_str())
}

/// The group a one-group file stands for: `--group`, else the name
/// [`crate::load::naming`] gave it (a sheet's name, a folder's when its
/// file name is generic or shared), else its file name without extension
/// and without an `@domain` part (`velo@listes.example.org.txt` is `velo`).
pub fn group_of_file(file: &File, given: Option<&str>) -> Result<String, LoadError> {
    let no_name = || LoadError::UnknownLayout {
        path: file.label.clone(),
        why: "the file name gives no group name: give it with --group NAME".into(),
    };
    if let Some(g) = given {
        let g = g.trim();
        return if g.is_empty() {
            Err(no_name())
        } else {
            Ok(g.to_string())
        };
    }
    if let Some(g) = &file.group_name {
        return Ok(g.clone());
    }
    if file.label == Path::new("<stdin>") {
        return Err(LoadError::UnknownLayout {
            path: file.label.clone(),
            why: "standard input has no file name to name its group: give it with --group NAME"
                .into(),
        });
    }
    let name = crate::load::naming::from_file_name(file);
    if name.is_empty() {
        return Err(no_name());
    }
    Ok(name)
}

/// Decides a table's layout and where its groups come from, the same way
/// for every table format. `one_group` is the group of an export that is
/// one group by nature (a Google Groups or HelloAsso file; empty: named by
/// the file); such an export has no group column unless `--group` names
/// one.
pub fn plan(
    s: &Sniff,
    h: &Header,
    format: ExportKind,
    skip_lines: usize,
    person: usize,
    names: Vec<usize>,
    one_group: Option<String>,
) -> Result<TablePlan, LoadError> {
    let path = &s.file.label;
    let opts = s.opts;
    let forced = opts.layout;
    let one_group_export = one_group.is_some();
    let group_col = match opts.group_column.as_deref() {
        Some(name) => {
            let f = fold_header(name);
            h.headers
                .iter()
                .position(|x| x == name.trim())
                .or_else(|| h.folded.iter().position(|x| *x == f))
        }
        None if one_group_export => None,
        None => h.find(columns::GROUP),
    };
    let group_col = group_col.filter(|&g| g != person);
    let named_group = || -> Result<GroupFrom, LoadError> {
        Ok(GroupFrom::Named(match &one_group {
            Some(g) if !g.is_empty() && opts.group_column.is_none() => g.clone(),
            _ => group_of_file(s.file, opts.group_column.as_deref())?,
        }))
    };
    let sample = h.sample();
    let need_group = |g: Option<usize>| {
        g.ok_or_else(|| match &opts.group_column {
            Some(name) => LoadError::MissingNamedColumn {
                path: path.clone(),
                role: "group",
                name: name.clone(),
                found: h.headers.clone(),
            },
            None => LoadError::NoColumn {
                path: path.clone(),
                role: "group",
                found: h.headers.clone(),
            },
        })
    };
    let plural = |g: usize| columns::PLURAL_GROUP.contains(&h.folded[g].as_str());
    let mut notices = Vec::new();
    let (layout, group) = match forced {
        Some(Layout::PerGroup) => (Layout::PerGroup, named_group()?),
        Some(Layout::Long) => (Layout::Long, GroupFrom::Column(need_group(group_col)?)),
        Some(Layout::Wide) => {
            let g = need_group(group_col)?;
            let sep = opts
                .list_separator
                .or_else(|| list_separator(&sample, g, h.delimiter, true, person))
                .unwrap_or(';');
            (Layout::Wide, GroupFrom::Split(g, sep))
        }
        Some(Layout::Matrix) => {
            let cols: Vec<usize> = (0..h.headers.len())
                .filter(|&c| c != person && !names.contains(&c) && !h.headers[c].is_empty())
                .collect();
            (Layout::Matrix, GroupFrom::FlagColumns(cols))
        }
        None if group_col.is_none() && opts.group_column.is_some() && h.headers.len() > 1 => {
            return Err(need_group(None).unwrap_err())
        }
        None => match group_col {
            Some(g) => {
                let given = opts.list_separator;
                match given.or_else(|| list_separator(&sample, g, h.delimiter, plural(g), person)) {
                    Some(sep) => {
                        if sep == ',' && given.is_none() {
                            notices.push(Notice::SplitLists { separator: sep });
                        }
                        (Layout::Wide, GroupFrom::Split(g, sep))
                    }
                    None if plural(g) => (Layout::Wide, GroupFrom::Split(g, ';')),
                    None => {
                        notices.extend(unsplit_lists(&sample, g, h, skip_lines));
                        (Layout::Long, GroupFrom::Column(g))
                    }
                }
            }
            None => {
                let bools = boolean_columns(&sample, h, person, &names);
                if !bools.is_empty() && !one_group_export {
                    (Layout::Matrix, GroupFrom::FlagColumns(bools))
                } else if h.headers.len() == 1 || one_group_export || s.file.sheet {
                    (Layout::PerGroup, named_group()?)
                } else {
                    return Err(need_group(None).unwrap_err());
                }
            }
        },
    };
    if let GroupFrom::Column(g) | GroupFrom::Split(g, _) = group {
        notices.extend(doubtful_groups(&sample, g, h, person));
    }
    if let GroupFrom::FlagColumns(c) = &group {
        if c.is_empty() {
            return Err(LoadError::UnknownLayout {
                path: path.clone(),
                why: "no column besides the person column to use as a group".into(),
            });
        }
    }
    Ok(TablePlan {
        format,
        layout,
        delimiter: h.delimiter,
        skip_lines,
        headers: h.headers.clone(),
        person,
        group,
        names,
        filter: None,
        role: None,
        notices,
        person_of: None,
        person_also: None,
    })
}

/// The character that separates a list of groups inside the group cells,
/// when sampled cells hold one (never the file's delimiter): `;` or `|`;
/// else `,` in a column named in the plural (`Groupes`), or in a file
/// whose delimiter is not `,` when each row is a different person (one row
/// per person, so a cell holds all of a person's groups). A `,` in a
/// long file of one membership a row stays part of the group's name, and
/// is reported (see [`unsplit_lists`]).
fn list_separator(
    sample: &[csv::StringRecord],
    col: usize,
    delimiter: u8,
    plural: bool,
    person: usize,
) -> Option<char> {
    let holds = |sep: char| {
        sample
            .iter()
            .any(|r| r.get(col).is_some_and(|v| v.contains(sep)))
    };
    if let Some(sep) = [';', '|']
        .into_iter()
        .find(|&sep| sep as u32 != u32::from(delimiter) && holds(sep))
    {
        return Some(sep);
    }
    let one_row_per_person = || {
        let mut seen = std::collections::HashSet::new();
        sample
            .iter()
            .filter_map(|r| r.get(person).map(|p| p.trim().to_lowercase()))
            .filter(|p| !p.is_empty())
            .all(|p| seen.insert(p))
    };
    (holds(',') && (plural || (delimiter != b',' && one_row_per_person()))).then_some(',')
}

/// Characters people use to list groups in a cell, beside `;` and `|`.
const LIST_MARKS: &[&str] = &[",", "/", "+", " et ", " and "];

/// A notice when group cells read whole hold what could separate a list
/// of groups (`Vélo, Jardins` in a file of one membership a row).
fn unsplit_lists(
    sample: &[csv::StringRecord],
    col: usize,
    h: &Header,
    skip_lines: usize,
) -> Option<Notice> {
    for r in sample {
        let Some(v) = r.get(col) else { continue };
        if let Some(mark) = LIST_MARKS.iter().find(|m| v.contains(**m)) {
            let line = r.position().map_or(0, |p| p.line()) + skip_lines as u64;
            let separator = mark.trim().chars().next().unwrap_or(',');
            return Some(Notice::UnsplitLists {
                separator,
                line,
                example: v.trim().to_string(),
            });
        }
    }
    let _ = h;
    None
}

/// Notices when the column taken as the groups does not look like one:
/// most of its groups have a single member, or it holds dates.
fn doubtful_groups(
    sample: &[csv::StringRecord],
    col: usize,
    h: &Header,
    person: usize,
) -> Vec<Notice> {
    let mut out = Vec::new();
    let values: Vec<&str> = sample
        .iter()
        .filter(|r| r.get(person).is_some_and(|p| !p.trim().is_empty()))
        .filter_map(|r| r.get(col).map(str::trim))
        .filter(|v| !v.is_empty())
        .collect();
    let column = h.headers[col].clone();
    let mut members: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for v in &values {
        *members.entry(v).or_default() += 1;
    }
    let groups = members.len();
    let single = members.values().filter(|&&n| n == 1).count();
    if groups >= 3 && single * 2 > groups {
        out.push(Notice::OneMemberGroups {
            groups: groups as u64,
            column: column.clone(),
        });
    }
    let dates = values.iter().filter(|v| looks_like_date(v)).count();
    if !values.is_empty() && dates * 2 > values.len() {
        let example = values
            .iter()
            .find(|v| looks_like_date(v))
            .copied()
            .unwrap_or_default();
        out.push(Notice::DatesAsGroups {
            column,
            example: example.to_string(),
        });
    }
    out
}

/// `12/03/2025`, `2025-03-12`, `12.03.25`, maybe followed by a time.
fn looks_like_date(v: &str) -> bool {
    let day = v.split_whitespace().next().unwrap_or_default();
    let parts: Vec<&str> = day.split(['/', '-', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
        && (parts[0].len() == 4 || parts[2].len() >= 2)
}

/// Columns whose sampled cells are all yes/no values (or empty), when at
/// least one of them holds a yes: a column still empty in the sample may
/// have its first member further down.
fn boolean_columns(
    sample: &[csv::StringRecord],
    h: &Header,
    person: usize,
    names: &[usize],
) -> Vec<usize> {
    let cells = |c: usize| sample.iter().filter_map(move |r| r.get(c));
    let cols: Vec<usize> = (0..h.headers.len())
        .filter(|&c| c != person && !names.contains(&c) && !h.folded[c].is_empty())
        .filter(|&c| cells(c).all(is_boolean))
        .collect();
    if cols.iter().any(|&c| cells(c).any(is_truthy)) {
        cols
    } else {
        Vec::new()
    }
}

/// Reads a table as its [`TablePlan`] says: the long layout of a table
/// whose header is its first line with polars' multithreaded reader, any
/// other with the csv crate.
pub struct TableReader(pub TablePlan);

impl Reader for TableReader {
    fn describe(&self) -> Description {
        let p = &self.0;
        let h = |c: usize| p.headers.get(c).cloned().unwrap_or_default();
        let groups = match &p.group {
            GroupFrom::Column(g) => TakenFrom::Column(h(*g)),
            GroupFrom::Split(g, sep) => TakenFrom::SplitColumn(h(*g), *sep),
            GroupFrom::FlagColumns(cols) => {
                TakenFrom::GroupColumns(cols.iter().map(|&c| h(c)).collect())
            }
            GroupFrom::Named(g) => TakenFrom::WholeFile(g.clone()),
        };
        Description {
            format: p.format,
            layout: p.layout,
            delimiter: csv_table::delimiter_name(p.delimiter).into(),
            person: match p.person_also {
                Some(also) => TakenFrom::TwoColumns(h(p.person), h(also)),
                None => TakenFrom::Column(h(p.person)),
            },
            groups,
            header: true,
            one_group: match &p.group {
                GroupFrom::Named(g) => Some(g.clone()),
                _ => None,
            },
            notices: p.notices.clone(),
        }
    }

    #[cfg(test)]
    fn table_plan(&self) -> Option<&TablePlan> {
        Some(&self.0)
    }

    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError> {
        let plan = &self.0;
        sink.addresses_if_most = true;
        let fast = plan.layout == Layout::Long
            && plan.skip_lines == 0
            && plan.filter.is_none()
            && plan.role.is_none()
            && plan.person_of.is_none()
            && plan.person_also.is_none();
        if fast {
            match polars_reader::read(src, plan, sink) {
                // Rows of the wrong width: read again, dropping them.
                Err(LoadError::Malformed { .. }) if src.opts.skip_invalid => {
                    sink.diag.rows = 0;
                    sink.diag.kept = 0;
                }
                other => return other,
            }
        }
        let text = src.whole_text()?;
        csv_table::read_rows(&src.file().label, &text, plan, src.opts.skip_invalid, sink)
    }
}

/// True when the first field of `line` is an address (a plain list, not a
/// header).
pub fn starts_with_address(line: &str) -> bool {
    let first_field = line.split('\t').next().unwrap_or_default();
    normalise(first_field).is_some_and(|v| is_email(&v))
}

/// Options that only make sense for a table, refused for a plain list.
pub fn only_per_group(path: &Path, opts: &LoadOptions) -> Result<(), LoadError> {
    if matches!(opts.layout, None | Some(Layout::PerGroup)) {
        Ok(())
    } else {
        Err(LoadError::UnknownLayout {
            path: path.into(),
            why: "it is a plain list of members with no header, so it can only be one group".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::plan_of;
    use super::*;

    #[test]
    fn long_wide_matrix_and_one_group_files_are_told_apart() {
        let p = plan_of("a.csv", "email,group\na@x.fr,Vélo\n").unwrap();
        assert_eq!((p.layout, p.group), (Layout::Long, GroupFrom::Column(1)));
        let p = plan_of("a.csv", "email,groups\na@x.fr,\"Vélo;Bio\"\n").unwrap();
        assert_eq!(p.group, GroupFrom::Split(1, ';'));
        let p = plan_of("a.csv", "email;groupe\na@x.fr;Vélo|Bio\n").unwrap();
        assert_eq!(p.group, GroupFrom::Split(1, '|'));
        let p = plan_of("a.csv", "email,Vélo,Bio,Commentaire\na@x.fr,x,,bonjour\n").unwrap();
        assert_eq!(p.group, GroupFrom::FlagColumns(vec![1, 2]));
        let p = plan_of("velo@listes.org.csv", "Email\na@x.fr\n").unwrap();
        assert_eq!(p.group, GroupFrom::Named("velo".into()));
        let e = plan_of("a.csv", "email,Thème\na@x.fr,Vélo\n").unwrap_err();
        assert!(e.to_string().contains("--layout per-group"), "{e}");
    }

    #[test]
    fn layout_can_be_forced() {
        let opts = LoadOptions {
            layout: Some(Layout::PerGroup),
            ..Default::default()
        };
        let p =
            super::super::tests::plan_with("velo.csv", "email,group\na@x.fr,g\n", &opts).unwrap();
        assert_eq!(p.group, GroupFrom::Named("velo".into()));
        assert_eq!(Layout::parse("per-group"), Some(Layout::PerGroup));
        assert_eq!(Layout::parse("Matrix"), Some(Layout::Matrix));
        assert_eq!(Layout::parse("tree"), None);
    }

    #[test]
    fn a_wrapped_person_cell_is_unwrapped_on_every_path() {
        let text = "id,group,title\nuser 12,V,boss\nuser 34,V,\n 56 ,B,\n";
        let read = |plan: TablePlan| {
            let files = [File::bytes("t.csv", text.as_bytes().to_vec())];
            let opts = LoadOptions::default();
            let mut src = Source {
                files: &files,
                opts: &opts,
                text: None,
            };
            let mut sink = Sink::new(false);
            sink.start(Default::default());
            TableReader(plan).read(&mut src, &mut sink).unwrap();
            sink.end();
            sink.finish()
        };
        let mut plan = plan_of("t.csv", text).unwrap();
        // The long layout, which polars reads unless the cell is wrapped.
        assert_eq!(plan.layout, Layout::Long);
        plan.person_of = Some(|cell| cell.trim().trim_start_matches("user "));
        let m = read(plan.clone());
        let persons: Vec<&str> = m.pairs.iter().map(|&(p, _)| m.persons.get(p)).collect();
        assert_eq!(persons, ["12", "34", "56"]);
        // A role is the unwrapped person's.
        plan.role = Some((2, |cell| (cell == "boss").then_some(Role::Owner)));
        let m = read(plan);
        let twelve = m.persons.find("12").unwrap();
        assert_eq!(m.roles.len(), 1);
        assert_eq!(
            m.roles[0].person,
            crate::memberships::PersonRef::Member(twelve)
        );
    }

    #[test]
    fn the_file_name_names_a_one_group_file() {
        let f = File::bytes("l/velo@listes.org.txt", Vec::new());
        assert_eq!(group_of_file(&f, None).unwrap(), "velo");
        assert_eq!(group_of_file(&f, Some(" Bio ")).unwrap(), "Bio");
        let stdin = File::bytes("<stdin>", Vec::new());
        assert!(group_of_file(&stdin, None).is_err());
        let f = File::bytes("@x.txt", Vec::new());
        assert_eq!(group_of_file(&f, None).unwrap(), "@x");
    }
}
