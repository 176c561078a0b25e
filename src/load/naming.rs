//! Load stage, the group a one-group file stands for: its file name
//! without extension and without an `@domain` part (`velo@listes.org.txt`
//! is the list `velo`), unless that name says nothing (`membres.csv`,
//! `export.csv`, `Sheet1`) or is shared with another file of the run
//! (`velo/membres.csv` and `jardins/membres.csv`): then the folder names it,
//! with as many folder levels as it takes to tell the files apart. Two
//! files are never merged into one group because their names collide.

use super::files::File;
use crate::identity::fold_header;
use std::collections::HashMap;

/// File and sheet names that say nothing about the group (folded).
const GENERIC: &[&str] = &[
    "membres",
    "membre",
    "members",
    "member",
    "memberlist",
    "listedesmembres",
    "liste",
    "list",
    "export",
    "exports",
    "extraction",
    "abonnes",
    "inscrits",
    "subscribers",
    "participants",
    "contacts",
    "adherents",
    "adherentes",
    "benevoles",
    "utilisateurs",
    "users",
    "emails",
    "mails",
    "courriels",
    "adresses",
    "addresses",
    "data",
    "donnees",
    "sheet",
    "feuil",
    "feuille",
    "tabelle",
    "hoja",
    "foglio",
    "sanstitre",
    "untitled",
    "classeur",
    "book",
];

/// A name that says nothing about a group: one of [`GENERIC`], maybe
/// followed by digits (`Sheet1`, `Feuil2`, `export-3`).
pub fn is_generic(name: &str) -> bool {
    let folded = fold_header(name);
    let base = folded.trim_end_matches(|c: char| c.is_ascii_digit());
    base.is_empty() || GENERIC.contains(&base)
}

/// The group name a file's name gives: the stem before any `@`.
pub fn from_file_name(file: &File) -> String {
    let stem = file.stem();
    let head = stem.split('@').next().unwrap_or_default().trim();
    if head.is_empty() {
        stem
    } else {
        head.to_string()
    }
}

/// The group name a file's name gives (the sheet's name for a sheet of a
/// workbook).
fn base_name(f: &File) -> String {
    f.group_name.clone().unwrap_or_else(|| from_file_name(f))
}

