//! Interned names shared by every stage: persons and groups are `u32` ids,
//! their names live once in an arena. Hot loops only ever see the ids.

use hashbrown::HashTable;
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

/// An append-only set of strings, each given a dense `u32` id in order of
/// first insertion. Names are stored back to back in one `String`, so ten
/// million names cost their bytes plus 8 bytes each, not a heap allocation
/// each. The hash index is built when first needed: a table assembled by
/// [`NameTable::concat`] and only read by id never pays for it.
#[derive(Default, Clone)]
pub struct NameTable {
    text: String,
    ends: Vec<usize>,
    index: OnceLock<HashTable<u32>>,
}

/// Fixed-seed hasher: the same name hashes the same way on every run, which
/// keeps every downstream order reproducible.
pub(crate) fn hash_name(s: &str) -> u64 {
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write(s.as_bytes());
    h.finish()
}

/// Name `i` of an arena.
#[inline]
fn name_at<'a>(text: &'a str, ends: &[usize], i: u32) -> &'a str {
    let i = i as usize;
    let start = if i == 0 { 0 } else { ends[i - 1] };
    &text[start..ends[i]]
}

fn build_index(text: &str, ends: &[usize]) -> HashTable<u32> {
    let mut t = HashTable::with_capacity(ends.len());
    for i in 0..ends.len() as u32 {
        t.insert_unique(hash_name(name_at(text, ends, i)), i, |&id| {
            hash_name(name_at(text, ends, id))
        });
    }
    t
}

impl NameTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The name of id `i`.
    #[inline]
    pub fn get(&self, i: u32) -> &str {
        name_at(&self.text, &self.ends, i)
    }

    /// The id of `name`, if present.
    pub fn find(&self, name: &str) -> Option<u32> {
        let index = self
            .index
            .get_or_init(|| build_index(&self.text, &self.ends));
        index
            .find(hash_name(name), |&id| self.get(id) == name)
            .copied()
    }

    /// The ids of those of `wanted` in the table. Without an index yet,
    /// every name of the table is looked up among the wanted ones, in
    /// parallel, and no index is built: a few hundred thousand names
    /// looked up among millions (the facilitators of group descriptions)
    /// cost an index of the millions otherwise, built on one thread.
    pub fn find_all<'a>(&self, wanted: &[&'a str]) -> rustc_hash::FxHashMap<&'a str, u32> {
        use rayon::prelude::*;
        if let Some(index) = self.index.get() {
            return wanted
                .iter()
                .filter_map(|&w| {
                    index
                        .find(hash_name(w), |&id| self.get(id) == w)
                        .map(|&id| (w, id))
                })
                .collect();
        }
        let set: rustc_hash::FxHashSet<&'a str> = wanted.iter().copied().collect();
        if set.is_empty() {
            return Default::default();
        }
        let found: Vec<u32> = (0..self.len() as u32)
            .into_par_iter()
            .with_min_len(1 << 14)
            .filter(|&i| set.contains(self.get(i)))
            .collect();
        found
            .into_iter()
            .map(|id| (*set.get(self.get(id)).expect("found in the set"), id))
            .collect()
    }

    /// The id of `name`, inserting it if new.
    pub fn intern(&mut self, name: &str) -> u32 {
        self.intern_hashed(name, hash_name(name))
    }

    /// Makes room for `additional` more names without growing the index:
    /// growing re-hashes every name already in, reading each from the
    /// arena (with millions of names, a cache miss each).
    pub(crate) fn reserve(&mut self, additional: usize) {
        if self.index.get().is_none() {
            let built = build_index(&self.text, &self.ends);
            let _ = self.index.set(built);
        }
        let Self { text, ends, index } = self;
        let table = index.get_mut().expect("index was just built");
        ends.reserve(additional);
        let (text, ends) = (&*text, &*ends);
        table.reserve(additional, |&id| hash_name(name_at(text, ends, id)));
    }

    /// [`NameTable::intern`] with the name's hash already computed by
    /// `hash_name` (the parallel loader hashes each value once).
    pub(crate) fn intern_hashed(&mut self, name: &str, h: u64) -> u32 {
        if self.index.get().is_none() {
            let built = build_index(&self.text, &self.ends);
            let _ = self.index.set(built);
        }
        let Self { text, ends, index } = self;
        let table = index.get_mut().expect("index was just built");
        if let Some(&id) = table.find(h, |&id| name_at(text, ends, id) == name) {
            return id;
        }
        let id = u32::try_from(ends.len()).expect("more than 4 billion distinct names");
        text.push_str(name);
        ends.push(text.len());
        let (text, ends) = (&*text, &*ends);
        table.insert_unique(h, id, |&id| hash_name(name_at(text, ends, id)));
        id
    }

    /// One table holding the names of `parts` back to back: the names of
    /// part k get ids `offset_k + local id`, where `offset_k` is the total
    /// length of the parts before it. Names must be distinct across parts.
    pub fn concat(parts: Vec<NameTable>) -> NameTable {
        let total: usize = parts.iter().map(NameTable::len).sum();
        let bytes: usize = parts.iter().map(|p| p.text.len()).sum();
        let mut text = String::with_capacity(bytes);
        let mut ends = Vec::with_capacity(total);
        for part in parts {
            let base = text.len();
            text.push_str(&part.text);
            ends.extend(part.ends.iter().map(|e| e + base));
        }
        NameTable {
            text,
            ends,
            index: OnceLock::new(),
        }
    }

    /// Iterates over `(id, name)` in id order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        (0..self.len() as u32).map(move |i| (i, self.get(i)))
    }

    /// A table of `names`, which must be distinct, with ids in the order
    /// given (the index is built when first needed).
    pub fn from_distinct<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> NameTable {
        let mut text = String::new();
        let mut ends = Vec::new();
        for name in names {
            text.push_str(name.as_ref());
            ends.push(text.len());
        }
        NameTable {
            text,
            ends,
            index: OnceLock::new(),
        }
    }

    /// A new table holding the same names in the order given by `order`
    /// (`order[new] = old`).
    pub fn reordered(&self, order: &[u32]) -> NameTable {
        let mut text = String::with_capacity(self.text.len());
        let mut ends = Vec::with_capacity(order.len());
        for &old in order {
            text.push_str(self.get(old));
            ends.push(text.len());
        }
        NameTable {
            text,
            ends,
            index: OnceLock::new(),
        }
    }
}

