#!/usr/bin/env bash
# The project's test command (README "Run the tests"; CI runs it through .ci/run).
# One build profile (release) for tests, the binary and the golden runs, so
# polars is compiled once.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --release --all-targets --locked -- -D warnings
cargo test --release --locked
