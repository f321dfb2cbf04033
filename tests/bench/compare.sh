#!/usr/bin/env bash
# Side by side on the same registry and the same question (patients by nationality and by
# specialty in 2024, patients per year for the growth): our batch mode, our pure load, pandas
# (read_csv with categorical columns + three group-bys) and sqlite3 (.import + three GROUP BYs).
#   tests/bench/compare.sh [ROWS=5000000] [RUNS=3]
# Env: BUILD_DIR (default build), REGISTRY_FILE (default /tmp/medtour_registry_ROWS.csv, generated
# when missing). Prints the median wall time and peak memory of each step and the ratios.
set -euo pipefail

ROWS=${1:-5000000}
RUNS=${2:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
FILE=${REGISTRY_FILE:-/tmp/medtour_registry_${ROWS}.csv}
APP=$BUILD_DIR/app/medtour-dashboard
BENCH=$BUILD_DIR/tests/bench/medtour_bench_registry
PY=/usr/bin/python3  # Debian's python3-pandas lives here, not in a pyenv

command -v sqlite3 >/dev/null || { echo "sqlite3 missing: apt-get install sqlite3" >&2; exit 1; }
"$PY" -c 'import pandas' 2>/dev/null || { echo "pandas missing: apt-get install python3-pandas" >&2; exit 1; }
[ -x "$APP" ] || { echo "build $APP first" >&2; exit 1; }
if [ ! -f "$FILE" ]; then
  echo "generating $ROWS rows into $FILE ..."
  "$PY" "$HERE/generate_registry.py" --rows "$ROWS" --seed 1 --out "$FILE"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -n "${KEEP_WORK:-}" ] && trap - EXIT && echo "work dir: $WORK"
echo "file: $FILE ($(du -mL "$FILE" | cut -f1) MB, $ROWS rows), $RUNS runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

cat > "$WORK/pandas_load.py" <<'EOF'
import sys, time, pandas as pd
t = time.perf_counter()
cat = {c: "category" for c in ["visit_date", "nationality", "specialty", "institution_type", "region", "sex", "age_group"]}
df = pd.read_csv(sys.argv[1], dtype=cat)
load = time.perf_counter() - t
t = time.perf_counter()
v = df["visit_date"].cat
year = v.categories.str[:4].astype(int).to_numpy()[v.codes.to_numpy()]
y2024 = df[year == 2024]
a = y2024.groupby("nationality", observed=True).size()
b = y2024.groupby("specialty", observed=True).size()
c = df.groupby(year, observed=True).size()
agg = time.perf_counter() - t
print(f"{load:.3f} {agg:.3f}")
EOF

cat > "$WORK/sqlite.sql" <<'EOF'
.mode csv
.import FILE registry
EOF
cat > "$WORK/sqlite_query.sql" <<'EOF'
SELECT nationality, COUNT(*) FROM registry WHERE visit_date LIKE '2024%' GROUP BY nationality;
SELECT specialty, COUNT(*) FROM registry WHERE visit_date LIKE '2024%' GROUP BY specialty;
SELECT substr(visit_date, 1, 4), COUNT(*) FROM registry GROUP BY 1;
EOF
sed -i "s|FILE|$FILE|" "$WORK/sqlite.sql"

