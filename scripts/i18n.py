#!/usr/bin/env python3
"""Translation upkeep for MedTour Dashboard (resources/translations/medtour_{ko,ja}.ts).

  i18n.py update        lupdate the .ts files from model/, views/ and app/ (no obsolete entries)
  i18n.py fill TSV...   fill translations from TAB-separated files: context, source, ko, ja[, comment]
  i18n.py stats         per language: messages, finished, unfinished (exit 1 when any unfinished)
  i18n.py check [TSV]   messages finished neither in the .ts files nor in a TSV, by file; TSV
                        lines matching no message
  i18n.py verify        the test: lupdate a copy of each .ts from the sources, print lupdate's and
                        lrelease's statistics, fail when a source text is new (the .ts is stale),
                        unfinished or untranslated

Standard library only; needs lupdate from qt6-l10n-tools.
"""
import os, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "resources", "translations")
LANGS = {"ko": "ko_KR", "ja": "ja_JP"}
LRELEASE = os.environ.get("LRELEASE") or next((p for p in ("/usr/lib/qt6/bin/lrelease", "/usr/bin/lrelease") if os.path.exists(p)), "lrelease")
LUPDATE = os.environ.get("LUPDATE") or next((p for p in ("/usr/lib/qt6/bin/lupdate", "/usr/bin/lupdate") if os.path.exists(p)), "lupdate")


def ts_path(lang):
    return os.path.join(TS_DIR, f"medtour_{lang}.ts")


def lupdate(ts, lang):
    subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "relative", "-source-language", "en",
                    "-target-language", LANGS[lang], "model", "views", "app", "-ts", ts], cwd=ROOT, check=True)


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) < 4:
                print(f"{path}:{n}: expected context, source, ko, ja", file=sys.stderr)
                continue
            rows.append((parts[0], unescape(parts[1]), unescape(parts[2]), unescape(parts[3]),
                         unescape(parts[4]) if len(parts) > 4 else ""))
    return rows


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def key_of(name, msg):
    return (name, msg.findtext("source") or "", msg.findtext("comment") or "")


def fill(tsvs):
    table = {}
    for path in tsvs:
        for ctx, src, ko, ja, comment in read_tsv(path):
            table[(ctx, src, comment)] = {"ko": ko, "ja": ja}
            table.setdefault((ctx, src, None), {"ko": ko, "ja": ja})
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        for name, msg in messages(tree):
            k = key_of(name, msg)
            entry = table.get(k) or table.get((k[0], k[1], None))
            tr = msg.find("translation")
            if entry and entry[lang] and tr is not None:
                tr.text = entry[lang]
                tr.attrib.pop("type", None)
        write(tree, ts_path(lang), lang)


def write(tree, path, lang):
    tree.getroot().set("language", LANGS[lang])
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    # lupdate re-formats the file canonically
    lupdate(path, lang)


def stats():
    bad = 0
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        total = unfinished = 0
        for _, msg in messages(tree):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            total += 1
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                unfinished += 1
        print(f"{lang}: {total} messages, {total - unfinished} finished, {unfinished} unfinished")
        bad += unfinished
    return 1 if bad else 0


def check(tsvs):
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "check_ko.ts")
        lupdate(ts, "ko")
        tree = ET.parse(ts)
    rows = [r for p in tsvs for r in read_tsv(p)]
    all_rows = [r for p in sorted(set(work_tsvs()) | set(tsvs)) for r in read_tsv(p)]
    have = {(r[0], r[1]) for r in all_rows}
    # Finished in both committed .ts files counts as translated too.
    finished = []
    for lang in LANGS:
        done = set()
        for name, msg in messages(ET.parse(ts_path(lang))):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                done.add((name, msg.findtext("source") or ""))
        finished.append(done)
    have |= set.intersection(*finished)
    seen = set()
    missing = {}
    last_file = "?"
    for name, msg in messages(tree):
        loc = msg.find("location")
        if loc is not None and loc.get("filename"):
            last_file = loc.get("filename")
        k = (name, msg.findtext("source") or "")
        seen.add(k)
        if k not in have:
            missing.setdefault(last_file, []).append(k)
    for f in sorted(missing):
        for ctx, src in missing[f]:
            print(f"untranslated\t{f}\t{ctx}\t{src!r}")
    for r in rows:
        if (r[0], r[1]) not in seen:
            print(f"no such message\t{r[0]}\t{r[1]!r}")


def verify():
    import re, shutil
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ts = os.path.join(tmp, f"medtour_{lang}.ts")
            shutil.copy(ts_path(lang), ts)
            up = subprocess.run([LUPDATE, "-no-obsolete", "-locations", "none", "-source-language", "en",
                                 "-target-language", LANGS[lang], "model", "views", "app", "-ts", ts],
                                cwd=ROOT, capture_output=True, text=True)
            print(f"[{lang}] lupdate: " + " ".join(up.stdout.split()))
            m = re.search(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", up.stdout)
            if up.returncode != 0 or not m:
                failures.append(f"{lang}: lupdate failed: {up.stderr.strip()}")
                continue
            total, new = int(m.group(1)), int(m.group(2))
            if new:
                failures.append(f"{lang}: {new} source text(s) missing from {os.path.basename(ts_path(lang))}")
            rel = subprocess.run([LRELEASE, ts, "-qm", os.path.join(tmp, f"{lang}.qm")],
                                 capture_output=True, text=True)
            print(f"[{lang}] lrelease: " + " ".join(rel.stdout.split()))
            g = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", rel.stdout)
            ignored = re.search(r"Ignored (\d+) untranslated source text\(s\)", rel.stdout)
            if rel.returncode != 0 or not g:
                failures.append(f"{lang}: lrelease failed: {rel.stderr.strip()}")
                continue
            unfinished = int(g.group(3)) + (int(ignored.group(1)) if ignored else 0)
            print(f"[{lang}] {total} source texts, {int(g.group(2))} finished, {unfinished} unfinished or untranslated")
            if total == 0:
                failures.append(f"{lang}: no source texts found")
            if unfinished:
                failures.append(f"{lang}: {unfinished} source text(s) without a finished translation")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


def work_tsvs():
    """TSV files in resources/translations/work/ (a scratch folder, not in git), if any."""
    work = os.path.join(TS_DIR, "work")
    return sorted(os.path.join(work, p) for p in os.listdir(work) if p.endswith(".tsv")) if os.path.isdir(work) else []


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "stats"
    if cmd == "update":
        for lang in LANGS:
            lupdate(ts_path(lang), lang)
        return stats()
    if cmd == "fill":
        tsvs = sys.argv[2:] or work_tsvs()
        if not tsvs:
            print("i18n.py fill: give the TSV files to fill from", file=sys.stderr)
            return 2
        for lang in LANGS:
            lupdate(ts_path(lang), lang)
        fill(tsvs)
        return stats()
    if cmd == "verify":
        return verify()
    if cmd == "stats":
        return stats()
    if cmd == "check":
        names = sys.argv[2:]
        tsvs = [n if n.endswith(".tsv") else os.path.join(TS_DIR, "work", n + ".tsv") for n in names]
        check([t for t in tsvs if os.path.exists(t)])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
