//! Property tests of the categories and the facilitators' network: random
//! small networks with random categories and roles, written as the files a
//! facilitator gives (members, group descriptions, roles), read by the
//! library, and every figure compared with a brute-force computation on
//! sets of names, written from the definitions of issue 11.

use crate::workdir::Workdir;
use maillage::analyse::Findings;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const WORDS: &[&str] = &[
    "owner",
    "Moderator",
    "animatrice",
    "member",
    "ADMIN",
    "editor",
    "chef",
];

#[derive(Clone, Debug)]
struct Case {
    rows: Vec<(u8, u8)>,
    /// Per group G0..G7: its category, if any.
    cats: Vec<Option<u8>>,
    /// (person: 0..30 members' pool, 30.. outsiders; group; role word).
    roles: Vec<(u8, u8, usize)>,
    /// Facilitators written in the descriptions' facilitators cells.
    cells: Vec<(u8, u8)>,
    facilitators_group: Option<u8>,
}

fn cases() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec((0u8..30, 0u8..8), 1..100),
        prop::collection::vec(prop::option::weighted(0.7, 0u8..4), 8),
        prop::collection::vec((0u8..34, 0u8..8, 0..WORDS.len()), 0..25),
        prop::collection::vec((0u8..34, 0u8..8), 0..10),
        prop::option::of(0u8..8),
    )
        .prop_map(|(rows, cats, roles, cells, facilitators_group)| Case {
            rows,
            cats,
            roles,
            cells,
            facilitators_group,
        })
}

fn person(i: u8) -> String {
    if i < 30 {
        format!("p{i:02}@x.org")
    } else {
        format!("o{i:02}@x.org")
    }
}

