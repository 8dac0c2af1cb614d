// «Разделить чек»: the bills and the requests made to me, the bill being made (people, the way of splitting, the
// shares the core works out at every keystroke, each extra tyiyn explained), and a bill being collected (who has
// paid, the link to share with someone without the wallet, «Напомнить», «Отменить чек»). Every text, amount and rule
// comes from the view; the fields send their edit on each input, and app.js keeps the field being typed in.
//
// A browser has no address book: while the view says the contacts were not read, the editor offers the sandbox's
// demo people as the contacts a phone would pass (`Split.ContactsRead`), as a phone does once the user allows it.

import { actionButton, checkbox, el, errorText, spinner } from './widgets.js';

const split = (event) => ({ Split: event });

/**
 * The preview's stand-in for the phone's address book: the sandbox's customers (who have the wallet), other banks'
 * customers from its directory (who do not), and two numbers no bank knows. The core drops the signed-in number.
 */
export const DEMO_CONTACTS = [
  { name: 'Айгуль Асанова', phone: '+996555123456' },
  { name: 'Бакыт Токтогулов', phone: '+996700654321' },
  { name: 'Чынара Мамбетова', phone: '+996777000111' },
  { name: 'Кирилл Бакиров', phone: '+996700111222' },
  { name: 'Нурлан Осмонов', phone: '+996555888999' },
  { name: 'Мама', phone: '0770 000 001' },
  { name: 'Азамат', phone: '0550 123 123' },
];

/** The preview's button that "allows" the contacts (a phone asks the system, then reads the book). */
const ALLOW_CONTACTS = 'Разрешить доступ к контактам (демо)';


// ---------------------------------------------------------------------------------------------------------------
// Small parts

/**
 * A field of a form: typing sends `edit(text)` on every input; `field` (unique on the screen) is how app.js finds it
 * in the next view to keep it, its caret and its focus, while it is typed in.
 */
function input({ field, label, unseen, value, hint, error, inputmode, placeholder, edit, send, disabled, className }) {
  const id = `split-${field}`;
  const box = el('input', {
    id,
    'data-field': id,
    inputmode,
    placeholder,
    autocomplete: 'off',
    disabled,
    'aria-invalid': error ? 'true' : false,
    'aria-describedby': error ? `${id}-error` : false,
    oninput: (event) => send(edit(event.target.value)),
  });
  box.value = value ?? '';
  return el('div', { class: `field split-field ${className ?? ''}`.trim() },
    el('label', { for: id }, label, unseen ? el('span', { class: 'visually-hidden' }, ` ${unseen}`) : null),
    box,
    hint ? el('p', { class: 'hint' }, hint) : null,
    error ? el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }, error) : null);
}

/** The text to the clipboard (a phone opens its share sheet); says so under the button. */
async function copy(text, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Preview: copied to the clipboard.';
  } catch (error) {
    status.textContent = `Preview: the browser did not copy it (${error.message}).`;
  }
}

/** A request someone made to me: «Айгуль А. просит 366,67 сом», its comment, the reminders, «Оплатить». */
export function incomingRow(row, send) {
  return el('article', { class: 'split-request', 'aria-label': row.text },
    el('div', { class: 'split-request-main' },
      el('p', { class: 'split-request-text' }, row.text),
      row.comment ? el('p', { class: 'split-request-comment' }, row.comment) : null,
      row.reminded ? el('p', { class: 'split-request-reminded' }, row.reminded) : null),
    actionButton(row.pay, send, 'primary split-request-pay'));
}

/** Home's requests made to me, above the operations: they wait for the user. */
export function homeRequests(title, requests, send) {
  if (!requests?.length) return null;
  return el('section', { class: 'split-requests home-requests', 'aria-label': title },
    title ? el('h2', {}, title) : null,
    requests.map((row) => incomingRow(row, send)));
}

// ---------------------------------------------------------------------------------------------------------------
// The bills

