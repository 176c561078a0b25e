//! Load stage, what readers write into: memberships (interned in parallel
//! shards), display names, roles and group descriptions, and the
//! diagnostics of the export being read. [`Sink::finish`] resolves roles and
//! descriptions to ids and hands on [`Memberships`].

use super::intern::{self, ShardedNames, EMPTY, NOT_ADDRESS};
use super::LoadError;
use crate::identity;
use crate::lang::Lang;
use crate::memberships::{
    FileDiagnostics, GroupDescription, InputReport, Memberships, NotRead, Notice, PersonRef, Role,
    RoleRecord, SkipReason, SKIPPED_LINES_SHOWN,
};
use crate::names::NameTable;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// One membership read by a reader that holds its rows in memory (or a row
/// that gives none: an empty value).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub person: String,
    pub group: String,
    /// The display name, when the export gives one.
    pub name: Option<String>,
    /// The line of the file it came from (1 = the first line).
    pub line: u64,
}

/// A role as read, resolved to ids in [`Sink::finish`].
struct RawRole {
    person: String,
    group: String,
    role: Role,
    /// Index of the file's diagnostics.
    file: usize,
    /// The line it was read on, in a file made of lines (a roles file).
    line: Option<u64>,
}

/// A group description as read, resolved in [`Sink::finish`].
struct RawDescription {
    group: String,
    category: Option<String>,
    territory: Option<String>,
    description: Option<String>,
    /// The facilitators cell cut on `;` (pieces holding a `,` or a space
    /// are cut further in [`Sink::finish`], unless a piece is a person).
    facilitators: Vec<String>,
    /// Index of the file's diagnostics.
    file: usize,
    line: Option<u64>,
}

/// What a group-descriptions file (or an export) says of one group, as
/// read.
#[derive(Clone, Copy, Debug, Default)]
pub struct DescriptionRow<'a> {
    pub group: &'a str,
    pub category: Option<&'a str>,
    pub territory: Option<&'a str>,
    pub description: Option<&'a str>,
    /// The facilitators cell: addresses or ids separated by `;`, `,` or
    /// spaces.
    pub facilitators: Option<&'a str>,
    pub line: Option<u64>,
}

/// Rows naming an unknown group listed one by one per file; the others
/// are counted.
const UNKNOWN_GROUPS_SHOWN: usize = 20;

/// Memberships being read.
#[derive(Default)]
pub struct Sink {
    persons: ShardedNames,
    groups: ShardedNames,
    /// Sharded ids, see [`intern`].
    pairs: Vec<(u32, u32)>,
    /// `(sharded person id, display name)`.
    names: Vec<(u32, String)>,
    roles: Vec<RawRole>,
    descriptions: Vec<RawDescription>,
    fold_gmail: bool,
    folds: BTreeMap<String, String>,
    done: Vec<FileDiagnostics>,
    not_read: Vec<NotRead>,
    /// The diagnostics of the export being read.
    pub diag: FileDiagnostics,
    /// The export's person values are addresses when most are: then a
    /// value that is not one is skipped (set by table and list readers;
    /// exports with user ids do not ask for it).
    pub addresses_if_most: bool,
    /// `--facilitators-group`: resolved in [`Sink::finish`].
    pub facilitators_group: Option<String>,
    /// The language of the errors raised in [`Sink::finish`].
    pub lang: Lang,
    /// `(earlier name, name now)` of a `renamed_from` column.
    pub renamed_from: Vec<(String, String)>,
}

/// The sampled person values that decide whether a column is one of
/// addresses.
const ADDRESS_SAMPLE: usize = 1000;

impl Sink {
    pub fn new(fold_gmail: bool) -> Sink {
        Sink {
            fold_gmail,
            ..Sink::default()
        }
    }

    /// Starts reading an export: its diagnostics so far.
    pub fn start(&mut self, diag: FileDiagnostics) {
        self.diag = diag;
        self.addresses_if_most = false;
    }

    /// The export is read: its diagnostics are kept, in order.
    pub fn end(&mut self) -> &FileDiagnostics {
        let mut d = std::mem::take(&mut self.diag);
        d.skipped = d.total_skipped();
        d.skipped_lines.sort_unstable();
        d.skipped_lines.truncate(SKIPPED_LINES_SHOWN);
        self.done.push(d);
        self.done.last().expect("just pushed")
    }

