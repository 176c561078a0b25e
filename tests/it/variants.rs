//! The same memberships written in every layout, platform format, encoding
//! and delimiter maillage reads must give identical figures: the tables of
//! the report (groups.csv, pairs.csv, connectors.csv) are compared byte for
//! byte with those of a plain long CSV, and each file's detected format and
//! layout are checked.

use crate::workdir::Workdir;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Groups with spaces, accents and punctuation in their names.
const GROUPS: &[&str] = &[
    "Vélo & co",
    "Énergie",
    "Jardins partagés",
    "Numérique libre",
    "Habitat",
    "Guyane",
];

struct Person {
    email: String,
    first: String,
    last: String,
    groups: Vec<usize>,
}

/// 80 people, deterministic: most in one group, some in several; "Guyane"
/// shares nobody (an island).
fn dataset() -> Vec<Person> {
    let firsts = ["Anne", "Éric", "Zoé", "Léo", "Inès", "Hugo", "Chloé", "Noé"];
    let lasts = ["Martin", "Lefèvre", "Durand", "Moreau", "Girard", "N'Diaye"];
    let mut state = 12345u64;
    let mut next = |m: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % m
    };
    (0..80)
        .map(|i| {
            let first = firsts[i % firsts.len()].to_string();
            let last = lasts[(i / firsts.len()) % lasts.len()].to_string();
            let email = format!("{}.{}{}@exemple.org", ascii(&first), ascii(&last), i);
            let groups = if i >= 74 {
                vec![5]
            } else {
                let k = [1, 1, 1, 2, 2, 3][next(6) as usize];
                let mut g: Vec<usize> = Vec::new();
                while g.len() < k {
                    let x = next(5) as usize;
                    if !g.contains(&x) {
                        g.push(x);
                    }
                }
                g.sort();
                g
            };
            Person {
                email,
                first,
                last,
                groups,
            }
        })
        .collect()
}

