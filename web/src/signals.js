// Integrity signals: pastes (how many characters) and time away from the page (how long). They
// are context for the committee and never decide anything; a lost signal is not worth an error.

import { api } from './api.js';

const PATH = '/api/candidate/signals';
const EXIT_NOISE_MS = 1000;

function send(exercise, kind, amount) {
  api('POST', PATH, { exercise, kind, amount: Math.round(amount) }).catch(() => {});
}

/** For the page being left: a beacon outlives it. */
function sendOnExit(exercise, kind, amount) {
  const body = JSON.stringify({ exercise, kind, amount: Math.round(amount) });
  const blob = new Blob([body], { type: 'application/json' });
  if (!navigator.sendBeacon?.(PATH, blob)) {
    fetch(PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, keepalive: true })
      .catch(() => {});
  }
}

export function trackSignals(exercise) {
  document.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length > 0) {
      send(exercise, 'PASTE', text.length);
    }
  }, true);

  let awaySince = null;
  const leave = () => {
    if (awaySince === null) {
      awaySince = Date.now();
    }
  };
  const back = () => {
    if (awaySince === null || document.visibilityState !== 'visible') return;
    const away = Date.now() - awaySince;
    awaySince = null;
    send(exercise, 'BLUR', away);
  };
  window.addEventListener('blur', leave);
  window.addEventListener('focus', back);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
    else if (document.hasFocus()) back(); // visible but unfocused: back when focus returns
  });
  window.addEventListener('pagehide', () => {
    // Leaving for another page hides this one a moment before: that is not time away.
    if (awaySince !== null && Date.now() - awaySince >= EXIT_NOISE_MS) {
      sendOnExit(exercise, 'BLUR', Date.now() - awaySince);
    }
    awaySince = null;
  });
}
