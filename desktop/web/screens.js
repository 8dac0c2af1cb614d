// One function per screen kind of the core's views. A new feature adds its screens here (or in a module of its own,
// merged into `screens` below) and nothing else.

import { dialog } from './dialog.js';
import { inboxButton, inboxScreens } from './inbox.js';
import { kycScreens, screenKind } from './kyc.js';
import { payScreens } from './pay.js';
import { pinScreens } from './pin.js';
import { receiveScreens } from './receive.js';
import { settingsScreens } from './settings.js';
import { shareSheet } from './share.js';
import { shakeScreens } from './shake.js';
import { homeRequests, splitScreens } from './split.js';
import { termsScreens } from './terms.js';
import { favouritesScreens, homeFavourites } from './favourites.js';
import { servicesScreens } from './services.js';
import { topUpScreens } from './topup.js';
import { transferScreens } from './transfer.js';
import {
  actionButton, el, fields, linkRow, notice, operationRows, progressLine, settingRow, textField, topBar,
} from './widgets.js';

const illustrations = {
  intro_qr: '▦',
  intro_offline: '⇅',
  intro_split: '✂',
};

/** «Обновлено в 14:03», or offline in a warning colour. */
function syncStatus(screen) {
  if (!screen.sync_status) return null;
  return el('p', { class: screen.offline ? 'sync-status is-offline' : 'sync-status', role: 'status' }, screen.sync_status);
}

/** The phone number and the SMS code screens: a title, one field, what is happening while busy, «Войти». */
function signInForm(screen, send) {
  return [
    el('h1', {}, screen.title),
    el('p', { class: 'subtitle' }, screen.subtitle),
    textField(screen.field, send, screen.submit),
    progressLine(screen.progress),
    el('div', { class: 'spacer' }),
    actionButton(screen.submit, send),
  ];
}

/**
 * The SMS code: the form, how long the code lives, and «Отправить код повторно» once its countdown ends. The core
 * checks the code as soon as its last digit is typed; «Войти» stays for a code pasted whole.
 */
function codeForm(screen, send) {
  return [
    el('h1', {}, screen.title),
    el('p', { class: 'subtitle' }, screen.subtitle),
    textField(screen.field, send, screen.submit),
    progressLine(screen.progress),
    el('p', { class: 'hint lifetime' }, screen.lifetime),
    el('div', { class: 'spacer' }),
    actionButton(screen.submit, send),
    el('div', { class: 'resend' },
      screen.resend_hint ? el('p', { class: 'hint', role: 'timer' }, screen.resend_hint) : null,
      actionButton(screen.resend, send, 'link')),
  ];
}

/**
 * «Получить по QR», «Перевод по номеру телефона», «Встряхнуть и оплатить», «Разделить чек» under «Оплатить по QR», when
 * offered.
 */
function payActions(screen, send) {
  const actions = [screen.services, screen.receive, screen.transfer, screen.shake, screen.split].filter(Boolean);
  if (!actions.length) return null;
  return el('div', { class: 'home-pay-actions' }, actions.map((action) => actionButton(action, send, 'secondary')));
}