/// Writes the case's files and reads them with the library.
fn run(c: &Case) -> Option<Findings> {
    let w = Workdir::new();
    let mut members = String::from("email,group\n");
    for &(p, g) in &c.rows {
        members += &format!("{},G{g}\n", person(p));
    }
    w.write("m.csv", members);
    let groups: BTreeSet<u8> = c.rows.iter().map(|&(_, g)| g).collect();
    let mut info = String::from("group,category,facilitators\n");
    for g in 0..8u8 {
        let cell: Vec<String> = c
            .cells
            .iter()
            .filter(|&&(_, h)| h == g)
            .map(|&(p, _)| person(p))
            .collect();
        let cat = c.cats[g as usize].map_or(String::new(), |k| format!("c{k}"));
        info += &format!("G{g},{cat},{}\n", cell.join(" ; "));
    }
    w.write("info.csv", info);
    let mut roles = String::from("person,group,role\n");
    for &(p, g, k) in &c.roles {
        roles += &format!("{},G{g},{}\n", person(p), WORDS[k]);
    }
    w.write("roles.csv", roles);
    let fg = c.facilitators_group.filter(|g| groups.contains(g));
    let cfg = maillage::Config {
        inputs: vec![w.join("m.csv")],
        load: maillage::load::LoadOptions {
            groups_info: Some(w.join("info.csv")),
            roles: Some(w.join("roles.csv")),
            facilitators_group: fg.map(|g| format!("G{g}")),
            ..Default::default()
        },
        ..Default::default()
    };
    Some(maillage::analyse_files(&cfg).expect("the files load"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

/// Without categories, each connector's participation is 1 − Σ_c (k_c /
/// k)² over the clusters of their groups (groups.csv's `cluster`),
/// counted on sets of names.
fn check_participation_over_clusters(
    f: &Findings,
    groups_of: &BTreeMap<String, BTreeSet<String>>,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(f.summary.participation_modules, "clusters");
    let cluster: BTreeMap<&str, u32> = f
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.cluster))
        .collect();
    for x in &f.connectors {
        let groups = &groups_of[&x.person];
        let k = groups.len() as f64;
        let mut per: BTreeMap<u32, usize> = BTreeMap::new();
        for g in groups {
            *per.entry(cluster[g.as_str()]).or_default() += 1;
        }
        let part = 1.0 - per.values().map(|&n| (n as f64 / k).powi(2)).sum::<f64>();
        prop_assert!(
            close(x.participation.unwrap(), part),
            "{} {:?} {}",
            x.person,
            x.participation,
            part
        );
    }
    Ok(())
}

/// Dense networks without categories (so that some pairs of groups share
/// more than chance and clusters hold several groups): participation is
/// over the clusters.
fn dense_without_categories() -> impl Strategy<Value = Case> {
    prop::collection::vec((0u8..30, 0u8..6), 20..150).prop_map(|rows| {
        // Persons 0..9 keep to G0, G1; 10..19 to G2, G3: two blocks.
        let rows = rows
            .into_iter()
            .map(|(p, g)| match p {
                0..=9 => (p, g % 2),
                10..=19 => (p, 2 + g % 2),
                _ => (p, g),
            })
            .collect();
        Case {
            rows,
            cats: vec![None; 8],
            roles: Vec::new(),
            cells: Vec::new(),
            facilitators_group: None,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn categories_and_facilitators_match_a_brute_force_computation(c in cases()) {
        let f = run(&c).unwrap();
        // Memberships as sets of names.
        let mut members: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut groups_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for &(p, g) in &c.rows {
            members.entry(format!("G{g}")).or_default().insert(person(p));
            groups_of.entry(person(p)).or_default().insert(format!("G{g}"));
        }
        let np = groups_of.len() as f64;

        // --- categories -------------------------------------------------
        let any_category = members
            .keys()
            .any(|g| c.cats[g[1..].parse::<usize>().unwrap()].is_some());
        let cat = |g: &str| -> String {
            c.cats[g[1..].parse::<usize>().unwrap()]
                .map_or("(none)".to_string(), |k| format!("c{k}"))
        };
        if !any_category {
            prop_assert!(f.categories.is_empty() && f.category_pairs.is_empty());
            prop_assert!(f.groups.iter().all(|g| g.category.is_none() && g.other_category_rate.is_none()));
            prop_assert!(f.connectors.iter().all(|x| x.categories.is_none()));
            check_participation_over_clusters(&f, &groups_of)?;
        } else {
            let cats: BTreeSet<String> = members.keys().map(|g| cat(g)).collect();
            let in_cat = |p: &str, k: &str| groups_of[p].iter().filter(|g| cat(g) == k).count();
            let spans = |p: &str| groups_of[p].iter().map(|g| cat(g)).collect::<BTreeSet<_>>();
            let pc = |k: &str| -> BTreeSet<&String> {
                groups_of.keys().filter(|p| in_cat(p, k) >= 1).collect()
            };
            let names: Vec<&String> = cats.iter().collect();
            prop_assert_eq!(f.categories.iter().map(|r| &r.category).collect::<Vec<_>>(), names.clone());
            for r in &f.categories {
                let k = &r.category;
                let p = pc(k);
                let gs: Vec<&String> = members.keys().filter(|g| &cat(g) == k).collect();
                prop_assert_eq!(r.groups as usize, gs.len());
                prop_assert_eq!(r.persons as usize, p.len());
                prop_assert_eq!(r.memberships as usize, gs.iter().map(|g| members[*g].len()).sum::<usize>());
                let multi = p.iter().filter(|q| in_cat(q, k) >= 2).count() as f64 / p.len() as f64;
                let cross = p.iter().filter(|q| spans(q).len() >= 2).count() as f64 / p.len() as f64;
                prop_assert!(close(r.multi_membership_rate, multi), "{} multi", k);
                prop_assert!(close(r.cross_category_rate, cross), "{} cross", k);
            }
            let mut expected_pairs = Vec::new();
            for (i, a) in names.iter().enumerate() {
                for b in &names[i + 1..] {
                    let (pa, pb) = (pc(a), pc(b));
                    let shared = pa.intersection(&pb).count() as u64;
                    let e = pa.len() as f64 * pb.len() as f64 / np;
                    expected_pairs.push((a.to_string(), b.to_string(), shared, e, shared as f64 / e));
                }
            }
            let ours: Vec<(String, String, u64, f64, f64)> = f
                .category_pairs
                .iter()
                .map(|p| (f.categories[p.a as usize].category.clone(), f.categories[p.b as usize].category.clone(), p.shared, p.expected_shared, p.lift))
                .collect();
            prop_assert_eq!(ours.len(), expected_pairs.len());
            for (x, y) in ours.iter().zip(&expected_pairs) {
                prop_assert_eq!((&x.0, &x.1, x.2), (&y.0, &y.1, y.2));
                prop_assert!(close(x.3, y.3) && close(x.4, y.4), "{:?} {:?}", x, y);
            }
            for g in &f.groups {
                prop_assert_eq!(&f.categories[g.category.unwrap() as usize].category, &cat(&g.name));
                let other = members[&g.name].iter().filter(|p| groups_of[*p].iter().any(|h| cat(h) != cat(&g.name))).count();
                prop_assert!(close(g.other_category_rate.unwrap(), other as f64 / members[&g.name].len() as f64));
            }
            for x in &f.connectors {
                let k = groups_of[&x.person].len() as f64;
                let by_cat: BTreeMap<String, usize> = spans(&x.person).into_iter().map(|k| { let n = in_cat(&x.person, &k); (k, n) }).collect();
                let part = 1.0 - by_cat.values().map(|&n| (n as f64 / k).powi(2)).sum::<f64>();
                prop_assert_eq!(x.categories.unwrap() as usize, by_cat.len());
                prop_assert!(close(x.participation.unwrap(), part), "{} {} {}", x.person, x.participation.unwrap(), part);
                prop_assert!((0.0..1.0).contains(&part));
            }
        }

        // --- facilitators -------------------------------------------------
        let mut fac: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let runs = |w: &str| !matches!(w, "member" | "chef");
        let mut any_role = false;
        for &(p, g, k) in &c.roles {
            let g = format!("G{g}");
            if members.contains_key(&g) && WORDS[k] != "chef" {
                any_role = true;
                if runs(WORDS[k]) {
                    fac.entry(g).or_default().insert(person(p));
                }
            }
        }
        for &(p, g) in &c.cells {
            let g = format!("G{g}");
            if members.contains_key(&g) {
                any_role = true;
                fac.entry(g).or_default().insert(person(p));
            }
        }
        if !any_role {
            prop_assert!(f.facilitators.is_empty());
            prop_assert!(f.summary.facilitators.is_none());
            prop_assert!(f.groups.iter().all(|g| g.facilitators.is_none()));
            return Ok(());
        }
        let mut facilitates: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (g, fs) in &fac {
            for x in fs {
                facilitates.entry(x.clone()).or_default().insert(g.clone());
            }
        }
        let empty = BTreeSet::new();
        let mine = |x: &str| groups_of.get(x).unwrap_or(&empty);
        let linked: BTreeMap<&String, usize> = facilitates
            .keys()
            .map(|x| {
                let n = facilitates
                    .keys()
                    .filter(|y| *y != x)
                    .filter(|y| mine(x).intersection(mine(y)).next().is_some())
                    .filter(|y| !facilitates[*y].is_subset(&facilitates[x]))
                    .count();
                (x, n)
            })
            .collect();
        let ours: Vec<(&String, Vec<&str>, u64)> = f
            .facilitators
            .iter()
            .map(|r| (&r.person, r.groups.iter().map(|&g| f.groups[g as usize].name.as_str()).collect(), r.linked_facilitators))
            .collect();
        let expected: Vec<(&String, Vec<&str>, u64)> = facilitates
            .iter()
            .map(|(x, gs)| (x, gs.iter().map(String::as_str).collect(), linked[x] as u64))
            .collect();
        prop_assert_eq!(ours, expected);
        for g in &f.groups {
            let fs = fac.get(&g.name).unwrap_or(&empty);
            let l = fs.iter().filter(|x| linked[x] > 0).count() as u64;
            prop_assert_eq!(g.facilitators, Some(fs.len() as u64));
            prop_assert_eq!(g.facilitators_linked, Some(l));
            prop_assert_eq!(g.facilitators_alone, Some(!fs.is_empty() && l == 0));
        }
        for x in &f.connectors {
            prop_assert_eq!(x.facilitates, Some(facilitates.get(&x.person).map_or(0, |s| s.len() as u32)));
        }
        // Parts: breadth-first search over "shares a group".
        let all: Vec<&String> = facilitates.keys().collect();
        let mut seen: BTreeSet<&String> = BTreeSet::new();
        let mut sizes = Vec::new();
        for start in &all {
            if !seen.insert(*start) {
                continue;
            }
            let (mut queue, mut size) = (vec![*start], 0u64);
            while let Some(x) = queue.pop() {
                size += 1;
                for y in &all {
                    if !seen.contains(*y) && mine(x).intersection(mine(y)).next().is_some() {
                        seen.insert(*y);
                        queue.push(*y);
                    }
                }
            }
            sizes.push(size);
        }
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        let s = f.summary.facilitators.as_ref().unwrap();
        let mut ours = Vec::new();
        for p in &s.facilitators_network_part_sizes {
            ours.extend(std::iter::repeat_n(p.facilitators, p.parts as usize));
        }
        prop_assert_eq!(ours, sizes.clone());
        prop_assert_eq!(s.facilitators_network_parts as usize, sizes.len());
        prop_assert_eq!(s.facilitators as usize, all.len());
        prop_assert_eq!(s.linked as usize, linked.values().filter(|&&n| n > 0).count());
        // Part ids: the part sizes, largest first.
        for r in &f.facilitators {
            prop_assert!(r.part >= 1 && (r.part as usize) <= sizes.len());
        }
        let fg = c.facilitators_group.map(|g| format!("G{g}")).filter(|g| members.contains_key(g));
        match &fg {
            None => prop_assert!(f.facilitators.iter().all(|r| r.in_facilitators_group.is_none())),
            Some(g) => {
                for r in &f.facilitators {
                    prop_assert_eq!(r.in_facilitators_group, Some(members[g].contains(&r.person)));
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn without_categories_participation_is_over_the_clusters_of_groups(c in dense_without_categories()) {
        let f = run(&c).unwrap();
        let mut groups_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for &(p, g) in &c.rows {
            groups_of.entry(person(p)).or_default().insert(format!("G{g}"));
        }
        prop_assert!(f.categories.is_empty());
        prop_assert!(f.connectors.iter().all(|x| x.categories.is_none()));
        check_participation_over_clusters(&f, &groups_of)?;
    }
}
