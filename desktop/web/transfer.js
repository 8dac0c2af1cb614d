// «Перевод по номеру телефона»: the number, who it reaches (as the bank names them), amount and comment; and, for a
// transfer to another bank, the SMS code with what the SMS must say beside it. The confirmation with the fee and the
// PIN that follow are pay.js's `PayConfirm` and pin.js's `Pin`.

import { DEMO_CONTACTS } from './split.js';
import { actionButton, el, errorText, spinner, textField } from './widgets.js';

const edit = (name) => (text) => ({ Transfer: { [name]: { text } } });

/**
 * «Выбрать из контактов»: a phone opens the system's contact picker; the browser has no address book, so the preview
 * lists its demo contacts. The number picked is typed into the field as the user would (`EditPhone`).
 */
function contactPicker(screen, send) {
  return el('details', { class: 'transfer-contacts' },
    el('summary', {}, screen.pick_contact),
    el('ul', {}, DEMO_CONTACTS.map((contact) => el('li', {},
      el('button', {
        type: 'button',
        class: 'link',
        disabled: screen.busy,
        onclick: () => send(edit('EditPhone')(contact.phone)),
      }, `${contact.name} · ${contact.phone}`)))));
}

/** Who the number reaches, or why nobody, with «Повторить» when the bank was out of reach. */
function recipient(screen, send) {
  return el('section', { class: 'transfer-recipient', role: 'status' },
    screen.busy ? spinner(screen.phone.label) : null,
    screen.recipient ? el('p', { class: 'transfer-name' }, screen.recipient) : null,
    screen.recipient_bank ? el('p', { class: 'hint' }, screen.recipient_bank) : null,
    screen.interbank_note ? el('p', { class: 'transfer-note' }, screen.interbank_note) : null,
    errorText(screen.recipient_error),
    actionButton(screen.retry, send, 'secondary wide'));
}

export const transferScreens = {
  Transfer(screen, send) {
    return [
      el('h1', {}, screen.title),
      textField(screen.phone, send, screen.submit, edit('EditPhone')),
      contactPicker(screen, send),
      recipient(screen, send),
      textField(screen.amount, send, screen.submit, edit('EditAmount')),
      textField(screen.comment, send, screen.submit, edit('EditComment')),
      el('div', { class: 'spacer' }),
      actionButton(screen.submit, send),
    ];
  },

  TransferCode(screen, send) {
    const field = textField(screen.field, send, screen.submit, edit('EditCode'));
    field.querySelector('input').setAttribute('maxlength', String(screen.code_length));
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'transfer-compare', role: 'note' }, screen.compare),
      el('div', { class: 'subtitle transfer-status', role: 'status' }, screen.busy ? spinner(screen.status) : null, screen.status),
      field,
      errorText(screen.error),
      el('div', { class: 'spacer' }),
      actionButton(screen.submit, send),
      el('div', { class: 'resend' }, actionButton(screen.resend, send, 'link')),
    ];
  },
};
