// The preview page: phones that draw the core's views and send taps back as events.
// Each phone is a core on the server (one per browser session and phone name); views arrive on an event stream.

import { closeCamera } from './kyc.js';
import { fingerprintPrompt } from './prompt.js';
import { drawApp, isBusy } from './screens.js';
import { isListening } from './shake.js';
import { el } from './widgets.js';

/** The preview's control routes take JSON only (a cross-site form cannot send it without a CORS preflight). */
const CONTROL = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' };

const SLOW_MS = 250;
const devMessage = document.getElementById('dev-message');

/** A message for whoever runs the preview (not the app's user): failed requests, refused events. */
function showDevMessage(text) {
  devMessage.textContent = text;
  devMessage.hidden = false;
}

class Phone {
  constructor(name, host) {
    this.name = name;
    this.instance = null;
    this.revision = -1;
    this.pending = 0;
    this.slow = false;
    this.busy = false;
    /** The last event posted (see `send`); `request` never rejects, so the chain never breaks. */
    this.events = Promise.resolve();
    /** Where each kind of screen was scrolled to when it was left, to come back to it (history → details → back). */
    this.scrolls = new Map();
    /** Whether the last event sent was «back» (the screen it left is gone, and so is its scroll). */
    this.wentBack = false;
    /** The notice on screen (its text and kind) and the timer that closes it by itself. */
    this.noticeKey = null;
    this.noticeTimer = null;
    /** The fingerprint prompt over the phone, while the server waits for its answer. */
    this.prompt = null;
    this.screen = el('div', { class: 'screen', 'aria-live': 'polite' });
    this.progress = el('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Loading', hidden: true });
    this.offline = el('div', { class: 'offline', hidden: true }, 'Reconnecting to the preview…');
    this.frame = el('div', { class: 'frame' }, this.progress, this.offline, this.screen);
    this.root = el('figure', { class: 'phone', 'data-phone': name },
      this.frame,
      el('figcaption', {},
        el('span', {}, `Phone ${name.toUpperCase()}`),
        el('button', { type: 'button', class: 'restart', onclick: () => this.restart() }, 'Restart app')));
    host.append(this.root);
  }

  url(path) {
    return `/api/devices/${this.name}/${path}`;
  }

  async start() {
    await this.request(this.url('view'));
    this.stream = new EventSource(this.url('stream'));
    this.stream.addEventListener('view', (message) => this.show(JSON.parse(message.data)));
    this.stream.addEventListener('prompt', (message) => this.showPrompt(JSON.parse(message.data)));
    this.stream.addEventListener('open', () => { this.offline.hidden = true; });
    this.stream.addEventListener('error', () => { this.offline.hidden = false; });
  }

  /** Draws a view unless this phone already shows a newer one of the same core. */
  show({ instance, view }) {
    if (!view) return;
    if (instance === this.instance && view.revision <= this.revision) return;
    this.instance = instance;
    this.revision = view.revision;
    this.view = view;
    this.screen.lang = view.language;
    // Keep the field being typed in (its value, focus and caret) when the next view has the same field.
    const focused = document.activeElement?.closest?.(`[data-phone="${this.name}"] [data-field]`);
    const dialogButton = this.dialogButtons().indexOf(document.activeElement);
    const hadDialog = Boolean(this.screen.querySelector('.dialog, .share-sheet'));
    // The same screen redrawn keeps where it was scrolled to (a tick far down a long form stays in sight); a kind of
    // screen left for another (the history for an operation's details) finds its place again when it returns,
    // unless it was left by «back».
    const before = this.screen.querySelector('.content');
    const place = (content) => `${content.dataset.screen}:${content.querySelector('h1')?.textContent}`;
    const scrolled = before ? { place: place(before), top: before.scrollTop, kind: before.dataset.screen } : null;
    const send = Object.assign((event) => this.send(event), {
      phone: this.name,
      photo: (kind, bytes) => this.sendPhoto(kind, bytes),
      qrImage: (bytes) => this.sendQrImage(bytes),
      shake: (trace) => this.shake(trace),
    });
    const parts = drawApp(view, send).filter(Boolean);
    this.screen.replaceChildren(...parts);
    const content = this.screen.querySelector('.content');
    if (content && scrolled?.place === place(content)) {
      content.scrollTop = scrolled.top;
    } else if (content) {
      if (scrolled && this.wentBack) this.scrolls.delete(scrolled.kind);
      else if (scrolled) this.scrolls.set(scrolled.kind, scrolled.top);
      this.wentBack = false;
      const kept = this.scrolls.get(content.dataset.screen);
      if (kept) content.scrollTop = kept;
    }
    this.closeNoticeLater(view);
    // The camera belongs to the photo being taken: any other screen closes it.
    if (!this.screen.querySelector('.content[data-screen="KycCapture"]')) closeCamera(this.frame);
    if (focused) {
      const replacement = this.screen.querySelector(`[data-field="${focused.dataset.field}"]`);
      if (replacement) {
        replacement.replaceWith(focused);
        focused.focus();
      }
    } else if (!hadDialog || dialogButton >= 0) {
      // A new question over the screen takes the keyboard (Escape cancels it); a redrawn one keeps its focus.
      this.dialogButtons()[Math.max(dialogButton, 0)]?.focus();
    }
    this.busy = isBusy(view);
    this.showProgress();
  }

  dialogButtons() {
    return [...this.screen.querySelectorAll('.dialog button:not([disabled]), .share-sheet button:not([disabled])')];
  }

  /**
   * A success or an information notice goes by itself after the view's `hide_after_ms`: its `dismiss` is sent then,
   * if the same notice is still shown. Redraws of the same notice keep the one timer.
   */
  closeNoticeLater(view) {
    const notice = view.notice;
    const key = notice ? `${this.instance}:${notice.kind}:${notice.text}` : null;
    if (key === this.noticeKey) return;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = null;
    this.noticeKey = key;
    if (!notice?.hide_after_ms) return;
    this.noticeTimer = setTimeout(() => {
      if (this.noticeKey === key && this.view?.notice) this.send(notice.dismiss.event);
    }, notice.hide_after_ms);
  }

  /** The server's fingerprint prompt: `{id}` shows it over the phone, `{id: null}` takes it away. */
  showPrompt({ id }) {
    if (this.prompt?.id === id) return;
    this.prompt?.element.remove();
    this.prompt = null;
    if (id === null || id === undefined) return;
    const element = fingerprintPrompt(this.view.system, (approve) => this.answerPrompt(id, approve));
    this.prompt = { id, element };
    this.frame.append(element);
    element.querySelector('button.primary')?.focus();
  }

  /** «Приложить палец» or «Отмена»: the server lets the key go (or not) and says the prompt went. */
  async answerPrompt(id, approve) {
    this.prompt?.element.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    try {
      const response = await fetch(this.url('biometric'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, approve }),
      });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        showDevMessage(`Phone ${this.name.toUpperCase()}: ${body.message ?? response.statusText}`);
        // A prompt no longer up goes from the page too.
        if (this.prompt?.id === id) this.showPrompt({ id: null });
      }
    } catch (error) {
      showDevMessage(`Phone ${this.name.toUpperCase()}: the preview did not answer (${error.message}).`);
    }
  }

  /**
   * Posts an event once the ones before it were answered: the core gets them in the order they were made. A field
   * sends its whole text on every key, and two requests in flight at once may reach the server out of order (the
   * browser spreads them over several connections), which would leave the core with an older text than the field.
   */
  send(event) {
    this.wentBack = event === 'Back';
    const sent = this.events.then(() => this.request(this.url('events'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    }));
    this.events = sent;
    return sent;
  }

  /** A KYC photo's bytes as the camera or the gallery gave them (`kind`: passport_front, …), not spelt as JSON. */
  sendPhoto(kind, bytes) {
    return this.request(`${this.url('photo')}?kind=${encodeURIComponent(kind)}`, {
      method: 'POST',
      headers: { 'content-type': bytes.type || 'application/octet-stream' },
      body: bytes,
    });
  }

  /** A picture from the gallery for the scanner to find a payment code in, as its bytes (like a photo). */
  sendQrImage(bytes) {
    return this.request(this.url('qr-image'), {
      method: 'POST',
      headers: { 'content-type': bytes.type || 'application/octet-stream' },
      body: bytes,
    });
  }

  /** The preview's accelerometer: the server streams the core a recorded `trace` (`shake`, …) from now on. */
  shake(trace = 'shake') {
    return this.request(`${this.url('shake')}?trace=${encodeURIComponent(trace)}`, { method: 'POST' });
  }

  /** The phone's network came back (the sandbox bank was started again): it syncs now rather than later. */
  online() {
    return this.send({ Network: { online: true } });
  }

  /** The app went to the background or came back: after the idle time it asks for the PIN again. */
  lifecycle(foreground) {
    return this.send({ Lifecycle: { foreground } });
  }

  restart() {
    return this.request(this.url('restart'), CONTROL);
  }

  /** The progress bar shows while a request is slow, or while the view says something is on its way. */
  showProgress() {
    this.progress.hidden = !(this.slow || this.busy);
  }

  /** Calls the preview's API with a progress bar when it is slow; shows a refused request to the developer. */
  async request(url, options = {}) {
    this.pending += 1;
    this.root.dataset.pending = String(this.pending);
    const slow = setTimeout(() => { this.slow = true; this.showProgress(); }, SLOW_MS);
    const headers = { ...(options.headers ?? {}), 'x-utc-offset': String(-new Date().getTimezoneOffset()) };
    try {
      const response = await fetch(url, { ...options, headers });
      const body = await response.json();
      if (response.ok) this.show(body);
      else showDevMessage(`Phone ${this.name.toUpperCase()}: ${body.message ?? response.statusText}`);
    } catch (error) {
      showDevMessage(`Phone ${this.name.toUpperCase()}: the preview did not answer (${error.message}).`);
    } finally {
      clearTimeout(slow);
      this.pending -= 1;
      this.root.dataset.pending = String(this.pending);
      if (this.pending === 0) {
        this.slow = false;
        this.showProgress();
      }
    }
  }
}

