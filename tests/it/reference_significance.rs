//! Cross-checks of issue 12's figures against independent computations:
//! `reference_extra.json`, written by `tests/fixtures/reference_extra.py`
//! with SciPy (p-values), statsmodels (q-values), NetworkX 3.6.1 (two-mode
//! centralities) and plain Python (robustness orders); and
//! `tests/fixtures/reference_clusters/*.json`, NetworkX's modularity of the
//! partition maillage found on the graph of significant pairs rebuilt with
//! SciPy and statsmodels (`tests/fixtures/reference_clusters.py`).

use crate::root;
use maillage::analyse::robustness::Strategy;
use maillage::analyse::Findings;
use maillage::{analyse_files, Config};
use serde_json::Value;
use std::collections::HashMap;

fn run(dataset: &str) -> (Findings, Value) {
    let dir = root(&format!("tests/fixtures/{dataset}"));
    let cfg = Config {
        inputs: vec![dir.join("memberships.csv")],
        ..Config::default()
    };
    let findings = analyse_files(&cfg).expect("fixture loads");
    let reference: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("reference_extra.json")).unwrap())
            .unwrap();
    (findings, reference)
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not an integer: {v}"))
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

/// |a − b| relative to the larger, 0 when equal.
fn rel(a: f64, b: f64) -> f64 {
    if a == b {
        0.0
    } else {
        (a - b).abs() / a.abs().max(b.abs())
    }
}

/// The worst relative differences found, printed by the tests (the README
/// quotes them).
#[derive(Default, Debug)]
struct Worst {
    p: f64,
    q: f64,
    gap_p: f64,
    gap_q: f64,
    centrality: f64,
}

fn check_significance(fi: &Findings, r: &Value, worst: &mut Worst) {
    let sig = &r["significance"];
    let name = |g: u32| fi.groups[g as usize].name.as_str();
    let by_names: HashMap<(&str, &str), _> = fi
        .pairs
        .iter()
        .map(|p| ((name(p.a), name(p.b)), p))
        .collect();
    let listed = sig["pairs"].as_array().unwrap();
    assert_eq!(listed.len(), fi.pairs.len(), "pairs sharing members");
    assert_eq!(fi.summary.significance.tests, u(&sig["tests"]));
    assert_eq!(fi.summary.significance.fdr, f(&sig["fdr"]));
    for x in listed {
        let p = by_names[&(s(&x["a"]), s(&x["b"]))];
        assert_eq!(u64::from(p.shared), u(&x["shared"]));
        let (ours, theirs) = (p.p_value(), f(&x["p_value"]));
        worst.p = worst.p.max(rel(ours, theirs));
        assert!(rel(ours, theirs) <= 1e-9, "p {x}: {ours}");
        // log10 p, computed in log space on both sides.
        let log10 = p.ln_p / std::f64::consts::LN_10;
        assert!((log10 - f(&x["log10_p"])).abs() <= 1e-9 * log10.abs().max(1.0));
        let (ours, theirs) = (fi.q_value(p), f(&x["q_value"]));
        worst.q = worst.q.max(rel(ours, theirs));
        assert!(rel(ours, theirs) <= 1e-9, "q {x}: {ours}");
        assert_eq!(fi.is_significant(p), x["significant"].as_bool().unwrap());
    }
    assert_eq!(
        fi.summary.significance.significant_pairs,
        u(&sig["significant_pairs"])
    );
    assert_eq!(
        fi.summary.significance.p_values_below_1e_300,
        u(&sig["p_values_below_1e-300"])
    );
}

