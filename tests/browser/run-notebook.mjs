// A real-browser check: what a learner sees when they open a notebook in JupyterLab and run it.
//
//   node tests/browser/run-notebook.mjs [--slideshow] [notebooks/00-start-here.ipynb]
//
// Starts JupyterLab on a temporary copy of notebooks/ and data/ (with the saved outputs removed, so
// only this run's outputs count, and so that autosave never rewrites a committed file), opens the
// notebook in Debian's Chromium, runs all cells, waits for every code cell's execution count, and
// asserts that a PNG chart is shown and that no cell shows an error. A screenshot goes to
// target/browser/. JupyterLab and the browser are always shut down, whatever happened.
// With --slideshow it then presents the notebook as RISE does (View → Render as slideshow, the
// RISE:preview command) and asserts that reveal.js starts with one slide per slide-type "slide"
// cell, and that the slides show the chart and no LaTeX left as text; screenshot: *-slideshow.png.
//
// Run it through binder/start (./test.sh does), so the kernel gets Binder's JVM options, with
// .venv/bin on PATH. CHROMIUM overrides the browser (default /usr/bin/chromium).

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FLAGS = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const NOTEBOOK = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'notebooks/00-start-here.ipynb';
const SLIDESHOW = FLAGS.includes('--slideshow');
const OUT_DIR = path.join(REPO, 'target', 'browser');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SERVER_START_TIMEOUT_MS = 60_000;
const RUN_ALL_TIMEOUT_MS = 180_000;

