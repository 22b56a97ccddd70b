// Results of runs and submissions: live progress from the server-sent events (polling when the
// stream fails), the per-test table, the verdict banner, and the submission history. Everything
// is built with textContent: program output and messages are the candidate's own text.

import { api, submissionPath } from './api.js';

const VERDICTS = {
  AC: 'Accepted',
  WA: 'Wrong answer',
  TLE: 'Time limit exceeded',
  MLE: 'Memory limit exceeded',
  OLE: 'Output limit exceeded',
  RTE: 'Runtime error',
  CE: 'Compilation error',
  JE: 'Judge error',
};
const POLL_MS = 500;

export function verdictLabel(code) {
  return VERDICTS[code] || code || '';
}

/** `el('td', {class: 'x', dataset: {verdict: 'AC'}}, 'text', child)` */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function formatScore(value) {
  if (value === null || value === undefined) return '';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function scoreText(view) {
  return view.score === null || view.score === undefined ? '' : `${formatScore(view.score)} / ${formatScore(view.maxScore)}`;
}

/**
 * Follows a submission to its result. Calls {@code onProgress} with each progress event and
 * resolves with the final SubmissionView.
 */
export function watchSubmission(id, onProgress) {
  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (view) => {
      if (!finished) {
        finished = true;
        resolve(view);
      }
    };
    const poll = async () => {
      let failures = 0;
      while (!finished) {
        try {
          const view = await api('GET', submissionPath(id));
          failures = 0;
          if (view.status === 'JUDGED' || view.status === 'FAILED') {
            finish(view);
            return;
          }
          onProgress({ status: view.status, phase: view.status === 'QUEUED' ? 'queued' : 'running', done: 0, total: 0, tests: [] });
        } catch (error) {
          failures += 1;
          if (failures >= 20 || (error.status >= 400 && error.status < 500 && error.status !== 429)) {
            finished = true;
            reject(error);
            return;
          }
        }
        await new Promise((r) => { setTimeout(r, POLL_MS); });
      }
    };
    if (!window.EventSource) {
      poll();
      return;
    }
    const source = new EventSource(submissionPath(id, '/events'));
    source.onmessage = (message) => {
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (event.result) {
        source.close();
        finish(event.result);
      } else {
        onProgress(event);
      }
    };
    source.onerror = () => {
      // The stream ended or broke before a result (or the browser would reconnect): poll instead.
      source.close();
      if (!finished) poll();
    };
  });
}

function progressText(event) {
  if (event.status === 'QUEUED' || event.phase === 'queued') return 'Waiting for a judge…';
  if (event.phase === 'compiling') return 'Compiling…';
  if (event.total > 0) return `Running test ${Math.min(event.done + 1, event.total)} of ${event.total}`;
  return 'Running…';
}

function testRows(tests, purpose) {
  const rows = [];
  tests.forEach((test) => {
    rows.push(el('tr', { class: 'test-row', dataset: { verdict: test.verdict || '' } },
      el('th', { scope: 'row' }, test.sample ? test.name : `${test.name}${test.group ? ` (${test.group})` : ''}`),
      el('td', { class: `verdict-cell verdict-${(test.verdict || 'none').toLowerCase()}` }, verdictLabel(test.verdict)),
      el('td', { class: 'num' }, String(test.timeMs ?? '')),
      el('td', { class: 'num' }, String(test.memoryKb ?? ''))));
    const showOutput = purpose === 'CUSTOM' || (test.sample && test.verdict !== 'AC');
    const hasOutput = showOutput && test.output !== null && test.output !== undefined;
    // A sample's judge message is shown also when accepted: for an interactive exercise it is the
    // validator's own account of the dialogue ("found in 7 guesses"). Hidden cases never carry one.
    const message = test.message && (showOutput || test.sample) ? test.message : null;
    if (hasOutput || message) {
      rows.push(el('tr', { class: 'test-detail' },
        el('td', { colspan: 4 },
          message ? el('p', { class: 'test-message' },
            test.sample ? el('span', { class: 'output-label' }, 'Judge: ') : null, message) : null,
          hasOutput
            ? [el('p', { class: 'output-label' }, purpose === 'CUSTOM' ? 'Output' : 'Your output'),
              el('pre', { class: 'test-output' }, test.output === '' ? '(no output)' : test.output)]
            : null)));
    }
  });
  return rows;
}

function testTable(tests, purpose) {
  return el('table', { id: 'tests', class: 'tests' },
    el('caption', { class: 'visually-hidden' }, 'Results per test'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Test'),
      el('th', { scope: 'col' }, 'Verdict'),
      el('th', { scope: 'col', class: 'num' }, 'Time (ms)'),
      el('th', { scope: 'col', class: 'num' }, 'Memory (KiB)'))),
    el('tbody', {}, testRows(tests, purpose)));
}

