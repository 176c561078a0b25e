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
import igraph

from common import args, sparse_figures, write_summary

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
f = sparse_figures(B)
coo = B.tocoo()
g = igraph.Graph(n=P + G, edges=np.column_stack([coo.row, coo.col + P]))
aps = g.articulation_points()

names = groups.dictionary
pacsv.write_csv(pa.table({
    "group": names, "members": f["size"], "shared_members": f["shared_members"],
    "shared_rate": f["shared_members"] / f["size"], "overlapping_groups": f["overlapping"],
    "isolated": f["overlapping"] == 0, "component": f["labels"][P:]}), f"{out}/groups.csv")
a, b, w, jac = f["a"], f["b"], f["w"], f["jac"]
order = np.lexsort((b, a, -jac, -w))
pacsv.write_csv(pa.table({
    "group_a": names.take(a[order]), "group_b": names.take(b[order]),
    "shared": w[order], "jaccard": jac[order]}), f"{out}/pairs.csv")
write_summary(out, persons=P, groups=G, memberships=M,
              multi_membership_rate=float(f["multi"].mean()), components=int(f["ncomp"]),
              articulation_points=len(aps), overlapping_pairs=len(a))
