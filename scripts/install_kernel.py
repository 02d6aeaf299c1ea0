"""Points the JJava kernel (kernelspec ``java``) at the digits library.

The kernel reads its classpath from ``JJAVA_CLASSPATH`` and its JVM options from
``JJAVA_JVM_OPTS``; we write both into the kernelspec's ``env`` so that every
way of starting the kernel (JupyterLab, nbclient in the tests, Binder) gets the
same classpath without a set-up cell in the notebooks. Also turns off
JupyterLab's "get notified about Jupyter news?" pop-up for this environment.
"""

import argparse
import json
import os
import sys
from pathlib import Path

# Binder gives the server and the kernel 2 GB together. The kernel's heap gets 768 MB and ND4J's
# off-heap buffers 512 MB; JavaCPP turns a process growing past 1.6 GB resident into an
# OutOfMemoryError in the notebook rather than a killed container (scripts/measure-memory).
# Deeplearning4j's oneDNN switch is set by the library itself (digits.model.OneDnn), in one place.
JVM_OPTS = ("-Xmx768m -XX:+UseSerialGC -Djava.awt.headless=true"
            " -Dorg.bytedeco.javacpp.maxbytes=512m -Dorg.bytedeco.javacpp.maxphysicalbytes=1600m")
# JJava's launcher JVM only starts the kernel JVM and waits: a small heap is plenty.
LAUNCHER_OPTS = ["-Xmx32m", "-XX:+UseSerialGC"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--prefix", required=True, type=Path, help="the Python environment holding the kernel")
    parser.add_argument("--classpath", required=True, type=Path, help="Maven's target folder with digits.jar and lib/")
    parser.add_argument("--java-home", type=Path, help="the JDK the kernel runs on (default: java on the PATH)")
    args = parser.parse_args()

    target = args.classpath.resolve()
    jar, lib = target / "digits.jar", target / "lib"
    if not jar.is_file() or not lib.is_dir():
        print(f"error: {jar} or {lib} is missing: build the library first (mvn package -DskipTests)", file=sys.stderr)
        return 1

    spec_file = args.prefix / "share" / "jupyter" / "kernels" / "java" / "kernel.json"
    if not spec_file.is_file():
        print(f"error: no JJava kernelspec at {spec_file}: is jjava installed in {args.prefix}?", file=sys.stderr)
        return 1
    spec = json.loads(spec_file.read_text())
    spec["display_name"] = "Java"
    spec.setdefault("env", {}).update({
        "JJAVA_CLASSPATH": os.pathsep.join([str(jar), str(lib / "*")]),
        "JJAVA_JVM_OPTS": JVM_OPTS,
        # ND4J's OpenMP threads sleep instead of spinning while they wait: on a busy or shared machine
        # (Binder) spinning threads made 2-thread training 2.6x slower than with this setting.
        "OMP_WAIT_POLICY": "PASSIVE",
    })
    spec["argv"][1:1] = [opt for opt in LAUNCHER_OPTS if opt not in spec["argv"]]
    if args.java_home:
        # JJava's launcher starts the kernel JVM as plain "java": put this JDK first on its PATH.
        java_bin = args.java_home.resolve() / "bin"
        spec["argv"][0] = str(java_bin / "java")
        spec["env"]["PATH"] = os.pathsep.join([str(java_bin), os.environ.get("PATH", "")])
    spec_file.write_text(json.dumps(spec, indent=2) + "\n")

    overrides = args.prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    overrides.parent.mkdir(parents=True, exist_ok=True)
    overrides.write_text(json.dumps({
        "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}
    }, indent=2) + "\n")
    print(f"Java kernel ready: {spec_file} uses {jar} and {lib}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
