#!/usr/bin/env bash
# Installs what is missing, builds, and opens MedTour Dashboard on the built-in dataset.
# Without a display it writes the three charts (PNG), the summary report (PDF) and the KPIs
# (JSON) to a folder and prints its path. Extra arguments go to medtour-dashboard.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh"
bin=${MEDTOUR_BUILD_DIR:-$repo/build}/app/medtour-dashboard

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  exec "$bin" "$@"
fi

out=${MEDTOUR_OUT:-$repo/out/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
echo "No display found: writing the charts and the summary report instead of opening a window." >&2
"$bin" --export-png "$out" --report-pdf "$out/summary-report.pdf" --summary-json "$out/summary.json" "$@"
echo "Wrote the dashboard output to: $out"
ls -1 "$out"
