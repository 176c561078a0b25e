//! Times the stages of a real `maillage report` run (writing overlaps
//! other work there): `cargo run --release --example report_timed FILE`.
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).expect("usage: report_timed FILE");
    let cfg = maillage::Config {
        inputs: vec![path.into()],
        ..Default::default()
    };
    let out = std::env::temp_dir().join("maillage-report-timed");
    let start = Instant::now();
    let last = std::cell::Cell::new(start);
    let f = maillage::run_report_with(&cfg, &out, &|stage| {
        let now = Instant::now();
        eprintln!(
            "{:>7.3} s  (+{:.3})  {}",
            now.duration_since(start).as_secs_f64(),
            now.duration_since(last.get()).as_secs_f64(),
            stage.describe(maillage::lang::Lang::En)
        );
        last.set(now);
    })?;
    eprintln!(
        "{:>7.3} s  (+{:.3})  done",
        start.elapsed().as_secs_f64(),
        last.get().elapsed().as_secs_f64()
    );
    std::mem::forget(f);
    Ok(())
}
