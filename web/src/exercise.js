// The exercise page: wires the editor, the language picker, autosave, the countdown, runs and
// submissions, the history and the integrity signals. Its data comes from #exercise[data-config].
// A design exercise (config.kind === "design") is handed to design.js instead.

import { api, ApiError, clientKey, exercisePath, submissionPath } from './api.js';
import { Autosave } from './autosave.js';
import { startCountdown } from './countdown.js';
import { createEditor, languageSupport } from './editor.js';
import { onBeforeFinish } from './finish.js';
import { renderHistory, ResultsPanel, watchSubmission } from './results.js';
import { trackSignals } from './signals.js';

const byId = (id) => document.getElementById(id);

function describe(error) {
  return error instanceof ApiError ? error.describe() : 'Something went wrong. Try again.';
}

function readConfig(root) {
  try {
    return JSON.parse(root.dataset.config || '');
  } catch {
    return null;
  }
}

function rememberedLanguage(exerciseId) {
  try {
    return window.localStorage.getItem(`redline:language:${exerciseId}`);
  } catch {
    return null;
  }
}

function rememberLanguage(exerciseId, language) {
  try {
    window.localStorage.setItem(`redline:language:${exerciseId}`, language);
  } catch {
    // not remembered; the default comes back next time
  }
}

function isDone(view) {
  return view.status === 'JUDGED' || view.status === 'FAILED';
}

export async function initExercise(root) {
  const errorBox = byId('action-error');
  const showError = (message) => { errorBox.textContent = message; };
  const clearError = () => { errorBox.textContent = ''; };

  const config = readConfig(root);
  if (!config || !Array.isArray(config.languages) || config.languages.length === 0) {
    showError('This page could not read its settings. Reload the page; if that does not help, tell the hiring team.');
    return;
  }
  if (config.kind === 'design') {
    // A design document, not code: its own page module (a separate chunk), nothing runs.
    const { initDesign } = await import('./design.js');
    await initDesign(root, config);
    return;
  }
  const exerciseId = config.exerciseId;
  const open = config.open !== false;
  const languages = new Map(config.languages.map((l) => [l.id, l]));
  const languageName = (id) => languages.get(id)?.name || id;
  const starterOf = (id) => languages.get(id)?.starter ?? '';
  const syntaxOf = (id) => languages.get(id)?.syntax || id; // the server's, from the language's image labels

  const picker = byId('language');
  const runButton = byId('run');
  // rendered disabled when the exercise has no sample (the page says why beside it)
  const noSamples = runButton.disabled;
  const customButton = byId('run-custom'); // absent for interactive exercises: no judge to talk to
  const submitButton = byId('submit');
  const customInput = byId('custom-input');
  const announcer = byId('time-announce');
  const results = new ResultsPanel(byId('results'));
  const history = byId('history');

  picker.replaceChildren(...config.languages.map((l) => new Option(l.name, l.id)));
  const remembered = rememberedLanguage(exerciseId);
  let language = languages.has(remembered) ? remembered
    : languages.has(config.defaultLanguage) ? config.defaultLanguage : config.languages[0].id;
  picker.value = language;

  let busy = false;
  let timeUp = false;
  const updateButtons = () => {
    runButton.disabled = busy || !open || noSamples;
    if (customButton) customButton.disabled = busy || !open;
    submitButton.disabled = busy || !open || timeUp;
  };

  if (/Mac|iPhone|iPad/.test(navigator.platform || '')) {
    document.querySelectorAll('.mod-key').forEach((key) => { key.textContent = 'Cmd'; });
  }

  let autosave; // made after the editor, whose text it saves; the callbacks run only later
  const editor = createEditor(byId('editor'), {
    onChange: () => autosave.changed(),
    onRun: () => run('SAMPLES'),
    onSubmit: () => submit(),
  });
  autosave = new Autosave(exerciseId, byId('save-state'), editor.getText);

  async function showLanguage(id) {
    editor.setReadOnly(true);
    const [{ text, restored }] = await Promise.all([autosave.load(id, starterOf(id)), languageSupport(syntaxOf(id))]);
    if (language === id) {
      await editor.show(text, syntaxOf(id));
      editor.setReadOnly(!open);
      autosave.shown(restored);
    }
  }

  picker.addEventListener('change', async () => {
    const next = picker.value;
    if (next === language) return;
    await autosave.settle(); // the current language's draft first; a failure leaves its local copy
    language = next;
    rememberLanguage(exerciseId, next);
    await showLanguage(next);
  });

  async function follow(view, purpose) {
    const final = isDone(view) ? view : await watchSubmission(view.id, (event) => results.progress(purpose, event));
    results.result(final);
    return final;
  }

  async function send(kind, body, purpose) {
    if (busy || !autosave.ready) return; // not while another language's draft is loading
    busy = true;
    updateButtons();
    clearError();
    results.pending(purpose);
    autosave.save();
    try {
      const view = await api('POST', exercisePath(exerciseId, kind), body);
      await follow(view, purpose);
      if (purpose === 'SUBMIT') await refreshHistory();
    } catch (error) {
      results.clear();
      showError(describe(error));
    } finally {
      busy = false;
      updateButtons();
    }
  }

  function run(purpose) {
    if (!open) return;
    // an exercise without samples offers no run on them: the shortcut points at the reason, sends nothing
    if (purpose === 'SAMPLES' && noSamples) {
      byId('run-unavailable')?.focus();
      return;
    }
    const body = { language, source: editor.getText(), clientKey: clientKey() };
    if (purpose === 'CUSTOM') {
      if (!customInput) return;
      body.input = customInput.value;
    }
    send('runs', body, purpose);
  }

  function submit() {
    if (!open || timeUp) return;
    send('submissions', { language, source: editor.getText(), clientKey: clientKey() }, 'SUBMIT');
  }

  async function showSubmission(id) {
    if (busy) return;
    clearError();
    try {
      const view = await api('GET', submissionPath(id));
      results.pending(view.purpose);
      await follow(view, view.purpose);
    } catch (error) {
      showError(describe(error));
    }
  }

  async function refreshHistory() {
    try {
      const list = await api('GET', exercisePath(exerciseId, 'submissions'));
      renderHistory(history, Array.isArray(list) ? list : [], languageName, showSubmission);
    } catch (error) {
      renderHistory(history, [], languageName, showSubmission);
      showError(`Your submissions could not be loaded: ${describe(error)}`);
    }
  }

  runButton.addEventListener('click', () => run('SAMPLES'));
  customButton?.addEventListener('click', () => run('CUSTOM'));
  submitButton.addEventListener('click', () => submit());

  // The shortcuts outside the editor too (the editor handles its own and marks them handled).
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (event.shiftKey) submit();
    else run(event.target === customInput ? 'CUSTOM' : 'SAMPLES');
  });

  if (config.deadlineMs) {
    startCountdown(byId('countdown'), {
      deadlineMs: config.deadlineMs,
      serverNowMs: config.serverNowMs || Date.now(),
      onWarn: () => { announcer.textContent = 'Less than 10 minutes left.'; },
      onExpire: () => {
        timeUp = true;
        updateButtons();
        announcer.textContent = 'Time is up. Submissions are closed.';
      },
    });
  }

  autosave.guardPageExit(onBeforeFinish);
  trackSignals(exerciseId);

  updateButtons();
  if (!open) {
    showError('This assessment is closed: you can read your code here, but not change, run or submit it.');
  }
  await Promise.all([showLanguage(language), refreshHistory()]);
}