const PURPOSE_TITLES = { SAMPLES: 'Run on the samples', CUSTOM: 'Run on your input', SUBMIT: 'Submission' };

export class ResultsPanel {
  constructor(section) {
    this.section = section;
    this.body = section.querySelector('#results-body') || section;
  }

  /** A request went out. */
  pending(purpose) {
    this.body.replaceChildren(
      el('h3', {}, PURPOSE_TITLES[purpose] || 'Run'),
      el('p', { id: 'progress', class: 'progress' }, 'Sending…'));
    this.section.setAttribute('aria-busy', 'true');
    // Below the editor, the panel may be out of sight: bring it up just enough to be seen.
    if (this.section.getBoundingClientRect().top > window.innerHeight - 120) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.section.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  /** A progress event: the status line changes and new test rows are appended, nothing redrawn. */
  progress(purpose, event) {
    let status = this.body.querySelector('#progress');
    if (!status) {
      this.pending(purpose);
      status = this.body.querySelector('#progress');
    }
    status.replaceChildren(progressText(event),
      event.total > 0 ? el('progress', { max: event.total, value: event.done, 'aria-hidden': 'true' }) : '');
    const tests = event.tests || [];
    if (tests.length > 0) {
      let table = this.body.querySelector('#tests');
      if (!table) {
        table = testTable([], purpose);
        this.body.append(table);
      }
      const shown = table.querySelectorAll('tr.test-row').length;
      table.tBodies[0].append(...testRows(tests.slice(shown), purpose));
    }
  }

  /** The final result of {@code view}. */
  result(view) {
    this.section.removeAttribute('aria-busy');
    const purpose = view.purpose;
    const children = [el('h3', {}, PURPOSE_TITLES[purpose] || 'Run')];
    if (view.status === 'FAILED') {
      children.push(el('p', { id: 'verdict', class: 'verdict verdict-failed', dataset: { verdict: 'FAILED' } },
        'The judge could not finish this. Try again; if it keeps happening, tell the hiring team.'));
    } else {
      const label = view.verdictLabel || verdictLabel(view.verdict);
      const score = purpose === 'SUBMIT' ? scoreText(view) : '';
      let text = score ? `${label} — ${score}` : label;
      if (purpose === 'SAMPLES' && view.tests?.length) {
        const passed = view.tests.filter((t) => t.verdict === 'AC').length;
        text = `${label} — ${passed} of ${view.tests.length} samples passed`;
      } else if (purpose === 'CUSTOM' && view.verdict === 'AC') {
        text = 'Finished — see the output below';
      }
      children.push(el('p', {
        id: 'verdict',
        class: `verdict verdict-${(view.verdict || 'none').toLowerCase()}`,
        dataset: { verdict: view.verdict || '' },
      }, text));
    }
    if (view.compileOutput) {
      children.push(el('h4', {}, view.verdict === 'CE' ? 'Compiler errors' : 'Compiler messages'),
        el('pre', { id: 'compile-output', class: 'compile-output' }, view.compileOutput));
    }
    if (view.tests?.length) {
      children.push(testTable(view.tests, purpose));
    }
    this.body.replaceChildren(...children);
  }

  /** The request failed before there was anything to follow. */
  clear() {
    this.section.removeAttribute('aria-busy');
    this.body.replaceChildren();
  }
}

/** #history: the submissions of this exercise, newest first; {@code onShow(id)} opens one. */
export function renderHistory(section, submissions, languageName, onShow) {
  const body = section.querySelector('#history-body') || section;
  if (!submissions.length) {
    body.replaceChildren(el('p', { class: 'muted' }, 'No submissions yet.'));
    return;
  }
  const rows = submissions.map((s) => el('tr', { class: 'history-row', dataset: { verdict: s.verdict || s.status, id: s.id } },
    el('td', {}, el('time', { datetime: new Date(s.createdAt).toISOString() },
      new Date(s.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }))),
    el('td', {}, languageName(s.language)),
    el('td', { class: `verdict-cell verdict-${(s.verdict || 'none').toLowerCase()}` },
      s.status === 'JUDGED' ? (s.verdictLabel || verdictLabel(s.verdict))
        : s.status === 'FAILED' ? 'Judge failed' : 'Judging…'),
    el('td', { class: 'num' }, scoreText(s)),
    el('td', {}, el('button', { type: 'button', class: 'link-button', dataset: { show: s.id } }, 'Details'))));
  const table = el('table', { class: 'history' },
    el('caption', { class: 'visually-hidden' }, 'Your submissions, newest first'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Time'),
      el('th', { scope: 'col' }, 'Language'),
      el('th', { scope: 'col' }, 'Verdict'),
      el('th', { scope: 'col', class: 'num' }, 'Score'),
      el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Details')))),
    el('tbody', {}, rows));
  table.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-show]');
    if (button) onShow(button.dataset.show);
  });
  body.replaceChildren(table);
}
