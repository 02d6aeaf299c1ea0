// The drawing pads in a real browser, as a learner uses them: real pointer strokes on the canvas.
// The plain pad (DrawingPad.of) is drawn on, saved and read back by the next cells; the live pad
// (LivePad.show) is drawn on while its cell runs, and each stroke's reading is timed; a kernel
// restarted under a live pad must leave the pad saying so.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** The drawing pad's output: its still picture turns into a live canvas when the script runs. */
export function isDrawingPad(data) {
  return String(data['text/html'] ?? '').includes('id="digits-pad-');
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
export async function drawOnPad(page, folder, name, run) {
  const failures = [];
  const pad = page.locator('.jp-OutputArea-output [id^="digits-pad-"]');
  const hasPadCell = await page.evaluate(() => [...window.jupyterapp.shell.currentWidget.content.widgets]
    .some(c => c.model.type === 'code' && c.model.sharedModel.getSource().includes('DrawingPad.of(')));
  if (!hasPadCell) return failures;
  if (await pad.locator('canvas').count() === 0) return ['the drawing pad cell shows no live canvas'];
  const readBack = await page.evaluate(() => {
    const cells = [...window.jupyterapp.shell.currentWidget.content.widgets];
    return cells.findIndex(c => c.model.type === 'code' && c.model.sharedModel.getSource().includes('OwnDigit.fromDrawing('));
  });
  if (readBack < 0) return ['the notebook shows a drawing pad but has no cell that reads the drawing back'];
  const fileName = await page.evaluate(() => {
    const cells = [...window.jupyterapp.shell.currentWidget.content.widgets];
    const source = cells.find(c => c.model.sharedModel.getSource().includes('DrawingPad.of(')).model.sharedModel.getSource();
    return source.match(/DrawingPad\.of\("([^"]+)"\)/)[1];
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
    const base = path.join(run.screenshots, name.replace(/\.ipynb$/, `${run.suffix}-pad-${digit}`));
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

/** How long a reading may take before the test says that the kernel is not reading. */
const NO_READING_MS = 15_000;
/** What a learner should wait at most for a reading: reported, never decides pass or fail. */
const TARGET_MS = 1000;

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
export async function livePadCell(page) {
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
 * after Clear that the reading under the pad changed, without running any other cell; it prints
 * each delay from pointer-up to the new reading and how many missed the 1 s target (reported, not
 * a failure: timings on a busy machine decide nothing; a reading that never comes is a failure).
 * Then the inside view, then Done, so that the cell ends and Run-All goes on. Screenshots:
 * <notebook>-live-first-stroke.png, -live-last-stroke.png, -inside-view.png.
 */
export async function drawOnLivePad(page, name, run) {
  const failures = [];
  const delays = [];
  const base = path.join(run.screenshots, name.replace(/\.ipynb$/, run.suffix));
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
      const cleared = await timedReading(page, () => pad.locator('button[data-action=clear]').click(), NO_READING_MS);
      if (!cleared) failures.push(`live pad: no reading within ${NO_READING_MS / 1000} s of Clear`);
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
      const read = await timedReading(page, () => page.mouse.up(), NO_READING_MS);
      const what = `digit ${digit}, stroke ${s + 1}`;
      if (!read) {
        failures.push(`live pad, ${what}: the reading did not change within ${NO_READING_MS / 1000} s of pointer-up`);
        continue;
      }
      delays.push({ what, ms: read.ms });
      lastRead = read.text.match(/reads (\d) \(/)?.[1] ?? null;
      console.log(`       live pad: ${what}: reading after ${read.ms.toFixed(0)} ms: ${read.text}`);
      if (d === 0 && s === 0) await page.screenshot({ path: `${base}-live-first-stroke.png`, clip: await clip(false) });
    }
    if (lastRead === null || Number(lastRead) !== digit) {
      failures.push(`live pad: drew a ${digit}, the network read ${lastRead ?? 'nothing'}`);
    }
  }
  await page.screenshot({ path: `${base}-live-last-stroke.png`, clip: await clip(false) });
  const inside = await timedReading(page, () => pad.locator('input[data-action=inside]').check(), NO_READING_MS);
  if (!inside) failures.push(`live pad: no reading within ${NO_READING_MS / 1000} s of ticking "inside view"`);
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
    const slow = ms.filter(x => x > TARGET_MS).length;
    console.log(`       live pad: pointer-up (or Clear) to updated reading over ${ms.length} updates: median ${median.toFixed(0)} ms, `
      + `worst ${ms[ms.length - 1].toFixed(0)} ms, ${slow} over the ${TARGET_MS} ms target; read ${lastRead} last `
      + `-> ${path.relative(ROOT, base)}-{live-first-stroke,live-last-stroke,inside-view}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return { failures, delays };
}

/**
 * A kernel that dies under a live pad must not leave it silently stale: runs the live pad's cell
 * once more on its own, restarts the kernel while the pad is live, draws a stroke, and expects the
 * pad to say within its stale limit (plus 2 s) that the kernel is not reading.
 */
export async function deadKernelIsNoticed(page, cellIndex) {
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
