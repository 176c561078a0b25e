//! Possible duplicates: people who share a display name (folded: case,
//! accents, punctuation and word order ignored) but not an address. They
//! are listed for a human to decide, never merged: two Marie Martin can be
//! two people.

use crate::identity::{fold_name, is_email};
use crate::names::NameTable;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One display name shared by several people.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PossibleDuplicate {
    /// The name as first written in the files.
    pub name: String,
    /// The people's identifiers (addresses), in name order.
    pub persons: Vec<String>,
}

/// Names (`(person id, display name)`, as read) shared by two or more
/// persons, ordered by folded name. A name that is itself an address, or
/// has no letter or digit, is ignored.
pub fn possible_duplicates(names: &[(u32, String)], persons: &NameTable) -> Vec<PossibleDuplicate> {
    let mut by_name: BTreeMap<String, (&str, BTreeSet<u32>)> = BTreeMap::new();
    for (p, name) in names {
        if is_email(name.trim()) {
            continue;
        }
        let folded = fold_name(name);
        if folded.is_empty() {
            continue;
        }
        by_name
            .entry(folded)
            .or_insert_with(|| (name.as_str(), BTreeSet::new()))
            .1
            .insert(*p);
    }
    by_name
        .into_values()
        .filter(|(_, ps)| ps.len() >= 2)
        .map(|(name, ps)| {
            let mut persons: Vec<String> = ps.iter().map(|&p| persons.get(p).to_string()).collect();
            persons.sort();
            PossibleDuplicate {
                name: name.to_string(),
                persons,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_folded_name_different_addresses_are_listed() {
        let mut t = NameTable::new();
        let a = t.intern("alice@x.fr");
        let b = t.intern("amartin@y.org");
        let c = t.intern("bob@x.fr");
        let names = vec![
            (a, "Alice Martin".to_string()),
            (b, "MARTIN, Alice".to_string()),
            (a, "alice martin".to_string()),
            (c, "Bob".to_string()),
            (c, "bob@x.fr".to_string()),
        ];
        let d = possible_duplicates(&names, &t);
        assert_eq!(
            d,
            [PossibleDuplicate {
                name: "Alice Martin".into(),
                persons: vec!["alice@x.fr".into(), "amartin@y.org".into()],
            }]
        );
        // One person under one name twice is not a duplicate.
        assert!(possible_duplicates(&names[..1], &t).is_empty());
        assert!(possible_duplicates(&[(a, "A".into()), (a, "a".into())], &t).is_empty());
    }
}
