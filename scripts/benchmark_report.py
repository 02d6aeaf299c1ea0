"""The side-by-side table and the targets of scripts/benchmark.

Reads the output of the three runs (the library's LeNet, Keras's LeNet, the library's recommended
configuration), each ending in a ``RESULT {...}`` JSON line, and prints the figures, the ratios
(ours / Keras) and whether each target is met.

    python3 scripts/benchmark_report.py ours.txt keras.txt recommended.txt
"""

import json
import sys
from pathlib import Path


def result(path):
    """The figures of one run: the JSON after its last ``RESULT `` line."""
    lines = [line for line in Path(path).read_text().splitlines() if line.startswith("RESULT ")]
    if not lines:
        sys.exit(f"error: {path} has no RESULT line: the run did not finish")
    return json.loads(lines[-1][len("RESULT "):])


if len(sys.argv) != 4:
    sys.exit("usage: benchmark_report.py OURS.txt KERAS.txt RECOMMENDED.txt")
ours, keras, rec = (result(p) for p in sys.argv[1:])


def images_per_s(r):
    return sum(e["seconds"] * e["images_per_s"] for e in r["epochs"]) / sum(e["seconds"] for e in r["epochs"])
rows = [
    ("seconds per epoch", lambda r: sum(e["seconds"] for e in r["epochs"]) / len(r["epochs"]), "{:.1f}"),
    ("training images/s", images_per_s, "{:,.0f}"),
    ("test accuracy, last epoch (%)", lambda r: 100 * r["epochs"][-1]["test_accuracy"], "{:.2f}"),
    ("seconds of training to 99.0%", lambda r: r["seconds_to_99_0"], "{:.1f}"),
    ("single-image latency, median (ms)", lambda r: r["latency_median_ms"], "{:.2f}"),
    ("single-image latency, p99 (ms)", lambda r: r["latency_p99_ms"], "{:.2f}"),
    ("batch prediction images/s", lambda r: r["batch_images_per_s"], "{:,.0f}"),
    ("peak resident memory (MB)", lambda r: r["peak_rss_mb"], "{:,.0f}"),
]
def fmt(f, v):
    return "not reached" if v is None else f.format(v)
print(f"| figure | digits (DL4J) | {keras['name']} | ours / Keras |")
print("| --- | ---: | ---: | ---: |")
for label, get, f in rows:
    a, b = get(ours), get(keras)
    ratio = "" if a is None or b is None or b == 0 else f"{a / b:.2f}"
    print(f"| {label} | {fmt(f, a)} | {fmt(f, b)} | {ratio} |")
print("| test accuracy per epoch (%) | " + ", ".join(f"{100 * e['test_accuracy']:.2f}" for e in ours["epochs"])
      + " | " + ", ".join(f"{100 * e['test_accuracy']:.2f}" for e in keras["epochs"]) + " | |")
print()
print("Targets:")
ratio = images_per_s(ours) / images_per_s(keras)
print(f"- training throughput >= 0.5x Keras's on the same net: {images_per_s(ours):,.0f} vs {images_per_s(keras):,.0f}"
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
for name, run in (("LeNet", ours), ("recommended", rec)):
    print(f"- single-image prediction < 2 ms median, {name}: {run['latency_median_ms']:.2f} ms"
          f" -> {'met' if run['latency_median_ms'] < 2 else 'NOT met'}")
