#!/usr/bin/env python3
"""Runs maillage and the Python tools users would otherwise pick on the same
generated files; prints a Markdown table (median wall time of --runs runs,
peak resident memory) and checks that they agree on the headline figures.

Usage (from the crate root, after `cargo build --release`):
    python3 benches/peers/compare.py --sizes 1000000 10000000 --runs 3
Needs: pip install numpy scipy pandas polars python-igraph networkx
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
BIN = os.path.join(ROOT, "target", "release", "maillage")
PY = sys.executable

TOOLS = {
    "maillage": lambda f, o: [BIN, "report", f, "--out", o, "--quiet"],
    "scipy": lambda f, o: [PY, os.path.join(HERE, "scipy_pipeline.py"), f, o],
    "scipy+pyarrow+igraph": lambda f, o: [PY, os.path.join(HERE, "scipy_fast_pipeline.py"), f, o],
    "igraph": lambda f, o: [PY, os.path.join(HERE, "igraph_pipeline.py"), f, o],
    "polars": lambda f, o: [PY, os.path.join(HERE, "polars_pipeline.py"), f, o],
    "networkx": lambda f, o: [PY, os.path.join(HERE, "networkx_pipeline.py"), f, o],
    "polars read only": lambda f, o: [PY, "-c", "import polars as pl, sys; pl.read_csv(sys.argv[1], infer_schema_length=0)", f],
    "cat": lambda f, o: ["sh", "-c", 'cat "$1" > /dev/null', "cat", f],
}


def timed(cmd, timeout):
    """(seconds, peak RSS in MB) of one run, or None on time-out."""
    try:
        r = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, capture_output=True, text=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr[-2000:]}")
    secs, kb = r.stderr.strip().splitlines()[-1].split()
    return float(secs), int(kb) / 1024


def figures(out, tool):
    s = json.load(open(os.path.join(out, "summary.json")))
    if tool == "maillage":
        return (s["persons"], s["groups"], s["memberships"], round(s["multi_membership_rate"], 9),
                len(s["components"]), s["cut_point_persons"] + s["cut_point_groups"], s["overlapping_pairs"])
    return (s["persons"], s["groups"], s["memberships"], round(s["multi_membership_rate"], 9),
            s["components"], s["articulation_points"], s["overlapping_pairs"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tools", default="cat,polars read only,maillage,scipy,igraph,polars,networkx")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--networkx-max", type=int, default=2_000_000,
                    help="skip NetworkX above this many memberships (it needs > 600 s at 10M)")
    ap.add_argument("--data", default=os.path.join(tempfile.gettempdir(), "maillage-bench"))
    a = ap.parse_args()
    os.makedirs(a.data, exist_ok=True)
    print("| memberships | tool | median time (s) | peak memory (MB) | runs |")
    print("|---:|---|---:|---:|---:|")
    for n in a.sizes:
        f = os.path.join(a.data, f"m{n}.csv")
        if not os.path.exists(f):
            subprocess.run([BIN, "generate", "--memberships", str(n), "--groups", str(max(n // 100, 1)),
                            "--seed", "1", "--out", f], check=True, capture_output=True)
        agree = {}
        for tool in a.tools.split(","):
            if tool == "networkx" and n > a.networkx_max:
                print(f"| {n:,} | {tool} | skipped (> {a.networkx_max:,}) | | |", flush=True)
                continue
            results = []
            for _ in range(a.runs):
                out = tempfile.mkdtemp(prefix="peer-", dir=a.data)
                res = timed(TOOLS[tool](f, out), a.timeout)
                if res is None:
                    shutil.rmtree(out, ignore_errors=True)
                    break
                results.append(res)
                if os.path.exists(os.path.join(out, "summary.json")):
                    agree[tool] = figures(out, tool)
                shutil.rmtree(out, ignore_errors=True)
            if not results:
                print(f"| {n:,} | {tool} | > {a.timeout:.0f} (killed) | | 0 |", flush=True)
                continue
            t = statistics.median(r[0] for r in results)
            m = max(r[1] for r in results)
            print(f"| {n:,} | {tool} | {t:.2f} | {m:,.0f} | {len(results)} |", flush=True)
        ref = agree.get("maillage")
        for tool, fig in agree.items():
            status = "agrees" if fig == ref else f"DIFFERS {fig} vs maillage {ref}"
            print(f"<!-- {n} {tool}: {status} -->")


if __name__ == "__main__":
    main()
