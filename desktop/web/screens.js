// One function per screen kind of the core's views. A new feature adds its screens here and nothing else.

import { actionButton, el, notice, topBar } from './widgets.js';

const illustrations = {
  intro_qr: '▦',
  intro_offline: '⇅',
  intro_split: '✂',
};

const screens = {
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

  Home(screen, send) {
    const row = screen.language;
    return [
      el('h1', {}, screen.title),
      el('p', { class: 'subtitle' }, screen.welcome),
      el('button', { type: 'button', class: 'setting-row', onclick: () => send(row.open) },
        el('span', {}, row.label), el('span', { class: 'value' }, row.value, ' ›')),
    ];
  },
};

/** The whole phone screen for a view. */
export function drawApp(view, send) {
  const draw = screens[view.screen.kind];
  const content = draw
    ? draw(view.screen, send)
    : [el('p', { class: 'missing' }, `The preview cannot draw the screen "${view.screen.kind}" yet.`)];
  return [
    topBar(view.back, send),
    notice(view, send),
    el('section', { class: 'content', 'data-screen': view.screen.kind }, content),
  ];
}
