"""The maillage figures with polars (Python); articulation points with the
shared pure-Python routine over a CSR built with numpy (polars has none)."""
import os

import numpy as np
import polars as pl
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from common import args, articulation_points, write_summary

path, out = args()
df = pl.read_csv(path, infer_schema_length=0)
pcol, gcol = df.columns[:2]
df = df.select(pl.col(pcol).alias("p"), pl.col(gcol).alias("g")).unique()
deg = df.group_by("p").agg(pl.len().alias("deg"))
df = df.join(deg, on="p")
P, G, M = deg.height, df["g"].n_unique(), df.height
multi = deg.filter(pl.col("deg") >= 2).height
sizes = df.group_by("g").agg(pl.len().alias("members"),
                             (pl.col("deg") >= 2).sum().alias("shared_members"))
multi_rows = df.filter(pl.col("deg") >= 2).select("p", "g")
pairs = (multi_rows.join(multi_rows, on="p", suffix="_b")
         .filter(pl.col("g") < pl.col("g_b"))
         .group_by("g", "g_b").agg(pl.len().alias("shared"))
         .rename({"g": "group_a", "g_b": "group_b"}))
pairs = (pairs.join(sizes.select(pl.col("g").alias("group_a"), pl.col("members").alias("sa")), on="group_a")
         .join(sizes.select(pl.col("g").alias("group_b"), pl.col("members").alias("sb")), on="group_b")
         .with_columns((pl.col("shared") / (pl.col("sa") + pl.col("sb") - pl.col("shared"))).alias("jaccard"))
         .sort(["shared", "jaccard", "group_a", "group_b"], descending=[True, True, False, False])
         .select("group_a", "group_b", "shared", "jaccard"))
overlapping = pl.concat([pairs.select(pl.col("group_a").alias("g")), pairs.select(pl.col("group_b").alias("g"))]) \
    .group_by("g").agg(pl.len().alias("overlapping_groups"))
# Components and articulation points on the bipartite graph (ids via polars).
pid = (df["p"].rank("dense") - 1).to_numpy().astype(np.int64)
gid = (df["g"].rank("dense") - 1).to_numpy().astype(np.int64)
gnames = df["g"].unique().sort()
n = P + G
A = sp.csr_matrix((np.ones(2 * M, dtype=np.int8), (np.concatenate([pid, gid + P]), np.concatenate([gid + P, pid]))),
                  shape=(n, n))
ncomp, labels = connected_components(A, directed=False)
aps = articulation_points(A.indptr, A.indices, n)
groups = (sizes.join(overlapping, on="g", how="left").fill_null(0)
          .with_columns((pl.col("shared_members") / pl.col("members")).alias("shared_rate"),
                        (pl.col("overlapping_groups") == 0).alias("isolated"))
          .join(pl.DataFrame({"g": gnames, "component": labels[P:]}), on="g")
          .rename({"g": "group"}).sort("group"))
groups.write_csv(os.path.join(out, "groups.csv"))
pairs.write_csv(os.path.join(out, "pairs.csv"))
write_summary(out, persons=P, groups=G, memberships=M, multi_membership_rate=multi / P,
              components=int(ncomp), articulation_points=len(aps), overlapping_pairs=pairs.height)
