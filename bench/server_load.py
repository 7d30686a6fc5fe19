#!/usr/bin/env python3
"""Load test for `entente serve`: N concurrent clients, each on its own keep-alive connection,
request one URL over and over; prints latency percentiles and throughput. Standard library only.

Usage: bench/server_load.py URL [CLIENTS] [REQUESTS_PER_CLIENT]
"""
import http.client
import statistics
import sys
import threading
import time
import urllib.parse


def client(url, n, out, errors, start):
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    path = u.path + ("?" + u.query if u.query else "")
    start.wait()
    for _ in range(n):
        t0 = time.perf_counter()
        conn.request("GET", path, headers={"Accept": "application/json"})
        r = conn.getresponse()
        r.read()
        out.append(time.perf_counter() - t0)
        if r.status != 200:
            errors.append(r.status)
    conn.close()


def run(url, clients, n):
    times, errors, start = [], [], threading.Event()
    threads = [threading.Thread(target=client, args=(url, n, times, errors, start)) for _ in range(clients)]
    for t in threads:
        t.start()
    t0 = time.perf_counter()
    start.set()
    for t in threads:
        t.join()
    return times, errors, time.perf_counter() - t0


def main():
    url = sys.argv[1]
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    run(url, clients, max(1, n // 4))  # warm-up: JIT and caches, not counted
    times, errors, wall = run(url, clients, n)
    ms = sorted(t * 1000 for t in times)
    q = statistics.quantiles(ms, n=100)
    print(f"{url}: {clients} clients x {n} requests = {len(ms)} in {wall:.1f} s, {len(ms) / wall:.0f} req/s, "
          f"{len(errors)} errors")
    print(f"  latency ms: p50 {q[49]:.1f}  p95 {q[94]:.1f}  p99 {q[98]:.1f}  max {ms[-1]:.1f}  (target: p95 < 50)")


if __name__ == "__main__":
    main()
