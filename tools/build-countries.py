#!/usr/bin/env python3
"""Build Entente's country cross-walk, entente-reference/.../countries.csv.

Usage (from the project root):

    python3 tools/build-countries.py ../shared/data \
        [-o entente-reference/src/main/resources/org/entente/reference/countries.csv]

DATA_DIR must contain these files (see docs/countries.md for what each one is):

    state_system/cow_states.csv            Correlates of War state system, v2016
    unga_votes/un_votes.csv.gz             UNGA roll-call votes (Voeten; unvotes package)
    unga_votes/un_roll_calls.csv.gz        dates of the roll calls
    cameo_lookups/spark-gdelt_cameoCountry.txt   GDELT's CAMEO country lookup
    cameo_lookups/spark-gdelt_countryInfo.txt    GeoNames country table (ISO <-> FIPS 10-4)

Only the Python 3 standard library is used. The script stops with an error if a source
file no longer agrees with the hand-made decisions below (an unknown COW code, a UN vote
name that no row claims, an ISO code GeoNames does not know, ...), so a data update
cannot silently produce a wrong table.

One row per state, keyed by iso3 (unique; it is the code Entente's case files use). A row
is a COW state, plus a few current states that COW lacks. Where ISO has one code for what
COW counts as two states -- DEU for COW 255 and 260, YEM for COW 678 and 679 -- the row
carries the COW code of the present-day state and the note names the other one.
"""

import argparse
import csv
import gzip
import os
import sys
from collections import defaultdict

HEADER = ["iso3", "name", "cow_code", "cow_abb", "un_code", "cameo_code", "fips",
          "from_year", "to_year", "note"]

# Last day covered by the COW v2016 release: a spell ending then is right-censored,
# not the end of the state, so to_year stays empty.
COW_DATA_END = (2016, 12, 31)

# COW states whose membership ended before 1946 and that have no ISO 3166 code at all
# (German and Italian states, Austria-Hungary, the Korean kingdom 730). They are left out.
# Listed explicitly so that a new COW release with other codes is noticed.
DROPPED_PRE_1946 = {240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 730}