const host = document.getElementById('phones');
const names = ['a', 'b', 'c', 'd'];
const phones = [];

function addPhone() {
  if (phones.length >= names.length) return;
  const phone = new Phone(names[phones.length], host);
  phones.push(phone);
  phone.start();
  document.getElementById('add-phone').disabled = phones.length >= names.length;
}

/** Shows the sandbox bank's state; the toggle stops it (the phones go offline) or starts it again. */
function showBank(bank) {
  const status = document.getElementById('bank-status');
  const toggle = document.getElementById('bank-toggle');
  status.textContent = bank.running ? `Sandbox bank: running at ${bank.url}` : 'Sandbox bank: stopped';
  status.dataset.state = bank.running ? 'ok' : 'down';
  toggle.textContent = bank.running ? 'Stop the bank' : 'Start the bank';
  toggle.dataset.action = bank.running ? 'stop' : 'start';
  toggle.hidden = false;
}

async function bankRequest(url, options) {
  try {
    const response = await fetch(url, options);
    const body = await response.json();
    if (response.ok) showBank(body);
    else showDevMessage(`Sandbox bank: ${body.message ?? response.statusText}`);
  } catch (error) {
    showDevMessage(`Sandbox bank: the preview did not answer (${error.message}).`);
  }
}

document.getElementById('bank-toggle').addEventListener('click', async (event) => {
  const action = event.target.dataset.action;
  await bankRequest(`/api/bank/${action}`, CONTROL);
  if (action === 'start') phones.forEach((phone) => phone.online());
});

// The page hidden (another tab, a minimised window) is the app in the background, as onStop/scenePhase would say.
document.addEventListener('visibilitychange', () => {
  phones.forEach((phone) => phone.lifecycle(document.visibilityState === 'visible'));
});

// Two phones shaken together: every phone listening for a shake gets one at the same moment.
document.getElementById('shake-phones').addEventListener('click', () => {
  phones.filter((phone) => isListening(phone.view)).forEach((phone) => phone.shake());
});

document.getElementById('add-phone').addEventListener('click', addPhone);
document.getElementById('start-over').addEventListener('click', async () => {
  await fetch('/api/session/reset', CONTROL);
  window.location.reload();
});

addPhone();
bankRequest('/api/bank');
