#!/usr/bin/env python3
"""Distributions of GDELT 2.0 export files, to check synthetic files against the real ones.

Usage: bench/events_stats.py LABEL MAX_ROWS_PER_FILE FILE... (reads at most MAX_ROWS_PER_FILE rows
of each file). Prints row length percentiles, how often the actor country codes are empty, the
most frequent country codes and CAMEO roots, quad classes, Goldstein and tone moments, and the
share of rows with non-ASCII bytes or a URL seen before.
"""
import collections
import statistics
import sys


def main():
    label, limit, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    lengths, c1, c2, roots, quads = [], collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    gold, tone, e1, e2, both, nonascii, rows = [], [], 0, 0, 0, 0, 0
    urls = set()
    repeated = 0
    for path in files:
        with open(path, 'rb') as f:
            for n, raw in enumerate(f):
                if n >= limit:
                    break
                rows += 1
                lengths.append(len(raw))
                if any(b >= 128 for b in raw):
                    nonascii += 1
                t = raw.rstrip(b'\n').decode('utf-8', 'replace').split('\t')
                a, b = t[7], t[17]
                e1 += a == ''
                e2 += b == ''
                both += a != '' and b != ''
                c1[a or '-'] += 1
                c2[b or '-'] += 1
                roots[t[28]] += 1
                quads[t[29]] += 1
                gold.append(float(t[30]))
                tone.append(float(t[34]))
                repeated += t[60] in urls
                urls.add(t[60])
    lengths.sort()
    pct = lambda p: lengths[min(len(lengths) - 1, int(p / 100 * len(lengths)))]
    top = lambda c, k: ' '.join(f'{key}:{v / rows:.1%}' for key, v in c.most_common(k))
    print(f'== {label}: {rows:,} rows from {len(files)} files')
    print(f'  row bytes   mean {statistics.mean(lengths):.0f}  p5 {pct(5)}  p50 {pct(50)}  p95 {pct(95)}')
    print(f'  Actor1CountryCode empty {e1 / rows:.1%}   Actor2CountryCode empty {e2 / rows:.1%}   both present {both / rows:.1%}')
    print(f'  top Actor1 countries  {top(c1, 8)}')
    print(f'  top Actor2 countries  {top(c2, 8)}')
    print(f'  distinct Actor1 codes {len(c1)}   top-10 non-empty share {sum(v for k, v in c1.most_common(11) if k != "-") / max(1, rows - e1):.1%}')
    print(f'  top roots  {top(roots, 8)}')
    print(f'  quad classes  {" ".join(f"{k}:{quads[k] / rows:.1%}" for k in sorted(quads))}')
    print(f'  Goldstein mean {statistics.mean(gold):.2f} sd {statistics.pstdev(gold):.2f}   '
          f'tone mean {statistics.mean(tone):.2f} sd {statistics.pstdev(tone):.2f}')
    print(f'  rows with non-ASCII bytes {nonascii / rows:.2%}   rows whose URL was seen before {repeated / rows:.1%}')


if __name__ == '__main__':
    main()
