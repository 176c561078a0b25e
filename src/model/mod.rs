//! Model stage: [`Memberships`](crate::memberships::Memberships) -> [`Network`], the
//! bipartite graph of persons and groups (a petgraph CSR with `u32` ids),
//! duplicates removed. Pure: no I/O.

mod network;

pub use network::Network;

#[cfg(test)]
pub(crate) use network::tests as network_tests;
