// Seed 000 steps 3–5 in the browser: pick Кыргызча, and the intro speaks Kyrgyz, through «Готово».

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, startPreview } from './harness.mjs';

let preview;
let browser;

before(async () => {
  preview = await startPreview();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await preview?.stop();
});

async function openPhone(locale) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(preview.url);
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
  await heading(phone, 'Эсепти достор менен бөлүшүңүз').waitFor();
  await phone.getByRole('button', { name: 'Даяр' }).click();
  await heading(phone, 'Капчык').waitFor();
  await phone.getByText('Кош келиңиз!').waitFor();

  // Killing and reopening the app keeps the language and the finished onboarding.
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, 'Капчык').waitFor();
  await page.reload();
  await heading(phone, 'Капчык').waitFor();
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
