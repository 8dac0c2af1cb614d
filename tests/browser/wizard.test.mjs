// Seed 000 steps 3–9 in the browser, in Kyrgyz, against the preview's sandbox bank: language, intro, phone, SMS
// code, terms, PIN twice, the biometrics offer, home; then the lock screen after a restart, and the terms' ticks
// kept across a restart.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePreviewAndBrowser } from './harness.mjs';
import {
  TEXTS,
  enterSentCode,
  heading,
  passIntro,
  screen,
  tick,
  typePin,
} from './wizard-steps.mjs';

const running = usePreviewAndBrowser();
const t = TEXTS.ky;
const AIGUL = '+996555123456';
const PIN = '5827';

async function openPhone() {
  const context = await running.browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(running.preview.url);
  return { context, page, phone: page.locator('[data-phone="a"]') };
}

/** Language → intro → phone number, in Kyrgyz. */
async function reachPhoneNumberInKyrgyz(phone) {
  await heading(phone, 'Выберите язык').waitFor();
  await phone.getByRole('radio', { name: 'Кыргызча' }).click();
  await heading(phone, 'Тилди тандаңыз').waitFor();
  await passIntro(phone, { next: 'Кийинки', done: 'Даяр' });
  await heading(phone, 'Телефон номери').waitFor();
}

/** Phone number → the code screen, where the resend countdown and the code's lifetime show. */
async function askForCode(phone, number) {
  await phone.getByLabel('Телефон номери').fill(number);
  await phone.getByRole('button', { name: t.signIn, exact: true }).click();
  await heading(phone, 'SMSтеги код').waitFor();
}

function continueButton(phone) {
  return screen(phone, 'Terms').getByRole('button', { name: t.termsContinue, exact: true });
}