fn check_gaps(fi: &Findings, r: &Value, worst: &mut Worst) {
    let gaps = &r["gaps"];
    let name = |g: u32| fi.groups[g as usize].name.as_str();
    assert_eq!(fi.summary.gaps.pairs_considered, u(&gaps["considered"]));
    assert_eq!(fi.summary.gaps.gaps, u(&gaps["significant_pairs"]));
    // Every pair considered, from the library (gaps.csv keeps the gaps).
    let sizes: Vec<u32> = fi.groups.iter().map(|g| g.members as u32).collect();
    let mut by_ab = fi.pairs.clone();
    by_ab.sort_by_key(|p| (p.a, p.b));
    let all = maillage::analyse::gaps::considered(&sizes, &by_ab, fi.summary.persons);
    let listed = gaps["pairs"].as_array().unwrap();
    assert_eq!(all.len(), listed.len());
    let by_names: HashMap<(&str, &str), _> =
        all.iter().map(|x| ((name(x.a), name(x.b)), x)).collect();
    for x in listed {
        let g = by_names[&(s(&x["a"]), s(&x["b"]))];
        assert_eq!(u64::from(g.shared), u(&x["shared"]));
        assert!(rel(g.expected_shared(fi.summary.persons), f(&x["expected"])) <= 1e-12);
        assert!((g.lift(fi.summary.persons) - f(&x["lift"])).abs() <= 1e-12);
        let (ours, theirs) = (g.p_value(), f(&x["p_value"]));
        worst.gap_p = worst.gap_p.max(rel(ours, theirs));
        assert!(rel(ours, theirs) <= 1e-9, "gap p {x}: {ours}");
        let (ours, theirs) = (g.q_value(), f(&x["q_value"]));
        worst.gap_q = worst.gap_q.max(rel(ours, theirs));
        assert!(rel(ours, theirs) <= 1e-9, "gap q {x}: {ours}");
        let listed_as_gap = fi.gaps.iter().any(|y| (y.a, y.b) == (g.a, g.b));
        assert_eq!(listed_as_gap, x["significant"].as_bool().unwrap());
    }
}

fn check_centralities(fi: &Findings, r: &Value, worst: &mut Worst) {
    let c = &r["centralities"];
    assert_eq!(fi.summary.centrality.method, "exact");
    let close = |ours: f64, theirs: &Value, what: &str| -> f64 {
        let theirs = f(theirs);
        assert!((ours - theirs).abs() <= 1e-9, "{what}: {ours} vs {theirs}");
        (ours - theirs).abs()
    };
    for g in &fi.groups {
        let x = &c["groups"][&g.name];
        for (ours, key) in [
            (g.centrality.degree, "degree"),
            (g.centrality.closeness, "closeness"),
            (g.centrality.betweenness, "betweenness"),
        ] {
            let d = close(ours, &x[key], &format!("{} {key}", g.name));
            worst.centrality = worst.centrality.max(d);
        }
    }
    for p in &fi.connectors {
        let x = &c["persons"][&p.person];
        for (ours, key) in [
            (p.centrality.degree, "degree"),
            (p.centrality.closeness, "closeness"),
            (p.centrality.betweenness, "betweenness"),
        ] {
            let d = close(ours, &x[key], &format!("{} {key}", p.person));
            worst.centrality = worst.centrality.max(d);
        }
    }
}

/// (largest part share, isolated) after each removal, for a strategy.
fn curve(fi: &Findings, strategy: Strategy) -> Vec<(f64, f64)> {
    fi.robustness
        .iter()
        .filter(|x| x.strategy == strategy)
        .map(|x| (x.largest_part_groups_share, x.isolated_groups))
        .collect()
}

fn reference_curve(r: &Value) -> Vec<(f64, f64)> {
    let mut v = vec![(
        f(&r["initial"]["share"]),
        f(&r["initial"]["isolated_groups"]),
    )];
    for x in r["steps"].as_array().unwrap() {
        v.push((f(&x["share"]), f(&x["isolated_groups"])));
    }
    v
}

fn check_robustness(fi: &Findings, r: &Value) {
    let most = &r["robustness_most_groups"];
    assert_eq!(curve(fi, Strategy::MostGroups), reference_curve(most));
    let o = fi.summary.robustness.outcome(Strategy::MostGroups).unwrap();
    assert_eq!(o.removals, u(&most["removals"]));
    if let Some(greedy) = r.get("robustness_greedy") {
        assert_eq!(curve(fi, Strategy::GreatestDamage), reference_curve(greedy));
    }
}

fn check(dataset: &str) {
    let (fi, r) = run(dataset);
    let mut worst = Worst::default();
    check_significance(&fi, &r, &mut worst);
    check_gaps(&fi, &r, &mut worst);
    check_centralities(&fi, &r, &mut worst);
    check_robustness(&fi, &r);
    eprintln!("{dataset}: worst differences {worst:?}");
}

#[test]
fn davis_matches_scipy_statsmodels_and_networkx() {
    check("davis");
}

#[test]
fn theyrule_matches_scipy_statsmodels_and_networkx() {
    check("theyrule");
}

