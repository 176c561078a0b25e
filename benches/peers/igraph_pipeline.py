"""The maillage figures with pandas + python-igraph."""

import igraph as ig
import numpy as np
import pandas as pd

from common import args, write_summary, write_tables

path, out = args()
df = pd.read_csv(path, dtype=str).drop_duplicates()
pc, persons = pd.factorize(df.iloc[:, 0])
gc, groups = pd.factorize(df.iloc[:, 1])
P, G, M = len(persons), len(groups), len(df)
g = ig.Graph(n=P + G, edges=np.column_stack([pc, gc + P]).tolist())
g.vs["type"] = [False] * P + [True] * G
deg = np.array(g.degree())
multi = deg[:P] >= 2
size = deg[P:]
shared_members = np.bincount(gc[multi[pc]], minlength=G)

proj = g.bipartite_projection(multiplicity=True, which=1)
edges = np.array(proj.get_edgelist(), dtype=np.int64).reshape(-1, 2)
w = np.array(proj.es["weight"]) if proj.ecount() else np.array([], dtype=np.int64)
a, b = edges[:, 0], edges[:, 1]
jac = w / (size[a] + size[b] - w)
overlapping = np.array(proj.degree())

comps = g.connected_components()
membership = np.array(comps.membership)
aps = g.articulation_points()

write_tables(out, groups, size, shared_members, overlapping, membership[P:], a, b, w, jac)
write_summary(out, persons=P, groups=G, memberships=M, multi_membership_rate=float(multi.mean()),
              components=len(comps), articulation_points=len(aps), overlapping_pairs=len(w))
