//! Load stage, Mattermost bulk exports (`mmctl export create`'s
//! `import.jsonl`, or the older `mattermost export bulk`): JSON Lines, a
//! `version` line first, then `team`, `channel`, `user`, `bot`, `post`...
//! lines. Each channel is a group, named by its display name, prefixed by
//! its team's when the export holds several teams; each channel
//! membership of an active user is a membership of the user's email.
//! Deactivated users and bots are skipped and counted. `channel_admin` makes
//! a channel's manager; `team_admin` makes a manager of every channel of
//! that team the user belongs to (maillage has no team-level group to put
//! it on). System roles are not group roles.

use super::table::Layout;
use super::{Description, Format, Reader, Sniff, Source};
use crate::identity;
use crate::load::sink::{Row, Sink};
use crate::load::LoadError;
use crate::memberships::{ExportField, ExportKind, Role, SkipReason, TakenFrom};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

pub struct Mattermost;

struct JsonlReader;

/// What every line says: its type.
#[derive(Deserialize)]
struct Kind {
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Deserialize)]
struct TeamLine {
    team: Team,
}

#[derive(Deserialize)]
struct Team {
    name: String,
    display_name: Option<String>,
}

#[derive(Deserialize)]
struct ChannelLine {
    channel: Channel,
}

#[derive(Deserialize)]
struct Channel {
    team: String,
    name: String,
    display_name: Option<String>,
    purpose: Option<String>,
}

#[derive(Deserialize)]
struct UserLine {
    user: User,
}

#[derive(Deserialize)]
struct User {
    username: Option<String>,
    email: Option<String>,
    nickname: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    delete_at: Option<i64>,
    teams: Option<Vec<TeamMembership>>,
}

#[derive(Deserialize)]
struct TeamMembership {
    name: String,
    roles: Option<String>,
    channels: Option<Vec<ChannelMembership>>,
}

#[derive(Deserialize)]
struct ChannelMembership {
    name: String,
    roles: Option<String>,
}

/// An active user and its channel memberships.
struct Member {
    person: String,
    name: Option<String>,
    line: u64,
    /// Channel (an index of [`Export::channels`]), and whether the user
    /// manages it.
    channels: Vec<(usize, bool)>,
}

/// What the lines say, gathered before groups can be named (a name
/// depends on how many teams the export holds, and on the other names).
#[derive(Default)]
struct Export {
    /// Team name -> display name.
    teams: HashMap<String, String>,
    /// `(team, channel name)`, in order of first mention.
    channels: Vec<(String, String)>,
    index: HashMap<(String, String), usize>,
    /// Display name and purpose of a channel that has a `channel` line.
    described: HashMap<usize, (String, String)>,
    members: Vec<Member>,
}

impl Export {
    fn channel(&mut self, team: &str, name: &str) -> usize {
        let key = (team.to_string(), name.to_string());
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        self.channels.push(key.clone());
        self.index.insert(key, self.channels.len() - 1);
        self.channels.len() - 1
    }

    /// The group name of each channel: its display name (else its name),
    /// after its team's display name (else name) and a `/` when the export
    /// holds several teams; names that would merge two channels get
    /// ` (<team>/<channel>)` after them.
    fn group_names(&self) -> Vec<String> {
        let teams: BTreeSet<&str> = self
            .teams
            .keys()
            .map(String::as_str)
            .chain(self.channels.iter().map(|(t, _)| t.as_str()))
            .collect();
        let shown = |v: Option<&String>, or: &str| match v.map(|v| identity::trim(v)) {
            Some(v) if !v.is_empty() => v.to_string(),
            _ => or.to_string(),
        };
        let names: Vec<String> = self
            .channels
            .iter()
            .enumerate()
            .map(|(i, (team, channel))| {
                let c = shown(self.described.get(&i).map(|d| &d.0), channel);
                if teams.len() > 1 {
                    format!("{}/{c}", shown(self.teams.get(team), team))
                } else {
                    c
                }
            })
            .collect();
        let key = |n: &str| identity::normalise(n).map(|k| k.into_owned());
        let mut uses: HashMap<Option<String>, usize> = HashMap::new();
        for n in &names {
            *uses.entry(key(n)).or_default() += 1;
        }
        names
            .into_iter()
            .zip(&self.channels)
            .map(|(n, (team, channel))| match uses[&key(&n)] {
                1 => n,
                _ if key(&n).is_none() => n,
                _ => format!("{n} ({team}/{channel})"),
            })
            .collect()
    }
}

