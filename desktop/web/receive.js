// «Получить по QR»: the customer's own code, drawn from the view's module matrix on a canvas (with the quiet zone
// every reader needs), «Поделиться» (the share text to the clipboard, as the preview's share sheet), «Скопировать
// ссылку» (the link itself, never printed: hundreds of characters no one reads), and the optional amount and comment
// that make it a code for one payment. When money comes in, the code gives way to «Получено … от …».

import { actionButton, el, errorText, fields, icon } from './widgets.js';

/** Light modules around the code, as `qr_image::QUIET_ZONE` says every reader needs. */
const QUIET_ZONE = 4;
/** The canvas's side at most, in CSS pixels. */
const SIDE_PX = 232;

/** The code: `qr.modules` (row-major, `size` × `size`, true = dark) on white, each module a whole number of pixels. */
export function qrCanvas(qr, label) {
  const total = qr.size + 2 * QUIET_ZONE;
  const scale = Math.max(1, Math.floor(SIDE_PX / total));
  const canvas = el('canvas', {
    class: 'qr-canvas',
    width: total * scale,
    height: total * scale,
    role: 'img',
    'aria-label': label,
    'data-size': qr.size,
  });
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000000';
  qr.modules.forEach((dark, index) => {
    if (!dark) return;
    const x = (index % qr.size) + QUIET_ZONE;
    const y = Math.floor(index / qr.size) + QUIET_ZONE;
    g.fillRect(x * scale, y * scale, scale, scale);
  });
  return canvas;
}

/** A text to the clipboard (a phone opens its share sheet, or copies); says so under the buttons. */
export async function copyText(text, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Preview: copied to the clipboard.';
  } catch (error) {
    status.textContent = `Preview: the browser did not copy it (${error.message}).`;
  }
}

/** The account to receive into (a choice when there are several) and the name the payer sees. */
function accountRows(screen, send) {
  const many = screen.accounts.length > 1;
  const rows = [{ label: screen.name_label, value: screen.name }];
  if (screen.account && !many) rows.unshift({ label: screen.account_label, value: screen.account });
  return [
    many ? el('div', { class: 'choice-row receive-accounts' },
      el('span', { class: 'choice-label' }, screen.account_label),
      el('div', { class: 'segments', role: 'radiogroup', 'aria-label': screen.account_label },
        screen.accounts.map((account) => el('button', {
          type: 'button',
          role: 'radio',
          class: 'segment',
          'aria-checked': account.selected ? 'true' : 'false',
          onclick: () => send(account.choose),
        }, account.label)))) : null,
    fields(rows),
  ];
}

/** A field of the form: typing sends `edit(text)`; the field is kept while typed in (see app.js). */
function formField({ id, label, value, hint, error, inputmode, edit, send }) {
  const input = el('input', {
    id,
    'data-field': id,
    inputmode,
    autocomplete: 'off',
    'aria-invalid': error ? 'true' : false,
    'aria-describedby': error ? `${id}-error` : false,
    oninput: (event) => send(edit(event.target.value)),
  });
  input.value = value;
  return el('div', { class: 'field receive-field' },
    el('label', { for: id }, label),
    input,
    hint ? el('p', { class: 'hint' }, hint) : null,
    error ? el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }, error) : null);
}

/** The code, its hint, «Поделиться» and «Скопировать ссылку» (the link goes to the clipboard, never on screen). */
function codeCard(screen) {
  if (!screen.qr) return null;
  const status = el('p', { class: 'hint receive-shared', role: 'status' });
  return el('section', { class: 'receive-code', 'aria-label': screen.title },
    qrCanvas(screen.qr, screen.hint ?? screen.title),
    screen.hint ? el('p', { class: 'receive-hint' }, screen.hint) : null,
    el('div', { class: 'receive-buttons' },
      el('button', {
        type: 'button',
        class: 'secondary',
        disabled: !screen.share_text,
        onclick: () => copyText(screen.share_text, status),
      }, screen.share_label),
      el('button', {
        type: 'button',
        class: 'secondary receive-copy-link',
        disabled: !screen.link,
        onclick: () => copyText(screen.link, status),
      }, screen.copy_link_label)),
    status);
}

/** Money came in: a big success in place of the code, with «Получить ещё». */
function received(screen, send) {
  return [
    el('h1', {}, screen.title),
    el('section', { class: 'receive-received', role: 'status' },
      el('div', { class: 'result-mark mark-done', 'data-mark': 'Done' }, icon('check', 'icon result-icon')),
      el('p', { class: 'receive-received-text' }, screen.received)),
    el('div', { class: 'spacer' }),
    actionButton(screen.again, send),
  ];
}

export const receiveScreens = {
  Receive(screen, send) {
    if (screen.received) return received(screen, send);
    return [
      el('h1', {}, screen.title),
      accountRows(screen, send),
      codeCard(screen),
      errorText(screen.error),
      formField({
        id: 'receive-amount',
        label: screen.amount_label,
        value: screen.amount,
        error: screen.amount_error,
        inputmode: 'decimal',
        edit: (text) => ({ Receive: { EditAmount: { text } } }),
        send,
      }),
      formField({
        id: 'receive-comment',
        label: screen.comment_label,
        value: screen.comment,
        hint: screen.comment_hint,
        error: screen.comment_error,
        edit: (text) => ({ Receive: { EditComment: { text } } }),
        send,
      }),
      actionButton(screen.clear, send, 'link receive-clear'),
    ];
  },
};
