// Seed 000 steps 6–9 and the history: sign in with the SMS code, accept the terms, make the PIN, see the balance and
// the operations, then stop the bank, restart the app, unlock it with the PIN, and find everything still there,
// marked offline.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreviewAndBrowser } from './harness.mjs';
import { TEXTS, finishWizard, passIntro, unlock } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();

const AIGUL = '+996555123456';
const PIN = '5827';

test('sign in, see the history, and keep it offline after a restart', async () => {
  const context = await running.browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(running.preview.url);
  const phone = page.locator('[data-phone="a"]');
  const heading = (name) => phone.getByRole('heading', { name, exact: true });

  await heading('Выберите язык').waitFor();
  await passIntro(phone);

  await heading('Номер телефона').waitFor();
  await phone.getByLabel('Номер телефона').fill('0312 123 456');
  await phone.getByRole('button', { name: 'Войти' }).click();
  await phone.getByText('Это городской номер', { exact: false }).waitFor();
  await phone.getByLabel('Номер телефона').fill('0555 123 456');
  await phone.getByRole('button', { name: 'Войти' }).click();

  await heading('Код из SMS').waitFor();
  await phone.getByText('Мы отправили код на +996 555 ***456').waitFor();
  await finishWizard(page, phone, running.preview.url, { number: AIGUL, pin: PIN, t: TEXTS.ru });

  await heading('Кошелёк').waitFor();
  await phone.getByLabel('Баланс').waitFor();
  await phone.getByText('Обновлено в', { exact: false }).waitFor();
  await phone.getByRole('button', { name: 'Вся история' }).click();
  await heading('История операций').waitFor();
  await phone.locator('.operation-row').nth(49).waitFor();
  assert.equal(await phone.locator('.operation-row').count(), 50, 'a page of fifty, newest first');
  await phone.locator('.operation-row').first().click();
  await phone.getByText('Квитанция подписана банком, подпись проверена').waitFor();
  await phone.getByRole('button', { name: 'Назад' }).click();
  await phone.getByRole('button', { name: 'Назад' }).click();

  // The bank goes away; the app restarts on the lock screen, opens with the PIN (no bank needed), and still shows
  // the balance and the history, marked offline.
  await page.getByRole('button', { name: 'Stop the bank' }).click();
  await page.getByText('Sandbox bank: stopped').waitFor();
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await unlock(phone, PIN, TEXTS.ru);
  await phone.getByText('Нет связи — данные на', { exact: false }).waitFor({ timeout: 15_000 });
  await phone.getByLabel('Баланс').waitFor();
  await phone.getByRole('button', { name: 'Вся история' }).click();
  await heading('История операций').waitFor();
  await phone.locator('.operation-row').nth(49).waitFor();

  await page.getByRole('button', { name: 'Start the bank' }).click();
  await page.getByText('Sandbox bank: running', { exact: false }).waitFor();
  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  await context.close();
});
