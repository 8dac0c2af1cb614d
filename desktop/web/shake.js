// «Встряхнуть и оплатить»: pay or be paid by shaking two phones together. A phone streams its accelerometer while
// the view says `listening`; the browser has none, so the preview's «shake» button has the server stream the core a
// recorded trace (`wallet_core::payments::shake_traces`) in real time. The toolbar's «Shake the phones together»
// does it on every listening phone at once, within the bank's pairing window.

import { actionButton, el, errorText, fields, spinner, textField } from './widgets.js';

/** A picture for each step of the view. */
const PICTURES = {
  Choosing: '⇄',
  Listening: '≋',
  Searching: '…',
  Matched: '⇆',
  WaitingForPeer: '…',
  Paying: '→',
  AwaitingPayment: '←',
  Done: '✓',
  Ambiguous: '?',
  Expired: '∅',
  Cancelled: '×',
  Failed: '!',
};

/** «Оплатить» and «Получить»: the chosen side is the one that cannot be pressed again. */
function sides(screen, send) {
  if (!screen.as_payer && !screen.as_payee) return null;
  const side = (action) => el('button', {
    type: 'button',
    class: 'segment',
    'aria-pressed': action.enabled ? 'false' : 'true',
    disabled: !action.enabled,
    onclick: () => send(action.event),
  }, action.label);
  return el('div', { class: 'segments shake-sides', role: 'group', 'aria-label': screen.title },
    side(screen.as_payer), side(screen.as_payee));
}

/** The preview's stand-ins for the accelerometer: a real shake, or the phone put down hard (which must not count). */
function previewShake(screen, send) {
  const feed = (trace, label) => el('button', {
    type: 'button',
    class: 'preview-aid-button',
    disabled: !screen.listening,
    onclick: () => send.shake(trace),
  }, label);
  return el('div', { class: 'preview-aid shake-aid' },
    el('p', { class: 'hint' }, 'Preview: the browser has no accelerometer; these stream the core a recorded trace.'),
    el('div', { class: 'shake-aid-buttons' },
      feed('shake', 'Preview: shake this phone'),
      feed('put_down_hard', 'Preview: put it down hard')));
}

export const shakeScreens = {
  Shake(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('div', {
        class: screen.listening ? 'illustration shake-picture listening' : 'illustration shake-picture',
        'data-step': screen.step,
        'aria-hidden': 'true',
      }, PICTURES[screen.step] ?? '•'),
      el('div', { class: screen.offline ? 'body shake-message is-offline' : 'body shake-message', role: 'status' },
        screen.busy ? spinner(screen.message) : null, screen.message),
      sides(screen, send),
      screen.amount ? textField(screen.amount, send, null, (text) => ({ Shake: { EditAmount: { text } } })) : null,
      screen.peer.length ? fields(screen.peer) : null,
      errorText(screen.error),
      screen.listening || screen.step === 'Listening' ? previewShake(screen, send) : null,
      el('div', { class: 'spacer' }),
      actionButton(screen.confirm, send),
      actionButton(screen.again, send, 'secondary wide'),
      actionButton(screen.cancel, send, 'secondary wide'),
      actionButton(screen.done, send),
    ];
  },
};

/** Whether a view is the shake screen listening for a shake (the toolbar shakes only those phones). */
export function isListening(view) {
  return view?.screen?.kind === 'Shake' && view.screen.listening === true;
}
