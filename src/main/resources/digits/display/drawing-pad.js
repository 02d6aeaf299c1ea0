// The live drawing pad of digits.display.DrawingPad. The Java side fills in __ID__ (the output's
// element id), __FILE__ (the checked file name) and __SIZE__ (canvas side in pixels).
// It replaces the still picture with a canvas; "Save" PUTs the drawing as a PNG file next to the
// notebook through the Jupyter server's contents API (same origin, the server's XSRF cookie).
(function () {
  const root = document.getElementById('__ID__');
  if (!root) {
    return;
  }
  const size = __SIZE__;
  const fileName = '__FILE__';
  root.innerHTML =
    '<div style="font-family:sans-serif;font-size:13px">' +
    '<canvas width="' + size + '" height="' + size + '" style="border:1px solid #999;touch-action:none;' +
    'cursor:crosshair;background:#fff"></canvas>' +
    '<div style="margin:6px 0"><button type="button" data-action="clear">Clear</button> ' +
    '<button type="button" data-action="save">Save</button> ' +
    '<span data-role="status" style="margin-left:8px"></span></div>' +
    '<div style="color:#555">Draw one digit, large, in the middle of the box, with your mouse, pen or ' +
    'finger. Then press <b>Save</b> and run the next cell.</div></div>';
  const canvas = root.querySelector('canvas');
  const status = root.querySelector('[data-role=status]');
  const ctx = canvas.getContext('2d');

  function clear() {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    status.textContent = '';
  }
  clear();
  ctx.strokeStyle = '#000';
  ctx.fillStyle = '#000';
  ctx.lineWidth = size / 14;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  let last = null;
  function point(event) {
    const box = canvas.getBoundingClientRect();
    return { x: (event.clientX - box.left) * size / box.width, y: (event.clientY - box.top) * size / box.height };
  }
  canvas.addEventListener('pointerdown', (event) => {
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
  ['pointerup', 'pointercancel'].forEach((type) => canvas.addEventListener(type, () => { last = null; }));

  function notebookFolder() {
    // JupyterLab shows the open notebook's path after /tree/ in the address bar.
    const match = decodeURIComponent(window.location.pathname).match(/\/tree\/(.*)$/);
    if (!match) {
      return null;
    }
    const parts = match[1].split('/');
    parts.pop();
    return parts.join('/');
  }

  async function save() {
    const folder = notebookFolder();
    if (folder === null) {
      status.textContent = 'Cannot tell which folder this notebook is in: open it from the JupyterLab file browser.';
      return;
    }
    const configElement = document.getElementById('jupyter-config-data');
    const config = configElement ? JSON.parse(configElement.textContent) : {};
    const baseUrl = config.baseUrl || '/';
    const path = folder ? folder + '/' + fileName : fileName;
    const xsrf = (document.cookie.match(/(?:^|;\s*)_xsrf=([^;]*)/) || [])[1];
    const headers = { 'Content-Type': 'application/json' };
    if (xsrf) {
      headers['X-XSRFToken'] = decodeURIComponent(xsrf);
    }
    if (config.token) {
      headers['Authorization'] = 'token ' + config.token;
    }
    status.textContent = 'Saving…';
    try {
      const response = await fetch(baseUrl + 'api/contents/' + path.split('/').map(encodeURIComponent).join('/'), {
        method: 'PUT',
        headers: headers,
        credentials: 'same-origin',
        body: JSON.stringify({ type: 'file', format: 'base64', content: canvas.toDataURL('image/png').split(',')[1] })
      });
      status.textContent = response.ok
        ? 'Saved as ' + path + '. Now run the next cell.'
        : 'Could not save (' + response.status + ' ' + response.statusText + ').';
    } catch (error) {
      status.textContent = 'Could not save: ' + error;
    }
  }

  root.querySelector('[data-action=clear]').addEventListener('click', clear);
  root.querySelector('[data-action=save]').addEventListener('click', save);
})();
