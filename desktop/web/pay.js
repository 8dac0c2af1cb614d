// Paying by QR: the scanner, the confirmation (the PIN that follows is pin.js's `Pin` screen) and the result after
// the PIN, which follows the payment to the bank's answer. Every text, amount and rule comes from the view. The browser has no QR camera, so the scanner's camera area says how to "scan" here:
// paste a link, choose a picture from the "gallery" (its bytes go to the core, which finds the code), or press a
// code of the sandbox's demo merchants below — a sticker's static code, or a till's dynamic one made on the spot,
// which can also be drawn as a picture to download and choose from the gallery.

import { actionButton, el, errorText, fields, icon, spinner } from './widgets.js';

// ---------------------------------------------------------------------------------------------------------------
// The preview's demo merchants (not the app's: a phone scans the code a shop shows)

/** The panel's state by phone, so a new view (which redraws the screen) keeps it. */
const aids = new Map();

function aidOf(phone) {
  if (!aids.has(phone)) aids.set(phone, { open: true, merchant: '', amount: '', code: null, problem: '' });
  return aids.get(phone);
}

/** The demo merchants, asked for once per page: `[{merchant_id, name, currency, elqr_link}]`; `loaded` once known. */
let merchants = null;
let loaded = null;

async function answer(response) {
  const body = await response.json();
  if (!response.ok) throw new Error(body.message ?? response.statusText);
  return body;
}

function loadMerchants() {
  merchants ??= fetch('/api/merchants').then(answer).then((list) => {
    loaded = list;
    return list;
  }, (error) => {
    merchants = null;
    throw error;
  });
  return merchants;
}

/** A till's code for `amount` (as typed: `556`, `556,50`) of the merchant, made by the sandbox bank. */
async function makeDynamic(merchant, amount) {
  const major = Number(amount.trim().replace(',', '.'));
  if (!Number.isFinite(major) || major <= 0) throw new Error('Type the till’s amount, e.g. 556 or 556,50.');
  const response = await fetch(`/api/merchants/${encodeURIComponent(merchant.merchant_id)}/dynamic`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ amount_minor: Math.round(major * 100) }),
  });
  return answer(response);
}

function qrUrl(format, text) {
  return `/api/qr.${format}?text=${encodeURIComponent(text)}`;
}

/** The chosen code as a picture, with its link, «scan» and downloads. */
function codePicture(code, scan) {
  return el('figure', { class: 'pay-code', 'data-link': code.link },
    el('img', { src: qrUrl('svg', code.link), alt: `QR code: ${code.title}`, width: 180, height: 180 }),
    el('figcaption', {},
      el('span', { class: 'pay-code-title' }, code.title),
      el('code', { class: 'pay-code-link' }, code.link)),
    el('div', { class: 'pay-code-actions' },
      el('button', { type: 'button', class: 'preview-aid-button', onclick: () => scan(code.link) }, 'Scan this code'),
      el('a', { href: qrUrl('png', code.link), download: 'payment-code.png' }, 'PNG'),
      el('a', { href: qrUrl('svg', code.link), download: 'payment-code.svg' }, 'SVG')));
}

/** A merchant: its name, «Scan» its sticker's code, «QR» to draw it. */
function merchantRow(merchant, aid, scan, redraw) {
  return el('li', { class: 'pay-merchant' },
    el('span', { class: 'pay-merchant-name' }, merchant.name, el('span', { class: 'hint' }, ` ${merchant.currency}`)),
    el('button', {
      type: 'button',
      class: 'preview-aid-button',
      'aria-label': `Scan the code of ${merchant.name}`,
      onclick: () => scan(merchant.elqr_link),
    }, 'Scan'),
    el('button', {
      type: 'button',
      class: 'preview-aid-button',
      'aria-label': `Show the code of ${merchant.name}`,
      onclick: () => {
        aid.code = { title: `${merchant.name}, static code`, link: merchant.elqr_link };
        redraw();
      },
    }, 'QR'));
}

