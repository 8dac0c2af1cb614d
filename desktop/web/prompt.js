// The system's fingerprint prompt, simulated. On a phone, reading the biometric unlock key from the keystore shows
// the system's prompt; the preview's server holds that read until this prompt is answered (desktop/src/preview/
// biometric.rs). The prompt is the device's, not the app's: it lies over the whole phone, above the app's own
// screens and questions, and says it is the preview's.

import { el, icon } from './widgets.js';

/**
 * The prompt for `id` over the phone's frame; `answer(approve)` posts the answer. Returns the element (the caller
 * removes it when the server says the prompt went).
 */
export function fingerprintPrompt(answer) {
  const approve = el('button', { type: 'button', class: 'primary', onclick: () => answer(true) }, 'Приложить палец');
  const cancel = el('button', { type: 'button', class: 'secondary', onclick: () => answer(false) }, 'Отмена');
  const prompt = el('div', { class: 'system-prompt-backdrop' },
    el('div', {
      class: 'system-prompt',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': 'Preview: fingerprint',
      onkeydown: (event) => { if (event.key === 'Escape') answer(false); },
    },
    el('h2', {}, 'Preview: fingerprint'),
    el('div', { class: 'system-prompt-finger', 'aria-hidden': 'true' }, icon('fingerprint', 'icon system-prompt-icon')),
    el('p', {}, 'The app asks for a fingerprint to unlock. A phone shows its system prompt here.'),
    el('div', { class: 'dialog-actions' }, cancel, approve)));
  return prompt;
}
