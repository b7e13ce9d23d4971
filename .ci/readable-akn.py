#!/usr/bin/env python3
"""Checks that Akoma Ntoso files read well: no element nested in an element with the same name
and attributes, and no phrase marked up as two kinds of thing (say, `organization` in one
paragraph and `role` in another) within one document.

    .ci/readable-akn.py FILE.akn.xml...
"""
import sys
import xml.etree.ElementTree as ET

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
NAMING = {"organization", "person", "role", "location", "ref", "quantity"}

problems = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    kinds = {}
    # Each element with its ancestors' (name, attributes), outermost first.
    stack = [(root, [])]
    while stack:
        element, ancestors = stack.pop()
        key = (element.tag, tuple(sorted(element.attrib.items())))
        if key in ancestors:
            problems += 1
            print(f"{path}: <{element.tag.replace(AKN, '')}> nested in an identical element")
        name = element.tag.replace(AKN, "")
        if name in NAMING:
            kinds.setdefault("".join(element.itertext()), set()).add(name)
        stack.extend((child, ancestors + [key]) for child in element)
    for phrase, found in sorted(kinds.items()):
        if len(found) > 1:
            problems += 1
            print(f"{path}: {phrase!r} is marked up as {', '.join(sorted(found))}")
if problems:
    sys.exit(f"{problems} problem(s) in {len(sys.argv) - 1} file(s)")
print(f"{len(sys.argv) - 1} file(s): no element nested in an identical one, one kind of mark-up per phrase")
