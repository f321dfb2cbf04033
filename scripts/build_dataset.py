#!/usr/bin/env python3
"""Convert the KHIDI / MOHW foreign-patient statistics (shared/data/khidi/*.csv)
into the single tidy observation file embedded by MedTour Dashboard:
resources/data/khidi_observations.csv (layout documented in resources/data/FORMAT.md).

Usage (from the repo root):
    python3 scripts/build_dataset.py [SOURCE_DIR] [-o OUTPUT]
SOURCE_DIR defaults to ../shared/data/khidi (relative to the repo root).

Standard library only. Output is deterministic: rows sorted by measure, year,
then nationality, specialty, institution_type, region (`_T` first, then by name).
The script fails loudly (AssertionError / SystemExit) if a source row is neither
mapped nor explicitly listed as skipped, if a cell is emitted twice, or if one of
the headline checks does not hold.
"""

import argparse
import csv
import os
import sys

HEADER = [
    "year", "measure", "nationality", "nationality_ko", "nationality_ja",
    "specialty", "specialty_ko", "specialty_ja", "institution_type", "institution_type_ko",
    "institution_type_ja", "region", "region_ko", "region_ja", "value",
    "share_pct", "share_base", "status", "is_aggregate", "reported_yoy_pct",
    "confidence", "source_ids", "note",
]
COMMENT = ("# Source: MOHW / KHIDI, 외국인환자 유치실적 — converted from shared/data/khidi "
           "by scripts/build_dataset.py")
DIMS = ["nationality", "specialty", "institution_type", "region"]
TOTAL = "_T"

# ---------------------------------------------------------------------------
# Canonical categories: dimension -> canonical English -> (Korean, is_aggregate)
# One English and one Korean name per category across all tables.
# ---------------------------------------------------------------------------
CANON = {
    "nationality": {
        "Japan": ("일본", 0),
        "China": ("중국", 0),
        "United States": ("미국", 0),
        "Taiwan": ("대만", 0),
        "Thailand": ("태국", 0),
        "Mongolia": ("몽골", 0),
        "Vietnam": ("베트남", 0),
        "Russia": ("러시아", 0),
        "Kazakhstan": ("카자흐스탄", 0),
        "Uzbekistan": ("우즈베키스탄", 0),
        "Indonesia": ("인도네시아", 0),
        "Canada": ("캐나다", 0),
        "Singapore": ("싱가포르", 0),
        "Philippines": ("필리핀", 0),
        "Australia": ("호주", 0),
        "United Arab Emirates": ("아랍에미리트", 0),
        "Cambodia": ("캄보디아", 0),
        "Middle East (region)": ("중동", 1),
        "Japan+China (combined)": ("일본+중국", 1),
        "United States+China (combined)": ("미국+중국", 1),
        "Japan+Taiwan (combined)": ("일본+대만", 1),
    },
    "specialty": {
        "Dermatology": ("피부과", 0),
        "Plastic surgery": ("성형외과", 0),
        # 내과통합: general IM + infectious, endocrine, rheumatology, GI, cardiology,
        # nephrology, allergy, hemato-oncology, pulmonology and family medicine.
        "Internal medicine (integrated)": ("내과통합", 0),
        # 2010-2011 only: narrower pre-merge category (2010 lists family medicine apart).
        "Internal medicine": ("내과", 0),
        "Family medicine": ("가정의학과", 0),
        "Health screening center": ("검진센터", 0),
        "Korean medicine (integrated)": ("한방통합", 0),
        "Dentistry": ("치과", 0),
        "Orthopedics": ("정형외과", 0),
        "Obstetrics & gynecology": ("산부인과", 0),
        "Neurosurgery": ("신경외과", 0),
        "General surgery": ("일반외과", 0),
        "Ophthalmology": ("안과", 0),
        "Otorhinolaryngology": ("이비인후과", 0),
        "Dermatology + plastic surgery (combined)": ("피부·성형외과", 1),
    },
    "institution_type": {
        "Tertiary general hospital": ("상급종합병원", 0),
        "General hospital": ("종합병원", 0),
        "Hospital": ("병원", 0),
        "Clinic": ("의원", 0),
        "Clinic level": ("의원급", 0),  # 2010 only; may include dental/KM clinics
        "Dental hospital": ("치과병원", 0),
        "Dental clinic": ("치과의원", 0),
        "Dental hospital + clinic": ("치과병의원", 0),
        "Korean-medicine hospital": ("한방병원", 0),
        "Korean-medicine clinic": ("한의원", 0),
        "Korean-medicine hospital + clinic": ("한방병의원", 0),
        "Other (long-term care etc.)": ("요양 등 기타", 0),
        "General hospital and above (tertiary + general)": ("종합병원 이상", 1),
        "Hospital + clinic (combined)": ("병·의원", 1),
    },
    "region": {
        "Seoul": ("서울", 0),
        "Gyeonggi": ("경기", 0),
        "Incheon": ("인천", 0),
        "Busan": ("부산", 0),
        "Daegu": ("대구", 0),
        "Gwangju": ("광주", 0),
        "Daejeon": ("대전", 0),
        "Ulsan": ("울산", 0),
        "Jeonbuk": ("전북", 0),
        "Gyeongnam": ("경남", 0),
        "Jeju": ("제주", 0),
        "Seoul metropolitan area (Seoul+Gyeonggi+Incheon)": ("수도권", 1),
        "Non-capital regions": ("비수도권", 1),
        "Seoul + Gyeonggi (combined)": ("서울+경기", 1),
        "Daegu + Busan (combined)": ("대구+부산", 1),
    },
}