    /// Files (or sheets, folders) that were not read.
    pub fn not_read(&mut self, list: Vec<NotRead>) {
        self.not_read.extend(list);
    }

    /// Counts a record that gave no membership.
    pub fn skip(&mut self, why: SkipReason, line: Option<u64>) {
        self.diag.skip(why, line);
    }

    /// Adds rows held in memory.
    pub fn add_rows(&mut self, rows: &[Row]) -> Result<(), LoadError> {
        self.add(
            rows.len(),
            |i| Some(rows[i].person.as_str()),
            |i| Some(rows[i].group.as_str()),
            |i| rows[i].name.as_deref(),
            |skipped| skipped.iter().map(|&i| rows[i].line).collect(),
        )
    }

    /// Adds `n` rows: row `i` has the raw values `person(i)`, `group(i)`,
    /// maybe a display name. A row with an empty value gives no membership
    /// (and brings no person or group into existence); it is counted, and
    /// `lines` gives the file lines of the first few such rows (their
    /// indices, increasing) for the diagnostics.
    pub fn add<'a, P, G, N, L>(
        &mut self,
        n: usize,
        person: P,
        group: G,
        name: N,
        lines: L,
    ) -> Result<(), LoadError>
    where
        P: Fn(usize) -> Option<&'a str> + Sync,
        G: Fn(usize) -> Option<&'a str> + Sync,
        N: Fn(usize) -> Option<&'a str> + Sync,
        L: FnOnce(&[usize]) -> Vec<u64>,
    {
        let blank = |v: Option<&str>| v.is_none_or(|v| identity::trim(v).is_empty());
        let only_addresses = self.addresses_if_most && {
            // Most of the first values are addresses.
            let sample: Vec<bool> = (0..n)
                .filter_map(|i| identity::normalise(person(i)?))
                .take(ADDRESS_SAMPLE)
                .map(|v| identity::is_email(&v))
                .collect();
            sample.iter().filter(|&&a| a).count() * 2 > sample.len()
        };
        let gids = self
            .groups
            .intern_repeated(n, |i| if blank(person(i)) { None } else { group(i) })
            .map_err(too_many)?;
        let pids = self
            .persons
            .intern_all(
                n,
                |i| if gids[i] == EMPTY { None } else { person(i) },
                self.fold_gmail,
                only_addresses,
            )
            .map_err(too_many)?;
        let ok = |i: usize| pids[i] < NOT_ADDRESS && gids[i] != EMPTY;
        // Memberships, display names and Gmail foldings of the kept rows,
        // in parallel and in row order.
        let kept: Vec<(u32, u32)> = (0..n)
            .into_par_iter()
            .filter(|&i| ok(i))
            .map(|i| (pids[i], gids[i]))
            .collect();
        self.diag.kept += kept.len() as u64;
        self.pairs.extend_from_slice(&kept);
        drop(kept);
        let names: Vec<(u32, String)> = (0..n)
            .into_par_iter()
            .filter(|&i| ok(i))
            .filter_map(|i| {
                let shown = name(i).or_else(|| identity::display_name(person(i)?))?;
                let shown = identity::clean(shown.trim());
                (!shown.is_empty()).then(|| (pids[i], shown.into_owned()))
            })
            .collect();
        self.names.extend(names);
        // Values that held characters no report can carry: persons and
        // groups noted while interning, display names here; each distinct
        // value once.
        let mut dirty: Vec<String> = self.persons.take_dirty();
        dirty.extend(self.groups.take_dirty());
        dirty.extend(
            (0..n)
                .into_par_iter()
                .filter(|&i| ok(i))
                .filter_map(|i| name(i).filter(|v| identity::has_forbidden(v)))
                .map(String::from)
                .collect::<Vec<String>>(),
        );
        dirty.sort_unstable();
        dirty.dedup();
        self.diag.control_characters += dirty.len() as u64;
        if self.fold_gmail {
            for i in (0..n).filter(|&i| ok(i)) {
                let raw = person(i).unwrap_or_default();
                if let Some(plain) = identity::normalise(raw) {
                    if let Some(folded) = identity::fold_gmail(&plain) {
                        self.folds.insert(plain.into_owned(), folded);
                    }
                }
            }
        }
        let mut first_skipped = Vec::new();
        for i in (0..n).filter(|&i| !ok(i)) {
            // A row of empty values (a blank line, which polars reads as
            // a row of nulls) is not a row: the csv crate skips them too.
            if blank(person(i)) && blank(group(i)) && blank(name(i)) {
                self.diag.rows = self.diag.rows.saturating_sub(1);
                continue;
            }
            if pids[i] == NOT_ADDRESS {
                self.diag.skipped_not_an_address += 1;
            } else if blank(person(i)) || (gids[i] != EMPTY && pids[i] == EMPTY) {
                self.diag.skipped_empty_person += 1;
            } else {
                self.diag.skipped_empty_group += 1;
            }
            if first_skipped.len() < SKIPPED_LINES_SHOWN {
                first_skipped.push(i);
            }
        }
        if !first_skipped.is_empty() {
            for line in lines(&first_skipped) {
                if self.diag.skipped_lines.len() < SKIPPED_LINES_SHOWN {
                    self.diag.skipped_lines.push(line);
                }
            }
        }
        Ok(())
    }

    /// A role of `person` in `group` (raw values, as read).
    pub fn role(&mut self, person: &str, group: &str, role: Role) {
        self.role_at(person, group, role, None);
    }

    /// A role read on `line` of a file made of lines: a row naming an
    /// unknown group is then warned about with its line.
    pub fn role_at(&mut self, person: &str, group: &str, role: Role, line: Option<u64>) {
        if identity::trim(person).is_empty() || identity::trim(group).is_empty() {
            return;
        }
        self.diag.roles.add(role);
        self.roles.push(RawRole {
            person: person.to_string(),
            group: group.to_string(),
            role,
            file: self.done.len(),
            line,
        });
    }

    /// What an export says of a group besides its members.
    pub fn describe_group(
        &mut self,
        group: &str,
        category: Option<&str>,
        territory: Option<&str>,
        description: Option<&str>,
    ) {
        self.describe(DescriptionRow {
            group,
            category,
            territory,
            description,
            ..DescriptionRow::default()
        });
    }

    /// What a group-descriptions file (or an export) says of a group.
    pub fn describe(&mut self, row: DescriptionRow) {
        let text = |v: Option<&str>| {
            v.map(|v| identity::clean(v.trim()).into_owned())
                .filter(|v| !v.is_empty())
        };
        let facilitators = row
            .facilitators
            .unwrap_or_default()
            .split(';')
            .map(|p| identity::clean(p.trim()).into_owned())
            .filter(|p| !p.is_empty())
            .collect();
        self.descriptions.push(RawDescription {
            group: row.group.to_string(),
            category: text(row.category),
            territory: text(row.territory),
            description: text(row.description),
            facilitators,
            file: self.done.len(),
            line: row.line,
        });
    }

    /// The memberships read, with roles and descriptions resolved to ids.
    /// Descriptions and roles naming a group no member list has are left
    /// out (warned about when their line is known); two categories for one
    /// group, or a `--facilitators-group` naming no group, are errors.
    pub fn finish(mut self) -> Result<Memberships, LoadError> {
        let (persons, person_id) = self.persons.finish();
        let (groups, group_id) = self.groups.finish();
        let mut pairs: Vec<(u32, u32)> = self
            .pairs
            .par_iter()
            .map(|&(p, g)| (person_id(p), group_id(g)))
            .collect();
        let mut display_names: Vec<(u32, String)> = self
            .names
            .into_iter()
            // A name typed over two lines of a cell is one name.
            .map(|(p, n)| {
                (
                    person_id(p),
                    n.split_whitespace().collect::<Vec<_>>().join(" "),
                )
            })
            .collect();
        let (persons, groups) = keep_members(persons, groups, &mut pairs, &mut display_names);
        let group_of = |raw: &str| group_named(&groups, raw);
        // Every person the roles and descriptions may name, looked up at
        // once (see `NameTable::find_all`).
        let mut asked: Vec<String> = Vec::new();
        for r in &self.roles {
            asked.extend(identity::key(&r.person, self.fold_gmail).map(|k| k.into_owned()));
        }
        for d in &self.descriptions {
            for piece in &d.facilitators {
                asked.extend(facilitator_candidates(piece, self.fold_gmail));
            }
        }
        let asked_refs: Vec<&str> = asked.iter().map(String::as_str).collect();
        let found = persons.find_all(&asked_refs);
        let find = |key: &str| found.get(key).copied();
        let mut outsiders = NameTable::new();
        let mut roles = Vec::with_capacity(self.roles.len());
        let mut unknown = UnknownGroups::default();
        for r in &self.roles {
            let Some(group) = group_of(&r.group) else {
                self.done[r.file].roles_dropped += 1;
                if let Some(line) = r.line {
                    unknown.note(&mut self.done[r.file], line, &r.group);
                }
                continue;
            };
            let Some(key) = identity::key(&r.person, self.fold_gmail) else {
                continue;
            };
            let person = match find(&key) {
                Some(p) => PersonRef::Member(p),
                None => PersonRef::Outsider(outsiders.intern(&key)),
            };
            roles.push(RoleRecord {
                person,
                group,
                role: r.role,
            });
        }
        // Descriptions, merged per group: the first category, territory and
        // description given, every facilitator named.
        // Per group: its description so far, and where its category was
        // given (file, line).
        type At = Option<(usize, Option<u64>)>;
        let mut merged: BTreeMap<u32, (GroupDescription, At)> = BTreeMap::new();
        for d in std::mem::take(&mut self.descriptions) {
            let Some(group) = group_of(&d.group) else {
                if let Some(line) = d.line {
                    unknown.note(&mut self.done[d.file], line, &d.group);
                }
                continue;
            };
            if d.line.is_some() {
                self.done[d.file].groups_described += 1;
            }
            let (m, category_at) = merged.entry(group).or_insert_with(|| {
                (
                    GroupDescription {
                        group,
                        ..GroupDescription::default()
                    },
                    None,
                )
            });
            match (&m.category, &d.category, *category_at) {
                (Some(a), Some(b), Some(at)) if a != b => {
                    let place = |(file, line): (usize, Option<u64>)| {
                        let f = &self.done[file].file;
                        line.map_or_else(|| f.clone(), |l| format!("{f}:{l}"))
                    };
                    return Err(LoadError::TwoCategories(Box::new(
                        super::error::CategoryClash {
                            group: groups.get(group).to_string(),
                            first: place(at),
                            second: place((d.file, d.line)),
                            a: a.clone(),
                            b: b.clone(),
                            lang: self.lang,
                        },
                    )));
                }
                (None, Some(_), _) => {
                    m.category = d.category.clone();
                    *category_at = Some((d.file, d.line));
                }
                _ => {}
            }
            if m.territory.is_none() {
                m.territory = d.territory;
            }
            if m.description.is_none() {
                m.description = d.description;
            }
            for piece in &d.facilitators {
                for key in facilitator_keys(piece, &find, self.fold_gmail) {
                    let person = match find(&key) {
                        Some(p) => PersonRef::Member(p),
                        None => PersonRef::Outsider(outsiders.intern(&key)),
                    };
                    self.done[d.file].roles.add(Role::Facilitator);
                    roles.push(RoleRecord {
                        person,
                        group,
                        role: Role::Facilitator,
                    });
                    if !m.facilitators.contains(&key) {
                        m.facilitators.push(key);
                    }
                }
            }
        }
        unknown.finish(&mut self.done);
        roles.sort_unstable();
        roles.dedup();
        let descriptions = merged.into_values().map(|(d, _)| d).collect();
        let facilitators_group = match &self.facilitators_group {
            None => None,
            Some(name) => {
                Some(
                    group_of(name).ok_or_else(|| LoadError::UnknownFacilitatorsGroup {
                        name: name.clone(),
                        lang: self.lang,
                    })?,
                )
            }
        };
        Ok(Memberships {
            persons,
            groups,
            pairs,
            roles,
            outsiders,
            descriptions,
            facilitators_group,
            renamed_from: self.renamed_from,
            input: InputReport {
                files: self.done,
                display_names,
                address_folds: self.folds.into_iter().collect(),
                not_read: self.not_read,
                privacy: Default::default(),
            },
        })
    }
}

