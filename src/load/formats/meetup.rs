//! Load stage, Meetup member lists: the organizer's "download member list",
//! `<group>_Member_List_on_<date>.xls` (tab-separated text despite its
//! name; comma-separated once re-saved), a table `Name,User ID,Title,Member
//! ID,...,Joined Group on,...,URL of Member Profile` plus a column per
//! profile question. The file is one group, named by its file name; the
//! person is the `Member ID` (else the `User ID` without its `user `), never
//! an address; `Title` gives the leadership roles.

use super::table::{plan, Header, TableReader};
use super::{leading_comment_lines, Format, Reader, Sniff};
use crate::identity::fold_header;
use crate::load::csv_table::choose_column;
use crate::load::{LoadError, LoadOptions};
use crate::memberships::{ExportKind, Role};

pub struct Meetup;

/// What separates the group's name from the date in the file name.
const FILE_MARK: &str = "_Member_List_on_";

/// The person columns (folded), best first.
const PERSON: &[&str] = &["memberid", "userid"];

impl Format for Meetup {
    fn name(&self) -> &'static str {
        "Meetup member list"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let skip = leading_comment_lines(s.head);
        let Ok(h) = Header::read(&s.file.label, s.head, skip) else {
            return Ok(None);
        };
        let id = h.has("memberid") || h.has("userid");
        let profile = h.has("urlofmemberprofile") || (h.has("title") && h.has("joinedgroupon"));
        if !(id && profile) {
            return Ok(None);
        }
        let person = choose_column(
            &s.file.label,
            &h.headers,
            s.opts.person_column.as_deref(),
            "person",
            PERSON,
        )?;
        let names = h.find(&["name"]).filter(|&c| c != person);
        let stem = s.file.stem();
        let mut group = stem
            .split_once(FILE_MARK)
            .map(|(g, _)| g.trim().to_string())
            .unwrap_or_default();
        // `--group` names the group, unless it names a column.
        let mut opts = s.opts.clone();
        if let Some(given) = &s.opts.group_column {
            let column = h.has(&fold_header(given)) || h.headers.iter().any(|c| c == given.trim());
            if !column && !given.trim().is_empty() {
                group = given.trim().to_string();
                opts = LoadOptions {
                    group_column: None,
                    ..opts
                };
            }
        }
        let s = Sniff {
            file: s.file,
            head: s.head,
            opts: &opts,
        };
        let mut p = plan(
            &s,
            &h,
            ExportKind::Meetup,
            skip,
            person,
            names.into_iter().collect(),
            Some(group),
        )?;
        if h.folded[person] == "userid" {
            p.person_of = Some(user_id);
        }
        p.role = h
            .find(&["title"])
            .map(|c| (c, role as fn(&str) -> Option<Role>));
        Ok(Some(Box::new(TableReader(p))))
    }
}

/// `user 1234` is the member `1234`.
fn user_id(cell: &str) -> &str {
    let c = cell.trim();
    match c.get(..5) {
        Some(p) if p.eq_ignore_ascii_case("user ") => c[5..].trim_start(),
        _ => c,
    }
}