test('the whole wizard in Kyrgyz, then the lock screen after a restart', async () => {
  const { context, page, phone } = await openPhone();
  await reachPhoneNumberInKyrgyz(phone);
  await askForCode(phone, AIGUL);

  // The code: its lifetime, and «send again» waiting for its countdown.
  await phone.getByText('Код 5 мүнөт жарактуу', { exact: true }).waitFor();
  await phone.getByRole('timer').filter({ hasText: /^Жаңы кодду \d+:\d\d өткөндөн кийин сурасаңыз болот$/ }).waitFor();
  assert.equal(await phone.getByRole('button', { name: 'Кодду кайра жөнөтүү' }).isDisabled(), true,
    'no new code before the countdown ends');
  await enterSentCode(page, phone, running.preview.url, AIGUL);

  // The terms: «Улантуу» only once every item is ticked; a document opens, and agreeing from it ticks it.
  await heading(phone, 'Колдонуу шарттары').waitFor();
  const boxes = screen(phone, 'Terms').getByRole('checkbox');
  assert.equal(await boxes.count(), 3);
  assert.equal(await continueButton(phone).isDisabled(), true, 'nothing ticked yet');
  await tick(phone, 0);
  assert.equal(await continueButton(phone).isDisabled(), true, 'one of three ticked');
  await screen(phone, 'Terms').locator('.terms-item').nth(1).getByRole('button', { name: 'Окуу' }).click();
  await heading(phone, 'Жеке маалыматтарды иштетүүгө макулдук').waitFor();
  await phone.getByText('2026-жылдын 1-ноябрындагы редакция').waitFor();
  await phone.getByText('PIN-код эч жерде сакталбайт', { exact: false }).waitFor();
  await phone.getByRole('button', { name: 'Кабыл алам' }).click();
  await heading(phone, 'Колдонуу шарттары').waitFor();
  await phone.getByRole('checkbox', { name: 'Жеке маалыматтарымды чогултууга жана иштетүүгө макулмун', checked: true })
    .waitFor();
  assert.equal(await continueButton(phone).isDisabled(), true, 'two of three ticked');
  await tick(phone, 2);
  assert.equal(await continueButton(phone).isEnabled(), true, 'all ticked');
  await continueButton(phone).click();

  // The PIN: a trivial one is refused with its reason; two different entries start again; then 5827 twice.
  await heading(phone, t.pinCreate).waitFor();
  await typePin(phone, '1234');
  await phone.getByText('PIN-код өтө жөнөкөй: катары менен келген сандарды табуу оңой. Башкасын ойлоп табыңыз.')
    .waitFor();
  await heading(phone, t.pinCreate).waitFor();
  // Digits typed by mistake are erased, one at a time.
  const erase = screen(phone, 'Pin').getByRole('button', { name: 'Өчүрүү' });
  await typePin(phone, '58');
  await erase.click();
  await screen(phone, 'Pin').locator('.pin-dots[data-entered="1"]').waitFor();
  // A screen reader hears the dots as one line in the user's language.
  await screen(phone, 'Pin').getByRole('img', { name: 'Киргизилген сандар: 4 ичинен 1' }).waitFor();
  await erase.click();
  await screen(phone, 'Pin').locator('.pin-dots[data-entered="0"]').waitFor();
  await typePin(phone, PIN);
  await heading(phone, t.pinRepeat).waitFor();
  await typePin(phone, '5828');
  await phone.getByText('PIN-коддор дал келген жок. PIN-кодду кайрадан ойлоп табыңыз.').waitFor();
  await heading(phone, t.pinCreate).waitFor();
  await typePin(phone, PIN);
  await heading(phone, t.pinRepeat).waitFor();
  await typePin(phone, PIN);

  // The offer of biometric unlock (the preview's phones have a simulated sensor): «Азыр эмес».
  await heading(phone, 'Манжа изи же жүз менен кирүү').waitFor();
  await phone.getByRole('button', { name: 'Күйгүзүү' }).waitFor();
  await phone.getByRole('button', { name: t.biometricsSkip }).click();
  await heading(phone, t.home).waitFor();
  await phone.getByLabel('Баланс').waitFor();
  await phone.getByText('Кош келиңиз!').waitFor();

  // A restart opens on the lock screen, without the biometric button (it was declined); a wrong PIN is refused.
  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, t.pinUnlock).waitFor();
  await phone.getByText('Капчыкты ачуу үчүн').waitFor();
  assert.equal(await phone.getByRole('button', { name: 'Манжа изи же жүз менен кирүү' }).count(), 0);
  await phone.getByRole('button', { name: 'PIN-кодду унутуп калдыңызбы?' }).waitFor();
  await typePin(phone, '1111');
  await phone.getByText('PIN-код туура эмес.', { exact: false }).waitFor();
  await typePin(phone, PIN);
  await heading(phone, t.home).waitFor();
  await phone.getByLabel('Баланс').waitFor();

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  await context.close();
});

test('a restart at the terms keeps what was ticked', async () => {
  const { context, page, phone } = await openPhone();
  await reachPhoneNumberInKyrgyz(phone);
  const number = '+996700123987';
  await askForCode(phone, number);
  await enterSentCode(page, phone, running.preview.url, number);
  await heading(phone, 'Колдонуу шарттары').waitFor();
  await tick(phone, 0);
  await tick(phone, 2);

  await phone.getByRole('button', { name: 'Restart app' }).click();
  await heading(phone, 'Колдонуу шарттары').waitFor();
  const checked = async () => {
    const boxes = await screen(phone, 'Terms').getByRole('checkbox').all();
    return Promise.all(boxes.map((box) => box.getAttribute('aria-checked')));
  };
  assert.deepEqual(await checked(), ['true', 'false', 'true'], 'the same ticks after the restart');
  assert.equal(await continueButton(phone).isDisabled(), true);

  // And a reload of the page shows the same.
  await page.reload();
  await heading(phone, 'Колдонуу шарттары').waitFor();
  assert.deepEqual(await checked(), ['true', 'false', 'true']);
  await tick(phone, 1);
  await continueButton(phone).click();
  await heading(phone, t.pinCreate).waitFor();
  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  await context.close();
});