// Flags for a quiet, reproducible browser: no GPU, no sandbox (root in CI), no background traffic.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const T0 = Date.now();
const log = (message) =>
  console.log(`[browser ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)} s] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// A temporary workspace: the notebooks without outputs, the data beside them, empty Jupyter config

function makeWorkspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'weightlab-browser-'));
  for (const folder of ['notebooks', 'data']) {
    const from = path.join(REPO, folder);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(root, 'work', folder), { recursive: true });
  }
  for (const file of listNotebooks(path.join(root, 'work'))) stripOutputs(file);
  for (const folder of ['config', 'runtime', 'settings', 'workspaces', 'chromium']) {
    fs.mkdirSync(path.join(root, folder));
  }
  return root;
}

function listNotebooks(folder) {
  return fs
    .readdirSync(folder, { recursive: true })
    .filter((name) => name.endsWith('.ipynb'))
    .map((name) => path.join(folder, name));
}

function stripOutputs(file) {
  const notebook = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const cell of notebook.cells) {
    if (cell.cell_type === 'code') {
      cell.outputs = [];
      cell.execution_count = null;
    }
  }
  fs.writeFileSync(file, JSON.stringify(notebook, null, 1));
}

// ---------------------------------------------------------------------------------------------
// JupyterLab

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startJupyterLab(workspace) {
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const logFile = path.join(OUT_DIR, 'jupyterlab.log');
  const logFd = fs.openSync(logFile, 'w');
  const args = [
    'lab',
    '--no-browser',
    '--ServerApp.ip=127.0.0.1',
    `--ServerApp.port=${port}`,
    '--ServerApp.port_retries=0',
    `--IdentityProvider.token=${token}`,
    `--ServerApp.root_dir=${path.join(workspace, 'work')}`,
    '--LabApp.expose_app_in_browser=True',
  ];
  if (process.getuid?.() === 0) args.push('--allow-root');
  // Empty config, settings and workspace folders: the user's own Jupyter set-up must not change
  // what the test sees. The settings override from binder/postBuild (in .venv) still applies.
  const env = {
    ...process.env,
    JUPYTER_CONFIG_DIR: path.join(workspace, 'config'),
    JUPYTER_RUNTIME_DIR: path.join(workspace, 'runtime'),
    JUPYTERLAB_SETTINGS_DIR: path.join(workspace, 'settings'),
    JUPYTERLAB_WORKSPACES_DIR: path.join(workspace, 'workspaces'),
  };
  const child = spawn('jupyter', args, { env, stdio: ['ignore', logFd, logFd] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const server = { child, exited, port, token, logFile, url: `http://127.0.0.1:${port}` };

  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`JupyterLab exited at start; see ${logFile}`);
    try {
      const response = await fetch(`${server.url}/api/status`, {
        headers: { Authorization: `token ${token}` },
      });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`JupyterLab did not answer within ${SERVER_START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

// Asks the server to shut down (it stops its kernels: they run in sessions of their own, so
// killing the server alone would leave two JVMs behind), then insists.
async function stopJupyterLab(server) {
  if (server.child.exitCode !== null) return;
  try {
    await fetch(`${server.url}/api/shutdown`, {
      method: 'POST',
      headers: { Authorization: `token ${server.token}` },
    });
  } catch {
    // already going
  }
  // An unref'd timer: a pending timeout must not keep node alive after the server has gone.
  const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
  if ((await Promise.race([server.exited, timeout(15_000)])) !== 'timeout') return;
  server.child.kill('SIGTERM');
  if ((await Promise.race([server.exited, timeout(10_000)])) !== 'timeout') return;
  server.child.kill('SIGKILL');
  log('JupyterLab did not stop when asked; killed it (a kernel may be left running)');
}

// ---------------------------------------------------------------------------------------------
// In the page. These functions run inside the browser, where window.jupyterapp is JupyterLab.

// Installed into the page as window.outputsOf before JupyterLab loads: a cell's output models.
function outputsOf(cell) {
  return Array.from({ length: cell.model.outputs.length }, (_, i) => cell.model.outputs.get(i));
}

// Installed into the page as window.findNotebookPanel before JupyterLab loads.
function findNotebookPanel(notebookPath) {
  const app = window.jupyterapp;
  if (!app || !app.shell) return null;
  for (const widget of app.shell.widgets('main')) {
    if (widget.context?.path === notebookPath && widget.content?.widgets) return widget;
  }
  return null;
}

async function openAndRunAll(page, notebookPath) {
  await page.waitForFunction(
    (p) => {
      const panel = window.findNotebookPanel(p);
      return Boolean(panel && panel.context.isReady);
    },
    notebookPath,
    { timeout: 60_000, polling: 250 },
  );
  // The kernel is ready when its session is; the status bar reads "Unknown" until the first cell.
  await page.evaluate(async (p) => {
    const panel = window.findNotebookPanel(p);
    await panel.sessionContext.ready;
    window.jupyterapp.shell.activateById(panel.id);
    await window.jupyterapp.commands.execute('notebook:run-all-cells');
  }, notebookPath);
}

// Done when every code cell has an execution count, or when one shows an error (Run All stops there).
async function waitForCells(page, notebookPath) {
  await page.waitForFunction(
    (p) => {
      const panel = window.findNotebookPanel(p);
      const cells = panel.content.widgets.filter((cell) => cell.model.type === 'code');
      const failed = cells.some((cell) => window.outputsOf(cell).some((output) => output.type === 'error'));
      const done = cells.every((cell) => cell.model.executionCount !== null);
      return failed || (done && panel.sessionContext.session?.kernel?.status === 'idle');
    },
    notebookPath,
    { timeout: RUN_ALL_TIMEOUT_MS, polling: 250 },
  );
}

// What each code cell ended with: execution count, errors, and whether it made a PNG.
function collectCells(page, notebookPath) {
  return page.evaluate((p) => {
    const panel = window.findNotebookPanel(p);
    return panel.content.widgets
      .map((cell, index) => ({ cell, index }))
      .filter(({ cell }) => cell.model.type === 'code')
      .map(({ cell, index }) => {
        const outputs = window.outputsOf(cell);
        return {
          index,
          executionCount: cell.model.executionCount,
          errors: outputs
            .filter((o) => o.type === 'error')
            .map((o) => `${o.toJSON().ename}: ${o.toJSON().evalue}`),
          pngs: outputs.filter((o) => o.data && o.data['image/png']).length,
        };
      });
  }, notebookPath);
}

// Scrolls the chart's cell into view and reports the rendered <img> (the model having a PNG is
// not enough: the learner must see it).
async function renderedChart(page, notebookPath, cellIndex) {
  await page.evaluate(
    async ([p, index]) => {
      const panel = window.findNotebookPanel(p);
      panel.content.activeCellIndex = index;
      await panel.content.scrollToItem(index, 'center');
    },
    [notebookPath, cellIndex],
  );
  const image = page.locator('.jp-OutputArea-output img[src^="data:image/png"]').first();
  await image.waitFor({ state: 'visible', timeout: 15_000 });
  await image.scrollIntoViewIfNeeded();
  return image.evaluate((img) => ({
    complete: img.complete,
    width: img.naturalWidth,
    height: img.naturalHeight,
  }));
}

// The RISE slideshow of the open notebook: JupyterLab shows it in a panel, an iframe of /rise/PATH.
async function checkSlideshow(page, notebookPath) {
  const expectedSlides = JSON.parse(fs.readFileSync(path.join(REPO, notebookPath), 'utf8')).cells.filter(
    (cell) => cell.metadata?.slideshow?.slide_type === 'slide',
  ).length;
  await page.evaluate(async (p) => {
    const panel = window.findNotebookPanel(p);
    window.jupyterapp.shell.activateById(panel.id);
    await window.jupyterapp.commands.execute('RISE:preview');
  }, notebookPath);
  const deadline = Date.now() + 60_000;
  let frame = null;
  while (!frame && Date.now() < deadline) {
    frame = page.frames().find((f) => f.url().includes('/rise/'));
    if (!frame) await sleep(250);
  }
  if (!frame) return { problems: ['RISE:preview opened no /rise/ frame'] };
  await frame.waitForSelector('.reveal.ready .slides > section', { state: 'attached', timeout: 60_000 });
  await sleep(1000); // let MathJax typeset the first slides
  const seen = await frame.evaluate(() => {
    const slides = document.querySelectorAll('.reveal .slides > section').length;
    const charts = Array.from(document.querySelectorAll('.reveal .jp-OutputArea img'));
    const text = Array.from(document.querySelectorAll('.reveal .jp-MarkdownOutput'))
      .map((el) => el.innerText)
      .join('\n');
    return {
      slides,
      markdown: document.querySelectorAll('.reveal .jp-MarkdownOutput').length,
      maths: document.querySelectorAll('.reveal mjx-container').length,
      charts: charts.length,
      loaded: charts.filter((img) => img.complete && img.naturalWidth > 0).length,
      rawTex: (text.match(/\$[^$\s][^$]*\$/g) ?? []).slice(0, 3),
    };
  });
  const screenshot = path.join(OUT_DIR, `${path.basename(notebookPath, '.ipynb')}-slideshow.png`);
  await page.screenshot({ path: screenshot });
  const problems = [];
  if (seen.slides !== expectedSlides)
    problems.push(`the slideshow has ${seen.slides} slides, the notebook's metadata says ${expectedSlides}`);
  if (seen.charts === 0 || seen.loaded !== seen.charts) problems.push(`slideshow charts loaded: ${seen.loaded} of ${seen.charts}`);
  if (seen.markdown === 0) problems.push('the slideshow shows no Markdown cell');
  if (seen.rawTex.length) problems.push(`LaTeX left as text in the slideshow: ${seen.rawTex.join(' ')}`);
  log(`RISE slideshow: ${seen.slides} slides, ${seen.markdown} Markdown cells, ${seen.maths} formulas, ${seen.loaded} chart(s); screenshot: ${path.relative(REPO, screenshot)}`);
  return { problems };
}

