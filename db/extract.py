#!/usr/bin/env python3
"""Prints the statements of the EF model's create script (from `-- schema-script`) that concern the given
tables: their CREATE TABLE and CREATE INDEX statements. Used to start a new script in db/ (see README.md).

    python3 db/extract.py /tmp/postgres.sql Offers OfferDocuments > db/postgres/0004_offers.sql
"""
import re
import sys

script, tables = open(sys.argv[1], encoding="utf-8").read(), set(sys.argv[2:])
for statement in re.split(r";\s*\n", script):
    statement = statement.strip()
    if statement.startswith("Using launch settings"):
        statement = statement.split("\n", 1)[1].strip() if "\n" in statement else ""
    m = re.match(r'CREATE (?:UNIQUE )?(?:TABLE|INDEX "[^"]+" ON) "([^"]+)"', statement)
    if m and m.group(1) in tables:
        print(statement + ";\n")