/// The group a raw name from a descriptions or roles file stands for: the
/// same normalisation as group names everywhere. A name a spreadsheet
/// protected against formulas (`'=Vélo`, as maillage writes it in CSV)
/// is also found without its quote.
fn group_named(groups: &NameTable, raw: &str) -> Option<u32> {
    let g = identity::normalise(raw)?;
    groups.find(&g).or_else(|| {
        let rest = g.strip_prefix('\'')?;
        matches!(rest.chars().next(), Some('=' | '+' | '-' | '@'))
            .then(|| groups.find(rest))
            .flatten()
    })
}

/// The persons a piece of a facilitators cell (cut on `;`) names: the
/// whole piece when it is a person of the member lists (`Anne Martin`,
/// `Martin, Anne`), else its parts cut on commas and spaces
/// (`a@x.org, b@x.org c@x.org`).
fn facilitator_keys(
    piece: &str,
    find: &impl Fn(&str) -> Option<u32>,
    fold_gmail: bool,
) -> Vec<String> {
    let whole = identity::key(piece, fold_gmail);
    if let Some(k) = &whole {
        if find(k).is_some() || !piece.contains(cuts) {
            return vec![k.to_string()];
        }
    }
    split_keys(piece, fold_gmail).collect()
}

/// Where a facilitators' piece is cut when it is not one person.
fn cuts(c: char) -> bool {
    c == ',' || c.is_whitespace()
}

