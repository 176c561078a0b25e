//! Load stage, Slack workspace exports: a folder or zip holding
//! `users.json` and `channels.json` side by side (plus `groups.json`, the
//! private channels, in full exports). Each channel is a group, named by
//! its `name`; each id of its `members` is a membership of the user's
//! `profile.email` (else the user id). Deleted users, bots and Slackbot
//! are skipped and counted; a channel's `creator` is its owner, its
//! `purpose` its description. Direct messages and message files are not read.

use super::table::Layout;
use super::{Description, Export, Format, Reader, Sniff, Source};
use crate::identity;
use crate::load::files::File;
use crate::load::sink::{Row, Sink};
use crate::load::LoadError;
use crate::memberships::{ExportField, ExportKind, Role, SkipReason, TakenFrom};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

pub struct SlackExport;

const USERS: &str = "users.json";
/// The users of an Enterprise Grid organisation export.
const ORG_USERS: &str = "org_users.json";
const CHANNELS: &str = "channels.json";
/// Private channels.
const GROUPS: &str = "groups.json";

/// The files at the root of an export that belong to it (read or not).
const ROOT_FILES: &[&str] = &[
    USERS,
    CHANNELS,
    GROUPS,
    "mpims.json",
    "dms.json",
    "integration_logs.json",
    ORG_USERS,
    "canvases.json",
];

/// The Slack id of Slackbot (not flagged `is_bot`).
const SLACKBOT: &str = "USLACKBOT";

struct SlackReader;

#[derive(Deserialize)]
struct User {
    id: String,
    name: Option<String>,
    real_name: Option<String>,
    deleted: Option<bool>,
    is_bot: Option<bool>,
    profile: Option<Profile>,
}

#[derive(Deserialize)]
struct Profile {
    email: Option<String>,
    real_name: Option<String>,
}

#[derive(Deserialize)]
struct Channel {
    name: Option<String>,
    creator: Option<String>,
    members: Option<Vec<String>>,
    purpose: Option<Purpose>,
}

#[derive(Deserialize)]
struct Purpose {
    value: Option<String>,
}

/// A user as a channel's member entry meets it: a person, or the reason
/// its entries are skipped.
enum Account {
    Person { key: String, name: Option<String> },
    Skipped(SkipReason),
}

impl User {
    fn account(self) -> Account {
        if self.deleted == Some(true) {
            return Account::Skipped(SkipReason::Deactivated);
        }
        if self.is_bot == Some(true) || self.id == SLACKBOT {
            return Account::Skipped(SkipReason::Bot);
        }
        let some = |v: Option<String>| v.filter(|v| !identity::trim(v).is_empty());
        let (email, profile_name) = match self.profile {
            Some(p) => (some(p.email), some(p.real_name)),
            None => (None, None),
        };
        let key = match email {
            Some(e) => identity::trim(&e).to_string(),
            None => self.id,
        };
        let name = profile_name
            .or_else(|| some(self.real_name))
            .or_else(|| some(self.name));
        Account::Person { key, name }
    }
}

fn base(f: &File) -> &str {
    f.name.rsplit('/').next().unwrap_or_default()
}

