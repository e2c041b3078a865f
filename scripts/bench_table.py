#!/usr/bin/env python3
"""Prints scripts/bench's tables from Google Benchmark JSON files and the peak-memory figures.

Usage: bench_table.py RSS_FILE BENCH_JSON...
RSS_FILE holds lines "name kilobytes" (from /usr/bin/time). Exits 1 if a budget is missed, 2 if a row that
has a budget could not be measured.
"""
import json
import os
import sys

UNIT_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


def load(paths):
    """{(binary, benchmark name): entry} of every benchmark that ran."""
    rows = {}
    for path in paths:
        binary = os.path.basename(path).rsplit(".", 1)[0]
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError):
            continue
        for entry in data.get("benchmarks", []):
            rows[(binary, entry["name"])] = entry
    return rows


def ms(entry, key="real_time"):
    return entry[key] * UNIT_MS[entry.get("time_unit", "ns")]


def fmt_time(value_ms):
    if value_ms >= 1000:
        return f"{value_ms / 1000:.2f} s"
    if value_ms >= 1:
        return f"{value_ms:.1f} ms"
    if value_ms >= 0.001:
        return f"{value_ms * 1000:.1f} µs"
    return f"{value_ms * 1e6:.0f} ns"


def print_all(rows):
    print(f"{'Binary':<18} {'Benchmark':<58} {'Real time':>11} {'CPU time':>11}  Counters")
    print(f"{'-' * 18} {'-' * 58} {'-' * 11} {'-' * 11}  {'-' * 8}")
    for (binary, name), entry in rows.items():
        if entry.get("error_occurred"):
            print(f"{binary:<18} {name:<58} error: {entry.get('error_message', '')}")
            continue
        counters = [f"{key}={entry[key]:.4g}" for key in ("median_ms", "p99_ms", "max_ms", "cpu_median_ms",
                                                           "cpu_p99_ms", "wall_ms", "pages", "reports") if key in entry]
        print(f"{binary:<18} {name:<58} {fmt_time(ms(entry)):>11} {fmt_time(ms(entry, 'cpu_time')):>11}  "
              + " ".join(counters))


def find(rows, binary, prefix):
    for (row_binary, name), entry in rows.items():
        if row_binary == binary and name.startswith(prefix) and not entry.get("error_occurred"):
            return entry
    return None


def main():
    rss_path, paths = sys.argv[1], sys.argv[2:]
    rows = load(paths)
    print_all(rows)

    rss = {}
    try:
        with open(rss_path, encoding="utf-8") as handle:
            for line in handle:
                name, kilobytes = line.split()
                rss[name] = int(kilobytes) / 1024
    except OSError:
        pass

    def counter(binary, prefix, key):
        entry = find(rows, binary, prefix)
        return entry[key] if entry and key in entry else None

    def time_of(binary, prefix):
        entry = find(rows, binary, prefix)
        return ms(entry) if entry else None

    budgets = [
        # grab:0 is the user's path: the event loop repaints what changed into the window's (offscreen) image.
        ("Slider step to repainted window, median", counter("bench_gui", "BM_SliderStep/grab:0", "median_ms"), 4, "ms"),
        ("Slider step to repainted window, 99th pct", counter("bench_gui", "BM_SliderStep/grab:0", "p99_ms"), 8, "ms"),
        ("Slider step, Cost tab open, median", counter("bench_gui", "BM_SliderStepCostTab", "median_ms"), 4, "ms"),
        ("Slider step, Cost tab open, 99th pct", counter("bench_gui", "BM_SliderStepCostTab", "p99_ms"), 8, "ms"),
        ("Process start to first painted frame", counter("bench_gui", "BM_StartupToFirstPaint", "median_ms"), 200,
         "ms"),
        ("splitbench-cli score, end to end", time_of("bench_cli", "BM_CliScore"), 50, "ms"),
        ("Full PDF report, CLI end to end", time_of("bench_cli", "BM_CliReportPdf"), 200, "ms"),
        ("Batch of 50 reports, --jobs 2", time_of("bench_cli", "BM_CliReportBatch50"), 5000, "ms"),
        ("Peak memory, GUI with the default profile", rss.get("gui"), 100, "MB"),
        ("Peak memory, CLI PDF report", rss.get("cli_report"), 80, "MB"),
    ]
    print()
    print(f"{'Budget':<44} {'Measured':>10} {'Budget':>10}  OK?")
    print(f"{'-' * 44} {'-' * 10} {'-' * 10}  ---")
    missed = unmeasured = 0
    for name, value, budget, unit in budgets:
        shown_budget = f"< {fmt_time(budget)}" if unit == "ms" else f"< {budget} MB"
        if value is None:
            unmeasured += 1
            print(f"{name:<44} {'not run':>10} {shown_budget:>10}  ?")
            continue
        shown = fmt_time(value) if unit == "ms" else f"{value:.1f} MB"
        ok = value < budget
        missed += not ok
        print(f"{name:<44} {shown:>10} {shown_budget:>10}  {'yes' if ok else 'NO'}")
    return 1 if missed else (2 if unmeasured else 0)


if __name__ == "__main__":
    sys.exit(main())
