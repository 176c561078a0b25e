#!/bin/bash
# Times `maillage report` at 10M memberships for several binaries, one
# after the other in each round (so that the VM's drift hits them alike):
#   benches/report_rounds.sh ROUNDS "label:binary:extra args" ...
# e.g. benches/report_rounds.sh 4 "before:/work/bin/maillage-88bf4ef:" \
#        "after:target/release/maillage:--groups-info groups-info-10M.csv"
# INPUT (default /tmp/maillage-bench/m10000000.csv, made by the
# benches/peers scripts) and OUT name the input and the output folder.
# One line per run: wall, user and system seconds, peak RSS, load before.
# The output folder is removed before each run (replacing an earlier
# report deletes it, which would be timed too).
rounds=$1; shift
for r in $(seq 1 $rounds); do
  for spec in "$@"; do
    label=${spec%%:*}; rest=${spec#*:}; bin=${rest%%:*}; args=${rest#*:}
    rm -rf ${OUT:-/tmp/maillage-rounds-out}; sync
    l=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "$label r$r %e wall %U user %S sys %M KB load $l" $bin report ${INPUT:-/tmp/maillage-bench/m10000000.csv} --out ${OUT:-/tmp/maillage-rounds-out} --quiet $args 2>&1 | tail -1
  done
done
rm -rf ${OUT:-/tmp/maillage-rounds-out}
