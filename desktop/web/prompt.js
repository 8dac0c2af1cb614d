// The system's fingerprint prompt, simulated. On a phone, reading the biometric unlock key from the keystore shows
// the system's prompt; the preview's server holds that read until this prompt is answered (desktop/src/preview/
// biometric.rs). The prompt is the device's, not the app's: it lies over the whole phone, above the app's own
// screens and questions. Its title, subtitle and the button back to the PIN are the core's (`view.system`), as a
// phone's BiometricPrompt or Face ID shows them; the finger is the preview's own button.

import { el, icon } from './widgets.js';

/** The preview's stand-in for touching the sensor. */
const TOUCH = 'Приложить палец';

/**
 * The prompt for `id` over the phone's frame, with the texts of the view on screen (`system`: biometric_title,
 * biometric_subtitle, biometric_cancel); `answer(approve)` posts the answer. Returns the element (the caller removes
 * it when the server says the prompt went).
 */
export function fingerprintPrompt(system, answer) {
  const approve = el('button', { type: 'button', class: 'primary', onclick: () => answer(true) }, TOUCH);
  const cancel = el('button', { type: 'button', class: 'secondary', onclick: () => answer(false) },
    system.biometric_cancel);
  const prompt = el('div', { class: 'system-prompt-backdrop' },
    el('div', {
      class: 'system-prompt',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': system.biometric_title,
      'data-preview': 'fingerprint',
      onkeydown: (event) => { if (event.key === 'Escape') answer(false); },
    },
    el('h2', {}, system.biometric_title),
    el('div', { class: 'system-prompt-finger', 'aria-hidden': 'true' }, icon('fingerprint', 'icon system-prompt-icon')),
    el('p', {}, system.biometric_subtitle),
    el('div', { class: 'dialog-actions' }, cancel, approve)));
  return prompt;
}