/** The till: a merchant, an amount, and «make a dynamic code», whose picture then shows. */
function tillForm(list, aid, redraw) {
  const select = el('select', {
    id: 'pay-till-merchant',
    'aria-label': 'Till of',
    onchange: (event) => { aid.merchant = event.target.value; },
  }, list.map((merchant) => el('option', { value: merchant.merchant_id }, merchant.name)));
  select.value = aid.merchant || list[0]?.merchant_id || '';
  const amount = el('input', {
    id: 'pay-till-amount',
    'data-field': 'pay-till-amount',
    inputmode: 'decimal',
    placeholder: '556,50',
    autocomplete: 'off',
    'aria-label': 'Till amount',
    oninput: (event) => { aid.amount = event.target.value; },
  });
  amount.value = aid.amount;
  const make = async () => {
    const merchant = list.find((item) => item.merchant_id === select.value);
    try {
      const code = await makeDynamic(merchant, amount.value);
      aid.code = { title: `${merchant.name}, till code for ${amount.value.trim()} ${merchant.currency}`, link: code.link };
      aid.problem = '';
    } catch (error) {
      aid.problem = error.message;
    }
    redraw();
  };
  return el('div', { class: 'pay-till' },
    select, amount,
    el('button', { type: 'button', class: 'preview-aid-button', onclick: make }, 'Till: make a code'));
}

/** The panel's content once the merchants are known. */
function aidContent(list, aid, scan, redraw) {
  return [
    el('ul', { class: 'pay-merchants' }, list.map((merchant) => merchantRow(merchant, aid, scan, redraw))),
    tillForm(list, aid, redraw),
    aid.problem ? el('p', { class: 'field-error', role: 'alert' }, aid.problem) : null,
    aid.code ? codePicture(aid.code, scan) : null,
  ];
}

/** «Preview: the sandbox's demo merchants»: their codes to "scan" with one click. */
function merchantsAid(send) {
  const aid = aidOf(send.phone);
  const body = el('div', { class: 'pay-aid-body' });
  const scan = (text) => send({ Pay: { Scanned: { text } } });
  const fill = (list) => body.replaceChildren(...aidContent(list, aid, scan, () => fill(list)).filter(Boolean));
  // Drawn at once when known, so a field being typed in is kept by the redraw (see app.js).
  if (loaded) {
    fill(loaded);
  } else {
    body.append(el('p', { class: 'hint' }, 'Loading the demo merchants…'));
    loadMerchants().then(fill, (error) => {
      body.replaceChildren(el('p', { class: 'field-error' }, `The demo merchants did not load: ${error.message}`));
    });
  }
  return el('details', {
    class: 'preview-aid pay-aid',
    open: aid.open,
    ontoggle: (event) => { aid.open = event.target.open; },
  },
  el('summary', {}, 'Preview: the sandbox’s demo merchants'),
  el('p', { class: 'hint' }, 'A phone scans the code a shop shows; here, press one.'),
  body);
}

// ---------------------------------------------------------------------------------------------------------------
// The scanner

/** Where a phone shows its camera: here, the hint and what to do instead. */
function cameraArea(screen) {
  return el('div', { class: 'pay-camera', role: 'img', 'aria-label': screen.hint },
    el('span', { class: 'pay-camera-frame', 'aria-hidden': 'true' }),
    el('p', { class: 'pay-camera-hint' }, screen.hint),
    el('p', { class: 'pay-camera-note' }, 'Preview: no camera here. Paste a link, choose a picture, or press a demo merchant.'));
}

/** The pasted link: typing sends `EditPasted`, Enter the view's submit. */
function pasteField(screen, send) {
  const area = el('textarea', {
    id: 'pay-pasted',
    'data-field': 'pay-pasted',
    class: 'pay-pasted',
    rows: 3,
    spellcheck: 'false',
    autocomplete: 'off',
    placeholder: 'https://…',
    disabled: screen.busy,
    'aria-invalid': screen.error ? 'true' : false,
    oninput: (event) => send({ Pay: { EditPasted: { text: event.target.value } } }),
    onkeydown: (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      event.preventDefault();
      if (screen.submit.enabled) send(screen.submit.event);
    },
  });
  area.value = screen.pasted;
  return el('div', { class: 'field' }, el('label', { for: 'pay-pasted' }, screen.paste_label), area);
}

