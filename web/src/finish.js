// "Finish" asks before it ends the attempt, and lets the page save first (the exercise page
// registers its autosave here).

const beforeFinish = [];
const SAVE_WAIT_MS = 3000;

/** {@code task} returns a promise; finishing waits for it (at most a few seconds). */
export function onBeforeFinish(task) {
  beforeFinish.push(task);
}

export function initFinishForms() {
  document.querySelectorAll('form.finish-form').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (form.dataset.confirmed === 'true') {
        return;
      }
      event.preventDefault();
      const question = form.dataset.confirm
        || 'Finish the assessment now? You will not be able to change or submit code afterwards.';
      if (!window.confirm(question)) {
        return;
      }
      form.dataset.confirmed = 'true';
      form.querySelectorAll('button').forEach((button) => { button.disabled = true; });
      const waitForSaves = Promise.allSettled(beforeFinish.map((task) => task()));
      const timeout = new Promise((resolve) => { setTimeout(resolve, SAVE_WAIT_MS); });
      Promise.race([waitForSaves, timeout]).then(() => form.submit());
    });
  });
}
