//! Load stage, parallel interning: turns a column of millions of raw values
//! into name ids on every core. Values are normalised and hashed in
//! parallel; names are split by hash into shards, each thread interning
//! the rows of its own shards; [`ShardedNames::finish`] lays the shards out as one
//! [`NameTable`]. Until then an id is `shard << LOCAL_BITS | local id`.

use crate::identity::{is_email, key, key_flagged};
use crate::names::{hash_name, NameTable};
use rayon::prelude::*;

use std::sync::atomic::{AtomicU32, Ordering};

const SHARD_BITS: u32 = 6;
const SHARDS: usize = 1 << SHARD_BITS;
const LOCAL_BITS: u32 = 32 - SHARD_BITS;
const LOCAL_MASK: u32 = (1 << LOCAL_BITS) - 1;

/// Id given to an empty value (after trimming).
pub const EMPTY: u32 = u32::MAX;

/// Id given to a value that is not an address, when only addresses are
/// taken (see [`ShardedNames::intern_all`]).
pub const NOT_ADDRESS: u32 = u32::MAX - 1;

/// More distinct names than ids can number (about four billion).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyNames;

/// The sharded id of name `local` of shard `shard`, unless it would not
/// fit or would be one of the markers ([`EMPTY`], [`NOT_ADDRESS`]).
fn sharded_id(shard: usize, local: u32) -> Option<u32> {
    (local <= LOCAL_MASK)
        .then_some((shard as u32) << LOCAL_BITS | local)
        .filter(|&id| id < NOT_ADDRESS)
}

/// A value after normalising: its hash, or why it has none.
#[derive(Clone, Copy)]
enum Hashed {
    Name(u64),
    Empty,
    NotAddress,
}

/// Names interned in shards; see the module documentation.
pub struct ShardedNames {
    shards: Vec<NameTable>,
    /// Raw values seen that held characters no report can carry (cleaned
    /// by the identity rules), for the diagnostics; taken by
    /// [`ShardedNames::take_dirty`].
    dirty: Vec<String>,
}

impl Default for ShardedNames {
    fn default() -> Self {
        ShardedNames {
            shards: (0..SHARDS).map(|_| NameTable::new()).collect(),
            dirty: Vec::new(),
        }
    }
}

/// The shard of a hash: middle bits, because hashbrown uses the low bits
/// for the bucket and the top 7 bits as a tag; sharding on the top bits
/// would leave every name of a shard with nearly the same tag.
fn shard_of(h: u64) -> usize {
    ((h >> 32) & (SHARDS as u64 - 1)) as usize
}

