//! Group renamings across snapshots (`--rename OLD=NEW`): between the load
//! and the model stages, a group that changed its name keeps its history.
//! [`Renames`] is a map from old names to the name a group is reported by;
//! [`Renames::apply`] rewrites one snapshot's [`Memberships`].
//!
//! Built from `--rename` today; any other source of pairs (old, new), such
//! as a `renamed_from` column of the group descriptions file, feeds the
//! same map with [`Renames::add`].

use crate::identity;
use crate::lang::Lang;
use crate::memberships::Memberships;
use crate::names::NameTable;
use crate::t;
use std::collections::BTreeMap;

/// Old group names and the name each is reported by. Chains are followed
/// (`A=B` then `B=C` reports `A` as `C`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Renames {
    /// Old name -> newer name, as given (normalised like group names).
    map: BTreeMap<String, String>,
}

/// A renaming that cannot be applied. Worded by [`RenameError::describe`].
#[derive(Debug, PartialEq, Eq)]
pub enum RenameError {
    /// Not `OLD=NEW`.
    Syntax { given: String },
    /// `OLD` and `NEW` are one name.
    Same { old: String, new: String },
    /// One old name given two new names.
    Twice {
        old: String,
        first: String,
        second: String,
    },
    /// The renamings go round in a loop.
    Cycle { cycle: String },
    /// Two groups of one snapshot would take one name.
    Collision {
        snapshot: String,
        first: String,
        second: String,
        name: String,
    },
}

impl RenameError {
    /// What is wrong and what to do, in `l`.
    pub fn describe(&self, l: Lang) -> String {
        match self {
            RenameError::Syntax { given } => t!(l, "rename-syntax", given = given),
            RenameError::Same { old, new } => t!(l, "rename-same", old = old, new = new),
            RenameError::Twice { old, first, second } => {
                t!(l, "rename-twice", old = old, first = first, second = second)
            }
            RenameError::Cycle { cycle } => t!(l, "rename-cycle", cycle = cycle),
            RenameError::Collision {
                snapshot,
                first,
                second,
                name,
            } => t!(
                l,
                "rename-collision",
                snapshot = snapshot,
                first = first,
                second = second,
                name = name
            ),
        }
    }
}

impl std::fmt::Display for RenameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for RenameError {}

impl Renames {
    /// No renaming.
    pub fn new() -> Renames {
        Renames::default()
    }

    /// The renamings of `--rename OLD=NEW` arguments (names normalised as
    /// group names are: trimmed, Unicode NFC).
    pub fn parse<S: AsRef<str>>(args: &[S]) -> Result<Renames, RenameError> {
        let mut r = Renames::new();
        for a in args {
            let a = a.as_ref();
            let Some((old, new)) = a.split_once('=') else {
                return Err(RenameError::Syntax { given: a.into() });
            };
            r.add(old, new).map_err(|e| match e {
                RenameError::Syntax { .. } => RenameError::Syntax { given: a.into() },
                e => e,
            })?;
        }
        Ok(r)
    }

    /// Adds "the group called `old` is now called `new`". Checks that the
    /// map stays a set of chains: one new name per old name, no loop.
    pub fn add(&mut self, old: &str, new: &str) -> Result<(), RenameError> {
        let syntax = || RenameError::Syntax {
            given: format!("{old}={new}"),
        };
        let old = identity::normalise(old).ok_or_else(syntax)?.into_owned();
        let new = identity::normalise(new).ok_or_else(syntax)?.into_owned();
        if old == new {
            return Err(RenameError::Same { old, new });
        }
        if let Some(first) = self.map.get(&old) {
            if *first == new {
                return Ok(());
            }
            return Err(RenameError::Twice {
                old,
                first: first.clone(),
                second: new,
            });
        }
        // A loop would come back to `old` from `new`.
        let mut chain = vec![old.clone(), new.clone()];
        let mut at = new.clone();
        while let Some(next) = self.map.get(&at) {
            chain.push(next.clone());
            if *next == old {
                return Err(RenameError::Cycle {
                    cycle: chain.join(" → "),
                });
            }
            at = next.clone();
        }
        self.map.insert(old, new);
        Ok(())
    }

    /// No renaming given.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The name `name` is reported by: the end of its chain of renamings,
    /// or `name` itself.
    pub fn resolve<'a>(&'a self, name: &'a str) -> &'a str {
        let mut at = name;
        while let Some(next) = self.map.get(at) {
            at = next;
        }
        at
    }

