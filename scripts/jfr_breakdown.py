"""Where the training thread's time goes, from a Java Flight Recording: samples by the layer or step that caused them.

Record a training run with the JDK's own profiler, for example

    java -XX:StartFlightRecording=filename=run.jfr,settings=profile -cp "target/digits.jar:target/lib/*" \\
        digits.bench.TrainingLoop --batches 300
    python3 scripts/jfr_breakdown.py run.jfr

Each sample of the main thread (native-method samples: time in ND4J's and oneDNN's native code; execution
samples: time in Java) goes to the first frame of its stack, from the top, that names a part below.
"""

import collections
import json
import subprocess
import sys

PARTS = [
    ("first convolution, backward (FirstConvolution)", "digits.model.FirstConvolution.backpropGradient"),
    ("max pooling, course's (FastMaxPooling)", "digits.model.FastMaxPooling"),
    ("dense layer, course's (FastDense)", "digits.model.FastDense"),
    ("convolution backward (oneDNN helper)", "MKLDNNConvHelper.backpropGradient"),
    ("convolution forward (oneDNN helper)", "MKLDNNConvHelper.preOutput"),
    ("max pooling backward (Deeplearning4j)", "SubsamplingLayer.backpropGradient"),
    ("max pooling forward (Deeplearning4j)", "SubsamplingLayer.activate"),
    ("output layer", "org.deeplearning4j.nn.layers.BaseOutputLayer"),
    ("dense layer (Deeplearning4j)", "org.deeplearning4j.nn.layers.BaseLayer"),
    ("Adam", "org.deeplearning4j.nn.updater"),
    ("parameter step", "org.deeplearning4j.optimize.solvers.StochasticGradientDescent"),
    ("activation functions", "org.nd4j.linalg.activations"),
    ("convolution, other (Deeplearning4j)", "org.deeplearning4j.nn.layers.convolution.ConvolutionLayer"),
    ("making batches", "digits.training.DigitBatches"),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: jfr_breakdown.py RECORDING.jfr")
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events",
                          "jdk.NativeMethodSample,jdk.ExecutionSample", sys.argv[1]],
                         capture_output=True, text=True, check=True).stdout
    counts = {"jdk.NativeMethodSample": collections.Counter(), "jdk.ExecutionSample": collections.Counter()}
    for event in json.loads(out)["recording"]["events"]:
        values = event["values"]
        if (values.get("sampledThread") or {}).get("javaName") != "main":
            continue
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in (values.get("stackTrace") or {}).get("frames", [])]
        part = next((name for frame in frames for name, pattern in PARTS if pattern in frame), "other (start-up, loading)")
        counts[event["type"]][part] += 1
    for kind, title in (("jdk.NativeMethodSample", "native code"), ("jdk.ExecutionSample", "Java code")):
        total = sum(counts[kind].values())
        print(f"{title}: {total} samples of the main thread")
        for part, n in counts[kind].most_common():
            print(f"  {100 * n / total:5.1f}%  {n:5d}  {part}")


if __name__ == "__main__":
    main()
