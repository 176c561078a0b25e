"""The maillage figures with pandas + SciPy sparse matrices."""

import numpy as np
import pandas as pd
import scipy.sparse as sp

from common import args, articulation_points, sparse_figures, write_summary, write_tables

path, out = args()
df = pd.read_csv(path, dtype=str).drop_duplicates()
pc, persons = pd.factorize(df.iloc[:, 0])
gc, groups = pd.factorize(df.iloc[:, 1])
P, G, M = len(persons), len(groups), len(df)
B = sp.csr_matrix((np.ones(M, dtype=np.int32), (pc, gc)), shape=(P, G))
f = sparse_figures(B)
A = f["A"]
aps = articulation_points(A.indptr, A.indices, P + G)

write_tables(out, groups, f["size"], f["shared_members"], f["overlapping"], f["labels"][P:],
             f["a"], f["b"], f["w"], f["jac"])
write_summary(out, persons=P, groups=G, memberships=M, multi_membership_rate=float(f["multi"].mean()),
              components=int(f["ncomp"]), articulation_points=len(aps), overlapping_pairs=len(f["a"]))
