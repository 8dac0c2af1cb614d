// Shake to pay in the browser, in Russian, against the preview's sandbox bank: two phones of one page, two demo
// customers. The payee asks 200 сом, the payer chooses to pay; the toolbar shakes both phones at once (the server
// feeds each core a recorded shake), the bank pairs them, both confirm, and the payer pays the fixed amount with
// the PIN that follows at once, until the result says «Исполнено». A listening phone put down hard on a table is no shake.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreviewAndBrowser } from './harness.mjs';
import { TEXTS, heading, screen, signIn, typePin } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const t = TEXTS.ru;
const PIN = '5827';

/** Home → «Встряхнуть и оплатить» → a side chosen: the phone listens. */
async function openShake(phone, side) {
  await phone.getByRole('button', { name: 'Встряхнуть и оплатить', exact: true }).click();
  const shake = screen(phone, 'Shake');
  await shake.getByText('Вы платите или получаете деньги?', { exact: false }).waitFor();
  await shake.getByRole('button', { name: side, exact: true }).click();
  await shake.getByRole('button', { name: side, exact: true, pressed: true }).waitFor();
  return shake;
}

test('two phones shaken together pair, both confirm, and the payer pays the amount the payee asked', async () => {
  const context = await running.browser.newContext({ locale: 'ru-RU', viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(running.preview.url);
  await page.getByRole('button', { name: 'Add a phone' }).click();
  const payer = page.locator('[data-phone="a"]');
  const payee = page.locator('[data-phone="b"]');
  await signIn(page, payer, running.preview.url, {
    typed: '0555 123 456', number: '+996555123456', pin: PIN, synced: true,
  });
  await signIn(page, payee, running.preview.url, {
    typed: '0700 654 321', number: '+996700654321', pin: PIN, synced: true,
  });

  const payeeShake = await openShake(payee, 'Получить');
  await payeeShake.getByLabel('Сумма к получению (необязательно)').fill('200');
  await payeeShake.getByText('Встряхните телефон рядом с телефоном плательщика').waitFor();
  const payerShake = await openShake(payer, 'Оплатить');
  await payerShake.getByText('Встряхните телефон рядом с телефоном получателя').waitFor();

  // A phone put down hard on a table is not a shake: it keeps listening.
  await payerShake.getByRole('button', { name: 'Preview: put it down hard' }).click();
  await page.locator('[data-phone="a"][data-pending="0"]').waitFor();
  await payerShake.getByText('Встряхните телефон рядом с телефоном получателя').waitFor();

  // Both phones shaken at once: the bank pairs them, each sees the other.
  await page.getByRole('button', { name: 'Shake the phones together' }).click();
  await payerShake.getByText('Проверьте, что это тот, кому вы платите', { exact: false }).waitFor({ timeout: 15_000 });
  await payeeShake.getByText('Проверьте, что это тот, кто вам платит', { exact: false }).waitFor({ timeout: 15_000 });
  await payerShake.getByText('200,00 сом', { exact: false }).waitFor();
  await payeeShake.getByRole('button', { name: 'Подтвердить', exact: true }).click();
  await payerShake.getByRole('button', { name: 'Подтвердить', exact: true }).click();

  // Both confirmed: the payer confirmed the peer and the amount already, so the PIN follows at once (once the fee is
  // known), repeating the amount the payee fixed; the payee waits for the money.
  await heading(payer, 'Подтвердите оплату').waitFor({ timeout: 15_000 });
  const summary = screen(payer, 'Pin').locator('.pin-summary');
  assert.equal(await summary.locator('dt:text-is("Получатель") + dd').textContent(), 'Бакыт Т.');
  assert.equal((await summary.locator('dt:text-is("Сумма") + dd').textContent()).replace(/\D/g, ''), '20000');
  await payeeShake.getByText('Айгуль А. подтверждает оплату PIN-кодом', { exact: false }).waitFor();
  await typePin(payer, PIN);
  await screen(payer, 'PayResult').locator('.result-status').filter({ hasText: /^Исполнено$/ })
    .waitFor({ timeout: 15_000 });

  // The payee's «Готово» leads home, where the next sync shows the money.
  await payeeShake.getByRole('button', { name: 'Готово', exact: true }).click();
  await heading(payee, t.home).waitFor();

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});