/// The folders above a file, nearest first; an archive or a workbook
/// counts as a folder, named without its extension.
fn folders(f: &File) -> Vec<String> {
    let mut v: Vec<String> = f
        .label
        .parent()
        .map(|p| {
            p.components()
                .filter_map(|c| match c {
                    std::path::Component::Normal(s) => {
                        let s = s.to_string_lossy();
                        let lower = s.to_lowercase();
                        let container = [".zip", ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
                            .iter()
                            .find(|x| lower.ends_with(*x));
                        Some(match container {
                            Some(x) => s[..s.len() - x.len()].to_string(),
                            None => s.into_owned(),
                        })
                    }
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    v.reverse();
    v
}

/// Sets [`File::group_name`] for every file whose name is generic or
/// shared with another file: a generic name (`membres.csv`) is replaced
/// by its folder (`velo`), a shared one (`2024/velo.csv`, `2025/velo.csv`)
/// is prefixed with it (`2024/velo`); more folder levels are added only
/// where names still clash. A file without a folder keeps its name.
/// Returns, per file, whether its name was changed that way.
pub fn resolve(files: &mut [&mut File]) -> Vec<bool> {
    // Names collide as group names do: exactly, after the identity rules
    // (`velo` and `Vélo` are two groups).
    let key = |s: &str| {
        crate::identity::normalise(s)
            .map(|n| n.into_owned())
            .unwrap_or_default()
    };
    let base: Vec<String> = files.iter().map(|f| base_name(f)).collect();
    let up: Vec<Vec<String>> = files.iter().map(|f| folders(f)).collect();
    let mut count: HashMap<String, usize> = HashMap::new();
    for b in &base {
        *count.entry(key(b)).or_default() += 1;
    }
    let generic: Vec<bool> = base.iter().map(|b| is_generic(b)).collect();
    let mut depth: Vec<usize> = (0..files.len())
        .map(|i| usize::from((generic[i] || count[&key(&base[i])] > 1) && !up[i].is_empty()))
        .collect();
    let name = |i: usize, depth: usize| -> String {
        if depth == 0 {
            return base[i].clone();
        }
        let mut parts: Vec<&str> = up[i].iter().take(depth).map(String::as_str).collect();
        parts.reverse();
        let path = parts.join("/");
        if generic[i] {
            path
        } else {
            format!("{path}/{}", base[i])
        }
    };
    loop {
        let names: Vec<String> = (0..files.len()).map(|i| name(i, depth[i])).collect();
        // Clashes among renamed files only: a folder named like another
        // file's list (`velo/membres.csv` beside `velo@listes.org.txt`)
        // names the same group, and the notice says so.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            if depth[i] > 0 {
                *seen.entry(key(n)).or_default() += 1;
            }
        }
        let mut grew = false;
        for i in 0..files.len() {
            if depth[i] > 0 && seen[&key(&names[i])] > 1 && depth[i] < up[i].len() {
                depth[i] += 1;
                grew = true;
            }
        }
        if !grew {
            for i in 0..files.len() {
                if depth[i] > 0 {
                    files[i].group_name = Some(names[i].clone());
                }
            }
            return depth.iter().map(|&d| d > 0).collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names_say_nothing_about_a_group() {
        for n in [
            "membres",
            "Members",
            "export-3",
            "Sheet1",
            "Feuil2",
            "Liste",
            "adhérents",
        ] {
            assert!(is_generic(n), "{n}");
        }
        for n in ["velo", "Jardins partagés", "Vélo & co", "bureau"] {
            assert!(!is_generic(n), "{n}");
        }
    }

    #[test]
    fn shared_and_generic_file_names_are_named_by_their_folders() {
        let mut files = [
            File::bytes("listes/velo/membres.csv", Vec::new()),
            File::bytes("listes/jardins/membres.csv", Vec::new()),
            File::bytes("listes/bureau.txt", Vec::new()),
            File::bytes("a/x/contacts.csv", Vec::new()),
            File::bytes("b/x/contacts.csv", Vec::new()),
            File::bytes("2024/velo@listes.org.txt", Vec::new()),
            File::bytes("2025/velo@listes.org.txt", Vec::new()),
            File::bytes("export.csv", Vec::new()),
        ];
        let mut refs: Vec<&mut File> = files.iter_mut().collect();
        let changed = resolve(&mut refs);
        let names: Vec<Option<&str>> = files.iter().map(|f| f.group_name.as_deref()).collect();
        assert_eq!(
            names,
            [
                Some("velo"),
                Some("jardins"),
                None,
                Some("a/x"),
                Some("b/x"),
                Some("2024/velo"),
                Some("2025/velo"),
                None
            ]
        );
        assert_eq!(changed, [true, true, false, true, true, true, true, false]);
    }

    #[test]
    fn sheets_of_workbooks_are_told_apart_by_their_workbook() {
        let mut files = [
            File::bytes("a.xlsx/Vélo", Vec::new()),
            File::bytes("b.xlsx/Vélo", Vec::new()),
            File::bytes("b.xlsx/Bio", Vec::new()),
        ];
        for f in &mut files {
            let sheet = f.label.file_name().unwrap().to_string_lossy().into_owned();
            f.group_name = Some(sheet);
        }
        let mut refs: Vec<&mut File> = files.iter_mut().collect();
        resolve(&mut refs);
        let names: Vec<&str> = files
            .iter()
            .map(|f| f.group_name.as_deref().unwrap())
            .collect();
        assert_eq!(names, ["a/Vélo", "b/Vélo", "Bio"]);
    }
}
