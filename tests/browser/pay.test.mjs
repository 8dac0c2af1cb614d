// Paying by QR in the browser, in Russian, against the preview's sandbox bank: a demo customer "scans" a café's
// static code (the preview's demo merchants), types the amount, sees the fee, pays with the PIN (which repeats what
// it confirms), and the result screen follows the payment to «Исполнено» by itself; home's balance is lower, and the
// payment's details repeat it («Повторить»: the same code and amount again). Then the scanner's refusals and a
// picture: pasted garbage says why, a file that is no picture says so, and a till's dynamic code drawn by the server
// as a PNG and chosen from the "gallery" opens the confirmation with the amount fixed. Last, «Получить по QR»: one
// phone's code, drawn on its canvas, shared and its link copied to the clipboard (never printed), and paid from a
// second phone that picks the canvas's picture.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPhone, usePreviewAndBrowser } from './harness.mjs';
import { TEXTS, heading, screen, signIn, typePin } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const t = TEXTS.ru;
const PIN = '5827';
/** Wide enough for two phones side by side. */
const VIEWPORT = { width: 1000, height: 900 };

/** An amount as the app writes it («100 000,00 сом», «−150,00 сом») as a number of som. */
function som(text) {
  const number = Number(text.replace(/[−–]/g, '-').replace(/[^\d,.-]/g, '').replace(',', '.'));
  assert.ok(Number.isFinite(number), `not an amount: ${text}`);
  return number;
}

/** The value of the confirmation's detail `label` («Получатель», …). */
function detail(confirm, label) {
  return confirm.locator(`.fields dt:text-is("${label}") + dd`).textContent();
}

async function balance(phone) {
  return som(await phone.getByLabel('Баланс').locator('.balance-amount').textContent());
}

/** Home → «Оплатить по QR» → the scanner. */
async function openScanner(phone) {
  await phone.getByRole('button', { name: 'Оплатить по QR', exact: true }).click();
  await heading(phone, 'Оплата по QR').waitFor();
  return screen(phone, 'PayScan');
}

/** Home's balance, once it reads `expected` (the sync after the payment brings it; «Обновить» asks sooner). */
async function balanceBecomes(phone, expected) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (Math.round((await balance(phone)) * 100) === Math.round(expected * 100)) return;
    await phone.page().waitForTimeout(500);
  }
  assert.equal(await balance(phone), expected);
}

test('a static code scanned, the amount typed, paid with the PIN: executed, and the balance fell', async () => {
  const { context, page, errors, phone } = await openPhone(running, { viewport: VIEWPORT });
  await signIn(page, phone, running.preview.url, {
    typed: '0555 123 456', number: '+996555123456', pin: PIN, synced: true,
  });
  const before = await balance(phone);

  const scanner = await openScanner(phone);
  await scanner.getByText('Наведите камеру на QR-код').waitFor();
  await scanner.getByRole('button', { name: 'Выбрать из галереи' }).waitFor();
  await scanner.getByRole('button', { name: 'Scan the code of Кафе Нават' }).click();

  // The confirmation: who gets the money, the fee once the amount is typed, the total and what is left.
  const confirm = screen(phone, 'PayConfirm');
  await heading(phone, 'Подтверждение оплаты').waitFor();
  assert.equal(await detail(confirm, 'Получатель'), 'Кафе Нават');
  await confirm.getByText('Комиссия будет видна после ввода суммы').waitFor();
  const pay = confirm.getByRole('button', { name: 'Оплатить', exact: true });
  assert.equal(await pay.isDisabled(), true, 'no amount yet');
  await confirm.getByRole('textbox', { name: 'Сумма' }).fill('150');
  await confirm.locator('.pay-fee').filter({ hasText: /^Комиссия: / }).waitFor();
  const fee = som((await confirm.locator('.pay-fee').textContent()).replace('Комиссия:', ''));
  await confirm.getByText('Итого к списанию:', { exact: false }).waitFor();
  await confirm.getByText('Останется:', { exact: false }).waitFor();
  await confirm.locator('button.primary:not([disabled])').and(pay).waitFor();
  await pay.click();

  // The PIN repeats what it confirms; the result screen follows the payment to the bank and its execution (the
  // sandbox runs a payment inside the bank after a second), with no click.
  await heading(phone, 'Подтвердите оплату').waitFor();
  const summary = screen(phone, 'Pin').locator('.pin-summary');
  assert.equal(await summary.locator('dt:text-is("Получатель") + dd').textContent(), 'Кафе Нават');
  assert.equal(som(await summary.locator('dt:text-is("Сумма") + dd').textContent()), 150);
  await typePin(phone, PIN);
  const result = screen(phone, 'PayResult');
  await result.waitFor();
  await result.locator('.result-status').filter({ hasText: /^Исполнено$/ }).waitFor({ timeout: 15_000 });
  await heading(phone, 'Оплачено').waitFor();
  await result.locator('.result-mark[data-mark="Done"]').waitFor();
  assert.equal(som(await result.locator('.result-amount').textContent()), 150);
  await result.getByText('Кафе Нават', { exact: true }).waitFor();

  // «Готово» goes home, where the balance is lower by the amount and the fee.
  await result.getByRole('button', { name: 'Готово', exact: true }).click();
  await heading(phone, t.home).waitFor();
  await balanceBecomes(phone, before - 150 - fee);
  // The seeded history has payments to the café too: this one is the row of −150,00, executed. Its details offer
  // the receipt to share and «Повторить», which opens the café's confirmation again with the same amount.
  await phone.locator('.operation-row').filter({ hasText: 'Кафе Нават' }).filter({ hasText: /−150,00/ })
    .filter({ hasText: 'Исполнено' }).first().click();
  const operation = screen(phone, 'Operation');
  await operation.getByRole('button', { name: 'Поделиться', exact: true }).waitFor();
  await operation.getByRole('button', { name: 'Повторить', exact: true }).click();
  await heading(phone, 'Подтверждение оплаты').waitFor();
  assert.equal(await detail(confirm, 'Получатель'), 'Кафе Нават');
  assert.equal(som(await confirm.getByRole('textbox', { name: 'Сумма' }).inputValue()), 150);

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});

