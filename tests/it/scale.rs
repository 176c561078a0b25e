//! At scale: the figures on generated data (a few hundred thousand
//! memberships, the generator's heavy tails) equal those of a
//! straightforward implementation: hash maps of group pairs, petgraph's
//! union-find and articulation points.

use maillage::analyse;
use maillage::generate::{generate, GenerateOptions};
use maillage::memberships::Memberships;
use maillage::model::Network;
use petgraph::graph::UnGraph;
use std::collections::{HashMap, HashSet};

#[test]
fn generated_network_figures_match_a_straightforward_implementation() {
    let opts = GenerateOptions {
        memberships: 300_000,
        groups: 3_000,
        seed: 42,
    };
    let mut rows: Vec<(String, String)> = Vec::new();
    generate(&opts, |p, g| rows.push((p.to_string(), g.to_string())));

    // Straightforward: sets keyed by strings.
    let mut groups_of: HashMap<&str, HashSet<&str>> = HashMap::new();
    let mut members_of: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (p, g) in &rows {
        groups_of.entry(p).or_default().insert(g);
        members_of.entry(g).or_default().insert(p);
    }
    let mut shared: HashMap<(&str, &str), u64> = HashMap::new();
    for gs in groups_of.values() {
        let mut gs: Vec<&str> = gs.iter().copied().collect();
        gs.sort_unstable();
        for i in 0..gs.len() {
            for j in i + 1..gs.len() {
                *shared.entry((gs[i], gs[j])).or_default() += 1;
            }
        }
    }
    let multi = groups_of.values().filter(|g| g.len() >= 2).count() as u64;

    let m = Memberships::from_rows(rows.iter().map(|(p, g)| (p.as_str(), g.as_str())));
    let net = Network::build(m);
    let f = analyse::all(net.clone(), Default::default());
    let s = &f.summary;
    assert_eq!(s.persons as usize, groups_of.len());
    assert_eq!(s.groups as usize, members_of.len());
    assert_eq!(s.memberships, rows.len() as u64);
    assert_eq!(s.persons_in_2plus_groups, multi);
    assert_eq!(f.pairs.len(), shared.len());
    for p in &f.pairs {
        let key = (
            f.groups[p.a as usize].name.as_str(),
            f.groups[p.b as usize].name.as_str(),
        );
        assert_eq!(Some(&u64::from(p.shared)), shared.get(&key), "{key:?}");
    }
    for g in &f.groups {
        let members = &members_of[g.name.as_str()];
        assert_eq!(g.members as usize, members.len());
        let sh = members.iter().filter(|p| groups_of[*p].len() >= 2).count() as u64;
        assert_eq!(g.shared_members, sh, "{}", g.name);
    }

    // Graph figures against petgraph on a graph built from the strings.
    let mut graph = UnGraph::<(), ()>::new_undirected();
    let pidx: HashMap<&str, _> = groups_of.keys().map(|p| (*p, graph.add_node(()))).collect();
    let gidx: HashMap<&str, _> = members_of
        .keys()
        .map(|g| (*g, graph.add_node(())))
        .collect();
    for (p, gs) in &groups_of {
        for g in gs {
            graph.add_edge(pidx[p], gidx[g], ());
        }
    }
    assert_eq!(
        s.components.len(),
        petgraph::algo::connected_components(&graph)
    );
    let aps = petgraph::algo::articulation_points::articulation_points(&graph);
    let person_aps: HashSet<&str> = pidx
        .iter()
        .filter(|(_, i)| aps.contains(*i))
        .map(|(p, _)| *p)
        .collect();
    let ours: HashSet<&str> = f
        .connectors
        .iter()
        .filter(|c| c.cut_point)
        .map(|c| c.person.as_str())
        .collect();
    assert_eq!(ours, person_aps);
    // Groups: articulation points of the group–group graph, built from
    // the pairs counted above with strings.
    let mut gg = UnGraph::<(), ()>::new_undirected();
    let gnode: HashMap<&str, _> = members_of.keys().map(|g| (*g, gg.add_node(()))).collect();
    for (a, b) in shared.keys() {
        gg.add_edge(gnode[a], gnode[b], ());
    }
    let group_aps: HashSet<&str> = {
        let aps = petgraph::algo::articulation_points::articulation_points(&gg);
        gnode
            .iter()
            .filter(|(_, i)| aps.contains(*i))
            .map(|(g, _)| *g)
            .collect()
    };
    let ours: HashSet<&str> = f
        .groups
        .iter()
        .filter(|g| g.cut_point)
        .map(|g| g.name.as_str())
        .collect();
    assert_eq!(ours, group_aps);
    assert_eq!(s.cut_point_groups, group_aps.len() as u64);
}
