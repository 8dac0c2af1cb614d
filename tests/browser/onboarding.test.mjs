// Seed 000 steps 3–6 in the browser: pick Кыргызча, and the intro speaks Kyrgyz, through «Готово» to the phone number.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreviewAndBrowser } from './harness.mjs';

const running = usePreviewAndBrowser();

async function openPhone(locale) {
  const context = await running.browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(running.preview.url);
  const phone = page.locator('[data-phone="a"]');
  return { context, page, phone };
}

function heading(phone, name) {
  return phone.getByRole('heading', { name, exact: true });
}

test('picking Кыргызча shows the intro in Kyrgyz, and the language survives a restart', async () => {
  const { context, page, phone } = await openPhone('ru-RU');

  // The browser's language is pre-selected.
  await heading(phone, 'Выберите язык').waitFor();
  assert.equal(await phone.getByRole('radio', { name: 'Русский' }).getAttribute('aria-checked'), 'true');

  await phone.getByRole('radio', { name: 'Кыргызча' }).click();
  await heading(phone, 'Тилди тандаңыз').waitFor();
  assert.equal(await phone.getByRole('radio', { name: 'Кыргызча' }).getAttribute('aria-checked'), 'true');

  await phone.getByRole('button', { name: 'Кийинки' }).click();
  await heading(phone, 'QR аркылуу төлөңүз').waitFor();
  assert.equal(await phone.locator('.screen').getAttribute('lang'), 'ky');
  await phone.getByText('Кыргызстандагы каалаган банктын QR-коду менен', { exact: false }).waitFor();

  await phone.getByRole('button', { name: 'Кийинки' }).click();
  await heading(phone, 'Интернетсиз да иштейт').waitFor();
  await phone.getByRole('button', { name: 'Кийинки' }).click();
  await heading(phone, 'Чекти достор менен бөлүшүңүз').waitFor();
  await phone.getByRole('button', { name: 'Даяр' }).click();
  // Seed 000 step 6: the phone number, still in Kyrgyz.
  await heading(phone, 'Телефон номери').waitFor();
  await phone.getByRole('button', { name: 'Кирүү' }).waitFor();

  // Killing and reopening the app keeps the language and the step.
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, 'Телефон номери').waitFor();
  await page.reload();
  await heading(phone, 'Телефон номери').waitFor();
  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  await context.close();
});

test('back from the first intro page returns to the language screen', async () => {
  const { context, phone } = await openPhone('kk-KZ');
  await heading(phone, 'Тілді таңдаңыз').waitFor();
  await phone.getByRole('button', { name: 'Келесі' }).click();
  await heading(phone, 'QR арқылы төлеңіз').waitFor();
  await phone.getByRole('button', { name: 'Артқа' }).click();
  await heading(phone, 'Тілді таңдаңыз').waitFor();
  assert.equal(await phone.getByRole('radio', { name: 'Қазақша' }).getAttribute('aria-checked'), 'true');
  await context.close();
});
