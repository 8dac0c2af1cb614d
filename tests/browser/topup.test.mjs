// Money in, in the browser, in Russian, against the preview's sandbox bank: a new customer lands on «0,00 сом»,
// finds «Пополнить» right under the balance, reads the account's details, tops up from a Visa card through its
// issuer's 3-D Secure code (the preview's stand-in SMS), sees «Зачислено», and home shows the money; then pays her
// mobile operator from «Платежи», saves that as a favourite and pays it again from home.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreviewAndBrowser } from './harness.mjs';
import { heading, screen, signIn, typePin } from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const PIN = '5827';
/** Nobody at the sandbox has this number: signing in makes a new customer with an empty account. */
const NEWCOMER = '+996555000777';

/** The newest 3-D Secure code the sandbox's card issuer "sent" to `number`. */
async function issuerCode(page, number) {
  const bank = await (await page.request.get(`${running.preview.url}api/bank`)).json();
  const response = await page.request.get(`${bank.url}/dev/sms?phone=${encodeURIComponent(number)}&kind=card`);
  if (!response.ok()) throw new Error(`no issuer's code for ${number}: ${response.status()}`);
  return (await response.json()).code;
}

/** An expiry three years from today, as typed: «MMYY». */
function expiry() {
  const today = new Date();
  return `${String(today.getMonth() + 1).padStart(2, '0')}${String((today.getFullYear() + 3) % 100).padStart(2, '0')}`;
}

