// Seed 000 steps 10–22 in the browser, in Russian, against the preview's sandbox bank: a new customer goes from home
// through online identification — the three photos (the preview's sample document), the machine-readable zone as a
// phone's text recognition would read it, the passport data, «Адрес и работа», the declarations and the consent —
// sends the application, and after the bank's review sees it approved with the new limits. Then the photo checks:
// a photo far too small from the gallery, a file that is no photo, and a frame of Chromium's fake camera.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPhone, usePreviewAndBrowser } from './harness.mjs';
import { heading, screen, signIn } from './wizard-steps.mjs';

// Chromium's fake camera (a test pattern) and no permission prompt, for «Сфотографировать».
const running = usePreviewAndBrowser({
  chromiumArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
});
const PIN = '5827';

/** An ICAO 9303 check digit: characters valued 0–9, A=10 … Z=35, < = 0, weighted 7, 3, 1. */
function checkDigit(text) {
  const value = (c) => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  return String([...text].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3], 0) % 10);
}

/** A Kyrgyz ID card's zone (TD1, three lines of 30), with the ПИН in line 1's optional data. */
function td1({ number, personalNumber, birth, sex, expiry, nationality, name }) {
  const line1 = `IDKGZ${number}${checkDigit(number)}${personalNumber.padEnd(15, '<')}`;
  const optional2 = '<'.repeat(11);
  const line2Start = `${birth}${checkDigit(birth)}${sex}${expiry}${checkDigit(expiry)}${nationality}${optional2}`;
  const composite = line1.slice(5, 30) + line2Start.slice(0, 7) + line2Start.slice(8, 15) + line2Start.slice(18, 29);
  const lines = [line1, line2Start + checkDigit(composite), name.padEnd(30, '<')];
  lines.forEach((line) => assert.equal(line.length, 30, line));
  return lines;
}

// A passport valid until 1 March five years from now, whatever the day the tests run.
const EXPIRY_YEAR = new Date().getFullYear() + 5;

const MRZ = td1({
  number: 'ID1234567',
  personalNumber: '11405199000123',
  birth: '900514',
  sex: 'F',
  expiry: `${String(EXPIRY_YEAR % 100).padStart(2, '0')}0301`,
  nationality: 'KGZ',
  name: 'ASANOVA<<AIGUL',
});

const PASSPORT = [
  ['Фамилия', 'Асанова'],
  ['Имя', 'Айгүл'],
  ['Отчество', 'Бакыт кызы'],
  ['Дата рождения', '14.05.1990'],
  ['Дата выдачи', '01.03.2021'],
  ['Дата окончания срока действия', `01.03.${EXPIRY_YEAR}`],
  ['Орган, выдавший документ', 'МКК 211011'],
  ['Адрес проживания', 'г. Бишкек, ул. Чүй 12'],
  ['Номер документа', 'ID1234567'],
  ['Персональный идентификационный номер (ПИН)', '11405199000123'],
];

/** Home → «Онлайн-идентификация» → «Пройти онлайн-идентификацию» → «Понятно» → the checklist. */
async function openChecklist(phone) {
  await phone.getByRole('button', { name: /^Онлайн-идентификация Не пройдена/ }).click();
  await heading(phone, 'Вы ещё не прошли идентификацию').waitFor();
  await phone.getByRole('button', { name: 'Пройти онлайн-идентификацию' }).click();
  await heading(phone, 'Как пройти онлайн-идентификацию?').waitFor();
  assert.equal(await screen(phone, 'KycHowTo').getByRole('listitem').count(), 6);
  await phone.getByRole('button', { name: 'Понятно' }).click();
  await screen(phone, 'KycChecklist').waitFor();
}

/** Every request of the phone answered (its events applied in the core). */
function settled(phone) {
  return phone.page().locator('[data-phone="a"][data-pending="0"]').waitFor();
}

/** The capture screen of step `step` (1 to 3) of the guided photos. */
function captureStep(phone, step) {
  return screen(phone, 'KycCapture').filter({ hasText: `Шаг ${step} из 3` });
}

async function samplePhoto(phone, step) {
  const capture = captureStep(phone, step);
  await capture.waitFor();
  await capture.getByRole('button', { name: 'Preview: sample photo' }).click();
}

