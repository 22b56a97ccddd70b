// Entry point of the candidate pages' script (bundled by web/build.sh into /assets/candidate.js).

import { initFinishForms } from './finish.js';

async function start() {
  initFinishForms();
  if (document.querySelector('span.math')) {
    // KaTeX and its fonts only load on pages that show maths (a chunk of its own).
    import('./maths.js').then(({ typeset }) => typeset());
  }
  const root = document.getElementById('exercise');
  if (root) {
    // The editor is most of the bundle: only the exercise page loads it (a separate chunk).
    const { initExercise } = await import('./exercise.js');
    await initExercise(root);
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
