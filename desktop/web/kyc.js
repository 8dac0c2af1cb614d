// Online identification (seed 000 steps 10–22): the status, the explanation, the checklist, the photos (camera,
// gallery, or a preview-only sample document), the passport form, «Адрес и работа» with its district picker, and the
// consent text. Every text, tick and rule comes from the view; a photo goes to the core as its bytes, untouched.

import { actionButton, checkbox, el, errorText, fields } from './widgets.js';

// ---------------------------------------------------------------------------------------------------------------
// Photos

/** The photo kinds of the view, and their names in the preview's `POST …/photo?kind=` endpoint. */
const PHOTO_KINDS = {
  PassportFront: 'passport_front',
  PassportBack: 'passport_back',
  SelfieWithPassport: 'selfie_with_passport',
};

/**
 * The screen kind to draw. `KycCaptureScreen` has a field `kind` (the photo's) which, in JSON, collides with the
 * `Screen` enum's tag `kind`; the last key wins, so a capture view arrives with `kind` = `PassportFront` and so on.
 */
export function screenKind(screen) {
  return PHOTO_KINDS[screen.kind] ? 'KycCapture' : screen.kind;
}

/** Which photo a capture view asks for (see `screenKind`; `photo` is the field's name should it be renamed). */
function photoKind(screen) {
  return PHOTO_KINDS[screen.kind] ? screen.kind : screen.photo;
}

/** Sends a photo's bytes, as a camera or a gallery gave them, for the core to check. */
function sendPhoto(send, screen, blob) {
  return send.photo(PHOTO_KINDS[photoKind(screen)], blob);
}

/** Open cameras, by phone frame: the overlay lives beside the redrawn screen, so a new view does not end it. */
const cameras = new Map();

/** Stops the camera of a phone (its stream and its overlay), if one is open. */
export function closeCamera(frame) {
  const camera = cameras.get(frame);
  if (!camera) return;
  cameras.delete(frame);
  camera.stream?.getTracks().forEach((track) => track.stop());
  camera.overlay.remove();
}

/** Why the camera did not open, in the view's language when it is Russian, else in English (the view has no text). */
function cameraProblem(error, language, screen) {
  const denied = error?.name === 'NotAllowedError' || error?.name === 'SecurityError';
  const busy = error?.name === 'NotReadableError' || error?.name === 'AbortError';
  if (language === 'ru') {
    if (denied) return `Браузер не дал доступ к камере. Разрешите его в настройках сайта или нажмите «${screen.gallery_label}».`;
    if (busy) return `Камера занята другим приложением. Закройте его или нажмите «${screen.gallery_label}».`;
    return `Камера не найдена. Нажмите «${screen.gallery_label}».`;
  }
  if (denied) return `The browser gave no access to the camera: allow it in the site's settings, or use «${screen.gallery_label}».`;
  if (busy) return `Another application is using the camera: close it, or use «${screen.gallery_label}».`;
  return `No camera was found: use «${screen.gallery_label}».`;
}

/**
 * «Сфотографировать»: the browser's camera (the back one for the passport, the front one for the selfie) in an
 * overlay over the phone; the shutter takes the frame at the camera's own resolution as a JPEG.
 */
