#!/usr/bin/env python3
"""Derives the tests' small territorial reference from the full COG file.

Keeps every région, département and EPCI, and the communes of the départements the code and the
tests name (by INSEE code, found in the sources) plus every commune of 10,000 inhabitants or more,
so that tests that do not need the whole COG start faster. Deterministic (gzip without timestamp).

    python3 src/test/resources/territory/derive-test-cog.py . \
        src/main/resources/territory/cog-2026.tsv.gz src/test/resources/territory/cog-2026-tests.tsv.gz
"""
import gzip
import pathlib
import re
import sys

root, full, small = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
code = re.compile(r"""(?<![\w.])(97[1-6]\d{2}|2[AB]\d{3}|\d{5})(?![\w.])""")
departements = set()
for folder in ("src/main/java", "src/main/resources", "src/test/java", "src/test/resources", "bench/src"):
    for path in (root / folder).rglob("*"):
        if path.suffix in (".java", ".sql", ".csv") and path.is_file():
            for match in code.finditer(path.read_text(encoding="utf-8", errors="replace")):
                insee = match.group(1)
                departements.add(insee[:3] if insee.startswith("97") else insee[:2])
with gzip.open(full, "rt", encoding="utf-8") as source:
    lines = source.read().splitlines()
kept = [line for line in lines if not line.startswith("C\t")
        or line.split("\t")[2] in departements
        or (line.split("\t")[5] and int(line.split("\t")[5]) >= 10_000)]
with open(small, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as target:
    target.write(("\n".join(kept) + "\n").encode("utf-8"))
print(sorted(departements), sum(1 for line in kept if line.startswith("C\t")), "communes")
