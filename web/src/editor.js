// The code editor: CodeMirror 6 with basicSetup. The language mode sits in a Compartment; showing
// another language's draft starts a fresh state, so undo stays within one language. Tab indents
// (indentWithTab); CodeMirror's own escape hatch stays: Esc, then Tab, moves focus on.
//
// The editor lives in a shadow root. CodeMirror styles itself at run time; in a document it does
// so with a <style> element, which our CSP (style-src 'self') blocks, but in a shadow root it uses
// constructable style sheets (adoptedStyleSheets), which the CSP allows. Sizing and the focus ring
// are set on the host element (#editor) in redline.css.

import { basicSetup } from 'codemirror';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';
import { indentUnit } from '@codemirror/language';

// Editor modes by syntax: the server names a language's syntax (label redline.syntax of its
// sandbox image, e.g. "python" for python3 and pypy3); this table only says which CodeMirror package
// draws it. Each mode is a separate chunk, fetched the first time it is shown. EditorModesTest fails
// when a shipped language's syntax has no key here.
const legacy = (load) => () => Promise.all([load(), import('@codemirror/language')])
  .then(([mode, { StreamLanguage }]) => StreamLanguage.define(mode));
const MODES = {
  python: () => import('@codemirror/lang-python').then((m) => [m.python(), indentUnit.of('    ')]),
  java: () => import('@codemirror/lang-java').then((m) => m.java()),
  c: () => import('@codemirror/lang-cpp').then((m) => m.cpp()),
  cpp: () => import('@codemirror/lang-cpp').then((m) => m.cpp()),
  javascript: () => import('@codemirror/lang-javascript').then((m) => m.javascript()),
  typescript: () => import('@codemirror/lang-javascript').then((m) => m.javascript({ typescript: true })),
  go: () => import('@codemirror/lang-go').then((m) => m.go()),
  // not plain: PHP programs (and the starter) open with '<?php', as the php CLI expects
  php: () => import('@codemirror/lang-php').then((m) => m.php()),
  markdown: () => import('@codemirror/lang-markdown').then((m) => m.markdown()),
  kotlin: legacy(() => import('@codemirror/legacy-modes/mode/clike').then((m) => m.kotlin)),
  scala: legacy(() => import('@codemirror/legacy-modes/mode/clike').then((m) => m.scala)),
  csharp: legacy(() => import('@codemirror/legacy-modes/mode/clike').then((m) => m.csharp)),
  rust: legacy(() => import('@codemirror/legacy-modes/mode/rust').then((m) => m.rust)),
  ruby: legacy(() => import('@codemirror/legacy-modes/mode/ruby').then((m) => m.ruby)),
  haskell: legacy(() => import('@codemirror/legacy-modes/mode/haskell').then((m) => m.haskell)),
  ocaml: legacy(() => import('@codemirror/legacy-modes/mode/mllike').then((m) => m.oCaml)),
  lua: legacy(() => import('@codemirror/legacy-modes/mode/lua').then((m) => m.lua)),
};
const loaded = new Map();

/**
 * The CodeMirror language support for a syntax as the server names it ("python", "cpp"...); none
 * (plain text) for a syntax it has no mode for or when the mode cannot be loaded.
 */
export async function languageSupport(syntax) {
  const key = String(syntax || '').toLowerCase();
  const load = Object.hasOwn(MODES, key) ? MODES[key] : null;
  if (!load) return [];
  if (!loaded.has(key)) {
    try {
      loaded.set(key, await load());
    } catch {
      return []; // offline for a moment: plain text now, another try next time
    }
  }
  return loaded.get(key);
}

/**
 * Mounts the editor in a shadow root of {@code host} (#editor).
 *
 * @param {object} options
 * @param {string} options.doc initial text (plain, until show() sets a language)
 * @param {(text: string) => void} options.onChange called after every edit of the text
 * @param {() => void} [options.onRun] Mod-Enter (not bound when absent)
 * @param {() => void} [options.onSubmit] Mod-Shift-Enter (not bound when absent)
 * @param {boolean} [options.lineWrapping] wrap long lines (prose) instead of scrolling sideways (code)
 * @param {string} [options.label] the editor's accessible name
 * @param {string} [options.helpId] the id of the page's help text, copied into the shadow root
 */
export function createEditor(host, {
  doc = '', onChange, onRun, onSubmit, lineWrapping = false, label = 'Code editor', helpId = 'editor-help',
}) {
  const root = host.attachShadow({ mode: 'open' });
  // aria-describedby cannot point out of a shadow root: a hidden copy of the page's help text.
  const help = document.createElement('div');
  help.id = 'editor-help-text';
  help.hidden = true;
  help.textContent = document.getElementById(helpId)?.textContent.replace(/\s+/g, ' ').trim() || '';
  root.append(help);
  const languageSlot = new Compartment();
  const readOnlySlot = new Compartment();
  let readOnly = false;
  // Our shortcuts win over basicSetup's Mod-Enter (insertBlankLine).
  const bindings = [];
  if (onSubmit) bindings.push({ key: 'Mod-Shift-Enter', preventDefault: true, run: () => { onSubmit(); return true; } });
  if (onRun) bindings.push({ key: 'Mod-Enter', preventDefault: true, run: () => { onRun(); return true; } });
  const shortcuts = Prec.highest(keymap.of(bindings));
  const common = [
    shortcuts,
    basicSetup,
    keymap.of([indentWithTab]),
    lineWrapping ? EditorView.lineWrapping : [],
    EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': 'editor-help-text' }),
    EditorView.theme({
      '&': { height: '100%' },
      '&.cm-focused': { outline: 'none' }, // the host draws the focus ring
      '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace' },
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
  const stateFor = (text, support) => EditorState.create({
    doc: text ?? '',
    extensions: [
      common,
      languageSlot.of(support),
      readOnlySlot.of(readOnly ? EditorState.readOnly.of(true) : []),
    ],
  });
  const view = new EditorView({ root, parent: root, state: stateFor(doc, []) });

  return {
    view,
    getText: () => view.state.doc.toString(),
    /**
     * Shows {@code text} in {@code syntax}. A fresh state, so undo never brings back another
     * language's code; not an edit, so it triggers no save.
     */
    async show(text, syntax) {
      view.setState(stateFor(text, await languageSupport(syntax)));
    },
    setReadOnly(value) {
      readOnly = value;
      view.dispatch({ effects: readOnlySlot.reconfigure(readOnly ? EditorState.readOnly.of(true) : []) });
    },
    focus: () => view.focus(),
  };
}
