// The page of a system-design exercise: the candidate writes a design document in Markdown. Same
// autosave, save indicator, countdown and signals as the code page; no runs, submissions or results.
// The document is handed in at Finish (the last version saved before the deadline or the finish) and
// read by the interviewers. The preview is rendered by the server with the renderer the interviewers'
// pages use, so what the candidate sees is what the interviewers read.

import { api, ApiError } from './api.js';
import { Autosave } from './autosave.js';
import { startCountdown } from './countdown.js';
import { createEditor, languageSupport } from './editor.js';
import { onBeforeFinish } from './finish.js';
import { el } from './results.js';
import { trackSignals } from './signals.js';

const byId = (id) => document.getElementById(id);
const PREVIEW_PATH = '/api/candidate/preview';
const PREVIEW_DEBOUNCE_MS = 500;
const COUNT_DEBOUNCE_MS = 150;
const WORD = /[\p{L}\p{Nd}]/u;

/** Words as the server counts them: runs of non-space characters holding a letter or digit. */
export function countWords(text) {
  if (!text || !text.trim()) return 0;
  return text.trim().split(/\s+/).filter((token) => WORD.test(token)).length;
}

function describe(error) {
  return error instanceof ApiError ? error.describe() : 'Something went wrong. Try again.';
}

function rememberedPreview(exerciseId) {
  try {
    return window.localStorage.getItem(`redline:preview:${exerciseId}`) === 'on';
  } catch {
    return false;
  }
}

function rememberPreview(exerciseId, on) {
  try {
    window.localStorage.setItem(`redline:preview:${exerciseId}`, on ? 'on' : 'off');
  } catch {
    // not remembered
  }
}

/** #dimensions: what the document is scored on, from the page's config (titles and descriptions). */
function renderDimensions(section, dimensions) {
  if (!section || !Array.isArray(dimensions) || dimensions.length === 0) return;
  const list = section.querySelector('#dimensions-list') || section;
  list.replaceChildren(...dimensions.map((d) => el('li', { dataset: { dimension: d.id } },
    el('strong', {}, d.title), d.description ? ` — ${d.description}` : '')));
  section.hidden = false;
}

export async function initDesign(root, config) {
  const errorBox = byId('action-error');
  const showError = (message) => { errorBox.textContent = message; };
  const exerciseId = config.exerciseId;
  const open = config.open !== false;
  const language = config.defaultLanguage || config.languages[0].id;
  const starter = config.languages.find((l) => l.id === language)?.starter ?? '';
  const announcer = byId('time-announce');
  const wordCount = byId('word-count');
  const preview = byId('preview');
  const previewBody = byId('preview-body') || preview;
  const previewState = byId('preview-state');
  const toggle = byId('preview-toggle');
  const panes = root.querySelector('.design-panes');

  renderDimensions(byId('dimensions'), config.dimensions);

  let autosave; // made after the editor, whose text it saves; the callbacks run only later
  let countTimer = null;
  let previewTimer = null;
  const editor = createEditor(byId('editor'), {
    onChange: () => {
      autosave.changed();
      clearTimeout(countTimer);
      countTimer = setTimeout(updateCount, COUNT_DEBOUNCE_MS);
      if (previewOn()) schedulePreview();
    },
    lineWrapping: true,
    label: 'Design document editor (Markdown)',
  });
  autosave = new Autosave(exerciseId, byId('save-state'), editor.getText, { what: 'document' });

  function updateCount() {
    const n = countWords(editor.getText());
    wordCount.textContent = `${n.toLocaleString()} ${n === 1 ? 'word' : 'words'}`;
    wordCount.dataset.words = String(n);
  }

  // The preview: rendered by the server, debounced; a late answer for older text is dropped.
  let previewSeq = 0;
  let shownSeq = 0;
  const previewOn = () => !preview.hidden;

  function schedulePreview(delay = PREVIEW_DEBOUNCE_MS) {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(renderPreview, delay);
  }

  async function renderPreview() {
    const seq = ++previewSeq;
    const markdown = editor.getText();
    previewState.textContent = 'Updating…';
    preview.setAttribute('aria-busy', 'true');
    try {
      const { html } = await api('POST', PREVIEW_PATH, { markdown });
      if (seq < shownSeq) return;
      shownSeq = seq;
      // HTML rendered by Redline's server from Markdown with raw HTML escaped and unsafe links dropped.
      previewBody.innerHTML = html;
      if (previewBody.querySelector('span.math')) {
        const { typeset } = await import('./maths.js');
        typeset(previewBody);
      }
      if (!markdown.trim()) {
        previewBody.replaceChildren(el('p', { class: 'muted' }, 'Nothing written yet.'));
      }
      previewState.textContent = '';
    } catch (error) {
      if (seq < shownSeq) return;
      previewState.textContent = `Preview not updated — ${describe(error)}`;
    } finally {
      if (seq === previewSeq) preview.removeAttribute('aria-busy');
    }
  }

  function setPreview(on) {
    preview.hidden = !on;
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    toggle.textContent = on ? 'Hide preview' : 'Preview';
    panes.dataset.preview = on ? 'on' : 'off';
    rememberPreview(exerciseId, on);
    if (on) schedulePreview(0);
  }

  toggle.addEventListener('click', () => setPreview(!previewOn()));

  async function showDocument() {
    editor.setReadOnly(true);
    const [{ text, restored }] = await Promise.all([autosave.load(language, starter), languageSupport(language)]);
    await editor.show(text, language);
    editor.setReadOnly(!open || timeUp);
    autosave.shown(restored);
    updateCount();
    if (previewOn()) schedulePreview(0);
  }

  let timeUp = false;
  const closedMessage = 'This assessment is closed: you can read your design document here, but not change it. '
    + 'It was handed in as last saved.';
  if (config.deadlineMs) {
    startCountdown(byId('countdown'), {
      deadlineMs: config.deadlineMs,
      serverNowMs: config.serverNowMs || Date.now(),
      onWarn: () => { announcer.textContent = 'Less than 10 minutes left. Your document is saved as you type.'; },
      onExpire: () => {
        // What was typed goes to the server now; the document is then handed in as it is.
        timeUp = true;
        autosave.save();
        editor.setReadOnly(true);
        announcer.textContent = 'Time is up. Your design document is handed in as last saved.';
        showError(closedMessage);
      },
    });
  }

  autosave.guardPageExit(onBeforeFinish);
  trackSignals(exerciseId);

  if (!open) {
    showError(closedMessage);
  }
  setPreview(rememberedPreview(exerciseId));
  await showDocument();
}
