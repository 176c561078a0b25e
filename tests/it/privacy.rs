//! Pseudonymised reports (issue 14): no address, no local part of four
//! characters or more, no display name survives in any byte of any output
//! (raw, or escaped as HTML, percent or JSON escapes; inside the xlsx
//! zip too) nor on the terminal; the figures are those of the plain
//! report; pseudonyms are stable under one key and differ under another;
//! `pseudonym` and `reveal` find people back with the key.

use crate::outputs::files_below;
use crate::workdir::Workdir;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// People with realistic addresses and display names, in groups whose
/// names share nothing with them. (address, display name, groups)
const PEOPLE: &[(&str, &str, &[&str])] = &[
    (
        "marie-claire.dubois@laposte.net",
        "Marie-Claire Dubois",
        &["Santé mentale", "Vélo"],
    ),
    (
        "jdurandeau@orange.fr",
        "Jean Durandeau",
        &["Vélo", "Jardins"],
    ),
    (
        "anouk.lefebvre@gmail.com",
        "Anouk Lefebvre",
        &["Jardins", "Chorale"],
    ),
    (
        "a.n.o.u.k.lefebvre+listes@gmail.com",
        "Anouk Lefebvre",
        &["Santé mentale"],
    ),
    (
        "ysolde.kerhervé@free.fr",
        "Ysolde Kerhervé",
        &["Chorale", "Santé mentale", "Vélo"],
    ),
    ("bertrand_oyono@riseup.net", "Bertrand Oyono", &["Jardins"]),
    ("bertrand.oyono@hotmail.fr", "Bertrand Oyono", &["Chorale"]),
    (
        "zoe.ngata@protonmail.com",
        "Zoé Ngata",
        &["Vélo", "Chorale"],
    ),
    (
        "gwenaelle.morvan@wanadoo.fr",
        "Gwenaëlle Morvan",
        &["Santé mentale"],
    ),
    (
        "fatoumata.diallo@yahoo.fr",
        "Fatoumata Diallo",
        &["Jardins", "Vélo"],
    ),
    (
        "pierrick.lebihan@tutanota.com",
        "Pierrick Le Bihan",
        &["Chorale"],
    ),
    (
        "q.rastignac@sfr.fr",
        "Quentin Rastignac",
        &["Jardins", "Santé mentale"],
    ),
];

/// An outsider: a facilitator named by the roles file, member of nothing.
const OUTSIDER: &str = "ophelie.garancieres@mailo.com";

/// Writes the network: members with display names, group descriptions
/// naming facilitators, a roles file.
fn network(w: &Workdir) {
    let mut csv = String::from("email,name,group\n");
    for (address, name, groups) in PEOPLE {
        for g in *groups {
            csv.push_str(&format!("{address},{name},{g}\n"));
        }
    }
    w.write("members.csv", csv);
    w.write(
        "groups-info.csv",
        "group,category,facilitators\n\
         Santé mentale,thématique,marie-claire.dubois@laposte.net\n\
         Vélo,thématique,jdurandeau@orange.fr; zoe.ngata@protonmail.com\n\
         Jardins,territoriale,fatoumata.diallo@yahoo.fr\n\
         Chorale,territoriale,pierrick.lebihan@tutanota.com\n",
    );
    w.write(
        "roles.csv",
        format!(
            "person,group,role\n{OUTSIDER},Chorale,owner\nq.rastignac@sfr.fr,Jardins,moderator\n"
        ),
    );
}

/// Every string that must not appear: addresses, their local parts of 4
/// characters or more (also with accents folded), display names.
fn needles() -> Vec<String> {
    let mut v = Vec::new();
    let addresses = PEOPLE.iter().map(|p| p.0).chain([OUTSIDER]);
    for a in addresses {
        v.push(a.to_lowercase());
        let local = a.split('@').next().unwrap();
        for part in [local, local.split('+').next().unwrap()] {
            if part.chars().count() >= 4 {
                v.push(part.to_lowercase());
            }
        }
    }
    for (_, name, _) in PEOPLE {
        v.push(name.to_lowercase());
    }
    v.push("kerherve".into());
    v.sort();
    v.dedup();
    v
}

