// «Разделить чек» in the browser, in Russian, against the preview's sandbox bank, with two phones: Айгуль splits a
// dinner of 1000 сом with a 10% tip between herself, Бакыт (from the demo contacts, who has the wallet) and Асель
// (typed by name only, who gets a link); percentages that do not sum to 100 are refused on the way. Бакыт finds the
// request on his home, pays it with the PIN, and Айгуль's bill shows him paid and what has been collected.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPhone, usePreviewAndBrowser } from './harness.mjs';
import { heading, screen, signIn, typePin } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const PIN = '5827';
const AIGUL = '+996555123456';
const BAKYT = '+996700654321';
/** Wide enough for two phones side by side. */
const VIEWPORT = { width: 1000, height: 900 };

/** The app writes money with a no-break space before «сом» (and between thousands); compared with plain spaces. */
function plain(text) {
  return text.replaceAll('\u00a0', ' ').trim();
}

async function texts(locator) {
  return (await locator.allTextContents()).map(plain);
}

/** Home's «Обновить» asks the bank now rather than at the next minute's sync, until `target` shows. */
async function refreshUntil(phone, target) {
  const refresh = phone.locator('.home-actions button.secondary:not([disabled])').filter({ hasText: /^Обновить$/ });
  for (let attempt = 0; attempt < 15 && !(await target.count()); attempt += 1) {
    await refresh.click();
    await target.waitFor({ timeout: 1_500 }).catch(() => {});
  }
  await target.waitFor({ timeout: 1_000 });
}

