//! Privacy stage, on both sides of the analysis. Before it, with
//! `--hide-group-names`, groups (and the input files, often named after
//! them) become keyed pseudonyms ([`pseudonymise`]), so rows in group
//! order say nothing of the names. After it, with `--pseudonymise`,
//! every person written becomes a keyed pseudonym ([`relabel`]): the
//! figures were computed on the identifiers (ties broken by name fall
//! as in the plain report), and rows that were in name order among
//! equals are put in pseudonym order. `--min-count` is applied by the
//! writers, from the tables' declarations (`report/tables.rs`).
//!
//! ```text
//! Memberships --hide-group-names--> Memberships (groups, files renamed)
//! Findings    --pseudonymise-->     Findings (persons renamed, reordered)
//! ```

pub mod key;
pub mod pseudonym;
pub mod reveal;

use crate::memberships::{Memberships, Notice, TakenFrom};
use crate::names::NameTable;
use key::KeySource;
use pseudonym::{distinct_length, encode, Domain, Pseudonymiser, DEFAULT_LENGTH, MAX_LENGTH};
use rayon::prelude::*;
use serde::Serialize;

/// What the privacy options asked for (`maillage report` options).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrivacyOptions {
    /// `--pseudonymise`.
    pub pseudonymise: bool,
    /// `--hide-group-names` (implies pseudonyms for persons too).
    pub hide_group_names: bool,
    /// `--min-count`: counts of persons below it are not published (1:
    /// everything is).
    pub min_count: u64,
    /// `--key-file`.
    pub key_file: Option<std::path::PathBuf>,
}

impl PrivacyOptions {
    /// `--publish`: the profile for anything that leaves the facilitator's
    /// computer.
    pub const PUBLISH_MIN_COUNT: u64 = 3;

    /// Whether identifiers are replaced.
    pub fn replaces_names(&self) -> bool {
        self.pseudonymise || self.hide_group_names
    }
}

/// What was done to the names and counts of a report (`summary.json`'s
/// `privacy`, and the report's privacy paragraph). Never holds the key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Privacy {
    /// Persons are written as keyed pseudonyms (`p-...`).
    pub pseudonymised: bool,
    /// Where the key came from; `null` without pseudonyms.
    pub key: Option<KeySource>,
    /// Characters after `p-` (8 unless two persons would share them).
    pub person_pseudonym_length: Option<usize>,
    /// Groups and input files are written as pseudonyms (`g-...`, `f-...`).
    pub group_names_hidden: bool,
    /// Characters after `g-`, when group names are hidden.
    pub group_pseudonym_length: Option<usize>,
    /// Counts of persons below this are not published (1: all are).
    pub min_count: u64,
    /// The key file, when others than its owner may read it (a warning).
    #[serde(skip)]
    pub key_file_readable_by_others: Option<String>,
}

impl Default for Privacy {
    /// Nothing hidden: a report for the facilitator's own use.
    fn default() -> Privacy {
        Privacy {
            pseudonymised: false,
            key: None,
            person_pseudonym_length: None,
            group_names_hidden: false,
            group_pseudonym_length: None,
            min_count: 1,
            key_file_readable_by_others: None,
        }
    }
}

impl Privacy {
    /// The length of the group pseudonyms (8 when groups are not hidden).
    pub fn group_length(&self) -> usize {
        self.group_pseudonym_length.unwrap_or(DEFAULT_LENGTH)
    }

    /// Lists of people (possible duplicates, folded addresses) that name
    /// them by their addresses and display names are left out.
    pub fn withholds_identities(&self) -> bool {
        self.pseudonymised
    }
}

/// The key and the pseudonymiser of a run, and where the key came from.
pub struct Pseudonyms {
    pub pseudonymiser: Pseudonymiser,
    pub source: KeySource,
    /// The key file, when others may read it.
    pub readable_by_others: Option<String>,
}

/// The pseudonyms of a run, when its options ask for them: the key is
/// read (or drawn) here, before any input, so a bad key file stops the
/// run at once.
pub fn prepare(opts: &PrivacyOptions) -> anyhow::Result<Option<Pseudonyms>> {
    if !opts.replaces_names() {
        return Ok(None);
    }
    let environment = std::env::var_os(key::KEY_VARIABLE);
    let loaded = key::choose(opts.key_file.as_deref(), environment.as_deref())?;
    Ok(Some(Pseudonyms {
        pseudonymiser: Pseudonymiser::new(&loaded.key),
        source: loaded.source,
        readable_by_others: opts
            .key_file
            .as_ref()
            .filter(|_| loaded.readable_by_others)
            .map(|f| f.display().to_string()),
    }))
}