/// The pieces of a facilitators' cell cut on commas and spaces, as keys.
fn split_keys(piece: &str, fold_gmail: bool) -> impl Iterator<Item = String> + '_ {
    piece
        .split(cuts)
        .filter_map(move |p| identity::key(p, fold_gmail).map(|k| k.into_owned()))
}

/// Every key [`facilitator_keys`] may look up for `piece`: the whole, and
/// its pieces when it has commas or spaces.
fn facilitator_candidates(piece: &str, fold_gmail: bool) -> Vec<String> {
    let mut keys: Vec<String> = identity::key(piece, fold_gmail)
        .map(|k| k.into_owned())
        .into_iter()
        .collect();
    if piece.contains(cuts) {
        keys.extend(split_keys(piece, fold_gmail));
    }
    keys
}

/// Rows naming unknown groups, per file: the first few as notices, the
/// number of the others.
#[derive(Default)]
struct UnknownGroups {
    /// (file's diagnostics, rows noted), by file label.
    noted: BTreeMap<String, u64>,
}

impl UnknownGroups {
    fn note(&mut self, file: &mut FileDiagnostics, line: u64, group: &str) {
        let n = self.noted.entry(file.file.clone()).or_default();
        *n += 1;
        if *n as usize <= UNKNOWN_GROUPS_SHOWN {
            file.notices.push(Notice::UnknownGroup {
                line,
                group: identity::clean(group.trim()).into_owned(),
            });
        }
    }

