#!/usr/bin/env python3
"""Write N synthetic press-release records as JSON Lines, for the batch examples.

    make_archive.py N OUT.jsonl [--seed S] [--html-every K] [--txt-dir DIR]

Each line is {"id": "pr-000001", "text": "..."} or, for every K-th record (10 by
default, 0 for none), {"id": ..., "html": "<html>..."}. The texts are invented here
from a few templates with substitutions (organisations, coalitions, committees,
people, numbers, dates, cities), so the archive is the same for the same N and seed.
With --txt-dir DIR, each text record is also written as DIR/<id>.txt (and each html
record as DIR/<id>.html), for tools that read one file per document.
Only the standard library is used.
"""
import argparse
import html
import json
import os
import random
import sys

ORGANISATIONS = [
    ("Riverbank Rights Network", "RRN"),
    ("Open Harbour Foundation", "OHF"),
    ("Northlight Children's Fund", "NCF"),
    ("Clearwater Consumer Union", "CCU"),
    ("Meadow Trust for Rural Futures", "MTRF"),
    ("Digital Commons League", "DCL"),
    ("Solace Migrant Support", "SMS"),
    ("Bright Lantern Disability Forum", "BLDF"),
    ("Coastline Fisheries Watch", "CFW"),
    ("Stonebridge Workers' Council", "SWC"),
    ("Amberfield Health Access", "AHA"),
    ("Kestrel Press Freedom Institute", "KPFI"),
]

COALITIONS = [
    "the Fair Screens Coalition",
    "the Clean Rivers Platform",
    "the Safe Passage Alliance",
    "the Just Wages Network",
    "the Open Data for All Campaign",
    "the Living Soils Initiative",
]

COMMITTEES = [
    ("Committee on the Environment, Climate and Food Safety", "ENVI"),
    ("Committee on Civil Liberties, Justice and Home Affairs", "LIBE"),
    ("Committee on the Internal Market and Consumer Protection", "IMCO"),
    ("Committee on Industry, Research and Energy", "ITRE"),
    ("Committee on Employment and Social Affairs", "EMPL"),
    ("Committee on Agriculture and Rural Development", "AGRI"),
    ("Committee on Women's Rights and Gender Equality", "FEMM"),
    ("Committee on Fisheries", "PECH"),
]

FILES = [
    "the proposed Regulation on platform transparency",
    "the draft Directive on soil monitoring",
    "the revision of the Working Time Directive",
    "the proposal on packaging and packaging waste",
    "the Regulation on the screening of third-country nationals",
    "the draft rules on accessible public transport",
    "the proposed ban on destructive bottom trawling",
    "the Directive on protecting journalists from abusive lawsuits",
]

FIRST_NAMES = ["Ines", "Tomasz", "Leonie", "Mateo", "Saoirse", "Pekka", "Amara",
               "Jonas", "Dalia", "Henrik", "Rosa", "Emeka", "Clara", "Viktor"]
LAST_NAMES = ["Varga", "Lindqvist", "Moreau", "Okafor", "Brennan", "Kowalczyk",
              "Alvarez", "Haugen", "Petrova", "Castelli", "Novak", "Dufour"]
ROLES = ["director of", "policy officer at", "secretary-general of",
         "head of advocacy at", "spokesperson for", "chair of"]