# ---------------------------------------------------------------------------
# Source label -> canonical English, per dimension. Labels equal to a canonical
# name map to themselves. Keys are (label) or (label, year) for year-specific cases.
# ---------------------------------------------------------------------------
ALIASES = {
    "nationality": {
        "UAE": "United Arab Emirates",
        "Japan+China (combined)": "Japan+China (combined)",
    },
    "specialty": {
        # Cross tabs / growth table say "Internal medicine" (내과) in 2016-2024, when the
        # only top-level KHIDI category is 내과통합 (the 2012 table row already labels
        # 내과 as integrated) -> same category.
        "Internal medicine": "Internal medicine (integrated)",
        ("Internal medicine", 2010): "Internal medicine",   # family medicine separate
        ("Internal medicine", 2011): "Internal medicine",   # pre-merge basis, rounded
        "Korean medicine": "Korean medicine (integrated)",  # 한방 / 한의과 top-level
        "Dentistry (patients)": "Dentistry",
        "Plastic surgery + dermatology (combined)": "Dermatology + plastic surgery (combined)",
    },
    "institution_type": {
        # 2024 release "의원급 82.0%" = KHIDI report "의원(기타)"; KM and dental listed apart.
        "Clinic level (clinics)": "Clinic",
        "Tertiary + general hospital (combined)": "General hospital and above (tertiary + general)",
        "General hospital and above": "General hospital and above (tertiary + general)",
    },
    "region": {
        "Seoul metropolitan area": "Seoul metropolitan area (Seoul+Gyeonggi+Incheon)",
        "Non-capital regions (total)": "Non-capital regions",
    },
}

# ---------------------------------------------------------------------------
# Cross tabs: subset_en -> (dimension, canonical category), or None = skip (reason).
# breakdown -> dimension (None = skip).
# ---------------------------------------------------------------------------
CROSS_SUBSETS = {
    "Dermatology patients": ("specialty", "Dermatology"),
    "Plastic surgery patients": ("specialty", "Plastic surgery"),
    "Plastic surgery patients (66,969)": ("specialty", "Plastic surgery"),
    "US patients": ("nationality", "United States"),
    "Japanese patients": ("nationality", "Japan"),
    "Japanese + Taiwanese patients": ("nationality", "Japan+Taiwan (combined)"),
    "Chinese patients": ("nationality", "China"),
    "Chinese patients (162,868)": ("nationality", "China"),
    "Mongolian patients (17,918)": ("nationality", "Mongolia"),
    "Thai patients": ("nationality", "Thailand"),
    "Busan patients (30,165)": ("region", "Busan"),
    "Incheon patients (21,387)": ("region", "Incheon"),
    "Daegu patients (31,183)": ("region", "Daegu"),
    "Daegu patients (12,988)": ("region", "Daegu"),
    "Gyeonggi patients (56,603)": ("region", "Gyeonggi"),
    "Korean-medicine hospital/clinic users (34,535)":
        ("institution_type", "Korean-medicine hospital + clinic"),
}
CROSS_SKIP_SUBSETS = {
    "Clinic-level (의원급) institutions":
        "clinic-level (의원급) × specialty share: unclear whether 의원급 here includes "
        "dental/Korean-medicine clinics, and the base is a department-based count within "
        "those institutions",
    "Korean-medicine patients":
        "2010 '한방 환자' is ambiguous between the Korean-medicine department (한방통합) "
        "and Korean-medicine institutions (한방병의원); bases differ a lot (cf. REPORT §9.10)",
    "Korean medicine (integrated) department":
        "sub-department breakdown (한의과, 한방내과, …) is not a cube dimension",
}
CROSS_BREAKDOWNS = {"nationality": "nationality", "specialty": "specialty", "region": "region"}
CROSS_SKIP_CATEGORIES = {
    ("region", "Other regions"):
        "residual 'other regions' (그 외) of one table; not a stable region category",
}