/// `YYYY-MM-DD.json`: a day of a channel's messages.
fn is_day_file(name: &str) -> bool {
    let Some(day) = name.strip_suffix(".json") else {
        return false;
    };
    let b = day.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

impl Format for SlackExport {
    fn name(&self) -> &'static str {
        "Slack workspace export"
    }

    fn gather(&self, files: &mut Vec<File>) -> Result<Vec<Export>, LoadError> {
        let has =
            |dir: &str, name: &str| files.iter().any(|f| f.folder() == dir && base(f) == name);
        // The folders holding an export: users and channels side by side.
        let exports: BTreeSet<String> = files
            .iter()
            .filter(|f| base(f) == CHANNELS)
            .map(|f| f.folder().to_string())
            .filter(|dir| has(dir, USERS) || has(dir, ORG_USERS))
            .collect();
        if exports.is_empty() {
            return Ok(Vec::new());
        }
        // The export a file belongs to: a root file of its folder, or a day
        // of messages in a direct subfolder (that is no export itself).
        let export_of = |f: &File| -> Option<String> {
            let dir = f.folder();
            if exports.contains(dir) {
                return ROOT_FILES.contains(&base(f)).then(|| dir.to_string());
            }
            if dir.is_empty() || !is_day_file(base(f)) {
                return None;
            }
            let parent = dir.rsplit_once('/').map_or("", |(p, _)| p);
            exports.contains(parent).then(|| parent.to_string())
        };
        let mut found: Vec<(String, Vec<File>)> =
            exports.iter().map(|d| (d.clone(), Vec::new())).collect();
        let mut rest = Vec::new();
        for f in std::mem::take(files) {
            match export_of(&f) {
                Some(dir) => {
                    let k = found
                        .iter()
                        .position(|(d, _)| *d == dir)
                        .expect("an export folder");
                    found[k].1.push(f);
                }
                None => rest.push(f),
            }
        }
        *files = rest;
        Ok(found
            .into_iter()
            .map(|(_, mut list)| {
                // channels.json first: what an export without any member
                // is reported against.
                list.sort_by_key(|f| (base(f) != CHANNELS, f.folder().len(), f.name.clone()));
                let users = list
                    .iter()
                    .find(|f| base(f) == USERS || base(f) == ORG_USERS)
                    .expect("an export has users");
                let label = match users.label.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from(&users.label),
                };
                Export {
                    label,
                    files: list,
                    reader: Box::new(SlackReader),
                }
            })
            .collect())
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        // A file of an export given without the rest of it.
        let name = base(s.file);
        let listing =
            [USERS, ORG_USERS, CHANNELS, GROUPS, "mpims.json", "dms.json"].contains(&name);
        if listing && s.head.trim_start().starts_with('[') {
            return Err(LoadError::Malformed {
                path: s.file.label.clone(),
                line: 1,
                message: format!(
                    "{name} of a Slack export, without both {USERS} and {CHANNELS} beside it: give the export's whole folder or zip"
                ),
            });
        }
        Ok(None)
    }
}

impl Reader for SlackReader {
    fn describe(&self) -> Description {
        Description {
            format: ExportKind::Slack,
            layout: Layout::PerGroup,
            delimiter: "none".into(),
            person: TakenFrom::Field(ExportField::SlackPerson),
            groups: TakenFrom::Field(ExportField::SlackChannels),
            header: false,
            one_group: None,
            notices: Vec::new(),
        }
    }

    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError> {
        let named = |name: &str| src.files.iter().find(|f| base(f) == name);
        // Users: users.json, and those of an organisation's org_users.json
        // that it does not list.
        let mut accounts: HashMap<String, Account> = HashMap::new();
        for file in [named(USERS), named(ORG_USERS)].into_iter().flatten() {
            let users: Vec<User> = parse(
                file,
                "an array of users ({\"id\": ..., \"profile\": {...}})",
            )?;
            for u in users {
                if !accounts.contains_key(&u.id) {
                    accounts.insert(u.id.clone(), u.account());
                }
            }
        }
        for file in [named(CHANNELS), named(GROUPS)].into_iter().flatten() {
            let channels: Vec<Channel> = parse(
                file,
                "an array of channels ({\"name\": ..., \"members\": [...]})",
            )?;
            for c in channels {
                read_channel(c, &accounts, sink)?;
            }
        }
        Ok(())
    }
}

/// One channel: its member entries (memberships, or rows skipped for the
/// account's reason), its creator's role and its purpose.
fn read_channel(
    c: Channel,
    accounts: &HashMap<String, Account>,
    sink: &mut Sink,
) -> Result<(), LoadError> {
    let group = c.name.unwrap_or_default();
    let members = c.members.unwrap_or_default();
    sink.diag.rows += members.len() as u64;
    let mut rows = Vec::with_capacity(members.len());
    for id in &members {
        match accounts.get(id) {
            Some(Account::Person { key, name }) => rows.push(Row {
                person: key.clone(),
                group: group.clone(),
                name: name.clone(),
                line: 1,
            }),
            Some(Account::Skipped(why)) => sink.skip(*why, None),
            // Slack leaves some deleted users out of users.json.
            None => sink.skip(SkipReason::Deactivated, None),
        }
    }
    if identity::trim(&group).is_empty() {
        for _ in &rows {
            sink.skip(SkipReason::EmptyGroup, None);
        }
        return Ok(());
    }
    sink.add_rows(&rows)?;
    if let Some(Account::Person { key, .. }) = c.creator.and_then(|id| accounts.get(&id)) {
        sink.role(key, &group, Role::Owner);
    }
    if let Some(purpose) = c.purpose.and_then(|p| p.value) {
        if !identity::trim(&purpose).is_empty() {
            sink.describe_group(&group, None, None, Some(&purpose));
        }
    }
    Ok(())
}