fn ascii(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

/// The address written in one of the forms that must all mean the same
/// person.
fn written(p: &Person, k: usize) -> String {
    match k % 5 {
        0 => p.email.clone(),
        1 => format!(" {} ", p.email.to_uppercase()),
        2 => format!("<{}>", p.email),
        3 => format!("{} {} <{}>", p.first, p.last, p.email),
        _ => format!("mailto:{}", p.email),
    }
}

fn quote(s: &str, d: char) -> String {
    if s.contains(d) || s.contains('"') || s.contains('\n') || s.contains(',') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn long_csv(people: &[Person], d: char, eol: &str, forms: bool) -> String {
    let mut s = format!("email{d}name{d}group{eol}");
    let mut k = 0;
    for p in people {
        for &g in &p.groups {
            let who = if forms {
                written(p, k)
            } else {
                p.email.clone()
            };
            k += 1;
            // A name with a line break inside quotes, now and then.
            let name = if k % 7 == 0 {
                format!("{}\n{}", p.first, p.last)
            } else {
                format!("{} {}", p.first, p.last)
            };
            s += &format!(
                "{}{d}{}{d}{}{eol}",
                quote(&who, d),
                quote(&name, d),
                quote(GROUPS[g], d)
            );
        }
    }
    s
}

fn members_of(people: &[Person], g: usize) -> impl Iterator<Item = &Person> {
    people.iter().filter(move |p| p.groups.contains(&g))
}

fn windows_1252(s: &str) -> Vec<u8> {
    let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(s);
    assert!(!bad);
    bytes.into_owned()
}

/// Every variant, written under `in/`: a name, the paths to give, and the
/// (format, layout) expected for each file read.
fn variants(
    w: &Workdir,
    people: &[Person],
) -> Vec<(String, Vec<PathBuf>, (&'static str, &'static str))> {
    let dir = Path::new("in");
    let mut out = Vec::new();
    let mut file = |name: &str, bytes: Vec<u8>, expect: (&'static str, &'static str)| {
        let p = w.write(dir.join(name), bytes);
        out.push((name.to_string(), vec![p], expect));
    };
    let long = ("CSV", "long");
    file(
        "long.csv",
        long_csv(people, ',', "\n", false).into_bytes(),
        long,
    );
    file(
        "forms.csv",
        long_csv(people, ',', "\n", true).into_bytes(),
        long,
    );
    file(
        "semicolon.csv",
        long_csv(people, ';', "\r\n", true).into_bytes(),
        long,
    );
    file(
        "tab.tsv",
        long_csv(people, '\t', "\n", true).into_bytes(),
        long,
    );
    file(
        "pipe.csv",
        long_csv(people, '|', "\n", false).into_bytes(),
        long,
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(long_csv(people, ',', "\r\n", false).into_bytes());
    file("bom.csv", bom, long);
    file(
        "cp1252.csv",
        windows_1252(&long_csv(people, ';', "\r\n", true)),
        long,
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for u in long_csv(people, '\t', "\r\n", false).encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    file("utf16.txt", utf16, long);

    // Wide: one row per person, groups listed in one cell.
    for (name, sep, d) in [("wide.csv", ';', ','), ("wide-pipe.csv", '|', ';')] {
        let mut s = format!("Courriel{d}Groupes\n");
        for p in people {
            let list: Vec<&str> = p.groups.iter().map(|&g| GROUPS[g]).collect();
            s += &format!("{}{d}{}\n", p.email, quote(&list.join(&sep.to_string()), d));
        }
        file(name, s.into_bytes(), ("CSV", "wide"));
    }
    // Incidence matrix, French Excel style, with a name column to ignore.
    let mut s = String::from("Adresse e-mail;Nom");
    for g in GROUPS {
        s += &format!(";{g}");
    }
    s += "\r\n";
    for (i, p) in people.iter().enumerate() {
        s += &format!("{};{} {}", p.email, p.first, p.last);
        for g in 0..GROUPS.len() {
            let cell = if p.groups.contains(&g) {
                ["x", "X", "oui", "1"][i % 4]
            } else {
                ["", "non", "0", ""][i % 4]
            };
            s += &format!(";{cell}");
        }
        s += "\r\n";
    }
    file("matrix.csv", windows_1252(&s), ("CSV", "matrix"));

    // Discourse user export: `group_names` joined with `;`.
    let mut s = String::from("id,name,username,email,active,admin,group_names\n");
    for (i, p) in people.iter().enumerate() {
        let list: Vec<&str> = p.groups.iter().map(|&g| GROUPS[g]).collect();
        s += &format!(
            "{i},{} {},u{i},{},true,false,{}\n",
            p.first,
            p.last,
            p.email,
            quote(&list.join(";"), ',')
        );
    }
    file("user-list.csv", s.into_bytes(), ("Discourse users", "wide"));

    // Nextcloud groups JSON.
    let mut map = serde_json::Map::new();
    for (g, name) in GROUPS.iter().enumerate() {
        let ids: Vec<serde_json::Value> = members_of(people, g)
            .map(|p| serde_json::Value::String(p.email.clone()))
            .collect();
        map.insert(name.to_string(), serde_json::Value::Array(ids));
    }
    file(
        "groups.json",
        serde_json::to_vec_pretty(&map).unwrap(),
        ("Nextcloud groups JSON", "per-group"),
    );

    // One file per group, in a folder.
    let mut folder = |name: &str,
                      files: &dyn Fn(usize) -> (String, Vec<u8>),
                      expect: (&'static str, &'static str)| {
        let d = dir.join(name);
        for g in 0..GROUPS.len() {
            let (f, bytes) = files(g);
            w.write(d.join(f), bytes);
        }
        out.push((name.to_string(), vec![w.join(d)], expect));
    };
    folder(
        "per-group-csv",
        &|g| {
            let mut s = String::from("Email\n");
            for p in members_of(people, g) {
                s += &format!("{}\n", p.email);
            }
            (format!("{}.csv", GROUPS[g]), s.into_bytes())
        },
        ("CSV", "per-group"),
    );
    folder(
        "sympa-web",
        &|g| {
            let mut s = String::from("# Exported subscribers with filter: none\n");
            for p in members_of(people, g) {
                s += &format!("{}\t{} {}\n", p.email, p.first, p.last);
            }
            (
                format!("{}@listes.exemple.org.txt", GROUPS[g]),
                s.into_bytes(),
            )
        },
        ("Sympa list dump", "per-group"),
    );
    folder(
        "sympa-dump",
        &|g| {
            let mut s = String::new();
            for p in members_of(people, g) {
                s += &format!(
                    "date 1700000000\nemail {}\ngecos {} {}\nreception mail\nvisibility noconceal\n\n",
                    p.email, p.first, p.last
                );
            }
            (format!("{}/member.dump", GROUPS[g]), s.into_bytes())
        },
        ("sympa dump records", "per-group"),
    );
    folder(
        "mailman",
        &|g| {
            let mut s = String::new();
            for (k, p) in members_of(people, g).enumerate() {
                if k % 2 == 0 {
                    s += &format!("{} {} <{}>\n", p.first, p.last, p.email);
                } else {
                    s += &format!("{}\n", p.email);
                }
            }
            (format!("{}.txt", GROUPS[g]), s.into_bytes())
        },
        ("plain address list", "per-group"),
    );
    folder(
        "google",
        &|g| {
            let mut s = format!(
                "Members for group {}@googlegroups.com\nEmail address,Nickname,Group status,Email status,Email preference,Posting permissions,Join year,Join month,Join day\n",
                GROUPS[g]
            );
            for p in members_of(people, g) {
                s += &format!(
                    "{},{} {},member,subscribed,email,allowed,2024,1,15\n",
                    p.email, p.first, p.last
                );
            }
            (format!("export-{g}.csv"), s.into_bytes())
        },
        ("Google Groups members", "per-group"),
    );
    folder(
        "helloasso",
        &|g| {
            let mut s = String::from("Référence commande;Date de la commande;Statut de la commande;Nom adhérent;Prénom adhérent;Email payeur;Tarif;Montant\r\n");
            for (k, p) in members_of(people, g).enumerate() {
                s += &format!(
                    "{k};01/02/2026 10:00;Validé;{};{};{};Adhésion;10,00\r\n",
                    p.last, p.first, p.email
                );
            }
            // A refunded order: not a member.
            s += "999;02/02/2026 11:00;Remboursé;Nobody;Zed;zed@exemple.org;Adhésion;10,00\r\n";
            (format!("{}.csv", GROUPS[g]), windows_1252(&s))
        },
        ("HelloAsso orders", "per-group"),
    );

    // A zip archive of the Sympa dumps.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (g, group) in GROUPS.iter().enumerate() {
        let mut s = String::new();
        for p in members_of(people, g) {
            s += &format!("{}\t{} {}\n", p.email, p.first, p.last);
        }
        zip.start_file(
            format!("listes/{group}@listes.exemple.org.txt"),
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(s.as_bytes()).unwrap();
    }
    let zip_path = w.write(dir.join("sympa.zip"), zip.finish().unwrap().into_inner());
    out.push((
        "sympa.zip".into(),
        vec![zip_path],
        ("Sympa list dump", "per-group"),
    ));

    // A Slack export folder: the last two groups are private channels
    // (groups.json); a bot, a deleted user and Slackbot sit in the first
    // channel (skipped); a day of messages changes nothing.
    let slack = dir.join("slack");
    let mut users: Vec<serde_json::Value> = people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let email = if i % 3 == 0 {
                p.email.to_uppercase()
            } else {
                p.email.clone()
            };
            serde_json::json!({
                "id": format!("U{i:08}"), "team_id": "T0001", "name": ascii(&p.first),
                "deleted": false, "real_name": format!("{} {}", p.first, p.last),
                "profile": {"real_name": format!("{} {}", p.first, p.last), "display_name": "", "email": email},
                "is_bot": false, "is_app_user": false,
            })
        })
        .collect();
    users.push(serde_json::json!({"id": "UBOT", "name": "agenda", "deleted": false, "is_bot": true, "profile": {"real_name": "Agenda", "bot_id": "B1"}}));
    users.push(serde_json::json!({"id": "UGONE", "name": "gone", "deleted": true, "is_bot": false, "profile": {"real_name": "Gone", "email": "gone@exemple.org"}}));
    users.push(serde_json::json!({"id": "USLACKBOT", "name": "slackbot", "deleted": false, "is_bot": false, "profile": {"real_name": "Slackbot"}}));
    let channel = |g: usize| {
        let mut members: Vec<String> = people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.groups.contains(&g))
            .map(|(i, _)| format!("U{i:08}"))
            .collect();
        if g == 0 {
            members.extend(["UBOT", "UGONE", "USLACKBOT"].map(String::from));
        }
        serde_json::json!({
            "id": format!("C{g:08}"), "name": GROUPS[g], "created": 1700000000, "creator": "U00000000",
            "is_archived": false, "members": members,
            "topic": {"value": "", "creator": "", "last_set": 0},
            "purpose": {"value": format!("Le groupe {} / ses annonces", GROUPS[g]), "creator": "U00000000", "last_set": 1700000000},
        })
    };
    let public: Vec<serde_json::Value> = (0..4).map(channel).collect();
    let private: Vec<serde_json::Value> = (4..GROUPS.len()).map(channel).collect();
    for (name, value) in [
        ("users.json", serde_json::Value::Array(users)),
        ("channels.json", serde_json::Value::Array(public)),
        ("groups.json", serde_json::Value::Array(private)),
        ("integration_logs.json", serde_json::json!({"logs": []})),
        (
            "general/2024-01-05.json",
            serde_json::json!([{"type": "message", "user": "U00000001", "text": "Bonjour", "ts": "1704449400.000100"}]),
        ),
    ] {
        // Slack escapes slashes.
        let text = serde_json::to_string_pretty(&value)
            .unwrap()
            .replace('/', "\\/");
        w.write(slack.join(name), text);
    }
    out.push((
        "slack".into(),
        vec![w.join(slack)],
        ("Slack workspace export", "per-group"),
    ));

    // A Mattermost bulk export of one team: its channels' display names
    // are the groups; a deactivated user, a bot line, an old server's
    // @localhost bot, a post and a direct channel change nothing.
    let slug = |g: usize| format!("canal-{g}");
    let mut lines = vec![
        serde_json::json!({"type": "version", "version": 1, "info": {"generator": "mattermost-server", "version": "10.5.2", "created": "2024-01-05T10:12:33+01:00"}}),
        serde_json::json!({"type": "team", "team": {"name": "asso", "display_name": "L'asso", "type": "O", "description": "", "allow_open_invite": true}}),
    ];
    for (g, name) in GROUPS.iter().enumerate() {
        lines.push(serde_json::json!({"type": "channel", "channel": {"team": "asso", "name": slug(g), "display_name": name, "type": if g % 2 == 0 { "O" } else { "P" }, "header": "", "purpose": format!("Le groupe {name}"), "deleted_at": 0}}));
    }
    let membership = |groups: &[usize], admin: bool| {
        let channels: Vec<serde_json::Value> = groups
            .iter()
            .map(|&g| serde_json::json!({"name": slug(g), "roles": if admin { "channel_admin channel_user" } else { "channel_user" }, "favorite": false, "msg_count": 3}))
            .collect();
        serde_json::json!([{"name": "asso", "roles": "team_user", "channels": channels}])
    };
    for (i, p) in people.iter().enumerate() {
        lines.push(serde_json::json!({"type": "user", "user": {
            "username": format!("u{i}"), "email": p.email, "auth_service": null, "nickname": "",
            "first_name": p.first, "last_name": p.last, "position": "", "roles": "system_user",
            "locale": "fr", "delete_at": 0, "teams": membership(&p.groups, i % 10 == 0)}}));
    }
    lines.push(serde_json::json!({"type": "user", "user": {"username": "gone", "email": "gone@exemple.org", "roles": "system_user", "delete_at": 1698765432000u64, "teams": membership(&[0, 1], false)}}));
    lines.push(serde_json::json!({"type": "user", "user": {"username": "rappels", "email": "rappels@localhost", "roles": "system_user", "delete_at": 0, "teams": membership(&[2], false)}}));
    lines.push(serde_json::json!({"type": "bot", "bot": {"username": "agenda", "owner": "u0", "display_name": "Agenda", "description": "", "delete_at": 0}}));
    lines.push(serde_json::json!({"type": "post", "post": {"team": "asso", "channel": slug(0), "user": "u1", "message": "Bonjour", "create_at": 1704449400000u64}}));
    lines.push(serde_json::json!({"type": "direct_channel", "direct_channel": {"participants": [{"username": "u0"}, {"username": "u1"}], "header": ""}}));
    let mut s = String::new();
    for l in &lines {
        s += &serde_json::to_string(l).unwrap();
        s.push('\n');
    }
    let jsonl = w.write(dir.join("mattermost.jsonl"), s);
    out.push((
        "mattermost.jsonl".into(),
        vec![jsonl],
        ("Mattermost bulk export", "per-group"),
    ));
    out
}

/// The tables of the report last written by `Workdir::report`.
/// The tables of the report, without the display names (which only some
/// formats carry).
fn tables(w: &Workdir) -> BTreeMap<&'static str, String> {
    ["groups.csv", "pairs.csv", "connectors.csv"]
        .into_iter()
        .map(|f| {
            let text = w.read(format!("report/{f}"));
            let mut rdr = csv::Reader::from_reader(text.as_bytes());
            let header = rdr.headers().unwrap().clone();
            let keep: Vec<usize> = (0..header.len())
                .filter(|&i| &header[i] != "name")
                .collect();
            let mut out = String::new();
            for r in std::iter::once(header).chain(rdr.records().map(Result::unwrap)) {
                let fields: Vec<&str> = keep.iter().map(|&i| &r[i]).collect();
                out.push_str(&fields.join(","));
                out.push('\n');
            }
            (f, out)
        })
        .collect()
}