# COW code -> ISO 3166-1 alpha-3 (current code, or an ISO 3166-3 formerly-used code for a
# dissolved state, or an ISO user-assigned X.. code where ISO never had one).
COW_TO_ISO3 = {
    2: "USA", 20: "CAN", 31: "BHS", 40: "CUB", 41: "HTI", 42: "DOM", 51: "JAM", 52: "TTO",
    53: "BRB", 54: "DMA", 55: "GRD", 56: "LCA", 57: "VCT", 58: "ATG", 60: "KNA", 70: "MEX",
    80: "BLZ", 90: "GTM", 91: "HND", 92: "SLV", 93: "NIC", 94: "CRI", 95: "PAN", 100: "COL",
    101: "VEN", 110: "GUY", 115: "SUR", 130: "ECU", 135: "PER", 140: "BRA", 145: "BOL",
    150: "PRY", 155: "CHL", 160: "ARG", 165: "URY",
    200: "GBR", 205: "IRL", 210: "NLD", 211: "BEL", 212: "LUX", 220: "FRA", 221: "MCO",
    223: "LIE", 225: "CHE", 230: "ESP", 232: "AND", 235: "PRT",
    255: "DEU", 265: "DDR",
    290: "POL", 305: "AUT", 310: "HUN", 315: "CSK", 316: "CZE", 317: "SVK", 325: "ITA",
    331: "SMR", 338: "MLT", 339: "ALB", 341: "MNE", 343: "MKD", 344: "HRV", 345: "SRB",
    346: "BIH", 347: "XKX", 349: "SVN", 350: "GRC", 352: "CYP", 355: "BGR", 359: "MDA",
    360: "ROU", 365: "RUS", 366: "EST", 367: "LVA", 368: "LTU", 369: "UKR", 370: "BLR",
    371: "ARM", 372: "GEO", 373: "AZE", 375: "FIN", 380: "SWE", 385: "NOR", 390: "DNK",
    395: "ISL",
    402: "CPV", 403: "STP", 404: "GNB", 411: "GNQ", 420: "GMB", 432: "MLI", 433: "SEN",
    434: "BEN", 435: "MRT", 436: "NER", 437: "CIV", 438: "GIN", 439: "BFA", 450: "LBR",
    451: "SLE", 452: "GHA", 461: "TGO", 471: "CMR", 475: "NGA", 481: "GAB", 482: "CAF",
    483: "TCD", 484: "COG", 490: "COD", 500: "UGA", 501: "KEN", 510: "TZA", 511: "XZN",
    516: "BDI", 517: "RWA", 520: "SOM", 522: "DJI", 530: "ETH", 531: "ERI", 540: "AGO",
    541: "MOZ", 551: "ZMB", 552: "ZWE", 553: "MWI", 560: "ZAF", 565: "NAM", 570: "LSO",
    571: "BWA", 572: "SWZ", 580: "MDG", 581: "COM", 590: "MUS", 591: "SYC",
    600: "MAR", 615: "DZA", 616: "TUN", 620: "LBY", 625: "SDN", 626: "SSD", 630: "IRN",
    640: "TUR", 645: "IRQ", 651: "EGY", 652: "SYR", 660: "LBN", 663: "JOR", 666: "ISR",
    670: "SAU", 679: "YEM", 680: "YMD", 690: "KWT", 692: "BHR", 694: "QAT",
    696: "ARE", 698: "OMN",
    700: "AFG", 701: "TKM", 702: "TJK", 703: "KGZ", 704: "UZB", 705: "KAZ", 710: "CHN",
    712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR", 740: "JPN", 750: "IND", 760: "BTN",
    770: "PAK", 771: "BGD", 775: "MMR", 780: "LKA", 781: "MDV", 790: "NPL", 800: "THA",
    811: "KHM", 812: "LAO", 816: "VNM", 817: "XRV", 820: "MYS", 830: "SGP", 835: "BRN",
    840: "PHL", 850: "IDN", 860: "TLS",
    900: "AUS", 910: "PNG", 920: "NZL", 935: "VUT", 940: "SLB", 946: "KIR", 947: "TUV",
    950: "FJI", 955: "TON", 970: "NRU", 983: "MHL", 986: "PLW", 987: "FSM", 990: "WSM",
}

# COW states folded into another row because ISO gives both the same code: West Germany
# (260) into Germany (255, DEU) and North Yemen (678) into Yemen (679, YEM). Their spans are
# disjoint from the row they join; the note of that row describes them.
FOLDED_INTO = {260: 255, 678: 679}

# Codes for states that no longer exist (ISO 3166-3) or never had an ISO code
# (user-assigned range, like XKX for Kosovo). No GeoNames / FIPS entry is expected.
FORMER_OR_USER_ASSIGNED = {"DDR", "CSK", "YMD", "XZN", "XRV"}

# Current states that are not in the COW list but have an ISO 3166-1 code.
# iso3 -> (name, note)
NON_COW_STATES = {
    "PSE": ("Palestine",
            "Not a COW state; UN observer, so no rows in the UN votes file. FIPS 10-4 has no "
            "single code: WE (West Bank, used here as in GeoNames) and GZ (Gaza Strip)."),
    "VAT": ("Holy See (Vatican City)",
            "Not a COW state (COW 327 is the Papal States of 1816-1860, left out); UN "
            "observer, so no rows in the UN votes file."),
}

# Display names where COW's spelling is outdated or ambiguous; all others are COW's.
NAME_OVERRIDES = {
    58: "Antigua and Barbuda", 316: "Czechia", 343: "North Macedonia", 345: "Serbia",
    402: "Cabo Verde", 437: "Côte d'Ivoire", 484: "Republic of the Congo",
    572: "Eswatini", 860: "Timor-Leste",
}

# COW code -> country name in the UN votes file, where it differs from COW's name.
# None: the state has no votes in the file.
UN_NAME = {
    2: "United States", 52: "Trinidad & Tobago", 57: "St. Vincent & Grenadines",
    60: "St. Kitts & Nevis", 260: "Federal Republic of Germany", 316: "Czechia",
    343: "North Macedonia", 346: "Bosnia & Herzegovina", 347: None, 403: "São Tomé & Príncipe",
    437: "Côte d’Ivoire", 484: "Congo - Brazzaville", 490: "Congo - Kinshasa",
    572: "Eswatini", 775: "Myanmar (Burma)", 817: None, 860: "Timor-Leste",
    987: "Micronesia (Federated States of)",
}

