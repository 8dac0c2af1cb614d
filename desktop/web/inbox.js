// The inbox: what the bank told this customer (money in, operations executed or refused, requests paid, the
// identification's outcome), newest first, unread ones marked; home's «Уведомления» with the unread count.

import { actionButton, el, icon, spinner } from './widgets.js';

/** Home's «Уведомления», with a badge while something is unread (`inbox_unread`). */
export function inboxButton(screen, send) {
  const action = screen.inbox;
  if (!action) return null;
  const unread = screen.inbox_unread ?? 0;
  return el('button', {
    type: 'button',
    class: 'inbox-button',
    disabled: !action.enabled,
    'data-unread': String(unread),
    onclick: () => send(action.event),
  },
  icon('bell', 'icon inbox-bell'),
  el('span', { class: 'inbox-label' }, action.label),
  unread > 0
    ? el('span', { class: 'inbox-badge', 'aria-label': screen.inbox_unread_label ?? String(unread) }, String(unread))
    : null);
}

/** One item: {title, text, time, unread, open}; tapping opens what it is about. */
function item(entry, send) {
  return el('li', {},
    el('button', {
      type: 'button',
      class: entry.unread ? 'inbox-item unread' : 'inbox-item',
      'data-unread': entry.unread ? 'true' : 'false',
      disabled: !entry.open,
      onclick: () => send(entry.open),
    },
    el('span', { class: 'inbox-dot', 'aria-hidden': 'true' }),
    el('span', { class: 'inbox-main' },
      el('span', { class: 'inbox-title' }, entry.title),
      el('span', { class: 'inbox-text' }, entry.text)),
    el('span', { class: 'inbox-time' }, entry.time)));
}

export const inboxScreens = {
  Inbox(screen, send) {
    return [
      el('h1', {}, screen.title),
      screen.loading && !screen.items.length ? el('div', { class: 'inbox-loading' }, spinner(screen.title)) : null,
      screen.empty ? el('p', { class: 'subtitle' }, screen.empty) : null,
      el('ul', { class: 'inbox-items' }, screen.items.map((entry) => item(entry, send))),
      actionButton(screen.read_all, send, 'link inbox-read-all'),
    ];
  },
};
