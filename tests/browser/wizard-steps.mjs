// The wizard's steps for tests: each waits for its screen (by the view's screen kind), acts with the texts of the
// language the test runs in, and leaves the phone on the next screen.

/** The texts the steps press and wait for, as core/locales/*.ftl has them. */
export const TEXTS = {
  ru: {
    signIn: 'Войти',
    termsContinue: 'Продолжить',
    pinCreate: 'Придумайте PIN-код',
    pinRepeat: 'Повторите PIN-код',
    pinUnlock: 'Введите PIN-код',
    biometricsSkip: 'Не сейчас',
    home: 'Кошелёк',
  },
  ky: {
    signIn: 'Кирүү',
    termsContinue: 'Улантуу',
    pinCreate: 'PIN-код ойлоп табыңыз',
    pinRepeat: 'PIN-кодду кайталаңыз',
    pinUnlock: 'PIN-кодду киргизиңиз',
    biometricsSkip: 'Азыр эмес',
    home: 'Капчык',
  },
};

/** The content of the phone's screen while it shows the view's screen `kind` (`Terms`, `Pin`, …). */
export function screen(phone, kind) {
  return phone.locator(`.content[data-screen="${kind}"]`);
}

export function heading(phone, name) {
  return phone.getByRole('heading', { name, exact: true });
}

/** The newest SMS code the preview's sandbox bank "sent" to `number` (E.164), from its `/dev/sms`. */
export async function sentCode(page, previewUrl, number) {
  const bank = await (await page.request.get(`${previewUrl}api/bank`)).json();
  const response = await page.request.get(`${bank.url}/dev/sms?phone=${encodeURIComponent(number)}`);
  if (!response.ok()) throw new Error(`no SMS code for ${number}: ${response.status()} ${await response.text()}`);
  return (await response.json()).code;
}

/**
 * On the code screen: types the code the bank sent. Its last digit sends it (the core checks a complete code at once),
 * so there is no «Войти» to press; the code screen goes.
 */
export async function enterSentCode(page, phone, previewUrl, number) {
  await screen(phone, 'Code').waitFor();
  const code = await sentCode(page, previewUrl, number);
  await screen(phone, 'Code').getByRole('textbox').fill(code);
  await screen(phone, 'Code').waitFor({ state: 'detached', timeout: 15_000 });
}

/**
 * The simulated system prompt over the phone when the app reads its biometric key (the lock screen asks by itself),
 * titled as the core says (`title`, Russian): «Приложить палец» (`approve`) or the core's «Ввести PIN-код».
 */
export async function answerFingerprint(phone, approve = true, title = 'Вход в Кошелёк') {
  const prompt = phone.getByRole('dialog', { name: title, exact: true });
  await prompt.getByText('Приложите палец или посмотрите на экран').waitFor();
  await prompt.getByRole('button', { name: approve ? 'Приложить палец' : 'Ввести PIN-код', exact: true }).click();
  await prompt.waitFor({ state: 'detached' });
}

/** Ticks the terms item `index` and waits until the view shows it ticked. */
export async function tick(phone, index) {
  const item = screen(phone, 'Terms').locator('.terms-item').nth(index);
  await item.getByRole('checkbox', { checked: false }).click();
  await item.getByRole('checkbox', { checked: true }).waitFor();
}

/** Ticks every item not yet ticked and presses «Продолжить». */
export async function acceptTerms(phone, t) {
  const terms = screen(phone, 'Terms');
  await terms.waitFor();
  const count = await terms.getByRole('checkbox').count();
  for (let index = 0; index < count; index += 1) {
    const ticked = await terms.locator('.terms-item').nth(index).getByRole('checkbox', { checked: true }).count();
    if (!ticked) await tick(phone, index);
  }
  await terms.getByRole('button', { name: t.termsContinue, exact: true }).click();
}

/**
 * Presses digits on the pad, waiting for each new dot; the digit that completes the PIN starts the next step (a
 * check, the second entry), which the caller waits for.
 */
export async function typePin(phone, digits) {
  const pin = screen(phone, 'Pin');
  const dots = pin.locator('.pin-dots');
  const length = Number(await dots.getAttribute('data-length'));
  const before = Number(await dots.getAttribute('data-entered'));
  for (const [index, digit] of [...digits].entries()) {
    await pin.locator('.pin-pad').getByRole('button', { name: digit, exact: true }).click();
    const entered = before + index + 1;
    if (entered < length) await pin.locator(`.pin-dots[data-entered="${entered}"]`).waitFor();
  }
}

/** Makes the PIN: typed on «Придумайте PIN-код», then again on «Повторите PIN-код». */
export async function createPin(phone, pin, t) {
  await heading(phone, t.pinCreate).waitFor();
  await typePin(phone, pin);
  await heading(phone, t.pinRepeat).waitFor();
  await typePin(phone, pin);
}

/** Declines biometric unlock, offered after the PIN on the preview's phones, and waits for home. */
export async function skipBiometrics(phone, t) {
  await screen(phone, 'Biometrics').getByRole('button', { name: t.biometricsSkip, exact: true }).click();
  await heading(phone, t.home).waitFor();
}

/** From the code screen to home: the code, the terms, the PIN twice, «Не сейчас». */
export async function finishWizard(page, phone, previewUrl, { number, pin, t }) {
  await enterSentCode(page, phone, previewUrl, number);
  await acceptTerms(phone, t);
  await createPin(phone, pin, t);
  await skipBiometrics(phone, t);
}

/** In Russian, from the language screen to the code screen: the intro, the number as `typed`, «Войти». */
export async function startSignIn(phone, typed) {
  await heading(phone, 'Выберите язык').waitFor();
  await passIntro(phone);
  await phone.getByLabel('Номер телефона').fill(typed);
  await phone.getByRole('button', { name: TEXTS.ru.signIn }).click();
}

/**
 * In Russian, from the language screen to home: the intro, the number as `typed`, the code the bank sent to
 * `number` (E.164), the terms, the PIN twice, «Не сейчас»; with `synced`, then the first sync («Обновлено в …»).
 */
export async function signIn(page, phone, previewUrl, { typed, number, pin, synced = false }) {
  await startSignIn(phone, typed);
  await finishWizard(page, phone, previewUrl, { number, pin, t: TEXTS.ru });
  if (synced) await phone.getByText('Обновлено в', { exact: false }).waitFor();
}

/** On the lock screen: the PIN, then home. */
export async function unlock(phone, pin, t) {
  await heading(phone, t.pinUnlock).waitFor();
  await typePin(phone, pin);
  await heading(phone, t.home).waitFor();
}

/**
 * The language screen's «Далее», then the three intro pages to «Готово». Each click waits for the page it leads to:
 * a click made while the previous screen is still drawn would land on that screen's button instead.
 */
export async function passIntro(phone, { next = 'Далее', done = 'Готово' } = {}) {
  await phone.getByRole('button', { name: next }).click();
  for (const page of [1, 2]) {
    await phone.locator(`.dot[aria-label="${page}"][aria-current="step"]`).waitFor();
    await phone.getByRole('button', { name: next }).click();
  }
  await phone.locator('.dot[aria-label="3"][aria-current="step"]').waitFor();
  await phone.getByRole('button', { name: done }).click();
}
