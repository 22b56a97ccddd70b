// Drafts: saved to the server ~800 ms after the last keystroke, retried with backoff, flushed when
// the page is hidden or left. A localStorage copy is the last resort when the server never got
// the text (network down, tab killed); it is dropped once the server has that exact text.

import { api, ApiError, exercisePath } from './api.js';

const DEBOUNCE_MS = 800;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30000;
// Browsers refuse keepalive requests with larger bodies; those go as plain requests instead.
const KEEPALIVE_LIMIT = 60 * 1024;

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function timeOfDay(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export class Autosave {
  /**
   * @param {string} exerciseId
   * @param {HTMLElement} indicator #save-state
   * @param {() => string} getText the editor's current text
   * @param {{what?: string}} [options] what is being saved, in messages: "code" (default) or "document"
   */
  constructor(exerciseId, indicator, getText, { what = 'code' } = {}) {
    this.exerciseId = exerciseId;
    this.what = what; // "code" or "document", for messages
    this.indicator = indicator;
    this.getText = getText;
    this.language = null;
    this.ready = false; // the editor shows this.language's text
    this.baseVersion = 0;
    this.savedText = null;
    this.savedAt = 0;
    this.debounce = null;
    this.retryTimer = null;
    this.retryDelay = FIRST_RETRY_MS;
    this.inFlight = null;
    this.again = false;
    this.blocked = null; // a refusal that retrying cannot fix (too large, time is up) until the text changes
  }

  localKey(language) {
    return `redline:draft:${this.exerciseId}:${language}`;
  }

  readLocal(language) {
    try {
      const raw = storage()?.getItem(this.localKey(language));
      return raw ? JSON.parse(raw) : null;
    } catch {
      return null;
    }
  }

  writeLocal(text) {
    try {
      storage()?.setItem(this.localKey(this.language),
        JSON.stringify({ text, baseVersion: this.baseVersion, at: Date.now() }));
    } catch {
      // full or disabled storage: the server copy is what counts
    }
  }

  dropLocal(language) {
    try {
      storage()?.removeItem(this.localKey(language));
    } catch {
      // ignore
    }
  }

  /**
   * Loads the draft of {@code language} and makes it the one being saved. Resolves to the text to
   * show, {@code {text, restored}}: the server's draft, else unsaved work kept in this browser
   * (restored: true), else {@code starter}. Nothing is saved until {@link shown} is called.
   */
  async load(language, starter) {
    this.cancelTimers();
    this.ready = false;
    this.language = language;
    this.blocked = null;
    this.retryDelay = FIRST_RETRY_MS;
    this.show('loading', 'Loading draft…');
    const server = await this.fetchDraft(language);
    if (this.language !== language) {
      return { text: null, restored: false }; // switched again meanwhile; the newer load decides
    }
    const serverVersion = server?.version ?? 0;
    const serverText = server?.content ?? null;
    this.baseVersion = serverVersion;
    const local = this.readLocal(language);
    // Unsaved work from this browser, based on what the server still has as latest: restore and save.
    if (local && typeof local.text === 'string' && (local.baseVersion ?? 0) >= serverVersion
        && local.text !== serverText) {
      this.savedText = serverText;
      this.show('saving', 'Restoring unsaved work…');
      return { text: local.text, restored: true };
    }
    if (local) {
      this.dropLocal(language);
    }
    if (!server) {
      // Not loaded: edits are still saved (the server keeps both versions when they diverge).
      this.savedText = starter ?? '';
      this.show('error', 'Draft not loaded — check your connection and reload the page');
      return { text: starter ?? '', restored: false };
    }
    this.savedText = serverText ?? starter ?? '';
    this.savedAt = server.savedAt;
    this.show('idle', serverText === null ? '' : `Draft loaded (saved ${timeOfDay(server.savedAt)})`);
    return { text: serverText ?? starter ?? '', restored: false };
  }

  /** The loaded text is in the editor: from now on its changes are saved (restored work at once). */
  shown(restored) {
    this.ready = true;
    if (restored) {
      this.save();
    }
  }

  /** GET the draft, retried a few times: showing the starter code over a real draft would mislead. */
  async fetchDraft(language) {
    const path = `${exercisePath(this.exerciseId, 'draft')}?language=${encodeURIComponent(language)}`;
    for (let attempt = 0, delay = FIRST_RETRY_MS; ; attempt++, delay *= 2) {
      try {
        return await api('GET', path);
      } catch (error) {
        const status = error instanceof ApiError ? error.status : 0;
        if (attempt >= 3 || (status > 0 && status < 500 && status !== 429) || this.language !== language) {
          return null;
        }
        await new Promise((resolve) => { setTimeout(resolve, delay); });
      }
    }
  }

  /** The editor's text changed. */
  changed() {
    if (!this.ready) return;
    this.blocked = null;
    this.schedule(DEBOUNCE_MS);
  }

  schedule(delay) {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.save(), delay);
  }

  cancelTimers() {
    clearTimeout(this.debounce);
    clearTimeout(this.retryTimer);
    this.debounce = null;
    this.retryTimer = null;
  }

  dirty() {
    return this.ready && this.getText() !== this.savedText;
  }

  /** Saves now if there is anything to save; resolves when this save (and any queued one) is done. */
  async save({ keepalive = false } = {}) {
    this.cancelTimers();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    if (this.blocked) {
      return undefined;
    }
    if (!this.dirty()) {
      // Back to what the server has (an undo, say): nothing to send, and nothing unsaved.
      if (this.indicator?.dataset.state === 'error' || this.indicator?.dataset.state === 'saving') {
        this.show('saved', `Saved ${timeOfDay(this.savedAt || Date.now())}`);
      }
      return undefined;
    }
    const language = this.language;
    const text = this.getText();
    this.writeLocal(text);
    this.show('saving', 'Saving…');
    this.inFlight = this.put(language, text, keepalive)
      .then((saved) => this.succeeded(language, text, saved), (error) => this.failed(language, error))
      .finally(() => {
        this.inFlight = null;
        if (this.again) {
          this.again = false;
          this.schedule(0);
        }
      });
    return this.inFlight;
  }

  put(language, text, keepalive) {
    const body = { language, content: text, baseVersion: this.baseVersion };
    const path = exercisePath(this.exerciseId, 'draft');
    const small = new Blob([JSON.stringify(body)]).size <= KEEPALIVE_LIMIT;
    return api('PUT', path, body, { keepalive: keepalive && small });
  }

  succeeded(language, text, saved) {
    if (language !== this.language) {
      return;
    }
    this.baseVersion = saved.version;
    this.savedText = text;
    this.savedAt = saved.savedAt || Date.now();
    this.retryDelay = FIRST_RETRY_MS;
    if (this.getText() === text) {
      this.dropLocal(language);
    }
    const when = timeOfDay(this.savedAt);
    this.show('saved', saved.diverged
      ? `Saved ${when} — this draft was also edited in another window; both versions are kept`
      : `Saved ${when}`);
  }

  failed(language, error) {
    if (language !== this.language) {
      return;
    }
    const status = error instanceof ApiError ? error.status : 0;
    const retryable = status === 0 || status === 408 || status === 429 || status >= 500;
    if (!retryable) {
      // Too large (413), time is up (409), signed out: retrying the same text cannot help.
      this.blocked = error;
      const reason = status === 413
        ? `the ${this.what} is larger than 128 KiB; make it smaller`
        : (error instanceof ApiError ? error.describe() : String(error));
      this.show('error', `Not saved — ${reason}`);
      return;
    }
    // Too many saves (429): wait as long as the server says before trying again. The text stays in
    // the editor and in the local copy, and the retry sends whatever is typed by then.
    const asked = status === 429 && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
    const delay = Math.max(this.retryDelay, asked);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    this.show('error', asked
      ? `Not saved yet — saving too often; retrying in ${Math.ceil(delay / 1000)} s`
      : 'Not saved — retrying');
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.save(), delay);
  }

  /**
   * Saves until the editor's text is on the server (a few tries), for a language switch or the
   * finish; what still is not saved stays in the local copy.
   */
  async settle() {
    for (let tries = 0; tries < 3 && this.dirty() && !this.blocked; tries++) {
      await (this.inFlight || this.save());
    }
    if (this.dirty()) {
      this.writeLocal(this.getText());
    }
  }

  /**
   * The page is being hidden or left: save what is unsaved with a request that outlives the page,
   * and keep the local copy in case even that does not arrive.
   */
  /**
   * Saves when the page is hidden or left, and asks the browser to hold the page only while the text is
   * in danger (saving failed or is refused). {@code beforeFinish} registers the last save before Finish.
   */
  guardPageExit(onBeforeFinish) {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flushOnExit();
    });
    window.addEventListener('pagehide', () => this.flushOnExit());
    window.addEventListener('beforeunload', (event) => {
      if (this.dirty() && (this.blocked || this.retryTimer)) event.preventDefault();
    });
    onBeforeFinish(() => this.settle());
  }

  flushOnExit() {
    if (!this.dirty() || this.blocked) {
      return;
    }
    const text = this.getText();
    this.writeLocal(text);
    if (this.inFlight) {
      // The running save may be cut off with the page: send this one so that it outlives it.
      this.put(this.language, text, true).catch(() => {});
      this.again = true;
      return;
    }
    this.save({ keepalive: true });
  }

  show(state, text) {
    if (!this.indicator) return;
    this.indicator.dataset.state = state;
    this.indicator.textContent = text;
  }
}