/// A JSON file of the export, as `T`; an error names the file, the line,
/// and what was `expected`.
fn parse<T: DeserializeOwned>(file: &File, expected: &str) -> Result<T, LoadError> {
    let text = file.utf8()?;
    serde_json::from_str(&text).map_err(|e| LoadError::Malformed {
        path: file.label.clone(),
        line: e.line().max(1) as u64,
        message: format!("not a Slack {} ({e}); expected {expected}", base(file)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadOptions;
    use crate::memberships::Memberships;

    fn json(name: &str, text: &str) -> File {
        File::bytes(name, text.as_bytes().to_vec())
    }

    /// Gathers `files` and reads every export found, as the load stage does.
    fn read_all(mut files: Vec<File>) -> Result<Memberships, LoadError> {
        let exports = SlackExport.gather(&mut files)?;
        let opts = LoadOptions::default();
        let mut sink = Sink::new(false);
        for e in &exports {
            sink.start(Default::default());
            let mut src = Source {
                files: &e.files,
                opts: &opts,
                text: None,
            };
            e.reader.read(&mut src, &mut sink)?;
            sink.end();
        }
        Ok(sink.finish())
    }

    const USERS_JSON: &str = r#"[
        {"id": "U1", "name": "al", "deleted": false, "profile": {"real_name": "Al Martin", "email": " Al@X.fr "}},
        {"id": "U2", "name": "bea", "real_name": "Béa", "profile": {"real_name": "", "email": ""}},
        {"id": "U3", "name": "cy", "deleted": true, "profile": {"email": "cy@x.fr"}},
        {"id": "U4", "name": "robot", "is_bot": true, "profile": {}},
        {"id": "USLACKBOT", "name": "slackbot", "is_bot": false, "profile": {"real_name": "Slackbot"}}
    ]"#;

    #[test]
    fn members_are_emails_else_ids_and_accounts_that_are_not_people_are_skipped() {
        // velo: Al (U1), Béa (U2, no address), Cy (deleted), the bot,
        // Slackbot, U9 (absent from users.json) = 6 entries, 2 kept.
        // bio (private): Al, with a null member list elsewhere.
        let m = read_all(vec![
            json("x/channels.json", r#"[
                {"name": "velo", "creator": "U2", "members": ["U1", "U2", "U3", "U4", "USLACKBOT", "U9"],
                 "purpose": {"value": "À vélo", "creator": "U2", "last_set": 1}},
                {"name": "vide", "creator": "U1", "members": null},
                {"name": "rien", "creator": "U1"}
            ]"#),
            json("x/groups.json", r#"[{"name": "bio", "creator": "U3", "members": ["U1"], "purpose": {"value": " "}}]"#),
            json("x/users.json", USERS_JSON),
        ])
        .unwrap();
        let pairs: Vec<(&str, &str)> = m
            .pairs
            .iter()
            .map(|&(p, g)| (m.persons.get(p), m.groups.get(g)))
            .collect();
        assert_eq!(
            pairs,
            [("al@x.fr", "velo"), ("U2", "velo"), ("al@x.fr", "bio")]
        );
        let d = &m.input.files[0];
        assert_eq!((d.rows, d.kept), (7, 3));
        assert_eq!((d.skipped_deactivated, d.skipped_bots), (2, 2));
        // Béa created velo; Al created vide and rien, which have no
        // member (their roles are dropped); bio's creator is deleted.
        assert_eq!((d.roles.owners, d.roles_dropped, m.roles.len()), (3, 2, 1));
        let names: Vec<&str> = m
            .input
            .display_names
            .iter()
            .map(|(_, n)| n.as_str())
            .collect();
        assert_eq!(names, ["Al Martin", "Béa", "Al Martin"]);
        assert_eq!(m.descriptions.len(), 1);
        assert_eq!(m.descriptions[0].description.as_deref(), Some("À vélo"));
    }

    #[test]
    fn the_export_folder_is_gathered_with_its_day_files_and_nothing_else() {
        let mut files = vec![
            json("ws/canvases.json", "[]"),
            json("ws/channels.json", "[]"),
            json("ws/dms.json", "[]"),
            json("ws/general/2024-01-05.json", "[]"),
            json("ws/general/notes.json", "[]"),
            json("ws/general/deep/2024-01-06.json", "[]"),
            json("ws/integration_logs.json", "{}"),
            json("ws/members.csv", "email,group\n"),
            json("ws/users.json", "[]"),
            json("other/channels.json", "[]"),
        ];
        let exports = SlackExport.gather(&mut files).unwrap();
        assert_eq!(exports.len(), 1);
        let names: Vec<&str> = exports[0].files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "ws/channels.json",
                "ws/canvases.json",
                "ws/dms.json",
                "ws/integration_logs.json",
                "ws/users.json",
                "ws/general/2024-01-05.json",
            ]
        );
        assert_eq!(exports[0].label, PathBuf::from("ws"));
        let left: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            left,
            [
                "ws/general/notes.json",
                "ws/general/deep/2024-01-06.json",
                "ws/members.csv",
                "other/channels.json"
            ]
        );
        assert!(is_day_file("2024-12-31.json"));
        assert!(!is_day_file("2024-1-31.json") && !is_day_file("2024-01-05.csv"));
    }

    #[test]
    fn broken_json_names_the_file_and_line_and_what_was_expected() {
        let err = read_all(vec![
            json(
                "x/channels.json",
                "[\n  {\"name\": \"velo\",\n   \"members\": [\"U1\" \"U2\"]}\n]",
            ),
            json("x/users.json", "[]"),
        ])
        .err()
        .unwrap()
        .to_string();
        assert!(
            err.starts_with("x/channels.json:3: not a Slack channels.json"),
            "{err}"
        );
        assert!(err.contains("expected an array of channels"), "{err}");
        let err = read_all(vec![
            json("x/channels.json", "[]"),
            json("x/users.json", "{\"U1\": {}}"),
        ])
        .err()
        .unwrap()
        .to_string();
        assert!(err.starts_with("x/users.json:1:"), "{err}");
        assert!(err.contains("expected an array of users"), "{err}");
    }

    #[test]
    fn a_lone_file_of_an_export_asks_for_the_whole_export() {
        let err = super::super::tests::recognise(
            "channels.json",
            "[{\"name\": \"a\"}]",
            &LoadOptions::default(),
        )
        .err()
        .unwrap()
        .to_string();
        assert!(
            err.contains("give the export's whole folder or zip"),
            "{err}"
        );
    }

    #[test]
    fn fixture_gives_the_figures_worked_out_by_hand() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports/slack");
        let m = crate::load::read_all(std::slice::from_ref(&dir), &LoadOptions::default()).unwrap();
        // SOURCES.md: 4 groups, 14 memberships, 5 persons (Zoé by her id),
        // 2 entries skipped (a bot, a deleted user), 4 creators.
        assert_eq!((m.groups.len(), m.pairs.len(), m.persons.len()), (4, 14, 5));
        assert!(m.persons.find("U06QB4L0A05").is_some());
        assert!(m.persons.find("maelle.tanguy@example.org").is_some());
        assert_eq!(m.input.files.len(), 1);
        let d = &m.input.files[0];
        assert_eq!(d.file, dir.display().to_string());
        assert_eq!(d.format, "Slack workspace export");
        assert_eq!((d.rows, d.kept, d.skipped), (16, 14, 2));
        assert_eq!((d.skipped_bots, d.skipped_deactivated), (1, 1));
        assert_eq!((d.roles.owners, d.roles.running()), (4, 4));
        assert_eq!(m.roles.len(), 4);
        let general = m.groups.find("general").unwrap();
        let per_group = |g: u32| m.pairs.iter().filter(|p| p.1 == g).count();
        assert_eq!(per_group(general), 5);
        assert_eq!(per_group(m.groups.find("bureau").unwrap()), 3);
        assert_eq!(m.descriptions.len(), 4);
        // Channels per person: Claire, Yann, Maëlle, François 3, Zoé 2.
        let mut per_person = vec![0; m.persons.len()];
        for &(p, _) in &m.pairs {
            per_person[p as usize] += 1;
        }
        per_person.sort_unstable();
        assert_eq!(per_person, [2, 3, 3, 3, 3]);
    }
}
