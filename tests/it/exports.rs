//! The platform export fixtures of `tests/fixtures/exports/` read through
//! `maillage inspect --json`: each file's format, memberships, skipped
//! rows and roles counted per file are the figures worked out by hand in
//! `tests/fixtures/exports/SOURCES.md`.

use crate::root;
use crate::workdir::Workdir;
use serde_json::Value;
use std::ffi::OsStr;

/// `maillage inspect --json` on a fixture of `tests/fixtures/exports/`:
/// one entry per export read.
fn inspect(fixture: &str) -> Vec<Value> {
    let v = Workdir::new().inspect_json([root("tests/fixtures/exports").join(fixture)]);
    v.as_array().unwrap().clone()
}

/// Roles counted in a file: owners, managers, moderators, facilitators,
/// members.
fn roles(f: &Value) -> [u64; 5] {
    [
        "owners",
        "managers",
        "moderators",
        "facilitators",
        "members",
    ]
    .map(|k| f["roles"][k].as_u64().unwrap_or_else(|| panic!("{k}: {f}")))
}

/// `(rows, memberships kept, skipped)` of a file.
fn counts(f: &Value) -> (u64, u64, u64) {
    let n = |k: &str| f[k].as_u64().unwrap_or_else(|| panic!("{k}: {f}"));
    (n("rows"), n("kept"), n("skipped"))
}

#[test]
fn google_groups_fixture_gives_owner_manager_members_and_skips_the_banned() {
    let files = inspect("google-groups");
    assert_eq!(files.len(), 1);
    let f = &files[0];
    assert_eq!(f["format"], "Google Groups members");
    assert_eq!(
        f["group_column"],
        "the whole file is the group \"Jardins partagés de Quimper\""
    );
    assert_eq!(counts(f), (6, 5, 1));
    assert_eq!(f["skipped_banned"], 1);
    assert_eq!(roles(f), [1, 1, 0, 0, 3]);
    assert_eq!(f["roles_dropped"], 0);
}

#[test]
fn sympa_fixture_reads_owners_and_editors_from_each_list_config() {
    let files = inspect("sympa");
    assert_eq!(files.len(), 2, "{files:?}");
    let (jardins, velo) = (&files[0], &files[1]);
    // jardins-partages: 3 members, 1 owner (not a member).
    assert!(jardins["file"]
        .as_str()
        .unwrap()
        .ends_with("jardins-partages/member.dump"));
    assert_eq!(
        (counts(jardins), roles(jardins)),
        ((3, 3, 0), [1, 0, 0, 0, 0])
    );
    // velo-quimper: 4 members, 2 owners, 1 editor (a moderator).
    assert!(velo["file"]
        .as_str()
        .unwrap()
        .ends_with("velo-quimper/member.dump"));
    assert_eq!((counts(velo), roles(velo)), ((4, 4, 0), [2, 0, 1, 0, 0]));
    assert!(files.iter().all(|f| f["format"] == "sympa dump records"));
}

#[test]
fn slack_fixture_is_one_export_whether_a_folder_or_a_zip() {
    let files = inspect("slack");
    assert_eq!(files.len(), 1, "{files:?}");
    let f = &files[0];
    assert_eq!(f["format"], "Slack workspace export");
    assert!(
        f["file"].as_str().unwrap().ends_with("exports/slack"),
        "{f}"
    );
    // 16 member entries: 14 memberships, a bot and a deleted user; the
    // 4 channel creators are owners.
    assert_eq!(counts(f), (16, 14, 2));
    assert_eq!(
        (
            f["skipped_bots"].as_u64(),
            f["skipped_deactivated"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(roles(f), [4, 0, 0, 0, 0]);

    // The same export zipped: one export, named by the archive.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for name in [
        "channels.json",
        "groups.json",
        "users.json",
        "general/2024-01-05.json",
    ] {
        let bytes = std::fs::read(root("tests/fixtures/exports/slack").join(name)).unwrap();
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, &bytes).unwrap();
    }
    let w = Workdir::new();
    let zip_path = w.write(
        "Asso Slack export Jan 5 2024.zip",
        zip.finish().unwrap().into_inner(),
    );
    let zipped = w.inspect_json([&zip_path]);
    assert_eq!(zipped.as_array().unwrap().len(), 1, "{zipped}");
    let z = &zipped[0];
    assert_eq!(z["file"], zip_path.display().to_string());
    assert_eq!((counts(z), roles(z)), (counts(f), roles(f)));
}

#[test]
fn inspect_and_the_report_warning_name_the_accounts_skipped() {
    let w = Workdir::new();
    let gg = root("tests/fixtures/exports/google-groups");
    let out = w.run([OsStr::new("inspect"), gg.as_ref()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("  skipped      1\n             1  with a banned member\n"),
        "{text}"
    );
    let out = w.run([
        OsStr::new("report"),
        gg.as_ref(),
        "--out".as_ref(),
        "out".as_ref(),
    ]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("skipped 1 row: 1 with a banned member (line 7)\n"),
        "{err}"
    );
    // Slack's JSON gives no line numbers: none are listed.
    let slack = root("tests/fixtures/exports/slack");
    let out = w.run([
        OsStr::new("report"),
        slack.as_ref(),
        "--out".as_ref(),
        "slack".as_ref(),
    ]);
    let err = String::from_utf8(out.stderr).unwrap();
    let reasons = "1 with a bot account, 1 with a deactivated or deleted account";
    assert!(
        err.contains(&format!("skipped 2 rows: {reasons}\n")),
        "{err}"
    );
}

#[test]
fn mattermost_fixture_names_channels_by_team_and_makes_managers() {
    let files = inspect("mattermost");
    assert_eq!(files.len(), 1, "{files:?}");
    let f = &files[0];
    assert_eq!(f["format"], "Mattermost bulk export");
    // 14 channel memberships (2 of a deactivated user) and the bot line.
    assert_eq!(counts(f), (15, 12, 3));
    assert_eq!(
        (
            f["skipped_deactivated"].as_u64(),
            f["skipped_bots"].as_u64()
        ),
        (Some(2), Some(1))
    );
    // The team admin manages her 3 channels of that team; 1 channel admin.
    assert_eq!(roles(f), [0, 4, 0, 0, 0]);
    assert_eq!(f["roles_dropped"], 0);
}

#[test]
fn meetup_fixtures_give_each_group_its_leadership_roles() {
    let files = inspect("meetup");
    assert_eq!(files.len(), 2, "{files:?}");
    let (crozon, velo) = (&files[0], &files[1]);
    assert!(files.iter().all(|f| f["format"] == "Meetup member list"));
    assert_eq!(crozon["person_column"], "Member ID");
    assert_eq!(
        crozon["group_column"],
        "the whole file is the group \"Randonnee-Crozon\""
    );
    // Randonnee-Crozon: 4 members, its organizer.
    assert_eq!(
        (counts(crozon), roles(crozon)),
        ((4, 4, 0), [1, 0, 0, 0, 0])
    );
    // Velo-Brest: 6 members; organizer, co-organizer (a manager),
    // assistant and event organizers (moderators); "Photographe" is no
    // role.
    assert_eq!((counts(velo), roles(velo)), ((6, 6, 0), [1, 1, 2, 0, 0]));
}
