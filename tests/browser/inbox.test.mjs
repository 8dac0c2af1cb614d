// The inbox, in the browser, in Russian, on two phones against the preview's sandbox bank: Айгуль transfers to
// Бакыт's number twice (inside the bank, executed at once). Each push reaches Бакыт's phone at home: a green notice
// «Получено … от Айгуль А.» that goes by itself, and home's «Уведомления» counts what is unread. The inbox lists the
// money, newest first; opening an item opens its operation and marks it read; «Прочитать все» reads the rest.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPhone, usePreviewAndBrowser } from './harness.mjs';
import { TEXTS, heading, screen, signIn, typePin } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const t = TEXTS.ru;
const PIN = '5827';
const VIEWPORT = { width: 1000, height: 900 };

/** A transfer inside the bank from home to `number`: the form, the confirmation, the PIN, «Переведено», «Готово». */
async function transfer(phone, number, amount) {
  await phone.getByRole('button', { name: 'Перевод по номеру телефона', exact: true }).click();
  const form = screen(phone, 'Transfer');
  await form.getByLabel('Номер телефона получателя').fill(number);
  await form.getByText('Получатель: Бакыт Т.').waitFor();
  await form.getByLabel('Сумма', { exact: true }).fill(amount);
  await form.locator('button.primary:not([disabled])').filter({ hasText: 'Продолжить' }).click();
  const confirm = screen(phone, 'PayConfirm');
  await confirm.locator('.pay-fee').filter({ hasText: /^Комиссия: / }).waitFor();
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(phone, 'Подтвердите оплату').waitFor();
  await typePin(phone, PIN);
  const result = screen(phone, 'PayResult');
  await heading(phone, 'Переведено').waitFor({ timeout: 15_000 });
  await result.getByRole('button', { name: 'Готово', exact: true }).click();
  await heading(phone, t.home).waitFor();
}

/** Home's «Уведомления» button, with the unread count it shows. */
function inboxButton(phone) {
  return phone.getByRole('button', { name: /^Уведомления/ });
}

test('pushes count on home, the inbox lists them newest first, and opening one reads it', async () => {
  const { context, page, errors, phone: bakyt } = await openPhone(running, { viewport: VIEWPORT });
  await page.getByRole('button', { name: 'Add a phone' }).click();
  const aigul = page.locator('[data-phone="b"]');
  await signIn(page, bakyt, running.preview.url, {
    typed: '0700 654 321', number: '+996700654321', pin: PIN, synced: true,
  });
  await signIn(page, aigul, running.preview.url, {
    typed: '0555 123 456', number: '+996555123456', pin: PIN, synced: true,
  });
  // What the bank said before this phone signed in is history, not news.
  await inboxButton(bakyt).waitFor();
  assert.equal(await bakyt.locator('.inbox-badge').count(), 0, 'nothing unread after signing in');

  // The first transfer: a green notice on Бакыт's home, which goes by itself, and one unread.
  await transfer(aigul, '+996700654321', '100');
  const notice = bakyt.locator('.notice.notice-success').filter({ hasText: /^Получено 100,00\sсом от Айгуль А\./ });
  await notice.waitFor({ timeout: 10_000 });
  await bakyt.locator('.inbox-badge').filter({ hasText: /^1$/ }).waitFor({ timeout: 10_000 });
  await notice.waitFor({ state: 'detached', timeout: 10_000 });

  // The second: two unread.
  await transfer(aigul, '+996700654321', '40');
  await bakyt.locator('.inbox-badge').filter({ hasText: /^2$/ }).waitFor({ timeout: 10_000 });
  assert.equal(await bakyt.locator('.inbox-badge').getAttribute('aria-label'), '2 новых', 'spoken with its count');

  // The inbox: newest first, both unread.
  await inboxButton(bakyt).click();
  await heading(bakyt, 'Уведомления').waitFor();
  const inbox = screen(bakyt, 'Inbox');
  const items = inbox.locator('.inbox-item');
  await items.nth(1).waitFor();
  assert.equal(await items.count(), 2);
  const plain = async (item) => (await item.locator('.inbox-text').textContent()).replace(/\s+/g, ' ');
  assert.equal(await plain(items.nth(0)), '40,00 сом от Айгуль А.');
  assert.equal(await plain(items.nth(1)), '100,00 сом от Айгуль А.');
  assert.equal(await items.nth(0).locator('.inbox-title').textContent(), 'Поступление');
  assert.deepEqual(await items.evaluateAll((nodes) => nodes.map((node) => node.dataset.unread)), ['true', 'true']);

  // Opening the newest opens its operation; back in the inbox it is read, the other not.
  await items.nth(0).click();
  const operation = screen(bakyt, 'Operation');
  await operation.locator('.operation-amount').filter({ hasText: /^\+40,00\sсом$/ }).waitFor({ timeout: 10_000 });
  await operation.getByText('Айгуль А.').first().waitFor();
  await bakyt.getByRole('button', { name: 'Назад' }).click();
  await heading(bakyt, 'Уведомления').waitFor();
  await inbox.locator('.inbox-item[data-unread="false"]').first().waitFor();
  assert.deepEqual(await items.evaluateAll((nodes) => nodes.map((node) => node.dataset.unread)), ['false', 'true']);

  // Home counts one; «Прочитать все» reads the rest, and the badge goes.
  await bakyt.getByRole('button', { name: 'Назад' }).click();
  await heading(bakyt, t.home).waitFor();
  await bakyt.locator('.inbox-badge').filter({ hasText: /^1$/ }).waitFor();
  await inboxButton(bakyt).click();
  await inbox.getByRole('button', { name: 'Прочитать все', exact: true }).click();
  await inbox.getByRole('button', { name: 'Прочитать все' }).waitFor({ state: 'detached' });
  assert.deepEqual(await items.evaluateAll((nodes) => nodes.map((node) => node.dataset.unread)), ['false', 'false']);
  await bakyt.getByRole('button', { name: 'Назад' }).click();
  await heading(bakyt, t.home).waitFor();
  await inboxButton(bakyt).waitFor();
  assert.equal(await bakyt.locator('.inbox-badge').count(), 0, 'nothing unread');

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});
