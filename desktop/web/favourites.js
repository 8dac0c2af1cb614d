// «Избранное» and regular payments: the list (each favourite with its rule, the last refusal, «Оплатить»,
// «Изменить», «Регулярный платёж»), a favourite's form (name and amount; saved from a past payment's «В избранное»),
// and a regular payment's form (monthly on a day, weekly, on each bill; paused). Home's favourites are in screens.js.

import { actionButton, choiceRow, el, errorText, progressLine, switchRow, textField } from './widgets.js';

const edit = (name) => (text) => ({ Favourites: { [name]: { text } } });

/** Home's favourites: each paid with the amount and the PIN, and the way to all of them. */
export function homeFavourites(screen, send) {
  if (!screen.favourites?.length) return actionButton(screen.all_favourites, send, 'link home-all-favourites');
  return el('section', { class: 'home-favourites', 'aria-label': screen.favourites_title },
    el('h2', {}, screen.favourites_title),
    el('div', { class: 'favourite-chips' },
      screen.favourites.map((favourite) => actionButton(favourite, send, 'secondary favourite-chip'))),
    actionButton(screen.all_favourites, send, 'link home-all-favourites'));
}

function favouriteRow(row, send) {
  return el('article', { class: 'favourite-row' },
    el('div', { class: 'favourite-head' },
      el('span', { class: 'row-main' },
        el('span', { class: 'row-title' }, row.name),
        el('span', { class: 'row-subtitle' }, row.payee)),
      el('span', { class: 'favourite-amount' }, row.amount)),
    row.rule ? el('p', { class: 'favourite-rule' }, row.rule) : null,
    row.rule_problem ? el('p', { class: 'favourite-problem', role: 'note' }, row.rule_problem) : null,
    el('div', { class: 'favourite-actions' },
      actionButton(row.pay, send, 'primary favourite-pay'),
      actionButton(row.edit, send, 'secondary favourite-edit'),
      actionButton(row.schedule, send, 'secondary favourite-schedule')));
}

export const favouritesScreens = {
  Favourites(screen, send) {
    return [
      el('h1', {}, screen.title),
      screen.offline ? el('p', { class: 'hint favourites-offline', role: 'status' }, screen.offline) : null,
      actionButton(screen.retry, send, 'secondary wide'),
      screen.busy ? progressLine(screen.title) : null,
      el('div', { class: 'favourite-rows' }, screen.rows.map((row) => favouriteRow(row, send))),
      screen.empty ? el('p', { class: 'subtitle' }, screen.empty) : null,
    ];
  },

  FavouriteEdit(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.payee),
      textField(screen.name, send, screen.submit, edit('EditName')),
      textField(screen.amount, send, screen.submit, edit('EditAmount')),
      errorText(screen.error),
      el('div', { class: 'spacer' }),
      actionButton(screen.submit, send),
      actionButton(screen.delete, send, 'secondary wide destructive'),
    ];
  },

  RegularEdit(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.favourite),
      choiceRow(screen.kind, send),
      screen.day ? textField(screen.day, send, screen.submit, edit('EditDay')) : null,
      screen.day_note ? el('p', { class: 'hint' }, screen.day_note) : null,
      screen.weekday ? choiceRow(screen.weekday, send) : null,
      screen.bill_note ? el('p', { class: 'hint' }, screen.bill_note) : null,
      screen.pause ? switchRow(screen.pause, send) : null,
      el('p', { class: 'hint regular-note' }, screen.note),
      errorText(screen.error),
      el('div', { class: 'spacer' }),
      actionButton(screen.submit, send),
      actionButton(screen.delete, send, 'secondary wide destructive'),
    ];
  },
};
