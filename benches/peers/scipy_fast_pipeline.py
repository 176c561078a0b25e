"""The maillage figures with the fastest Python tools we know for each step:
pyarrow (multithreaded CSV read and write, dictionary encoding), SciPy
sparse matrices (pair counts, components) and igraph's C routine for the
articulation points. The strongest baseline of benches/peers: what a
performance-minded Python user would write."""

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
import igraph

from common import args, write_summary

path, out = args()
t = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(
    column_types={}, strings_can_be_null=False, auto_dict_encode=False))
persons = pc.dictionary_encode(t.column(0)).combine_chunks()
groups = pc.dictionary_encode(t.column(1)).combine_chunks()
pcode = persons.indices.to_numpy(zero_copy_only=False).astype(np.int64)
gcode = groups.indices.to_numpy(zero_copy_only=False).astype(np.int64)
P, G = len(persons.dictionary), len(groups.dictionary)
# Distinct memberships: duplicates summed by the sparse constructor, then
# set to 1.
B = sp.csr_matrix((np.ones(len(pcode), dtype=np.int32), (pcode, gcode)), shape=(P, G))
B.sum_duplicates()
B.data[:] = 1
M = B.nnz
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
coo = B.tocoo()
g = igraph.Graph(n=P + G, edges=np.column_stack([coo.row, coo.col + P]))
aps = g.articulation_points()

names = groups.dictionary
pacsv.write_csv(pa.table({
    "group": names, "members": size, "shared_members": shared_members,
    "shared_rate": shared_members / size, "overlapping_groups": overlapping,
    "isolated": overlapping == 0, "component": labels[P:]}), f"{out}/groups.csv")
order = np.lexsort((b, a, -jac, -w))
pacsv.write_csv(pa.table({
    "group_a": names.take(a[order]), "group_b": names.take(b[order]),
    "shared": w[order], "jaccard": jac[order]}), f"{out}/pairs.csv")
write_summary(out, persons=P, groups=G, memberships=M, multi_membership_rate=float(multi.mean()),
              components=int(ncomp), articulation_points=len(aps), overlapping_pairs=int(mask.sum()))