test('garbage pasted says why; a till’s code as a PNG from the gallery fixes the amount', async () => {
  const { context, page, errors, phone } = await openPhone(running, { viewport: VIEWPORT });
  await signIn(page, phone, running.preview.url, {
    typed: '0700 654 321', number: '+996700654321', pin: PIN, synced: true,
  });
  const scanner = await openScanner(phone);

  // A pasted text that is no payment code: the core says so under the camera.
  await scanner.getByLabel('Или вставьте ссылку на оплату').fill('hello, this is not a payment code');
  await scanner.getByRole('button', { name: 'Продолжить', exact: true }).click();
  const problem = scanner.locator('.pay-problem');
  await problem.filter({ hasText: 'Это не QR-код для оплаты.' }).waitFor();

  // A file that is no picture, named like one: judged by its content.
  const gallery = scanner.locator('input[type="file"]');
  await gallery.setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await problem.filter({ hasText: 'Это не изображение.' }).waitFor();

  // The till makes a dynamic code for 556,50 сом; the server draws it as a PNG, which the gallery gives the core.
  await scanner.getByLabel('Till of').selectOption({ label: 'Глобус' });
  await scanner.getByLabel('Till amount').fill('556,50');
  await scanner.getByRole('button', { name: 'Till: make a code' }).click();
  const code = scanner.locator('figure.pay-code');
  await code.getByRole('img', { name: /^QR code: Глобус, till code/ }).waitFor();
  const link = await code.getAttribute('data-link');
  const png = await page.request.get(`${running.preview.url}api/qr.png?text=${encodeURIComponent(link)}`);
  assert.equal(png.status(), 200);
  assert.equal(png.headers()['content-type'], 'image/png');
  await gallery.setInputFiles({ name: 'till.png', mimeType: 'image/png', buffer: await png.body() });

  const confirm = screen(phone, 'PayConfirm');
  await heading(phone, 'Подтверждение оплаты').waitFor();
  assert.equal(await detail(confirm, 'Получатель'), 'Глобус');
  assert.equal(som(await confirm.locator('.pay-amount').textContent()), 556.5);
  assert.equal(await confirm.getByRole('textbox').count(), 0, 'the code fixes the amount');
  await confirm.locator('.pay-fee').filter({ hasText: /^Комиссия: / }).waitFor();
  await confirm.getByText('Итого к списанию:', { exact: false }).waitFor();
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).waitFor();

  // «Назад» returns to the scanner, as after a camera's scan.
  await phone.getByRole('button', { name: 'Назад' }).click();
  await heading(phone, 'Оплата по QR').waitFor();

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a customer’s own code, drawn on the canvas and shared, is paid from another phone', async () => {
  const { context, page, errors, phone: payer } = await openPhone(running, {
    viewport: VIEWPORT,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.getByRole('button', { name: 'Add a phone' }).click();
  const payee = page.locator('[data-phone="b"]');
  await signIn(page, payer, running.preview.url, {
    typed: '0777 000 111', number: '+996777000111', pin: PIN, synced: true,
  });
  await signIn(page, payee, running.preview.url, {
    typed: '0700 555 020', number: '+996700555020', pin: PIN, synced: true,
  });

  // The payee's static code, then one for 75 сом.
  await payee.getByRole('button', { name: 'Получить по QR', exact: true }).click();
  const receive = screen(payee, 'Receive');
  await receive.getByText('Любой может оплатить по этому коду любую сумму').waitFor();
  await receive.locator('canvas.qr-canvas').waitFor();
  await receive.getByLabel('Сумма (необязательно)').fill('75');
  await receive.getByText('Код на 75,00 сом: оплатить по нему можно один раз').waitFor();
  // The link is never printed; «Скопировать ссылку» puts it on the clipboard.
  assert.equal(await receive.getByText('https://', { exact: false }).count(), 0, 'no link on screen');
  await receive.getByRole('button', { name: 'Скопировать ссылку', exact: true }).click();
  await receive.getByText('Preview: copied to the clipboard.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /^https:\/\//);
  await receive.getByRole('button', { name: 'Поделиться', exact: true }).click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.startsWith('Переведите')));
  // The amount's space is a no-break one, as the app writes amounts; the link ends the text, untouched.
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied.replaceAll('\u00a0', ' '), `Переведите мне 75,00 сом по ссылке: ${link}`);

  // The canvas as a picture (its quiet zone included) from the payer's gallery: the confirmation for 75 сом.
  const picture = await receive.locator('canvas.qr-canvas').evaluate((canvas) => canvas.toDataURL('image/png'));
  const scanner = await openScanner(payer);
  await scanner.locator('input[type="file"]').setInputFiles({
    name: 'code.png', mimeType: 'image/png', buffer: Buffer.from(picture.split(',')[1], 'base64'),
  });
  const confirm = screen(payer, 'PayConfirm');
  await confirm.waitFor();
  assert.equal(som(await confirm.locator('.pay-amount').textContent()), 75);
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(payer, 'Подтвердите оплату').waitFor();
  await typePin(payer, PIN);
  await screen(payer, 'PayResult').locator('.result-status').filter({ hasText: /^Исполнено$/ })
    .waitFor({ timeout: 15_000 });

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});