/** «Выбрать из галереи»: a picture's bytes, as they are, for the core to find the code in. */
function galleryButton(screen, send) {
  const input = el('input', {
    type: 'file',
    accept: 'image/*',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-hidden': 'true',
    'data-qr-input': 'gallery',
    onchange: (event) => {
      const [file] = event.target.files;
      if (file) send.qrImage(file);
    },
  });
  return [
    input,
    el('button', { type: 'button', class: 'secondary wide', disabled: screen.busy, onclick: () => input.click() },
      screen.gallery),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The confirmation

/** The amount: a field when the code lets the customer choose it (`EditAmount`), else the code's amount. */
function amountField(screen, send) {
  if (!screen.amount_editable) {
    return el('div', { class: 'pay-amount-fixed' },
      el('span', { class: 'field-label' }, screen.amount_label),
      el('p', { class: 'pay-amount' }, screen.amount));
  }
  const input = el('input', {
    id: 'pay-amount',
    'data-field': 'pay-amount',
    inputmode: 'decimal',
    autocomplete: 'off',
    placeholder: '0,00',
    'aria-invalid': screen.amount_error ? 'true' : false,
    'aria-describedby': screen.amount_error ? 'pay-amount-error' : false,
    oninput: (event) => send({ Pay: { EditAmount: { text: event.target.value } } }),
  });
  input.value = screen.amount;
  return el('div', { class: 'field' },
    el('label', { for: 'pay-amount' }, screen.amount_label),
    input,
    screen.amount_error
      ? el('p', { class: 'field-error', id: 'pay-amount-error', role: 'alert' }, screen.amount_error)
      : null);
}

/** The fee (with a spinner while the bank is asked), what leaves the account, and what is left. */
function sums(screen) {
  return el('div', { class: screen.offline ? 'pay-sums is-offline' : 'pay-sums' },
    el('p', { class: 'pay-fee', role: 'status' }, screen.busy ? spinner(screen.fee) : null, el('span', {}, screen.fee)),
    screen.total ? el('p', { class: 'pay-total' }, screen.total) : null,
    screen.balance_after ? el('p', { class: 'pay-balance-after' }, screen.balance_after) : null);
}

// ---------------------------------------------------------------------------------------------------------------
// The result

/** The big mark by the view's `mark`: a check, a clock, a cross, a struck circle. */
const MARKS = { Done: 'check', Waiting: 'clock', Refused: 'cross', Cancelled: 'struck' };

/** Recipient and time: plain values, one under the other; the fee and the total are the view's own sentences. */
function resultFacts(screen) {
  if (![screen.recipient, screen.fee, screen.total, screen.time].some(Boolean)) return null;
  return el('div', { class: 'result-facts' },
    screen.recipient ? el('p', { class: 'result-recipient' }, screen.recipient) : null,
    screen.fee ? el('p', { class: 'result-fee' }, screen.fee) : null,
    screen.total ? el('p', { class: 'result-total' }, screen.total) : null,
    screen.time ? el('p', { class: 'result-time' }, screen.time) : null);
}

export const payScreens = {
  PayScan(screen, send) {
    return [
      el('h1', {}, screen.title),
      cameraArea(screen),
      screen.error ? el('p', { class: 'pay-problem', role: 'alert' }, screen.error) : null,
      screen.busy ? el('div', { class: 'pay-reading', role: 'status' }, spinner(screen.gallery)) : null,
      pasteField(screen, send),
      actionButton(screen.submit, send, 'secondary wide'),
      galleryButton(screen, send),
      merchantsAid(send),
    ];
  },

  // After the PIN: the mark, what happened, the amount large, then «Готово»; «Квитанция» and «Поделиться» below;
  // the cancel (which asks first) only as a small text button.
  PayResult(screen, send) {
    const mark = screen.mark ?? 'Waiting';
    return [
      el('div', { class: `result-mark mark-${mark.toLowerCase()}`, 'data-mark': mark }, icon(MARKS[mark] ?? 'clock', 'icon result-icon')),
      el('h1', { class: 'centered result-headline' }, screen.headline),
      // The history's word for the status («Исполнено»), unless the headline already says the same.
      screen.status_label && screen.status_label !== screen.headline
        ? el('p', { class: `result-status status-${screen.status.toLowerCase()}`, role: 'status' }, screen.status_label)
        : null,
      screen.message ? el('p', { class: 'result-message' }, screen.message) : null,
      screen.amount ? el('p', { class: 'result-amount' }, screen.amount) : null,
      screen.busy && !screen.amount ? el('div', { class: 'result-loading' }, spinner(screen.headline)) : null,
      resultFacts(screen),
      el('div', { class: 'spacer' }),
      actionButton(screen.done, send, 'primary result-done'),
      el('div', { class: 'result-actions' },
        actionButton(screen.details, send, 'secondary result-details'),
        actionButton(screen.share, send, 'secondary result-share')),
      actionButton(screen.save_favourite, send, 'secondary wide result-favourite'),
      actionButton(screen.cancel, send, 'link result-cancel'),
    ];
  },

  PayConfirm(screen, send) {
    return [
      el('h1', {}, screen.title),
      fields(screen.details),
      amountField(screen, send),
      sums(screen),
      errorText(screen.error),
      actionButton(screen.retry, send, 'secondary wide'),
      el('div', { class: 'spacer' }),
      actionButton(screen.pay, send),
      // «Разделить чек»: a scanned bill with its amount, split with others before (or instead of) paying it.
      actionButton(screen.split, send, 'secondary wide pay-split'),
    ];
  },
};
