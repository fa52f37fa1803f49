#!/usr/bin/env python3
"""Turns a Gatling report of the directory simulations into Markdown lines for bench/run-directory.sh.

usage: directory-report.py REPORT_DIR MEASURED_SECONDS SCALE DATA_DIR
Reads the per-request statistics of the report (js/stats.json, or the table of index.html since Gatling 3.11;
percentiles 50/75/95/99 as configured by default),
ignores the warm-up requests (named "échauffement …"), gives count, failures, p50/p95/p99/max and throughput
(requests / measured seconds) and compares with the targets of issue 3.
"""
import html
import json
import os
import re
import sys

report, measured, scale, data = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = {}
stats_json = os.path.join(report, "js", "stats.json")
if os.path.exists(stats_json):  # Gatling up to 3.10
    with open(stats_json, encoding="utf-8") as f:
        stats = json.load(f)
    for content in stats.get("contents", {}).values():
        s = content["stats"]
        rows[s["name"]] = {
            "count": s["numberOfRequests"]["total"], "ko": s["numberOfRequests"]["ko"],
            "p50": s["percentiles1"]["total"], "p95": s["percentiles3"]["total"], "p99": s["percentiles4"]["total"],
            "max": s["maxResponseTime"]["total"],
        }
else:  # Gatling 3.11+: the statistics table of index.html (columns: total, OK, KO, % KO, cnt/s, min, 50th, 75th,
    # 95th, 99th percentiles, max, mean, std dev)
    with open(os.path.join(report, "index.html"), encoding="utf-8") as f:
        page = f.read()
    for row in re.finditer(r'<tr id="req_[^"]*"[^>]*>(.*?)</tr>', page, re.S):
        body = row.group(1)
        name = html.unescape(re.search(r'class="ellipsed-name">(.*?)</span>', body, re.S).group(1)).strip()
        cells = {int(n): v for n, v in re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', body)}
        number = lambda n: int(float(cells[n])) if cells.get(n, "-") not in ("-", "") else 0
        rows[name] = {"count": number(2), "ko": number(4), "p50": number(8), "p95": number(10), "p99": number(11),
                      "max": number(12)}
rows = {name: r for name, r in rows.items() if not name.startswith("échauffement")}
if not rows:
    print(f"- No request statistics found in `{report}`.")
    sys.exit(0)

TARGETS = {  # p95 in ms, by request name and scale
    ("recherche API", "gard"): 50, ("recherche page", "gard"): 50,
    ("recherche API", "national"): 150, ("recherche page", "national"): 150,
    ("clusters", "national"): 50,
}

print(f"Gatling report: `{report}`")
print()
print("| request | requests | failures | p50 | p95 | p99 | max | throughput | target (p95) |")
print("|---|---|---|---|---|---|---|---|---|")
for name, r in rows.items():
    rps = r["count"] / measured if measured else 0
    target = TARGETS.get((name, scale))
    verdict = ""
    if target is not None:
        if r["ko"]:
            verdict = f"≤ {target} ms: not met ({r['ko']} failures)"
        elif r["p95"] <= target:
            verdict = f"≤ {target} ms: met"
        else:
            verdict = f"≤ {target} ms: **missed by {r['p95'] - target} ms**"
    print(f"| {name} | {r['count']:,} | {r['ko']:,} | {r['p50']} ms | {r['p95']} ms | {r['p99']} ms | {r['max']} ms "
          f"| {rps:,.0f}/s | {verdict} |")

biggest = os.path.join(data, "figures", "clusters-max-bytes")
if "clusters" in rows and os.path.exists(biggest):
    size = int(open(biggest).read().strip())
    print()
    print(f"Largest cluster response: {size:,} bytes ({size / 1024:.1f} KB; target ≤ 100 KB: "
          f"{'met' if size <= 100 * 1024 else '**missed**'}).")

if "page plateforme" in rows and "page nginx" in rows:
    app, nginx = rows["page plateforme"]["count"], rows["page nginx"]["count"]
    if nginx:
        print()
        ratio = app / nginx
        print(f"Organisation page: the platform serves {app / measured:,.0f} pages/s, nginx the same HTML as static files "
              f"{nginx / measured:,.0f} pages/s: **ratio {ratio:.3g}** (platform / nginx, same clients and duration"
              + (f"; nginx {nginx / app:,.0f}× faster" if app else "") + ").")
