//! Load stage, parallel interning: turns a column of millions of raw values
//! into name ids on every core. Values are normalised and hashed in
//! parallel; names are split by hash into shards, each thread interning
//! the rows of its own shards; [`ShardedNames::finish`] lays the shards out as one
//! [`NameTable`]. Until then an id is `shard << LOCAL_BITS | local id`.

use super::identity::key;
use crate::names::{hash_name, NameTable};
use rayon::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};

const SHARD_BITS: u32 = 6;
const SHARDS: usize = 1 << SHARD_BITS;
const LOCAL_BITS: u32 = 32 - SHARD_BITS;
const LOCAL_MASK: u32 = (1 << LOCAL_BITS) - 1;

/// Id given to an empty value (after trimming).
pub const EMPTY: u32 = u32::MAX;

/// Names interned in shards; see the module documentation.
pub struct ShardedNames {
    shards: Vec<NameTable>,
}

impl Default for ShardedNames {
    fn default() -> Self {
        ShardedNames {
            shards: (0..SHARDS).map(|_| NameTable::new()).collect(),
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
    /// of each row, or [`EMPTY`].
    pub fn intern_all<'a, F>(&mut self, n: usize, value: F, fold_gmail: bool) -> Vec<u32>
    where
        F: Fn(usize) -> Option<&'a str> + Sync,
    {
        // 1. Normalise and hash every value, in parallel.
        let hashes: Vec<Option<u64>> = (0..n)
            .into_par_iter()
            .map(|i| {
                value(i)
                    .and_then(|v| key(v, fold_gmail))
                    .map(|v| hash_name(&v))
            })
            .collect();
        // 2. Each thread owns a contiguous range of shards and scans every
        //    row in order, interning the rows of its shards: memory is read
        //    sequentially, and no two threads touch the same table.
        let ids: Vec<AtomicU32> = (0..n).map(|_| AtomicU32::new(EMPTY)).collect();
        let per_thread = SHARDS.div_ceil(rayon::current_num_threads().clamp(1, SHARDS));
        self.shards
            .par_chunks_mut(per_thread)
            .enumerate()
            .for_each(|(t, tables)| {
                let first = t * per_thread;
                for (i, h) in hashes.iter().enumerate() {
                    let Some(h) = *h else { continue };
                    let s = shard_of(h);
                    if s < first || s >= first + tables.len() {
                        continue;
                    }
                    let v = value(i)
                        .and_then(|v| key(v, fold_gmail))
                        .expect("hashed values are not empty");
                    let local = tables[s - first].intern_hashed(&v, h);
                    assert!(local <= LOCAL_MASK, "too many distinct names in one shard");
                    ids[i].store((s as u32) << LOCAL_BITS | local, Ordering::Relaxed);
                }
            });
        ids.into_iter().map(AtomicU32::into_inner).collect()
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
    fn same_normalised_value_gets_one_id() {
        let values = ["a@x.org", " A@X.org", "", "b", "a@x.org", "  "];
        let mut names = ShardedNames::default();
        let ids = names.intern_all(values.len(), |i| Some(values[i]), false);
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
        let a = names.intern_all(2, |i| Some(["x", "y"][i]), false);
        let b = names.intern_all(2, |i| Some(["y", "z"][i]), false);
        assert_eq!(a[1], b[0]);
        let (table, remap) = names.finish();
        assert_eq!(table.len(), 3);
        assert_eq!(table.get(remap(b[1])), "z");
        let many: Vec<String> = (0..10_000).map(|i| format!("p{i}@x.org")).collect();
        let mut names = ShardedNames::default();
        let ids = names.intern_all(many.len(), |i| Some(many[i].as_str()), false);
        let (table, remap) = names.finish();
        assert_eq!(table.len(), 10_000);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(table.get(remap(*id)), many[i]);
        }
    }
}
