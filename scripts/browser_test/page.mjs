// What the browser test does with a notebook's page, in JupyterLab and in Jupyter Notebook 7 alike
// (both expose the same application object): wait for the kernel, Restart Kernel and Run All, show
// the Plotly charts, inspect what the page shows, and photograph it.
import fs from 'node:fs';
import path from 'node:path';
import { isDrawingPad } from './pads.mjs';
import { ROOT } from './paths.mjs';

export const PLOTLY = 'application/vnd.plotly.v1+json';

/** Pictures a notebook's saved outputs promise: PNG outputs shown as <img>, and Plotly charts. */
export function promisedPictures(notebookJson) {
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
export function referenceNotebook(notebook) {
  const executed = path.join(ROOT, 'target', 'notebooks', path.basename(notebook));
  return fs.existsSync(executed) ? executed : notebook;
}


/**
 * Waits until the open notebook's kernel has started and answered. JupyterLab shows the JJava
 * kernel's status as "Unknown" until its first execution (it ignores the status messages around
 * the start-up kernel_info requests), so here "idle" also accepts "unknown" once the kernel has
 * answered kernel_info.
 */
export async function waitForIdleKernel(page, timeout) {
  await page.waitForFunction(() => {
    const panel = window.jupyterapp?.shell?.currentWidget;
    const kernel = panel?.sessionContext?.session?.kernel;
    if (!panel?.content?.model || !kernel || kernel.connectionStatus !== 'connected') return false;
    kernel.info.then(() => { window.kernelAnswered = kernel.id; });
    return window.kernelAnswered === kernel.id && (kernel.status === 'idle' || kernel.status === 'unknown');
  }, null, { timeout, polling: 250 });
}

/** Kernel → Restart Kernel and Run All Cells, accepting the confirmation dialog. */
export async function startRunAll(page) {
  await page.evaluate(() => { window.jupyterapp.commands.execute('notebook:restart-run-all'); });
  const accept = page.locator('.jp-Dialog .jp-Dialog-button.jp-mod-accept');
  await accept.waitFor({ state: 'visible', timeout: 30_000 });
  await accept.click();
}

/**
 * Run-All is done when no cell waits ([*]), the kernel is idle and every code cell ran, or
 * JupyterLab stopped at an error (then the cells after it stay without a number).
 */
export async function waitForRunAll(page, timeout) {
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
export async function showPlotlyCharts(page) {
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
export async function inspectPage(page) {
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
export async function screenshot(page, file, height) {
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
