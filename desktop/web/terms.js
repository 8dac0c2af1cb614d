// Seed 000 step 8: the terms, each with its checkbox and «Читать», and each document's text.

import { actionButton, checkbox, el } from './widgets.js';

export const termsScreens = {
  Terms(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.subtitle),
      el('ul', { class: 'terms' },
        screen.items.map((item) => el('li', { class: 'terms-item' },
          checkbox(item.label, item.checked, item.toggle, send),
          actionButton(item.open, send, 'link')))),
      el('div', { class: 'spacer' }),
      actionButton(screen.accept, send),
    ];
  },

  TermsDocument(screen, send) {
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'hint' }, screen.edition),
      el('article', { class: 'document' }, screen.paragraphs.map((paragraph) => el('p', {}, paragraph))),
      actionButton(screen.agree, send),
    ];
  },
};
