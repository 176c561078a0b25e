#!/usr/bin/env python3
"""Checks `maillage report` against the NetworkX/igraph/SciPy reference
figures of every dataset in ../shared/data (or the folders given).

Usage: python3 scripts/check_shared.py [DATASET_DIR ...]
Needs a release build (cargo build --release). Prints one line per dataset
and every mismatch; exits 1 if any figure differs. Counts must be equal,
rates within 1e-9.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "maillage")
TOL = 1e-9


def group_cut_points(path):
    """Articulation points of the group-group graph, by NetworkX, sorted."""
    import networkx as nx
    groups_of = {}
    for row in csv.DictReader(open(path, encoding="utf-8")):
        groups_of.setdefault(row["person"].strip(), set()).add(row["group"].strip())
    g = nx.Graph()
    for gs in groups_of.values():
        gs = sorted(gs)
        g.add_nodes_from(gs)
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                g.add_edge(gs[i], gs[j])
    return sorted(nx.articulation_points(g))


def check(dataset_dir):
    ref = json.load(open(os.path.join(dataset_dir, "reference.json"), encoding="utf-8"))
    errors = []

    def eq(what, ours, theirs):
        if ours != theirs:
            errors.append(f"{what}: maillage {ours!r} != reference {theirs!r}")

    def close(what, ours, theirs):
        if abs(float(ours) - float(theirs)) > TOL:
            errors.append(f"{what}: maillage {ours!r} != reference {theirs!r}")

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report")
        t0 = time.time()
        subprocess.run([BIN, "report", os.path.join(dataset_dir, "memberships.csv"), "--quiet",
                        "--out", out], check=True)
        secs = time.time() - t0
        s = json.load(open(os.path.join(out, "summary.json"), encoding="utf-8"))
        groups = list(csv.DictReader(open(os.path.join(out, "groups.csv"), encoding="utf-8")))
        pairs = list(csv.DictReader(open(os.path.join(out, "pairs.csv"), encoding="utf-8")))
        conns = list(csv.DictReader(open(os.path.join(out, "connectors.csv"), encoding="utf-8")))

    def unq(name):  # CSV outputs neutralise formula-like names with a leading '
        return name[1:] if name.startswith("'") and name[1:2] in ("=", "+", "-", "@") else name

    for k in ["persons", "groups", "memberships", "persons_in_2plus_groups"]:
        eq(k, s[k], ref[k])
    close("multi_membership_rate", s["multi_membership_rate"], ref["multi_membership_rate"])
    eq("degree distribution", {str(d["groups"]): d["persons"] for d in s["degree_distribution"]},
       ref["person_degree_distribution"])
    gs = ref["group_size_distribution_summary"]
    for k in ["min", "max"]:
        eq(f"group size {k}", s["group_sizes"][k], gs[k])
    for k in ["mean", "median"]:
        close(f"group size {k}", s["group_sizes"][k], gs[k])
    eq("groups.csv rows", len(groups), len(ref["per_group"]))
    for g in groups:
        name = unq(g["group"])
        r = ref["per_group"].get(name)
        if r is None:
            errors.append(f"group {name!r} not in reference")
            continue
        eq(f"{name} size", int(g["members"]), r["size"])
        eq(f"{name} multi members", int(g["shared_members"]), r["multi_members"])
        close(f"{name} share", g["shared_rate"], r["share"])
    eq("overlapping pairs", s["overlapping_pairs"], ref["group_projection_edges"])
    eq("pairs.csv rows", len(pairs), ref["group_projection_edges"])
    eq("isolated groups", s["isolated_groups"], ref["isolated_groups"])
    iso_csv = sorted(unq(g["group"]) for g in groups if g["isolated"] == "true")
    eq("isolated groups in groups.csv", iso_csv, sorted(ref["isolated_groups"]))
    for i, rp in enumerate(ref["top_group_pairs"]):
        p = pairs[i]
        eq(f"pair {i}", (unq(p["group_a"]), unq(p["group_b"]), int(p["shared"])),
           (rp["group_a"], rp["group_b"], rp["shared"]))
        close(f"pair {i} jaccard", p["jaccard"], rp["jaccard"])
    if "top_group_pairs_cutoff_shared" in ref:
        cut = ref["top_group_pairs_cutoff_shared"]
        eq("pairs tied at cutoff", sum(1 for p in pairs if int(p["shared"]) == cut), ref["pairs_tied_at_cutoff"])
        eq("pairs above cutoff", sum(1 for p in pairs if int(p["shared"]) > cut), ref["pairs_above_cutoff"])
    eq("components", len(s["components"]), ref["components_count"])
    eq("component sizes",
       [(c["persons"] + c["groups"], c["persons"], c["groups"]) for c in s["components"]],
       [(c["nodes"], c["persons"], c["groups"]) for c in ref["component_sizes"]])
    eq("person cut points", s["cut_point_persons"], ref["person_articulation_points_count"])
    # Group cut points are those of the group-group graph (groups linked
    # when they share a person), which the shared references do not hold:
    # computed here with NetworkX from the memberships.
    group_aps = group_cut_points(os.path.join(dataset_dir, "memberships.csv"))
    eq("group cut points", s["cut_point_groups"], len(group_aps))
    eq("cut points in connectors.csv", sum(1 for c in conns if c["cut_point"] == "true"),
       ref["person_articulation_points_count"])
    eq("group cut points in groups.csv",
       sorted(unq(g["group"]) for g in groups if g["cut_point"] == "true"), group_aps)
    cuts = sorted((c for c in conns if c["cut_point"] == "true"),
                  key=lambda c: (-int(c["pieces_if_removed"]), -int(c["groups"]), unq(c["person"])))
    eq("top cut points",
       [(unq(c["person"]), int(c["pieces_if_removed"]), int(c["groups"])) for c in cuts[:20]],
       [(a["person"], a["blocks"], a["degree"]) for a in ref["person_articulation_points_top20"]])
    top_deg = sorted(conns, key=lambda c: (-int(c["groups"]), unq(c["person"])))[:20]
    eq("top degree", [unq(c["person"]) for c in top_deg], [d["person"] for d in ref["degree_centrality_top20"]])
    eq("connectors.csv rows", len(conns), ref["persons_in_2plus_groups"])
    return errors, secs


def main(argv):
    shared = os.path.join(HERE, "..", "..", "shared", "data")
    dirs = argv or sorted(os.path.join(shared, d) for d in os.listdir(shared)
                          if os.path.isfile(os.path.join(shared, d, "reference.json")))
    bad = 0
    for d in dirs:
        errors, secs = check(d)
        name = os.path.basename(os.path.normpath(d))
        print(f"{name:10s} {'OK' if not errors else 'MISMATCH'}  ({secs:.2f} s)")
        for e in errors:
            print("   ", e)
        bad += bool(errors)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