#[test]
fn every_layout_format_encoding_and_delimiter_gives_the_same_figures() {
    let w = Workdir::new();
    let people = dataset();
    let vars = variants(&w, &people);
    assert!(vars.len() >= 20, "{} variants", vars.len());
    let mut reference = None;
    for (name, paths, (format, layout)) in &vars {
        w.report(paths);
        let summary = w.json("report/summary.json");
        for f in summary["input"]["files"].as_array().unwrap() {
            assert_eq!(
                (f["format"].as_str().unwrap(), f["layout"].as_str().unwrap()),
                (*format, *layout),
                "{name}: {}",
                f["file"]
            );
        }
        assert_eq!(summary["persons"], 80, "{name}");
        assert_eq!(summary["groups"], GROUPS.len(), "{name}");
        let t = tables(&w);
        match &reference {
            None => reference = Some(t),
            Some(r) => {
                for (file, text) in r {
                    assert_eq!(&t[file], text, "{name}: {file} differs from long.csv's");
                }
            }
        }
    }
    // The dataset is what it says: memberships and the island.
    let memberships: usize = people.iter().map(|p| p.groups.len()).sum();
    let groups = &reference.unwrap()["groups.csv"];
    assert!(groups.contains("Guyane,6,0,0.0,0,true,"), "{groups}");
    assert!(memberships > 80);
}

