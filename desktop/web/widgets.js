// Small building blocks shared by every screen. A screen is a function of its view and `send`; it holds no rule.

/** Creates an element: el('p', {class: 'x'}, 'text', child, …). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return node;
}

/** A button for one of the core's actions: {label, event, enabled}. */
export function actionButton(action, send, className = 'primary') {
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
