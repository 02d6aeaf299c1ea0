"""Executes the course notebooks through the real JJava kernel and checks their outputs.

By default every notebook in notebooks/ runs in quick mode (DIGITS_QUICK=1, less
training data) and the executed copies go to target/notebooks/. A notebook fails
when a cell raises an error, writes to stderr (log noise), or shows a
``java.io.PrintStream@`` result. With ``--full --save`` the notebooks run in full
mode and their outputs are written back into notebooks/, which is how the saved
outputs that GitHub shows are made.

The script ends with a line ``N passed, M failed`` and exits non-zero on failure.
"""

import argparse
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError, CellTimeoutError

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")
NOISE = ("java.io.PrintStream@", "SLF4J:", "INFO org.nd4j", "INFO org.deeplearning4j")


def problems(nb):
    """Yields (cell index, cell source, description) for every bad output."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "error":
                trace = "\n".join(output.get("traceback", [])) or f"{output.get('ename')}: {output.get('evalue')}"
                yield index, cell.source, f"error output:\n{ANSI.sub('', trace)}"
            elif kind == "stream" and output.get("name") == "stderr":
                yield index, cell.source, f"stderr output (log noise?):\n{output.get('text', '')[:2000]}"
            text = str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", ""))
            for marker in NOISE:
                if marker in text:
                    yield index, cell.source, f"output contains {marker!r}:\n{text[:2000]}"


def summary(nb):
    images = sum(1 for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                 if "image/png" in o.get("data", {}))
    code = sum(1 for c in nb.cells if c.cell_type == "code")
    return f"{code} code cells, {images} image/png outputs"


def run(path, args, env, kernel_dir):
    nb = nbformat.read(path, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != "java":
        return [(None, "", f"kernelspec is {kernel!r}, expected 'java'")], 0.0, nb
    client = NotebookClient(
        nb, kernel_name="java", timeout=args.cell_timeout, startup_timeout=120, allow_errors=True,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    try:
        client.execute(env=env, cwd=str(path.parent))
    except (DeadKernelError, CellTimeoutError) as e:
        return [(None, "", f"{type(e).__name__}: {e}")], time.monotonic() - started, nb
    seconds = time.monotonic() - started
    language = nb.metadata.get("language_info", {}).get("name")
    found = list(problems(nb))
    if str(language).lower() != "java":
        found.append((None, "", f"the kernel reported language {language!r}, expected 'java'"))
    return found, seconds, nb


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all in notebooks/)")
    parser.add_argument("--full", action="store_true", help="full mode: all the data (default: quick mode)")
    parser.add_argument("--save", action="store_true", help="write the outputs back into the notebooks")
    parser.add_argument("--cell-timeout", type=int, default=600, help="seconds one cell may take")
    args = parser.parse_args()

    # Our environment's kernelspec first, ahead of any 'java' kernel installed for the user.
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(Path(sys.prefix) / "share" / "jupyter"), os.environ.get("JUPYTER_PATH")) if p)
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    out_dir = ROOT / "target" / "notebooks"
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DIGITS_QUICK="0" if args.full else "1")
    kernel_dir = KernelSpecManager().get_kernel_spec("java").resource_dir
    mode = "full" if args.full else "quick"
    print(f"Running {len(paths)} notebooks in {mode} mode with the 'java' kernel from {kernel_dir}", flush=True)

    passed, failed = 0, 0
    for path in paths:
        path = path.resolve()
        found, seconds, nb = run(path, args, env, kernel_dir)
        target = path if args.save and not found else out_dir / path.name
        nbformat.write(nb, target)
        if found:
            failed += 1
            print(f"FAILED {path.name} ({seconds:.1f} s); executed copy: {target}")
            for index, source, description in found:
                where = f"cell {index}" if index is not None else "notebook"
                print(f"  {where}:\n    " + "\n    ".join(source.splitlines()) if source else f"  {where}:")
                print("    " + description.replace("\n", "\n    "))
        else:
            passed += 1
            print(f"ok     {path.name}: executed by the java kernel in {seconds:.1f} s, {summary(nb)}, "
                  f"no error output -> {target}", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main())
