"""The side-by-side table and the targets of scripts/benchmark.

Reads the output of the runs (the library's LeNet and Keras's LeNet, several runs each, and the library's
recommended configuration once), each ending in a ``RESULT {...}`` JSON line, and prints for each figure the
median of the runs with its spread (smallest to largest), the ratio of the medians (ours / Keras), and whether
each target is met.

    python3 scripts/benchmark_report.py --ours o1.txt o2.txt o3.txt --keras k1.txt k2.txt k3.txt --recommended r.txt
"""

import argparse
import json
import statistics
import sys
from pathlib import Path


def result(path):
    """The figures of one run: the JSON after its last ``RESULT `` line."""
    lines = [line for line in Path(path).read_text().splitlines() if line.startswith("RESULT ")]
    if not lines:
        sys.exit(f"error: {path} has no RESULT line: the run did not finish")
    return json.loads(lines[-1][len("RESULT "):])


def images_per_s(r):
    """Training images per second over all epochs: the images over the seconds."""
    return sum(e["seconds"] * e["images_per_s"] for e in r["epochs"]) / sum(e["seconds"] for e in r["epochs"])


ROWS = [
    ("seconds per epoch", lambda r: sum(e["seconds"] for e in r["epochs"]) / len(r["epochs"]), "{:.1f}"),
    ("training images/s", images_per_s, "{:,.0f}"),
    ("test accuracy, last epoch (%)", lambda r: 100 * r["epochs"][-1]["test_accuracy"], "{:.2f}"),
    ("seconds of training to 99.0%", lambda r: r["seconds_to_99_0"], "{:.1f}"),
    ("single-image latency, median (ms)", lambda r: r["latency_median_ms"], "{:.2f}"),
    ("single-image latency, p99 (ms)", lambda r: r["latency_p99_ms"], "{:.2f}"),
    ("batch prediction images/s", lambda r: r["batch_images_per_s"], "{:,.0f}"),
    ("peak resident memory (MB)", lambda r: r["peak_rss_mb"], "{:,.0f}"),
]


def summary(values, form):
    """'median (smallest-largest)' of the values reached, and how many runs did not reach one; and the median."""
    reached = [v for v in values if v is not None]
    if not reached:
        return "not reached", None
    median = statistics.median(reached)
    text = form.format(median)
    if len(reached) > 1:
        text += f" ({form.format(min(reached))}-{form.format(max(reached))})"
    if len(reached) < len(values):
        text += f", not reached in {len(values) - len(reached)} of {len(values)}"
    return text, median


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours", nargs="+", required=True)
    parser.add_argument("--keras", nargs="+", required=True)
    parser.add_argument("--recommended", required=True)
    args = parser.parse_args()
    ours = [result(p) for p in args.ours]
    keras = [result(p) for p in args.keras]
    rec = result(args.recommended)

    print(f"Medians of {len(ours)} runs of the library and {len(keras)} of Keras, alternating, with the spread "
          "(smallest-largest) in brackets; the ratio is of the medians.")
    print()
    print(f"| figure | digits (DL4J) | {keras[0]['name']} | ours / Keras |")
    print("| --- | ---: | ---: | ---: |")
    for label, get, form in ROWS:
        a_text, a = summary([get(r) for r in ours], form)
        b_text, b = summary([get(r) for r in keras], form)
        ratio = "" if a is None or b is None or b == 0 else f"{a / b:.2f}"
        print(f"| {label} | {a_text} | {b_text} | {ratio} |")
    for side, runs in (("digits (DL4J)", ours), ("Keras", keras)):
        per_run = "; ".join(", ".join(f"{100 * e['test_accuracy']:.2f}" for e in r["epochs"]) for r in runs)
        print(f"\nTest accuracy per epoch (%), {side}, each run: {per_run}")
    print()
    print("Targets:")
    ratio = statistics.median(images_per_s(r) for r in ours) / statistics.median(images_per_s(r) for r in keras)
    print(f"- training throughput >= 0.5x Keras's on the same net (medians): "
          f"{statistics.median(images_per_s(r) for r in ours):,.0f} vs {statistics.median(images_per_s(r) for r in keras):,.0f}"
          f" images/s, {ratio:.2f}x -> {'met' if ratio >= 0.5 else 'NOT met'} (the moonshot, 1.0x: {'met' if ratio >= 1 else 'not yet'})")
    seconds, accuracy = 0.0, None
    for e in rec["epochs"]:
        if seconds + e["seconds"] > 60:
            break
        seconds += e["seconds"]
        accuracy = e["test_accuracy"]
    print("- recommended configuration, >= 99.3% after at most 60 s of training: "
          + ("no epoch finished within 60 s -> NOT met" if accuracy is None else
             f"{100 * accuracy:.2f}% after {seconds:.1f} s -> {'met' if accuracy >= 0.993 else 'NOT met'}"))
    lenet_latency = statistics.median(r["latency_median_ms"] for r in ours)
    for name, latency in (("LeNet", lenet_latency), ("recommended", rec["latency_median_ms"])):
        print(f"- single-image prediction < 2 ms median, {name}: {latency:.2f} ms -> {'met' if latency < 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