/// The privacy step of a run: pseudonyms when `with` holds some, and the
/// record of what was done in each snapshot's `input.privacy`.
pub fn apply(
    snapshots: &mut [&mut Memberships],
    with: Option<&Pseudonyms>,
    opts: &PrivacyOptions,
) -> anyhow::Result<Privacy> {
    match with {
        Some(with) => pseudonymise(snapshots, with, opts),
        None => {
            let record = Privacy {
                min_count: opts.min_count.max(1),
                ..Privacy::default()
            };
            for m in snapshots.iter_mut() {
                m.input.privacy = record.clone();
            }
            Ok(record)
        }
    }
}

/// The record of a run whose memberships are read: with `hide_groups`,
/// the groups and files of every snapshot get pseudonyms of one length,
/// here, before any figure (so rows in group order are in pseudonym
/// order and say nothing of the names). Persons are relabelled after the
/// figures, by [`relabel_persons`].
pub fn pseudonymise(
    snapshots: &mut [&mut Memberships],
    with: &Pseudonyms,
    opts: &PrivacyOptions,
) -> anyhow::Result<Privacy> {
    let length = if opts.hide_group_names {
        let tables: Vec<&NameTable> = snapshots.iter().map(|m| &m.groups).collect();
        distinct_length_of(&with.pseudonymiser, Domain::Group, &tables)?
    } else {
        DEFAULT_LENGTH
    };
    Ok(pseudonymise_at(snapshots, with, opts, length))
}

/// The same, with group pseudonyms of `group_length` characters (which
/// the caller has checked, or will check, keep the groups apart).
pub fn pseudonymise_at(
    snapshots: &mut [&mut Memberships],
    with: &Pseudonyms,
    opts: &PrivacyOptions,
    group_length: usize,
) -> Privacy {
    let p = &with.pseudonymiser;
    if opts.hide_group_names {
        for m in snapshots.iter_mut() {
            rewrite_groups(m, p, group_length);
        }
    }
    let record = Privacy {
        pseudonymised: true,
        key: Some(with.source),
        person_pseudonym_length: None,
        group_names_hidden: opts.hide_group_names,
        group_pseudonym_length: opts.hide_group_names.then_some(group_length),
        min_count: opts.min_count.max(1),
        key_file_readable_by_others: with.readable_by_others.clone(),
    };
    for m in snapshots.iter_mut() {
        m.input.privacy = record.clone();
        for d in &mut m.descriptions {
            // Free text a facilitator wrote may name people.
            d.description = None;
            d.facilitators.clear();
        }
    }
    record
}

/// The shortest length (8 at least) at which `digests` give distinct
/// pseudonyms. The same name in two lists (two snapshots, a person also
/// named by a role) gives the same digest: one name. Distinct names with
/// the same 128 bits are not expected before 2^64 names.
pub fn shortest_length(mut digests: Vec<u128>) -> anyhow::Result<usize> {
    digests.par_sort_unstable();
    digests.dedup();
    distinct_length(&digests, DEFAULT_LENGTH).ok_or_else(|| {
        anyhow::anyhow!(crate::t!(
            crate::lang::Lang::current(),
            "pseudonym-collision",
            length = MAX_LENGTH
        ))
    })
}

/// The shortest length at which the names of `tables` get distinct
/// pseudonyms in `domain`. A name in several tables counts once.
pub fn distinct_length_of(
    p: &Pseudonymiser,
    domain: Domain,
    tables: &[&NameTable],
) -> anyhow::Result<usize> {
    let mut digests: Vec<u128> = Vec::new();
    for t in tables {
        digests.par_extend(
            (0..t.len() as u32)
                .into_par_iter()
                .map(|i| p.digest(domain, t.get(i))),
        );
    }
    shortest_length(digests)
}

/// The pseudonyms of a table's names, in id order.
pub fn renamed(t: &NameTable, p: &Pseudonymiser, domain: Domain, length: usize) -> NameTable {
    let names: Vec<String> = (0..t.len() as u32)
        .into_par_iter()
        .map(|i| p.pseudonym(domain, t.get(i), length))
        .collect();
    NameTable::from_distinct(names)
}

