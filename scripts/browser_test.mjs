// Runs every course notebook in JupyterLab in a real browser (Debian's Chromium, driven by
// playwright-core) the way a learner would: open it, Kernel → Restart Kernel and Run All, wait
// until the kernel is idle, then check what the page shows: no error or stderr output, every
// picture the notebook promises rendered (PNG outputs as loaded <img> elements, Plotly charts as
// SVG) and "Java" as the kernel. A full-page screenshot of each notebook goes to
// target/screenshots/<notebook>.png.
// A notebook with a live drawing pad (LivePad.show) keeps that cell running during Run-All: the
// test draws a 4 and a 9 on it with real pointer events, checks that each stroke's reading shows
// within 1 s (and prints the delays), presses Done so that Run-All goes on, and afterwards checks
// that a kernel restarted under a live pad leaves the pad saying so.
//
// Usage: node scripts/browser_test.mjs [--full] [--notebook7] [--memory FILE] [--screenshots DIR] [notebooks...]
//   --full      full mode (DIGITS_QUICK=0); the default is quick mode, as in the notebook tests
//   --notebook7 the same in Jupyter Notebook 7 (the notebook package, pinned in binder/requirements.txt)
//               instead of JupyterLab; screenshots are named <notebook>-nb7*.png
//   --memory    samples the resident memory of the Jupyter server and everything it started
//               (the kernels) during each Run-All and writes the peaks as JSON to FILE
// The notebooks run on copies in target/browser-test/notebooks, so notebooks/ is never written.
// Ends with "N passed, M failed" and exits non-zero on any failure.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Chromium's background connections would be refused on a closed network: keep it quiet.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PLOTLY = 'application/vnd.plotly.v1+json';
// Notebook 7.6.5 throws this from its own shortcuts code (static/notebook/notebook_core) on opening any
// notebook, even 00-index with empty user settings and no cell run (seen 2026-12-03); it is not the course's.
const NOTEBOOK7_OWN_ERROR = /^TypeError: Cannot read properties of undefined \(reading 'schema'\) \(at [^)]*\/static\/notebook\/notebook_core\./;