/** A bill of mine: its name, total and how collecting goes; opens it. */
function billRow(row, send) {
  return el('button', {
    type: 'button',
    class: row.settled ? 'split-bill-row settled' : 'split-bill-row',
    disabled: !row.open.enabled,
    'aria-label': `${row.title}, ${row.total}, ${row.status}`,
    onclick: () => send(row.open.event),
  },
  el('span', { class: 'row-main' },
    el('span', { class: 'row-title' }, row.title),
    el('span', { class: 'row-subtitle' }, row.status)),
  el('span', { class: 'row-side' }, el('span', { class: 'row-amount' }, row.total)));
}

// ---------------------------------------------------------------------------------------------------------------
// The bill being made

/** A choice of one, as segmented buttons: how to split, who paid. */
function segments(choices, screen, send, className, title) {
  return el('div', { class: `segments ${className}`, role: 'radiogroup', 'aria-label': title },
    choices.map((mode) => el('button', {
      type: 'button',
      role: 'radio',
      class: 'segment',
      'aria-checked': mode.selected ? 'true' : 'false',
      disabled: screen.busy,
      onclick: () => send(mode.choose),
    }, mode.label)));
}

/** A person: name, number and how the request reaches them; their value when the mode asks one; share; remove. */
function personRow(person, screen, send) {
  return el('li', { class: 'split-person', 'data-person': person.index },
    el('div', { class: 'split-person-head' },
      el('span', { class: 'split-person-who' },
        el('span', { class: 'split-person-name' }, person.name),
        person.phone && person.phone !== person.name ? el('span', { class: 'split-person-phone' }, person.phone) : null,
        person.delivery ? el('span', { class: 'split-person-delivery' }, person.delivery) : null),
      person.share ? el('span', { class: 'split-share' }, person.share) : null),
    person.value_label ? input({
      field: `value-${person.index}`,
      label: person.value_label,
      unseen: `— ${person.name}`,
      value: person.value,
      inputmode: 'decimal',
      edit: (text) => split({ EditValue: { person: person.index, text } }),
      send,
      disabled: screen.busy,
      className: 'split-value',
    }) : null,
    person.rounding ? el('p', { class: 'split-rounding' }, person.rounding) : null,
    actionButton(person.remove, send, 'link split-remove'));
}

/** An item: its name and price, who shared it, remove. */
function itemRow(item, screen, send) {
  return el('li', { class: 'split-item', 'data-item': item.index },
    el('div', { class: 'split-item-fields' },
      input({
        field: `item-name-${item.index}`,
        label: `${item.index + 1}. ${screen.item_name_label}`,
        unseen: screen.items_title,
        value: item.name,
        edit: (text) => split({ EditItemName: { item: item.index, text } }),
        send,
        disabled: screen.busy,
      }),
      input({
        field: `item-price-${item.index}`,
        label: screen.item_price_label,
        value: item.price,
        inputmode: 'decimal',
        placeholder: '0,00',
        edit: (text) => split({ EditItemPrice: { item: item.index, text } }),
        send,
        disabled: screen.busy,
        className: 'split-price',
      })),
    el('div', { class: 'split-item-people', role: 'group', 'aria-label': item.name || `${item.index + 1}` },
      item.people.map((toggle) => checkbox(toggle.label, toggle.on, toggle.flip, send, { disabled: screen.busy }))),
    actionButton(item.remove, send, 'link split-remove'));
}

/** Someone typed by name and (optionally) number, and «Добавить». */
function newPerson(screen, send) {
  return el('section', { class: 'split-new-person' },
    input({
      field: 'new-name',
      label: screen.new_name_label,
      value: screen.new_name,
      edit: (text) => split({ EditNewName: { text } }),
      send,
      disabled: screen.busy,
    }),
    input({
      field: 'new-phone',
      label: screen.new_phone_label,
      value: screen.new_phone,
      inputmode: 'tel',
      edit: (text) => split({ EditNewPhone: { text } }),
      send,
      disabled: screen.busy,
    }),
    errorText(screen.new_problem),
    actionButton(screen.add_person, send, 'secondary wide split-add-person'));
}