# iso3 -> CAMEO code where GDELT's code is not the ISO alpha-3 code, or where the state
# is missing from GDELT's lookup file. Value: (code, reason for the note).
CAMEO_OVERRIDES = {
    "ROU": ("ROM", "CAMEO/GDELT code ROM (pre-2002 ISO code), not ROU"),
    "TLS": ("TMP", "CAMEO/GDELT code TMP (pre-2002 ISO code), not TLS"),
    "MNE": ("MTN", "CAMEO code MTN as in GDELT's lookup (the text_to_CAMEO dictionary has MNE)"),
    "SSD": ("SSD", "CAMEO SSD is missing from GDELT's lookup file but occurs in GDELT 2.0 events"),
    "XKX": ("KSV", "CAMEO KSV from the CAMEO country dictionary (text_to_CAMEO); not in GDELT's lookup"),
}

# Hand-written notes on successions and special cases (own words, kept short).
NOTES = {
    255: "The German Reich to 1945 and unified Germany from 1990-10-03. DEU also stands for "
         "West Germany, COW 260 (1955-05-05 to 1990-10-02), whose ISO code it was; UN votes "
         "file: 'Federal Republic of Germany' with an empty code.",
    265: "East Germany; ISO 3166-3 former code DDR. Joined the Federal Republic 1990-10-03.",
    315: "Czechoslovakia; ISO 3166-3 former code CSK. Split on 1993-01-01 into CZE (316) "
         "and SVK (317).",
    316: "Successor of Czechoslovakia (315) from 1993-01-01.",
    317: "Successor of Czechoslovakia (315) from 1993-01-01.",
    341: "Independent from 2006-06 (left the union with Serbia, 345).",
    345: "One COW code for Serbia (from 1878), Yugoslavia, Serbia and Montenegro and Serbia "
         "again, so it is keyed SRB; YUG is not used. UN votes file calls it Yugoslavia/YU "
         "throughout.",
    347: "Kosovo: XKX is the user-assigned code in common use (ISO has none). Not in the "
         "UN votes file.",
    365: "One COW code for the Russian Empire, the USSR and the Russian Federation; SUN is "
         "not used. UN votes file labels the USSR's votes Russia/RU.",
    369: "UN votes from 1946 are the Ukrainian SSR's seat.",
    370: "UN votes from 1946 are the Byelorussian SSR's seat.",
    510: "Tanganyika from 1961; keeps COW 510 after the 1964 union with Zanzibar (511).",
    511: "Zanzibar, independent 1963-12 to 1964-04, then united with Tanganyika (510). ISO "
         "never had a code: XZN is a user-assigned placeholder. UN votes file: 'Zanzibar' "
         "with an empty code.",
    626: "Seceded from Sudan (625) on 2011-07-09.",
    531: "Seceded from Ethiopia (530) in 1993.",
    640: "One COW code for the Ottoman Empire and the Republic of Turkey.",
    651: "The United Arab Republic (with Syria, 1958-1961) is coded as Egypt.",
    652: "The gap is the United Arab Republic with Egypt (coded 651).",
    679: "Unified Yemen from 1990-05-22 (merger of 678 and 680). YEM also stands for North "
         "Yemen, COW 678 (1926-09-02 to 1990-05-21), whose ISO code it was; UN votes file: "
         "'Yemen Arab Republic' with an empty code.",
    680: "South Yemen (Yemen People's Republic); ISO 3166-3 former code YMD. Merged into "
         "Yemen (679) on 1990-05-22.",
    710: "UN votes file: the People's Republic from 1971 only; the Chinese seat's earlier "
         "votes are under Taiwan/TW (713).",
    713: "Republic of China on Taiwan. UN votes 1946-1971 are the Chinese seat held by the "
         "Republic of China.",
    731: "The Korean kingdom (COW 730, 1887-1905) is left out.",
    816: "North Vietnam (DRV) from 1954; unified Vietnam after absorbing 817 in 1975-76. "
         "UN votes from 1977.",
    817: "South Vietnam, 1954-1975. ISO never had a separate code (VNM passed to unified "
         "Vietnam): XRV is a user-assigned placeholder. Not a UN member.",
}