/// Writes every person of `f` as a pseudonym: connectors, facilitators,
/// the lists of possible duplicates and folded addresses (withheld by the
/// writers; only counted), and with `whole_network` the network's tables
/// (for the GraphML and GEXF exports, which list everyone). Display names
/// are dropped. The figures were computed on the identifiers and do not
/// change; rows that were in name order among equals are put in
/// pseudonym order, so their order says nothing of the names.
///
/// The length is the shortest (8 at least) that keeps apart the persons
/// written. Cost: one HMAC per person written, in parallel, and a sort of
/// their digests (at 10M memberships, 1.6M connectors; all 6.5M persons
/// only with the network exports).
pub fn relabel(
    f: &mut crate::analyse::Findings,
    p: &Pseudonymiser,
    whole_network: bool,
) -> anyhow::Result<()> {
    let digest = |name: &str| p.digest(Domain::Person, name);
    let connectors: Vec<u128> = f.connectors.par_iter().map(|c| digest(&c.person)).collect();
    let facilitators: Vec<u128> = f.facilitators.iter().map(|r| digest(&r.person)).collect();
    let table_digests = |t: &NameTable| -> Vec<u128> {
        (0..t.len() as u32)
            .into_par_iter()
            .map(|i| digest(t.get(i)))
            .collect()
    };
    let network = whole_network.then(|| {
        (
            table_digests(&f.network.persons),
            table_digests(&f.network.outsiders),
        )
    });
    let mut written: Vec<u128> = connectors.iter().chain(&facilitators).copied().collect();
    if let Some((persons, outsiders)) = &network {
        written.extend(persons);
        written.extend(outsiders);
    }
    let length = shortest_length(written)?;
    let name = |d: u128| encode(Domain::Person, d, length);
    f.connectors
        .par_iter_mut()
        .zip(connectors.par_iter())
        .for_each(|(c, &d)| {
            c.person = name(d);
            c.name = String::new();
        });
    drop(connectors);
    reorder_connectors(f);
    for (r, &d) in f.facilitators.iter_mut().zip(&facilitators) {
        r.person = name(d);
    }
    f.facilitators.sort_by(|a, b| a.person.cmp(&b.person));
    let pseudonym = |n: &str| p.pseudonym(Domain::Person, n, length);
    for d in &mut f.possible_duplicates {
        d.name = String::new();
        for q in &mut d.persons {
            *q = pseudonym(q);
        }
    }
    for (written, folded) in &mut f.address_folds {
        *written = pseudonym(written);
        *folded = pseudonym(folded);
    }
    if let Some((persons, outsiders)) = network {
        let table = |ds: Vec<u128>| {
            NameTable::from_distinct(ds.into_par_iter().map(name).collect::<Vec<String>>())
        };
        f.network.persons = table(persons);
        f.network.outsiders = table(outsiders);
    }
    f.summary.privacy.person_pseudonym_length = Some(length);
    Ok(())
}

/// Writes every person of a comparison as a pseudonym, at the shortest
/// length (8 at least) that keeps apart the persons it writes.
pub fn relabel_comparison(
    c: &mut crate::analyse::compare::Comparison,
    p: &Pseudonymiser,
) -> anyhow::Result<usize> {
    let written: Vec<u128> = c
        .written_persons()
        .map(|n| p.digest(Domain::Person, n))
        .collect();
    let length = shortest_length(written)?;
    c.rename_persons(|n| p.pseudonym(Domain::Person, n, length));
    Ok(length)
}

/// Connectors are ranked by groups, pieces and sole links, then name:
/// among equals, by pseudonym now. Pairs and intersections point at
/// connectors by index: they follow.
fn reorder_connectors(f: &mut crate::analyse::Findings) {
    let key = |c: &crate::analyse::Connector| (c.groups, c.pieces_if_removed, c.sole_link_pairs);
    let c = &f.connectors;
    let mut order: Vec<u32> = (0..c.len() as u32).collect();
    let mut start = 0;
    while start < order.len() {
        let k = key(&c[start]);
        let mut end = start + 1;
        while end < order.len() && key(&c[end]) == k {
            end += 1;
        }
        order[start..end]
            .sort_unstable_by(|&x, &y| c[x as usize].person.cmp(&c[y as usize].person));
        start = end;
    }
    if order.iter().enumerate().all(|(i, &o)| i as u32 == o) {
        return;
    }
    let mut new_index = vec![0u32; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old as usize] = new as u32;
    }
    let mut old: Vec<Option<crate::analyse::Connector>> = std::mem::take(&mut f.connectors)
        .into_iter()
        .map(Some)
        .collect();
    f.connectors = order
        .iter()
        .map(|&o| old[o as usize].take().expect("each connector once"))
        .collect();
    f.pairs
        .par_iter_mut()
        .for_each(|x| x.renumber_sole_link(|c| new_index[c as usize]));
    for i in &mut f.intersections {
        i.renumber_connector(|c| new_index[c as usize]);
    }
}

