//! Times each pipeline stage on one input: `cargo run --release --example stages FILE`.
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).expect("usage: stages FILE");
    let t = Instant::now();
    let mut m = maillage::load::read_all(&[path.into()], &Default::default())?;
    eprintln!(
        "load      {:>8.3} s  ({} rows)",
        t.elapsed().as_secs_f64(),
        m.pairs.len()
    );
    let t = Instant::now();
    let input = std::mem::take(&mut m.input);
    let net = maillage::model::Network::build(m);
    eprintln!("build     {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let core = maillage::analyse::linking::Core::new(&net);
    eprintln!(
        "core      {:>8.3} s  ({} persons in 2+ groups)",
        t.elapsed().as_secs_f64(),
        core.len()
    );
    let t = Instant::now();
    let pairs = maillage::analyse::overlap::count_shared(&core);
    eprintln!(
        "overlap   {:>8.3} s  ({} pairs)",
        t.elapsed().as_secs_f64(),
        pairs.len()
    );
    let t = Instant::now();
    let b = maillage::analyse::cut_points::blocks_per_node(&core);
    eprintln!(
        "cuts      {:>8.3} s  ({})",
        t.elapsed().as_secs_f64(),
        b.persons.len()
    );
    let t = Instant::now();
    let comps = maillage::analyse::components::components(&core);
    eprintln!(
        "components{:>8.3} s  ({})",
        t.elapsed().as_secs_f64(),
        comps.list.len()
    );
    drop(core);
    let t = Instant::now();
    let mut f = maillage::analyse::all(net, input);
    eprintln!("all       {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let prints: Vec<u128> = f
        .connectors
        .iter()
        .map(|c| maillage::analyse::intersections::fingerprint(&c.group_ids))
        .collect();
    let inter = maillage::analyse::intersections::exclusive(&f.groups, &mut f.connectors, &prints);
    eprintln!(
        "intersect {:>8.3} s  ({})",
        t.elapsed().as_secs_f64(),
        inter.len()
    );
    let t = Instant::now();
    let dir = std::env::temp_dir().join("maillage-stages");
    maillage::report::write_folder(&f, &dir, &Default::default())?;
    eprintln!("write     {:>8.3} s", t.elapsed().as_secs_f64());
    Ok(())
}
