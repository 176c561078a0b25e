"""The maillage figures with pandas + SciPy sparse matrices."""

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from common import args, articulation_points, write_summary, write_tables

path, out = args()
df = pd.read_csv(path, dtype=str).drop_duplicates()
pc, persons = pd.factorize(df.iloc[:, 0])
gc, groups = pd.factorize(df.iloc[:, 1])
P, G, M = len(persons), len(groups), len(df)
B = sp.csr_matrix((np.ones(M, dtype=np.int32), (pc, gc)), shape=(P, G))
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
aps = articulation_points(A.indptr, A.indices, P + G)

write_tables(out, groups, size, shared_members, overlapping, labels[P:], a, b, w, jac)
write_summary(out, persons=P, groups=G, memberships=M, multi_membership_rate=float(multi.mean()),
              components=int(ncomp), articulation_points=len(aps), overlapping_pairs=int(mask.sum()))
