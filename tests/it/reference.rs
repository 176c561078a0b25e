//! Cross-checks against an independent implementation: every figure of
//! `reference.json` (computed with NetworkX / igraph / SciPy by
//! `tests/fixtures/reference.py`) that maillage also computes.

use crate::root;
use maillage::analyse::Findings;
use maillage::{analyse_files, Config};
use serde_json::Value;

fn run(dataset: &str) -> (Findings, Value) {
    let dir = root(&format!("tests/fixtures/{dataset}"));
    let cfg = Config {
        inputs: vec![dir.join("memberships.csv")],
        ..Config::default()
    };
    let findings = analyse_files(&cfg).expect("fixture loads");
    let reference: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("reference.json")).unwrap())
            .unwrap();
    (findings, reference)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not an integer: {v}"))
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

fn check_all(dataset: &str) {
    let (fi, r) = run(dataset);
    let s = &fi.summary;
    assert_eq!(s.persons, u(&r["persons"]), "persons");
    assert_eq!(s.groups, u(&r["groups"]), "groups");
    assert_eq!(s.memberships, u(&r["memberships"]), "memberships");
    assert_eq!(s.persons_in_2plus_groups, u(&r["persons_in_2plus_groups"]));
    assert!(close(
        s.multi_membership_rate,
        f(&r["multi_membership_rate"])
    ));

    let dist: Vec<(u64, u64)> = r["person_degree_distribution"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.parse().unwrap(), u(v)))
        .collect();
    let mut dist = dist;
    dist.sort();
    let ours: Vec<(u64, u64)> = s
        .degree_distribution
        .iter()
        .map(|d| (d.groups as u64, d.persons))
        .collect();
    assert_eq!(ours, dist, "deg(p) distribution");

    let gs = &r["group_size_distribution_summary"];
    assert_eq!(s.group_sizes.min, u(&gs["min"]));
    assert_eq!(s.group_sizes.max, u(&gs["max"]));
    assert!(close(s.group_sizes.mean, f(&gs["mean"])));
    assert!(close(s.group_sizes.median, f(&gs["median"])));

    let per_group = r["per_group"].as_object().unwrap();
    assert_eq!(per_group.len(), fi.groups.len());
    for g in &fi.groups {
        let rg = &per_group[&g.name];
        assert_eq!(g.members, u(&rg["size"]), "size of {}", g.name);
        assert_eq!(
            g.shared_members,
            u(&rg["multi_members"]),
            "shared members of {}",
            g.name
        );
        assert!(close(g.shared_rate, f(&rg["share"])), "share of {}", g.name);
    }

    assert_eq!(s.overlapping_pairs, u(&r["group_projection_edges"]));
    assert_eq!(
        s.overlapping_pairs,
        u(&r["crosschecks"]["igraph_group_projection_edges"])
    );
    let iso: Vec<String> = r["isolated_groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(s.isolated_groups, iso, "isolated groups");
    assert_eq!(
        s.isolated_groups.len() as u64,
        u(&r["isolated_groups_count"])
    );

    // Top pairs: same order (-shared, -jaccard, a, b) on both sides.
    for (i, rp) in r["top_group_pairs"].as_array().unwrap().iter().enumerate() {
        let p = &fi.pairs[i];
        assert_eq!(
            fi.groups[p.a as usize].name,
            rp["group_a"].as_str().unwrap(),
            "pair {i}"
        );
        assert_eq!(
            fi.groups[p.b as usize].name,
            rp["group_b"].as_str().unwrap(),
            "pair {i}"
        );
        assert_eq!(u64::from(p.shared), u(&rp["shared"]), "pair {i}");
        assert!(close(fi.ratios(p).jaccard, f(&rp["jaccard"])), "pair {i}");
    }
    if let Some(cut) = r.get("top_group_pairs_cutoff_shared") {
        let cut = u(cut);
        let tied = fi
            .pairs
            .iter()
            .filter(|p| u64::from(p.shared) == cut)
            .count() as u64;
        let above = fi
            .pairs
            .iter()
            .filter(|p| u64::from(p.shared) > cut)
            .count() as u64;
        assert_eq!(tied, u(&r["pairs_tied_at_cutoff"]));
        assert_eq!(above, u(&r["pairs_above_cutoff"]));
    }

    // Components: sizes in order (-nodes, -persons), ties unordered there.
    assert_eq!(s.components.len() as u64, u(&r["components_count"]));
    let ref_sizes: Vec<(u64, u64, u64)> = r["component_sizes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (u(&c["nodes"]), u(&c["persons"]), u(&c["groups"])))
        .collect();
    let ours: Vec<(u64, u64, u64)> = s
        .components
        .iter()
        .map(|c| (c.persons + c.groups, c.persons, c.groups))
        .collect();
    assert_eq!(ours, ref_sizes, "component sizes");
    // Group component ids agree with the sizes.
    for c in &s.components {
        let n = fi.groups.iter().filter(|g| g.component == c.id).count() as u64;
        assert_eq!(n, c.groups, "groups in component {}", c.id);
    }

    // Articulation points.
    assert_eq!(
        s.cut_point_persons,
        u(&r["person_articulation_points_count"])
    );
    // Groups: articulation points of the group–group graph, by NetworkX
    // (reference_extra.json; reference.json has the bipartite graph's).
    let extra: Value = serde_json::from_str(
        &std::fs::read_to_string(root(&format!(
            "tests/fixtures/{dataset}/reference_extra.json"
        )))
        .unwrap(),
    )
    .unwrap();
    let expected: Vec<&str> = extra["group_cut_points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let ours: Vec<&str> = fi
        .groups
        .iter()
        .filter(|g| g.cut_point)
        .map(|g| g.name.as_str())
        .collect();
    assert_eq!(ours, expected, "group cut points");
    assert_eq!(s.cut_point_groups, expected.len() as u64);
    let mut cuts: Vec<_> = fi.connectors.iter().filter(|c| c.cut_point).collect();
    cuts.sort_by(|x, y| {
        y.pieces_if_removed
            .cmp(&x.pieces_if_removed)
            .then(y.groups.cmp(&x.groups))
            .then(x.person.cmp(&y.person))
    });
    for (i, ra) in r["person_articulation_points_top20"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        assert_eq!(
            cuts[i].person,
            ra["person"].as_str().unwrap(),
            "cut point {i}"
        );
        assert_eq!(
            cuts[i].pieces_if_removed as u64,
            u(&ra["blocks"]),
            "blocks {i}"
        );
        assert_eq!(cuts[i].groups as u64, u(&ra["degree"]), "degree {i}");
    }

    // Degree centrality = deg(p) / G; the reference top 20 are connectors.
    let mut by_degree: Vec<_> = fi.connectors.iter().collect();
    by_degree.sort_by(|x, y| y.groups.cmp(&x.groups).then(x.person.cmp(&y.person)));
    for (i, rd) in r["degree_centrality_top20"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        assert!(
            u(&rd["degree"]) >= 2,
            "reference top 20 holds a person in one group"
        );
        assert_eq!(
            by_degree[i].person,
            rd["person"].as_str().unwrap(),
            "degree rank {i}"
        );
        assert!(close(
            by_degree[i].groups as f64 / s.groups as f64,
            f(&rd["value"])
        ));
    }
}

#[test]
fn davis_matches_networkx_reference() {
    check_all("davis");
}

#[test]
fn theyrule_matches_networkx_reference() {
    check_all("theyrule");
}

#[test]
fn davis_matches_published_values() {
    // PUBLISHED.md: 18 women, 14 events, 89 ties; every woman attends at
    // least 2 events, so the multi-membership rate is 1.
    let (fi, _) = run("davis");
    assert_eq!(
        (
            fi.summary.persons,
            fi.summary.groups,
            fi.summary.memberships
        ),
        (18, 14, 89)
    );
    assert_eq!(fi.summary.multi_membership_rate, 1.0);
    assert_eq!(fi.summary.components.len(), 1);
}