test('a bill split three ways: requests sent, one paid from another phone, the bill follows', { timeout: 60_000 }, async () => {
  const { context, page, errors, phone: aigul } = await openPhone(running, {
    viewport: VIEWPORT,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.getByRole('button', { name: 'Add a phone' }).click();
  const bakyt = page.locator('[data-phone="b"]');
  await signIn(page, aigul, running.preview.url, { typed: '0555 123 456', number: AIGUL, pin: PIN, synced: true });
  await signIn(page, bakyt, running.preview.url, { typed: '0700 654 321', number: BAKYT, pin: PIN, synced: true });

  // Home → «Разделить чек» → «Новый чек».
  await aigul.getByRole('button', { name: 'Разделить чек', exact: true }).click();
  const bills = screen(aigul, 'SplitBills');
  await heading(aigul, 'Разделить чек').waitFor();
  await bills.getByText('Чеков пока нет', { exact: false }).waitFor();
  await bills.getByRole('button', { name: 'Новый чек', exact: true }).click();
  const editor = screen(aigul, 'SplitEditor');
  await heading(aigul, 'Новый чек').waitFor();
  const send = editor.getByRole('button', { name: 'Отправить запросы', exact: true });
  assert.equal(await send.isDisabled(), true, 'nothing to split yet');

  // Typed key by key: each key is an event and a new view, and the field keeps its focus and caret throughout.
  const name = editor.getByLabel('Название (его увидят в запросе)');
  await name.pressSequentially('Ужин');
  assert.equal(await name.inputValue(), 'Ужин');
  await editor.getByLabel('Сумма чека, KGS').pressSequentially('1000');
  await editor.getByLabel('Чаевые или обслуживание (необязательно)').fill('10%');
  const summary = editor.locator('.split-summary');
  await summary.filter({ hasText: /из них чаевые 100,00/ }).waitFor();
  assert.equal(plain(await summary.textContent()), 'Итого 1 100,00 сом, из них чаевые 100,00 сом');

  // The preview's address book: the bank says who has the wallet; my own number is not offered.
  await editor.getByText('Разрешите доступ к контактам', { exact: false }).waitFor();
  await editor.getByRole('button', { name: 'Разрешить доступ к контактам (демо)' }).click();
  const contact = (who) => editor.locator('.split-contact').filter({ hasText: who });
  await contact('Бакыт Токтогулов').locator('.split-badge').filter({ hasText: 'В кошельке' }).waitFor();
  assert.equal(await contact('Кирилл Бакиров').locator('.split-badge').count(), 0, 'another bank’s customer');
  assert.equal(await contact('Айгуль Асанова').count(), 0, 'not my own number');
  await contact('Бакыт Токтогулов').getByRole('button', { name: 'Добавить', exact: true }).click();
  await contact('Бакыт Токтогулов').getByRole('button', { name: 'Добавлен', exact: true }).waitFor();

  // Someone without a number: she gets a link.
  const newPerson = editor.locator('.split-new-person');
  await newPerson.getByLabel('Имя', { exact: true }).fill('Асель');
  await newPerson.getByRole('button', { name: 'Добавить', exact: true }).click();
  const people = editor.locator('.split-person');
  await people.nth(2).filter({ hasText: 'Асель' }).locator('.split-share').waitFor();
  assert.deepEqual(await texts(people.locator('.split-person-name')), ['Я', 'Бакыт Токтогулов', 'Асель']);
  assert.deepEqual(await texts(people.locator('.split-share')), ['366,67 сом', '366,67 сом', '366,66 сом']);
  assert.deepEqual(await texts(people.locator('.split-person-delivery')), ['В кошельке', 'Получит ссылку на оплату']);
  await people.nth(0).locator('.split-rounding').filter({ hasText: '+1 тыйын' }).waitFor();

  // Percentages that do not sum to 100: the message, and nothing to send.
  await editor.getByRole('radio', { name: 'В процентах' }).click();
  const mine = people.nth(0).locator('input');
  await mine.waitFor();
  await mine.fill('50');
  await editor.getByText('Проценты в сумме дают 116,66, а должны дать 100').waitFor();
  assert.equal(await send.isDisabled(), true, 'a split that does not work out is not sent');
  assert.equal(await people.locator('.split-share').count(), 0, 'no shares while it does not split');
  await editor.getByRole('radio', { name: 'Поровну' }).click();
  await editor.getByRole('radio', { name: 'Поровну', checked: true }).waitFor();
  await editor.locator('.split-summary').waitFor();
  assert.deepEqual(await texts(people.locator('.split-share')), ['366,67 сом', '366,67 сом', '366,66 сом']);

  // «Отправить запросы»: the bill's screen follows the requests to the bank.
  await editor.locator('button.primary:not([disabled])').and(send).click();
  const bill = screen(aigul, 'SplitBill');
  await heading(aigul, 'Ужин').waitFor();
  const person = (who) => bill.locator('.split-bill-person').filter({ hasText: who });
  await person('Бакыт Токтогулов').getByText('Ждём оплату — запрос в кошельке').waitFor({ timeout: 15_000 });
  await person('Асель').getByText('Ждём оплату по ссылке').waitFor({ timeout: 15_000 });
  // The link is not printed: «Поделиться ссылкой» hands the sentence that ends with it to the share sheet.
  assert.equal(await person('Асель').getByText('https://', { exact: false }).count(), 0, 'no link on screen');
  const link = await person('Асель').getByRole('button', { name: 'Поделиться ссылкой' }).getAttribute('data-link');
  assert.match(link, /^https:\/\//);
  await person('Асель').getByRole('button', { name: 'Поделиться ссылкой' }).click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.includes('Ужин')));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(plain(copied), `«Ужин»: ваша доля 366,66 сом. Оплатите по ссылке: ${link}`);
  await bill.getByText('Собрано 0,00 сом из 733,33 сом', { exact: false }).waitFor();

  // Бакыт: the request on home (the sync brings it), «Оплатить», the confirmation with the amount fixed, the PIN.
  const request = bakyt.locator('.split-request').filter({ hasText: /Айгуль А\. просит 366,67\sсом/ });
  await refreshUntil(bakyt, request);
  await request.getByRole('button', { name: 'Оплатить', exact: true }).click();
  const confirm = screen(bakyt, 'PayConfirm');
  await heading(bakyt, 'Подтверждение оплаты').waitFor();
  assert.equal(plain(await confirm.locator('.pay-amount').textContent()), '366,67 сом');
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(bakyt, 'Подтвердите оплату').waitFor();
  await typePin(bakyt, PIN);
  await screen(bakyt, 'PayResult').waitFor({ timeout: 15_000 });

  // Айгуль's bill, syncing every few seconds while requests are open: Бакыт has paid, Асель not yet.
  await person('Бакыт Токтогулов').locator('.split-person-status.paid').filter({ hasText: 'Оплатил' })
    .waitFor({ timeout: 20_000 });
  await bill.locator('.split-bill-status').filter({ hasText: /^Собрано 366,67\sсом из 733,33\sсом$/ }).waitFor();
  assert.equal(plain(await person('Асель').locator('.split-person-status').textContent()), 'Ждём оплату по ссылке');
  await bill.getByRole('button', { name: 'Отменить чек', exact: true }).waitFor();

  // Back on the bills' list: the bill and how it goes.
  await aigul.getByRole('button', { name: 'Назад' }).click();
  await bills.locator('.split-bill-row').filter({ hasText: 'Ужин' }).filter({ hasText: 'Оплатили 1 из 2' }).waitFor();

  // A group: Бакыт paid the taxi, 600 сом between the two of us; the group says who pays whom.
  await bills.getByRole('button', { name: 'Новый чек', exact: true }).click();
  await heading(aigul, 'Новый чек').waitFor();
  await editor.getByLabel('Название (его увидят в запросе)').pressSequentially('Такси');
  await editor.getByLabel('Сумма чека, KGS').pressSequentially('600');
  await editor.locator('.split-contact').filter({ hasText: 'Бакыт Токтогулов' }).getByRole('button', { name: 'Добавить' }).click();
  await editor.getByLabel('Группа (необязательно)').pressSequentially('Каракол');
  await editor.locator('.split-payers').getByRole('radio', { name: 'Бакыт Токтогулов' }).click();
  await editor.getByRole('button', { name: 'Сохранить в группу', exact: true }).and(editor.locator('button:not([disabled])')).click();
  await heading(aigul, 'Такси').waitFor();
  await bill.getByText('Платил(а): Бакыт Токтогулов').waitFor();
  await aigul.getByRole('button', { name: 'Назад' }).click();
  await bills.getByRole('button', { name: 'Каракол', exact: true }).click();
  const group = screen(aigul, 'SplitGroup');
  await heading(aigul, 'Каракол').waitFor();
  assert.deepEqual(await texts(group.locator('.split-group-payments li')), ['Я → Бакыт Токтогулов: 300,00 сом']);
  assert.deepEqual(await texts(group.locator('.split-group-member .split-share')), ['Должен 300,00 сом', 'Получит 300,00 сом']);

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});