#[test]
fn davis_centralities_match_networkx_published_tests() {
    // networkx/algorithms/bipartite/tests/test_centrality.py (3.6.1),
    // test_davis_*_centrality: every value, to the 1e-2 that test uses.
    let (fi, _) = run("davis");
    let published: &[(&str, &str, f64)] = &[
        // degree
        ("E8", "degree", 0.78),
        ("E9", "degree", 0.67),
        ("E7", "degree", 0.56),
        ("Nora Fayette", "degree", 0.57),
        ("Evelyn Jefferson", "degree", 0.57),
        ("Theresa Anderson", "degree", 0.57),
        ("E6", "degree", 0.44),
        ("Sylvia Avondale", "degree", 0.50),
        ("Laura Mandeville", "degree", 0.50),
        ("Brenda Rogers", "degree", 0.50),
        ("Katherina Rogers", "degree", 0.43),
        ("E5", "degree", 0.44),
        ("Helen Lloyd", "degree", 0.36),
        ("E3", "degree", 0.33),
        ("Ruth DeSand", "degree", 0.29),
        ("Verne Sanderson", "degree", 0.29),
        ("E12", "degree", 0.33),
        ("Myra Liddel", "degree", 0.29),
        ("E11", "degree", 0.22),
        ("Eleanor Nye", "degree", 0.29),
        ("Frances Anderson", "degree", 0.29),
        ("Pearl Oglethorpe", "degree", 0.21),
        ("E4", "degree", 0.22),
        ("Charlotte McDowd", "degree", 0.29),
        ("E10", "degree", 0.28),
        ("Olivia Carleton", "degree", 0.14),
        ("Flora Price", "degree", 0.14),
        ("E2", "degree", 0.17),
        ("E1", "degree", 0.17),
        ("Dorothy Murchison", "degree", 0.14),
        ("E13", "degree", 0.17),
        ("E14", "degree", 0.17),
        // betweenness
        ("E8", "betweenness", 0.24),
        ("E9", "betweenness", 0.23),
        ("E7", "betweenness", 0.13),
        ("Nora Fayette", "betweenness", 0.11),
        ("Evelyn Jefferson", "betweenness", 0.10),
        ("Theresa Anderson", "betweenness", 0.09),
        ("E6", "betweenness", 0.07),
        ("Sylvia Avondale", "betweenness", 0.07),
        ("Laura Mandeville", "betweenness", 0.05),
        ("Brenda Rogers", "betweenness", 0.05),
        ("Katherina Rogers", "betweenness", 0.05),
        ("E5", "betweenness", 0.04),
        ("Helen Lloyd", "betweenness", 0.04),
        ("E3", "betweenness", 0.02),
        ("Ruth DeSand", "betweenness", 0.02),
        ("Verne Sanderson", "betweenness", 0.02),
        ("E12", "betweenness", 0.02),
        ("Myra Liddel", "betweenness", 0.02),
        ("E11", "betweenness", 0.02),
        ("Eleanor Nye", "betweenness", 0.01),
        ("Frances Anderson", "betweenness", 0.01),
        ("Pearl Oglethorpe", "betweenness", 0.01),
        ("E4", "betweenness", 0.01),
        ("Charlotte McDowd", "betweenness", 0.01),
        ("E10", "betweenness", 0.01),
        ("Olivia Carleton", "betweenness", 0.01),
        ("Flora Price", "betweenness", 0.01),
        ("E2", "betweenness", 0.00),
        ("E1", "betweenness", 0.00),
        ("Dorothy Murchison", "betweenness", 0.00),
        ("E13", "betweenness", 0.00),
        ("E14", "betweenness", 0.00),
        // closeness
        ("E8", "closeness", 0.85),
        ("E9", "closeness", 0.79),
        ("E7", "closeness", 0.73),
        ("Nora Fayette", "closeness", 0.80),
        ("Evelyn Jefferson", "closeness", 0.80),
        ("Theresa Anderson", "closeness", 0.80),
        ("E6", "closeness", 0.69),
        ("Sylvia Avondale", "closeness", 0.77),
        ("Laura Mandeville", "closeness", 0.73),
        ("Brenda Rogers", "closeness", 0.73),
        ("Katherina Rogers", "closeness", 0.73),
        ("E5", "closeness", 0.59),
        ("Helen Lloyd", "closeness", 0.73),
        ("E3", "closeness", 0.56),
        ("Ruth DeSand", "closeness", 0.71),
        ("Verne Sanderson", "closeness", 0.71),
        ("E12", "closeness", 0.56),
        ("Myra Liddel", "closeness", 0.69),
        ("E11", "closeness", 0.54),
        ("Eleanor Nye", "closeness", 0.67),
        ("Frances Anderson", "closeness", 0.67),
        ("Pearl Oglethorpe", "closeness", 0.67),
        ("E4", "closeness", 0.54),
        ("Charlotte McDowd", "closeness", 0.60),
        ("E10", "closeness", 0.55),
        ("Olivia Carleton", "closeness", 0.59),
        ("Flora Price", "closeness", 0.59),
        ("E2", "closeness", 0.52),
        ("E1", "closeness", 0.52),
        ("Dorothy Murchison", "closeness", 0.65),
        ("E13", "closeness", 0.52),
        ("E14", "closeness", 0.52),
    ];
    for &(node, what, value) in published {
        let c = match fi.groups.iter().find(|g| g.name == node) {
            Some(g) => g.centrality,
            None => {
                fi.connectors
                    .iter()
                    .find(|c| c.person == node)
                    .unwrap()
                    .centrality
            }
        };
        let ours = match what {
            "degree" => c.degree,
            "closeness" => c.closeness,
            _ => c.betweenness,
        };
        assert!(
            (ours - value).abs() <= 1e-2,
            "{node} {what}: {ours} vs {value}"
        );
    }
    assert_eq!(published.len(), 3 * 32);
}