    fn finish(self, files: &mut [FileDiagnostics]) {
        for f in files {
            if let Some(&n) = self.noted.get(&f.file) {
                if n as usize > UNKNOWN_GROUPS_SHOWN {
                    f.notices.push(Notice::MoreUnknownGroups {
                        rows: n - UNKNOWN_GROUPS_SHOWN as u64,
                    });
                }
            }
        }
    }
}

/// Only names with a membership: a row can name a group (or a person)
/// and still give no membership, when its other value turned out unusable
/// (a person that is not an address, a value of control characters only).
/// The tables are rebuilt, and ids renumbered, only when that happened.
fn keep_members(
    persons: NameTable,
    groups: NameTable,
    pairs: &mut [(u32, u32)],
    names: &mut Vec<(u32, String)>,
) -> (NameTable, NameTable) {
    let mut person_used = vec![false; persons.len()];
    let mut group_used = vec![false; groups.len()];
    for &(p, g) in pairs.iter() {
        person_used[p as usize] = true;
        group_used[g as usize] = true;
    }
    // New ids in the old order, and the old ids kept.
    let renumber = |used: &[bool]| -> Option<(Vec<u32>, Vec<u32>)> {
        if used.iter().all(|&u| u) {
            return None;
        }
        let mut new_id = vec![u32::MAX; used.len()];
        let mut kept = Vec::new();
        for (old, &u) in used.iter().enumerate() {
            if u {
                new_id[old] = kept.len() as u32;
                kept.push(old as u32);
            }
        }
        Some((new_id, kept))
    };
    let persons = match renumber(&person_used) {
        None => persons,
        Some((new_id, kept)) => {
            for pair in pairs.iter_mut() {
                pair.0 = new_id[pair.0 as usize];
            }
            names.retain_mut(|(p, _)| {
                *p = new_id[*p as usize];
                *p != u32::MAX
            });
            persons.reordered(&kept)
        }
    };
    let groups = match renumber(&group_used) {
        None => groups,
        Some((new_id, kept)) => {
            for pair in pairs.iter_mut() {
                pair.1 = new_id[pair.1 as usize];
            }
            groups.reordered(&kept)
        }
    };
    (persons, groups)
}

