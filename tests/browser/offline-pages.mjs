// A real-browser check of what ./classroom.sh writes: each page opened from disk (file://) with the
// network cut off, as on a classroom laptop with no Wi-Fi.
//
//   node tests/browser/offline-pages.mjs FILE.html [FILE.html ...]
//
// Every request that is not file: or data: is blocked and counted as a failure, and so is a local
// file that does not load. For each page: every <img> has loaded (complete, naturalWidth > 0); the
// maths was drawn (no $...$ or \command of LaTeX left in the text outside code and outputs, no
// MathJax error box); every relative link points to a file that exists. A slide deck
// (*.slides.html) must also start reveal.js: Reveal.isReady(), with more than one slide; its first
// slide with a chart is shown and photographed. Screenshots go to target/browser/.
// CHROMIUM overrides the browser (default /usr/bin/chromium).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT_DIR = path.join(REPO, 'target', 'browser');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
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
const log = (message) => console.log(`[offline ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)} s] ${message}`);

// Runs in the page: what a reader would find wrong.
function inspectPage() {
  const problems = [];
  const images = Array.from(document.images);
  const broken = images.filter((img) => !(img.complete && img.naturalWidth > 0));
  for (const img of broken.slice(0, 5)) problems.push(`image not loaded: ${img.src.slice(0, 80)}`);

  // LaTeX left as text: look only at prose, not at code, outputs or the drawn maths themselves.
  const skip = 'pre, code, script, style, textarea, mjx-container, .jp-OutputArea, .jp-InputArea-editor';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const rawTex = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(skip)) continue;
    const text = node.textContent;
    const match = text.match(/\$[^$\s][^$]*\$|\\(?:alpha|sigma|frac|cdot|partial|sum|sqrt|mathbf|text|left|right|lambda|epsilon)\b/);
    if (match) rawTex.push(match[0].slice(0, 40));
  }
  for (const tex of rawTex.slice(0, 5)) problems.push(`maths left as LaTeX: ${tex}`);
  const errors = document.querySelectorAll('[data-mml-node="merror"], mjx-merror').length;
  if (errors) problems.push(`${errors} formulas show a MathJax error`);

  const links = Array.from(document.querySelectorAll('a[href]'))
    .map((a) => a.href)
    .filter((href) => href.startsWith('file:'))
    .map((href) => href.split('#')[0]);
  return {
    problems,
    images: images.length,
    maths: document.querySelectorAll('mjx-container').length,
    links: Array.from(new Set(links)),
    reveal: typeof window.Reveal === 'object' && window.Reveal !== null,
  };
}

async function checkPage(context, file) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith('file:')) problems.push(`local file did not load: ${request.url()}`);
  });
  const url = pathToFileURL(path.resolve(file)).href;
  await page.goto(url, { waitUntil: 'load' });
  const deck = file.endsWith('.slides.html');
  let slides = 0;
  if (deck) {
    try {
      await page.waitForFunction(() => window.Reveal && window.Reveal.isReady(), null, { timeout: 15_000 });
      slides = await page.evaluate(() => window.Reveal.getTotalSlides());
      if (slides < 2) problems.push(`reveal.js shows ${slides} slide(s)`);
      // Show the first slide with a chart, as the class would see it.
      const shown = await page.evaluate(() => {
        const img = document.querySelector('.reveal .slides img');
        if (!img) return false;
        const indices = window.Reveal.getIndices(img.closest('section'));
        window.Reveal.slide(indices.h, indices.v);
        return true;
      });
      if (shown) await page.waitForTimeout(300);
    } catch {
      problems.push('reveal.js did not start (Reveal.isReady() stayed false)');
    }
  }
  const found = await page.evaluate(inspectPage);
  problems.push(...found.problems);
  for (const link of found.links) {
    const target = fileURLToPath(link);
    if (!fs.existsSync(target)) problems.push(`broken link: ${path.relative(REPO, target)}`);
  }
  const shot = path.join(OUT_DIR, `offline-${path.basename(file, '.html')}.png`);
  await page.screenshot({ path: shot });
  await page.close();
  const what = deck ? `${slides} slides, ` : '';
  return { problems, summary: `${what}${found.images} images, ${found.maths} formulas, ${found.links.length} links` };
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('name the pages to open: node tests/browser/offline-pages.mjs FILE.html ...');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: sudo apt-get install chromium (or set CHROMIUM)`);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const blocked = [];
  let failures = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // The network is cut: anything but the page's own files and data: URIs is refused, and counted.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    for (const file of files) {
      const before = blocked.length;
      const { problems, summary } = await checkPage(context, file);
      for (const url of blocked.slice(before)) problems.push(`blocked request: ${url}`);
      log(`${problems.length ? 'FAILED' : 'ok    '} ${path.relative(REPO, path.resolve(file))}: ${summary}`);
      if (problems.length) {
        failures += 1;
        console.error(`  ${path.relative(REPO, path.resolve(file))}:\n    ${problems.join('\n    ')}`);
      }
    }
  } finally {
    await browser.close();
  }
  log(`${files.length - failures} of ${files.length} pages passed; ${blocked.length} blocked requests`);
  if (failures) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(`[offline] FAILED: ${error.message}`);
  process.exitCode = 1;
}
