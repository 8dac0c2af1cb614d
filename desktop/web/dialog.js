// The question the view asks before anything else (sign out, «Забыли PIN-код?»): a modal over the phone's screen.

import { actionButton, el } from './widgets.js';

/** {title, text, confirm, cancel, destructive}: the confirmation is drawn as dangerous when it loses something. */
export function dialog(question, send) {
  return el('div', { class: 'dialog-backdrop' },
    el('div', {
      class: 'dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-label': question.title,
      onkeydown: (event) => { if (event.key === 'Escape' && question.cancel.enabled) send(question.cancel.event); },
    },
    el('h2', {}, question.title),
    el('p', {}, question.text),
    el('div', { class: 'dialog-actions' },
      actionButton(question.cancel, send, 'secondary'),
      actionButton(question.confirm, send, question.destructive ? 'danger' : 'primary'))));
}
