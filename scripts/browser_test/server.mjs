// The Jupyter server's lifecycle: started from .venv on 127.0.0.1 on a free port with a fresh
// token, settings and workspace of its own, serving JupyterLab (/lab) and Jupyter Notebook 7
// (/notebooks) on copies of the notebooks; stopped with everything it started.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT, sleep } from './paths.mjs';

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

/** Fails with what to do when the .venv lacks a front end that the test needs. */
export function checkFrontEnds(notebook7) {
  const bin = path.join(ROOT, '.venv', 'bin');
  if (!fs.existsSync(path.join(bin, 'jupyter-lab'))) {
    throw new Error(`${path.join(bin, 'jupyter-lab')} is missing: run scripts/setup-python (JupyterLab is pinned in binder/requirements.txt)`);
  }
  if (notebook7 && !fs.existsSync(path.join(bin, 'jupyter-notebook'))) {
    throw new Error(`${path.join(bin, 'jupyter-notebook')} is missing: Jupyter Notebook 7 (notebook, pinned in binder/requirements.txt) `
      + 'must be installed for the live pad\'s run in Notebook 7; run scripts/setup-python');
  }
}

/**
 * Starts the Jupyter server on `work/notebooks`: JupyterLab, and Notebook 7 beside it when the
 * notebook package is installed. Resolves to { child, url, token } once it answers. Start one
 * server per front end: once the server has served a JupyterLab page, the page configuration of
 * Notebook 7's pages carries JupyterLab's (treePath, workspace), and Notebook 7's page then calls
 * JupyterLab's 'filebrowser:open-path', which it does not have (jupyterlab 4.6.6, notebook 7.6.5).
 */
export async function startJupyter(work, full) {
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
    '--LabApp.expose_app_in_browser=True', '--JupyterNotebookApp.expose_app_in_browser=True'];
  if (process.getuid?.() === 0) args.push('--allow-root');
  const logFile = path.join(work, 'jupyter-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(path.join(venv, 'bin', 'jupyter'), args, { env, stdio: ['ignore', log, log], detached: true });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Jupyter server exited (${child.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(`${url}/api/status`, { headers: { Authorization: `token ${token}` } });
      if (response.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`the Jupyter server did not answer on ${url} within 90 s; see ${logFile}`);
    await sleep(500);
  }
  return { child, url, token };
}

/** Stops the server and everything it started (its process group: the kernels too). */
export function stopJupyter(server) {
  if (server?.child && server.child.exitCode === null) {
    try { process.kill(-server.child.pid, 'SIGTERM'); } catch { /* gone already */ }
  }
}

/** The address at which a front end opens a notebook. */
export function notebookUrl(server, frontEnd, name) {
  return frontEnd === 'notebook7'
    ? `${server.url}/notebooks/${encodeURIComponent(name)}?token=${server.token}`
    : `${server.url}/lab/tree/${encodeURIComponent(name)}?reset&token=${server.token}`;
}
