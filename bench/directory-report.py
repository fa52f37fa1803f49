#!/usr/bin/env python3
"""Turns a Gatling report of the directory simulations into Markdown lines for bench/run-directory.sh.

usage: directory-report.py REPORT_DIR MEASURED_SECONDS SCALE DATA_DIR
Reads REPORT_DIR/js/stats.json (per-request statistics; percentiles 50/75/95/99 as configured by default),
ignores the warm-up requests (named "échauffement …"), gives count, failures, p50/p95/p99/max and throughput
(requests / measured seconds) and compares with the targets of issue 3.
"""
import json
import os
import sys

report, measured, scale, data = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(os.path.join(report, "js", "stats.json"), encoding="utf-8") as f:
    stats = json.load(f)

rows = {}
for content in stats.get("contents", {}).values():
    s = content["stats"]
    name = s["name"]
    if name.startswith("échauffement"):
        continue
    rows[name] = {
        "count": s["numberOfRequests"]["total"],
        "ko": s["numberOfRequests"]["ko"],
        "p50": s["percentiles1"]["total"],
        "p95": s["percentiles3"]["total"],
        "p99": s["percentiles4"]["total"],
        "max": s["maxResponseTime"]["total"],
    }

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
    print(f"Largest cluster response: {size / 1024:.1f} KB (target ≤ 100 KB: {'met' if size <= 100 * 1024 else '**missed**'}).")

if "page plateforme" in rows and "page nginx" in rows:
    app, nginx = rows["page plateforme"]["count"], rows["page nginx"]["count"]
    if nginx:
        print()
        print(f"Organisation page: the platform serves {app / measured:,.0f} pages/s, nginx the same HTML as static files "
              f"{nginx / measured:,.0f} pages/s: **ratio {app / nginx:.2f}** (platform / nginx, same clients and duration).")
