// Getting paid, in the browser, in Russian, on two phones against the preview's sandbox bank: Бакыт shows a receive
// code for 250 сом and copies its link (the link is never printed); Айгуль pastes it into her scanner and pays with
// the PIN. The bank's push reaches Бакыт's phone in process: his receive screen turns into «Получено 250,00 сом от
// Айгуль А.» within seconds, with no «Обновить» pressed, and offers «Получить ещё»; home's balance is 250 сом higher.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPhone, usePreviewAndBrowser } from './harness.mjs';
import { TEXTS, heading, screen, signIn, typePin } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const t = TEXTS.ru;
const PIN = '5827';
const VIEWPORT = { width: 1000, height: 900 };

/** An amount as the app writes it («8 500,00 сом») as a number of som. */
function som(text) {
  const number = Number(text.replace(/[−–]/g, '-').replace(/[^\d,.-]/g, '').replace(',', '.'));
  assert.ok(Number.isFinite(number), `not an amount: ${text}`);
  return number;
}

async function balance(phone) {
  return som(await phone.getByLabel('Баланс').locator('.balance-amount').textContent());
}

test('a receive code paid from another phone turns into «Получено» by itself, and the balance grows', async () => {
  const { context, page, errors, phone: bakyt } = await openPhone(running, {
    viewport: VIEWPORT,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.getByRole('button', { name: 'Add a phone' }).click();
  const aigul = page.locator('[data-phone="b"]');
  await signIn(page, bakyt, running.preview.url, {
    typed: '0700 654 321', number: '+996700654321', pin: PIN, synced: true,
  });
  await signIn(page, aigul, running.preview.url, {
    typed: '0555 123 456', number: '+996555123456', pin: PIN, synced: true,
  });
  const before = await balance(bakyt);

  // Бакыт's code for 250 сом; its link to the clipboard, as a messenger would carry it.
  await bakyt.getByRole('button', { name: 'Получить по QR', exact: true }).click();
  const receive = screen(bakyt, 'Receive');
  await receive.locator('canvas.qr-canvas').waitFor();
  await receive.getByLabel('Сумма (необязательно)').fill('250');
  await receive.getByText('Код на 250,00 сом: оплатить по нему можно один раз').waitFor();
  await receive.getByRole('button', { name: 'Скопировать ссылку', exact: true }).click();
  await receive.getByText('Preview: copied to the clipboard.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /^https:\/\//);

  // Айгуль pastes it, sees 250 сом fixed by the code, and pays with the PIN.
  await aigul.getByRole('button', { name: 'Оплатить по QR', exact: true }).click();
  const scanner = screen(aigul, 'PayScan');
  await scanner.getByLabel('Или вставьте ссылку на оплату').fill(link);
  await scanner.getByRole('button', { name: 'Продолжить', exact: true }).click();
  const confirm = screen(aigul, 'PayConfirm');
  await confirm.waitFor();
  assert.equal(som(await confirm.locator('.pay-amount').textContent()), 250);
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(aigul, 'Подтвердите оплату').waitFor();
  await typePin(aigul, PIN);
  await screen(aigul, 'PayResult').locator('.result-status').filter({ hasText: /^Исполнено$/ })
    .waitFor({ timeout: 15_000 });

  // Бакыт's screen says so within seconds, in place of the code: no «Обновить» pressed.
  const received = receive.locator('.receive-received');
  await received.waitFor({ timeout: 5_000 });
  assert.equal((await received.textContent()).replace(/\s+/g, ' '), 'Получено 250,00 сом от Айгуль А.');
  assert.equal(await receive.locator('canvas.qr-canvas').count(), 0, 'the code gave way');
  await receive.getByRole('button', { name: 'Получить ещё', exact: true }).waitFor();

  // Home: 250 сом more.
  await bakyt.getByRole('button', { name: 'Назад' }).click();
  await heading(bakyt, t.home).waitFor();
  for (let attempt = 0; attempt < 10 && (await balance(bakyt)) !== before + 250; attempt += 1) {
    await page.waitForTimeout(500);
  }
  assert.equal(Math.round((await balance(bakyt)) * 100), Math.round((before + 250) * 100));

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});
