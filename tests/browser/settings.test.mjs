// Session security in the browser, in Russian: biometric unlock (the preview's simulated fingerprint), the settings
// (biometrics switch, auto-lock, change PIN, both kept across a restart), and signing out through its dialog.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreviewAndBrowser } from './harness.mjs';
import {
  TEXTS, acceptTerms, answerFingerprint, createPin, enterSentCode, heading, screen, startSignIn, typePin, unlock,
} from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const t = TEXTS.ru;
const NUMBER = '+996700654321';
const BIOMETRICS = 'Войти по отпечатку или лицу';

async function openSettings(phone) {
  await phone.getByRole('button', { name: 'Настройки' }).click();
  await heading(phone, 'Настройки').waitFor();
  return screen(phone, 'Settings');
}

test('biometric unlock, the settings across a restart, and signing out', async () => {
  const context = await running.browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(running.preview.url);
  const phone = page.locator('[data-phone="a"]');

  await startSignIn(phone, '0700 654 321');
  await enterSentCode(page, phone, running.preview.url, NUMBER);
  await acceptTerms(phone, t);
  await createPin(phone, '5827', t);

  // Biometric unlock turned on; after a restart the lock screen asks for the fingerprint by itself (the preview's
  // simulated system prompt). Cancelled, the PIN pad waits, and its button asks again; a finger opens the wallet.
  await heading(phone, 'Вход по отпечатку или лицу').waitFor();
  await phone.getByRole('button', { name: 'Включить' }).click();
  await heading(phone, t.home).waitFor();
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, t.pinUnlock).waitFor();
  await answerFingerprint(phone, false);
  await screen(phone, 'Pin').locator('.pin-key:not([disabled])').first().waitFor();
  await heading(phone, t.pinUnlock).waitFor();
  await phone.getByRole('button', { name: BIOMETRICS }).click();
  await answerFingerprint(phone, true);
  await heading(phone, t.home).waitFor();

  // The settings: who is signed in, biometrics on, auto-lock after 5 minutes; turn biometrics off, pick 1 minute.
  let settings = await openSettings(phone);
  await settings.getByText('Вы вошли как +996 700 ***321').waitFor();
  await settings.getByRole('button', { name: 'Язык Русский' }).waitFor();
  await settings.getByRole('switch', { name: 'Вход по отпечатку или лицу', checked: true }).click();
  await settings.getByRole('switch', { name: 'Вход по отпечатку или лицу', checked: false }).waitFor();
  await settings.getByRole('radio', { name: '5 минут', checked: true }).waitFor();
  await settings.getByRole('radio', { name: '1 минута' }).click();
  await settings.getByRole('radio', { name: '1 минута', checked: true }).waitFor();
  assert.equal(await settings.getByRole('radio', { checked: true }).count(), 1, 'one choice at a time');

  // Both are kept: after a restart the lock screen has no biometric button, and the settings show the same.
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, t.pinUnlock).waitFor();
  assert.equal(await phone.getByRole('button', { name: BIOMETRICS }).count(), 0);
  await unlock(phone, '5827', t);
  settings = await openSettings(phone);
  await settings.getByRole('switch', { name: 'Вход по отпечатку или лицу', checked: false }).waitFor();
  await settings.getByRole('radio', { name: '1 минута', checked: true }).waitFor();

  // Change the PIN: the current one first, then the new one twice; the next restart asks for the new one.
  await settings.getByRole('button', { name: 'Сменить PIN-код' }).click();
  await heading(phone, 'Текущий PIN-код').waitFor();
  await typePin(phone, '5827');
  await heading(phone, 'Новый PIN-код').waitFor();
  await typePin(phone, '3916');
  await heading(phone, t.pinRepeat).waitFor();
  await typePin(phone, '3916');
  // A success: green, and it goes by itself.
  const changed = phone.locator('.notice.notice-success').filter({ hasText: 'PIN-код изменён.' });
  await changed.waitFor();
  await changed.waitFor({ state: 'detached', timeout: 10_000 });
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, t.pinUnlock).waitFor();
  await typePin(phone, '5827');
  await phone.getByText('Неверный PIN-код.', { exact: false }).waitFor();
  await typePin(phone, '3916');
  await heading(phone, t.home).waitFor();

  // Signing out asks first: «Отмена» (or Escape) keeps everything, «Выйти» goes back to the phone number.
  settings = await openSettings(phone);
  await settings.getByRole('button', { name: 'Выйти' }).click();
  const question = phone.getByRole('alertdialog', { name: 'Выйти из кошелька?' });
  await question.getByText('Чтобы войти снова, понадобится номер телефона и код из SMS.').waitFor();
  await question.getByRole('button', { name: 'Отмена' }).click();
  await question.waitFor({ state: 'detached' });
  await heading(phone, 'Настройки').waitFor();
  // The question takes the keyboard: Escape answers «Отмена».
  await settings.getByRole('button', { name: 'Выйти' }).click();
  await question.waitFor();
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  await settings.getByRole('button', { name: 'Выйти' }).click();
  await question.getByRole('button', { name: 'Выйти' }).click();
  await heading(phone, 'Номер телефона').waitFor();
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, 'Номер телефона').waitFor();
  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  await context.close();
});