impl std::fmt::Debug for NameTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter().map(|(_, n)| n)).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_at_once_with_or_without_an_index() {
        let mut parts = [NameTable::new(), NameTable::new()];
        for n in ["ann", "bob"] {
            parts[0].intern(n);
        }
        for n in ["cat", "dan"] {
            parts[1].intern(n);
        }
        // Assembled from parts, as the loader does: no index yet.
        let t = NameTable::concat(parts.into());
        let wanted = ["dan", "eve", "ann", "dan", ""];
        let expect: rustc_hash::FxHashMap<&str, u32> =
            [("dan", 3), ("ann", 0)].into_iter().collect();
        // Without an index: one pass over the table, none built.
        assert_eq!(t.find_all(&wanted), expect);
        assert!(t.index.get().is_none());
        assert!(t.find_all(&[]).is_empty());
        // With one: looked up in it.
        assert_eq!(t.find("bob"), Some(1));
        assert_eq!(t.find_all(&wanted), expect);
    }

    #[test]
    fn interning_gives_dense_ids_in_first_seen_order() {
        let mut t = NameTable::new();
        assert_eq!(t.intern("b"), 0);
        assert_eq!(t.intern("a"), 1);
        assert_eq!(t.intern("b"), 0);
        assert_eq!(t.intern(""), 2);
        assert_eq!(t.len(), 3);
        assert_eq!(t.get(1), "a");
        assert_eq!(t.get(2), "");
        assert_eq!(t.find("a"), Some(1));
        assert_eq!(t.find("z"), None);
    }

    #[test]
    fn concatenated_tables_offset_the_ids() {
        let mut a = NameTable::new();
        a.intern("x");
        a.intern("y");
        let mut b = NameTable::new();
        b.intern("z");
        let c = NameTable::concat(vec![a, NameTable::new(), b]);
        assert_eq!(c.len(), 3);
        assert_eq!(c.get(2), "z");
        assert_eq!(c.find("y"), Some(1));
        assert_eq!(c.find("z"), Some(2));
    }

    #[test]
    fn reordering_keeps_names_and_lookup() {
        let mut t = NameTable::new();
        for n in ["x", "y", "z"] {
            t.intern(n);
        }
        let r = t.reordered(&[2, 0, 1]);
        assert_eq!(r.get(0), "z");
        assert_eq!(r.find("y"), Some(2));
    }
}