/// The leadership roles Meetup names (case, spaces and hyphens aside);
/// any other title is a custom one, no role.
fn role(title: &str) -> Option<Role> {
    match fold_header(title).as_str() {
        "organizer" => Some(Role::Owner),
        "coorganizer" => Some(Role::Manager),
        "assistantorganizer" | "eventorganizer" => Some(Role::Moderator),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{GroupFrom, Layout};
    use super::super::tests::{plan_of, plan_with, read};
    use super::*;

    const HEADER: &str = "Name\tUser ID\tTitle\tMember ID\tLocation\tJoined Group on\tLast visited group on\tLast Attended\tTotal RSVPs\tRSVPed Yes\tRSVPed Maybe\tRSVPed No\tMeetups attended\tNo shows\tIntro\tPhoto\tAssistant Organizer\tMailing List\tURL of Member Profile";

    fn row(name: &str, id: &str, title: &str) -> String {
        format!("{name}\tuser {id}\t{title}\t{id}\tBrest\t03/12/2016\t01/04/2024\t\t 5\t5\t0\t0\t4\t1\tYes\tYes\tNo\tYes\thttps://www.meetup.com/Velo-Brest/members/{id}/ ")
    }

    #[test]
    fn meetups_own_tab_separated_xls_is_one_group_named_by_the_file() {
        let text = [
            HEADER.to_string(),
            row("Al", "11", "Organizer"),
            row("Bea", "22", "co-organizer"),
            row("Cy", "33", "Assistant  Organizer"),
            row("Dee", "44", "EVENT ORGANIZER"),
            row("Eve", "55", "Photographe"),
            row("Fay", "66", ""),
        ]
        .join("\n");
        let name = "Velo-Brest_Member_List_on_01-05-24.xls";
        let p = plan_of(name, &text).unwrap();
        assert_eq!(p.format, "Meetup member list");
        assert_eq!(
            (p.delimiter, p.layout, p.person),
            (b'\t', Layout::PerGroup, 3)
        );
        assert_eq!(p.group, GroupFrom::Named("Velo-Brest".into()));
        assert_eq!(p.names, [0]);
        let (pairs, m) = read(name, &text).unwrap();
        let persons: Vec<&str> = pairs.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(persons, ["11", "22", "33", "44", "55", "66"]);
        assert_eq!(m.input.display_names[0].1, "Al");
        let d = &m.input.files[0];
        assert_eq!(
            (
                d.roles.owners,
                d.roles.managers,
                d.roles.moderators,
                d.roles.members
            ),
            (1, 1, 2, 0)
        );
    }

    #[test]
    fn user_ids_lose_their_prefix_when_there_is_no_member_id() {
        let text = "Name,User ID,Title,Joined Group on\nAl,user 11,Organizer,03/12/2016\nBea, User 22 ,,03/12/2016\n";
        let (pairs, m) = read("export.csv", text).unwrap();
        assert_eq!(
            pairs,
            [
                ("11".to_string(), "export".to_string()),
                ("22".to_string(), "export".to_string())
            ]
        );
        assert_eq!(m.roles.len(), 1);
        assert_eq!(user_id("user 7"), "7");
        assert_eq!(user_id("7"), "7");
        assert_eq!(user_id("username"), "username");
    }

    #[test]
    fn group_names_the_group_unless_it_names_a_column() {
        let text =
            "Name,Member ID,Location,URL of Member Profile\nAl,11,Brest,u\nBea,22,Crozon,u\n";
        let opts = |g: &str| LoadOptions {
            group_column: Some(g.into()),
            ..Default::default()
        };
        let p = plan_with("a_Member_List_on_x.csv", text, &opts("Vélo Brest")).unwrap();
        assert_eq!(p.group, GroupFrom::Named("Vélo Brest".into()));
        let p = plan_with("a_Member_List_on_x.csv", text, &opts("location")).unwrap();
        assert_eq!((p.layout, p.group), (Layout::Long, GroupFrom::Column(2)));
    }

    #[test]
    fn a_table_without_meetups_columns_is_not_a_meetup_list() {
        let p = plan_of("m.csv", "Name,Member ID,Group\nAl,11,V\n").unwrap();
        assert_eq!(p.format, "CSV");
    }

    #[test]
    fn fixtures_give_the_figures_worked_out_by_hand() {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/exports/meetup");
        let m = crate::load::read_all(&[dir], &LoadOptions::default()).unwrap();
        // SOURCES.md: 10 memberships, 9 persons, François (187654321) in
        // both groups; organizer 2, co-organizer 1, assistant and event
        // organizer 1 each; no address anywhere; nothing skipped.
        assert_eq!((m.pairs.len(), m.persons.len(), m.groups.len()), (10, 9, 2));
        let francois = m.persons.find("187654321").unwrap();
        assert_eq!(m.pairs.iter().filter(|p| p.0 == francois).count(), 2);
        assert!(m.groups.find("Velo-Brest").is_some());
        assert!(m.groups.find("Randonnee-Crozon").is_some());
        let files = &m.input.files;
        let counts: Vec<(u64, u64, u64, u64, u64, u64)> = files
            .iter()
            .map(|d| {
                (
                    d.rows,
                    d.kept,
                    d.skipped,
                    d.roles.owners,
                    d.roles.managers,
                    d.roles.moderators,
                )
            })
            .collect();
        // Randonnee-Crozon (4 members, its organizer), then Velo-Brest.
        assert_eq!(counts, [(4, 4, 0, 1, 0, 0), (6, 6, 0, 1, 1, 2)]);
        assert!(files.iter().all(|d| d.format == "Meetup member list"));
        assert_eq!(m.roles.len(), 5);
    }
}
