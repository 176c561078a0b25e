//! The way back, for the person who holds the key: the pseudonym of an
//! address (`maillage pseudonym`), and who in one's own exports a
//! pseudonym of a report stands for (`maillage reveal`). Both need the
//! key the report was made with; a random key cannot be given back.

use super::key;
use super::pseudonym::{encode, Domain, Pseudonymiser, MAX_LENGTH};
use crate::lang::Lang;
use crate::load::{self, LoadOptions};
use crate::t;
use std::path::{Path, PathBuf};

/// The key of `--key-file`, else of `MAILLAGE_KEY`; an error when neither
/// is given (a pseudonym only means something under a known key).
pub fn given_key(file: Option<&Path>) -> anyhow::Result<Pseudonymiser> {
    let environment = std::env::var_os(key::KEY_VARIABLE);
    if file.is_none() && environment.is_none() {
        anyhow::bail!(t!(
            Lang::current(),
            "reveal-needs-key",
            variable = key::KEY_VARIABLE
        ));
    }
    let loaded = key::choose(file, environment.as_deref())?;
    Ok(Pseudonymiser::new(&loaded.key))
}

/// The pseudonym a report gives `address` (normalised as inputs are) at
/// `length` characters.
pub fn pseudonym_of(p: &Pseudonymiser, address: &str, length: usize) -> String {
    let id = crate::identity::normalise(address).unwrap_or_default();
    p.pseudonym(Domain::Person, &id, length)
}

/// A person or group whose pseudonym starts with the one looked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The identifier in the exports (an address, a group's name).
    pub identifier: String,
    /// A person's groups (for a group: none), in name order.
    pub groups: Vec<String>,
}

/// One pseudonym looked for, and who has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revealed {
    pub pseudonym: String,
    /// Usually one; several only when the pseudonym given is shorter than
    /// the report's.
    pub matches: Vec<Match>,
}

/// Reads `inputs` and finds who has each of `pseudonyms`. A pseudonym is
/// compared as a prefix of the full-length one, so it is found whatever
/// length the report used. Cost: one HMAC per person and group.
pub fn reveal(
    inputs: &[PathBuf],
    opts: &LoadOptions,
    p: &Pseudonymiser,
    pseudonyms: &[String],
) -> anyhow::Result<Vec<Revealed>> {
    let m = load::read_all(inputs, opts)?;
    let wanted: Vec<String> = pseudonyms.iter().map(|s| s.trim().to_lowercase()).collect();
    let mut found: Vec<Revealed> = wanted
        .iter()
        .map(|w| Revealed {
            pseudonym: w.clone(),
            matches: Vec::new(),
        })
        .collect();
    let mut groups_of: Vec<Vec<u32>> = vec![Vec::new(); m.persons.len()];
    for &(person, group) in &m.pairs {
        groups_of[person as usize].push(group);
    }
    let group_names = |ids: &[u32]| {
        let mut names: Vec<String> = ids.iter().map(|&g| m.groups.get(g).to_string()).collect();
        names.sort();
        names.dedup();
        names
    };
    let mut look = |domain: Domain, name: &str, groups: Vec<String>| {
        let full = encode(domain, p.digest(domain, name), MAX_LENGTH);
        for r in &mut found {
            if r.pseudonym.len() > 2 && full.starts_with(r.pseudonym.as_str()) {
                r.matches.push(Match {
                    identifier: name.to_string(),
                    groups: groups.clone(),
                });
            }
        }
    };
    for (id, name) in m.persons.iter() {
        look(Domain::Person, name, group_names(&groups_of[id as usize]));
    }
    for (_, name) in m.outsiders.iter() {
        look(Domain::Person, name, Vec::new());
    }
    for (_, name) in m.groups.iter() {
        look(Domain::Group, name, Vec::new());
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::pseudonym::Key;

    #[test]
    fn an_address_is_normalised_before_its_pseudonym() {
        let p = Pseudonymiser::new(&Key::new(b"0123456789abcdef".to_vec()));
        assert_eq!(
            pseudonym_of(&p, "  Lea@Free.FR ", 8),
            pseudonym_of(&p, "lea@free.fr", 8)
        );
        assert_eq!(pseudonym_of(&p, "lea@free.fr", 8).len(), 10);
    }

    #[test]
    fn reveal_finds_the_person_and_the_group_behind_pseudonyms() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("m.csv");
        std::fs::write(
            &f,
            "email,group\nlea@x.fr,Vélo\nbob@x.fr,Vélo\nlea@x.fr,Jardin\n",
        )
        .unwrap();
        let p = Pseudonymiser::new(&Key::new(b"0123456789abcdef".to_vec()));
        let lea = pseudonym_of(&p, "lea@x.fr", 8);
        let velo = p.pseudonym(Domain::Group, "Vélo", 8);
        let unknown = "p-aaaaaaaa".to_string();
        let r = reveal(
            &[f],
            &LoadOptions::default(),
            &p,
            &[lea.to_uppercase(), velo, unknown],
        )
        .unwrap();
        assert_eq!(r[0].matches.len(), 1);
        assert_eq!(r[0].matches[0].identifier, "lea@x.fr");
        assert_eq!(r[0].matches[0].groups, vec!["Jardin", "Vélo"]);
        assert_eq!(r[1].matches[0].identifier, "Vélo");
        assert!(r[2].matches.is_empty());
    }

    #[test]
    fn a_bare_prefix_names_nobody() {
        // "p-" or "g-" alone starts every pseudonym: it is no pseudonym, and
        // must not list everyone. Three characters already pick people out.
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("m.csv");
        std::fs::write(&f, "email,group\nlea@x.fr,Vélo\nbob@x.fr,Jardin\n").unwrap();
        let p = Pseudonymiser::new(&Key::new(b"0123456789abcdef".to_vec()));
        let lea = pseudonym_of(&p, "lea@x.fr", 8);
        let r = reveal(
            &[f],
            &LoadOptions::default(),
            &p,
            &["p-".to_string(), " G- ".to_string(), lea[..3].to_string()],
        )
        .unwrap();
        assert_eq!(
            (r[0].pseudonym.as_str(), r[1].pseudonym.as_str()),
            ("p-", "g-")
        );
        assert_eq!(r[0].matches, vec![]);
        assert_eq!(r[1].matches, vec![]);
        assert!(r[2].matches.iter().any(|m| m.identifier == "lea@x.fr"));
    }
}