# wall seconds and peak RSS (MB) of a command, one line "secs mb"
timed() { /usr/bin/time -f '%e %M' -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
          awk '{printf "%s %.0f\n", $1, $2/1024}' "$WORK/t"; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$WORK/ours"; : > "$WORK/ours_mem"; : > "$WORK/load"; : > "$WORK/empty"; : > "$WORK/empty_mem"
: > "$WORK/pd_load"; : > "$WORK/pd_agg"; : > "$WORK/pd_mem"; : > "$WORK/sq_imp"; : > "$WORK/sq_q"; : > "$WORK/sq_mem"
for i in $(seq "$RUNS"); do
  read -r s m < <(QT_QPA_PLATFORM=offscreen timed "$APP" --summary-json /dev/null); echo "$s" >> "$WORK/empty"; echo "$m" >> "$WORK/empty_mem"
  read -r s m < <(QT_QPA_PLATFORM=offscreen timed "$APP" --data "$FILE" --summary-json /dev/null); echo "$s" >> "$WORK/ours"; echo "$m" >> "$WORK/ours_mem"
  if [ -x "$BENCH" ]; then
    MEDTOUR_REGISTRY_5M=$FILE MEDTOUR_REGISTRY_1M=$FILE "$BENCH" --benchmark_filter='BM_LoadRegistry/5000000' \
      --benchmark_format=json 2>/dev/null | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["benchmarks"][0]["real_time"]/1000)' >> "$WORK/load"
  fi
  /usr/bin/time -f '%M' -o "$WORK/pt" "$PY" "$WORK/pandas_load.py" "$FILE" > "$WORK/pd_out"
  read -r pl pa < "$WORK/pd_out"
  echo "$pl" >> "$WORK/pd_load"; echo "$pa" >> "$WORK/pd_agg"; awk '{printf "%.0f\n", $1/1024}' "$WORK/pt" >> "$WORK/pd_mem"
  rm -f "$WORK/reg.db"
  read -r s m < <(timed sqlite3 "$WORK/reg.db" ".read $WORK/sqlite.sql"); echo "$s" >> "$WORK/sq_imp"; echo "$m" >> "$WORK/sq_mem"
  read -r s m < <(timed sqlite3 "$WORK/reg.db" ".read $WORK/sqlite_query.sql"); echo "$s" >> "$WORK/sq_q"
  echo "run $i done" >&2
done

E=$(median < "$WORK/empty"); O=$(median < "$WORK/ours"); EM=$(median < "$WORK/empty_mem"); OM=$(median < "$WORK/ours_mem")
L=$( [ -s "$WORK/load" ] && median < "$WORK/load" || echo nan)
PL=$(median < "$WORK/pd_load"); PA=$(median < "$WORK/pd_agg"); PM=$(median < "$WORK/pd_mem")
SI=$(median < "$WORK/sq_imp"); SQ=$(median < "$WORK/sq_q"); SM=$(median < "$WORK/sq_mem")
"$PY" - "$E" "$O" "$EM" "$OM" "$L" "$PL" "$PA" "$PM" "$SI" "$SQ" "$SM" <<'EOF'
import sys
E, O, EM, OM, L, PL, PA, PM, SI, SQ, SM = map(float, sys.argv[1:])
ours = O - E  # batch run with the file minus the same batch run without it (start-up, built-in data, JSON)
print(f"{'step':44s} {'median s':>9s} {'peak MB':>8s}")
print(f"{'medtour batch, built-in data only (start-up)':44s} {E:9.2f} {EM:8.0f}")
print(f"{'medtour batch --data FILE --summary-json':44s} {O:9.2f} {OM:8.0f}")
print(f"{'  = load + aggregate (difference)':44s} {ours:9.2f} {OM-EM:8.0f}  (memory above the empty app)")
print(f"{'medtour pure load (importFile, benchmark)':44s} {L:9.2f}")
print(f"{'pandas read_csv (categorical)':44s} {PL:9.2f} {PM:8.0f}")
print(f"{'pandas three group-bys':44s} {PA:9.2f}")
print(f"{'sqlite3 .import':44s} {SI:9.2f} {SM:8.0f}")
print(f"{'sqlite3 three GROUP BYs':44s} {SQ:9.2f}")
print()
print(f"ratios (how many times longer than our load + aggregate, {ours:.2f} s):")
print(f"  pandas load + group-bys   {(PL + PA) / ours:6.1f}x   ({PL + PA:.2f} s)")
print(f"  sqlite3 import + queries  {(SI + SQ) / ours:6.1f}x   ({SI + SQ:.2f} s)")
if L == L:
    print(f"  pandas read_csv vs our pure load   {PL / L:6.1f}x")
    print(f"  sqlite3 .import vs our pure load   {SI / L:6.1f}x")
EOF
