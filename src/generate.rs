//! Synthetic membership data with realistic heavy tails, for benchmarks and
//! for trying the tool at scale. Seeded: the same arguments give the same
//! bytes on every machine.
//!
//! Model: group popularity follows a Zipf law (weight of the k-th group
//! ∝ 1/k^0.9), so a few groups are huge and most are small; a person's
//! number of groups is 1 with probability 0.75, otherwise d >= 2 with
//! P(d) ∝ d^-3 (capped at 60), so 25% of persons are in several groups
//! and a few are in very many. Addresses are email-like and unique.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use std::io::Write;

/// What to generate.
#[derive(Clone, Debug)]
pub struct GenerateOptions {
    /// Approximate number of memberships (rows) to write.
    pub memberships: u64,
    /// Number of groups.
    pub groups: u32,
    pub seed: u64,
}

const FIRST: &[&str] = &[
    "camille", "lea", "manon", "chloe", "ines", "sarah", "julie", "emma", "louise", "alice",
    "lucas", "hugo", "louis", "nathan", "jules", "paul", "arthur", "tom", "theo", "yann", "gwen",
    "erwan", "nora", "karim", "amina", "fatou", "ana", "pedro", "marie", "jean", "anne", "claire",
];
const LAST: &[&str] = &[
    "martin", "bernard", "legall", "tanguy", "morvan", "dubois", "thomas", "robert", "richard",
    "petit", "durand", "leroy", "moreau", "simon", "laurent", "michel", "garcia", "david", "roux",
    "vincent", "fournier", "morel", "girard", "mercier", "dupont", "lambert", "bonnet", "diallo",
    "nguyen", "benali", "costa", "rossi",
];
const DOMAINS: &[&str] = &[
    "gmail.com",
    "laposte.net",
    "free.fr",
    "orange.fr",
    "protonmail.com",
    "riseup.net",
    "outlook.fr",
    "mailo.com",
];

/// Share of persons in exactly one group.
const P_SINGLE: f64 = 0.75;
const MAX_DEGREE: u32 = 60;

/// Calls `emit(person, group)` for every generated membership, person by
/// person. Returns the number of memberships emitted.
pub fn generate(opts: &GenerateOptions, mut emit: impl FnMut(&str, &str)) -> u64 {
    let groups = opts.groups.max(1);
    let mut rng = Pcg64Mcg::seed_from_u64(opts.seed);
    // Cumulative Zipf weights over groups, sampled by binary search.
    let mut cum = Vec::with_capacity(groups as usize);
    let mut total = 0.0;
    for k in 1..=groups {
        total += 1.0 / f64::from(k).powf(0.9);
        cum.push(total);
    }
    // Degree distribution for multi-members: P(d) ∝ d^-3, d in 2..=MAX.
    let max_d = MAX_DEGREE.min(groups);
    let mut dcum = Vec::new();
    let mut dt = 0.0;
    for d in 2..=max_d {
        dt += f64::from(d).powf(-3.0);
        dcum.push(dt);
    }
    let group_names: Vec<String> = (0..groups).map(|g| format!("list-{g:06}")).collect();
    let mut person = String::new();
    let mut chosen: Vec<u32> = Vec::new();
    let mut emitted = 0u64;
    let mut i = 0u64;
    while emitted < opts.memberships {
        let d = if max_d < 2 || rng.random::<f64>() < P_SINGLE {
            1
        } else {
            let x = rng.random::<f64>() * dt;
            2 + dcum.partition_point(|&c| c < x) as u32
        };
        let d = d.min((opts.memberships - emitted) as u32).max(1);
        chosen.clear();
        let mut tries = 0;
        while chosen.len() < d as usize && tries < 20 * d {
            tries += 1;
            let x = rng.random::<f64>() * total;
            let g = (cum.partition_point(|&c| c < x) as u32).min(groups - 1);
            if !chosen.contains(&g) {
                chosen.push(g);
            }
        }
        person.clear();
        use std::fmt::Write as _;
        let _ = write!(
            person,
            "{}.{}{}@{}",
            FIRST[(i % FIRST.len() as u64) as usize],
            LAST[((i / FIRST.len() as u64) % LAST.len() as u64) as usize],
            i,
            DOMAINS[(i % 7 % DOMAINS.len() as u64) as usize]
        );
        for &g in &chosen {
            emit(&person, &group_names[g as usize]);
            emitted += 1;
        }
        i += 1;
    }
    emitted
}

/// Writes generated memberships as CSV (`email,group`) to `w`.
pub fn write_csv(opts: &GenerateOptions, w: &mut dyn Write) -> std::io::Result<u64> {
    let mut err = None;
    w.write_all(b"email,group\n")?;
    let n = generate(opts, |p, g| {
        if err.is_none() {
            if let Err(e) = w
                .write_all(p.as_bytes())
                .and_then(|_| w.write_all(b","))
                .and_then(|_| w.write_all(g.as_bytes()))
                .and_then(|_| w.write_all(b"\n"))
            {
                err = Some(e);
            }
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_rows_and_requested_size() {
        let opts = GenerateOptions {
            memberships: 5000,
            groups: 50,
            seed: 7,
        };
        let (mut a, mut b) = (Vec::new(), Vec::new());
        assert_eq!(write_csv(&opts, &mut a).unwrap(), 5000);
        write_csv(&opts, &mut b).unwrap();
        assert_eq!(a, b);
        let other = GenerateOptions { seed: 8, ..opts };
        let mut c = Vec::new();
        write_csv(&other, &mut c).unwrap();
        assert_ne!(a, c);
    }

    #[test]
    fn distribution_has_the_documented_shape() {
        let opts = GenerateOptions {
            memberships: 200_000,
            groups: 2000,
            seed: 1,
        };
        let mut rows = Vec::new();
        generate(&opts, |p, g| rows.push((p.to_string(), g.to_string())));
        let m = crate::memberships::Memberships::from_rows(
            rows.iter().map(|(p, g)| (p.as_str(), g.as_str())),
        );
        let net = crate::model::Network::build(m);
        let mm = crate::analyse::membership::multi_membership(&net);
        // 25% of persons in several groups, minus the rare draws that
        // could not find distinct groups.
        assert!(
            (0.22..=0.27).contains(&mm.multi_membership_rate),
            "{}",
            mm.multi_membership_rate
        );
        assert_eq!(
            net.duplicates, 0,
            "a person never gets the same group twice"
        );
        let sizes = crate::analyse::membership::group_sizes(&net);
        assert!(
            sizes.max as f64 > 50.0 * sizes.median,
            "heavy-tailed group sizes: {sizes:?}"
        );
    }
}
