"""Executes the course notebooks through the real JJava kernel and checks their outputs.

By default every notebook in notebooks/ runs in quick mode (DIGITS_QUICK=1, less
training data) and the executed copies go to target/notebooks/. A notebook fails
when a cell raises an error, writes to stderr (log noise), or shows a
``java.io.PrintStream@`` result. With ``--full --save`` the notebooks run in full
mode and their outputs are written back into notebooks/, which is how the saved
outputs that GitHub shows are made.

Re-runnable: in quick mode each notebook is executed twice in the SAME kernel
session (all cells, then all cells again, as a learner pressing Run All twice
would), and the second pass must give no error and the same results as the
first. Compared per code cell: text/plain results and stdout text, and the kinds
(MIME types) of all other outputs. Timing figures are masked before comparing
(a number followed by s, ms, seconds, minutes, images/s or /s); a cell whose
output is volatile in another way carries the cell tag ``volatile`` and is not
compared. ``--once`` skips the second pass (the default with ``--full``).

Peak memory is measured by scripts/measure-memory (in JupyterLab, server and kernel together).

The script ends with a line ``N passed, M failed`` and exits non-zero on failure.
"""

import argparse
import copy
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import NamedTuple, Optional

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError, CellTimeoutError

from notebook_claims import CLAIMS

ROOT = Path(__file__).resolve().parent.parent


class Problem(NamedTuple):
    """Something wrong with a notebook: the cell (None for the notebook as a whole), its source, what is wrong."""
    cell: Optional[int]
    source: str
    description: str


ANSI = re.compile(r"\x1b\[[0-9;]*m")
NOISE = ("java.io.PrintStream@", "SLF4J:", "INFO org.nd4j", "INFO org.deeplearning4j")


