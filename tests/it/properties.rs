//! Property tests on random small networks: invariants of the figures, and
//! agreement with straightforward implementations (brute-force set
//! intersections, petgraph's own articulation points and components).

use maillage::analyse::{self, Findings};
use maillage::memberships::Memberships;
use maillage::model::Network;
use petgraph::graph::UnGraph;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

fn findings(rows: &[(String, String)]) -> (Network, Findings) {
    let m = Memberships::from_rows(rows.iter().map(|(p, g)| (p.as_str(), g.as_str())));
    let net = Network::build(m);
    let f = analyse::all(net.clone(), Default::default());
    (net, f)
}

/// Rows over small name pools so that overlaps, duplicates and several
/// components all happen.
fn rows() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((0u8..30, 0u8..8), 1..120).prop_map(|v| {
        v.into_iter()
            .map(|(p, g)| (format!("p{p}@x.org"), format!("G{g}")))
            .collect()
    })
}

/// Findings with the input diagnostics cleared (they count rows).
fn figures(mut f: Findings) -> Findings {
    f.summary.input.duplicates = 0;
    f
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn row_order_does_not_matter(rows in rows(), seed in any::<u64>()) {
        let mut shuffled = rows.clone();
        // Fisher-Yates with a small LCG, seeded by proptest.
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(findings(&rows).1, findings(&shuffled).1);
    }

    #[test]
    fn repeating_rows_changes_no_figure(rows in rows(), k in 0usize..10) {
        let mut more = rows.clone();
        more.extend(rows.iter().take(k).cloned());
        let (_, a) = findings(&rows);
        let (_, b) = findings(&more);
        prop_assert_eq!(b.summary.input.duplicates, a.summary.input.duplicates + k.min(rows.len()) as u64);
        prop_assert_eq!(figures(a), figures(b));
    }

    #[test]
    fn figures_match_a_brute_force_computation(rows in rows()) {
        let (net, f) = findings(&rows);
        // Distinct memberships as plain sets.
        let mut groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut persons: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (p, g) in &rows {
            groups.entry(g.clone()).or_default().insert(p.clone());
            persons.entry(p.clone()).or_default().insert(g.clone());
        }
        let s = &f.summary;
        prop_assert_eq!(s.persons as usize, persons.len());
        prop_assert_eq!(s.groups as usize, groups.len());
        let m: usize = groups.values().map(BTreeSet::len).sum();
        prop_assert_eq!(s.memberships as usize, m);
        prop_assert_eq!(f.groups.iter().map(|g| g.members).sum::<u64>(), s.memberships);
        let multi = persons.values().filter(|g| g.len() >= 2).count();
        prop_assert_eq!(s.persons_in_2plus_groups as usize, multi);
        prop_assert!((0.0..=1.0).contains(&s.multi_membership_rate));

        let names: Vec<&String> = groups.keys().collect();
        let mut expected_pairs = 0;
        for (i, a) in names.iter().enumerate() {
            let row = &f.groups[i];
            prop_assert_eq!(&row.name, *a);
            prop_assert!((0.0..=1.0).contains(&row.shared_rate));
            let shared = groups[*a].iter().filter(|p| persons[*p].len() >= 2).count();
            prop_assert_eq!(row.shared_members as usize, shared);
            let mut overlapping = 0;
            for (j, b) in names.iter().enumerate() {
                if i == j { continue; }
                let inter = groups[*a].intersection(&groups[*b]).count();
                let found = f.pairs.iter().find(|p| {
                    (p.a as usize, p.b as usize) == (i.min(j), i.max(j))
                });
                if inter == 0 {
                    prop_assert!(found.is_none());
                    continue;
                }
                overlapping += 1;
                let p = found.expect("pair with shared members is listed");
                prop_assert_eq!(p.shared as usize, inter);
                let q = f.ratios(p);
                let union = groups[*a].union(&groups[*b]).count();
                prop_assert!((q.jaccard - inter as f64 / union as f64).abs() < 1e-12);
                let min = groups[*a].len().min(groups[*b].len());
                prop_assert!((q.overlap_coefficient - inter as f64 / min as f64).abs() < 1e-12);
                prop_assert!(q.jaccard > 0.0 && q.jaccard <= 1.0);
                let expected = groups[*a].len() as f64 * groups[*b].len() as f64 / persons.len() as f64;
                prop_assert!((q.expected_shared - expected).abs() < 1e-12);
                prop_assert!((q.lift - inter as f64 / expected).abs() < 1e-9);
                if i < j { expected_pairs += 1; }
            }
            prop_assert_eq!(row.overlapping_groups as usize, overlapping);
            prop_assert_eq!(row.isolated, overlapping == 0);
        }
        prop_assert_eq!(f.pairs.len(), expected_pairs);

        // Sole links: the one shared member of pairs sharing exactly one.
        let mut sole_pairs: BTreeMap<&str, u64> = BTreeMap::new();
        for p in &f.pairs {
            let (a, b) = (&groups[&f.groups[p.a as usize].name], &groups[&f.groups[p.b as usize].name]);
            let common: Vec<&String> = a.intersection(b).collect();
            match p.sole_link() {
                Some(c) => {
                    prop_assert_eq!(common.len(), 1);
                    prop_assert_eq!(&f.connectors[c as usize].person, common[0]);
                    *sole_pairs.entry(common[0].as_str()).or_default() += 1;
                }
                None => prop_assert!(common.len() >= 2),
            }
        }
        for c in &f.connectors {
            prop_assert_eq!(c.sole_link_pairs, sole_pairs.get(c.person.as_str()).copied().unwrap_or(0));
        }
        // Groups hanging on one person: exactly one member elsewhere.
        let hanging: Vec<&String> = groups
            .iter()
            .filter(|(_, m)| m.iter().filter(|p| persons[*p].len() >= 2).count() == 1)
            .map(|(g, _)| g)
            .collect();
        prop_assert_eq!(s.groups_hanging_on_one_person.iter().collect::<Vec<_>>(), hanging);
        // Most shared first, then higher Jaccard, then names.
        let ordered = f.pairs.windows(2).all(|w| {
            let (x, y) = (f.ratios(&w[0]).jaccard, f.ratios(&w[1]).jaccard);
            w[0].shared > w[1].shared
                || (w[0].shared == w[1].shared && (x > y || (x == y && (w[0].a, w[0].b) < (w[1].a, w[1].b))))
        });
        prop_assert!(ordered, "pairs out of order");

        // Cut points and components against petgraph's algorithms on a
        // petgraph::Graph built independently from the string sets.
        let mut g = UnGraph::<(), ()>::new_undirected();
        let pidx: BTreeMap<&String, _> = persons.keys().map(|p| (p, g.add_node(()))).collect();
        let gidx: BTreeMap<&String, _> = groups.keys().map(|x| (x, g.add_node(()))).collect();
        for (x, members) in &groups {
            for p in members {
                g.add_edge(pidx[p], gidx[x], ());
            }
        }
        let aps = petgraph::algo::articulation_points::articulation_points(&g);
        let person_aps: BTreeSet<&String> = pidx.iter().filter(|(_, i)| aps.contains(*i)).map(|(p, _)| *p).collect();
        let ours: BTreeSet<&String> = f.connectors.iter().filter(|c| c.cut_point).map(|c| &c.person).collect();
        prop_assert_eq!(ours, person_aps);
        // Groups: articulation points of the group–group graph (groups
        // linked when they share a person).
        let mut gg = UnGraph::<(), ()>::new_undirected();
        let gnode: BTreeMap<&String, _> = groups.keys().map(|x| (x, gg.add_node(()))).collect();
        for gs in persons.values() {
            let gs: Vec<&String> = gs.iter().collect();
            for i in 0..gs.len() {
                for j in i + 1..gs.len() {
                    gg.update_edge(gnode[gs[i]], gnode[gs[j]], ());
                }
            }
        }
        let group_aps: BTreeSet<&String> = {
            let aps = petgraph::algo::articulation_points::articulation_points(&gg);
            gnode.iter().filter(|(_, i)| aps.contains(*i)).map(|(g, _)| *g).collect()
        };
        let ours: BTreeSet<&String> = f.groups.iter().filter(|g| g.cut_point).map(|g| &g.name).collect();
        prop_assert_eq!(&ours, &group_aps);
        prop_assert_eq!(s.cut_point_groups as usize, group_aps.len());
        prop_assert_eq!(s.components.len(), petgraph::algo::connected_components(&g));
        prop_assert_eq!(net.node_count(), g.node_count());
        // Pieces if removed: count components after removing the person.
        for c in f.connectors.iter().filter(|c| c.cut_point) {
            let mut h = g.clone();
            h.remove_node(pidx[&c.person]);
            let before = petgraph::algo::connected_components(&g);
            let after = petgraph::algo::connected_components(&h);
            prop_assert_eq!(c.pieces_if_removed as usize, after - before + 1);
        }
    }

    #[test]
    fn pairs_csv_reads_back(rows in rows()) {
        let (_, f) = findings(&rows);
        let mut buf = Vec::new();
        maillage::report::write_pairs(&f, &mut buf).unwrap();
        let mut rdr = csv::Reader::from_reader(buf.as_slice());
        let headers = rdr.headers().unwrap().clone();
        prop_assert_eq!(&headers.iter().take(5).collect::<Vec<_>>(), &["group_a", "group_b", "shared", "jaccard", "overlap_coefficient"]);
        let back: Vec<(String, String, u64, f64)> = rdr
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_string(), r[1].to_string(), r[2].parse().unwrap(), r[3].parse().unwrap())
            })
            .collect();
        prop_assert_eq!(back.len(), f.pairs.len());
        for (b, p) in back.iter().zip(&f.pairs) {
            prop_assert_eq!(&b.0, &f.groups[p.a as usize].name);
            prop_assert_eq!(&b.1, &f.groups[p.b as usize].name);
            prop_assert_eq!(b.2, u64::from(p.shared));
            // Ten significant digits: within half a unit of the tenth.
            let j = f.ratios(p).jaccard;
            prop_assert!((b.3 - j).abs() <= j * 5.000001e-10, "{} read back as {}", j, b.3);
        }
    }
}

