"""The maillage figures with pandas + NetworkX."""
import os

import networkx as nx
import pandas as pd
from networkx.algorithms import bipartite

from common import args, write_summary

path, out = args()
df = pd.read_csv(path, dtype=str).drop_duplicates()
pcol, gcol = df.columns[:2]
G = nx.Graph()
persons = [("p", p) for p in df[pcol].unique()]
groups = [("g", x) for x in df[gcol].unique()]
G.add_nodes_from(persons, bipartite=0)
G.add_nodes_from(groups, bipartite=1)
G.add_edges_from(zip((("p", p) for p in df[pcol]), (("g", x) for x in df[gcol])))
multi = sum(1 for p in persons if G.degree(p) >= 2)
GG = bipartite.weighted_projected_graph(G, groups)
rows = []
for u, v, d in GG.edges(data=True):
    w = d["weight"]
    rows.append((u[1], v[1], w, w / (G.degree(u) + G.degree(v) - w)))
rows.sort(key=lambda r: (-r[2], -r[3], r[0], r[1]))
comp = {}
ncomp = 0
for i, c in enumerate(nx.connected_components(G)):
    ncomp += 1
    for n in c:
        comp[n] = i
aps = list(nx.articulation_points(G))
grows = []
for x in groups:
    size = G.degree(x)
    sh = sum(1 for p in G[x] if G.degree(p) >= 2)
    grows.append((x[1], size, sh, sh / size, GG.degree(x), GG.degree(x) == 0, comp[x]))
pd.DataFrame(grows, columns=["group", "members", "shared_members", "shared_rate",
                             "overlapping_groups", "isolated", "component"]).to_csv(
    os.path.join(out, "groups.csv"), index=False)
pd.DataFrame(rows, columns=["group_a", "group_b", "shared", "jaccard"]).to_csv(
    os.path.join(out, "pairs.csv"), index=False)
write_summary(out, persons=len(persons), groups=len(groups), memberships=len(df),
              multi_membership_rate=multi / len(persons), components=ncomp,
              articulation_points=len(aps), overlapping_pairs=GG.number_of_edges())
