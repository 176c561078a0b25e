//! Load stage, Google Groups' "Export members": a first line `Members for
//! group <name>` (padded with commas to the header's width), then a CSV
//! table `Email address,Nickname,Group status,...`. The file is one group,
//! named by its first line; `Group status` gives roles (`owner`,
//! `manager`, `member`), and `banned` rows are not members (skipped and
//! counted).

use super::table::{plan, Header, TableReader};
use super::{first_line, leading_comment_lines, Format, Reader, Sniff};
use crate::load::columns;
use crate::load::csv_table::choose_column;
use crate::load::LoadError;
use crate::memberships::{ExportKind, Role, SkipReason};

pub struct GoogleGroups;

const PREAMBLE: &str = "members for group";

impl Format for GoogleGroups {
    fn name(&self) -> &'static str {
        "Google Groups members"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let Some(first) = first_line(s.head) else {
            return Ok(None);
        };
        let first = first.trim();
        let preamble = first
            .get(..PREAMBLE.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(PREAMBLE));
        if !preamble {
            return Ok(None);
        }
        let name = first[PREAMBLE.len()..]
            .trim()
            .trim_matches(|c| c == '"' || c == ',')
            .trim();
        let name = name.split('@').next().unwrap_or_default().trim();
        let skip = leading_comment_lines(s.head) + 1;
        let h = Header::read(&s.file.label, s.head, skip)?;
        let person = choose_column(
            &s.file.label,
            &h.headers,
            s.opts.person_column.as_deref(),
            "person",
            columns::PERSON,
        )?;
        let names = columns::name_columns(&h.folded, person);
        let mut p = plan(
            s,
            &h,
            ExportKind::GoogleGroups,
            skip,
            person,
            names,
            Some(name.to_string()),
        )?;
        if let Some(status) = h.folded.iter().position(|c| c == "groupstatus") {
            p.filter = Some((status, banned));
            p.role = Some((status, role));
        }
        Ok(Some(Box::new(TableReader(p))))
    }
}

fn status(cell: &str) -> String {
    cell.trim().to_lowercase()
}

fn banned(cell: &str) -> Option<SkipReason> {
    (status(cell) == "banned").then_some(SkipReason::Banned)
}

fn role(cell: &str) -> Option<Role> {
    match status(cell).as_str() {
        "owner" => Some(Role::Owner),
        "manager" => Some(Role::Manager),
        "member" => Some(Role::Member),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::GroupFrom;
    use super::super::tests::{plan_of, read};

    #[test]
    fn the_first_line_names_the_group_and_status_gives_roles() {
        let text = "Members for group Vélo Brest,,,\nEmail address,Nickname,Group status\na@x.fr,Al,owner\nB@x.fr,,manager\nc@x.fr,\"C, jr\",member\nd@x.fr,,banned\ne@x.fr,,MEMBER\n";
        let p = plan_of("g.csv", text).unwrap();
        assert_eq!(p.format, "Google Groups members");
        assert_eq!(p.group, GroupFrom::Named("Vélo Brest".into()));
        assert_eq!((p.skip_lines, p.names.clone()), (1, vec![1]));
        let (pairs, m) = read("g.csv", text).unwrap();
        assert_eq!(pairs.len(), 4);
        assert!(pairs.iter().all(|(_, g)| g == "Vélo Brest"));
        let d = &m.input.files[0];
        assert_eq!((d.skipped_banned, d.skipped, d.rows, d.kept), (1, 1, 5, 4));
        assert_eq!(d.skipped_lines, [6]);
        assert_eq!(
            (d.roles.owners, d.roles.managers, d.roles.members),
            (1, 1, 2)
        );
        assert_eq!(m.roles.len(), 4);
    }

    #[test]
    fn an_address_after_the_preamble_names_the_group_by_its_local_part() {
        let p = plan_of(
            "g.csv",
            "Members for group velo@googlegroups.com\nEmail address,Nickname,Group status\na@x.fr,Al,member\n",
        )
        .unwrap();
        assert_eq!(p.group, GroupFrom::Named("velo".into()));
    }
}
