// Small building blocks shared by every screen. A screen is a function of its view and `send`; it holds no rule.

/** Creates an element: el('p', {class: 'x'}, 'text', child, …). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined));
  return node;
}

/** A button for one of the core's actions: {label, event, enabled}. */
export function actionButton(action, send, className = 'primary') {
  if (!action) return null;
  return el('button', {
    type: 'button',
    class: className,
    disabled: !action.enabled,
    onclick: () => send(action.event),
  }, action.label);
}

/** The top bar: the back arrow when the view offers one. */
export function topBar(back, send) {
  return el('div', { class: 'top-bar' },
    back ? el('button', { type: 'button', class: 'back', 'aria-label': back.label, onclick: () => send(back.event) },
      '‹ ', back.label) : null);
}

/** The notice over the screen, when the view has one. */
export function notice(view, send) {
  if (!view.notice) return null;
  return el('div', { class: 'notice', role: 'alert' },
    el('span', {}, view.notice.text),
    actionButton(view.notice.dismiss, send, 'link'));
}

/** Which event an edit of each kind of field sends on the sign-in screens (elsewhere the screen says). */
const editEvents = {
  Phone: (text) => ({ SignIn: { EditPhone: { text } } }),
  SmsCode: (text) => ({ SignIn: { EditCode: { text } } }),
};

/** The keyboard and the autofill of each kind of field. */
const fieldInputs = {
  Phone: { inputmode: 'tel', autocomplete: 'tel' },
  SmsCode: { inputmode: 'numeric', autocomplete: 'one-time-code' },
  Amount: { inputmode: 'decimal', autocomplete: 'off' },
  Text: { autocomplete: 'off' },
};

/**
 * A text field: {kind, label, value, placeholder, error}. Typing sends `edit(text)` (by default the sign-in
 * screens' event for the kind); Enter submits `submit`.
 */
export function textField(field, send, submit, edit = editEvents[field.kind]) {
  const id = `field-${field.kind}`;
  const input = el('input', {
    id,
    'data-field': field.kind,
    value: field.value,
    placeholder: field.placeholder,
    ...(fieldInputs[field.kind] ?? fieldInputs.Text),
    'aria-invalid': field.error ? 'true' : false,
    'aria-describedby': field.error ? `${id}-error` : false,
    oninput: (event) => send(edit(event.target.value)),
    onkeydown: (event) => { if (event.key === 'Enter' && submit?.enabled) send(submit.event); },
  });
  input.value = field.value;
  return el('div', { class: 'field' },
    el('label', { for: id }, field.label),
    input,
    field.error ? el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }, field.error) : null);
}

/** A round progress indicator, named for screen readers. */
export function spinner(label) {
  return el('div', { class: 'spinner', role: 'progressbar', 'aria-label': label ?? 'Loading' });
}

/** A line of the history: {title, subtitle, amount, direction, status, status_label, open}. */
export function operationRow(row, send) {
  const content = [
    el('span', { class: 'row-main' },
      el('span', { class: 'row-title' }, row.title),
      el('span', { class: 'row-subtitle' }, row.subtitle)),
    el('span', { class: 'row-side' },
      el('span', { class: `row-amount ${row.direction.toLowerCase()}` }, row.amount),
      el('span', { class: `row-status status-${row.status.toLowerCase()}` }, row.status_label)),
  ];
  return row.open
    ? el('button', { type: 'button', class: 'operation-row', onclick: () => send(row.open) }, content)
    : el('div', { class: 'operation-row damaged' }, content);
}

/** A row showing a setting and its value, which opens the setting: {label, value, open}. */
export function settingRow(row, send) {
  return el('button', { type: 'button', class: 'setting-row', onclick: () => send(row.open) },
    el('span', {}, row.label), el('span', { class: 'value' }, row.value, ' ›'));
}

/** A row that opens something, for an action without a value: {label, event, enabled}. */
export function linkRow(action, send) {
  if (!action) return null;
  return el('button', {
    type: 'button',
    class: 'setting-row',
    disabled: !action.enabled,
    onclick: () => send(action.event),
  }, el('span', {}, action.label), el('span', { class: 'value' }, '›'));
}

/** A checkbox the core controls: tapping sends `toggle`, and only the next view ticks it. */
export function checkbox(label, checked, toggle, send, attributes = {}) {
  return el('button', {
    type: 'button',
    role: 'checkbox',
    class: 'checkbox',
    'aria-checked': checked ? 'true' : 'false',
    onclick: () => send(toggle),
    ...attributes,
  }, el('span', { class: 'box', 'aria-hidden': 'true' }), el('span', { class: 'checkbox-label' }, label));
}

/** An on/off switch the core controls: {label, on, toggle}. */
export function switchRow(row, send) {
  if (!row) return null;
  return el('button', {
    type: 'button',
    role: 'switch',
    class: 'setting-row switch-row',
    'aria-checked': row.on ? 'true' : 'false',
    onclick: () => send(row.toggle),
  }, el('span', {}, row.label), el('span', { class: 'switch', 'aria-hidden': 'true' }));
}

/** One choice among a few: {label, options: [{label, selected, select}]}, as a row of radio buttons. */
export function choiceRow(row, send) {
  return el('div', { class: 'choice-row' },
    el('span', { class: 'choice-label' }, row.label),
    el('div', { class: 'segments', role: 'radiogroup', 'aria-label': row.label },
      row.options.map((option) => el('button', {
        type: 'button',
        role: 'radio',
        class: 'segment',
        'aria-checked': option.selected ? 'true' : 'false',
        onclick: () => send(option.select),
      }, option.label))));
}

/** An error or a message under a screen's content, when the view has one. */
export function errorText(text) {
  return text ? el('p', { class: 'field-error', role: 'alert' }, text) : null;
}

/** Label and value pairs. */
export function fields(list) {
  return el('dl', { class: 'fields' }, list.map((field) => [el('dt', {}, field.label), el('dd', {}, field.value)]));
}
