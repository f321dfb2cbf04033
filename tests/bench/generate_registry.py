#!/usr/bin/env python3
"""Synthetic record-level registry of foreign patients (one row per patient visit).

    generate_registry.py --rows N --seed S --out FILE [--year-column]

Columns: visit_date (or year with --year-column), nationality, specialty, institution_type,
region, sex, age_group. Standard library only; deterministic for (rows, seed).

Marginals follow the official figures of the built-in dataset
(resources/data/khidi_observations.csv, real patients unless said otherwise):
- rows per year 2009-2024 in proportion to the official annual totals (60,201 ... 1,170,467);
- nationality, institution type and region: the published 2024 shares (Japan 37.7%, China
  22.3%, ...), applied to every year; what the 2024 tables leave out goes to an honestly named
  "... (not published)" category;
- specialty: the published 2024 department-based shares (dermatology 56.6%, ...); those count a
  patient once per department, each synthetic record has one specialty;
- sex and age group: NOT published in the built-in dataset; synthetic shares, for realism only.
Each year's counts per category are exact (largest remainder of share x rows), so every
one-dimensional marginal is as close to the shares as whole numbers allow; dimensions are
independent of each other (their cross tabs are not official). FILE.marginals.json holds the exact
counts produced: per year and dimension, and every (year, nationality, specialty, institution
type, region) cell.
"""
import argparse
import calendar
import collections
import csv
import datetime
import json
import os
import random

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "data",
                    "khidi_observations.csv")

# (dimension, category, measure) used from the 2024 tables; shares are read from the dataset.
PUBLISHED = {
    "nationality": ["Japan", "China", "United States", "Taiwan", "Thailand", "Mongolia"],
    "specialty": ["Dermatology", "Plastic surgery", "Internal medicine (integrated)",
                  "Health screening center", "Korean medicine (integrated)"],
    "institution_type": ["Clinic", "General hospital", "Tertiary general hospital", "Hospital",
                         "Korean-medicine hospital + clinic", "Dental hospital + clinic"],
    "region": ["Seoul", "Gyeonggi", "Busan", "Jeju", "Incheon", "Gyeongnam", "Ulsan"],
}
OTHER = {
    "nationality": "Other nationalities (not published)",
    "specialty": "Other specialties (not published)",
    "institution_type": "Other institution types (not published)",
    "region": "Other regions (not published)",
}
SYNTHETIC = {  # not in the official tables
    "sex": {"F": 0.78, "M": 0.22},
    "age_group": {"0-19": 0.05, "20-29": 0.33, "30-39": 0.30, "40-49": 0.15, "50-59": 0.09,
                  "60+": 0.08},
}
DIMENSIONS = ["nationality", "specialty", "institution_type", "region"]


def official_figures():
    """Annual real-patient totals and the 2024 shares (percent) of PUBLISHED."""
    totals, shares = {}, {d: {} for d in DIMENSIONS}
    with open(DATA, encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for r in rows:
            dims = {d: r[d] for d in DIMENSIONS}
            broken = [d for d in DIMENSIONS if dims[d] != "_T"]
            if r["measure"] == "real_patients" and not broken and r["value"]:
                totals[int(r["year"])] = int(r["value"])
            if r["year"] != "2024" or len(broken) != 1:
                continue
            d = broken[0]
            wanted = "department_based" if d == "specialty" else "real_patients"
            if r["measure"] != wanted or dims[d] not in PUBLISHED[d]:
                continue
            if r["share_pct"]:
                shares[d][dims[d]] = float(r["share_pct"])
            elif r["value"]:  # e.g. Mongolia: approx. 25,000 patients, no share published
                shares[d][dims[d]] = None
                shares[d]["_value_" + dims[d]] = int(r["value"])
    total2024 = totals[2024]
    out = {}
    for d in DIMENSIONS:
        s = {}
        for c in PUBLISHED[d]:
            v = shares[d].get(c)
            s[c] = v if v is not None else 100.0 * shares[d]["_value_" + c] / total2024
        rest = 100.0 - sum(s.values())
        if rest > 0.05:
            s[OTHER[d]] = rest
        out[d] = s
    return totals, out


def apportion(n, weights):
    """Largest remainder: whole counts summing to n, in proportion to weights (dict)."""
    total = sum(weights.values())
    exact = {k: n * w / total for k, w in weights.items()}
    counts = {k: int(v) for k, v in exact.items()}
    left = n - sum(counts.values())
    for k in sorted(exact, key=lambda k: (-(exact[k] - counts[k]), k))[:left]:
        counts[k] += 1
    return counts


def column(rng, n, weights):
    values = []
    for k, c in apportion(n, weights).items():
        values += [k] * c
    rng.shuffle(values)
    return values


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--year-column", action="store_true", help="a year column instead of visit_date")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    totals, shares = official_figures()
    years = apportion(a.rows, {y: totals[y] for y in sorted(totals)})
    marg = {"rows": a.rows, "seed": a.seed, "source": "resources/data/khidi_observations.csv",
            "shares_pct": shares, "years": {}, "by_year": {}, "cells": {}}
    header = ["year" if a.year_column else "visit_date"] + DIMENSIONS + ["sex", "age_group"]
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for y in sorted(years):
            n = years[y]
            if n == 0:
                continue
            cols = {d: column(rng, n, shares[d]) for d in DIMENSIONS}
            if a.year_column:
                first = [str(y)] * n
            else:
                days = 366 if calendar.isleap(y) else 365
                start = datetime.date(y, 1, 1)
                dates = [(start + datetime.timedelta(days=i)).isoformat() for i in range(days)]
                first = rng.choices(dates, k=n)
            extra = [rng.choices(list(w), weights=list(w.values()), k=n) for w in SYNTHETIC.values()]
            lines = zip(first, *(cols[d] for d in DIMENSIONS), *extra)
            f.write("\n".join(map(",".join, lines)))
            f.write("\n")
            marg["years"][str(y)] = n
            marg["by_year"][str(y)] = {d: dict(collections.Counter(cols[d])) for d in DIMENSIONS}
            cells = collections.Counter(zip(*(cols[d] for d in DIMENSIONS)))
            for k, c in sorted(cells.items()):
                marg["cells"]["|".join((str(y),) + k)] = c
    with open(a.out + ".marginals.json", "w", encoding="utf-8") as f:
        json.dump(marg, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