impl ShardedNames {
    /// Interns the normalised form of `value(i)` for every row `i < n`
    /// (Gmail addresses folded if `fold_gmail`); returns the (sharded) id
    /// of each row, or [`EMPTY`], or, with `only_addresses`, [`NOT_ADDRESS`]
    /// for a value that is not an email address.
    pub fn intern_all<'a, F>(
        &mut self,
        n: usize,
        value: F,
        fold_gmail: bool,
        only_addresses: bool,
    ) -> Result<Vec<u32>, TooManyNames>
    where
        F: Fn(usize) -> Option<&'a str> + Sync,
    {
        // 1. Normalise and hash every value, in parallel; note the values
        //    that held characters no report can carry.
        let dirty = std::sync::Mutex::new(Vec::new());
        let hashes: Vec<Hashed> = (0..n)
            .into_par_iter()
            .map(|i| {
                let raw = value(i);
                let (k, cleaned) = raw.map_or((None, false), |v| key_flagged(v, fold_gmail));
                if cleaned {
                    let mut d = dirty
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    d.push(raw.unwrap_or_default().to_string());
                }
                match k {
                    None => Hashed::Empty,
                    Some(v) if only_addresses && !is_email(&v) => Hashed::NotAddress,
                    Some(v) => Hashed::Name(hash_name(&v)),
                }
            })
            .collect();
        self.dirty.extend(
            dirty
                .into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        // 2. Each thread owns a contiguous range of shards and scans every
        //    row in order, interning the rows of its shards: memory is read
        //    sequentially, and no two threads touch the same table.
        let ids: Vec<AtomicU32> = (0..n).map(|_| AtomicU32::new(EMPTY)).collect();
        // Each shard holds at most its rows' values: room for them up front
        // spares the tables their growing (at 10M rows, 0.3 s).
        let mut rows_per_shard = [0usize; SHARDS];
        for h in &hashes {
            if let Hashed::Name(h) = h {
                rows_per_shard[shard_of(*h)] += 1;
            }
        }
        let per_thread = SHARDS.div_ceil(rayon::current_num_threads().clamp(1, SHARDS));
        let full = std::sync::atomic::AtomicBool::new(false);
        self.shards
            .par_chunks_mut(per_thread)
            .enumerate()
            .for_each(|(t, tables)| {
                let first = t * per_thread;
                for (k, table) in tables.iter_mut().enumerate() {
                    table.reserve(rows_per_shard[first + k]);
                }
                for (i, h) in hashes.iter().enumerate() {
                    let h = match *h {
                        Hashed::Name(h) => h,
                        Hashed::Empty => continue,
                        Hashed::NotAddress => {
                            ids[i].store(NOT_ADDRESS, Ordering::Relaxed);
                            continue;
                        }
                    };
                    let s = shard_of(h);
                    if s < first || s >= first + tables.len() {
                        continue;
                    }
                    let v = value(i)
                        .and_then(|v| key(v, fold_gmail))
                        .expect("hashed values are not empty");
                    let local = tables[s - first].intern_hashed(&v, h);
                    match sharded_id(s, local) {
                        Some(id) => ids[i].store(id, Ordering::Relaxed),
                        None => {
                            full.store(true, Ordering::Relaxed);
                            return;
                        }
                    }
                }
            });
        if full.into_inner() {
            return Err(TooManyNames);
        }
        Ok(ids.into_iter().map(AtomicU32::into_inner).collect())
    }

    /// [`Self::intern_all`] for a column whose values repeat (the group
    /// column: at 10M rows, 100,000 distinct values): each share of rows
    /// first numbers its distinct raw values in a small table, and only
    /// those are normalised and interned, once per share instead of once
    /// per row.
    pub fn intern_repeated<'a, F>(&mut self, n: usize, value: F) -> Result<Vec<u32>, TooManyNames>
    where
        F: Fn(usize) -> Option<&'a str> + Sync,
    {
        let share = n.div_ceil(rayon::current_num_threads().max(1)).max(1);
        // 1. Per share: a local number for each row, and the distinct values.
        let shares: Vec<(Vec<u32>, Vec<&'a str>)> = (0..n)
            .step_by(share)
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|start| {
                let mut seen: hashbrown::HashMap<&'a str, u32> = hashbrown::HashMap::default();
                let mut distinct = Vec::new();
                let local = (start..(start + share).min(n))
                    .map(|i| match value(i) {
                        None => EMPTY,
                        Some(v) => *seen.entry(v).or_insert_with(|| {
                            distinct.push(v);
                            distinct.len() as u32 - 1
                        }),
                    })
                    .collect();
                (local, distinct)
            })
            .collect();
        // 2. The distinct values, interned.
        let distinct: Vec<&str> = shares.iter().flat_map(|s| s.1.iter().copied()).collect();
        let ids = self.intern_all(distinct.len(), |k| Some(distinct[k]), false, false)?;
        // 3. Rows: local numbers to ids.
        let mut out = Vec::with_capacity(n);
        let mut offset = 0;
        for (local, seen) in &shares {
            let ids = &ids[offset..offset + seen.len()];
            out.par_extend(
                local
                    .par_iter()
                    .map(|&l| if l == EMPTY { EMPTY } else { ids[l as usize] }),
            );
            offset += seen.len();
        }
        Ok(out)
    }

    /// The raw values interned since the last call that held characters
    /// no report can carry.
    pub fn take_dirty(&mut self) -> Vec<String> {
        std::mem::take(&mut self.dirty)
    }

    /// One name table for all shards, and the function from sharded ids to
    /// its ids.
    pub fn finish(self) -> (NameTable, impl Fn(u32) -> u32 + Sync) {
        let mut offset = [0u32; SHARDS];
        let mut total = 0u32;
        for (s, t) in self.shards.iter().enumerate() {
            offset[s] = total;
            total += t.len() as u32;
        }
        let table = NameTable::concat(self.shards);
        (table, move |id: u32| {
            offset[(id >> LOCAL_BITS) as usize] + (id & LOCAL_MASK)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_id_of_the_last_shard_is_not_the_empty_marker() {
        let last = SHARDS - 1;
        assert_eq!(sharded_id(last, LOCAL_MASK), None, "would be EMPTY");
        assert_eq!(
            sharded_id(last, LOCAL_MASK - 1),
            None,
            "would be NOT_ADDRESS"
        );
        assert_eq!(sharded_id(last, LOCAL_MASK - 2), Some(NOT_ADDRESS - 1));
        assert_eq!(
            sharded_id(0, LOCAL_MASK + 1),
            None,
            "would spill into the shard bits"
        );
        assert_eq!(sharded_id(0, LOCAL_MASK), Some(LOCAL_MASK));
        assert_eq!(sharded_id(3, 5), Some(3 << LOCAL_BITS | 5));
    }

    #[test]
    fn same_normalised_value_gets_one_id() {
        let values = ["a@x.org", " A@X.org", "", "b", "a@x.org", "  "];
        let mut names = ShardedNames::default();
        let ids = names
            .intern_all(values.len(), |i| Some(values[i]), false, false)
            .unwrap();
        assert_eq!(ids[0], ids[1]);
        assert_eq!(ids[0], ids[4]);
        assert_eq!(ids[2], EMPTY);
        assert_eq!(ids[5], EMPTY);
        let (table, remap) = names.finish();
        assert_eq!(table.len(), 2);
        assert_eq!(table.get(remap(ids[0])), "a@x.org");
        assert_eq!(table.get(remap(ids[3])), "b");
    }

    #[test]
    fn ids_are_stable_across_calls() {
        let mut names = ShardedNames::default();
        let a = names
            .intern_all(2, |i| Some(["x", "y"][i]), false, false)
            .unwrap();
        let b = names
            .intern_all(2, |i| Some(["y", "z"][i]), false, false)
            .unwrap();
        assert_eq!(a[1], b[0]);
        let (table, remap) = names.finish();
        assert_eq!(table.len(), 3);
        assert_eq!(table.get(remap(b[1])), "z");
        let many: Vec<String> = (0..10_000).map(|i| format!("p{i}@x.org")).collect();
        let mut names = ShardedNames::default();
        let ids = names
            .intern_all(many.len(), |i| Some(many[i].as_str()), false, false)
            .unwrap();
        let (table, remap) = names.finish();
        assert_eq!(table.len(), 10_000);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(table.get(remap(*id)), many[i]);
        }
    }

    #[test]
    fn repeated_values_get_the_ids_intern_all_gives() {
        let values: Vec<Option<&str>> = (0..50_000)
            .map(|i| match i % 7 {
                0 => None,
                1 => Some("  "),
                2 => Some(" G-1 "),
                _ => Some(["G-1", "g-2", "Vélo", "ve\u{301}lo"][i % 4]),
            })
            .collect();
        let mut a = ShardedNames::default();
        let by_row = a
            .intern_all(values.len(), |i| values[i], false, false)
            .unwrap();
        let mut b = ShardedNames::default();
        let repeated = b.intern_repeated(values.len(), |i| values[i]).unwrap();
        let (ta, ra) = a.finish();
        let (tb, rb) = b.finish();
        let name = |t: &NameTable, r: &dyn Fn(u32) -> u32, id: u32| {
            (id != EMPTY).then(|| t.get(r(id)).to_string())
        };
        for i in 0..values.len() {
            assert_eq!(
                name(&ta, &ra, by_row[i]),
                name(&tb, &rb, repeated[i]),
                "row {i}"
            );
        }
        assert_eq!(tb.len(), ta.len());
        assert_eq!(tb.len(), 4); // G-1, g-2, Vélo, vélo (NFC; group names keep their case)
    }
}
