// The result after the PIN, in the browser, in Russian, against the preview's sandbox bank. A till's dynamic code is
// paid: the result shows the payment at the bank (a clock) or paid at once, then «Исполнено» with no click (the
// sandbox runs a payment inside the bank after a second); «Поделиться» opens the share sheet with the receipt as a
// PNG and a PDF, downloaded through its links and read back (the picture decodes; the document's text holds the
// amount as shown and the operation's number). Then a transfer to another bank (held there for 10 s) is cancelled:
// the cancel asks first naming the amount, «Не отменять» keeps it, a try that cannot reach the bank is a red notice
// that stays, the cancel a green one that goes by itself; the result shows it cancelled and the history does not count
// its amount.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPhone, usePreviewAndBrowser } from './harness.mjs';
import { TEXTS, heading, screen, sentCode, signIn, typePin } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const t = TEXTS.ru;
const PIN = '5827';
const AIGUL = '+996555123456';
const BAKYT = '+996700654321';
const VIEWPORT = { width: 1000, height: 900 };

/** Whitespace of any kind (the app's amounts have no-break spaces) as nothing, to compare texts. */
function squeezed(text) {
  return text.replace(/\s+/g, '');
}

/** The sandbox bank's own API, as the preview reports its address. */
async function bankUrl(page) {
  return (await (await page.request.get(`${running.preview.url}api/bank`)).json()).url;
}

/** Every text item of every page of a PDF, a line break where the PDF ends a line. */
async function pdfText(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  await pdf.destroy();
  return text;
}

