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

/**
 * The notice over the screen, when the view has one, coloured by its kind (Success, Info, Warning, Error). A success
 * or an information goes by itself after `hide_after_ms` (app.js sends its `dismiss`).
 */
export function notice(view, send) {
  if (!view.notice) return null;
  const kind = (view.notice.kind ?? 'Error').toLowerCase();
  const urgent = kind === 'error' || kind === 'warning';
  return el('div', { class: `notice notice-${kind}`, role: urgent ? 'alert' : 'status', 'data-kind': view.notice.kind },
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
  CardNumber: { inputmode: 'numeric', autocomplete: 'cc-number' },
  CardExpiry: { inputmode: 'numeric', autocomplete: 'cc-exp' },
  // Never remembered by the browser: `new-password` keeps autofill from offering or saving it.
  CardCvv: { inputmode: 'numeric', autocomplete: 'new-password' },
  CardHolder: { autocomplete: 'cc-name', autocapitalize: 'characters', spellcheck: 'false' },
  AccountNumber: { inputmode: 'numeric', autocomplete: 'off' },
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

/** What is happening while the view is busy («Проверяем код…»), beside a spinner; nothing without a text. */
export function progressLine(text, className = '') {
  if (!text) return null;
  return el('div', { class: `progress-line ${className}`.trim(), role: 'status' }, spinner(text), el('span', {}, text));
}

/**
 * A line of the history: {title, subtitle, amount, direction, status, status_label, counted, open}. An amount that
 * moved no money (`counted` false: cancelled, refused) is drawn plainly, grey and struck through.
 */
export function operationRow(row, send) {
  const counted = row.counted !== false;
  const amount = `row-amount ${row.direction.toLowerCase()}${counted ? '' : ' uncounted'}`;
  const content = [
    el('span', { class: 'row-main' },
      el('span', { class: 'row-title' }, row.title),
      el('span', { class: 'row-subtitle' }, row.subtitle)),
    el('span', { class: 'row-side' },
      counted ? el('span', { class: amount }, row.amount) : el('s', { class: amount }, row.amount),
      el('span', { class: `row-status status-${row.status.toLowerCase()}` }, row.status_label)),
  ];
  const attributes = { class: 'operation-row', 'data-counted': counted ? 'true' : 'false' };
  return row.open
    ? el('button', { ...attributes, type: 'button', onclick: () => send(row.open) }, content)
    : el('div', { ...attributes, class: 'operation-row damaged' }, content);
}

/** Lines of the history, each day's heading («Сегодня», «5 декабря») above its first line. */
export function operationRows(rows, send) {
  return rows.flatMap((row) => [
    row.day ? el('h3', { class: 'day-heading' }, row.day) : null,
    operationRow(row, send),
  ]).filter(Boolean);
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

/** Line drawings (24 × 24), so marks look the same without any icon font: name → SVG elements. */
const ICONS = {
  check: [['circle', { cx: 12, cy: 12, r: 10.5 }], ['path', { d: 'M7 12.5l3.2 3.2L17.2 8.7' }]],
  clock: [['circle', { cx: 12, cy: 12, r: 10.5 }], ['path', { d: 'M12 6.5V12l3.8 2.4' }]],
  cross: [['circle', { cx: 12, cy: 12, r: 10.5 }], ['path', { d: 'M8 8l8 8M16 8l-8 8' }]],
  struck: [['circle', { cx: 12, cy: 12, r: 10.5 }], ['path', { d: 'M4.6 19.4L19.4 4.6' }]],
  fingerprint: [
    ['path', { d: 'M4.5 9.5a8.5 8.5 0 0 1 15 0' }], ['path', { d: 'M7 19.5c-.8-2-1-4-1-6.5a6 6 0 0 1 12 0v1' }],
    ['path', { d: 'M9.5 20.5c-.6-1.8-.9-3.8-.9-6.5a3.4 3.4 0 0 1 6.8 0v1.5c0 1.6.3 3.2 1 4.6' }],
    ['path', { d: 'M12 13.5v1.5c0 2.2.5 4.3 1.5 6' }],
  ],
  bell: [['path', { d: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15z' }], ['path', { d: 'M10 20.5a2.2 2.2 0 0 0 4 0' }]],
};

/** An icon of ICONS, drawn with the text's colour. */
export function icon(name, className = 'icon') {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [key, value] of Object.entries({
    class: className, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8,
    'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true',
  })) svg.setAttribute(key, String(value));
  for (const [tag, attributes] of ICONS[name] ?? []) {
    const part = document.createElementNS(ns, tag);
    for (const [key, value] of Object.entries(attributes)) part.setAttribute(key, String(value));
    svg.append(part);
  }
  return svg;
}