# Duplicate cells created by two cross tabs (same cube cell, different share base).
# Keep the better-sourced row; the other is skipped and quoted in the kept row's note.
# (year, subset_en of the row to DROP, category_en) -> reason
CROSS_DUPLICATE_DROP = {
    (2024, "US patients", "Dermatology"):
        "same cell as 2024 Dermatology patients × nationality: United States (5.7%, KHIDI report, "
        "high); this one is a share of US patients (33.0%, Yonhap summary S16, medium); kept "
        "the former and quoted this share in its note",
}

# ---------------------------------------------------------------------------
# Growth table: dimension -> how to locate the cell. Simple dimensions use the
# aliases above; combined dimensions are listed explicitly.
# ---------------------------------------------------------------------------
GROWTH_SIMPLE = {"nationality", "specialty", "institution_type", "region"}
GROWTH_COMBINED = {
    ("nationality (dermatology patients only)", "Taiwan"): {"specialty": "Dermatology", "nationality": "Taiwan"},
    ("nationality (dermatology patients only)", "China"): {"specialty": "Dermatology", "nationality": "China"},
    ("nationality (dermatology patients only)", "Japan"): {"specialty": "Dermatology", "nationality": "Japan"},
    ("region x specialty", "Busan - dermatology"): {"region": "Busan", "specialty": "Dermatology"},
    ("region x specialty", "Busan - Korean medicine"): {"region": "Busan", "specialty": "Korean medicine (integrated)"},
    ("region x specialty", "Busan - dentistry"): {"region": "Busan", "specialty": "Dentistry"},
    ("region x specialty", "Busan - plastic surgery"): {"region": "Busan", "specialty": "Plastic surgery"},
    ("nationality x specialty", "Japan - plastic surgery + dermatology"):
        {"nationality": "Japan", "specialty": "Dermatology + plastic surgery (combined)"},
}
GROWTH_SKIP = {
    ("specialty", "Orthopedics (as printed; possibly plastic surgery)"):
        "label as printed is 정형외과 but the same blog text mislabels plastic surgery as "
        "정형외과; the cell cannot be identified",
}

# other_metrics: metric_en -> measure (all dims Total). Everything else is skipped.
OTHER_METRICS = {
    "Number of countries of origin": "countries_of_origin",
    "Department-based patient total (sum over specialties)": "department_based",
}

# 2021 total: published rounded only; exact value derived from the official cumulative.
DERIVED_2021_NOTE = ("Published rounded as 146,000 (S38); 145,842 = cumulative 3,877,342 (S26) "
                     "minus the other official annual totals; fits the published +24.6%.")
CUMULATIVE_2023 = 3877342

PRECISIONS = {"exact", "rounded_100", "rounded_1000", "rounded_10000", "approx", "share_only"}
STATUSES = PRECISIONS | {"derived", "reported_growth_only"}
CONF_RANK = {"low": 0, "medium": 1, "high": 2}


def canon(dim, label, year=None):
    """Return the canonical English name for a source label, or raise."""
    al = ALIASES.get(dim, {})
    name = al.get((label, year)) or al.get(label) or label
    if name not in CANON[dim]:
        raise SystemExit(f"unmapped {dim} label {label!r} ({year})")
    return name


