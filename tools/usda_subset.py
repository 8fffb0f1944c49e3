#!/usr/bin/env python3
"""Extracts the USDA SR28 nutrients that the demo catalog needs into one small CSV.

Usage: python3 tools/usda_subset.py ../shared/data/nutrition/usda-sr28 \
           src/main/resources/demo/neoterica-products.psv > src/main/resources/nutrition/usda-sr28-subset.csv

Values are per 100 g of edible portion, as SR28 gives them. Missing values stay empty.
portion_g is the weight of the food's first household measure in SR28's WEIGHT table (e.g.
"1 cup" of milk, 244 g; "3 oz" of fish, 85 g): the portion the nutrition panel also shows.
"""
import csv
import sys

NUTRIENTS = [  # (SR28 nutrient number, column)
    ("208", "energy_kcal"), ("268", "energy_kj"), ("204", "fat_g"), ("606", "saturated_fat_g"),
    ("205", "carbohydrate_g"), ("269", "sugars_g"), ("291", "fibre_g"), ("203", "protein_g"),
    ("307", "sodium_mg"),
]


def fields(line):
    return [f.strip("~") for f in line.rstrip("\r\n").split("^")]


def main(sr28, catalog):
    wanted = set()
    with open(catalog, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                wanted.add(line.split("|")[3])
    names, groups = {}, {}
    with open(f"{sr28}/FD_GROUP.txt", encoding="latin-1") as f:
        groups = {g[0]: g[1] for g in map(fields, f)}
    with open(f"{sr28}/FOOD_DES.txt", encoding="latin-1") as f:
        for r in map(fields, f):
            if r[0] in wanted:
                names[r[0]] = (r[2], groups[r[1]])
    values = {ndb: {} for ndb in wanted}
    numbers = dict(NUTRIENTS)
    with open(f"{sr28}/NUT_DATA.txt", encoding="latin-1") as f:
        for r in map(fields, f):
            if r[0] in wanted and r[1] in numbers:
                values[r[0]][numbers[r[1]]] = r[2]
    portions = {}
    with open(f"{sr28}/WEIGHT.txt", encoding="latin-1") as f:
        for r in map(fields, f):
            if r[0] in wanted and r[1] == "1":
                portions[r[0]] = r[4]
    missing = wanted - names.keys()
    if missing:
        sys.exit(f"not in SR28: {sorted(missing)}")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["ndb", "description", "food_group"] + [c for _, c in NUTRIENTS] + ["portion_g"])
    for ndb in sorted(wanted):
        out.writerow([ndb, *names[ndb]] + [values[ndb].get(c, "") for _, c in NUTRIENTS] + [portions.get(ndb, "")])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
