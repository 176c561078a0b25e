//! Benchmarks of each stage on seeded synthetic data (`maillage::generate`),
//! at several sizes: `cargo bench --bench pipeline`. No big files are kept:
//! inputs are generated into a temporary folder on first use.

use maillage::analyse::linking::Core;
use maillage::analyse::linking::RankedCore;
use maillage::analyse::{
    self, centrality, components, cut_points, gaps, membership, overlap, robustness, significance,
};
use maillage::generate::{write_csv, GenerateOptions};
use maillage::load::{read_all, LoadOptions};
use maillage::model::Network;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

const SIZES: &[u64] = &[100_000, 1_000_000];

fn main() {
    divan::main();
}

/// Generated CSV for `n` memberships (groups = n / 100), cached per run.
fn input(n: u64) -> PathBuf {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    static FILES: OnceLock<Mutex<HashMap<u64, PathBuf>>> = OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"));
    let mut files = FILES.get_or_init(Default::default).lock().unwrap();
    files
        .entry(n)
        .or_insert_with(|| {
            let path = dir.path().join(format!("m{n}.csv"));
            let opts = GenerateOptions {
                memberships: n,
                groups: (n / 100) as u32,
                seed: 1,
            };
            let mut w = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
            write_csv(&opts, &mut w).unwrap();
            path
        })
        .clone()
}

fn network(n: u64) -> Network {
    let m = read_all(&[input(n)], &LoadOptions::default()).unwrap();
    Network::build(m)
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn load(bencher: divan::Bencher, n: u64) {
    let path = input(n);
    bencher.bench(|| read_all(std::slice::from_ref(&path), &LoadOptions::default()).unwrap());
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn build(bencher: divan::Bencher, n: u64) {
    let m = read_all(&[input(n)], &LoadOptions::default()).unwrap();
    bencher
        .with_inputs(|| m.clone())
        .bench_values(Network::build);
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn multi_membership(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    bencher.bench(|| membership::multi_membership(&net));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn core_of_the_network(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    bencher.bench(|| Core::new(&net));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn pair_overlaps(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let core = Core::new(&net);
    bencher.bench(|| overlap::count_shared(&core));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn connected_components(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let core = Core::new(&net);
    bencher.bench(|| components::components(&core));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn articulation_points(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let core = Core::new(&net);
    bencher.bench(|| cut_points::blocks_per_node(&core));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn p_values(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let pairs = overlap::count_shared(&Core::new(&net));
    let persons = net.person_count() as u64;
    bencher
        .with_inputs(|| pairs.clone())
        .bench_values(|mut pairs| significance::set_p_values(&mut pairs, persons));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn gaps_considered(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let core = Core::new(&net);
    let mut pairs = overlap::count_shared(&core);
    let persons = net.person_count() as u64;
    significance::set_p_values(&mut pairs, persons);
    bencher.bench(|| gaps::considered(&core.sizes, &pairs, persons));
}

/// The core persons in id order (the report numbers them by connector
/// rank, which reads the network in a different order).
fn core_persons(net: &Network) -> Vec<u32> {
    Core::new(net).into_persons()
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn ranked_core(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let mut order = core_persons(&net);
    // A fixed shuffle, as far from id order as the connector ranks are.
    order.sort_by_key(|&p| p.wrapping_mul(0x9e37_79b9));
    bencher.bench(|| RankedCore::new(&net, &order));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn centralities_sampled(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let core = Core::new(&net);
    let comps = components::components(&core);
    let rc = RankedCore::new(&net, &core_persons(&net));
    bencher.bench(|| {
        centrality::centralities(
            &rc,
            net.person_count(),
            &comps.of_group,
            centrality::DEFAULT_PIVOTS,
        )
    });
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn robustness_from_the_cut_points_search(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    let core = Core::new(&net);
    let (_, largest) = cut_points::blocks_and_largest_part(&core);
    let g = net.group_count() as u32;
    // Core index i is ranked core node g + i when ranks follow ids.
    let largest = cut_points::LargestPart {
        cut_persons: largest
            .cut_persons
            .iter()
            .map(|&(i, piece)| (g + i, piece))
            .collect(),
        ..largest
    };
    let rc = RankedCore::new(&net, &core_persons(&net));
    bencher.bench(|| robustness::robustness(&net, &rc, Some(largest.clone())));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn all_analyses(bencher: divan::Bencher, n: u64) {
    let net = network(n);
    bencher
        .with_inputs(|| net.clone())
        .bench_values(|net| analyse::all(net, Default::default()));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn write_report(bencher: divan::Bencher, n: u64) {
    let f = analyse::all(network(n), Default::default());
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    bencher.bench(|| maillage::report::write_folder(&f, &out, &Default::default()).unwrap());
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn whole_pipeline(bencher: divan::Bencher, n: u64) {
    let path = input(n);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    let cfg = maillage::Config {
        inputs: vec![path],
        ..Default::default()
    };
    bencher.bench(|| maillage::run_report(&cfg, &out).unwrap());
}