fn rewrite_groups(m: &mut Memberships, p: &Pseudonymiser, length: usize) {
    let group = |name: &str| p.pseudonym(Domain::Group, name, length);
    m.groups = renamed(&m.groups, p, Domain::Group, length);
    let file = |name: &str| p.pseudonym(Domain::File, name, DEFAULT_LENGTH);
    for f in &mut m.input.files {
        f.file = file(&f.file);
        match &mut f.group_column {
            TakenFrom::WholeFile(g) => *g = group(g),
            TakenFrom::GroupColumns(cols) => {
                for c in cols {
                    *c = group(c);
                }
            }
            _ => {}
        }
        for n in &mut f.notices {
            match n {
                Notice::UnsplitLists { example, .. } | Notice::DatesAsGroups { example, .. } => {
                    *example = group(example)
                }
                Notice::GroupFromFolder {
                    file_name,
                    group: g,
                } => {
                    *file_name = file(file_name);
                    *g = group(g);
                }
                Notice::UnknownGroup { group: g, .. } => *g = group(g),
                _ => {}
            }
        }
    }
    for n in &mut m.input.not_read {
        n.file = file(&n.file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::pseudonym::Key;

    fn pseudonyms() -> Pseudonyms {
        Pseudonyms {
            pseudonymiser: Pseudonymiser::new(&Key::new(b"0123456789abcdef".to_vec())),
            source: KeySource::File,
            readable_by_others: None,
        }
    }

    fn opts() -> PrivacyOptions {
        PrivacyOptions {
            pseudonymise: true,
            min_count: 1,
            ..Default::default()
        }
    }

    fn findings(rows: &[(&str, &str)], names: &[(&str, &str)]) -> crate::analyse::Findings {
        let mut m = Memberships::from_rows(rows.iter().copied());
        for (person, name) in names {
            let id = m.persons.find(person).unwrap();
            m.input.display_names.push((id, name.to_string()));
        }
        let p = pseudonyms();
        pseudonymise(&mut [&mut m], &p, &opts()).unwrap();
        let input = std::mem::take(&mut m.input);
        crate::analyse::all(crate::model::Network::build(m), input)
    }

    #[test]
    fn persons_get_pseudonyms_and_figures_stay() {
        let rows = [
            ("lea@x.fr", "Vélo"),
            ("bob@x.fr", "Vélo"),
            ("lea@x.fr", "Jardin"),
            ("bob@x.fr", "Jardin"),
            ("zoe@x.fr", "Jardin"),
            ("zoe@x.fr", "Chorale"),
        ];
        let names = [("lea@x.fr", "Léa Robin"), ("bob@x.fr", "Bob")];
        let plain = findings(&rows, &names);
        let mut f = findings(&rows, &names);
        let p = pseudonyms().pseudonymiser;
        relabel(&mut f, &p, true).unwrap();
        assert_eq!(f.summary.privacy.person_pseudonym_length, Some(8));
        assert_eq!(f.connectors.len(), plain.connectors.len());
        for c in &f.connectors {
            assert!(
                c.person.starts_with("p-") && c.person.len() == 10,
                "{}",
                c.person
            );
            assert!(c.name.is_empty());
        }
        // The same connector, figure for figure, under its pseudonym.
        for c in &plain.connectors {
            let q = f
                .connectors
                .iter()
                .find(|x| x.person == p.pseudonym(Domain::Person, &c.person, 8))
                .unwrap();
            assert_eq!(
                (q.groups, q.pieces_if_removed, q.sole_link_pairs),
                (c.groups, c.pieces_if_removed, c.sole_link_pairs)
            );
            assert_eq!(q.group_ids, c.group_ids);
        }
        // Sole links follow their connector.
        for (a, b) in plain.pairs.iter().zip(&f.pairs) {
            let name = |x: &crate::analyse::Findings, s: Option<u32>| {
                s.map(|i| x.connectors[i as usize].person.clone())
            };
            assert_eq!(
                name(&plain, a.sole_link()).map(|n| p.pseudonym(Domain::Person, &n, 8)),
                name(&f, b.sole_link())
            );
        }
        // Equal connectors are in pseudonym order.
        let key =
            |c: &crate::analyse::Connector| (c.groups, c.pieces_if_removed, c.sole_link_pairs);
        assert!(f
            .connectors
            .windows(2)
            .all(|w| key(&w[0]) != key(&w[1]) || w[0].person < w[1].person));
        assert_eq!(f.summary.persons, plain.summary.persons);
        assert!(f.network.persons.iter().all(|(_, n)| n.starts_with("p-")));
    }

    #[test]
    fn hidden_groups_and_files_get_pseudonyms() {
        let mut m = Memberships::from_rows([("a@x.fr", "Santé mentale"), ("b@x.fr", "Vélo")]);
        m.input.files.push(crate::memberships::FileDiagnostics {
            file: "sante-mentale.csv".into(),
            group_column: TakenFrom::WholeFile("Santé mentale".into()),
            ..Default::default()
        });
        let o = PrivacyOptions {
            hide_group_names: true,
            ..opts()
        };
        let r = pseudonymise(&mut [&mut m], &pseudonyms(), &o).unwrap();
        assert!(r.group_names_hidden);
        let g0 = m.groups.get(0).to_string();
        assert!(g0.starts_with("g-"));
        assert!(m.input.files[0].file.starts_with("f-"));
        assert_eq!(m.input.files[0].group_column, TakenFrom::WholeFile(g0));
    }

    #[test]
    fn two_snapshots_share_group_pseudonyms() {
        let mut a = Memberships::from_rows([("lea@x.fr", "Vélo"), ("bob@x.fr", "Jardin")]);
        let mut b = Memberships::from_rows([("zoe@x.fr", "Chorale"), ("lea@x.fr", "Vélo")]);
        let o = PrivacyOptions {
            hide_group_names: true,
            ..opts()
        };
        pseudonymise(&mut [&mut a, &mut b], &pseudonyms(), &o).unwrap();
        assert_eq!(a.groups.get(0), b.groups.get(1));
    }

    #[test]
    fn hidden_groups_leave_no_name_in_group_columns_notices_or_files() {
        use crate::memberships::{FileDiagnostics, NotRead, NotReadReason};
        let mut m = Memberships::from_rows([("a@x.fr", "Vélo"), ("b@x.fr", "Jardin")]);
        m.input.files.push(FileDiagnostics {
            file: "matrice.csv".into(),
            group_column: TakenFrom::GroupColumns(vec!["Vélo".into(), "Jardin".into()]),
            notices: vec![
                Notice::UnsplitLists {
                    separator: '/',
                    line: 3,
                    example: "Vélo/Jardin".into(),
                },
                Notice::DatesAsGroups {
                    column: "quand".into(),
                    example: "2025-09-12".into(),
                },
                Notice::GroupFromFolder {
                    file_name: "membres.csv".into(),
                    group: "Chorale".into(),
                },
                Notice::UnknownGroup {
                    line: 4,
                    group: "Théâtre".into(),
                },
                Notice::SplitLists { separator: ';' },
            ],
            ..Default::default()
        });
        m.input.not_read.push(NotRead {
            file: "photo.jpg".into(),
            why: NotReadReason::NotAList,
        });
        let o = PrivacyOptions {
            hide_group_names: true,
            ..opts()
        };
        pseudonymise(&mut [&mut m], &pseudonyms(), &o).unwrap();
        let p = pseudonyms().pseudonymiser;
        // Two groups: 8 characters keep them apart.
        let g = |n: &str| p.pseudonym(Domain::Group, n, 8);
        let f = |n: &str| p.pseudonym(Domain::File, n, 8);
        // HMAC-SHA256 of the group byte 2 and "Vélo", worked out apart.
        assert_eq!(g("Vélo"), "g-hsjyi2yb");
        assert_eq!(m.groups.get(0), g("Vélo"));
        let d = &m.input.files[0];
        assert_eq!(d.file, f("matrice.csv"));
        assert_eq!(
            d.group_column,
            TakenFrom::GroupColumns(vec![g("Vélo"), g("Jardin")])
        );
        assert_eq!(
            d.notices,
            vec![
                Notice::UnsplitLists {
                    separator: '/',
                    line: 3,
                    example: g("Vélo/Jardin"),
                },
                Notice::DatesAsGroups {
                    column: "quand".into(),
                    example: g("2025-09-12"),
                },
                Notice::GroupFromFolder {
                    file_name: f("membres.csv"),
                    group: g("Chorale"),
                },
                Notice::UnknownGroup {
                    line: 4,
                    group: g("Théâtre"),
                },
                Notice::SplitLists { separator: ';' },
            ]
        );
        assert_eq!(m.input.not_read[0].file, f("photo.jpg"));
    }
}
