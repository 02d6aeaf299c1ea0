"""Sums the oneDNN primitives of a training run: calls and milliseconds per batch, by primitive.

Run the training with DNNL_VERBOSE=1 (oneDNN then prints a line per primitive it executes,
``dnnl_verbose,exec,cpu,<primitive>,<implementation>,<pass>,<formats>,,,<shape>,<ms>``), for example

    DNNL_VERBOSE=1 java -cp "target/digits.jar:target/lib/*" digits.bench.TrainingLoop > run.log
    python3 scripts/onednn_breakdown.py run.log 80      # 80 = the batches trained, warm-up included

and pass the number of batches the run trained. Every line counts (the loop does nothing but train).
"""

import collections
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: onednn_breakdown.py LOG BATCHES")
    log, batches = sys.argv[1], int(sys.argv[2])
    rows = collections.defaultdict(lambda: [0, 0.0])
    total = 0.0
    for line in open(log, errors="replace"):
        if not line.startswith(("dnnl_verbose,exec", "onednn_verbose,exec")):
            continue
        fields = line.strip().split(",")
        primitive, implementation, propagation, shape, ms = fields[3], fields[4], fields[5], fields[-2], float(fields[-1])
        formats = " ".join(f.split(":")[0] + ":" + f.split(":")[-2] for f in fields[6].split() if f.count(":") >= 3)
        key = (primitive, propagation if propagation != "undef" else "", implementation, shape, formats)
        rows[key][0] += 1
        rows[key][1] += ms
        total += ms
    print(f"{'calls/batch':>11} {'ms/batch':>9}  primitive, pass, implementation, shape, formats")
    for (primitive, propagation, implementation, shape, formats), (calls, ms) in sorted(rows.items(), key=lambda kv: -kv[1][1]):
        print(f"{calls / batches:11.2f} {ms / batches:9.3f}  {primitive} {propagation} {implementation} {shape} [{formats}]")
    print(f"total: {total / batches:.2f} ms of oneDNN primitives per batch, over {batches} batches")


if __name__ == "__main__":
    main()