/// `text` with HTML character references, percent-encoding and JSON
/// `\u` escapes decoded (each separately, and all together).
pub(crate) fn decodings(text: &str) -> Vec<String> {
    let html = decode_html(text);
    let percent = decode_percent(text);
    let json = decode_json(text);
    let all = decode_json(&decode_percent(&decode_html(text)));
    vec![text.to_string(), html, percent, json, all]
}

fn decode_html(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let window = rest
            .char_indices()
            .take_while(|&(i, _)| i < 12)
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = rest[..window].find(';');
        let decoded = end.and_then(|e| {
            let entity = &rest[1..e];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ if entity.starts_with("#x") || entity.starts_with("#X") => {
                    u32::from_str_radix(&entity[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if entity.starts_with('#') => entity[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_percent(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn decode_json(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\\u") {
        out.push_str(&rest[..i]);
        let hex = rest.get(i + 2..i + 6);
        match hex
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
        {
            Some(c) => {
                out.push(c);
                rest = &rest[i + 6..];
            }
            None => {
                out.push_str("\\u");
                rest = &rest[i + 2..];
            }
        }
    }
    out.push_str(rest);
    out.replace("\\/", "/")
}

/// The text of every file below `dir` (xlsx and other zips unpacked,
/// PNG left out: its text is the SVG's), by path.
pub(crate) fn texts_below(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for rel in files_below(dir) {
        let path = dir.join(&rel);
        let bytes = std::fs::read(&path).unwrap();
        if rel.ends_with(".png") {
            continue;
        }
        if rel.ends_with(".xlsx") {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            for i in 0..zip.len() {
                let mut entry = zip.by_index(i).unwrap();
                let mut text = Vec::new();
                entry.read_to_end(&mut text).unwrap();
                out.insert(
                    format!("{rel}!{}", entry.name()),
                    String::from_utf8_lossy(&text).into_owned(),
                );
            }
            continue;
        }
        out.insert(rel, String::from_utf8_lossy(&bytes).into_owned());
    }
    out
}

/// Where a needle appears: `(file, needle)`.
fn leaks(texts: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let needles = needles();
    let mut found = Vec::new();
    for (file, text) in texts {
        let variants: Vec<String> = decodings(text).iter().map(|t| t.to_lowercase()).collect();
        for n in &needles {
            if variants.iter().any(|v| v.contains(n.as_str())) {
                found.push((file.clone(), n.clone()));
            }
        }
    }
    found
}

/// Runs `report` with `options` (not quiet), and returns every output's
/// text with the terminal's.
fn report_texts(w: &Workdir, out: &str, options: &[&str]) -> BTreeMap<String, String> {
    let mut args = vec![
        "report",
        "members.csv",
        "--groups-info",
        "groups-info.csv",
        "--roles",
        "roles.csv",
        "--fold-gmail",
        "--graphs",
        "--png",
        "--out",
        out,
    ];
    args.extend_from_slice(options);
    let run = w.run(&args);
    let mut texts = texts_below(&w.join(out));
    texts.insert(
        "(stdout)".into(),
        String::from_utf8_lossy(&run.stdout).into_owned(),
    );
    texts.insert(
        "(stderr)".into(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    );
    texts
}

pub(crate) fn key_file(w: &Workdir, name: &str, key: &str) -> String {
    let path = w.write(name, key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path.display().to_string()
}

#[test]
fn the_plain_report_does_name_people_so_the_scan_can_find_them() {
    // The detector must fail on a report that leaks: the plain report
    // names people in connectors.csv, the page, the workbook, the graphs,
    // possible_duplicates.csv and address_folds.csv.
    let w = Workdir::new();
    network(&w);
    let found = leaks(&report_texts(&w, "plain", &[]));
    let files: std::collections::BTreeSet<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
    for f in [
        "connectors.csv",
        "possible_duplicates.csv",
        "address_folds.csv",
        "facilitators.csv",
        "index.html",
        "report.md",
        "graphs/bipartite.graphml",
    ] {
        assert!(files.contains(f), "the scan finds people in {f}: {files:?}");
    }
    assert!(
        files.iter().any(|f| f.starts_with("report.xlsx!")),
        "{files:?}"
    );
    // Escaped forms are found too.
    let escaped = BTreeMap::from([
        ("a".to_string(), "zoe.ngata&#64;protonmail.com".to_string()),
        ("b".to_string(), "Gwena\\u00eblle Morvan".to_string()),
        ("c".to_string(), "q.rastignac%40sfr.fr".to_string()),
    ]);
    let files: std::collections::BTreeSet<String> =
        leaks(&escaped).into_iter().map(|(f, _)| f).collect();
    assert_eq!(files.len(), 3, "{files:?}");
}

#[test]
fn a_published_report_names_nobody_anywhere() {
    let w = Workdir::new();
    network(&w);
    let key = key_file(&w, "k", "a key of more than sixteen bytes");
    for options in [
        vec!["--publish", "--key-file", key.as_str()],
        vec![
            "--publish",
            "--hide-group-names",
            "--key-file",
            key.as_str(),
        ],
        vec!["--pseudonymise"],
    ] {
        let out = format!("out{}", options.len());
        let texts = report_texts(&w, &out, &options);
        assert!(texts.contains_key("connectors.csv"));
        assert_eq!(leaks(&texts), vec![], "with {options:?}");
        assert!(!texts.contains_key("possible_duplicates.csv"));
        assert!(!texts.contains_key("address_folds.csv"));
        // The key never appears either.
        for (file, text) in &texts {
            assert!(!text.contains("sixteen bytes"), "the key is in {file}");
        }
        if options.contains(&"--hide-group-names") {
            for (file, text) in &texts {
                for g in ["Santé mentale", "Chorale", "members.csv"] {
                    let variants = decodings(text);
                    assert!(
                        !variants.iter().any(|v| v.contains(g)),
                        "{g} is in {file} with --hide-group-names"
                    );
                }
            }
        }
    }
}

/// A CSV file's rows (header first).
pub(crate) fn rows(w: &Workdir, path: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(w.join(path))
        .unwrap()
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// `maillage pseudonym` of each address, under `key`.
fn pseudonyms(w: &Workdir, key: &str, addresses: &[&str]) -> BTreeMap<String, String> {
    let mut args = vec!["pseudonym", "--key-file", key];
    args.extend_from_slice(addresses);
    let out = String::from_utf8(w.run(&args).stdout).unwrap();
    out.lines()
        .map(|l| {
            let (p, a) = l.split_once('\t').unwrap();
            (a.to_string(), p.to_string())
        })
        .collect()
}

#[test]
fn pseudonymised_figures_are_the_plain_figures_under_other_names() {
    let w = Workdir::new();
    let data = crate::root("data");
    let members = data.join("members.csv");
    let info = data.join("groups-info.csv");
    let key = key_file(&w, "k", "0123456789abcdef0123456789abcdef");
    let base = [
        "report",
        members.to_str().unwrap(),
        "--groups-info",
        info.to_str().unwrap(),
        "--quiet",
        "--out",
    ];
    w.run(base.iter().copied().chain(["plain"]));
    w.run(
        base.iter()
            .copied()
            .chain(["pseudo", "--pseudonymise", "--key-file", &key]),
    );
    // summary.json: every figure equal, only `privacy` differs.
    let (mut a, mut b) = (w.json("plain/summary.json"), w.json("pseudo/summary.json"));
    assert_eq!(b["privacy"]["pseudonymised"], true);
    assert_eq!(b["privacy"]["person_pseudonym_length"], 8);
    a.as_object_mut().unwrap().remove("privacy");
    b.as_object_mut().unwrap().remove("privacy");
    assert_eq!(a, b);
    for f in [
        "groups.csv",
        "gaps.csv",
        "robustness.csv",
        "categories.csv",
        "category_pairs.csv",
    ] {
        assert_eq!(
            w.read(format!("plain/{f}")),
            w.read(format!("pseudo/{f}")),
            "{f}"
        );
    }
    // connectors.csv: the same rows, person through `maillage pseudonym`,
    // no display name.
    let plain = rows(&w, "plain/connectors.csv");
    let pseudo = rows(&w, "pseudo/connectors.csv");
    assert_eq!(plain[0], pseudo[0]);
    let person = plain[0].iter().position(|c| c == "person").unwrap();
    let name = plain[0].iter().position(|c| c == "name").unwrap();
    let addresses: Vec<&str> = plain[1..].iter().map(|r| r[person].as_str()).collect();
    let map = pseudonyms(&w, &key, &addresses);
    let mut expected: Vec<Vec<String>> = plain[1..]
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r[person] = map[&r[person]].clone();
            r[name] = String::new();
            r
        })
        .collect();
    let mut got = pseudo[1..].to_vec();
    expected.sort();
    got.sort();
    assert_eq!(expected, got);
    // pairs.csv: the same rows in the same order, the sole link renamed.
    let (plain, pseudo) = (rows(&w, "plain/pairs.csv"), rows(&w, "pseudo/pairs.csv"));
    let sole = plain[0].iter().position(|c| c == "sole_link").unwrap();
    assert_eq!(plain.len(), pseudo.len());
    let mut named = 0;
    for (x, y) in plain.iter().zip(&pseudo).skip(1) {
        for c in 0..x.len() {
            if c == sole && !x[c].is_empty() {
                assert_eq!(map[&x[c]], y[c]);
                named += 1;
            } else {
                assert_eq!(x[c], y[c]);
            }
        }
    }
    assert!(named > 0, "some pairs have a sole link");
    // Among connectors equal on groups, pieces and sole links, rows are
    // in pseudonym order (their order says nothing of the addresses).
    for pair in pseudo_connectors_keys(&w).windows(2) {
        assert!(pair[0].0 != pair[1].0 || pair[0].1 < pair[1].1, "{pair:?}");
    }
}

fn pseudo_connectors_keys(w: &Workdir) -> Vec<((String, String, String), String)> {
    let r = rows(w, "pseudo/connectors.csv");
    let col = |n: &str| r[0].iter().position(|c| c == n).unwrap();
    let (g, p, s, who) = (
        col("groups"),
        col("pieces_if_removed"),
        col("sole_link_pairs"),
        col("person"),
    );
    r[1..]
        .iter()
        .map(|x| ((x[g].clone(), x[p].clone(), x[s].clone()), x[who].clone()))
        .collect()
}

#[test]
fn the_same_key_gives_the_same_pseudonyms_another_key_others() {
    let w = Workdir::new();
    network(&w);
    let mut shuffled: Vec<&str> = Vec::new();
    let text = w.read("members.csv");
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    shuffled.push(header);
    shuffled.extend(lines);
    w.write("shuffled.csv", shuffled.join("\n") + "\n");
    let k1 = key_file(&w, "k1", "first key, long enough");
    let k2 = key_file(&w, "k2", "second key, long enough");
    let persons = |file: &str, out: &str, key: &str| {
        w.run([
            "report",
            file,
            "--pseudonymise",
            "--key-file",
            key,
            "--quiet",
            "--out",
            out,
        ]);
        let mut v: Vec<String> = rows(&w, &format!("{out}/connectors.csv"))[1..]
            .iter()
            .map(|r| r[0].clone())
            .collect();
        v.sort();
        v
    };
    let a = persons("members.csv", "a", &k1);
    assert_eq!(a, persons("shuffled.csv", "b", &k1));
    let c = persons("members.csv", "c", &k2);
    assert_eq!(a.len(), c.len());
    assert!(a.iter().all(|p| !c.contains(p)));
    // MAILLAGE_KEY holding the same text as the file: the same pseudonyms.
    let out = w
        .command()
        .args([
            "report",
            "members.csv",
            "--pseudonymise",
            "--quiet",
            "--out",
            "d",
        ])
        .env("MAILLAGE_KEY", "first key, long enough")
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut d: Vec<String> = rows(&w, "d/connectors.csv")[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    d.sort();
    assert_eq!(a, d);
    // No key: a key for this run, said in the report; two runs differ.
    let e = persons_without_key(&w, "e");
    let f = persons_without_key(&w, "f");
    assert!(e.iter().all(|p| !f.contains(p)));
    assert!(w.read("e/report.md").contains("cannot be linked"));
    assert!(!w.read("a/report.md").contains("cannot be linked"));
}

fn persons_without_key(w: &Workdir, out: &str) -> Vec<String> {
    let o = w
        .command()
        .args([
            "report",
            "members.csv",
            "--pseudonymise",
            "--quiet",
            "--out",
            out,
        ])
        .env_remove("MAILLAGE_KEY")
        .output()
        .unwrap();
    assert!(o.status.success());
    rows(w, &format!("{out}/connectors.csv"))[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect()
}

#[test]
fn a_bad_key_is_refused_and_nothing_is_written() {
    let w = Workdir::new();
    network(&w);
    let short = key_file(&w, "short", "tooshort");
    let e = w.fail([
        "report",
        "members.csv",
        "--pseudonymise",
        "--key-file",
        &short,
        "--out",
        "r",
    ]);
    assert!(e.contains("short") && e.contains("16"), "{e}");
    assert!(!e.contains("tooshort"), "the key is not shown: {e}");
    assert!(!w.join("r").exists());
    let e = w.fail([
        "report",
        "members.csv",
        "--key-file",
        "missing.key",
        "--out",
        "r",
    ]);
    assert!(e.contains("missing.key"), "{e}");
    assert!(!w.join("r").exists());
    let o = w
        .command()
        .args(["report", "members.csv", "--pseudonymise", "--out", "r"])
        .env("MAILLAGE_KEY", "short")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("MAILLAGE_KEY"));
    // A key file others can read: a warning.
    let open = w.write("open.key", "readable by all, sadly");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).unwrap();
        let run = w.run([
            "report",
            "members.csv",
            "--key-file",
            "open.key",
            "--out",
            "r",
        ]);
        assert!(String::from_utf8_lossy(&run.stderr).contains("chmod 600"));
    }
}

#[test]
fn pseudonym_and_reveal_round_trip_on_the_example() {
    let w = Workdir::new();
    let members = crate::root("data/members.csv");
    let members = members.to_str().unwrap();
    let key = key_file(&w, "k", "0123456789abcdef0123456789abcdef");
    w.run([
        "report",
        members,
        "--hide-group-names",
        "--key-file",
        &key,
        "--quiet",
        "--out",
        "r",
    ]);
    let r = rows(&w, "r/connectors.csv");
    let who = r[1][0].clone();
    let group = rows(&w, "r/groups.csv")[1][0].clone();
    assert!(who.starts_with("p-") && group.starts_with("g-"));
    let out = w.run([
        "reveal",
        members,
        "--key-file",
        &key,
        "--pseudonym",
        &who,
        "--pseudonym",
        &group,
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    let address = lines[0].split('\t').nth(1).unwrap();
    assert!(address.contains('@'));
    // The group the reveal names is a group of the example.
    let real_group = lines[1].split('\t').nth(1).unwrap();
    assert!(std::fs::read_to_string(members)
        .unwrap()
        .contains(real_group));
    // And `pseudonym` gives the report's pseudonym of that address.
    assert_eq!(pseudonyms(&w, &key, &[address])[address], who);
    // The connector's groups, revealed, are its groups in the plain report.
    w.run(["report", members, "--quiet", "--out", "plain"]);
    let plain = rows(&w, "plain/connectors.csv");
    let row = plain.iter().find(|x| x[0] == address).unwrap();
    assert_eq!(lines[0].split('\t').nth(2).unwrap(), row[5]);
    // A pseudonym nobody has: said, and exit code 1.
    let e = w.fail([
        "reveal",
        members,
        "--key-file",
        &key,
        "--pseudonym",
        "p-zzzzzzzz",
    ]);
    assert!(e.contains("not found"), "{e}");
    // No key: refused.
    let o = w
        .command()
        .args(["pseudonym", "a@b.fr"])
        .env_remove("MAILLAGE_KEY")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}

/// A hand-worked network: A = {a, b, c, d}, B = {c, d, e}, C = {e, f},
/// D = {g}. Pairs: A–B share 2 (c, d), B–C share 1 (e, the sole link).
/// Shared members: A 2, B 3, C 1, D 0. Degrees: 4 persons in one group,
/// 3 in two. Components: {A, B, C} with 6 persons, {D} with 1.
pub(crate) fn small_network(w: &Workdir) {
    w.write(
        "small.csv",
        "email,group\na@x.fr,A\nb@x.fr,A\nc@x.fr,A\nd@x.fr,A\nc@x.fr,B\nd@x.fr,B\ne@x.fr,B\ne@x.fr,C\nf@x.fr,C\ng@x.fr,D\n",
    );
}

/// A CSV's rows as maps from header to value.
pub(crate) fn records(w: &Workdir, path: &str) -> Vec<BTreeMap<String, String>> {
    let all = rows(w, path);
    all[1..]
        .iter()
        .map(|r| all[0].iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

pub(crate) fn by(
    rows: &[BTreeMap<String, String>],
    column: &str,
    value: &str,
) -> BTreeMap<String, String> {
    rows.iter()
        .find(|r| r[column] == value)
        .unwrap_or_else(|| panic!("no row with {column} = {value}"))
        .clone()
}

/// The cells of `columns` in `row`.
pub(crate) fn cells<'a>(row: &'a BTreeMap<String, String>, columns: &[&str]) -> Vec<&'a str> {
    columns.iter().map(|c| row[*c].as_str()).collect()
}

#[test]
fn min_count_two_withholds_the_counts_of_one_person() {
    let w = Workdir::new();
    small_network(&w);
    w.run([
        "report",
        "small.csv",
        "--min-count",
        "2",
        "--quiet",
        "--out",
        "r",
    ]);
    let groups = records(&w, "r/groups.csv");
    // D: 1 member, every figure withheld.
    let d = by(&groups, "group", "D");
    assert_eq!(
        cells(&d, &["members", "shared_rate", "overlapping_groups"]),
        ["", "", ""]
    );
    assert_eq!(d["suppressed"], "true");
    // C: 2 members published, 1 shared member withheld with its rate.
    let c = by(&groups, "group", "C");
    assert_eq!(
        cells(&c, &["members", "shared_members", "shared_rate"]),
        ["2", "", ""]
    );
    assert_eq!(c["suppressed"], "true");
    let a = by(&groups, "group", "A");
    assert_eq!(
        cells(&a, &["members", "shared_members", "shared_rate"]),
        ["4", "2", "0.5"]
    );
    assert_eq!(a["suppressed"], "false");
    let pairs = records(&w, "r/pairs.csv");
    let bc = by(&pairs, "group_b", "C");
    for col in [
        "shared",
        "jaccard",
        "lift",
        "p_value",
        "q_value",
        "sole_link",
        "expected_shared",
    ] {
        assert_eq!(bc[col], "", "{col} of B–C");
    }
    assert_eq!(bc["suppressed"], "true");
    let ab = by(&pairs, "group_b", "B");
    assert_eq!(cells(&ab, &["shared", "suppressed"]), ["2", "false"]);
    // summary.json: headline figures exact; the component of 1 person is not.
    let s = w.json("r/summary.json");
    assert_eq!(
        (
            s["persons"].as_u64(),
            s["groups"].as_u64(),
            s["memberships"].as_u64()
        ),
        (Some(7), Some(4), Some(10))
    );
    assert_eq!(s["components"][1]["persons"], serde_json::Value::Null);
    assert_eq!(s["components"][0]["persons"], 6);
    assert_eq!(s["group_sizes"]["min"], serde_json::Value::Null);
    assert_eq!(s["privacy"]["min_count"], 2);
    // The page and report.md say "< 2" where a count is withheld, and
    // the privacy section says why.
    let md = w.read("r/report.md");
    assert!(
        md.contains("< 2") || md.contains("&lt; 2"),
        "report.md shows withheld counts"
    );
    assert!(md.contains("fewer than 2 people"), "the privacy section");
    assert!(!w.join("r/graphs").exists());
}

#[test]
fn min_count_three_withholds_counts_of_one_and_two() {
    let w = Workdir::new();
    small_network(&w);
    w.run([
        "report",
        "small.csv",
        "--min-count",
        "3",
        "--graphs",
        "--quiet",
        "--out",
        "r",
    ]);
    let groups = records(&w, "r/groups.csv");
    let a = by(&groups, "group", "A");
    assert_eq!(
        cells(&a, &["members", "shared_members", "shared_rate"]),
        ["4", "", ""]
    );
    let b = by(&groups, "group", "B");
    assert_eq!(
        cells(&b, &["members", "shared_members", "suppressed"]),
        ["3", "3", "false"]
    );
    for g in ["C", "D"] {
        let r = by(&groups, "group", g);
        assert_eq!(
            (r["members"].as_str(), r["suppressed"].as_str()),
            ("", "true"),
            "{g}"
        );
    }
    let pairs = records(&w, "r/pairs.csv");
    assert!(pairs
        .iter()
        .all(|p| p["shared"].is_empty() && p["suppressed"] == "true"));
    // Degrees: 3 persons in two groups is published, nothing below 3.
    let s = w.json("r/summary.json");
    let degrees = s["degree_distribution"].as_array().unwrap();
    assert!(degrees
        .iter()
        .all(|d| d["persons"].is_null() || d["persons"].as_u64().unwrap() >= 3));
    // The networks list every link: not written, and the report says so.
    assert!(!w.join("r/graphs").exists());
    assert!(w.read("r/report.md").contains("GraphML"));
    // Without --min-count: no suppressed column, every count.
    w.run(["report", "small.csv", "--quiet", "--out", "plain"]);
    assert!(!rows(&w, "plain/groups.csv")[0].contains(&"suppressed".to_string()));
    assert_eq!(
        by(&records(&w, "plain/groups.csv"), "group", "D")["members"],
        "1"
    );
}

#[test]
fn a_small_count_withholds_only_what_is_computed_from_it() {
    // The example's groups have 2 to 4 facilitators: at K = 3 a count of
    // 2 facilitators is withheld, but not the group's shared rate, which
    // is computed from its members and shared members only.
    let w = Workdir::new();
    let data = crate::root("data");
    let members = data.join("members.csv");
    let info = data.join("groups-info.csv");
    w.run([
        "report",
        members.to_str().unwrap(),
        "--groups-info",
        info.to_str().unwrap(),
        "--min-count",
        "3",
        "--quiet",
        "--out",
        "r",
    ]);
    let groups = records(&w, "r/groups.csv");
    let mut checked = 0;
    for g in &groups {
        let n = |c: &str| g[c].parse::<u64>().ok();
        if g["facilitators"].is_empty() && n("members").is_some() && n("shared_members").is_some() {
            assert!(!g["shared_rate"].is_empty(), "{g:?}");
            checked += 1;
        }
        if let Some(x) = n("facilitators") {
            assert!(x == 0 || x >= 3, "{g:?}");
        }
    }
    assert!(checked > 0, "some group has fewer than 3 facilitators");
    // The degree table of report.md: no count of 1 or 2 persons.
    let md = w.read("r/report.md");
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
    assert!(md.contains("&lt; 3") || md.contains("< 3"));
    assert!(
        !table.iter().any(|l| l.starts_with("| 8 | 2 |")),
        "8 groups: 2 persons is withheld"
    );
}

#[test]
fn a_pseudonymised_comparison_names_nobody_and_keeps_its_figures() {
    let w = Workdir::new();
    let before = crate::root("data/members-2025-09.csv");
    let after = crate::root("data/members.csv");
    let (before, after) = (before.to_str().unwrap(), after.to_str().unwrap());
    let key = key_file(&w, "k", "0123456789abcdef0123456789abcdef");
    w.run(["compare", before, after, "--quiet", "--out", "plain"]);
    let run = w.run([
        "compare",
        before,
        after,
        "--key-file",
        &key,
        "--out",
        "pseudo",
    ]);
    // Every address of both exports, and its local part, is absent.
    let mut addresses = std::collections::BTreeSet::new();
    for file in [before, after] {
        for line in std::fs::read_to_string(file).unwrap().lines().skip(1) {
            addresses.insert(line.split(',').next().unwrap().to_lowercase());
        }
    }
    let mut texts = texts_below(&w.join("pseudo"));
    texts.insert(
        "(stderr)".into(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    );
    for (file, text) in &texts {
        let variants: Vec<String> = decodings(text).iter().map(|t| t.to_lowercase()).collect();
        for a in &addresses {
            let local = a.split('@').next().unwrap();
            for needle in [a.as_str(), local]
                .into_iter()
                .filter(|n| n.chars().count() >= 4)
            {
                assert!(
                    !variants.iter().any(|v| v.contains(needle)),
                    "{needle} in {file}"
                );
            }
        }
    }
    // The same figures; persons through `maillage pseudonym`.
    let (mut a, mut b) = (w.json("plain/summary.json"), w.json("pseudo/summary.json"));
    assert_eq!(b["privacy"]["pseudonymised"], true);
    a.as_object_mut().unwrap().remove("privacy");
    b.as_object_mut().unwrap().remove("privacy");
    assert_eq!(a, b);
    for f in ["groups.csv", "pairs.csv"] {
        assert_eq!(
            w.read(format!("plain/{f}")),
            w.read(format!("pseudo/{f}")),
            "{f}"
        );
    }
    let plain = rows(&w, "plain/persons.csv");
    let pseudo = rows(&w, "pseudo/persons.csv");
    assert_eq!(plain.len(), pseudo.len());
    let addresses: Vec<&str> = plain[1..].iter().map(|r| r[0].as_str()).collect();
    let map = pseudonyms(&w, &key, &addresses);
    let mut expected: Vec<Vec<String>> = plain[1..]
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r[0] = map[&r[0]].clone();
            r
        })
        .collect();
    expected.sort();
    assert_eq!(expected, pseudo[1..].to_vec(), "rows in pseudonym order");
    // A report made with the same key gives its connectors the same
    // pseudonyms as the comparison.
    w.run(["report", after, "--key-file", &key, "--quiet", "--out", "r"]);
    let connectors: std::collections::BTreeSet<String> = rows(&w, "r/connectors.csv")[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    assert!(pseudo[1..].iter().any(|r| connectors.contains(&r[0])));
}

#[test]
fn charts_under_min_count_show_no_small_count() {
    // The example's degree distribution has 2 persons in 8 groups: at
    // K = 3 that bar reads "< 3" and is not drawn.
    let w = Workdir::new();
    let members = crate::root("data/members.csv");
    let members = members.to_str().unwrap();
    w.run(["report", members, "--quiet", "--out", "plain"]);
    w.run([
        "report",
        members,
        "--min-count",
        "3",
        "--quiet",
        "--out",
        "k3",
    ]);
    let plain = w.read("plain/charts/distribution.svg");
    let k3 = w.read("k3/charts/distribution.svg");
    assert!(!plain.contains("&lt; 3"));
    assert!(k3.contains("&lt; 3"), "the withheld bar says so");
    let rects = |s: &str| s.matches("<rect").count();
    assert!(
        rects(&k3) < rects(&plain),
        "the withheld bars are not drawn"
    );
    // The heatmap draws pairs sharing fewer than K persons as sharing
    // nobody: with K above every pair's count, it is the map of no pair.
    w.run([
        "report",
        members,
        "--min-count",
        "100000",
        "--quiet",
        "--out",
        "huge",
    ]);
    assert_ne!(
        w.read("plain/charts/heatmap.svg"),
        w.read("huge/charts/heatmap.svg")
    );
    let pairs = records(&w, "huge/pairs.csv");
    assert!(pairs.iter().all(|p| p["shared"].is_empty()));
    // The map draws no line and the shared-rate chart no bar when every
    // count is withheld; at K = 3 the map draws fewer lines than plain.
    let lines = |s: &str| s.matches("<polyline").count() + s.matches("<line").count();
    let (plain_map, huge_map) = (
        w.read("plain/charts/map.svg"),
        w.read("huge/charts/map.svg"),
    );
    assert!(lines(&huge_map) < lines(&plain_map));
    assert_ne!(
        w.read("plain/charts/shared_rate.svg"),
        w.read("huge/charts/shared_rate.svg")
    );
    assert!(
        rects(&w.read("huge/charts/shared_rate.svg"))
            < rects(&w.read("plain/charts/shared_rate.svg"))
    );
}

#[test]
fn the_category_matrix_under_min_count_shows_no_small_count() {
    // With the example's descriptions, K above every count: every cell
    // and every diagonal count reads "< K", and no lift is drawn.
    let w = Workdir::new();
    let data = crate::root("data");
    let members = data.join("members.csv");
    let info = data.join("groups-info.csv");
    let run = |out: &str, k: &str| {
        w.run([
            "report",
            members.to_str().unwrap(),
            "--groups-info",
            info.to_str().unwrap(),
            "--min-count",
            k,
            "--quiet",
            "--out",
            out,
        ]);
        w.read(format!("{out}/charts/categories.svg"))
    };
    let plain = run("plain", "1");
    let huge = run("huge", "100000");
    assert!(plain.contains("× ") && !plain.contains("&lt; 100,000"));
    assert!(huge.contains("&lt; 100,000"));
    assert!(!huge.contains("× "), "no lift drawn for a withheld pair");
}