CITIES = ["BRUSSELS", "STRASBOURG", "LUXEMBOURG", "VIENNA", "LISBON", "TALLINN"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                "Oct", "Nov", "Dec"]
VERBS = ["urges", "calls on", "asks", "presses", "appeals to"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

OPENINGS = [
    "{city} — {count} civil society groups, led by the {org} ({abbr}), today sent an open "
    "letter to the members of the European Parliament's {committee} ({cabbr}) ahead of "
    "the vote on {file}.",
    "{city} — In a statement released on {weekday}, the {org} and {count} partner "
    "organisations asked the {cabbr} committee to reject the weakening amendments to {file}.",
    "{city} — The {org} joined {coalition} this week, bringing the number of member "
    "organisations to {count}, and set out its priorities for {file}.",
]

MIDDLES = [
    "According to figures gathered by the {abbr}, {percent} per cent of the {people} "
    "people surveyed in {ncountries} Member States said they had never been consulted "
    "on the measures.",
    "The committee is expected to adopt its report on {day} {month_later}, after "
    "{amendments} amendments were tabled by its members.",
    "Since {year_before}, the organisation has documented {cases} cases in which the "
    "current rules failed the people they were written to protect.",
    "The letter lists {points} concrete changes, from stronger oversight by national "
    "authorities to a review clause after {review} years.",
    "A briefing sent to the rapporteur sets out how the text could be tightened without "
    "adding to the administrative burden on small organisations.",
    "Members of the {cabbr} committee met representatives of {coalition} on {day} "
    "{month_later} to discuss the compromise amendments. The meeting was the {nth} "
    "such exchange since the file was opened.",
    "National ministers are due to agree their own position in the Council before the "
    "end of {year}, and the {abbr} has written to the {ncountries} governments that have "
    "not yet taken a public stance.",
    "An independent study commissioned by the network estimates that the measures would "
    "cost less than {cost} million euro a year across the Union, while the damage they "
    "are meant to prevent runs into billions.",
]

QUOTES = [
    "\u201cLawmakers have a narrow window to get this right, and we expect the {cabbr} "
    "committee to use it,\u201d said {person}, {role} the {org}.",
    "\u201cThe evidence is on the table. What is missing now is the political will,\u201d "
    "{person}, {role} the {org}, told journalists.",
    "\u201cNobody should have to wait {wait} months for a decision that affects their "
    "daily life,\u201d said {person}, {role} the {org}.",
]

CLOSINGS = [
    "The plenary vote is scheduled for {month_later} {year}.",
    "The full letter and the list of signatories are available on the {abbr} website.",
    "For further information, journalists can contact the press office of the {org}.",
]


def record(index, rng, html_every):
    org, abbr = rng.choice(ORGANISATIONS)
    committee, cabbr = rng.choice(COMMITTEES)
    year = rng.randint(2019, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    later = MONTHS[(month + rng.randint(0, 2)) % 12]
    values = dict(
        org=org, abbr=abbr, committee=committee, cabbr=cabbr,
        coalition=rng.choice(COALITIONS), file=rng.choice(FILES),
        city=rng.choice(CITIES), weekday=rng.choice(WEEKDAYS),
        count=rng.randint(3, 140), percent=rng.randint(11, 89),
        people=f"{rng.randint(1, 40) * 250:,}", ncountries=rng.randint(4, 27),
        day=rng.randint(1, 28), month_later=later, year=year,
        year_before=year - rng.randint(2, 9), amendments=rng.randint(40, 900),
        cases=rng.randint(12, 4000), points=rng.randint(3, 12),
        review=rng.randint(2, 7), wait=rng.randint(3, 30),
        nth=rng.choice(["second", "third", "fourth", "fifth"]), cost=rng.randint(20, 600),
        person=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        role=rng.choice(ROLES),
    )
    title = (f"{org} {rng.choice(VERBS)} {cabbr} MEPs to strengthen "
             f"{values['file'].removeprefix('the ')}")
    if rng.random() < 0.5:
        posted = f"Posted on {MONTHS_SHORT[month - 1]} {day}, {year}"
    else:
        posted = f"Published {day} {MONTHS[month - 1]} {year}"
    body = [rng.choice(OPENINGS).format(**values)]
    body += [s.format(**values) for s in rng.sample(MIDDLES, rng.randint(3, 6))]
    body.insert(rng.randint(1, len(body)), rng.choice(QUOTES).format(**values))
    body.append(rng.choice(CLOSINGS).format(**values))
    rid = f"pr-{index:06d}"
    if html_every and index % html_every == 0:
        paragraphs = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in [posted] + body)
        page = (f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head>"
                f"<body><article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>")
        return {"id": rid, "html": page}
    return {"id": rid, "text": "\n\n".join([title, posted] + body) + "\n"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many records to write")
    parser.add_argument("out", help="the .jsonl file to write ('-' for standard output)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--html-every", type=int, default=10,
                        help="every K-th record is HTML (0: none)")
    parser.add_argument("--txt-dir", help="also write each record as a file in this folder")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    if args.txt_dir:
        os.makedirs(args.txt_dir, exist_ok=True)
    with out:
        for index in range(1, args.count + 1):
            rec = record(index, rng, args.html_every)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if args.txt_dir:
                kind = "text" if "text" in rec else "html"
                suffix = ".txt" if kind == "text" else ".html"
                path = os.path.join(args.txt_dir, rec["id"] + suffix)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(rec[kind])


if __name__ == "__main__":
    main()