/** The contacts: who has the wallet (the badge), «Добавить»; the status of the check; the demo book. */
function contacts(screen, send) {
  const checking = screen.contacts_status && !screen.refresh_contacts && screen.contacts.length > 0;
  return el('section', { class: 'split-contacts', 'aria-label': screen.contacts_title },
    el('h2', {}, screen.contacts_title),
    screen.contacts_status
      ? el('p', { class: 'hint split-contacts-status', role: 'status' },
        checking ? spinner(screen.contacts_status) : null, screen.contacts_status)
      : null,
    screen.contacts_wanted
      ? el('button', {
        type: 'button',
        class: 'preview-aid-button split-allow-contacts',
        onclick: () => send(split({ ContactsRead: { contacts: DEMO_CONTACTS } })),
      }, ALLOW_CONTACTS)
      : null,
    el('ul', { class: 'split-contact-list' }, screen.contacts.map((contact) => el('li', {
      class: contact.has_wallet ? 'split-contact has-wallet' : 'split-contact',
      'aria-label': contact.name,
    },
    el('span', { class: 'split-contact-who' },
      el('span', { class: 'split-contact-name' }, contact.name),
      el('span', { class: 'split-contact-phone' }, contact.phone)),
    contact.badge ? el('span', { class: 'split-badge' }, contact.badge) : null,
    actionButton(contact.add, send, 'secondary split-contact-add')))),
    actionButton(screen.refresh_contacts, send, 'link split-contacts-refresh'));
}

// ---------------------------------------------------------------------------------------------------------------
// A bill being collected

/** One person of the bill: amount, where their request is, the link to share, «Напомнить». */
function billPersonRow(person, send) {
  const status = el('p', { class: 'hint split-shared', role: 'status' });
  return el('li', { class: person.paid ? 'split-bill-person paid' : 'split-bill-person', 'aria-label': person.name },
    el('div', { class: 'split-person-head' },
      el('span', { class: 'split-person-name' }, person.name),
      el('span', { class: 'split-share' }, person.amount)),
    el('p', { class: person.paid ? 'split-person-status paid' : 'split-person-status' }, person.status),
    person.rounding ? el('p', { class: 'split-rounding' }, person.rounding) : null,
    // The link is never printed (hundreds of characters no one reads): «Поделиться ссылкой» hands the sentence with
    // it to the share sheet, here the clipboard; «Скопировать ссылку» copies the link alone.
    person.link ? el('button', {
      type: 'button',
      class: 'secondary split-share-link',
      'data-link': person.link,
      disabled: !person.share_text,
      onclick: () => copy(person.share_text, status),
    }, person.share_label) : null,
    person.link ? el('button', {
      type: 'button',
      class: 'secondary split-copy-link',
      onclick: () => copy(person.link, status),
    }, person.copy_link_label) : null,
    person.link ? status : null,
    actionButton(person.remind, send, 'secondary split-remind'));
}

