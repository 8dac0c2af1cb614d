// «Пополнить»: the ways in (a saved card, another bank's card, the receive code) and the account's details to copy
// and share; the card form (the number with its scheme as typed, expiry, CVV, name, amount, the bank's fee); the card
// issuer's 3-D Secure code; the result. The card's number and CVV go to the core as typed and are never kept here.

import { copyText } from './receive.js';
import { actionButton, el, errorText, fields, icon, progressLine, switchRow, textField } from './widgets.js';

const edit = (name) => (text) => ({ TopUp: { [name]: { text } } });

/** Each detail with «Скопировать»; what was copied is said under the list. */
function details(screen) {
  const status = el('p', { class: 'hint topup-copy-status', role: 'status' });
  return el('section', { class: 'topup-details', 'aria-label': screen.details_title },
    el('h2', {}, screen.details_title),
    el('dl', { class: 'fields' }, screen.details.map((row) => [
      el('dt', {}, row.label),
      el('dd', {},
        el('span', { class: 'topup-detail-value' }, row.value),
        el('button', {
          type: 'button',
          class: 'link topup-copy',
          'aria-label': `${screen.copy_label}: ${row.label}`,
          onclick: async () => {
            await copyText(row.value, status);
            status.textContent = screen.copied;
          },
        }, screen.copy_label)),
    ])),
    status);
}

export const topUpScreens = {
  TopUp(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('h2', {}, screen.cards_title),
      el('div', { class: 'topup-ways' },
        screen.saved_cards.map((card) => actionButton(card, send, 'secondary wide topup-saved-card')),
        actionButton(screen.new_card, send, 'primary wide topup-new-card'),
        actionButton(screen.receive, send, 'secondary wide topup-receive')),
      screen.details.length ? details(screen) : null,
      screen.busy ? progressLine(screen.details_status) : errorText(screen.details_status),
      actionButton(screen.retry, send, 'secondary wide'),
      actionButton(screen.share, send, 'secondary wide topup-share'),
    ];
  },

  CardTopUp(screen, send) {
    const number = screen.number ? textField(screen.number, send, screen.submit, edit('EditNumber')) : null;
    if (number && screen.scheme) {
      number.querySelector('label').append(' ', el('span', { class: 'topup-scheme', 'data-scheme': screen.scheme }, screen.scheme));
    }
    const cvv = screen.cvv ? textField(screen.cvv, send, screen.submit, edit('EditCvv')) : null;
    if (cvv) {
      const input = cvv.querySelector('input');
      input.type = 'password';
      input.setAttribute('maxlength', '3');
    }
    return [
      el('h1', {}, screen.title),
      screen.card ? el('p', { class: 'topup-card' }, screen.card) : null,
      number,
      screen.expiry || cvv
        ? el('div', { class: 'topup-expiry-cvv' },
          screen.expiry ? textField(screen.expiry, send, screen.submit, edit('EditExpiry')) : null, cvv)
        : null,
      screen.holder ? textField(screen.holder, send, screen.submit, edit('EditHolder')) : null,
      screen.save ? switchRow({ label: screen.save.label, on: screen.save_on, toggle: screen.save.event }, send) : null,
      textField(screen.amount, send, screen.submit, edit('EditAmount')),
      screen.fee ? el('p', { class: 'topup-fee' }, screen.fee) : null,
      screen.total ? el('p', { class: 'topup-total' }, screen.total) : null,
      errorText(screen.quote_error),
      actionButton(screen.retry_quote, send, 'secondary wide'),
      el('p', { class: 'hint topup-note' }, screen.note),
      errorText(screen.error),
      el('div', { class: 'spacer' }),
      actionButton(screen.submit, send),
    ];
  },

  CardChallenge(screen, send) {
    const field = textField(screen.field, send, screen.submit, edit('EditCode'));
    field.querySelector('input').setAttribute('maxlength', String(screen.code_length));
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'transfer-compare', role: 'note' }, screen.explain),
      field,
      el('p', { class: 'hint' }, screen.expires),
      errorText(screen.error),
      el('div', { class: 'spacer' }),
      actionButton(screen.submit, send),
    ];
  },

  TopUpResult(screen, send) {
    const mark = screen.success ? 'Done' : 'Refused';
    return [
      el('div', { class: `result-mark mark-${mark.toLowerCase()}`, 'data-mark': mark },
        icon(screen.success ? 'check' : 'cross', 'icon result-icon')),
      el('h1', { class: 'centered result-headline' }, screen.headline),
      screen.reason ? el('p', { class: 'result-message' }, screen.reason) : null,
      fields(screen.rows),
      el('div', { class: 'spacer' }),
      actionButton(screen.done, send, 'primary result-done'),
      el('div', { class: 'result-actions' },
        actionButton(screen.receipt, send, 'secondary result-receipt'),
        actionButton(screen.again, send, 'secondary result-again')),
    ];
  },
};