#[test]
fn helloasso_skips_unvalidated_orders_and_says_so() {
    let w = Workdir::new();
    let people = dataset();
    let vars = variants(&w, &people);
    let (_, paths, _) = vars.iter().find(|v| v.0 == "helloasso").unwrap();
    let files = w.inspect_json(paths);
    for f in files.as_array().unwrap() {
        assert_eq!(f["skipped_not_validated"], 1, "{f}");
        assert_eq!(f["encoding"], "windows-1252", "{f}");
        assert_eq!(f["person_column"], "Email payeur", "{f}");
        let rows = f["rows"].as_u64().unwrap();
        assert_eq!(f["kept"].as_u64().unwrap(), rows - 1);
    }
}

/// Meetup gives no address: a folder of member lists, one a group named by
/// its file as Meetup names its downloads (comma-separated once re-saved,
/// tab-separated as Meetup writes them), gives the tables of a long CSV
/// whose persons are the Member IDs.
#[test]
fn meetup_member_lists_give_the_figures_of_a_long_csv_of_member_ids() {
    let w = Workdir::new();
    let people = dataset();
    let id = |i: usize| 100_000_000 + 7919 * i as u64;
    let mut long = String::from("person,name,group\n");
    for (i, p) in people.iter().enumerate() {
        for &g in &p.groups {
            long += &format!(
                "{},{} {},{}\n",
                id(i),
                p.first,
                p.last,
                quote(GROUPS[g], ',')
            );
        }
    }
    let long_path = w.write("in/member-ids.csv", long);
    let meetup = Path::new("in/meetup");
    for (g, group) in GROUPS.iter().enumerate() {
        let d = if g % 2 == 0 { ',' } else { '\t' };
        let mut s = [
            "Name",
            "User ID",
            "Title",
            "Member ID",
            "Location",
            "Joined Group on",
            "Last visited group on",
            "Last Attended",
            "Total RSVPs",
            "RSVPed Yes",
            "RSVPed Maybe",
            "RSVPed No",
            "Meetups attended",
            "No shows",
            "Intro",
            "Photo",
            "Assistant Organizer",
            "Mailing List",
            "URL of Member Profile",
            "Quel vélo, au quotidien ?",
        ]
        .map(|h| quote(h, d))
        .join(&d.to_string());
        s.push('\n');
        for (k, (i, p)) in people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.groups.contains(&g))
            .enumerate()
        {
            let title = [
                "Organizer",
                "Co-Organizer",
                "Event Organizer",
                "",
                "Photographe",
            ][k.min(4)];
            let fields = [
                format!("{} {}", p.first, p.last),
                format!("user {}", id(i)),
                title.to_string(),
                id(i).to_string(),
                "Brest".into(),
                "03/12/2016".into(),
                "01/04/2024".into(),
                String::new(),
                " 14".into(),
                "12".into(),
                "0".into(),
                "2".into(),
                "11".into(),
                "1".into(),
                "Yes".into(),
                "No".into(),
                if title.is_empty() { "No" } else { "Yes" }.into(),
                "Yes".into(),
                format!("https://www.meetup.com/asso-{g}/members/{}/", id(i)),
                "Vélo de ville, et un gravel".into(),
            ];
            s += &fields.map(|f| quote(&f, d)).join(&d.to_string());
            s.push('\n');
        }
        let ext = if d == ',' { "csv" } else { "tsv" };
        w.write(
            meetup.join(format!("{group}_Member_List_on_01-05-24.{ext}")),
            s,
        );
    }
    let report = |input: &Path, name: &str| {
        w.report([input]);
        let summary = w.json("report/summary.json");
        assert_eq!(summary["persons"], 80, "{name}");
        assert_eq!(summary["groups"], GROUPS.len(), "{name}");
        (summary, tables(&w))
    };
    let (_, reference) = report(&long_path, "member-ids");
    let (summary, t) = report(&w.join(meetup), "meetup");
    let files = summary["input"]["files"].as_array().unwrap();
    assert_eq!(files.len(), GROUPS.len());
    for f in files {
        assert_eq!(
            (
                f["format"].as_str(),
                f["layout"].as_str(),
                f["skipped"].as_u64()
            ),
            (Some("Meetup member list"), Some("per-group"), Some(0)),
            "{f}"
        );
    }
    // Each group has an organizer; the larger ones a co-organizer and an
    // event organizer too.
    let owners: u64 = files
        .iter()
        .map(|f| f["roles"]["owners"].as_u64().unwrap())
        .sum();
    assert_eq!(owners, GROUPS.len() as u64);
    for (file, text) in &reference {
        assert_eq!(
            &t[file], text,
            "meetup: {file} differs from the Member ID CSV's"
        );
    }
    // The connectors are Member IDs.
    let connectors: Vec<&str> = reference["connectors.csv"].lines().skip(1).collect();
    assert!(!connectors.is_empty());
    for c in connectors {
        let person = c.split(',').next().unwrap();
        assert!(
            person.len() == 9 && person.bytes().all(|b| b.is_ascii_digit()),
            "{c}"
        );
    }
}