/// The clusters maillage finds on `csv` (a path from the repository root).
fn clusters_of(csv: &std::path::Path) -> Findings {
    let cfg = Config {
        inputs: vec![csv.to_path_buf()],
        ..Config::default()
    };
    analyse_files(&cfg).expect("loads")
}

/// `tests/fixtures/reference_clusters/<name>.json`, written by
/// `tests/fixtures/reference_clusters.py`: the graph of significant pairs
/// rebuilt with SciPy and statsmodels, and NetworkX's modularity of the
/// partition maillage found on it.
fn check_clusters(name: &str, csv: &str) {
    let fi = clusters_of(&root(csv));
    let r: Value = serde_json::from_str(
        &std::fs::read_to_string(root(&format!(
            "tests/fixtures/reference_clusters/{name}.json"
        )))
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        fi.summary.significance.significant_pairs,
        u(&r["significant_edges"]),
        "{name}: the same graph of significant pairs"
    );
    for g in &fi.groups {
        assert_eq!(
            u64::from(g.cluster),
            u(&r["clusters"][&g.name]),
            "{name}: cluster of {}",
            g.name
        );
    }
    let ours = fi.summary.clusters.modularity.expect("significant pairs");
    let theirs = f(&r["modularity"]);
    assert!(
        (ours - theirs).abs() <= 1e-9,
        "{name}: modularity {ours} vs NetworkX {theirs}"
    );
    // Louvain is a heuristic: ours should not be worse than NetworkX's own
    // run on the same graph by more than a little.
    let louvain = f(&r["networkx_louvain_modularity"]);
    assert!(ours >= louvain - 0.02, "{name}: {ours} vs {louvain}");
}

#[test]
fn cluster_modularity_equals_networkx_on_davis_theyrule_and_the_example() {
    check_clusters("davis", "tests/fixtures/davis/memberships.csv");
    check_clusters("theyrule", "tests/fixtures/theyrule/memberships.csv");
    check_clusters("example", "data/members.csv");
}

#[test]
fn clusters_do_not_depend_on_row_order() {
    let text = std::fs::read_to_string(root("data/members.csv")).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    // And a fixed interleaving, so that not only the reverse is tried.
    let odd = lines.iter().skip(1).step_by(2);
    let even = lines.iter().step_by(2);
    let shuffled: Vec<&str> = odd.chain(even).copied().collect();
    let w = crate::workdir::Workdir::new();
    let path = w.write(
        "shuffled.csv",
        format!("{header}\n{}\n", shuffled.join("\n")),
    );
    let a = clusters_of(&root("data/members.csv"));
    let b = clusters_of(&path);
    let of = |fi: &Findings| -> Vec<(String, u32)> {
        fi.groups
            .iter()
            .map(|g| (g.name.clone(), g.cluster))
            .collect()
    };
    assert_eq!(of(&a), of(&b));
    assert_eq!(a.summary.clusters, b.summary.clusters);
}
