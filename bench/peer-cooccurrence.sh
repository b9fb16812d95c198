#!/bin/sh
# The whole `grounded cooccur` process against the peer's algorithm (QualCoder's and RQDA's all
# pairs of codings per document) in Python, on the same generated study: the dense study (50 focus
# groups × 40,000 words, 300 codes, 4,000 codings each) written as a Grounded project and as a
# REFI-QDA .qdpx from the same seed. Checks that both matrices are equal and prints the wall-clock
# and CPU times of both processes (/usr/bin/time -v) and their ratio. README, Performance.
#
#   mvn -B package -DskipTests && bench/peer-cooccurrence.sh [FOLDER] [generate options...]
#
# FOLDER (default a new temporary folder) keeps the study between runs; any further arguments go
# to grounded generate instead of --dense (for instance --documents 5 --words 4000 --dense).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=${GROUNDED_JAR:-$here/../target/grounded.jar}
folder=${1:-$(mktemp -d)}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- --dense
mkdir -p "$folder"
cd "$folder"
[ -f study.grounded ] || java -jar "$jar" generate "$@" -o study.grounded
[ -f study.qdpx ] || java -jar "$jar" generate "$@" -o study.qdpx

/usr/bin/time -v -o grounded.time java -jar "$jar" cooccur --format csv study.grounded > grounded.csv
/usr/bin/time -v -o peer.time python3 "$here/peer_cooccurrence.py" study.qdpx > peer.csv
python3 "$here/peer_cooccurrence.py" --compare grounded.csv peer.csv

python3 - grounded.time peer.time <<'PY'
import re, sys
def read(path):
    text = open(path).read()
    def field(name):
        return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
    parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
    wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return wall, cpu, int(field("Maximum resident set size (kbytes)")) / 1024
g, p = read(sys.argv[1]), read(sys.argv[2])
print(f"grounded cooccur (study.grounded): {g[0]:.2f} s wall, {g[1]:.2f} s CPU, {g[2]:.0f} MB resident")
print(f"peer in Python (study.qdpx):       {p[0]:.2f} s wall, {p[1]:.2f} s CPU, {p[2]:.0f} MB resident")
print(f"ratio: {p[0] / g[0]:.1f}x wall clock, {p[1] / g[1]:.1f}x CPU")
PY
uptime