def problems(nb):
    """Yields a Problem for every bad output."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "error":
                trace = "\n".join(output.get("traceback", [])) or f"{output.get('ename')}: {output.get('evalue')}"
                yield Problem(index, cell.source, f"error output:\n{ANSI.sub('', trace)}")
            elif kind == "stream" and output.get("name") == "stderr":
                yield Problem(index, cell.source, f"stderr output (log noise?):\n{output.get('text', '')[:2000]}")
            text = str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", ""))
            for marker in NOISE:
                if marker in text:
                    yield Problem(index, cell.source, f"output contains {marker!r}:\n{text[:2000]}")


# How long the kernel may take to answer. It usually answers within 3-9 s; on a loaded CI machine one start
# once took 121 s, so the limit leaves room, and a start slower than SLOW_START is reported.
STARTUP_TIMEOUT = 300
SLOW_START = 30

FIRST_CELL = "var course = Course.start();"
IMPORT = re.compile(r"^\s*import\s", re.MULTILINE)


def wiring_problems(nb):
    """Yields a Problem where a notebook breaks the course's set-up rule:
    the first code cell is exactly FIRST_CELL, and no cell imports anything (the library's JJava
    extension pre-imports the course's packages; JJava 1.0a6 resets earlier variables on a later import)."""
    code = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    if not code or code[0][1].source.strip() != FIRST_CELL:
        index, source = (code[0][0], code[0][1].source) if code else (None, "")
        yield Problem(index, source, f"the first code cell must be exactly {FIRST_CELL!r}")
    for index, cell in code:
        if IMPORT.search(cell.source):
            yield Problem(index, cell.source, "a cell has an import line (the library's extension provides the imports)")


# The course's teaching pattern, checked by heading text in every notebook (see shared DESIGN.md).
REQUIRED_SECTIONS = (
    ("## In this notebook you will learn", None),
    ("## Summary", None),
    ("## Questionnaire", "<summary>Answers</summary>"),
    ("## Exercises", "<summary>Hint</summary>"),
)


def structure_problems(nb):
    """Yields a Problem for each part of the teaching pattern a notebook lacks."""
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    for heading, inside in REQUIRED_SECTIONS:
        cells = [m for m in markdown if m.lstrip().startswith(heading)]
        if not cells:
            yield Problem(None, "", f"no markdown cell starting with {heading!r}")
        elif inside and not any(inside in m for m in cells):
            yield Problem(None, "", f"the {heading!r} cell has no collapsed {inside!r} block")


# Before notebook 04, the test set may appear only for a final figure, in a cell tagged
# 'final-test-figure' right after prose that says why.
BEFORE_THE_TEST = ("02-preprocessing.ipynb", "03-feature-extraction.ipynb")


def test_set_problems(nb, name):
    if name not in BEFORE_THE_TEST:
        return
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "mnist.test()" in cell.source:
            tags = cell.get("metadata", {}).get("tags", [])
            before = nb.cells[index - 1] if index > 0 else None
            if "final-test-figure" not in tags:
                yield Problem(index, cell.source, "uses mnist.test() before notebook 04 (validate on the validation part)")
            elif before is None or before.cell_type != "markdown" or "test" not in before.source.lower():
                yield Problem(index, cell.source, "a final test figure must follow a markdown cell that says why it is shown")


def absolute_paths(nb):
    """Yields outputs that name a folder of the machine that made them."""
    marks = {str(ROOT), str(Path.home()), "/tmp/", "/home/"}
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            text = str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", "")) \
                + str(output.get("data", {}).get("text/html", "")) + " ".join(output.get("traceback", []))
            for mark in marks:
                if mark in text:
                    yield Problem(index, cell.source, f"an output names the machine's folder {mark!r}: {text[:300]!r}")


def claim_problems(nb, name, full):
    """Checks the figures a notebook shows against CLAIMS; yields problems, prints what it checked."""
    text = "\n".join(
        "".join(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
        for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    for claim in CLAIMS.get(name, []):
        ok, line = claim.check(text, full)
        print(f"       {'checked' if ok else 'FAILED '} {line}")
        if not ok:
            yield Problem(None, "", f"a figure the notebook shows is off: {line}")


TIMING = re.compile(r"\d[\d,.]*\s*(?:ms|s|sec|seconds?|minutes?|min|images/s|/s)\b")


def results(nb):
    """Per code cell: what a second run must repeat (None for cells tagged 'volatile')."""
    found = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if "volatile" in cell.get("metadata", {}).get("tags", []):
            found.append(None)
            continue
        parts = []
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "stream":
                parts.append((output.get("name"), TIMING.sub("<time>", str(output.get("text", "")))))
            else:
                data = output.get("data", {})
                parts.append((kind, TIMING.sub("<time>", str(data.get("text/plain", ""))), tuple(sorted(data))))
        found.append(parts)
    return found


def differences(first, second, nb):
    """Yields a Problem where the second run's results differ from the first's."""
    code = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    for (index, cell), a, b in zip(code, first, second):
        if a is not None and a != b:
            yield Problem(index, cell.source, f"second run differs from the first:\n  first:  {a!r:.1500}\n  second: {b!r:.1500}")


def summary(nb):
    images = sum(1 for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                 if "image/png" in o.get("data", {}))
    code = sum(1 for c in nb.cells if c.cell_type == "code")
    return f"{code} code cells, {images} image/png outputs"


class StartupWatch:
    """Times the kernel's start; if it has not answered after ``patience`` seconds, prints a thread dump of its
    JVMs (the launcher and the kernel), so that a slow start on a loaded machine says where it waits."""

    def __init__(self, client, name, patience=60):
        self.client, self.name, self.patience = client, name, patience
        self.started = time.monotonic()
        self.answered = None
        self.timer = threading.Timer(patience, self.dump)
        self.timer.daemon = True

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.cancel()

    def ready(self):
        """Call when the kernel has answered; returns the seconds it took."""
        self.timer.cancel()
        self.answered = time.monotonic() - self.started
        return self.answered

    def dump(self):
        process = getattr(getattr(getattr(self.client, "km", None), "provisioner", None), "process", None)
        pids = descendants(process.pid) if process else []
        print(f"note   {self.name}: the kernel has not answered after {self.patience} s; "
              f"thread dumps of its JVMs {pids}:", flush=True)
        for pid in pids:
            try:
                dump = subprocess.run(["jstack", str(pid)], capture_output=True, text=True, timeout=30)
                print(dump.stdout or dump.stderr, flush=True)
            except (OSError, subprocess.TimeoutExpired) as e:
                print(f"       jstack {pid}: {e}", flush=True)


def descendants(pid):
    """The process ``pid`` and all its descendants (from /proc), parents first."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    found, queue = [], [pid]
    while queue:
        current = queue.pop(0)
        found.append(current)
        queue.extend(sorted(children.get(current, [])))
    return found


def run(path, args, env):
    nb = nbformat.read(path, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != "java":
        return [Problem(None, "", f"kernelspec is {kernel!r}, expected 'java'")], 0.0, nb
    static = list(wiring_problems(nb)) + list(structure_problems(nb)) + list(test_set_problems(nb, path.name))
    if static:
        return static, 0.0, nb
    client = NotebookClient(
        nb, kernel_name="java", timeout=args.cell_timeout, startup_timeout=STARTUP_TIMEOUT, allow_errors=True,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}})
    passes = 1 if args.once or args.full else 2
    started = time.monotonic()
    found, first = [], None
    try:
        with StartupWatch(client, path.name) as watch, client.setup_kernel(env=env, cwd=str(path.parent)):
            if watch.ready() > SLOW_START:
                print(f"note   {path.name}: the kernel took {watch.answered:.0f} s to answer "
                      f"(usually a few seconds: is the machine busy?)", flush=True)
            for number in range(1, passes + 1):
                client.execute(cleanup_kc=False)   # the same kernel session for every pass
                bad = list(problems(nb))
                if bad:
                    found.extend(p._replace(description=f"run {number}: {p.description}") for p in bad)
                    break
                if number == 1:
                    first = results(nb)
                    first_copy = copy.deepcopy(nb)
                else:
                    found.extend(differences(first, results(nb), nb))
    except (DeadKernelError, CellTimeoutError) as e:
        return [Problem(None, "", f"{type(e).__name__}: {e}")], time.monotonic() - started, nb
    except RuntimeError as e:
        if "didn't respond" not in str(e):   # only nbclient's "Kernel didn't respond in N seconds"
            raise
        return [Problem(None, "", f"the kernel did not start: {e}")], time.monotonic() - started, nb
    seconds = time.monotonic() - started
    if passes > 1 and not found:
        nb = first_copy   # the saved copy shows the first run, with execution counts from 1
    found.extend(absolute_paths(nb))
    found.extend(claim_problems(nb, path.name, args.full))
    language = nb.metadata.get("language_info", {}).get("name")
    if str(language).lower() != "java":
        found.append(Problem(None, "", f"the kernel reported language {language!r}, expected 'java'"))
    return found, seconds, nb


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all in notebooks/)")
    parser.add_argument("--full", action="store_true", help="full mode: all the data (default: quick mode)")
    parser.add_argument("--save", action="store_true", help="write the outputs back into the notebooks")
    parser.add_argument("--cell-timeout", type=int, default=600, help="seconds one cell may take")
    parser.add_argument("--once", action="store_true", help="run each notebook once (default in quick mode: twice)")
    parser.add_argument("--out", type=Path, default=ROOT / "target" / "notebooks",
                        help="where the executed copies go (default: target/notebooks)")
    args = parser.parse_args()

    # Our environment's kernelspec first, ahead of any 'java' kernel installed for the user.
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(Path(sys.prefix) / "share" / "jupyter"), os.environ.get("JUPYTER_PATH")) if p)
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    out_dir = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DIGITS_QUICK="0" if args.full else "1")
    kernel_dir = KernelSpecManager().get_kernel_spec("java").resource_dir
    mode = "full" if args.full else "quick"
    print(f"Running {len(paths)} notebooks in {mode} mode with the 'java' kernel from {kernel_dir}", flush=True)

    passed, failed = 0, 0
    for path in paths:
        path = path.resolve()
        found, seconds, nb = run(path, args, env)
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
            runs = "once" if args.once or args.full else "twice in one kernel, same results both times,"
            print(f"ok     {path.name}: executed by the java kernel {runs} in {seconds:.1f} s, {summary(nb)}, "
                  f"no error output -> {target}", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main())