test('a new customer tops up from 0,00 сом with a card and its 3-D Secure code', async () => {
  const context = await running.browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(running.preview.url);
  const phone = page.locator('[data-phone="a"]');
  await signIn(page, phone, running.preview.url, { typed: '0555 000 777', number: NEWCOMER, pin: PIN, synced: true });
  const balance = phone.locator('.balance-amount');
  assert.equal((await balance.textContent()).replace(/\s/g, ' '), '0,00 сом');

  await phone.getByRole('button', { name: 'Пополнить', exact: true }).click();
  const menu = screen(phone, 'TopUp');
  await heading(phone, 'Пополнение').waitFor();
  await menu.getByText('Номер кошелька для терминала').waitFor();
  await menu.getByText('996555000777', { exact: true }).waitFor();
  await menu.getByRole('button', { name: 'Скопировать: Номер счёта' }).waitFor();

  await menu.getByRole('button', { name: 'С карты другого банка', exact: true }).click();
  const form = screen(phone, 'CardTopUp');
  await heading(phone, 'Пополнение с карты').waitFor();
  const submit = form.getByRole('button', { name: 'Пополнить', exact: true });
  assert.equal(await submit.isDisabled(), true, 'nothing typed yet');
  // A typo in the last digit: the check digit says so.
  await form.getByLabel('Номер карты').fill('4169585000000008');
  await form.getByText('В номере карты ошибка: проверьте цифры').waitFor();
  await form.getByLabel('Номер карты').fill('4169585000000009');
  await form.locator('.topup-scheme').filter({ hasText: 'Visa' }).waitFor();
  await form.getByLabel('Срок действия').fill(expiry());
  const cvv = form.getByLabel('CVV2/CVC2');
  assert.equal(await cvv.getAttribute('type'), 'password', 'the CVV is not shown');
  await cvv.fill('731');
  await form.getByLabel('Сумма пополнения').fill('1000');
  await form.locator('.topup-total').filter({ hasText: /^С карты спишется 1\s010,00\sсом$/ }).waitFor();
  await form.locator('button.primary:not([disabled])').and(submit).click();

  const challenge = screen(phone, 'CardChallenge');
  await heading(phone, 'Код от банка карты').waitFor();
  await challenge.getByText('Visa •• 0009', { exact: false }).waitFor();
  await challenge.getByRole('textbox').fill('000000');
  await challenge.locator('button.primary:not([disabled])').filter({ hasText: 'Подтвердить' }).click();
  await challenge.getByText('Неверный код. Осталось попыток: 2').waitFor();
  await challenge.getByRole('textbox').fill(await issuerCode(page, NEWCOMER));
  await challenge.locator('button.primary:not([disabled])').filter({ hasText: 'Подтвердить' }).click();

  const result = screen(phone, 'TopUpResult');
  await result.locator('.result-headline').filter({ hasText: /^Зачислено 1\s000,00\sсом$/ }).waitFor();
  await result.getByText('Списано с карты').waitFor();
  await result.getByRole('button', { name: 'Готово', exact: true }).click();
  await heading(phone, 'Главная').or(phone.locator('.balance-amount')).first().waitFor();
  await phone.locator('.balance-amount').filter({ hasText: /^1\s000,00\sсом$/ }).waitFor({ timeout: 10_000 });

  // The card was remembered: «Пополнить» offers it by its last digits.
  await phone.getByRole('button', { name: 'Пополнить', exact: true }).click();
  await menu.getByRole('button', { name: 'Visa •• 0009', exact: true }).waitFor();
  await phone.getByRole('button', { name: 'Назад' }).click();

  // With money on the account, the mobile operator: «Платежи» → «Мобильная связь» → her own number on another
  // operator's form; the operator follows the number; 100 сом, the PIN, paid.
  await phone.getByRole('button', { name: 'Платежи', exact: true }).click();
  const catalogue = screen(phone, 'Services');
  await heading(phone, 'Платежи').waitFor();
  await catalogue.getByRole('button', { name: 'Мобильная связь', exact: true }).click();
  await catalogue.getByRole('button', { name: /^O!/ }).click();
  const provider = screen(phone, 'ServicePay');
  await provider.getByLabel('Номер телефона').fill('0555 000 777');
  await provider.getByText('Оператор определён по номеру: MegaCom').waitFor();
  await heading(phone, 'MegaCom').waitFor();
  await provider.getByLabel('Сумма', { exact: true }).fill('100');
  await provider.locator('button.primary:not([disabled])').filter({ hasText: 'Продолжить' }).click();
  const confirm = screen(phone, 'PayConfirm');
  await confirm.getByText('+996555000777').waitFor();
  await confirm.locator('.pay-fee').filter({ hasText: /^Комиссия: / }).waitFor();
  await confirm.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(phone, 'Подтвердите оплату').waitFor();
  await typePin(phone, PIN);
  const result2 = screen(phone, 'PayResult');
  await result2.locator('.result-mark[data-mark="Done"]').waitFor({ timeout: 15_000 });

  // Saved as a favourite, then paid again from home: the amount is there, «Оплатить» and the PIN.
  await result2.getByRole('button', { name: 'В избранное', exact: true }).click();
  const favourite = screen(phone, 'FavouriteEdit');
  await heading(phone, 'В избранное').waitFor();
  assert.equal(await favourite.getByLabel('Название').inputValue(), 'MegaCom');
  await favourite.getByLabel('Название').fill('Мой MegaCom');
  await favourite.locator('button.primary:not([disabled])').filter({ hasText: 'Сохранить' }).click();
  await phone.locator('.notice').filter({ hasText: 'Сохранено' }).waitFor();
  await screen(phone, 'PayResult').getByRole('button', { name: 'Готово', exact: true }).click();
  const chip = phone.getByRole('button', { name: /^Мой MegaCom · 100,00\sсом$/ });
  await chip.click();
  const again = screen(phone, 'PayConfirm');
  await again.getByText('Мой MegaCom').waitFor();
  await again.locator('.pay-fee').filter({ hasText: /^Комиссия: / }).waitFor();
  await again.locator('button.primary:not([disabled])').filter({ hasText: 'Оплатить' }).click();
  await heading(phone, 'Подтвердите оплату').waitFor();
  await typePin(phone, PIN);
  await screen(phone, 'PayResult').locator('.result-mark[data-mark="Done"]').waitFor({ timeout: 15_000 });
  assert.deepEqual(errors, []);
  await context.close();
});
