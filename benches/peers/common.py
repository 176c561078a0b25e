"""Shared pieces of the peer pipelines (what a Python user would write).

Every peer computes the same figures as `maillage report`: persons, groups,
memberships, multi-membership rate, per-group shared members and rate,
every group pair sharing members with its Jaccard index, connected
components of the bipartite graph, and articulation points; and writes
groups.csv, pairs.csv and summary.json into an output folder.
"""
import json
import os
import sys


def args():
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} MEMBERSHIPS.csv OUT_DIR")
    os.makedirs(sys.argv[2], exist_ok=True)
    return sys.argv[1], sys.argv[2]


def articulation_points(indptr, indices, n):
    """Iterative Hopcroft-Tarjan over a CSR adjacency (lists or arrays).
    Returns the list of articulation point node ids. Pure Python: the
    libraries these pipelines use (SciPy, polars) have no such routine."""
    indptr = indptr.tolist() if hasattr(indptr, "tolist") else indptr
    indices = indices.tolist() if hasattr(indices, "tolist") else indices
    disc = [0] * n
    low = [0] * n
    is_ap = [False] * n
    t = 0
    for root in range(n):
        if disc[root]:
            continue
        t += 1
        disc[root] = low[root] = t
        children = 0
        stack = [(root, -1, indptr[root])]
        while stack:
            v, parent, i = stack[-1]
            if i < indptr[v + 1]:
                stack[-1] = (v, parent, i + 1)
                w = indices[i]
                if not disc[w]:
                    t += 1
                    disc[w] = low[w] = t
                    stack.append((w, v, indptr[w]))
                    if v == root:
                        children += 1
                elif w != parent:
                    if disc[w] < low[v]:
                        low[v] = disc[w]
            else:
                stack.pop()
                if stack:
                    u = stack[-1][0]
                    if low[v] < low[u]:
                        low[u] = low[v]
                    if u != root and low[v] >= disc[u]:
                        is_ap[u] = True
        if children >= 2:
            is_ap[root] = True
    return [v for v in range(n) if is_ap[v]]


def sparse_figures(B):
    """Every figure but the articulation points, from the person x group
    incidence matrix B (CSR, one 1 per distinct membership), with SciPy
    sparse products. Shared by the two SciPy pipelines."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components
    P, G = B.shape
    deg = np.asarray(B.sum(axis=1)).ravel()
    size = np.asarray(B.sum(axis=0)).ravel()
    multi = deg >= 2
    shared_members = np.asarray(B[multi].sum(axis=0)).ravel()
    GG = (B.T @ B).tocoo()
    mask = GG.row < GG.col
    a, b, w = GG.row[mask], GG.col[mask], GG.data[mask]
    jac = w / (size[a] + size[b] - w)
    overlapping = np.bincount(np.concatenate([a, b]), minlength=G)
    A = sp.bmat([[None, B], [B.T, None]], format="csr")
    ncomp, labels = connected_components(A, directed=False)
    return dict(size=size, multi=multi, shared_members=shared_members, a=a, b=b, w=w, jac=jac,
                overlapping=overlapping, A=A, ncomp=ncomp, labels=labels)


def write_tables(out, groups, size, shared_members, overlapping, component, a, b, w, jac):
    """groups.csv and pairs.csv from numpy arrays (pairs most shared first)."""
    import numpy as np
    import pandas as pd
    pd.DataFrame({"group": groups, "members": size, "shared_members": shared_members,
                  "shared_rate": shared_members / size, "overlapping_groups": overlapping,
                  "isolated": overlapping == 0, "component": component}).to_csv(
        os.path.join(out, "groups.csv"), index=False)
    order = np.lexsort((b, a, -jac, -w))
    pd.DataFrame({"group_a": groups[a[order]], "group_b": groups[b[order]], "shared": w[order],
                  "jaccard": jac[order]}).to_csv(os.path.join(out, "pairs.csv"), index=False)


def write_summary(out, **figures):
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(figures, f, indent=1, default=int)