/// The greedy robustness order by brute force: at each step, every person
/// left is tried, and the one whose departure leaves the smallest largest
/// part goes (ties: most groups, then name); when nobody shrinks it, the
/// person in most groups (then name); when only persons in one group are
/// left, one of them (nothing changes). States (groups in the largest
/// part, groups linked to no other) after 0, 1, ... removals, up to the
/// first below half of the groups.
fn greedy_by_brute_force(rows: &[(String, String)]) -> Vec<(u32, u32)> {
    let names: BTreeSet<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, &n)| (n, i)).collect();
    let g = names.len();
    let mut of: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (p, grp) in rows {
        of.entry(p.as_str())
            .or_default()
            .insert(index[grp.as_str()]);
    }
    let core: Vec<&str> = of.keys().copied().filter(|p| of[p].len() >= 2).collect();
    let mut leaves = of.len() - core.len();
    let state = |gone: &BTreeSet<&str>| -> (u32, u32) {
        let mut parent: Vec<usize> = (0..g).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                x = p[x];
            }
            x
        }
        let mut linked = vec![false; g];
        for p in core.iter().filter(|p| !gone.contains(*p)) {
            let gs: Vec<usize> = of[p].iter().copied().collect();
            for &x in &gs {
                linked[x] = true;
                let (a, b) = (find(&mut parent, gs[0]), find(&mut parent, x));
                parent[a.max(b)] = a.min(b);
            }
        }
        let mut size = vec![0u32; g];
        for x in 0..g {
            size[find(&mut parent, x)] += 1;
        }
        let largest = size.into_iter().max().unwrap_or(0);
        (largest, linked.iter().filter(|l| !**l).count() as u32)
    };
    let cap = of.len().min(analyse::robustness::MAX_REMOVALS);
    let half = 0.5 * g as f64;
    let mut gone: BTreeSet<&str> = BTreeSet::new();
    let mut states = Vec::new();
    loop {
        let now = state(&gone);
        states.push(now);
        if f64::from(states[0].0) < half || f64::from(now.0) < half || states.len() > cap {
            break;
        }
        let left: Vec<&str> = core.iter().copied().filter(|p| !gone.contains(p)).collect();
        fn key<'a>(
            of: &BTreeMap<&str, BTreeSet<usize>>,
            p: &'a str,
            value: u32,
        ) -> (u32, std::cmp::Reverse<usize>, &'a str) {
            (value, std::cmp::Reverse(of[p].len()), p)
        }
        let shrinking = left
            .iter()
            .map(|p| {
                let mut without = gone.clone();
                without.insert(p);
                key(&of, p, state(&without).0)
            })
            .filter(|k| k.0 < now.0)
            .min();
        let chosen = shrinking
            .map(|k| k.2)
            .or_else(|| left.iter().map(|p| key(&of, p, 0)).min().map(|k| k.2));
        match chosen {
            Some(p) => {
                gone.insert(p);
            }
            None if leaves > 0 => leaves -= 1,
            None => break,
        }
    }
    states
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn the_greedy_robustness_order_equals_brute_force(rows in rows()) {
        use analyse::robustness::Strategy;
        let (_, f) = findings(&rows);
        let groups = f.summary.groups as f64;
        let ours: Vec<(u32, u32)> = f
            .robustness
            .iter()
            .filter(|s| s.strategy == Strategy::GreatestDamage)
            .map(|s| ((s.largest_part_groups_share * groups).round() as u32, s.isolated_groups as u32))
            .collect();
        prop_assert!(f.summary.robustness.greedy_recomputed);
        prop_assert_eq!(ours, greedy_by_brute_force(&rows));
    }
}