test('a new customer passes online identification and gets the identified limits', async () => {
  const started = Date.now();
  const { context, page, errors, phone } = await openPhone(running);
  await signIn(page, phone, running.preview.url, { typed: '0700 555 010', number: '+996700555010', pin: PIN });
  await openChecklist(phone);
  const checklist = screen(phone, 'KycChecklist');
  assert.equal(await checklist.getByRole('button', { name: 'Отправить заявку' }).count(), 0, 'nothing done yet');

  // The photos, guided: front, back (with its machine-readable zone), the selfie with the passport.
  await checklist.getByRole('button', { name: /^Верификация пользователя/ }).click();
  const front = captureStep(phone, 1);
  await front.waitFor();
  await heading(phone, 'Передняя сторона паспорта').waitFor();
  await front.getByRole('button', { name: 'Сфотографировать' }).waitFor();
  await front.getByRole('button', { name: 'Выбрать из галереи' }).waitFor();
  await samplePhoto(phone, 1);

  const back = captureStep(phone, 2);
  await back.waitFor();
  await heading(phone, 'Задняя сторона паспорта').waitFor();
  await back.getByText('Preview: MRZ as the phone’s text recognition would read it').click();
  await back.getByLabel('MRZ lines').fill(MRZ.join('\n'));
  await back.getByRole('button', { name: 'Preview: send the MRZ lines' }).click();
  await back.getByText('Машиночитаемая зона распознана: данные паспорта заполнены, проверьте их.').waitFor();
  await samplePhoto(phone, 2);

  await captureStep(phone, 3).waitFor();
  await heading(phone, 'Фото с паспортом в руке').waitFor();
  await samplePhoto(phone, 3);

  // The passport data, pre-filled from the zone; every field typed as it is in the passport.
  const passport = screen(phone, 'KycPassport');
  await passport.waitFor();
  await passport.getByText('Поля заполнены по машиночитаемой зоне паспорта. Проверьте их.').waitFor();
  await passport.getByText('* При наличии в паспорте').waitFor();
  for (const [label, value] of PASSPORT) await passport.getByLabel(label, { exact: true }).fill(value);
  await settled(phone);
  for (const [label, value] of PASSPORT) assert.equal(await passport.getByLabel(label, { exact: true }).inputValue(), value);
  assert.equal(await passport.locator('.field-error').count(), 0, 'the typed data agrees with the zone');
  await passport.getByRole('button', { name: 'Подтвердить' }).click();
  const guarantee = phone.getByRole('alertdialog', { name: 'Ваши паспортные данные' });
  await guarantee.getByText('Нажав «ПОДТВЕРДИТЬ», вы гарантируете корректность данных', { exact: false }).waitFor();
  await guarantee.getByRole('button', { name: 'ОТМЕНА' }).waitFor();
  await guarantee.getByRole('button', { name: 'ПОДТВЕРДИТЬ' }).click();
  await checklist.getByRole('button', { name: 'Верификация пользователя ✓' }).waitFor();

  // «Адрес и работа»: the district from the picker, then the street, the house, the work.
  await checklist.getByRole('button', { name: /^Адрес и работа/ }).click();
  const address = screen(phone, 'KycAddress');
  await address.waitFor();
  assert.equal(await address.getByRole('button', { name: 'Далее' }).isDisabled(), true, 'nothing filled yet');
  await address.getByRole('button', { name: /^Район \*/ }).click();
  const districts = screen(phone, 'KycDistricts');
  await districts.getByRole('searchbox', { name: 'Поиск района' }).fill('Ленин');
  await districts.getByRole('region', { name: 'город Бишкек' }).waitFor();
  await districts.getByRole('button', { name: 'Ленинский район' }).first().click();
  await address.getByRole('button', { name: 'Район * Ленинский район' }).waitFor();
  await address.getByLabel('Улица *').fill('ул. Чүй');
  await address.getByLabel('Номер дома *').fill('12');
  await address.getByLabel('Место работы *').fill('ОсОО «Ромашка»');
  await address.getByLabel('Должность *').fill('бухгалтер');
  const next = address.getByRole('button', { name: 'Далее' });
  await address.locator('button.primary:not([disabled])').and(next).waitFor();
  await next.click();
  await checklist.getByRole('button', { name: 'Адрес и работа ✓' }).waitFor();

  // The declarations: three ticks, the residency asked in a dialog, and the consent read to its end.
  for (const label of [
    'Подтверждаю, что являюсь бенефициарным лицом (конечным выгодоприобретателем)',
    'Не являюсь публичным должностным лицом',
    'Я подтверждаю, что являюсь владельцем этого номера',
  ]) {
    await checklist.getByRole('checkbox', { name: label, checked: false }).click();
    await checklist.getByRole('checkbox', { name: label, checked: true }).waitFor();
  }
  await checklist.getByRole('checkbox', { name: 'Статус клиента - резидент', checked: false }).click();
  const residency = phone.getByRole('alertdialog', { name: 'Статус клиента' });
  await residency.getByText('Вы резидент Кыргызской Республики?').waitFor();
  await residency.getByRole('button', { name: 'Да, резидент' }).click();
  await checklist.getByRole('checkbox', { name: 'Статус клиента - резидент', checked: true }).waitFor();
  await checklist.getByRole('button', { name: 'Я согласен и ознакомлен с условиями и правилами' }).click();
  await heading(phone, 'Согласие на обработку персональных данных').waitFor();
  assert.equal(await screen(phone, 'KycConsent').locator('article p').count(), 7);
  await phone.getByRole('button', { name: 'Прочитано' }).click();
  await checklist.locator('.kyc-link-row[data-done="true"]').waitFor();

  // Sent: the bank reviews it (its clock moved past the review's delay) and the status shows the new limits.
  await checklist.getByText('Ваша заявка готова к отправке').waitFor();
  await checklist.getByRole('button', { name: 'Отправить заявку' }).click();
  await checklist.getByRole('status').filter({ hasText: 'Заявка на проверке' }).waitFor();
  await phone.getByRole('button', { name: 'Назад' }).click();
  await heading(phone, 'Заявка на проверке').waitFor();
  await screen(phone, 'KycStatus').getByRole('progressbar').waitFor();
  const bank = await (await page.request.get(`${running.preview.url}api/bank`)).json();
  const moved = await page.request.post(`${bank.url}/dev/clock`, { data: { seconds: 60 } });
  assert.equal(moved.status(), 204);
  await heading(phone, 'Поздравляем! Вы успешно прошли идентификацию').waitFor({ timeout: 15_000 });
  // The good news is also a success notice, which goes by itself.
  const approved = phone.locator('.notice.notice-success').filter({ hasText: 'Поздравляем! Вы успешно прошли идентификацию.' });
  await approved.waitFor();
  const status = screen(phone, 'KycStatus');
  await status.getByText('Теперь вам доступны лимиты идентифицированного клиента.').waitFor();
  for (const label of ['Разовая операция', 'В день', 'В месяц']) await status.getByText(label, { exact: true }).waitFor();
  assert.equal(await status.getByRole('progressbar').count(), 0);
  await approved.waitFor({ state: 'detached', timeout: 10_000 });
  await phone.getByRole('button', { name: 'Назад' }).click();
  await phone.getByRole('button', { name: 'Онлайн-идентификация Пройдена ›' }).waitFor();

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
  assert.ok(Date.now() - started < 60_000, `the walk took ${Date.now() - started} ms`);
});

