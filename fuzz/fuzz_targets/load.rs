//! Fuzz target: any bytes, under any of the file names that steer
//! detection, through the whole load stage (sniffing, decoding, layout
//! detection, parsing, interning). It must return Ok or a LoadError, never
//! panic. The first byte picks the name and the options.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage::load::{read_bytes, Layout, LoadOptions};

const NAMES: &[&str] = &["members.csv", "velo@listes.org.txt", "lists/bio/member.dump", "g.json"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let opts = LoadOptions {
        layout: match (pick >> 2) % 6 {
            1 => Some(Layout::Long),
            2 => Some(Layout::Wide),
            3 => Some(Layout::Matrix),
            4 => Some(Layout::PerGroup),
            _ => None,
        },
        fold_gmail: pick & 0x40 != 0,
        skip_invalid: pick & 0x80 != 0,
        ..LoadOptions::default()
    };
    if let Ok(m) = read_bytes(name, bytes.to_vec(), &opts) {
        // What was read must hold together.
        for &(p, g) in &m.pairs {
            assert!((p as usize) < m.persons.len() && (g as usize) < m.groups.len());
        }
        let _ = maillage::model::Network::build(m);
    }
});
