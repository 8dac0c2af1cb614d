// The system's share sheet, as the view asks for it (`ViewModel.share`: a receipt's picture and document the core
// wrote into the phone's folder). A browser has no share sheet: the preview draws one over the phone's screen with
// the view's title and text and a download link per file, served from the phone's folder by name
// (`/api/devices/{device}/shared/{name}`); the view's «Закрыть» sends `ShareClosed`.

import { actionButton, el } from './widgets.js';

/** `{title, text, files: [{name, mime_type, path}], close}` as a sheet from the bottom of the phone. */
export function shareSheet(sheet, send) {
  const href = (file) => `/api/devices/${encodeURIComponent(send.phone)}/shared/${encodeURIComponent(file.name)}`;
  return el('div', { class: 'sheet-backdrop' },
    el('div', {
      class: 'share-sheet',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': sheet.title,
      onkeydown: (event) => { if (event.key === 'Escape' && sheet.close.enabled) send(sheet.close.event); },
    },
    el('h2', {}, sheet.title),
    el('p', { class: 'share-text' }, sheet.text),
    el('ul', { class: 'share-files' },
      sheet.files.map((file) => el('li', { class: 'share-file' },
        el('span', { class: 'share-file-type', 'aria-hidden': 'true' }, fileBadge(file)),
        el('a', { href: href(file), download: file.name, 'data-mime-type': file.mime_type }, file.name)))),
    el('p', { class: 'hint' }, 'Preview: no share sheet in a browser; download the files instead.'),
    actionButton(sheet.close, send, 'secondary wide')));
}

/** PNG, PDF: what kind of file, from its type. */
function fileBadge(file) {
  return (file.mime_type.split('/').pop() ?? '').toUpperCase();
}