def read(src, name):
    with open(os.path.join(src, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def join_ids(*lists):
    out = []
    for ids in lists:
        for s in ids.split(";"):
            s = s.strip()
            if s and s not in out:
                out.append(s)
    return ";".join(out)


def join_notes(*notes):
    return " ".join(n.strip() for n in notes if n and n.strip())


class Cube:
    def __init__(self):
        self.rows = {}
        self.skipped = []  # (file, description, reason)

    def add(self, year, measure, coords, *, value="", share="", share_base="", status,
            is_agg=0, yoy="", confidence, source_ids, note="", origin=""):
        year = int(year)
        assert 2009 <= year <= 2024, year
        assert measure in ("real_patients", "department_based", "countries_of_origin")
        assert status in STATUSES, status
        assert confidence in CONF_RANK, confidence
        full = {d: coords.get(d, TOTAL) for d in DIMS}
        for d, v in full.items():
            if v != TOTAL:
                assert v in CANON[d], (d, v)
                is_agg = max(is_agg, CANON[d][v][1])
        if share != "":
            assert share_base in DIMS and full[share_base] != TOTAL, (origin, share_base)
        else:
            share_base = ""
        if value != "":
            value = int(value)
            assert value > 0, (origin, value)
        assert value != "" or share != "" or yoy != "", origin
        key = (year, measure) + tuple(full[d] for d in DIMS)
        if key in self.rows:
            raise SystemExit(f"duplicate cell {key}: {origin} vs {self.rows[key]['_origin']}")
        self.rows[key] = dict(
            year=year, measure=measure, **full, value=value, share_pct=share,
            share_base=share_base, status=status, is_aggregate=int(is_agg),
            reported_yoy_pct=yoy, confidence=confidence, source_ids=source_ids,
            note=note, _origin=origin)
        return key

    def skip(self, file, desc, reason):
        self.skipped.append((file, desc, reason))


def label_note(dim, canonical, src_ko, src_en):
    """Note the original label when it differs from the canonical one."""
    ko = CANON[dim][canonical][0]
    if src_ko and src_ko != ko:
        return f"Source label: {src_en} / {src_ko}."
    if src_en != canonical:
        return f"Source label: {src_en}."
    return ""


def build(src):
    cube = Cube()

    # -- totals --------------------------------------------------------------
    totals = read(src, "total_patients.csv")
    tmap = {int(r["year"]): r for r in totals}
    assert sorted(tmap) == list(range(2009, 2025)), "totals must cover 2009-2024"
    others = sum(int(r["total_patients"]) for y, r in tmap.items() if y <= 2023 and y != 2021)
    derived_2021 = CUMULATIVE_2023 - others
    assert derived_2021 == 145842, derived_2021
    assert round(derived_2021 / int(tmap[2020]["total_patients"]) * 100 - 100, 1) == 24.6
    for y, r in tmap.items():
        if y == 2021:
            assert r["total_patients"] == "146000" and r["precision"] == "rounded_1000"
            cube.add(y, "real_patients", {}, value=derived_2021, status="derived",
                     yoy=r["reported_yoy_growth_pct"], confidence="medium",
                     source_ids=join_ids("S26", r["source_ids"]),
                     note=join_notes(DERIVED_2021_NOTE, "Source note: " + r["note"]),
                     origin="total_patients 2021")
        else:
            cube.add(y, "real_patients", {}, value=r["total_patients"], status=r["precision"],
                     yoy=r["reported_yoy_growth_pct"], confidence=r["confidence"],
                     source_ids=r["source_ids"], note=r["note"], origin=f"total_patients {y}")

    # -- other metrics -------------------------------------------------------
    for r in read(src, "other_metrics.csv"):
        m = OTHER_METRICS.get(r["metric_en"])
        if m is None:
            cube.skip("other_metrics.csv", f"{r['year']} {r['metric_en']}",
                      "not a patient count in the cube (measure not in the layout)")
            continue
        cube.add(r["year"], m, {}, value=r["value"], status="exact", confidence=r["confidence"],
                 source_ids=r["source_ids"], note=r["note"],
                 origin=f"other_metrics {r['year']} {r['metric_en']}")

    # -- single-dimension tables --------------------------------------------
    singles = [
        ("patients_by_nationality.csv", "nationality", "real_patients"),
        ("patients_by_specialty.csv", "specialty", "department_based"),
        ("patients_by_institution_type.csv", "institution_type", "real_patients"),
        ("patients_by_region.csv", "region", "real_patients"),
    ]
    for fname, dim, measure in singles:
        for r in read(src, fname):
            y = int(r["year"])
            src_en, src_ko = r[dim + "_en"], r[dim + "_ko"]
            cat = canon(dim, src_en, y)
            note = r["note"]
            if dim == "region" and not r["source_basis"].startswith("MOHW/KHIDI national"):
                note = "local government figure: " + note
            note = join_notes(note, label_note(dim, cat, src_ko, src_en))
            if dim == "institution_type" and cat == "Clinic level":
                note = join_notes(note, "Kept apart from 'Clinic' (의원): 의원급 may include "
                                        "dental and Korean-medicine clinics.")
            is_agg = int(r.get("is_aggregate") or 0)
            cube.add(y, measure, {dim: cat}, value=r["patients"], share=r["share_pct"],
                     share_base=dim, status=r["precision"], is_agg=is_agg,
                     confidence=r["confidence"], source_ids=r["source_ids"], note=note,
                     origin=f"{fname} {y} {src_en}")

    # -- cross tabs ----------------------------------------------------------
    dropped = []
    for r in read(src, "cross_tabs.csv"):
        y, sub, bd = int(r["year"]), r["subset_en"], r["breakdown"]
        desc = f"{y} {sub} × {bd}: {r['category_en']}"
        if sub in CROSS_SKIP_SUBSETS:
            cube.skip("cross_tabs.csv", desc, CROSS_SKIP_SUBSETS[sub])
            continue
        if sub not in CROSS_SUBSETS:
            raise SystemExit(f"unmapped cross-tab subset {sub!r}")
        if bd not in CROSS_BREAKDOWNS:
            raise SystemExit(f"unmapped cross-tab breakdown {bd!r}")
        sdim, scat = CROSS_SUBSETS[sub]
        bdim = CROSS_BREAKDOWNS[bd]
        assert sdim != bdim, desc
        if (y, sub, r["category_en"]) in CROSS_DUPLICATE_DROP:
            cube.skip("cross_tabs.csv", desc, CROSS_DUPLICATE_DROP[(y, sub, r["category_en"])])
            dropped.append((y, sdim, scat, bdim, canon(bdim, r["category_en"], y), r))
            continue
        if (bdim, r["category_en"]) in CROSS_SKIP_CATEGORIES:
            cube.skip("cross_tabs.csv", desc, CROSS_SKIP_CATEGORIES[(bdim, r["category_en"])])
            continue
        bcat = canon(bdim, r["category_en"], y)
        measure = "department_based" if "specialty" in (sdim, bdim) else "real_patients"
        note = join_notes(r["note"], label_note(bdim, bcat, r["category_ko"], r["category_en"]),
                          f"Cross tab: {sub} ({r['subset_ko']}) by {bd}.")
        cube.add(y, measure, {sdim: scat, bdim: bcat}, value=r["patients"], share=r["share_pct"],
                 share_base=bdim, status=r["precision"], confidence=r["confidence"],
                 source_ids=r["source_ids"], note=note, origin=f"cross_tabs {desc}")

    for y, sdim, scat, bdim, bcat, r in dropped:
        key = (y, "department_based" if "specialty" in (sdim, bdim) else "real_patients") + \
            tuple({sdim: scat, bdim: bcat}.get(d, TOTAL) for d in DIMS)
        assert key in cube.rows, key  # the kept duplicate must exist
        kept = cube.rows[key]
        kept["note"] = join_notes(kept["note"], (
            f"Also published: {r['category_en']} = {r['share_pct']}% of {r['subset_en']} "
            f"(share_base {sdim}; {r['source_ids']}, {r['confidence']}); not kept as a second row."))
        kept["source_ids"] = join_ids(kept["source_ids"], r["source_ids"])

    # -- reported growth rates ----------------------------------------------
    attached = set()
    for r in read(src, "reported_growth_rates.csv"):
        y, dim, cat_en = int(r["year"]), r["dimension"], r["category_en"]
        desc = f"{y} {dim}: {cat_en} {r['yoy_growth_pct']}%"
        if (dim, cat_en) in GROWTH_SKIP:
            cube.skip("reported_growth_rates.csv", desc, GROWTH_SKIP[(dim, cat_en)])
            continue
        if dim in GROWTH_SIMPLE:
            coords = {dim: canon(dim, cat_en, y)}
        elif (dim, cat_en) in GROWTH_COMBINED:
            coords = GROWTH_COMBINED[(dim, cat_en)]
        else:
            raise SystemExit(f"unmapped growth row {desc}")
        measure = "department_based" if "specialty" in coords else "real_patients"
        key = (y, measure) + tuple(coords.get(d, TOTAL) for d in DIMS)
        gnote = r["note"].strip()
        if gnote.startswith("vs 20") and len(gnote) <= 8:
            gnote = ""
        if key in cube.rows:
            row = cube.rows[key]
            assert row["reported_yoy_pct"] == "" and key not in attached, desc
            attached.add(key)
            row["reported_yoy_pct"] = r["yoy_growth_pct"]
            row["source_ids"] = join_ids(row["source_ids"], r["source_ids"])
            extra = []
            if CONF_RANK[r["confidence"]] < CONF_RANK[row["confidence"]]:
                extra.append(f"Reported YoY is {r['confidence']} confidence ({r['source_ids']}).")
            if gnote and gnote not in row["note"]:
                extra.append("YoY note: " + gnote)
            row["note"] = join_notes(row["note"], *extra)
        else:
            only = [d for d in DIMS if coords.get(d, TOTAL) != TOTAL]
            lbl = (label_note(only[0], coords[only[0]], r["category_ko"], cat_en)
                   if dim in GROWTH_SIMPLE else "")
            cube.add(y, measure, coords, status="reported_growth_only", yoy=r["yoy_growth_pct"],
                     confidence=r["confidence"], source_ids=r["source_ids"],
                     note=join_notes("Only the YoY growth was published for this cell.",
                                     gnote, lbl),
                     origin=f"growth {desc}")
    return cube


def sort_key(row):
    return (row["measure"], row["year"]) + tuple(
        (0, "") if row[d] == TOTAL else (1, row[d]) for d in DIMS)


def check(rows):
    def get(year, measure, **coords):
        key = [(year, measure) + tuple(coords.get(d, TOTAL) for d in DIMS)]
        hits = [r for r in rows if (r["year"], r["measure"]) + tuple(r[d] for d in DIMS) == key[0]]
        assert len(hits) == 1, (year, measure, coords, len(hits))
        return hits[0]
    assert get(2024, "real_patients")["value"] == 1170467
    assert get(2023, "real_patients")["value"] == 605768
    assert get(2021, "real_patients")["value"] == 145842
    assert get(2021, "real_patients")["status"] == "derived"
    j = get(2024, "real_patients", nationality="Japan")
    assert j["value"] == 441112 and j["share_pct"] == "37.7" and j["share_base"] == "nationality"
    d = get(2024, "department_based", specialty="Dermatology")
    assert d["value"] == 705044 and d["share_pct"] == "56.6" and d["share_base"] == "specialty"
    jd = get(2024, "department_based", specialty="Dermatology", nationality="Japan")
    assert jd["share_pct"] == "43.7" and jd["share_base"] == "nationality"
    assert get(2023, "real_patients", nationality="Japan")["value"] == 187711
    years = {r["year"] for r in rows if r["measure"] == "real_patients"
             and all(r[d] == TOTAL for d in DIMS)}
    assert years == set(range(2009, 2025)), years


def japanese_names():
    """dimension -> id -> Japanese name, from resources/data/category_names_ja.csv."""
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(repo, "resources", "data", "category_names_ja.csv")
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        names = {}
        for r in rows:
            names.setdefault(r["dimension"], {})[r["id"]] = r["name_ja"]
    for d in DIMS:
        missing = sorted(set(CANON[d]) - set(names.get(d, {})))
        if missing:
            sys.exit(f"{path}: no Japanese name for {d} {missing}")
    return names


def write(rows, out):
    ja = japanese_names()
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(COMMENT + "\n")
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(HEADER)
        for r in rows:
            rec = dict(r)
            for d in DIMS:
                rec[d + "_ko"] = "" if r[d] == TOTAL else CANON[d][r[d]][0]
                rec[d + "_ja"] = "" if r[d] == TOTAL else ja[d][r[d]]
            w.writerow([rec[c] for c in HEADER])


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=os.path.join(repo, "..", "shared", "data", "khidi"))
    ap.add_argument("-o", "--output",
                    default=os.path.join(repo, "resources", "data", "khidi_observations.csv"))
    args = ap.parse_args()
    cube = build(args.source)
    rows = sorted(cube.rows.values(), key=sort_key)
    check(rows)
    write(rows, args.output)
    counts = {}
    for r in rows:
        k = (r["measure"],) + tuple(d for d in DIMS if r[d] != TOTAL)
        counts[k] = counts.get(k, 0) + 1
    print(f"wrote {len(rows)} rows to {os.path.relpath(args.output)}")
    for k in sorted(counts):
        print(f"  {k[0]:20s} {' x '.join(k[1:]) or 'total':35s} {counts[k]}")
    print(f"skipped {len(cube.skipped)} source rows:")
    for f, desc, reason in cube.skipped:
        print(f"  {f}: {desc} — {reason}")


if __name__ == "__main__":
    main()