impl Format for Mattermost {
    fn name(&self) -> &'static str {
        "Mattermost bulk export"
    }

    fn recognise(&self, s: &Sniff) -> Result<Option<Box<dyn Reader>>, LoadError> {
        let first = s.head.split('\n').map(str::trim).find(|l| !l.is_empty());
        let version = first
            .and_then(|l| serde_json::from_str::<Kind>(l).ok())
            .is_some_and(|k| k.kind.as_deref() == Some("version"));
        Ok(version.then(|| Box::new(JsonlReader) as Box<dyn Reader>))
    }
}

impl Reader for JsonlReader {
    fn describe(&self) -> Description {
        Description {
            format: ExportKind::Mattermost,
            layout: Layout::PerGroup,
            delimiter: "none".into(),
            person: TakenFrom::Field(ExportField::Email),
            groups: TakenFrom::Field(ExportField::MattermostChannels),
            header: false,
            one_group: None,
            notices: Vec::new(),
        }
    }

    fn read(&self, src: &mut Source, sink: &mut Sink) -> Result<(), LoadError> {
        let text = src.whole_text()?;
        let path = src.file().label.clone();
        let mut export = Export::default();
        for (i, line) in text.split('\n').enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let n = i as u64 + 1;
            let kind: Kind = parse(&path, n, line, "a JSON object with a \"type\"")?;
            match kind.kind.as_deref() {
                Some("team") => {
                    let t: TeamLine = parse(&path, n, line, "a team line")?;
                    export
                        .teams
                        .insert(t.team.name, t.team.display_name.unwrap_or_default());
                }
                Some("channel") => {
                    let c: ChannelLine = parse(&path, n, line, "a channel line")?;
                    let c = c.channel;
                    let k = export.channel(&c.team, &c.name);
                    export.described.insert(
                        k,
                        (
                            c.display_name.unwrap_or_default(),
                            c.purpose.unwrap_or_default(),
                        ),
                    );
                }
                Some("user") => {
                    let u: UserLine = parse(&path, n, line, "a user line")?;
                    read_user(u.user, n, &mut export, sink);
                }
                Some("bot") => {
                    sink.diag.rows += 1;
                    sink.skip(SkipReason::Bot, Some(n));
                }
                _ => {}
            }
        }
        let groups = export.group_names();
        let mut rows = Vec::new();
        for m in &export.members {
            for &(c, manager) in &m.channels {
                rows.push(Row {
                    person: m.person.clone(),
                    group: groups[c].clone(),
                    name: m.name.clone(),
                    line: m.line,
                });
                if manager {
                    sink.role(&m.person, &groups[c], Role::Manager);
                }
            }
        }
        sink.add_rows(&rows)?;
        let mut described: Vec<(&usize, &(String, String))> = export.described.iter().collect();
        described.sort_unstable();
        for (&c, (_, purpose)) in described {
            if !identity::trim(purpose).is_empty() {
                sink.describe_group(&groups[c], None, None, Some(purpose));
            }
        }
        Ok(())
    }
}

