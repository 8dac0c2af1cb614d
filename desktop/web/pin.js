// The PIN screens (create, repeat, current, lock screen) and the offer of biometric unlock.

import { actionButton, el, errorText, fields, progressLine } from './widgets.js';

/**
 * The dots: `length` of them, the first `entered` filled. While the PIN is checked or saved (`busy`) they stay
 * filled: the PIN was typed, whatever the count the core keeps.
 */
function dots(screen) {
  const filled = screen.busy ? screen.length : screen.entered;
  const list = [];
  for (let index = 0; index < screen.length; index += 1) {
    list.push(el('span', { class: index < filled ? 'pin-dot filled' : 'pin-dot' }));
  }
  // Read as one line («Введено цифр: 2 из 4»), not as four shapes.
  return el('div', {
    class: 'pin-dots',
    'data-length': screen.length,
    'data-entered': screen.entered,
    role: 'img',
    'aria-label': screen.entered_label,
  }, list);
}

/** What the PIN confirms (a payment: recipient, amount, fee, total), above the dots. */
function summary(screen) {
  return screen.summary?.length ? el('div', { class: 'pin-summary' }, fields(screen.summary)) : null;
}

/** The pad: the view's keys (1–9, then 0) on three columns, with «erase» right of 0. */
function pad(screen, send) {
  const key = (item) => el('button', {
    type: 'button',
    class: 'pin-key',
    disabled: !screen.keys_enabled,
    onclick: () => send(item.event),
  }, item.label);
  const digits = screen.keys.slice(0, -1).map(key);
  const last = screen.keys.at(-1);
  return el('div', { class: 'pin-pad', role: 'group', 'aria-label': screen.title },
    digits,
    el('span', { class: 'pin-key-gap' }),
    last ? key(last) : null,
    actionButton(screen.erase, send, 'pin-key erase'));
}

export const pinScreens = {
  Pin(screen, send) {
    return [
      el('h1', { class: 'centered' }, screen.title),
      el('p', { class: 'subtitle centered' }, screen.subtitle),
      summary(screen),
      dots(screen),
      el('div', { class: 'pin-message' },
        screen.busy ? progressLine(screen.progress, 'pin-progress') : null,
        errorText(screen.error)),
      el('div', { class: 'spacer' }),
      pad(screen, send),
      el('div', { class: 'pin-links' },
        actionButton(screen.biometrics, send, 'link'),
        actionButton(screen.forgot, send, 'link')),
    ];
  },

  Biometrics(screen, send) {
    return [
      el('div', { class: 'illustration', 'aria-hidden': 'true' }, '☝'),
      el('h1', {}, screen.title),
      el('p', { class: 'body' }, screen.body),
      errorText(screen.error),
      el('div', { class: 'spacer' }),
      actionButton(screen.enable, send),
      actionButton(screen.skip, send, 'secondary wide'),
    ];
  },
};
