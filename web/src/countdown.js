// The time left, from the server's clock: the page learns the server's "now" when it is rendered
// and keeps that offset, so a wrong clock on the candidate's machine does not move the deadline.

const WARN_MS = 10 * 60 * 1000;

export function formatRemaining(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

function isoDuration(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `PT${Math.floor(total / 3600)}H${Math.floor((total % 3600) / 60)}M${total % 60}S`;
}

/**
 * Runs the countdown in {@code element} (a <time>). Calls {@code onWarn} once when under ten
 * minutes and {@code onExpire} once at zero. Returns the remaining-time function.
 */
export function startCountdown(element, { deadlineMs, serverNowMs, onWarn, onExpire }) {
  const skew = serverNowMs - Date.now();
  const remaining = () => deadlineMs - (Date.now() + skew);
  let warned = false;
  let expired = false;

  function tick() {
    const left = remaining();
    if (left <= 0) {
      element.textContent = 'Time is up';
      element.dateTime = 'PT0S';
      element.classList.remove('countdown-warning');
      element.classList.add('countdown-expired');
      if (!expired) {
        expired = true;
        onExpire?.();
      }
      return;
    }
    element.textContent = formatRemaining(left);
    element.dateTime = isoDuration(left);
    if (left <= WARN_MS) {
      element.classList.add('countdown-warning');
      if (!warned) {
        warned = true;
        onWarn?.(left);
      }
    }
    // Tick just after the next whole second so the display never skips or repeats a second.
    setTimeout(tick, ((left - 1) % 1000) + 20);
  }

  tick();
  return remaining;
}
