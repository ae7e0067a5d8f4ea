// Takes README's screenshot from a running demo (`./portal.sh demo`): signs in as Dana Whitfield in headless Chromium
// and saves Riverside Family Practice's dashboard as a 1280 x 900 PNG.
//
//   node --experimental-websocket scripts/screenshot-dashboard.mjs http://127.0.0.1:8080 docs/images/dashboard.png
//   pngquant --quality 70-90 --strip --force --output docs/images/dashboard.png docs/images/dashboard.png
//
// It speaks the Chrome DevTools Protocol over Node's own WebSocket (Node 20 behind the flag above, 22 without), so it
// needs no npm package; pngquant (Debian package `pngquant`) keeps the file small.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [portal, output] = process.argv.slice(2);
if (!portal || !output) {
  console.error('usage: node --experimental-websocket scripts/screenshot-dashboard.mjs <portal url> <png file>');
  process.exit(2);
}

const width = 1280;
const height = 900;
const profile = mkdtempSync(join(tmpdir(), 'portal-screenshot-'));
const chromium = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
  '--remote-debugging-port=0', `--user-data-dir=${profile}`, `--window-size=${width},${height}`, 'about:blank'],
  { stdio: 'ignore' });
const pause = milliseconds => new Promise(resolve => setTimeout(resolve, milliseconds));

try {
  // Chromium writes the port it chose into the profile once it listens.
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 300 && !existsSync(portFile); i++) await pause(100);
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const socket = new WebSocket(targets.find(target => target.type === 'page').webSocketDebuggerUrl);
  await new Promise(resolve => socket.addEventListener('open', resolve));

  let lastId = 0;
  const replies = new Map();
  const loadWaiters = [];
  socket.addEventListener('message', event => {
    const message = JSON.parse(event.data);
    if (message.id && replies.has(message.id)) {
      replies.get(message.id)(message);
      replies.delete(message.id);
    } else if (message.method === 'Page.loadEventFired') {
      loadWaiters.splice(0).forEach(resolve => resolve());
    }
  });
  const send = (method, params = {}) => new Promise(resolve => {
    const id = ++lastId;
    replies.set(id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });
  const loaded = () => new Promise(resolve => loadWaiters.push(resolve));
  const navigate = async url => {
    const done = loaded();
    await send('Page.navigate', { url });
    await done;
  };

  await send('Page.enable');
  await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
  await navigate(`${portal}/login`);
  const signedIn = loaded();
  await send('Runtime.evaluate', {
    expression: `document.querySelector('input[type=email]').value = 'dana.whitfield@example.com';
      document.querySelector('input[type=password]').value = 'demo-password-1';
      document.querySelector('form[action="/login"]').submit();`,
  });
  await signedIn;
  await navigate(`${portal}/t/tnt-riverside`);
  // The live-update script connects after the load event; let it settle so the status it shows is the usual one.
  await pause(1500);
  const location = await send('Runtime.evaluate', { expression: 'location.pathname', returnByValue: true });
  if (location.result.result.value !== '/t/tnt-riverside') {
    throw new Error(`Expected the dashboard, got ${location.result.result.value}: did the sign-in fail?`);
  }
  const screenshot = await send('Page.captureScreenshot', { format: 'png' });
  writeFileSync(output, Buffer.from(screenshot.result.data, 'base64'));
  console.log(`Saved ${output} (${width} x ${height}).`);
  socket.close();
} finally {
  chromium.kill();
  await pause(300);
  rmSync(profile, { recursive: true, force: true });
}
