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
  // Headed by day; «Показать ещё» a plain button under the list, which takes the room its lines need.
  assert.ok(await phone.locator('.day-heading').count() > 1, 'day headings');
  const more = phone.getByRole('button', { name: 'Показать ещё' });
  const box = await more.boundingBox();
  assert.ok(box.height < 80, `«Показать ещё» is ${box.height} px high`);
  const list = await phone.locator('.history-rows').boundingBox();
  const last = await phone.locator('.operation-row').nth(49).boundingBox();
  assert.ok(last.y + last.height <= box.y + 1, 'the button is under the last line');
  assert.ok(list.height > 50 * 40, `the list is not squeezed (${list.height} px)`);
  await phone.locator('.operation-row').first().click();
  await phone.getByText('Квитанция подписана банком, подпись проверена').waitFor();
  await phone.getByRole('button', { name: 'Назад' }).click();

  // A line far down opened and closed: the history is where it was, not at the top.
  const content = phone.locator('.content[data-screen="History"]');
  await phone.locator('.operation-row').nth(30).scrollIntoViewIfNeeded();
  const scrolled = await content.evaluate((node) => node.scrollTop);
  assert.ok(scrolled > 500, `scrolled to ${scrolled}`);
  await phone.locator('.operation-row').nth(30).click();
  await phone.locator('.content[data-screen="Operation"]').waitFor();
  await phone.getByRole('button', { name: 'Назад' }).click();
  await content.waitFor();
  assert.ok(Math.abs((await content.evaluate((node) => node.scrollTop)) - scrolled) <= 2, 'the same place');
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
