#!/usr/bin/env python3
"""The peer's co-occurrence, as QualCoder and RQDA count it, on a REFI-QDA project (.qdpx).

Per document, every coding is compared with every other coding of a different code; the pair
counts when the two passages are equal, one is nested in the other, or they overlap (half-open
ranges: passages that only touch do not). Quadratic in the codings of a document, on purpose:
this is the algorithm Grounded's `cooccur` is measured against (README, Performance).

Reads the archive's project.qde with the standard library only (a streaming parse, the fastest
the standard library offers) and writes the matrix as `grounded cooccur --format csv` does:
a header `code,<names...>`, one row per code in the code tree's order, the diagonal empty.

    python3 bench/peer_cooccurrence.py study.qdpx > peer.csv
    python3 bench/peer_cooccurrence.py --compare grounded.csv peer.csv
"""
import csv
import io
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = "{urn:QDA-XML:project:1.0}"
CODE = NS + "Code"
CODES = NS + "Codes"
SOURCE_TAGS = {NS + "TextSource"}
SELECTION = NS + "PlainTextSelection"
CODING = NS + "Coding"
CODE_REF = NS + "CodeRef"


def read_project(path):
    """The codes in tree order (guid, name) and, per text source, its codings (start, end, code guid)."""
    codes = []
    documents = []
    with zipfile.ZipFile(path) as archive:
        with archive.open("project.qde") as qde:
            codings = None
            selection = None
            depth_in_codes = 0
            for event, element in ET.iterparse(qde, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == CODES:
                        depth_in_codes += 1
                    elif tag == CODE and depth_in_codes:
                        # Pre-order: a code before its children, the tree's order.
                        codes.append((element.get("guid"), element.get("name")))
                    elif tag in SOURCE_TAGS:
                        codings = []
                    elif tag == SELECTION and codings is not None:
                        selection = (int(element.get("startPosition")), int(element.get("endPosition")))
                    continue
                if tag == CODES:
                    depth_in_codes -= 1
                elif tag == CODE_REF and selection is not None:
                    codings.append((selection[0], selection[1], element.get("targetGUID")))
                elif tag == SELECTION:
                    selection = None
                    element.clear()
                elif tag in SOURCE_TAGS:
                    documents.append(codings)
                    codings = None
                    element.clear()
    return codes, documents


def all_pairs(codes, documents):
    """n(A,B) for every pair of codes: all pairs of codings of a document, as the peer counts them."""
    index = {guid: i for i, (guid, _) in enumerate(codes)}
    size = len(codes)
    counts = [[0] * size for _ in range(size)]
    for document in documents:
        codings = [(start, end, index[guid]) for start, end, guid in document]
        n = len(codings)
        for i in range(n):
            s1, e1, c1 = codings[i]
            row = counts[c1]
            for j in range(i + 1, n):
                s2, e2, c2 = codings[j]
                if c1 == c2:
                    continue
                equal = s1 == s2 and e1 == e2
                nested = (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2)
                overlapping = (s1 < s2 < e1 < e2) or (s2 < s1 < e2 < e1)
                if equal or nested or overlapping:
                    row[c2] += 1
                    counts[c2][c1] += 1
    return counts


def write_csv(codes, counts, out):
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code"] + [name for _, name in codes])
    for i, (_, name) in enumerate(codes):
        writer.writerow([name] + ["" if i == j else str(counts[i][j]) for j in range(len(codes))])


def read_matrix(path):
    """A matrix CSV as {(row, column): cell}; lines after the table (a legend) are left out."""
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    header = rows[0]
    cells = {}
    for row in rows[1:]:
        if len(row) != len(header):
            continue
        for column, cell in zip(header[1:], row[1:]):
            cells[(row[0], column)] = cell
    return header[1:], cells


def compare(first, second):
    codes_a, a = read_matrix(first)
    codes_b, b = read_matrix(second)
    if codes_a != codes_b:
        print(f"the codes differ: {len(codes_a)} in {first}, {len(codes_b)} in {second}", file=sys.stderr)
        return 1
    differing = [key for key in a if a[key] != b.get(key)]
    if differing or len(a) != len(b):
        print(f"{len(differing)} cells differ, such as {differing[:3]}", file=sys.stderr)
        return 1
    print(f"equal: {len(codes_a)} x {len(codes_a)} codes, {sum(int(v) for v in a.values() if v)} pairs")
    return 0


def main(args):
    if len(args) == 3 and args[0] == "--compare":
        return compare(args[1], args[2])
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    codes, documents = read_project(args[0])
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    write_csv(codes, all_pairs(codes, documents), out)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
