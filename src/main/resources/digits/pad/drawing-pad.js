// The drawing pad of digits.pad.DrawingPad. The Java side fills in __ID__ (the output's
// element id), __FILE__ (the checked file name), __SIZE__ (canvas side in pixels) and __LIVE__
// (null for the plain pad; for the live pad of digits.pad.LivePad: its status file, the id of
// the reading output, its session and its limits in seconds). The status file's protocol is
// described in digits.pad.PadStatusFile.
// It replaces the still picture with a canvas. Files are PUT next to the notebook through the
// Jupyter server's contents API (same origin, the server's XSRF cookie); only the pad's own names.
// The plain pad saves on "Save". The live pad saves after every stroke and on "Clear", writes its
// status file when it opens, when "inside view" is switched and on "Done", and watches the
// kernel's reading output: a reading must follow each save within `stale` seconds.
(function () {
  const root = document.getElementById('__ID__');
  if (!root) {
    return;
  }
  const size = __SIZE__;
  const fileName = '__FILE__';
  const live = __LIVE__;
  const buttons = live
    ? '<button type="button" data-action="clear">Clear</button> ' +
      '<button type="button" data-action="done">Done</button> ' +
      '<label style="margin-left:6px"><input type="checkbox" data-action="inside"> inside view</label>'
    : '<button type="button" data-action="clear">Clear</button> ' +
      '<button type="button" data-action="save">Save</button>';
  const help = live
    ? 'Draw one digit, large, in the middle of the box. The network reads it after every stroke. ' +
      'Press <b>Done</b> when you are finished: the drawing stays saved as <code>' + fileName + '</code>.'
    : 'Draw one digit, large, in the middle of the box, with your mouse, pen or finger. Then press ' +
      '<b>Save</b> and run the next cell.';
  root.innerHTML =
    '<div style="font-family:sans-serif;font-size:13px">' +
    '<canvas width="' + size + '" height="' + size + '" style="border:1px solid #999;touch-action:none;' +
    'cursor:crosshair;background:#fff"></canvas>' +
    '<div style="margin:6px 0">' + buttons +
    '<span data-role="status" style="margin-left:8px"></span></div>' +
    (live ? '<div data-role="clock" style="color:#555;margin-bottom:4px"></div>' : '') +
    '<div style="color:#555;max-width:' + (size + 20) + 'px">' + help + '</div></div>';
  const canvas = root.querySelector('canvas');
  const status = root.querySelector('[data-role=status]');
  const ctx = canvas.getContext('2d');

  function blank() {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.fillStyle = '#000';
  }
  blank();
  ctx.strokeStyle = '#000';
  ctx.lineWidth = size / 14;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  let last = null;
  let ended = false;
  function point(event) {
    const box = canvas.getBoundingClientRect();
    return { x: (event.clientX - box.left) * size / box.width, y: (event.clientY - box.top) * size / box.height };
  }
  canvas.addEventListener('pointerdown', (event) => {
    if (ended) {
      return;
    }
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    last = point(event);
    ctx.beginPath();
    ctx.arc(last.x, last.y, ctx.lineWidth / 2, 0, 2 * Math.PI);
    ctx.fill();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (last === null) {
      return;
    }
    const next = point(event);
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(next.x, next.y);
    ctx.stroke();
    last = next;
  });

  function notebookFolder() {
    // JupyterLab shows the open notebook's path after /tree/, Jupyter Notebook 7 after /notebooks/.
    const match = decodeURIComponent(window.location.pathname).match(/\/(?:tree|notebooks)\/(.*)$/);
    if (!match) {
      return null;
    }
    const parts = match[1].split('/');
    parts.pop();
    return parts.join('/');
  }

  /** PUTs one file next to the notebook; resolves to the path, or throws with a message to show. */
  async function put(name, body) {
    const folder = notebookFolder();
    if (folder === null) {
      throw new Error('Cannot tell which folder this notebook is in: open it from the file browser.');
    }
    const configElement = document.getElementById('jupyter-config-data');
    const config = configElement ? JSON.parse(configElement.textContent) : {};
    const baseUrl = config.baseUrl || '/';
    const path = folder ? folder + '/' + name : name;
    const xsrf = (document.cookie.match(/(?:^|;\s*)_xsrf=([^;]*)/) || [])[1];
    const headers = { 'Content-Type': 'application/json' };
    if (xsrf) {
      headers['X-XSRFToken'] = decodeURIComponent(xsrf);
    }
    if (config.token) {
      headers['Authorization'] = 'token ' + config.token;
    }
    const response = await fetch(baseUrl + 'api/contents/' + path.split('/').map(encodeURIComponent).join('/'), {
      method: 'PUT',
      headers: headers,
      credentials: 'same-origin',
      body: JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error('Could not save (' + response.status + ' ' + response.statusText + ').');
    }
    return path;
  }

  function drawingBody() {
    return { type: 'file', format: 'base64', content: canvas.toDataURL('image/png').split(',')[1] };
  }

  if (!live) {
    async function save() {
      status.textContent = 'Saving…';
      try {
        const path = await put(fileName, drawingBody());
        status.textContent = 'Saved as ' + path + '. Now run the next cell.';
      } catch (error) {
        status.textContent = error.message || ('Could not save: ' + error);
      }
    }
    ['pointerup', 'pointercancel'].forEach((type) => canvas.addEventListener(type, () => { last = null; }));
    root.querySelector('[data-action=clear]').addEventListener('click', () => { blank(); status.textContent = ''; });
    root.querySelector('[data-action=save]').addEventListener('click', save);
    return;
  }

  // ---- the live pad ----
  // The reading is the next output of the same cell: line the cell's outputs up side by side while
  // the pad is on the page, so that the reading sits beside the canvas (it wraps below when wide).
  if (!document.getElementById('digits-live-pad-style')) {
    const style = document.createElement('style');
    style.id = 'digits-live-pad-style';
    style.textContent = '[data-digits-live] { display: flex; flex-wrap: wrap; align-items: flex-start; }\n' +
      '[data-digits-live] > * { width: auto; max-width: 100%; }';
    document.head.appendChild(style);
  }
  const area = root.closest('.jp-OutputArea');
  if (area) {
    area.setAttribute('data-digits-live', '');
    const tidy = setInterval(() => {
      if (!document.body.contains(root)) {
        clearInterval(tidy);
        if (!area.querySelector('[id^="digits-pad-"] canvas')) {   // no newer live pad in this cell
          area.removeAttribute('data-digits-live');
        }
      }
    }, 1000);
  }
  const clock = root.querySelector('[data-role=clock]');
  const insideBox = root.querySelector('[data-action=inside]');
  const opened = Date.now();
  let lastStroke = null;
  let saving = null;       // the save in flight
  let again = false;       // another save wanted when it ends

  function reading() {
    const element = document.getElementById(live.reading);
    return element ? { seq: Number(element.dataset.seq), state: element.dataset.state } : { seq: 0, state: 'missing' };
  }

  function notReading() {
    if (!ended) {
      status.textContent = 'The kernel is not reading your drawing: run the cell again.';
      status.style.color = '#d62728';
    }
  }

  /** A reading must follow within `stale` seconds of this moment. */
  function expectReading() {
    const before = reading().seq;
    setTimeout(() => {
      const now = reading();
      if (now.state !== 'ended' && now.seq <= before) {
        notReading();
      }
    }, live.stale * 1000);
  }

  async function putStatus(state) {
    await put(live.status, {
      type: 'file', format: 'text',
      content: JSON.stringify({ session: live.session, state: state, inside: insideBox.checked })
    });
  }

  /** Saves the canvas; while a save runs, the newest drawing is saved right after it. */
  function saveDrawing() {
    if (saving) {
      again = true;
      return saving;
    }
    expectReading();
    saving = put(fileName, drawingBody())
      .catch((error) => { status.textContent = error.message || String(error); })
      .then(() => {
        saving = null;
        if (again) {
          again = false;
          return saveDrawing();
        }
      });
    return saving;
  }

  function stroke() {
    if (last === null) {
      return;
    }
    last = null;
    lastStroke = Date.now();
    saveDrawing();
  }
  canvas.addEventListener('pointerup', stroke);
  canvas.addEventListener('pointercancel', stroke);

  function end(message) {
    ended = true;
    canvas.style.cursor = 'not-allowed';
    canvas.style.opacity = '0.6';
    root.querySelectorAll('button, input').forEach((element) => { element.disabled = true; });
    clock.textContent = '';
    status.style.color = '';
    status.textContent = message;
  }

  root.querySelector('[data-action=clear]').addEventListener('click', () => {
    blank();
    lastStroke = Date.now();
    saveDrawing();
  });
  root.querySelector('[data-action=done]').addEventListener('click', async () => {
    status.textContent = 'Saving…';
    try {
      while (saving) {
        await saving;   // every stroke is saved already; wait for a save still on its way
      }
      await putStatus('done');
      end('Done: the drawing is saved as ' + fileName + '.');
    } catch (error) {
      status.textContent = error.message || String(error);
    }
  });
  insideBox.addEventListener('change', () => {
    expectReading();
    putStatus('open').catch((error) => { status.textContent = error.message || String(error); });
  });

  function minutes(seconds) {
    const s = Math.max(0, Math.ceil(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  // The clock: when the kernel will stop reading, and whether the session has ended.
  const timer = setInterval(() => {
    const now = reading();
    if (now.state === 'ended') {
      clearInterval(timer);
      if (!ended) {
        end('This pad has stopped reading: run the cell again to draw live.');
      }
      return;
    }
    if (ended) {
      clearInterval(timer);
      return;
    }
    const left = lastStroke === null
      ? live.firstStroke - (Date.now() - opened) / 1000
      : live.idle - (Date.now() - lastStroke) / 1000;
    clock.textContent = lastStroke === null
      ? 'Waiting for your first stroke: the pad stops reading in ' + minutes(left) + ' without one.'
      : 'Reading live. The pad stops ' + minutes(live.idle) + ' after your last stroke: ' + minutes(left) + ' left.';
  }, 250);

  // Opening: tell the kernel that a browser shows the pad. A reading that is already over (a saved
  // notebook reopened) means the cell is not running any more.
  if (reading().state === 'ended') {
    end('This pad has stopped reading: run the cell again to draw live.');
  } else {
    expectReading();
    putStatus('open').catch((error) => { status.textContent = error.message || String(error); });
  }
})();