/// A user line: the memberships of an active user, or its channel
/// memberships skipped (a deactivated user, a bot exported as a user).
fn read_user(u: User, line: u64, export: &mut Export, sink: &mut Sink) {
    let text = |v: Option<String>| {
        v.map(|v| identity::trim(&v).to_string())
            .unwrap_or_default()
    };
    let email = text(u.email);
    let username = text(u.username);
    let memberships: Vec<(String, bool, ChannelMembership)> = u
        .teams
        .unwrap_or_default()
        .into_iter()
        .flat_map(|t| {
            let team_admin = has_role(t.roles.as_deref(), "team_admin");
            let team = t.name;
            t.channels
                .unwrap_or_default()
                .into_iter()
                .map(move |c| (team.clone(), team_admin, c))
        })
        .collect();
    sink.diag.rows += memberships.len() as u64;
    let skipped = if u.delete_at.unwrap_or(0) > 0 {
        Some(SkipReason::Deactivated)
    } else if email.to_lowercase().ends_with("@localhost") {
        // Servers before bots had their own lines exported them as users.
        Some(SkipReason::Bot)
    } else {
        None
    };
    if let Some(why) = skipped {
        for _ in &memberships {
            sink.skip(why, Some(line));
        }
        if memberships.is_empty() && why == SkipReason::Bot {
            sink.diag.rows += 1;
            sink.skip(why, Some(line));
        }
        return;
    }
    let full = [text(u.first_name), text(u.last_name)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let name = [full, text(u.nickname), username.clone()]
        .into_iter()
        .find(|n| !n.is_empty());
    let channels = memberships
        .into_iter()
        .map(|(team, team_admin, c)| {
            let manager = team_admin || has_role(c.roles.as_deref(), "channel_admin");
            (export.channel(&team, &c.name), manager)
        })
        .collect();
    export.members.push(Member {
        person: if email.is_empty() { username } else { email },
        name,
        line,
        channels,
    });
}

/// `roles` (space-separated) holds `role`.
fn has_role(roles: Option<&str>, role: &str) -> bool {
    roles.is_some_and(|r| r.split_whitespace().any(|w| w == role))
}

/// One line as `T`; an error names the line and what was `expected`.
fn parse<T: DeserializeOwned>(
    path: &Path,
    line: u64,
    text: &str,
    expected: &str,
) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        let at = format!(" at line {} column {}", e.line(), e.column());
        let e = e.to_string();
        let why = e.strip_suffix(&at).unwrap_or(&e);
        LoadError::Malformed {
            path: path.into(),
            line,
            message: format!(
                "{why} (column {}); expected {expected} of a Mattermost bulk export",
                at.rsplit(' ').next().unwrap_or_default()
            ),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{read, recognise};
    use super::*;
    use crate::load::LoadOptions;

    const VERSION: &str =
        r#"{"type":"version","version":1,"info":{"generator":"mattermost-server"}}"#;

    fn user(email: &str, delete_at: i64, teams: &str) -> String {
        format!(
            r#"{{"type":"user","user":{{"username":"{}","email":"{email}","nickname":"","first_name":"","last_name":"","roles":"system_user","delete_at":{delete_at},"teams":{teams}}}}}"#,
            email.split('@').next().unwrap()
        )
    }

    #[test]
    fn a_version_line_first_is_a_mattermost_export() {
        let o = LoadOptions::default();
        let text = format!("\n{VERSION}\n");
        let d = recognise("import.jsonl", &text, &o).unwrap().describe();
        assert_eq!(d.format, "Mattermost bulk export");
        // Any other JSON object is Nextcloud's.
        let d = recognise("g.json", "{\"type\": \"team\"}\n", &o)
            .unwrap()
            .describe();
        assert_eq!(d.format, "Nextcloud groups JSON");
    }

    #[test]
    fn one_team_names_groups_by_channel_and_roles_make_managers() {
        // Al: team admin of velo, in its two channels (2 managers);
        // Bea: channel admin of sorties (1 manager), in a channel without
        // a channel line (named by its name); Cy: deactivated (2 skipped
        // rows); the bot line: 1 skipped row; the post: ignored.
        let lines = [
            VERSION.to_string(),
            r#"{"type":"team","team":{"name":"velo","display_name":"Vélo","type":"O"}}"#.into(),
            r#"{"type":"channel","channel":{"team":"velo","name":"town-square","display_name":"Town Square","purpose":""}}"#.into(),
            r#"{"type":"channel","channel":{"team":"velo","name":"sorties","display_name":"Sorties","purpose":"Le dimanche"}}"#.into(),
            user("Al@X.fr", 0, r#"[{"name":"velo","roles":"team_admin team_user","channels":[{"name":"town-square","roles":"channel_user"},{"name":"sorties","roles":"channel_user"}]}]"#),
            user("bea@x.fr", 0, r#"[{"name":"velo","roles":"team_user","channels":[{"name":"sorties","roles":"channel_admin channel_user"},{"name":"archives","roles":"channel_user"}]}]"#),
            user("cy@x.fr", 1698765432000, r#"[{"name":"velo","roles":"team_user","channels":[{"name":"town-square","roles":"channel_user"},{"name":"sorties","roles":"channel_user"}]}]"#),
            user("dee@x.fr", 0, "null"),
            r#"{"type":"bot","bot":{"username":"agenda","owner":"al","display_name":"Agenda","delete_at":0}}"#.into(),
            r#"{"type":"post","post":{"team":"velo","channel":"sorties","user":"al","message":"Salut"}}"#.into(),
        ];
        let (pairs, m) = read("import.jsonl", &lines.join("\n")).unwrap();
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(p, g)| (p.as_str(), g.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("al@x.fr", "Town Square"),
                ("al@x.fr", "Sorties"),
                ("bea@x.fr", "Sorties"),
                ("bea@x.fr", "archives"),
            ]
        );
        let d = &m.input.files[0];
        assert_eq!((d.rows, d.kept, d.skipped), (7, 4, 3));
        assert_eq!((d.skipped_deactivated, d.skipped_bots), (2, 1));
        assert_eq!(d.skipped_lines, [7, 7, 9]);
        assert_eq!((d.roles.managers, d.roles.running()), (3, 3));
        assert_eq!(m.roles.len(), 3);
        assert_eq!(m.descriptions.len(), 1);
        assert_eq!(
            m.descriptions[0].description.as_deref(),
            Some("Le dimanche")
        );
    }

    #[test]
    fn several_teams_prefix_the_team_and_same_names_are_told_apart() {
        let mut e = Export::default();
        e.teams.insert("a".into(), "Équipe A".into());
        e.teams.insert("b".into(), String::new());
        for (team, name, shown) in [
            ("a", "town-square", "Town Square"),
            ("b", "town-square", "Town Square"),
            ("b", "x", "Same"),
            ("b", "y", " Same "),
        ] {
            let k = e.channel(team, name);
            e.described.insert(k, (shown.into(), String::new()));
        }
        // A channel known only from a membership.
        e.channel("a", "off-topic");
        assert_eq!(
            e.group_names(),
            [
                "Équipe A/Town Square",
                "b/Town Square",
                "b/Same (b/x)",
                "b/Same (b/y)",
                "Équipe A/off-topic",
            ]
        );
        // One team: display names alone, and two alike are told apart.
        let mut e = Export::default();
        for (name, shown) in [("p", "Bureau"), ("q", "Bureau"), ("r", "")] {
            let k = e.channel("t", name);
            e.described.insert(k, (shown.into(), String::new()));
        }
        assert_eq!(e.group_names(), ["Bureau (t/p)", "Bureau (t/q)", "r"]);
    }

    #[test]
    fn old_servers_bots_with_localhost_addresses_are_skipped() {
        let text = [
            VERSION.to_string(),
            user("agenda@localhost", 0, r#"[{"name":"t","roles":"team_user","channels":[{"name":"c","roles":"channel_user"}]}]"#),
            user("cron@localhost", 0, "[]"),
            user("al@x.fr", 0, r#"[{"name":"t","roles":"team_user","channels":null}, {"name":"u","roles":"","channels":[{"name":"c","roles":""}]}]"#),
        ]
        .join("\n");
        let (pairs, m) = read("export.jsonl", &text).unwrap();
        assert_eq!(pairs, [("al@x.fr".to_string(), "c".to_string())]);
        let d = &m.input.files[0];
        assert_eq!((d.rows, d.kept, d.skipped_bots), (3, 1, 2));
    }

    #[test]
    fn a_broken_line_is_named_with_what_was_expected() {
        let text =
            format!("{VERSION}\n{{\"type\":\"team\",\"team\":{{\"display_name\":\"V\"}}}}\n");
        let e = read("export.jsonl", &text).unwrap_err().to_string();
        assert!(
            e.starts_with("export.jsonl:2: missing field `name` (column"),
            "{e}"
        );
        assert!(
            e.ends_with("expected a team line of a Mattermost bulk export"),
            "{e}"
        );
        let text = format!("{VERSION}\n\n{{\"type\":\"user\",\n");
        let e = read("export.jsonl", &text).unwrap_err().to_string();
        assert!(e.starts_with("export.jsonl:3: EOF while parsing"), "{e}");
    }

    #[test]
    fn fixture_gives_the_figures_worked_out_by_hand() {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/exports/mattermost/export.jsonl");
        let m =
            crate::load::read_all(std::slice::from_ref(&path), &LoadOptions::default()).unwrap();
        // SOURCES.md: 4 channel groups (two town-squares, in two teams),
        // 12 memberships, 6 persons; Gwenaël deactivated (2 channel
        // memberships skipped), 1 bot line.
        assert_eq!((m.groups.len(), m.pairs.len(), m.persons.len()), (4, 12, 6));
        for g in [
            "Vélo Brest/Town Square",
            "Vélo Brest/Sorties du dimanche",
            "Vélo Brest/Bureau",
            "Jardins partagés de Quimper/Town Square",
        ] {
            assert!(m.groups.find(g).is_some(), "{g}");
        }
        let d = &m.input.files[0];
        assert_eq!(d.format, "Mattermost bulk export");
        assert_eq!((d.rows, d.kept, d.skipped), (15, 12, 3));
        assert_eq!((d.skipped_deactivated, d.skipped_bots), (2, 1));
        // Claire is team admin of velo-brest: manager of its 3 channels
        // she is in; Yann is channel admin of sorties-du-dimanche.
        assert_eq!((d.roles.managers, d.roles.running()), (4, 4));
        assert_eq!(m.roles.len(), 4);
        // Channels per person: Claire, Maëlle 3; Yann, Soizic 2;
        // François, Zoé 1.
        let mut per_person = vec![0; m.persons.len()];
        for &(p, _) in &m.pairs {
            per_person[p as usize] += 1;
        }
        per_person.sort_unstable();
        assert_eq!(per_person, [1, 1, 2, 2, 3, 3]);
        // Two purposes: sorties-du-dimanche and bureau.
        assert_eq!(m.descriptions.len(), 2);
    }
}
