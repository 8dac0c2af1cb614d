// The settings: language, change PIN, biometric unlock, auto-lock, sign out.

import { actionButton, choiceRow, el, linkRow, settingRow, switchRow } from './widgets.js';

export const settingsScreens = {
  Settings(screen, send) {
    return [
      el('h1', {}, screen.title),
      screen.account ? el('p', { class: 'subtitle' }, screen.account) : null,
      el('div', { class: 'setting-rows' },
        settingRow(screen.language, send),
        linkRow(screen.change_pin, send),
        switchRow(screen.biometrics, send),
        choiceRow(screen.auto_lock, send)),
      el('div', { class: 'spacer' }),
      actionButton(screen.logout, send, 'danger'),
    ];
  },
};