/** The file behind a link of the share sheet, downloaded as a browser does. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('a till’s code paid: executed by itself, and the receipt shared as a picture and a document', async () => {
  const { context, page, errors, phone } = await openPhone(running, { viewport: VIEWPORT, acceptDownloads: true });
  await signIn(page, phone, running.preview.url, { typed: '0555 123 456', number: AIGUL, pin: PIN, synced: true });

  // The till of Глобус makes a code for 556,50 сом; the phone "scans" it.
  await phone.getByRole('button', { name: 'Оплатить по QR', exact: true }).click();
  const scanner = screen(phone, 'PayScan');
  await scanner.getByLabel('Till of').selectOption({ label: 'Глобус' });
  await scanner.getByLabel('Till amount').fill('556,50');
  await scanner.getByRole('button', { name: 'Till: make a code' }).click();
  await scanner.locator('figure.pay-code').getByRole('button', { name: 'Scan this code' }).click();
  const confirm = screen(phone, 'PayConfirm');
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(phone, 'Подтвердите оплату').waitFor();
  await typePin(phone, PIN);

  // First at the bank (a clock) or already paid; then «Оплачено», «Исполнено», with no click.
  const result = screen(phone, 'PayResult');
  const mark = result.locator('.result-mark');
  await mark.waitFor();
  const first = await mark.getAttribute('data-mark');
  assert.ok(['Waiting', 'Done'].includes(first), `the first mark: ${first}`);
  await result.locator('.result-status').filter({ hasText: /^Исполнено$/ }).waitFor({ timeout: 15_000 });
  await heading(phone, 'Оплачено').waitFor();
  assert.equal(await mark.getAttribute('data-mark'), 'Done');
  const amount = await result.locator('.result-amount').textContent();
  assert.equal(squeezed(amount), '556,50сом');
  await result.getByText('Глобус', { exact: true }).waitFor();
  await result.locator('.result-total').filter({ hasText: /^Итого: / }).waitFor();
  // «Готово» is the one filled button; a cancel is no longer offered once executed.
  assert.deepEqual(await result.locator('button.primary').allTextContents(), ['Готово']);
  assert.equal(await result.getByRole('button', { name: 'Отменить платёж' }).count(), 0);

  // «Поделиться»: the share sheet with the receipt's picture and document.
  await result.getByRole('button', { name: 'Поделиться', exact: true }).click();
  const sheet = phone.getByRole('dialog', { name: 'Квитанция' });
  await sheet.waitFor();
  assert.match((await sheet.locator('.share-text').textContent()).replace(/\s+/g, ' '), /^Квитанция № \d{4}-\d{6}: 556,50 сом, Глобус$/);
  const links = sheet.getByRole('link');
  assert.equal(await links.count(), 2);
  const png = await download(page, sheet.getByRole('link', { name: /\.png$/ }));
  const pdf = await download(page, sheet.getByRole('link', { name: /\.pdf$/ }));
  assert.match(png.name, /^receipt-\d{4}-\d{6}\.png$/);
  assert.match(pdf.name, /^receipt-\d{4}-\d{6}\.pdf$/);

  // The picture: a PNG that decodes to a receipt-sized image.
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const size = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, png.bytes.toString('base64'));
  assert.ok(size.width >= 300 && size.height >= 300, `decoded ${size.width}×${size.height}`);

  // The document: its text has the amount as the result showed it and the operation's number.
  assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = await pdfText(pdf.bytes);
  assert.ok(squeezed(text).includes(squeezed(amount)), `the amount ${amount} in:\n${text}`);
  assert.match(text, /№\s?\d{4}-\d{6}/);
  assert.ok(text.includes('Глобус'), text);

  // A name outside the sheet, or with a path, is refused.
  for (const name of ['..%2Fsandbox.sqlite', 'secrets', 'receipt-0000-000000.pdf']) {
    const refused = await page.request.get(`${running.preview.url}api/devices/a/shared/${name}`);
    assert.ok([400, 403, 404].includes(refused.status()), `${name}: ${refused.status()}`);
  }

  // «Закрыть» closes the sheet; «Готово» goes home.
  await sheet.getByRole('button', { name: 'Закрыть', exact: true }).click();
  await sheet.waitFor({ state: 'detached' });
  await result.getByRole('button', { name: 'Готово', exact: true }).click();
  await heading(phone, t.home).waitFor();

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a transfer to another bank cancelled: asked first, a failed try stays red, the cancel goes by itself', async () => {
  const { context, page, errors, phone } = await openPhone(running, { viewport: VIEWPORT });
  await signIn(page, phone, running.preview.url, { typed: '0700 654 321', number: BAKYT, pin: PIN, synced: true });

  // 700 сом to Кирилл Б. of Demir Bank, confirmed with the PIN and the SMS code.
  await phone.getByRole('button', { name: 'Перевод по номеру телефона', exact: true }).click();
  const transfer = screen(phone, 'Transfer');
  await transfer.getByLabel('Номер телефона получателя').fill('+996700111222');
  await transfer.getByText('Получатель: Кирилл Б.').waitFor();
  await transfer.getByLabel('Сумма', { exact: true }).fill('700');
  await transfer.locator('button.primary:not([disabled])').filter({ hasText: 'Продолжить' }).click();
  const confirm = screen(phone, 'PayConfirm');
  await confirm.locator('.pay-fee').filter({ hasText: /^Комиссия: / }).waitFor();
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(phone, 'Подтвердите оплату').waitFor();
  await typePin(phone, PIN);
  const code = screen(phone, 'TransferCode');
  await code.getByText('Мы отправили SMS с кодом на', { exact: false }).waitFor();
  await code.getByRole('textbox').fill(await sentCode(page, running.preview.url, BAKYT));
  const bank = await bankUrl(page);
  await code.locator('button.primary:not([disabled])').filter({ hasText: 'Подтвердить' }).click();

  // Accepted: a clock, and the cancel as a small text button, never the filled one. From here the bank holds the
  // transfer for 10 s, in which it can be cancelled.
  const result = screen(phone, 'PayResult');
  await heading(phone, 'Принято банком').waitFor({ timeout: 15_000 });
  await result.locator('.result-mark[data-mark="Waiting"]').waitFor();
  // A cancel cannot reach the bank for now (the sandbox's faults: its connection breaks).
  const unreachable = { unreachable: true, path_prefix: '/operations/', method: 'POST' };
  assert.equal((await page.request.put(`${bank}/dev/faults`, { data: unreachable })).ok(), true);
  const cancel = result.getByRole('button', { name: 'Отменить перевод', exact: true });
  assert.match(await cancel.getAttribute('class'), /\blink\b/);
  const total = (await result.locator('.result-total').textContent()).replace('Итого: ', '');

  // The cancel asks first, naming the amount; «Не отменять» keeps the transfer.
  await cancel.click();
  const question = phone.getByRole('alertdialog', { name: 'Отменить перевод?' });
  const text = await question.locator('p').textContent();
  assert.ok(squeezed(text).includes(squeezed(total)), `${text} names ${total}`);
  await question.getByRole('button', { name: 'Не отменять', exact: true }).click();
  await question.waitFor({ state: 'detached' });
  await heading(phone, 'Принято банком').waitFor();

  // Asked again and confirmed while the bank is out of reach: an error notice, red, which stays.
  await cancel.click();
  await question.getByRole('button', { name: 'Отменить перевод', exact: true }).click();
  const error = phone.locator('.notice.notice-error');
  await error.waitFor({ timeout: 10_000 });
  assert.equal(await error.getAttribute('role'), 'alert');
  const colour = (notice) => notice.evaluate((node) => getComputedStyle(node).backgroundColor);
  const red = await colour(error);
  assert.equal((await page.request.put(`${bank}/dev/faults`, { data: {} })).ok(), true);

  // Again with the bank there: cancelled, and a success notice, green, which goes by itself.
  await cancel.click();
  await question.getByRole('button', { name: 'Отменить перевод', exact: true }).click();
  await heading(phone, 'Перевод отменён').waitFor({ timeout: 10_000 });
  await result.locator('.result-mark[data-mark="Cancelled"]').waitFor();
  await result.locator('.result-status').filter({ hasText: /^Отменено$/ }).waitFor();
  await result.getByText('Деньги не списаны.').waitFor();
  const success = phone.locator('.notice.notice-success');
  await success.waitFor();
  assert.equal(await success.getAttribute('role'), 'status');
  const green = await colour(success);
  assert.notEqual(green, red, 'a success is coloured otherwise than an error');
  await success.waitFor({ state: 'detached', timeout: 10_000 });
  assert.equal(await result.getByRole('button', { name: 'Отменить перевод' }).count(), 0, 'nothing left to cancel');
  await result.getByRole('button', { name: 'Готово', exact: true }).click();
  await heading(phone, t.home).waitFor();

  // The history shows the transfer cancelled, its amount struck through, not counted.
  await phone.getByRole('button', { name: 'Вся история' }).click();
  await heading(phone, 'История операций').waitFor();
  const row = phone.locator('.operation-row').filter({ hasText: 'Кирилл Б.' }).filter({ hasText: 'Отменено' }).first();
  await row.waitFor();
  assert.equal(await row.getAttribute('data-counted'), 'false');
  await row.locator('s.row-amount.uncounted').filter({ hasText: /700,00/ }).waitFor();
  assert.equal(await row.locator('.row-amount').evaluate((node) => getComputedStyle(node).textDecorationLine), 'line-through');

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});