test('a photo too small, a file that is no photo, and a frame of the camera', async () => {
  const { context, page, errors, phone } = await openPhone(running);
  await signIn(page, phone, running.preview.url, { typed: '0700 555 011', number: '+996700555011', pin: PIN });
  await openChecklist(phone);
  await screen(phone, 'KycChecklist').getByRole('button', { name: /^Верификация пользователя/ }).click();
  const capture = captureStep(phone, 1);
  await capture.waitFor();
  const gallery = capture.locator('input[type="file"]');

  // A 200 × 150 picture from the gallery: the core asks to come closer.
  const small = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 200;
    canvas.height = 150;
    const g = canvas.getContext('2d');
    g.fillStyle = '#ddd';
    g.fillRect(0, 0, 200, 150);
    g.fillStyle = '#222';
    g.fillText('ПАСПОРТ', 20, 40);
    return canvas.toDataURL('image/png').split(',')[1];
  });
  await gallery.setInputFiles({ name: 'small.png', mimeType: 'image/png', buffer: Buffer.from(small, 'base64') });
  const problem = capture.locator('.kyc-problem');
  await problem.filter({ hasText: 'Слишком маленькое фото. Подойдите ближе, чтобы документ занял весь кадр.' }).waitFor();

  // A text file named like a photo: judged by its content.
  await gallery.setInputFiles({ name: 'passport.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo') });
  await problem.filter({ hasText: 'Это не фотография.' }).waitFor();

  // «Сфотографировать»: the camera in an overlay, its frame taken by the shutter and judged by the core.
  await capture.getByRole('button', { name: 'Сфотографировать' }).click();
  const camera = phone.getByRole('dialog', { name: 'Передняя сторона паспорта' });
  const shutter = camera.getByRole('button', { name: 'Сфотографировать' });
  await camera.locator('.shutter:not([disabled])').waitFor();
  await shutter.click();
  assert.equal(await camera.count(), 0, 'the shutter closes the camera');
  // The fake camera's frame is a test pattern: whatever the verdict, the core gives one (the screen moves on or says
  // why), and the last one no longer shows.
  await page.waitForFunction(() => {
    const content = document.querySelector('[data-phone="a"] .content');
    const problem = content?.querySelector('.kyc-problem')?.textContent ?? '';
    return content && !content.querySelector('.kyc-checking')
      && ((problem && !problem.startsWith('Это не фотография.')) || content.textContent.includes('Шаг 2 из 3'));
  });


  // A camera the browser refuses (as when the user denies it): the overlay says so and points to the gallery.
  await page.evaluate(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await screen(phone, 'KycCapture').getByRole('button', { name: 'Сфотографировать' }).click();
  const refused = phone.getByRole('dialog').getByRole('status');
  await refused.filter({ hasText: 'Браузер не дал доступ к камере' }).waitFor();
  assert.match(await refused.textContent(), /«Выбрать из галереи»/);
  await phone.getByRole('dialog').getByRole('button', { name: 'Close the camera' }).click();
  assert.equal(await phone.getByRole('dialog').count(), 0);

  assert.equal(await page.locator('#dev-message').isHidden(), true, 'no request was refused');
  assert.deepEqual(errors, []);
  await context.close();
});
