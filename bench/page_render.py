#!/usr/bin/env python3
"""First render of the web app's pages in headless Chromium, measured through chromedriver's
WebDriver HTTP interface (standard library only). For each page, N loads after one warm-up; the
time is the navigation's DOMContentLoaded end (performance.getEntriesByType('navigation')).
Prints median and p95 per page and the ratio to the static floor (an SVG the server sends as
it is). Usage: page_render.py BASE_URL N PATH..."""
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def call(url, method="GET", body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]


def main():
    base, n, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    driver = subprocess.Popen([shutil.which("chromedriver") or "chromedriver", f"--port={port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="entente-bench-chromium-")
    wd = f"http://127.0.0.1:{port}"
    sid = None
    try:
        for _ in range(100):
            try:
                call(wd + "/status")
                break
            except OSError:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--user-data-dir=" + profile]}}}}
        sid = call(wd + "/session", "POST", caps)["sessionId"]
        script = {"script": "var n = performance.getEntriesByType('navigation')[0];"
                            "return n.domContentLoadedEventEnd - n.startTime;", "args": []}
        results = {}
        for path in paths:
            times = []
            for i in range(n + 1):
                call(f"{wd}/session/{sid}/url", "POST", {"url": base + path})
                ms = call(f"{wd}/session/{sid}/execute/sync", "POST", script)
                if i > 0:   # the first load warms the browser's and the server's caches
                    times.append(ms)
            times.sort()
            results[path] = (statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)])
        floor = results[paths[0]][0]
        print(f"first render (DOMContentLoaded), {n} loads each after a warm-up; floor = {paths[0]}")
        for path, (median, p95) in results.items():
            print(f"  {path:<32} median {median:7.1f} ms   p95 {p95:7.1f} ms   {median / floor:5.1f}x the floor")
    finally:
        if sid is not None:
            try:
                call(f"{wd}/session/{sid}", "DELETE")   # closes Chromium before its driver goes
            except OSError:
                pass
        driver.terminate()
        subprocess.run(["rm", "-rf", profile])


if __name__ == "__main__":
    main()
