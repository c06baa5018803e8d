// Turns the LaTeX in exported notebook pages into SVG, once, when the pages are built.
//
//   node scripts/classroom/render-maths.mjs FILE.html [FILE.html ...]
//
// Each file is rewritten in place: every $...$, $$...$$, \(...\) and \[...\] outside code becomes an
// inline <svg> (MathJax 3, TeX input, SVG output, one shared <defs> of glyphs per page), and the few
// CSS rules MathJax needs go into the page's <head>. The pages then show their maths with no
// script and no network: a slide deck or a book page opened from a USB stick looks the same as on
// GitHub Pages. MathJax skips <pre>, <code>, <script>, <style> and <textarea>, so Java code and
// printed outputs (which contain $ and \ of their own) are left as they are.
//
// Prints one line per file: how many formulas it rendered, and any TeX that MathJax rejected
// (the exit code is then 1, so a typo in a notebook's maths fails the build instead of showing red).

import fs from 'node:fs';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);

function render(html) {
  const tex = new TeX({
    packages: AllPackages.filter((name) => name !== 'bussproofs'),
    inlineMath: [['$', '$'], ['\\(', '\\)']],
    displayMath: [['$$', '$$'], ['\\[', '\\]']],
    processEscapes: true, // \$ is a dollar sign, as in JupyterLab
    formatError: (jax, error) => jax.formatError(error),
  });
  const svg = new SVG({ fontCache: 'global' });
  const document = mathjax.document(html, { InputJax: tex, OutputJax: svg });
  document.render();

  const errors = [];
  for (const item of document.math) {
    const node = item.root;
    let failed = false;
    node.walkTree((child) => {
      if (child.isKind('merror')) failed = true;
    });
    if (failed) errors.push(item.math);
  }
  const head = adaptor.head(document.document);
  const style = adaptor.node('style', { id: 'weightlab-maths' }, [adaptor.text(adaptor.textContent(svg.styleSheet(document)))]);
  adaptor.append(head, style);
  const out = adaptor.doctype(document.document) + '\n' + adaptor.outerHTML(adaptor.root(document.document));
  return { out, count: Array.from(document.math).length, errors };
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  const { out, count, errors } = render(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, out);
  console.log(`maths    ${count} formulas in ${file}`);
  for (const tex of errors) {
    console.error(`  MathJax could not read: ${tex}`);
    failed = 1;
  }
}
process.exitCode = failed;