export const splitScreens = {
  SplitBills(screen, send) {
    return [
      el('h1', {}, screen.title),
      actionButton(screen.new_bill, send),
      screen.incoming_title ? el('h2', {}, screen.incoming_title) : null,
      screen.incoming.length
        ? el('section', { class: 'split-requests' }, screen.incoming.map((row) => incomingRow(row, send)))
        : null,
      screen.groups_title ? el('h2', {}, screen.groups_title) : null,
      screen.groups.length
        ? el('div', { class: 'split-groups' }, screen.groups.map((group) => actionButton(group.open, send, 'secondary split-group')))
        : null,
      el('h2', {}, screen.bills_title),
      screen.empty ? el('p', { class: 'subtitle' }, screen.empty) : null,
      el('div', { class: 'rows split-bills' }, screen.bills.map((row) => billRow(row, send))),
    ];
  },

  SplitGroup(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.bills_count),
      errorText(screen.error),
      el('ul', { class: 'split-group-members' }, screen.members.map((member) => el('li', {
        class: member.owes ? 'split-group-member owes' : 'split-group-member',
      }, el('span', { class: 'split-person-name' }, member.name), el('span', { class: 'split-share' }, member.balance)))),
      el('h2', {}, screen.payments_title),
      el('ul', { class: 'split-group-payments' }, screen.payments.map((line) => el('li', {}, line))),
      el('div', { class: 'rows split-bills' }, screen.bills.map((row) => billRow(row, send))),
    ];
  },

  SplitEditor(screen, send) {
    const total = screen.total_label
      ? input({
        field: 'total',
        label: `${screen.total_label}, ${screen.currency}`,
        value: screen.total,
        inputmode: 'decimal',
        placeholder: '0,00',
        edit: (text) => split({ EditTotal: { text } }),
        send,
        disabled: screen.busy,
      })
      : null;
    return [
      el('h1', {}, screen.title),
      screen.source ? el('p', { class: 'subtitle split-source' }, screen.source) : null,
      input({
        field: 'title',
        label: screen.name_label,
        value: screen.name,
        edit: (text) => split({ EditTitle: { text } }),
        send,
        disabled: screen.busy,
      }),
      total,
      input({
        field: 'tip',
        label: screen.tip_label,
        value: screen.tip,
        hint: screen.tip_hint,
        edit: (text) => split({ EditTip: { text } }),
        send,
        disabled: screen.busy,
      }),
      el('p', { class: 'split-modes-title' }, screen.modes_title),
      segments(screen.modes, screen, send, 'split-modes', screen.modes_title),
      el('div', { class: 'split-include-me' },
        checkbox(screen.include_me.label, screen.include_me.on, screen.include_me.flip, send, { disabled: screen.busy })),
      el('h2', {}, screen.people_title),
      el('ul', { class: 'split-people' }, screen.people.map((person) => personRow(person, screen, send))),
      screen.items_title ? el('h2', {}, screen.items_title) : null,
      screen.items.length
        ? el('ul', { class: 'split-items' }, screen.items.map((item) => itemRow(item, screen, send)))
        : null,
      actionButton(screen.add_item, send, 'secondary wide split-add-item'),
      newPerson(screen, send),
      contacts(screen, send),
      input({
        field: 'group',
        label: screen.group_label,
        value: screen.group,
        hint: screen.group_hint,
        edit: (text) => split({ EditGroup: { text } }),
        send,
        disabled: screen.busy,
      }),
      el('p', { class: 'split-payer-label' }, screen.payer_label),
      segments(screen.payers, screen, send, 'split-payers', screen.payer_label),
      el('div', { class: 'split-outcome' },
        screen.summary ? el('p', { class: 'split-summary', role: 'status' }, screen.summary) : null,
        errorText(screen.error),
        errorText(screen.problem)),
      screen.busy ? el('div', { class: 'split-busy' }, spinner(screen.send.label)) : null,
      actionButton(screen.send, send, 'primary split-send'),
    ];
  },

  SplitBill(screen, send) {
    if (screen.loading) {
      return [
        el('h1', {}, screen.title),
        el('div', { class: 'split-busy', role: 'status' }, spinner(screen.status), el('span', {}, screen.status)),
      ];
    }
    const state = screen.cancelled ? 'cancelled' : screen.settled ? 'settled' : 'collecting';
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle split-bill-total' }, screen.total),
      el('p', { class: `split-bill-status ${state}`, role: 'status', 'data-state': state }, screen.status),
      screen.paid_by ? el('p', { class: 'split-paid-by' }, screen.paid_by) : null,
      screen.group ? el('p', { class: 'split-bill-group' }, screen.group) : null,
      el('ul', { class: 'split-bill-people' }, screen.people.map((person) => billPersonRow(person, send))),
      el('div', { class: 'spacer' }),
      actionButton(screen.pay_bill, send, 'primary split-pay-bill'),
      actionButton(screen.cancel, send, 'danger split-cancel'),
    ];
  },
};
