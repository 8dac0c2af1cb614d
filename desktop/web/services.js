// «Платежи»: the services catalogue (search, categories, a category's providers with their logos' initials) and a
// provider's form (the account by the provider's rule, the provider's word about it — holder and debt —, the amount
// within its limits). The confirmation, the PIN and the result that follow are pay.js's and pin.js's.

import { actionButton, el, errorText, progressLine, textField } from './widgets.js';

const edit = (name) => (text) => ({ Services: { [name]: { text } } });

/** A provider's logo: its initials in a circle (the catalogue has no pictures). */
function logo(initials) {
  return el('span', { class: 'provider-logo', 'aria-hidden': 'true' }, initials);
}

function providerRow(row, send) {
  return el('button', {
    type: 'button',
    class: 'provider-row',
    onclick: () => send(row.open.event),
  }, logo(row.initials), el('span', { class: 'row-main' },
    el('span', { class: 'row-title' }, row.name),
    el('span', { class: 'row-subtitle' }, row.category)));
}

export const servicesScreens = {
  Services(screen, send) {
    return [
      el('h1', {}, screen.title),
      textField(screen.search, send, null, edit('Search')),
      screen.offline ? el('p', { class: 'hint services-offline', role: 'status' }, screen.offline) : null,
      actionButton(screen.retry, send, 'secondary wide'),
      screen.busy ? progressLine(screen.title) : null,
      screen.favourites.length
        ? el('section', { class: 'home-favourites service-favourites', 'aria-label': screen.favourites_title },
          el('h2', {}, screen.favourites_title),
          el('div', { class: 'favourite-chips' },
            screen.favourites.map((favourite) => actionButton(favourite, send, 'secondary favourite-chip'))))
        : null,
      screen.categories.length
        ? el('div', { class: 'service-categories' },
          screen.categories.map((category) => actionButton(category, send, 'secondary service-category')))
        : null,
      screen.category ? el('h2', {}, screen.category) : null,
      el('div', { class: 'rows provider-rows' }, screen.providers.map((row) => providerRow(row, send))),
      screen.empty ? el('p', { class: 'subtitle' }, screen.empty) : null,
    ];
  },

  ServicePay(screen, send) {
    return [
      el('div', { class: 'provider-head' }, logo(screen.initials),
        el('div', {}, el('h1', {}, screen.title), el('p', { class: 'subtitle' }, screen.category))),
      textField(screen.account, send, screen.submit, edit('EditAccount')),
      screen.operator_note ? el('p', { class: 'hint service-operator' }, screen.operator_note) : null,
      screen.busy ? progressLine(screen.account.label) : null,
      screen.holder || screen.debt
        ? el('section', { class: 'service-check', role: 'status' },
          screen.holder ? el('p', { class: 'service-holder' }, screen.holder) : null,
          screen.debt ? el('p', { class: 'service-debt' }, screen.debt) : null)
        : null,
      errorText(screen.check_error),
      actionButton(screen.retry_check, send, 'secondary wide'),
      textField(screen.amount, send, screen.submit, edit('EditAmount')),
      el('p', { class: 'hint' }, screen.limits),
      el('div', { class: 'spacer' }),
      actionButton(screen.submit, send),
    ];
  },
};