function parseArgs(argv) {
  const options = { full: false, memory: null, screenshots: path.join(ROOT, 'target', 'screenshots'), notebooks: [], notebook7: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--full') options.full = true;
    else if (arg === '--notebook7') options.notebook7 = true;
    else if (arg === '--memory') options.memory = path.resolve(argv[++i]);
    else if (arg === '--screenshots') options.screenshots = path.resolve(argv[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.notebooks.push(path.resolve(arg));
  }
  if (options.notebooks.length === 0) {
    const dir = path.join(ROOT, 'notebooks');
    options.notebooks = fs.readdirSync(dir).filter(n => n.endsWith('.ipynb')).sort().map(n => path.join(dir, n));
  }
  return options;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** The drawing pad's output: its still picture turns into a live canvas when the script runs. */
function isDrawingPad(data) {
  return String(data['text/html'] ?? '').includes('id="digits-pad-');
}

/** Pictures a notebook's saved outputs promise: PNG outputs shown as <img>, and Plotly charts. */
function promisedPictures(notebookJson) {
  let images = 0, plotly = 0;
  for (const cell of notebookJson.cells ?? []) {
    for (const output of cell.outputs ?? []) {
      const data = output.data ?? {};
      if (PLOTLY in data) plotly++;            // JupyterLab prefers the Plotly renderer over the PNG
      else if (isDrawingPad(data)) continue;   // live, it is a canvas (checked by drawOnPad)
      else if ('image/png' in data) images++;
    }
  }
  return { images, plotly };
}

/** The executed copy from scripts/test_notebooks.py if there is one, else the saved notebook. */
function referenceNotebook(notebook) {
  const executed = path.join(ROOT, 'target', 'notebooks', path.basename(notebook));
  return fs.existsSync(executed) ? executed : notebook;
}

/** Starts JupyterLab on a free port with a fresh token, settings and workspace of its own. */
async function startJupyterLab(work, full, notebook7) {
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const settings = path.join(work, 'settings');
  // Autosave off: the page never writes back, even to the copies. Windowing off: every cell stays
  // in the page, so every output can be checked and photographed.
  const userSettings = {
    '@jupyterlab/docmanager-extension/plugin.jupyterlab-settings': { autosave: false },
    '@jupyterlab/notebook-extension/tracker.jupyterlab-settings': { windowingMode: 'none', scrollPastEnd: false },
  };
  for (const [file, value] of Object.entries(userSettings)) {
    fs.mkdirSync(path.dirname(path.join(settings, file)), { recursive: true });
    fs.writeFileSync(path.join(settings, file), JSON.stringify(value));
  }
  const venv = path.join(ROOT, '.venv');
  const env = {
    ...process.env,
    DIGITS_QUICK: full ? '0' : '1',
    JUPYTER_PATH: [path.join(venv, 'share', 'jupyter'), process.env.JUPYTER_PATH].filter(Boolean).join(path.delimiter),
    JUPYTERLAB_SETTINGS_DIR: settings,
    JUPYTERLAB_WORKSPACES_DIR: path.join(work, 'workspaces'),
    JUPYTER_RUNTIME_DIR: path.join(work, 'runtime'),
    PATH: [path.join(venv, 'bin'), process.env.PATH].join(path.delimiter),
  };
  const args = ['lab', '--no-browser', '--ip=127.0.0.1', `--port=${port}`, '--port-retries=0',
    `--IdentityProvider.token=${token}`, `--ServerApp.root_dir=${path.join(work, 'notebooks')}`,
    '--LabApp.expose_app_in_browser=True'];
  if (notebook7) args.push('--JupyterNotebookApp.expose_app_in_browser=True');
  if (process.getuid?.() === 0) args.push('--allow-root');
  const log = fs.openSync(path.join(work, 'jupyterlab.log'), 'w');
  const child = spawn(path.join(venv, 'bin', 'jupyter'), args, { env, stdio: ['ignore', log, log], detached: true });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`JupyterLab exited (${child.exitCode}); see ${path.join(work, 'jupyterlab.log')}`);
    try {
      const response = await fetch(`${url}/api/status`, { headers: { Authorization: `token ${token}` } });
      if (response.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`JupyterLab did not answer on ${url} within 90 s`);
    await sleep(500);
  }
  return { child, url, token };
}

function stopJupyterLab(server) {
  if (server?.child && server.child.exitCode === null) {
    try { process.kill(-server.child.pid, 'SIGTERM'); } catch { /* gone already */ }
  }
}

/** Samples VmRSS and VmHWM of a process and all its descendants (Linux /proc). */
class MemorySampler {
  constructor(rootPid) { this.rootPid = rootPid; this.reset(); }

  reset() { this.peakTotal = 0; this.peakByPid = new Map(); }

  processes() {
    const parents = new Map();
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch { /* exited meanwhile */ }
    }
    const family = new Set([this.rootPid]);
    for (let grown = true; grown;) {
      grown = false;
      for (const [pid, parent] of parents) {
        if (family.has(parent) && !family.has(pid)) { family.add(pid); grown = true; }
      }
    }
    return family;
  }

  sample() {
    let total = 0;
    for (const pid of this.processes()) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kib = name => Number((status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm')) ?? [0, 0])[1]);
        const rss = kib('VmRSS'), hwm = kib('VmHWM');
        total += rss;
        const known = this.peakByPid.get(pid);
        if (!known || hwm > known.hwmKiB) {
          const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
          this.peakByPid.set(pid, { pid, hwmKiB: hwm, command: describe(command) });
        }
      } catch { /* exited meanwhile */ }
    }
    this.peakTotal = Math.max(this.peakTotal, total);
  }

  start() { this.timer = setInterval(() => this.sample(), 200); this.sample(); }

  stop() { clearInterval(this.timer); this.sample(); this.alive = this.processes(); }

  report() {
    // The processes that lived to the end of Run-All (not the kernel that the restart replaced).
    const processes = [...this.peakByPid.values()].filter(p => this.alive?.has(p.pid) ?? true);
    return {
      peakSampledTotalMiB: Math.round(this.peakTotal / 1024),
      // Each process's own peak, added up: an upper bound of the true combined peak.
      sumOfProcessPeaksMiB: Math.round(processes.reduce((sum, p) => sum + p.hwmKiB, 0) / 1024),
      processes: processes.map(p => ({ pid: p.pid, peakMiB: Math.round(p.hwmKiB / 1024), command: p.command })),
    };
  }
}

function describe(command) {
  const joined = command.join(' ');
  if (joined.includes('jjava-launcher')) return 'kernel launcher JVM (jjava-launcher.jar)';
  if (joined.includes('java') && joined.includes('jjava')) return 'Java kernel JVM (JJava)';
  if (joined.includes('jupyter')) return 'Jupyter server (jupyter lab)';
  return joined.slice(0, 120);
}

/**
 * Waits until the open notebook's kernel has started and answered. JupyterLab shows the JJava
 * kernel's status as "Unknown" until its first execution (it ignores the status messages around
 * the start-up kernel_info requests), so here "idle" also accepts "unknown" once the kernel has
 * answered kernel_info.
 */
async function waitForIdleKernel(page, timeout) {
  await page.waitForFunction(() => {
    const panel = window.jupyterapp?.shell?.currentWidget;
    const kernel = panel?.sessionContext?.session?.kernel;
    if (!panel?.content?.model || !kernel || kernel.connectionStatus !== 'connected') return false;
    kernel.info.then(() => { window.kernelAnswered = kernel.id; });
    return window.kernelAnswered === kernel.id && (kernel.status === 'idle' || kernel.status === 'unknown');
  }, null, { timeout, polling: 250 });
}

/** Kernel → Restart Kernel and Run All Cells, accepting the confirmation dialog. */
async function startRunAll(page) {
  await page.evaluate(() => { window.jupyterapp.commands.execute('notebook:restart-run-all'); });
  const accept = page.locator('.jp-Dialog .jp-Dialog-button.jp-mod-accept');
  await accept.waitFor({ state: 'visible', timeout: 30_000 });
  await accept.click();
}

/**
 * Run-All is done when no cell waits ([*]), the kernel is idle and every code cell ran, or
 * JupyterLab stopped at an error (then the cells after it stay without a number).
 */
async function waitForRunAll(page, timeout) {
  await page.waitForFunction(() => {
    const panel = window.jupyterapp.shell.currentWidget;
    const kernel = panel.sessionContext.session?.kernel;
    if (!kernel || kernel.status !== 'idle') return false;
    const cells = [...panel.content.widgets].filter(c => c.model.type === 'code' && c.model.sharedModel.getSource().trim());
    const prompts = cells.map(c => c.node.querySelector('.jp-InputPrompt')?.textContent ?? '');
    if (prompts.some(p => p.includes('*'))) return false;
    const ran = cells.filter(c => c.model.executionCount !== null).length;
    const failed = cells.some(c => c.model.outputs.toJSON().some(o => o.output_type === 'error'));
    return ran === cells.length || (ran > 0 && failed);
  }, null, { timeout, polling: 500 });
}

/**
 * JupyterLab's Plotly renderer (jupyterlab-plotly, from the plotly package) first shows the PNG
 * that comes with a chart's bundle and draws the interactive chart when the mouse enters that
 * picture. Move the mouse over each chart, as a learner would, and wait for Plotly's SVG.
 */
async function showPlotlyCharts(page) {
  const charts = page.locator('.jp-NotebookPanel .jp-RenderedPlotly');
  for (let i = 0, n = await charts.count(); i < n; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    const placeholder = chart.locator('img.plot-img');
    // The placeholder may vanish meanwhile: the mouse crossing it while scrolling draws the chart too.
    if (await placeholder.isVisible()) await placeholder.hover({ force: true, timeout: 10_000 }).catch(() => {});
    await chart.locator('.plot-container svg.main-svg').first().waitFor({ state: 'visible', timeout: 30_000 })
      .catch(() => {}); // inspectPage counts what is there
  }
  await page.mouse.move(0, 0);
}

/** What the page shows after Run-All. */
async function inspectPage(page) {
  return page.evaluate(async (plotlyMime) => {
    const panel = window.jupyterapp.shell.currentWidget;
    const notebookNode = panel.content.node;
    const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    // Plotly's own <img class="plot-img"> is its placeholder (see showPlotlyCharts), not a picture.
    const images = [...notebookNode.querySelectorAll('.jp-OutputArea-output img:not(.plot-img)')];
    await Promise.all(images.map(img => img.decode().catch(() => {})));
    const problems = [];
    const codeCells = [...panel.content.widgets].filter(c => c.model.type === 'code');
    let modelImages = 0, modelPlotly = 0, modelTitles = 0, executed = 0;
    codeCells.forEach((cell, index) => {
      if (cell.model.executionCount !== null) executed++;
      for (const output of cell.model.outputs.toJSON()) {
        const data = output.data ?? {};
        if (plotlyMime in data) {
          modelPlotly++;
          if (data[plotlyMime].layout?.title) modelTitles++;
        }
        else if ('image/png' in data && !String(data['text/html'] ?? '').includes('id="digits-pad-')) modelImages++;
        if (output.output_type === 'error') problems.push(`code cell ${index + 1}: ${output.ename}: ${output.evalue}`);
        if (output.output_type === 'stream' && output.name === 'stderr') problems.push(`code cell ${index + 1} wrote to stderr: ${String(output.text).slice(0, 300)}`);
      }
    });
    const errorNodes = notebookNode.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').length;
    const plotlyCharts = [...notebookNode.querySelectorAll('.jp-RenderedPlotly')]
      .filter(plot => [...plot.querySelectorAll('.plot-container svg.main-svg')].some(visible));
    const kernelLabel = document.querySelector('.jp-NotebookPanel-toolbar [data-jp-item-name="kernelName"]');
    return {
      problems,
      errorNodes,
      codeCells: codeCells.length,
      executed,
      modelImages,
      modelPlotly,
      renderedImages: images.filter(img => img.complete && img.naturalWidth > 0 && visible(img)).length,
      brokenImages: images.filter(img => !(img.complete && img.naturalWidth > 0)).length,
      plotlyCharts: plotlyCharts.length,
      modelTitles,
      plotlyTitles: plotlyCharts.filter(plot => plot.querySelector('.gtitle')?.textContent.trim()).length,
      kernelShown: (kernelLabel?.textContent ?? '').trim(),
      kernelDisplayName: panel.sessionContext.kernelDisplayName,
      language: panel.content.model.getMetadata('language_info')?.name,
      newsToast: [...document.querySelectorAll('.jp-Notification-Toast, .Toastify__toast')]
        .some(t => /news/i.test(t.textContent)),
      height: Math.ceil((notebookNode.querySelector('.jp-WindowedPanel-outer') ?? notebookNode).scrollHeight),
    };
  }, PLOTLY);
}

/** A screenshot of the whole notebook: the window is made as tall as the notebook first. */
async function screenshot(page, file, height) {
  const chrome = await page.evaluate(() => {
    const outer = window.jupyterapp.shell.currentWidget.content.node.querySelector('.jp-WindowedPanel-outer');
    if (outer) outer.scrollTop = 0;
    return window.innerHeight - (outer?.clientHeight ?? window.innerHeight);
  });
  await page.setViewportSize({ width: 1280, height: Math.min(height + chrome + 40, 32_000) });
  await page.waitForTimeout(1500); // layout, Plotly's resize and image decoding
  await page.evaluate(() => {
    const outer = window.jupyterapp.shell.currentWidget.content.node.querySelector('.jp-WindowedPanel-outer');
    if (outer) outer.scrollTop = 0;
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
}

/** Digits drawn on the drawing pad, as strokes of points in the canvas's unit square. */
const DRAWINGS = [
  { digit: 7, strokes: [[[0.28, 0.2], [0.72, 0.2], [0.62, 0.45], [0.47, 0.85]]] },
  { digit: 0, strokes: [Array.from({ length: 41 }, (_, i) => {
    const angle = (i / 40) * 2 * Math.PI;
    return [0.5 + 0.2 * Math.sin(angle), 0.52 - 0.32 * Math.cos(angle)];
  })] },
];

/**
 * The drawing pad in a real browser, as a learner uses it: real pointer strokes on the canvas,
 * Save, then run the cells that read the drawing back and ask the network. Screenshots of the pad
 * with the strokes and of the prediction go next to the notebook's screenshot.
 */
async function drawOnPad(page, folder, name, options) {
  const failures = [];
  const pad = page.locator('.jp-OutputArea-output [id^="digits-pad-"]');
  const hasPadCell = await page.evaluate(() => [...window.jupyterapp.shell.currentWidget.content.widgets]
    .some(c => c.model.type === 'code' && c.model.sharedModel.getSource().includes('DrawingPad.show(')));
  if (!hasPadCell) return failures;
  if (await pad.locator('canvas').count() === 0) return ['the drawing pad cell shows no live canvas'];
  const readBack = await page.evaluate(() => {
    const cells = [...window.jupyterapp.shell.currentWidget.content.widgets];
    return cells.findIndex(c => c.model.type === 'code' && c.model.sharedModel.getSource().includes('OwnDigit.fromDrawing('));
  });
  if (readBack < 0) return ['the notebook shows a drawing pad but has no cell that reads the drawing back'];
  const fileName = await page.evaluate(() => {
    const cells = [...window.jupyterapp.shell.currentWidget.content.widgets];
    const source = cells.find(c => c.model.sharedModel.getSource().includes('DrawingPad.show(')).model.sharedModel.getSource();
    return source.match(/DrawingPad\.show\("([^"]+)"\)/)[1];
  });
  const saved = path.join(folder, fileName);
  for (const { digit, strokes } of DRAWINGS) {
    fs.rmSync(saved, { force: true });
    const canvas = pad.first().locator('canvas');
    await canvas.scrollIntoViewIfNeeded();
    await pad.first().locator('button[data-action=clear]').click();
    const box = await canvas.boundingBox();
    for (const stroke of strokes) {
      const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
      await page.mouse.move(...at(stroke[0]));
      await page.mouse.down();
      for (const point of stroke.slice(1)) await page.mouse.move(...at(point), { steps: 6 });
      await page.mouse.up();
    }
    const base = path.join(options.screenshots, name.replace(/\.ipynb$/, `-pad-${digit}`));
    await pad.first().screenshot({ path: `${base}-drawn.png` });
    await pad.first().locator('button[data-action=save]').click();
    const status = pad.first().locator('[data-role=status]');
    await page.waitForFunction(el => /Saved as|Could not/.test(el.textContent), await status.elementHandle(), { timeout: 20_000 });
    const said = (await status.textContent()).trim();
    if (!said.startsWith('Saved as') || !fs.existsSync(saved)) {
      failures.push(`pad, digit ${digit}: Save said "${said}" and ${fs.existsSync(saved) ? 'the file exists' : `no ${fileName} appeared`}`);
      continue;
    }
    // Run the read-back cell and the one after it, as a learner does with Shift+Enter.
    const counts = await page.evaluate((index) => {
      const panel = window.jupyterapp.shell.currentWidget;
      panel.content.activeCellIndex = index;
      return [index, index + 1].map(i => panel.content.widgets[i].model.executionCount);
    }, readBack);
    await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-cell-and-select-next'));
    await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-cell-and-select-next'));
    await page.waitForFunction(([index, before]) => {
      const panel = window.jupyterapp.shell.currentWidget;
      const kernel = panel.sessionContext.session?.kernel;
      const cells = [index, index + 1].map(i => panel.content.widgets[i]);
      return kernel?.status === 'idle' && cells.every((c, k) => c.model.executionCount !== null
        && c.model.executionCount !== before[k] && !c.node.querySelector('.jp-InputPrompt').textContent.includes('*'));
    }, [readBack, counts], { timeout: 120_000, polling: 250 });
    const outcome = await page.evaluate((index) => {
      const cells = window.jupyterapp.shell.currentWidget.content.widgets;
      const text = [index, index + 1].flatMap(i => cells[i].model.outputs.toJSON())
        .map(o => o.output_type === 'stream' ? String(o.text) : o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : '')
        .join('');
      const errors = [index, index + 1].flatMap(i => cells[i].model.outputs.toJSON()).filter(o => o.output_type === 'error');
      return { text, errors: errors.length };
    }, readBack);
    const read = outcome.text.match(/reads the drawing as a (\d)/);
    if (outcome.errors > 0 || /No drawing saved/.test(outcome.text)) {
      failures.push(`pad, digit ${digit}: reading the drawing back went wrong: ${outcome.text.slice(0, 300)}`);
    } else if (!read || Number(read[1]) !== digit) {
      failures.push(`pad, digit ${digit}: the network read the drawing as ${read ? read[1] : 'nothing'} (${outcome.text.trim().slice(0, 200)})`);
    }
    const cellBoxes = await page.evaluate((index) => {
      const cells = window.jupyterapp.shell.currentWidget.content.widgets;
      cells[index].node.scrollIntoView();
      return [index, index + 1].map(i => { const r = cells[i].node.getBoundingClientRect(); return [r.x, r.y, r.right, r.bottom]; });
    }, readBack);
    await page.waitForTimeout(500);
    const [x, y] = [Math.min(cellBoxes[0][0], cellBoxes[1][0]), Math.min(cellBoxes[0][1], cellBoxes[1][1])];
    const clip = { x, y, width: Math.max(cellBoxes[0][2], cellBoxes[1][2]) - x, height: Math.max(cellBoxes[0][3], cellBoxes[1][3]) - y };
    await page.screenshot({ path: `${base}-prediction.png`, clip, fullPage: true });
    console.log(`       drawing pad: drew a ${digit}, saved ${fileName}, the network read it as ${read ? read[1] : '?'} -> ${path.relative(ROOT, base)}-{drawn,prediction}.png`);
  }
  return failures;
}

/** Digits drawn on the live pad, each in two strokes, as points in the canvas's unit square. */
const LIVE_DRAWINGS = [
  { digit: 4, strokes: [[[0.36, 0.12], [0.28, 0.6], [0.8, 0.6]], [[0.64, 0.22], [0.64, 0.92]]] },
  { digit: 9, strokes: [
    Array.from({ length: 37 }, (_, i) => {
      const angle = (i / 36) * 2 * Math.PI;
      return [0.5 + 0.18 * Math.cos(angle), 0.32 - 0.16 * Math.sin(angle)];
    }),
    [[0.68, 0.3], [0.66, 0.6], [0.6, 0.92]]] },
];

/** The live pad's cell, if the notebook has one. */
async function livePadCell(page) {
  return page.evaluate(() => [...window.jupyterapp.shell.currentWidget.content.widgets]
    .findIndex(c => c.model.type === 'code' && c.model.sharedModel.getSource().includes('LivePad.show(')));
}

/**
 * Arms a probe that notes when the next pointer-up happens and when the reading's sequence number
 * then grows; `action` (a pointer-up or a click) triggers it. Resolves to the delay in ms and the
 * reading's message, or null if no reading came within `timeout` ms.
 */
async function timedReading(page, action, timeout) {
  await page.evaluate(() => {
    const reading = () => document.querySelector('.jp-OutputArea-output [id^="digits-reading-"]');
    const probe = { before: Number(reading()?.dataset.seq ?? 0), up: null, shown: null, text: null };
    window.digitsProbe = probe;
    const mark = () => { if (probe.up === null) probe.up = performance.now(); };
    window.addEventListener('pointerup', mark, { capture: true, once: true });
    window.addEventListener('click', mark, { capture: true, once: true });
    const watch = () => {
      const element = reading();
      if (element && Number(element.dataset.seq) > probe.before) {
        probe.shown = performance.now();
        probe.text = element.querySelector('[data-role=message]')?.textContent ?? '';
        return;
      }
      setTimeout(watch, 2);
    };
    watch();
  });
  await action();
  try {
    await page.waitForFunction(() => window.digitsProbe.shown !== null, null, { timeout, polling: 10 });
  } catch {
    return null;
  }
  return page.evaluate(() => ({ ms: window.digitsProbe.shown - window.digitsProbe.up, text: window.digitsProbe.text }));
}

/**
 * The live pad in a real browser, while its cell runs (Run-All waits behind it): draws a 4, then
 * after Clear a 9, each in two strokes with real pointer events, and checks after every stroke and
 * after Clear that the reading under the pad changed within 1 s, without running any other cell.
 * Then the inside view, then Done, so that the cell ends and Run-All goes on. Screenshots:
 * <notebook>-live-first-stroke.png, -live-last-stroke.png, -inside-view.png.
 */
async function drawOnLivePad(page, name, options) {
  const failures = [];
  const delays = [];
  const base = path.join(options.screenshots, name.replace(/\.ipynb$/, options.notebook7 ? '-nb7' : ''));
  const pad = page.locator('.jp-OutputArea-output [id^="digits-pad-"]').first();
  const reading = page.locator('.jp-OutputArea-output [id^="digits-reading-"]').first();
  await page.setViewportSize({ width: 1280, height: 1500 });
  try {
    await pad.locator('canvas').waitFor({ state: 'visible', timeout: 240_000 });
    await page.waitForFunction(() => document.querySelector('.jp-OutputArea-output [id^="digits-reading-"]')
      ?.dataset.state === 'live', null, { timeout: 30_000, polling: 20 });

  } catch (error) {
    return { failures: [`the live pad did not open: ${String(error.message ?? error).split('\n')[0]}`], delays };
  }
  const counts = () => page.evaluate(() => [...window.jupyterapp.shell.currentWidget.content.widgets]
    .filter(c => c.model.type === 'code').map(c => c.model.executionCount));
  const countsBefore = await counts();
  const clip = async (withInside) => {
    if (!withInside) await pad.scrollIntoViewIfNeeded();
    const a = await pad.boundingBox(), b = await reading.boundingBox();
    const x = Math.min(a.x, b.x) - 8, y = Math.min(a.y, b.y) - 8;
    return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x + 8,
      height: (withInside ? b.y + b.height : Math.max(a.y + a.height, b.y + b.height)) - y + 8 };
  };
  let lastRead = null;
  for (const [d, { digit, strokes }] of LIVE_DRAWINGS.entries()) {
    if (d > 0) {
      const cleared = await timedReading(page, () => pad.locator('button[data-action=clear]').click(), 5000);
      if (!cleared) failures.push(`live pad: no reading within 5 s of Clear`);
      else {
        delays.push({ what: 'Clear', ms: cleared.ms });
        if (!/empty/.test(cleared.text)) failures.push(`live pad: after Clear the reading says "${cleared.text}"`);
      }
    }
    const canvas = pad.locator('canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
    for (const [s, stroke] of strokes.entries()) {
      await page.mouse.move(...at(stroke[0]));
      await page.mouse.down();
      for (const point of stroke.slice(1)) await page.mouse.move(...at(point), { steps: 6 });
      const read = await timedReading(page, () => page.mouse.up(), 5000);
      const what = `digit ${digit}, stroke ${s + 1}`;
      if (!read) {
        failures.push(`live pad, ${what}: the reading did not change within 5 s of pointer-up`);
        continue;
      }
      delays.push({ what, ms: read.ms });
      if (read.ms > 1000) failures.push(`live pad, ${what}: the reading changed ${read.ms.toFixed(0)} ms after pointer-up (more than 1 s)`);
      lastRead = read.text.match(/reads (\d) \(/)?.[1] ?? null;
      console.log(`       live pad: ${what}: reading after ${read.ms.toFixed(0)} ms: ${read.text}`);
      if (d === 0 && s === 0) await page.screenshot({ path: `${base}-live-first-stroke.png`, clip: await clip(false) });
    }
    if (lastRead === null || Number(lastRead) !== digit) {
      failures.push(`live pad: drew a ${digit}, the network read ${lastRead ?? 'nothing'}`);
    }
  }
  await page.screenshot({ path: `${base}-live-last-stroke.png`, clip: await clip(false) });
  const inside = await timedReading(page, () => pad.locator('input[data-action=inside]').check(), 5000);
  if (!inside) failures.push('live pad: no reading within 5 s of ticking "inside view"');
  else {
    await page.waitForFunction(() => document.querySelectorAll('.jp-OutputArea-output [id^="digits-reading-"] img').length === 2
      && [...document.querySelectorAll('.jp-OutputArea-output [id^="digits-reading-"] img')].every(i => i.complete && i.naturalWidth > 0),
    null, { timeout: 5000 }).catch(() => failures.push('live pad: the inside view did not show'));
    await page.setViewportSize({ width: 1280, height: 2000 });
    await pad.evaluate(element => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${base}-inside-view.png`, clip: await clip(true) });
  }
  if (JSON.stringify(await counts()) !== JSON.stringify(countsBefore)) failures.push('live pad: another cell ran while drawing');
  await pad.locator('button[data-action=done]').click();
  await page.waitForFunction(() => document.querySelector('.jp-OutputArea-output [id^="digits-reading-"]')
    ?.dataset.state === 'ended', null, { timeout: 10_000, polling: 50 })
    .catch(() => failures.push('live pad: the cell did not end within 10 s of Done'));
  const ended = await reading.locator('[data-role=message]').textContent();
  if (!/^Done\./.test(ended.trim())) failures.push(`live pad: after Done the reading says "${ended.trim()}"`);
  const ms = delays.map(x => x.ms).sort((a, b) => a - b);
  if (ms.length) {
    const median = ms.length % 2 ? ms[(ms.length - 1) / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
    console.log(`       live pad: pointer-up (or Clear) to updated reading over ${ms.length} updates: median ${median.toFixed(0)} ms, worst ${ms[ms.length - 1].toFixed(0)} ms; read ${lastRead} last -> ${path.relative(ROOT, base)}-{live-first-stroke,live-last-stroke,inside-view}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return { failures, delays };
}

/**
 * A kernel that dies under a live pad must not leave it silently stale: runs the live pad's cell
 * once more on its own, restarts the kernel while the pad is live, draws a stroke, and expects the
 * pad to say within its stale limit (plus 2 s) that the kernel is not reading.
 */
async function deadKernelIsNoticed(page, cellIndex) {
  const before = await page.evaluate(() => [...document.querySelectorAll('.jp-OutputArea-output [id^="digits-reading-"]')]
    .map(element => element.id));
  await page.evaluate((index) => {
    const panel = window.jupyterapp.shell.currentWidget;
    panel.content.activeCellIndex = index;
    window.jupyterapp.commands.execute('notebook:run-cell-and-select-next');   // not awaited: the cell runs on
  }, cellIndex);
  try {
    await page.waitForFunction((old) => [...document.querySelectorAll('.jp-OutputArea-output [id^="digits-reading-"]')]
      .some(element => !old.includes(element.id) && element.dataset.state === 'live'), before, { timeout: 60_000, polling: 50 });
  } catch {
    const seen = await page.evaluate((index) => {
      const cell = window.jupyterapp.shell.currentWidget.content.widgets[index];
      const reading = document.querySelector('.jp-OutputArea-output [id^="digits-reading-"]');
      return `prompt ${cell.node.querySelector('.jp-InputPrompt')?.textContent}, outputs `
        + `${JSON.stringify(cell.model.outputs.toJSON().map(o => o.data?.['text/plain'] ?? o.text ?? o.output_type)).slice(0, 400)}, `
        + `reading ${reading?.id} ${reading?.dataset.state}`;
    }, cellIndex);
    return [`dead kernel: the live pad did not open again when its cell ran on its own (${seen})`];
  }
  const session = await page.evaluate((old) => [...document.querySelectorAll('.jp-OutputArea-output [id^="digits-reading-"]')]
    .find(element => !old.includes(element.id) && element.dataset.state === 'live').id.replace('digits-reading-', ''), before);
  await page.evaluate(() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart());
  const pad = page.locator(`#digits-pad-${session}`);
  const canvas = pad.locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.2 * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.8 * box.height, { steps: 6 });
  await page.mouse.up();
  const started = Date.now();
  const status = pad.locator('[data-role=status]');
  try {
    await page.waitForFunction(el => /kernel is not reading/.test(el.textContent), await status.elementHandle(),
      { timeout: 8_000, polling: 100 });
  } catch {
    return [`dead kernel: after a restart the pad still says "${(await status.textContent()).trim()}" 8 s after a stroke`];
  }
  console.log(`       live pad: after a kernel restart, the pad said "${(await status.textContent()).trim()}" `
    + `${((Date.now() - started) / 1000).toFixed(1)} s after the stroke`);
  return [];
}

async function runNotebook(browser, server, notebook, options, sampler) {
  const name = path.basename(notebook);
  const failures = [];
  const promised = promisedPictures(JSON.parse(fs.readFileSync(referenceNotebook(notebook), 'utf8')));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', error => pageErrors.push(`${error} (${(error.stack ?? '').split('\n')[1]?.trim() ?? 'no stack'})`));
  const started = Date.now();
  let result;
  try {
    await page.goto(options.notebook7
      ? `${server.url}/notebooks/${encodeURIComponent(name)}?token=${server.token}`
      : `${server.url}/lab/tree/${encodeURIComponent(name)}?reset&token=${server.token}`);
    await waitForIdleKernel(page, 180_000);
    await page.evaluate(() => window.jupyterapp.shell.collapseLeft?.());
    // Clear the saved outputs first, so that every picture checked below comes from this run.
    await page.evaluate(() => window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs'));
    sampler?.reset();
    sampler?.start();
    try {
      await startRunAll(page);
      if (await livePadCell(page) >= 0) failures.push(...(await drawOnLivePad(page, name, options)).failures);
      await waitForRunAll(page, options.full ? 1_800_000 : 300_000);
    } finally {
      sampler?.stop();
    }
    await showPlotlyCharts(page);
    result = await inspectPage(page);
    await screenshot(page, path.join(options.screenshots, name.replace(/\.ipynb$/, (options.notebook7 ? '-nb7' : '') + '.png')), result.height);
    const seconds = (Date.now() - started) / 1000;

    failures.push(...result.problems);
    if (result.errorNodes > 0) failures.push(`${result.errorNodes} error/stderr outputs shown`);
    if (result.executed < result.codeCells) failures.push(`only ${result.executed} of ${result.codeCells} code cells ran`);
    const wantImages = Math.max(promised.images, result.modelImages);
    const wantPlotly = Math.max(promised.plotly, result.modelPlotly);
    if (result.renderedImages < wantImages) failures.push(`${result.renderedImages} pictures rendered, ${wantImages} promised (${result.brokenImages} broken)`);
    if (result.plotlyCharts < wantPlotly) failures.push(`${result.plotlyCharts} Plotly charts rendered as SVG, ${wantPlotly} promised`);
    if (result.plotlyTitles < result.modelTitles) failures.push(`${result.plotlyTitles} of ${result.modelTitles} Plotly chart titles shown`);
    if (result.kernelShown !== 'Java') failures.push(`the toolbar shows kernel ${JSON.stringify(result.kernelShown)}, expected "Java"`);
    if (String(result.language).toLowerCase() !== 'java') failures.push(`kernel language ${result.language}, expected java`);
    if (result.newsToast) failures.push('JupyterLab shows the "Jupyter news" pop-up');
    const liveCell = await livePadCell(page);
    if (liveCell >= 0) failures.push(...await deadKernelIsNoticed(page, liveCell));
    failures.push(...await drawOnPad(page, path.dirname(notebook), name, options));
    for (const e of pageErrors) {
      if (options.notebook7 && NOTEBOOK7_OWN_ERROR.test(e)) console.log(`       note: Notebook 7's own page error, not the course's: ${e}`);
      else failures.push(`page error: ${e}`);
    }
    result.seconds = seconds;
    result.promised = { images: wantImages, plotly: wantPlotly };
  } catch (error) {
    failures.push(String(error.message ?? error).split('\n')[0]);
    const file = path.join(options.screenshots, name.replace(/\.ipynb$/, (options.notebook7 ? '-nb7' : '') + '-failed.png'));
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  } finally {
    // Shut the kernel down before the next notebook, as a learner closing the tab would.
    await page.evaluate(() => window.jupyterapp?.shell?.currentWidget?.sessionContext?.shutdown()).catch(() => {});
    await page.close();
  }
  return { name, failures, result };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const work = path.join(ROOT, 'target', 'browser-test');
  fs.rmSync(work, { recursive: true, force: true });
  for (const notebook of options.notebooks) {
    for (const suffix of ['.png', '-failed.png']) {
      fs.rmSync(path.join(options.screenshots, path.basename(notebook).replace(/\.ipynb$/, (options.notebook7 ? '-nb7' : '') + suffix)), { force: true });
    }
  }
  // The whole folder, so that the notebooks find what lies beside them (my-digits/), but not the
  // learner's saved models or checkpoints.
  fs.cpSync(path.join(ROOT, 'notebooks'), path.join(work, 'notebooks'), {
    recursive: true,
    filter: (source) => !/(^|[\\/])(models|\.ipynb_checkpoints)$/.test(source),
  });
  for (const notebook of options.notebooks) fs.copyFileSync(notebook, path.join(work, 'notebooks', path.basename(notebook)));
  const copies = options.notebooks.map(n => path.join(work, 'notebooks', path.basename(n)));
  const mode = options.full ? 'full' : 'quick';
  console.log(`Browser test: ${copies.length} notebooks in ${options.notebook7 ? 'Jupyter Notebook 7' : 'JupyterLab'} (${mode} mode), Chromium ${CHROMIUM}`);

  let server, browser, passed = 0, failed = 0;
  const memory = [];
  try {
    server = await startJupyterLab(work, options.full, options.notebook7);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    for (let i = 0; i < copies.length; i++) {
      const sampler = options.memory ? new MemorySampler(server.child.pid) : null;
      const { name, failures, result } = await runNotebook(browser, server, copies[i], { ...options }, sampler);
      if (failures.length) {
        failed++;
        console.log(`FAILED ${name}`);
        for (const f of failures) console.log(`  ${f}`);
      } else {
        passed++;
        console.log(`ok     ${name}: Restart Kernel and Run All in ${result.seconds.toFixed(1)} s; kernel "${result.kernelShown}"; `
          + `${result.renderedImages} pictures and ${result.plotlyCharts} Plotly charts rendered `
          + `(${result.promised.images} + ${result.promised.plotly} promised); no error output `
          + `-> ${path.relative(ROOT, path.join(options.screenshots, name.replace(/\.ipynb$/, (options.notebook7 ? '-nb7' : '') + '.png')))}`);
      }
      if (sampler) {
        const report = { notebook: name, mode, ...sampler.report() };
        memory.push(report);
        console.log(`       memory: peak ${report.peakSampledTotalMiB} MiB sampled (server + kernel), `
          + `${report.sumOfProcessPeaksMiB} MiB as the sum of each process's peak: `
          + report.processes.map(p => `${p.command} ${p.peakMiB} MiB`).join(', '));
      }
    }
  } catch (error) {
    failed++;
    console.log(`FAILED: ${error.message ?? error}`);
  } finally {
    await browser?.close().catch(() => {});
    stopJupyterLab(server);
  }
  if (options.memory) {
    fs.mkdirSync(path.dirname(options.memory), { recursive: true });
    fs.writeFileSync(options.memory, JSON.stringify(memory, null, 2) + '\n');
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed || !copies.length ? 1 : 0;
}

main();
