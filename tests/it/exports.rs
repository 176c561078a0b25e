//! The platform export fixtures of `tests/fixtures/exports/` read through
//! `maillage inspect --json`: each file's format, memberships, skipped
//! rows and roles counted per file are the figures worked out by hand in
//! `tests/fixtures/exports/SOURCES.md`.

use crate::root;
use assert_cmd::Command;
use serde_json::Value;

/// `maillage inspect --json` on a fixture of `tests/fixtures/exports/`:
/// one entry per export read.
fn inspect(fixture: &str) -> Vec<Value> {
    let out = Command::cargo_bin("maillage")
        .unwrap()
        .args(["inspect", "--json"])
        .arg(root("tests/fixtures/exports").join(fixture))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{fixture}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
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