# States whose UN votes start before COW membership and whose note already says why.
UN_EARLY_EXPLAINED = {369, 370, 713}


def die(msg):
    sys.exit("build-countries: " + msg)


def read_cow_states(path):
    """COW spells grouped by ccode: {ccode: {abb, name, spells:[(start, end), ...]}}."""
    states = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            c = int(r["ccode"])
            s = states.setdefault(c, {"abb": r["stateabb"], "name": r["statenme"], "spells": []})
            start = (int(r["styear"]), int(r["stmonth"]), int(r["stday"]))
            end = (int(r["endyear"]), int(r["endmonth"]), int(r["endday"]))
            s["spells"].append((start, end))
    for s in states.values():
        s["spells"].sort()
    return states


def read_un_votes(votes_path, calls_path):
    """{country name: (country_code, first year, last year)} from the UN votes file."""
    year = {}
    with gzip.open(calls_path, "rt", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            year[r["rcid"]] = int(r["date"][:4])
    seen = {}
    with gzip.open(votes_path, "rt", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            y = year[r["rcid"]]
            code, lo, hi = seen.get(r["country"], (r["country_code"], y, y))
            if code != r["country_code"]:
                die("UN votes: %r has two codes" % r["country"])
            seen[r["country"]] = (code, min(lo, y), max(hi, y))
    return seen


def read_tab(path, encoding):
    """Tab-separated file with one header line -> list of dicts."""
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", help="folder holding state_system/, unga_votes/, cameo_lookups/")
    ap.add_argument("-o", "--out", default=os.path.join(
        "entente-reference", "src", "main", "resources", "org", "entente", "reference",
        "countries.csv"))
    a = ap.parse_args()
    d = a.data_dir

    cow = read_cow_states(os.path.join(d, "state_system", "cow_states.csv"))
    un = read_un_votes(os.path.join(d, "unga_votes", "un_votes.csv.gz"),
                       os.path.join(d, "unga_votes", "un_roll_calls.csv.gz"))
    # The GDELT lookup is not valid UTF-8 (one label has a Latin-1 byte).
    cameo = {r["CODE"]: r["LABEL"] for r in read_tab(
        os.path.join(d, "cameo_lookups", "spark-gdelt_cameoCountry.txt"), "latin-1")}
    geo = {r["ISO3"]: r for r in read_tab(
        os.path.join(d, "cameo_lookups", "spark-gdelt_countryInfo.txt"), "utf-8")}

    # Every COW code must be mapped, folded into another row, or knowingly dropped.
    unknown = set(cow) - set(COW_TO_ISO3) - DROPPED_PRE_1946 - set(FOLDED_INTO)
    if unknown or set(COW_TO_ISO3) - set(cow):
        die("COW codes out of step with COW_TO_ISO3: %s" % sorted(unknown | (set(COW_TO_ISO3) - set(cow))))
    for c in DROPPED_PRE_1946:
        if cow[c]["spells"][-1][1][0] >= 1946:
            die("COW %d is marked as dropped but exists after 1945" % c)

    # Folded states keep their UN votes name claimed, so the completeness check below holds.
    rows = []
    used_un_names = {UN_NAME.get(c, cow[c]["name"]) for c in FOLDED_INTO}
    for c in sorted(COW_TO_ISO3):
        s, iso3 = cow[c], COW_TO_ISO3[c]
        # Membership span; gaps between spells open the note, hand-written text follows.
        spells = s["spells"]
        from_year = spells[0][0][0]
        to_year = "" if spells[-1][1] == COW_DATA_END else spells[-1][1][0]
        notes = ["Not a COW member %d-%d." % (end[0], start[0])
                 for (_, end), (start, _) in zip(spells, spells[1:])]
        if c in NOTES:
            notes.append(NOTES[c])

        # UN vote code, looked up by the country's name in the votes file.
        un_name = UN_NAME.get(c, s["name"])
        un_code = ""
        if un_name is not None:
            if un_name not in un:
                die("COW %d: UN votes name %r not found" % (c, un_name))
            if un_name in used_un_names:
                die("COW %d: UN votes name %r claimed twice" % (c, un_name))
            used_un_names.add(un_name)
            un_code, un_first, _ = un[un_name]
            if un_first < from_year and c not in UN_EARLY_EXPLAINED:
                notes.append("UN votes from %d, before COW entry." % un_first)

        # CAMEO code: ISO alpha-3 when GDELT's lookup has it, else a checked override.
        cameo_code = ""
        if iso3 in CAMEO_OVERRIDES:
            cameo_code, why = CAMEO_OVERRIDES[iso3]
            notes.append(why + ".")
        elif iso3 in cameo:
            cameo_code = iso3

        # FIPS 10-4 from GeoNames, for states that exist today.
        if iso3 in FORMER_OR_USER_ASSIGNED:
            fips = ""
        elif iso3 in geo:
            fips = geo[iso3]["fips"]
        else:
            die("COW %d: %s is not in the GeoNames table" % (c, iso3))

        rows.append({
            "iso3": iso3, "name": NAME_OVERRIDES.get(c, s["name"]), "cow_code": c,
            "cow_abb": s["abb"], "un_code": un_code, "cameo_code": cameo_code, "fips": fips,
            "from_year": from_year, "to_year": to_year, "note": " ".join(notes),
        })

    for iso3 in sorted(NON_COW_STATES):
        name, note = NON_COW_STATES[iso3]
        if iso3 not in geo or iso3 not in cameo:
            die("%s missing from GeoNames or the CAMEO lookup" % iso3)
        rows.append({"iso3": iso3, "name": name, "cow_code": "", "cow_abb": "", "un_code": "",
                     "cameo_code": iso3, "fips": geo[iso3]["fips"], "from_year": "",
                     "to_year": "", "note": note})

    # Consistency checks.
    missing_un = set(un) - used_un_names
    if missing_un:
        die("UN votes names claimed by no row: %s" % sorted(missing_un))
    by_iso3 = defaultdict(list)
    for r in rows:
        by_iso3[r["iso3"]].append(r)
        if r["cameo_code"] and r["cameo_code"] not in cameo and r["iso3"] not in CAMEO_OVERRIDES:
            die("%s: CAMEO code %s not in lookup" % (r["iso3"], r["cameo_code"]))
        # Where the UN code is a real ISO alpha-2 code, it must belong to the same iso3.
        g = geo.get(r["iso3"])
        if g and r["un_code"] and r["un_code"] != g["ISO"] and r["iso3"] != "SRB":
            die("%s: UN code %s but GeoNames alpha-2 %s" % (r["iso3"], r["un_code"], g["ISO"]))
    shared = {k for k, v in by_iso3.items() if len(v) > 1}
    if shared:
        die("repeated iso3 codes: %s" % sorted(shared))

    # Alias rows: a folded COW state gets a row of its own under the ISO code it shares, so that
    # its COW code can be looked up and a panel can switch codes at the succession. Readers take
    # the row without an end year (the current state) when they look up the ISO code.
    for c, into in sorted(FOLDED_INTO.items()):
        s = cow[c]
        target = next(r for r in rows if r["cow_code"] == into)
        rows.append({
            "iso3": target["iso3"], "name": s["name"], "cow_code": c, "cow_abb": s["abb"], "un_code": "",
            "cameo_code": target["cameo_code"], "fips": target["fips"],
            "from_year": s["spells"][0][0][0], "to_year": s["spells"][-1][1][0],
            "note": "Alias row: COW %d, shares ISO code %s with COW %d; no UN code in the votes file "
                    "(its votes are under its own name)." % (c, target["iso3"], into)})
    rows.sort(key=lambda r: (r["cow_code"] == "", r["cow_code"] if r["cow_code"] != "" else 0, r["iso3"]))

    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    diff = sorted("%s->%s" % (r["iso3"], r["cameo_code"]) for r in rows
                  if r["cameo_code"] and r["cameo_code"] != r["iso3"])
    print("wrote %d rows to %s" % (len(rows), a.out), file=sys.stderr)
    print("cameo_code != iso3: %s" % ", ".join(diff), file=sys.stderr)


if __name__ == "__main__":
    main()