// ---------------------------------------------------------------------------------------------

// What must be undone, whatever happens: filled in as things start.
const running = { workspace: null, server: null, context: null, page: null };

async function cleanUp() {
  const { context, server, workspace } = running;
  Object.assign(running, { workspace: null, server: null, context: null, page: null });
  if (context) await context.close().catch(() => {});
  if (server) {
    await stopJupyterLab(server);
    log('JupyterLab stopped');
  }
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no browser at ${CHROMIUM}: sudo apt-get install chromium (or set CHROMIUM)`);
  }
  running.workspace = makeWorkspace();
  running.server = await startJupyterLab(running.workspace);
  const server = running.server;
  log(`JupyterLab on ${server.url} (a temporary copy in ${running.workspace})`);
  log('starting Chromium');
  running.context = await chromium.launchPersistentContext(path.join(running.workspace, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  for (const helper of [findNotebookPanel, outputsOf]) {
    await running.context.addInitScript({ content: `window.${helper.name} = ${helper.toString()};` });
  }
  const page = running.context.pages()[0] ?? (await running.context.newPage());
  running.page = page;
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  const started = Date.now();
  await page.goto(`${server.url}/lab/tree/${NOTEBOOK}?token=${server.token}`);
  await openAndRunAll(page, NOTEBOOK);
  await waitForCells(page, NOTEBOOK);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const cells = await collectCells(page, NOTEBOOK);
  const errors = cells.flatMap((c) => c.errors.map((e) => `cell ${c.index + 1}: ${e}`));
  const notRun = cells.filter((c) => c.executionCount === null).map((c) => c.index + 1);
  const chartCell = cells.find((c) => c.pngs > 0);
  const chart = chartCell ? await renderedChart(page, NOTEBOOK, chartCell.index) : null;

  const screenshot = path.join(OUT_DIR, `${path.basename(NOTEBOOK, '.ipynb')}.png`);
  await page.screenshot({ path: screenshot });
  log(
    `${cells.length} code cells ran in ${seconds} s (page load to last cell);` +
      ` screenshot: ${path.relative(REPO, screenshot)}`,
  );

  const problems = [];
  if (errors.length) problems.push(`error output: ${errors.join('; ')}`);
  if (notRun.length) problems.push(`cells without an execution count: ${notRun.join(', ')}`);
  if (!chart) problems.push('no image/png output in any cell');
  else if (!chart.complete || chart.width === 0)
    problems.push('the chart <img> is in the page but did not render');
  else log(`chart shown: ${chart.width}×${chart.height} px PNG in cell ${chartCell.index + 1}`);
  if (SLIDESHOW && problems.length === 0) problems.push(...(await checkSlideshow(page, NOTEBOOK)).problems);
  if (problems.length) {
    if (pageErrors.length) problems.push(`page errors: ${pageErrors.join('; ')}`);
    throw new Error(problems.join('\n  '));
  }
  log(`PASSED ${NOTEBOOK}`);
}

// Ctrl+C or a CI timeout still shuts JupyterLab down.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: shutting down`);
    cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error(`[browser] FAILED ${NOTEBOOK}\n  ${error.message}`);
  process.exitCode = 1;
  if (running.page) {
    // What the page showed when it went wrong, for the person reading the CI log.
    const screenshot = path.join(OUT_DIR, `${path.basename(NOTEBOOK, '.ipynb')}-failed.png`);
    await running.page.screenshot({ path: screenshot }).catch(() => {});
    console.error(`  screenshot: ${path.relative(REPO, screenshot)}`);
  }
} finally {
  await cleanUp();
}