fn too_many(_: intern::TooManyNames) -> LoadError {
    LoadError::TooManyNames
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(p: &str, g: &str, line: u64) -> Row {
        Row {
            person: p.into(),
            group: g.into(),
            name: None,
            line,
        }
    }

    #[test]
    fn roles_resolve_to_members_outsiders_or_are_dropped() {
        let mut s = Sink::new(false);
        s.start(FileDiagnostics::default());
        s.add_rows(&[row("a@x.fr", "Vélo", 2), row("b@x.fr", "Bio", 3)])
            .unwrap();
        s.role(" A@X.fr ", "Vélo", Role::Owner);
        s.role("z@x.fr", "Bio", Role::Moderator);
        s.role("a@x.fr", "Nowhere", Role::Owner);
        s.role("", "Bio", Role::Owner);
        s.end();
        let m = s.finish().unwrap();
        let velo = m.groups.find("Vélo").unwrap();
        let bio = m.groups.find("Bio").unwrap();
        let a = m.persons.find("a@x.fr").unwrap();
        assert_eq!(m.roles.len(), 2);
        assert!(m.roles.contains(&RoleRecord {
            person: PersonRef::Member(a),
            group: velo,
            role: Role::Owner
        }));
        assert!(m.roles.contains(&RoleRecord {
            person: PersonRef::Outsider(0),
            group: bio,
            role: Role::Moderator
        }));
        assert_eq!(m.outsiders.get(0), "z@x.fr");
        let d = &m.input.files[0];
        assert_eq!((d.roles.owners, d.roles.moderators), (2, 1));
        assert_eq!(d.roles_dropped, 1);
    }

    #[test]
    fn skipped_rows_are_counted_with_their_lines() {
        let mut s = Sink::new(false);
        s.start(FileDiagnostics::default());
        s.add_rows(&[
            row("a@x.fr", "V", 2),
            row(" ", "V", 5),
            row("b@x.fr", "", 9),
        ])
        .unwrap();
        let d = s.end().clone();
        assert_eq!(
            (d.kept, d.skipped_empty_person, d.skipped_empty_group),
            (1, 1, 1)
        );
        assert_eq!(d.skipped_lines, [5, 9]);
        assert_eq!(d.skipped, 2);
    }

    #[test]
    fn names_without_a_membership_are_left_out() {
        let mut s = Sink::new(false);
        s.start(FileDiagnostics::default());
        s.addresses_if_most = true;
        // "Jean Dupont" is not an address: his row gives no membership,
        // and its group "Seul" has no other member.
        s.add_rows(&[
            row("a@x.fr", "V", 2),
            row("b@x.fr", "V", 3),
            row("Jean Dupont", "Seul", 4),
            Row {
                name: Some("Bob".into()),
                ..row("b@x.fr", "W", 5)
            },
        ])
        .unwrap();
        let d = s.end().clone();
        assert_eq!((d.kept, d.skipped_not_an_address), (3, 1));
        assert_eq!(d.skipped_lines, [4]);
        let m = s.finish().unwrap();
        let mut groups: Vec<&str> = m.groups.iter().map(|(_, n)| n).collect();
        let mut persons: Vec<&str> = m.persons.iter().map(|(_, n)| n).collect();
        groups.sort_unstable();
        persons.sort_unstable();
        assert_eq!(groups, ["V", "W"]);
        assert_eq!(persons, ["a@x.fr", "b@x.fr"]);
        let pairs: Vec<(&str, &str)> = m
            .pairs
            .iter()
            .map(|&(p, g)| (m.persons.get(p), m.groups.get(g)))
            .collect();
        assert_eq!(pairs, [("a@x.fr", "V"), ("b@x.fr", "V"), ("b@x.fr", "W")]);
        assert_eq!(m.persons.get(m.input.display_names[0].0), "b@x.fr");
    }

    #[test]
    fn control_characters_are_cleaned_and_counted() {
        let mut s = Sink::new(false);
        s.start(FileDiagnostics::default());
        s.add_rows(&[
            row("a@x.fr", "Vélo\u{b}club", 2),
            row("b\u{1}@x.fr", "Bio", 3),
            row("c@x.fr", "Bio", 4),
        ])
        .unwrap();
        s.end();
        let m = s.finish().unwrap();
        assert_eq!(m.input.files[0].control_characters, 2);
        assert!(m.groups.find("Vélo club").is_some());
        assert!(m.persons.find("b@x.fr").is_some());
    }
}
