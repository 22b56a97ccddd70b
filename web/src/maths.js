// Typesets the maths that Redline's Markdown renderer marks as <span class="math math-inline|math-display">
// (TeX as text). katex.render builds DOM nodes and sets their styles through the CSSOM, which the CSP
// (style-src 'self') allows; katex.renderToString would emit style="" attributes, which it blocks. The
// output is KaTeX's HTML (fonts served from /assets, so it looks the same everywhere) plus hidden
// MathML for screen readers. A formula KaTeX cannot read stays as its TeX, marked, never an exception.
import katex from 'katex';

export function typeset(root = document) {
  for (const el of root.querySelectorAll('span.math:not([data-typeset])')) {
    const tex = el.textContent;
    el.dataset.typeset = 'true';
    try {
      katex.render(tex, el, {
        displayMode: el.classList.contains('math-display'),
        throwOnError: true,
        trust: false, // no \href, \url, \includegraphics: maths never loads or links anything
        maxExpand: 1000,
        maxSize: 20,
        strict: 'ignore',
      });
    } catch (error) {
      el.textContent = tex;
      el.classList.add('math-error');
      el.title = `This formula could not be typeset: ${error.message}`;
    }
  }
}