const screens = {
  ...termsScreens,
  ...pinScreens,
  ...settingsScreens,
  ...kycScreens,
  ...payScreens,
  ...receiveScreens,
  ...transferScreens,
  ...topUpScreens,
  ...servicesScreens,
  ...favouritesScreens,
  ...shakeScreens,
  ...splitScreens,
  ...inboxScreens,

  Language(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.subtitle),
      el('div', { class: 'options', role: 'radiogroup', 'aria-label': screen.title },
        screen.options.map((option) => el('button', {
          type: 'button',
          role: 'radio',
          class: 'option',
          lang: option.language,
          'aria-checked': option.selected ? 'true' : 'false',
          onclick: () => send(option.select),
        }, option.label))),
      el('div', { class: 'spacer' }),
      actionButton(screen.confirm, send),
    ];
  },

  Intro(screen, send) {
    const dots = [];
    for (let index = 0; index < screen.page_count; index += 1) {
      dots.push(el('button', {
        type: 'button',
        class: index === screen.page ? 'dot current' : 'dot',
        'aria-label': `${index + 1}`,
        'aria-current': index === screen.page ? 'step' : false,
        onclick: () => send({ Intro: { ShowPage: { index } } }),
      }));
    }
    return [
      el('div', { class: 'illustration', 'aria-hidden': 'true' }, illustrations[screen.illustration] ?? '•'),
      el('h1', {}, screen.title),
      el('p', { class: 'body' }, screen.body),
      el('div', { class: 'spacer' }),
      el('div', { class: 'dots', role: 'group', 'aria-label': screen.page_indicator }, dots),
      actionButton(screen.primary, send),
    ];
  },

  Phone: signInForm,
  Code: codeForm,

  Home(screen, send) {
    const balance = screen.balance
      ? el('section', { class: 'balance-card', 'aria-label': screen.balance.label },
        el('span', { class: 'balance-label' }, screen.balance.label),
        el('span', { class: 'balance-amount' }, screen.balance.amount),
        screen.balance.available ? el('span', { class: 'balance-available' }, screen.balance.available) : null)
      : null;
    return [
      el('div', { class: 'home-head' }, el('h1', {}, screen.title), inboxButton(screen, send)),
      el('p', { class: 'subtitle' }, screen.welcome),
      balance,
      // Where a new user looks first: right under the balance.
      actionButton(screen.top_up, send, 'secondary wide home-top-up'),
      actionButton(screen.pay_qr, send, 'primary pay-qr'),
      payActions(screen, send),
      homeFavourites(screen, send),
      syncStatus(screen),
      screen.waiting ? el('p', { class: 'waiting' }, screen.waiting) : null,
      // What others ask me to pay waits for me: above the operations.
      homeRequests(screen.requests_title, screen.requests, send),
      screen.recent_title ? el('h2', {}, screen.recent_title) : null,
      el('div', { class: 'rows' }, operationRows(screen.recent, send)),
      el('div', { class: 'home-actions' },
        actionButton(screen.all_history, send, 'secondary'),
        actionButton(screen.refresh, send, 'secondary')),
      el('div', { class: 'setting-rows' },
        screen.identification ? settingRow(screen.identification, send) : null,
        settingRow(screen.language, send),
        linkRow(screen.settings, send)),
      el('div', { class: 'spacer' }),
      actionButton(screen.sign_in, send),
    ];
  },

  // The screen scrolls as one (its list is not a box of its own), «Показать ещё» a plain button under the list.
  History(screen, send) {
    return [
      el('h1', {}, screen.title),
      syncStatus(screen),
      screen.resync ? actionButton(screen.resync, send, 'secondary wide') : null,
      screen.empty ? el('p', { class: 'subtitle' }, screen.empty) : null,
      el('div', { class: 'rows history-rows' }, operationRows(screen.rows, send)),
      actionButton(screen.load_more, send, 'secondary wide history-more'),
    ];
  },

  Operation(screen, send) {
    if (screen.damaged) return [el('h1', {}, screen.title), el('p', { class: 'field-error' }, screen.damaged)];
    return [
      el('h1', {}, screen.title),
      el('p', { class: `operation-amount ${screen.direction.toLowerCase()}` }, screen.amount),
      el('p', { class: 'subtitle' }, screen.counterparty),
      fields(screen.fields),
      screen.receipt
        ? el('section', { class: `receipt receipt-${screen.receipt.state.toLowerCase()}`, role: 'note' },
          el('p', {}, screen.receipt.text), fields(screen.receipt.fields))
        : null,
      el('div', { class: 'operation-actions' },
        actionButton(screen.share, send, 'secondary operation-share'),
        actionButton(screen.repeat, send, 'secondary operation-repeat')),
      actionButton(screen.save_favourite, send, 'secondary wide operation-favourite'),
      actionButton(screen.split, send, 'secondary wide operation-split'),
      el('div', { class: 'spacer' }),
      // It asks first (the view's dialog names the amount); never the screen's main, filled button.
      actionButton(screen.cancel, send, 'secondary wide destructive'),
    ];
  },
};

/** The whole phone screen for a view. */
export function drawApp(view, send) {
  const kind = screenKind(view.screen);
  const draw = screens[kind];
  const content = draw
    ? draw(view.screen, send, view)
    : [el('p', { class: 'missing' }, `The preview cannot draw the screen "${kind}" yet.`)];
  const busy = isBusy(view);
  const page = [
    topBar(view.back, send),
    notice(view, send),
    el('section', { class: 'content', 'data-screen': kind, 'aria-busy': busy ? 'true' : false }, content),
  ].filter(Boolean);
  // A question comes first, then the share sheet: what is under them cannot be reached until they are closed.
  const over = view.dialog ? dialog(view.dialog, send) : (view.share ? shareSheet(view.share, send) : null);
  if (!over) return page;
  page.forEach((part) => part.setAttribute('inert', ''));
  return [...page, over];
}

/** Whether the view says something is on its way (a progress bar shows). */
export function isBusy(view) {
  return Boolean(view.screen.busy || view.screen.loading || view.screen.checking);
}
