#!/usr/bin/env python3
"""Derives the compact territorial reference loaded by Maillage at first start.

Input: the data folder of the npm package @etalab/decoupage-administratif 6.0.0 (COG 2026),
e.g. after `npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-*.tgz`.
Output: cog-2026.tsv.gz, one tab-separated record per line, the first field giving its kind:

    R  code  name                                                   (régions)
    D  code  region  name                                           (départements)
    E  siren  nature  population  member_count  name                (EPCI à fiscalité propre)
    C  code  departement  region  epci  population  postal_codes  name   (communes)

Only communes of type "commune-actuelle" are kept (no communes déléguées or associées, no
arrondissements municipaux). The EPCI of a commune comes from the members lists of epci.json.
Empty population or EPCI is an empty field; postal codes are separated by spaces.
The output is deterministic (sorted, gzip without timestamp) so that re-running it on the same
input gives the same bytes.

Usage: python3 derive-cog.py /path/to/package/data [output.tsv.gz]
"""
import gzip
import io
import json
import os
import sys


def load(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return json.load(f)


def clean(text):
    if text is None:
        return ""
    value = str(text)
    if "\t" in value or "\n" in value:
        raise ValueError("unexpected separator in %r" % value)
    return value


def derive(folder):
    regions = load(folder, "regions.json")
    departements = load(folder, "departements.json")
    epcis = load(folder, "epci.json")
    communes = [c for c in load(folder, "communes.json") if c.get("type") == "commune-actuelle"]

    epci_of = {}
    for epci in epcis:
        for member in epci["membres"]:
            if member["code"] in epci_of:
                raise ValueError("commune %s in two EPCI" % member["code"])
            epci_of[member["code"]] = epci["code"]

    lines = []
    for r in sorted(regions, key=lambda r: r["code"]):
        lines.append(["R", r["code"], r["nom"]])
    for d in sorted(departements, key=lambda d: d["code"]):
        lines.append(["D", d["code"], d["region"], d["nom"]])
    for e in sorted(epcis, key=lambda e: e["code"]):
        lines.append(["E", e["code"], e["type"], e.get("populationMunicipale"), len(e["membres"]), e["nom"]])
    for c in sorted(communes, key=lambda c: c["code"]):
        lines.append(["C", c["code"], c["departement"], c["region"], epci_of.get(c["code"]),
                      c.get("population"), " ".join(sorted(set(c.get("codesPostaux", [])))), c["nom"]])
    return lines, len(regions), len(departements), len(epcis), len(communes)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                "cog-2026.tsv.gz")
    lines, regions, departements, epcis, communes = derive(folder)
    text = "".join("\t".join(clean(v) for v in line) + "\n" for line in lines)
    with open(output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:
            out.write(text.encode("utf-8"))
    print("%s: %d régions, %d départements, %d EPCI, %d communes" % (output, regions, departements, epcis, communes))


if __name__ == "__main__":
    main()