async function openCamera(frame, screen, send) {
  closeCamera(frame);
  const language = frame.querySelector('.screen')?.lang;
  const front = screen.camera === 'Front';
  const video = el('video', { class: front ? 'camera-video mirrored' : 'camera-video', playsinline: true, muted: true });
  const message = el('p', { class: 'camera-message', role: 'status' });
  const shutter = el('button', { type: 'button', class: 'shutter', 'aria-label': screen.take_label, disabled: true });
  const close = el('button', { type: 'button', class: 'camera-close', 'aria-label': 'Close the camera' }, '×');
  const overlay = el('div', { class: 'camera', role: 'dialog', 'aria-label': screen.title },
    video, message, el('div', { class: 'camera-controls' }, close, shutter));
  const camera = { overlay, stream: null };
  cameras.set(frame, camera);
  frame.append(overlay);
  close.addEventListener('click', () => closeCamera(frame));
  shutter.addEventListener('click', () => {
    const canvas = el('canvas', { width: video.videoWidth, height: video.videoHeight });
    canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
    closeCamera(frame);
    canvas.toBlob((blob) => { if (blob) sendPhoto(send, screen, blob); }, 'image/jpeg', 0.92);
  });
  try {
    if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('no camera'), { name: 'NotFoundError' });
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      // The camera's best: the photo is taken at the resolution the camera delivers, never scaled by the page.
      video: { facingMode: front ? 'user' : 'environment', width: { ideal: 4096 }, height: { ideal: 3072 } },
    });
    if (cameras.get(frame) !== camera) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    camera.stream = stream;
    video.srcObject = stream;
    await video.play();
    shutter.disabled = false;
    shutter.focus();
  } catch (error) {
    if (cameras.get(frame) === camera) message.textContent = cameraProblem(error, language, screen);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The preview's sample document: a sharp, synthetic passport page, for anyone without a passport at hand.

/** The sample's machine-readable zone (valid check digits) and its data, as a Kyrgyz ID card of 2017 has them. */
const SAMPLE_MRZ = [
  'IDKGZID1234567311405199000123<',
  '9005145F3103016KGZ<<<<<<<<<<<8',
  'ASANOVA<<AIGUL<<<<<<<<<<<<<<<<',
];

function roundedRect(g, x, y, width, height, radius) {
  g.beginPath();
  g.roundRect(x, y, width, height, radius);
}

/** The card: a light page with a fine pattern, on a dark table, as the instructions ask. */
function drawCard(g, x, y, width, height) {
  g.fillStyle = '#e8e2d2';
  roundedRect(g, x, y, width, height, 36);
  g.fill();
  g.save();
  g.clip();
  g.strokeStyle = '#c9d3c4';
  g.lineWidth = 3;
  for (let wave = 0; wave < 40; wave += 1) {
    g.beginPath();
    for (let step = 0; step <= width; step += 20) {
      const waveY = y + wave * (height / 40) + Math.sin((step + wave * 37) / 55) * 14;
      if (step === 0) g.moveTo(x + step, waveY); else g.lineTo(x + step, waveY);
    }
    g.stroke();
  }
  g.restore();
  g.strokeStyle = '#6d7b71';
  g.lineWidth = 5;
  roundedRect(g, x, y, width, height, 36);
  g.stroke();
}

/** A photo box with a head and shoulders. */
function drawPortrait(g, x, y, width, height) {
  g.fillStyle = '#aeb6bf';
  g.fillRect(x, y, width, height);
  g.fillStyle = '#4a4f57';
  g.beginPath();
  g.ellipse(x + width / 2, y + height * 0.38, width * 0.22, height * 0.2, 0, 0, Math.PI * 2);
  g.fill();
  g.beginPath();
  g.ellipse(x + width / 2, y + height * 0.95, width * 0.42, height * 0.3, 0, Math.PI, Math.PI * 2);
  g.fill();
  g.strokeStyle = '#2b2f35';
  g.lineWidth = 4;
  g.strokeRect(x, y, width, height);
}

/** Label and value lines. */
function drawLines(g, x, y, rows, scale = 1) {
  let lineY = y;
  for (const [label, value] of rows) {
    g.fillStyle = '#4b5560';
    g.font = `${Math.round(28 * scale)}px sans-serif`;
    g.fillText(label, x, lineY);
    g.fillStyle = '#141820';
    g.font = `bold ${Math.round(46 * scale)}px sans-serif`;
    g.fillText(value, x, lineY + 50 * scale);
    lineY += 104 * scale;
  }
}

function drawFront(g, x, y, scale = 1) {
  const s = (value) => value * scale;
  drawCard(g, x, y, s(1800), s(1140));
  g.fillStyle = '#14351f';
  g.font = `bold ${Math.round(s(60))}px sans-serif`;
  g.fillText('КЫРГЫЗ РЕСПУБЛИКАСЫ · KYRGYZ REPUBLIC', x + s(70), y + s(110));
  g.font = `${Math.round(s(40))}px sans-serif`;
  g.fillText('ИНСАНДЫН ИДЕНТИФИКАЦИЯЛЫК КАРТАСЫ · ID CARD', x + s(70), y + s(175));
  drawPortrait(g, x + s(70), y + s(240), s(470), s(600));
  drawLines(g, x + s(620), y + s(270), [
    ['Фамилиясы / Surname', 'АСАНОВА / ASANOVA'],
    ['Аты / Given name', 'АЙГҮЛ / AIGUL'],
    ['Атасынын аты / Patronymic', 'БАКЫТ КЫЗЫ'],
    ['Туулган күнү / Date of birth', '14.05.1990      Жынысы / Sex: Ж/F'],
    ['Документтин № / Document No', 'ID1234567'],
    ['Жарактуу мөөнөтү / Date of expiry', '01.03.2031'],
    ['Жарандыгы / Nationality', 'КЫРГЫЗ РЕСПУБЛИКАСЫ / KGZ'],
  ], scale);
  g.strokeStyle = '#1d2a5a';
  g.lineWidth = s(5);
  g.beginPath();
  g.moveTo(x + s(90), y + s(1000));
  g.bezierCurveTo(x + s(180), y + s(900), x + s(260), y + s(1080), x + s(380), y + s(960));
  g.bezierCurveTo(x + s(430), y + s(920), x + s(470), y + s(1010), x + s(520), y + s(980));
  g.stroke();
}

function drawBack(g, x, y) {
  drawCard(g, x, y, 1800, 1140);
  drawLines(g, x + 70, y + 100, [
    ['Жеке номери / Personal number (ПИН)', '11405199000123'],
    ['Берилген күнү / Date of issue', '01.03.2021'],
    ['Берген орган / Authority', 'МКК 211011'],
    ['Туулган жери / Place of birth', 'БИШКЕК Ш. / BISHKEK'],
    ['Жашаган жери / Address', 'г. Бишкек, ул. Чүй 12'],
  ]);
  g.fillStyle = '#f3efe4';
  g.fillRect(x + 40, y + 720, 1720, 380);
  g.fillStyle = '#111111';
  g.font = 'bold 74px monospace';
  SAMPLE_MRZ.forEach((line, index) => g.fillText(line, x + 80, y + 820 + index * 112, 1640));
}

/** A face, someone's shoulders, and the front page held beside it. */
function drawSelfie(g, width, height) {
  g.fillStyle = '#7f8c99';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#2f3e55';
  g.beginPath();
  g.ellipse(width * 0.3, height * 1.02, width * 0.26, height * 0.32, 0, Math.PI, Math.PI * 2);
  g.fill();
  g.fillStyle = '#3a2a22';
  g.beginPath();
  g.ellipse(width * 0.3, height * 0.36, width * 0.15, height * 0.26, 0, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#d9ae8e';
  g.beginPath();
  g.ellipse(width * 0.3, height * 0.42, width * 0.12, height * 0.22, 0, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#1b1b1b';
  for (const side of [-1, 1]) {
    g.beginPath();
    g.ellipse(width * 0.3 + side * width * 0.045, height * 0.37, width * 0.014, height * 0.016, 0, 0, Math.PI * 2);
    g.fill();
    g.fillRect(width * 0.3 + side * width * 0.045 - width * 0.025, height * 0.325, width * 0.05, height * 0.01);
  }
  g.strokeStyle = '#7a3b34';
  g.lineWidth = 8;
  g.beginPath();
  g.arc(width * 0.3, height * 0.45, width * 0.04, 0.15 * Math.PI, 0.85 * Math.PI);
  g.stroke();
  drawFront(g, width * 0.5, height * 0.2, 0.46);
}

/** «Образец документа»: the photo the kind asks for, drawn sharp on a canvas, as a JPEG. */
export function sampleDocument(kind) {
  const selfie = kind === 'SelfieWithPassport';
  const canvas = el('canvas', { width: selfie ? 1800 : 2000, height: selfie ? 1350 : 1340 });
  const g = canvas.getContext('2d');
  g.textBaseline = 'alphabetic';
  if (selfie) {
    drawSelfie(g, canvas.width, canvas.height);
  } else {
    g.fillStyle = '#30353c';
    g.fillRect(0, 0, canvas.width, canvas.height);
    if (kind === 'PassportBack') drawBack(g, 100, 100); else drawFront(g, 100, 100);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
}

// ---------------------------------------------------------------------------------------------------------------
// Small pieces

function spinner(label) {
  return el('div', { class: 'spinner', role: 'progressbar', 'aria-label': label ?? 'Loading' });
}

function paragraph(text, className) {
  return text ? el('p', { class: className }, text) : null;
}

/** The placeholder of a date field, as each language writes `ДД.ММ.ГГГГ` in its messages. */
const DATE_PLACEHOLDERS = { ru: 'ДД.ММ.ГГГГ', ky: 'КК.АА.ЖЖЖЖ', kk: 'КК.АА.ЖЖЖЖ', en: 'DD.MM.YYYY' };

/** How each kind of passport field is typed. */
function inputAttributes(kind, language) {
  switch (kind) {
    case 'Date': return { inputmode: 'numeric', placeholder: DATE_PLACEHOLDERS[language] ?? 'ДД.ММ.ГГГГ' };
    case 'Digits': return { inputmode: 'numeric' };
    case 'DocumentNumber': return { autocapitalize: 'characters', spellcheck: 'false' };
    case 'Name': return { autocapitalize: 'words', spellcheck: 'false' };
    default: return {};
  }
}

/** A typed field of a form: its label, the input (kept while typed in, see app.js), its note and error. */
function formField({ id, label, value, error, note, disabled, attributes = {}, onInput }) {
  const input = el('input', {
    id,
    'data-field': id,
    value,
    disabled,
    autocomplete: 'off',
    'aria-invalid': error ? 'true' : false,
    'aria-describedby': error ? `${id}-error` : false,
    oninput: (event) => onInput(event.target.value),
    ...attributes,
  });
  input.value = value;
  return el('div', { class: 'field kyc-field' },
    el('label', { for: id }, label),
    input,
    note ? el('p', { class: 'hint' }, note) : null,
    error ? el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }, error) : null);
}

/** A checklist row: a section (›), a declaration (its checkbox), or the consent, whose text the row opens. */
function checklistRow(row, send) {
  if (row.style === 'Declaration') {
    return checkbox(row.label, row.done, row.open, send, { disabled: !row.open, class: 'checkbox kyc-declaration' });
  }
  if (row.style === 'Link') {
    return el('button', {
      type: 'button',
      class: 'checkbox kyc-link-row',
      'data-done': row.done ? 'true' : 'false',
      disabled: !row.open,
      onclick: () => send(row.open),
    }, el('span', { class: 'box', 'aria-hidden': 'true' }), el('span', { class: 'checkbox-label kyc-link' }, row.label));
  }
  return el('button', {
    type: 'button',
    class: 'setting-row kyc-section',
    'data-done': row.done ? 'true' : 'false',
    disabled: !row.open,
    onclick: () => send(row.open),
  }, el('span', {}, row.label), el('span', { class: 'value' }, row.done ? el('span', { class: 'done' }, '✓ ') : null, '›'));
}

// ---------------------------------------------------------------------------------------------------------------
// The screens

/** What is typed in the MRZ box, by photo kind, so a new view (which redraws the screen) keeps it. */
const mrzDrafts = new Map();

/** The preview-only box: the machine-readable zone typed as a phone's text recognition would read it. */
function mrzPreview(screen, send) {
  const kind = photoKind(screen);
  const draft = mrzDrafts.get(kind) ?? { open: false, text: '' };
  mrzDrafts.set(kind, draft);
  const id = `mrz-${kind}`;
  const area = el('textarea', {
    id,
    'data-field': id,
    class: 'mrz-input',
    rows: 3,
    spellcheck: 'false',
    autocapitalize: 'characters',
    placeholder: SAMPLE_MRZ.join('\n'),
    oninput: (event) => { draft.text = event.target.value; },
  });
  area.value = draft.text;
  const read = () => {
    const lines = draft.text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
    send({ Kyc: { MrzRead: { lines } } });
  };
  return el('details', {
    class: 'preview-aid mrz-preview',
    open: draft.open,
    ontoggle: (event) => { draft.open = event.target.open; },
  },
  el('summary', {}, 'Preview: MRZ as the phone’s text recognition would read it'),
  el('p', { class: 'hint' },
    'Phones read the machine-readable zone from the camera’s frames (ML Kit, Vision); the browser has no OCR, so type it here.'),
  el('label', { for: id, class: 'visually-hidden' }, 'MRZ lines'),
  area,
  el('button', { type: 'button', class: 'secondary wide', onclick: read }, 'Preview: send the MRZ lines'));
}

export const kycScreens = {
  KycStatus(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('section', { class: `kyc-status kyc-state-${screen.state.toLowerCase()}`, role: 'status' },
        el('h2', { class: 'kyc-headline' }, screen.headline),
        // In review (or being sent): a spinner beside what is happening, so the wait reads as work, not a hang.
        screen.busy
          ? el('div', { class: 'kyc-busy', role: 'status' }, spinner(screen.headline), el('p', { class: 'body' }, screen.text))
          : el('p', { class: 'body' }, screen.text),
        screen.reason ? el('p', { class: 'kyc-reason', role: 'alert' }, screen.reason) : null,
        screen.to_redo.length ? el('ul', { class: 'kyc-redo' }, screen.to_redo.map((item) => el('li', {}, item))) : null,
        screen.limits.length ? fields(screen.limits) : null),
      el('div', { class: 'spacer' }),
      actionButton(screen.send_now, send, 'secondary wide'),
      actionButton(screen.start, send),
    ];
  },

  KycHowTo(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.intro),
      el('ol', { class: 'kyc-steps' }, screen.steps.map((step) => el('li', {}, step))),
      el('div', { class: 'spacer' }),
      actionButton(screen.close, send),
    ];
  },

  KycChecklist(screen, send) {
    return [
      el('h1', {}, screen.title),
      actionButton(screen.how_to, send, 'link kyc-how-to'),
      el('p', { class: 'subtitle' }, screen.intro),
      el('div', { class: 'kyc-rows' }, screen.rows.map((row) => checklistRow(row, send))),
      screen.non_resident ? el('p', { class: 'kyc-warning', role: 'alert' }, screen.non_resident) : null,
      screen.status ? el('p', { class: 'kyc-checklist-status', role: 'status' }, screen.status) : null,
      el('div', { class: 'spacer' }),
      paragraph(screen.ready, 'kyc-ready'),
      actionButton(screen.submit, send),
    ];
  },

  KycVerification(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('ul', { class: 'kyc-verification' }, screen.rows.map((row) => el('li', {
        class: 'kyc-verification-row', 'data-done': row.done ? 'true' : 'false',
      },
      el('span', { class: 'kyc-tick', 'aria-hidden': 'true' }, row.done ? '✓' : ''),
      el('span', { class: 'kyc-verification-label' }, row.label),
      actionButton(row.action, send, 'secondary kyc-row-action')))),
    ];
  },

  KycCapture(screen, send) {
    const kind = photoKind(screen);
    const busy = screen.checking;
    const gallery = el('input', {
      type: 'file',
      accept: 'image/*',
      class: 'visually-hidden',
      tabindex: '-1',
      'aria-hidden': 'true',
      'data-photo-input': kind,
      onchange: (event) => {
        const [file] = event.target.files;
        if (file) sendPhoto(send, screen, file);
      },
    });
    return [
      paragraph(screen.step, 'hint kyc-step'),
      el('h1', {}, screen.title),
      el('p', { class: 'body' }, screen.instruction),
      screen.problem ? el('p', { class: 'kyc-problem', role: 'alert' }, screen.problem) : null,
      paragraph(screen.mrz_note, 'kyc-note'),
      busy ? el('div', { class: 'kyc-checking', role: 'status' }, spinner(screen.checking_text), screen.checking_text) : null,
      screen.read_mrz ? mrzPreview(screen, send) : null,
      el('div', { class: 'spacer' }),
      el('button', {
        type: 'button',
        class: 'primary',
        disabled: busy,
        onclick: (event) => openCamera(event.currentTarget.closest('.frame'), screen, send),
      }, screen.take_label),
      gallery,
      el('button', { type: 'button', class: 'secondary wide', disabled: busy, onclick: () => gallery.click() },
        screen.gallery_label),
      el('button', {
        type: 'button',
        class: 'preview-aid-button',
        disabled: busy,
        onclick: async () => sendPhoto(send, screen, await sampleDocument(kind)),
      }, 'Preview: sample photo'),
    ];
  },

  KycPassport(screen, send, view) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.subtitle),
      paragraph(screen.mrz_note, 'kyc-note'),
      el('div', { class: 'kyc-form' }, screen.fields.map((field) => formField({
        id: `passport-${field.field}`,
        label: field.label,
        value: field.value,
        error: field.error,
        note: field.note,
        disabled: !screen.editable,
        attributes: { ...inputAttributes(field.input, view.language), 'aria-required': field.required ? 'true' : false },
        onInput: (text) => send({ Kyc: { EditPassport: { field: field.field, text } } }),
      }))),
      el('div', { class: 'kyc-buttons' },
        actionButton(screen.confirm, send),
        actionButton(screen.cancel, send, 'secondary wide')),
    ];
  },

  KycAddress(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('div', { class: 'kyc-form' }, screen.fields.map((field) => {
        const id = `address-${field.field}`;
        if (field.pick) {
          return el('div', { class: 'field kyc-field' },
            el('span', { class: 'field-label', id: `${id}-label` }, field.label),
            el('button', {
              type: 'button',
              class: 'kyc-picker',
              id,
              'aria-labelledby': `${id}-label ${id}`,
              'aria-invalid': field.error ? 'true' : false,
              onclick: () => send(field.pick),
            }, el('span', {}, field.value), el('span', { class: 'value', 'aria-hidden': 'true' }, '›')),
            errorText(field.error));
        }
        return formField({
          id,
          label: field.label,
          value: field.value,
          error: field.error,
          disabled: !screen.editable,
          attributes: { 'aria-required': field.required ? 'true' : false },
          onInput: (text) => send({ Kyc: { EditAddress: { field: field.field, text } } }),
        });
      })),
      el('div', { class: 'kyc-buttons' }, actionButton(screen.next, send)),
    ];
  },

  KycDistricts(screen, send) {
    const search = el('input', {
      id: 'districts-search',
      'data-field': 'districts-search',
      type: 'search',
      value: screen.query,
      placeholder: screen.search_hint,
      'aria-label': screen.search_hint,
      autocomplete: 'off',
      oninput: (event) => send({ Kyc: { SearchDistricts: { query: event.target.value } } }),
    });
    search.value = screen.query;
    return [
      el('h1', {}, screen.title),
      el('div', { class: 'field' }, search),
      screen.empty ? el('p', { class: 'subtitle' }, screen.empty) : null,
      el('div', { class: 'kyc-districts' }, screen.groups.map((group) => el('section', { 'aria-label': group.region },
        el('h2', {}, group.region),
        group.districts.map((district) => el('button', {
          type: 'button',
          class: 'kyc-district',
          'aria-pressed': district.selected ? 'true' : 'false',
          onclick: () => send(district.pick),
        }, district.name))))),
    ];
  },

  KycConsent(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('article', { class: 'document' }, screen.paragraphs.map((text) => el('p', {}, text))),
      actionButton(screen.read, send),
    ];
  },
};