    /// The renamings as given, `(old, new)`, in name order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map.iter().map(|(a, b)| (a.as_str(), b.as_str()))
    }

    /// Renames the groups of one snapshot (`snapshot` names it in errors):
    /// every group whose name has a renaming takes the name at the end of
    /// its chain. Returns the renamings applied, `(old, reported as)`, in
    /// name order. Two groups of one snapshot that would take one name are
    /// an error, not a silent merge. Cost: O(G) name lookups, and O(rows)
    /// to renumber the memberships when a group is renamed.
    pub fn apply(
        &self,
        m: &mut Memberships,
        snapshot: &str,
    ) -> Result<Vec<(String, String)>, RenameError> {
        if self.is_empty() || m.groups.iter().all(|(_, n)| self.resolve(n) == n) {
            return Ok(Vec::new());
        }
        let mut groups = NameTable::new();
        let mut new_id = Vec::with_capacity(m.groups.len());
        // The old group that took each new id.
        let mut first: Vec<u32> = Vec::with_capacity(m.groups.len());
        let mut applied = Vec::new();
        for (g, name) in m.groups.iter() {
            let to = self.resolve(name);
            let before = groups.len();
            let id = groups.intern(to);
            if groups.len() == before {
                let mut both = [m.groups.get(first[id as usize]), name];
                both.sort_unstable();
                return Err(RenameError::Collision {
                    snapshot: snapshot.to_string(),
                    first: both[0].to_string(),
                    second: both[1].to_string(),
                    name: to.to_string(),
                });
            }
            first.push(g);
            new_id.push(id);
            if to != name {
                applied.push((name.to_string(), to.to_string()));
            }
        }
        for pair in &mut m.pairs {
            pair.1 = new_id[pair.1 as usize];
        }
        for r in &mut m.roles {
            r.group = new_id[r.group as usize];
        }
        for d in &mut m.descriptions {
            d.group = new_id[d.group as usize];
        }
        m.groups = groups;
        applied.sort();
        Ok(applied)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(m: &Memberships) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = m
            .pairs
            .iter()
            .map(|&(p, g)| (m.persons.get(p).to_string(), m.groups.get(g).to_string()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn arguments_are_parsed_and_normalised() {
        let r = Renames::parse(&[" Velo = Vélo ", "Bio=Alimentation"]).unwrap();
        assert_eq!(
            r.pairs().collect::<Vec<_>>(),
            vec![("Bio", "Alimentation"), ("Velo", "Vélo")]
        );
        assert_eq!(r.resolve("Velo"), "Vélo");
        assert_eq!(r.resolve("Vélo"), "Vélo");
        assert!(matches!(
            Renames::parse(&["Velo"]),
            Err(RenameError::Syntax { .. })
        ));
        assert!(matches!(
            Renames::parse(&["=Velo"]),
            Err(RenameError::Syntax { .. })
        ));
        assert!(matches!(
            Renames::parse(&["A=A"]),
            Err(RenameError::Same { .. })
        ));
        assert!(matches!(
            Renames::parse(&["A=B", "A=C"]),
            Err(RenameError::Twice { .. })
        ));
        assert_eq!(Renames::parse(&["A=B", "A=B"]).unwrap().pairs().count(), 1);
    }

    #[test]
    fn chains_are_followed_and_loops_refused() {
        let r = Renames::parse(&["A=B", "B=C"]).unwrap();
        assert_eq!(r.resolve("A"), "C");
        assert_eq!(r.resolve("B"), "C");
        let e = Renames::parse(&["A=B", "B=C", "C=A"]).unwrap_err();
        assert_eq!(
            e,
            RenameError::Cycle {
                cycle: "C → A → B → C".into()
            }
        );
    }

    #[test]
    fn a_renamed_group_takes_its_new_name_and_keeps_its_members() {
        let mut m = Memberships::from_rows([("ann", "Velo"), ("bob", "Bio"), ("ann", "Bio")]);
        let r = Renames::parse(&["Velo=Vélo"]).unwrap();
        let applied = r.apply(&mut m, "2025").unwrap();
        assert_eq!(applied, vec![("Velo".to_string(), "Vélo".to_string())]);
        assert_eq!(m.groups.len(), 2);
        assert_eq!(
            rows(&m),
            vec![
                ("ann".into(), "Bio".into()),
                ("ann".into(), "Vélo".into()),
                ("bob".into(), "Bio".into())
            ]
        );
        // Nothing to rename: nothing changes.
        let before = rows(&m);
        assert!(r.apply(&mut m, "2025").unwrap().is_empty());
        assert_eq!(rows(&m), before);
    }

    #[test]
    fn two_groups_becoming_one_are_an_error() {
        let r = Renames::parse(&["Velo=Vélo"]).unwrap();
        let mut m = Memberships::from_rows([("ann", "Vélo"), ("bob", "Velo")]);
        let e = r.apply(&mut m, "2025-09").unwrap_err();
        assert_eq!(
            e,
            RenameError::Collision {
                snapshot: "2025-09".into(),
                first: "Velo".into(),
                second: "Vélo".into(),
                name: "Vélo".into()
            }
        );
        let r = Renames::parse(&["A=C", "B=C"]).unwrap();
        let mut m = Memberships::from_rows([("ann", "B"), ("bob", "A")]);
        let e = r.apply(&mut m, "x").unwrap_err();
        assert_eq!(
            e,
            RenameError::Collision {
                snapshot: "x".into(),
                first: "A".into(),
                second: "B".into(),
                name: "C".into()
            }
        );
        // One of them alone is renamed.
        let mut m = Memberships::from_rows([("ann", "A"), ("bob", "Z")]);
        assert_eq!(
            r.apply(&mut m, "x").unwrap(),
            vec![("A".to_string(), "C".to_string())]
        );
        assert_eq!(
            rows(&m),
            vec![("ann".into(), "C".into()), ("bob".into(), "Z".into())]
        );
    }
}
