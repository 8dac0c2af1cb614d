# Russian texts of the wallet. Every message here must exist in ky.ftl, kk.ftl and en.ftl too (a test checks).

## Common
nav-back = Назад
notice-dismiss = Закрыть
notice-settings-not-saved = Не удалось сохранить настройки. Попробуйте ещё раз.

## Language screen (seed 000, step 3)
language-title = Выберите язык
language-subtitle = Язык можно сменить позже в настройках
language-continue = Далее
language-done = Готово

## Intro pages (seed 000, steps 4–5)
intro-next = Далее
intro-done = Готово
intro-page-indicator = { $page } из { $count }
intro-qr-title = Платите по QR
intro-qr-body = Оплачивайте покупки и услуги по QR-коду любого банка Кыргызстана.
intro-offline-title = Работает без интернета
intro-offline-body = Баланс и история операций всегда под рукой. Платёж без связи уйдёт один раз, как только появится сеть.
intro-split-title = Делите чек с друзьями
intro-split-body = Разделите чек на компанию и соберите каждую долю в пару касаний.

## Home
home-title = Кошелёк
home-welcome = Добро пожаловать!
home-language = Язык

## Talking to the bank
bank-misconfigured = Приложение настроено неверно. Обновите его или напишите в поддержку.
bank-offline = Нет связи с банком. Проверьте интернет — операции из очереди отправятся сами, когда связь появится.
bank-no-answer = Банк не ответил вовремя. Мы повторим запрос сами.
bank-unavailable = Банк временно недоступен. Попробуйте немного позже.
bank-session-ended = Сеанс завершён. Войдите снова.
bank-session-replaced = Вы вошли в кошелёк на другом устройстве, поэтому здесь сеанс завершён. Если это были вы, войдите снова.
bank-malformed = Банк прислал непонятный ответ. Попробуйте позже; если повторится — напишите в поддержку.
bank-untrusted = Это соединение ведёт не к банку: похоже, сеть его перехватывает (так бывает в общественных сетях Wi-Fi). Ничего не отправлено. Переключитесь на мобильный интернет или другую сеть и попробуйте снова; если так в любой сети — обновите приложение.
bank-untrusted-clock = Не удалось проверить, что соединение ведёт к банку: сертификат банка не подходит к дате на телефоне. Ничего не отправлено. Включите автоматическую дату и время в настройках телефона и попробуйте снова.
bank-invalid-phone = Банк не обслуживает этот номер. Нужен мобильный номер Кыргызстана (+996) или Казахстана (+7).
bank-sms-code-invalid = Неверный код. Проверьте SMS и введите код ещё раз.
bank-sms-code-expired = Срок действия кода истёк. Запросите новый код.
bank-too-many-attempts = Слишком много попыток. Подождите и запросите новый код.
bank-rate-limited = Слишком много запросов отсюда. Подождите немного и попробуйте снова.
bank-resend-too-soon = Новый код можно запросить чуть позже.
bank-insufficient-funds = Недостаточно средств на счёте.
bank-limit-exceeded = Сумма превышает ваш лимит. Пройдите идентификацию, чтобы увеличить лимиты.
bank-recipient-not-found = Получатель не найден. Проверьте номер или реквизиты.
bank-currency-mismatch = Получатель принимает другую валюту.
bank-qr-invalid = QR-код повреждён или поддельный: его контрольная сумма не сходится. Попросите продавца показать код ещё раз.
bank-qr-expired = Срок действия QR-кода истёк. Попросите продавца создать новый.
bank-qr-already-paid = Этот QR-код уже оплачен.
bank-qr-amount-fixed = В QR-коде указана другая сумма, её нельзя изменить.
bank-fee-changed = Комиссия изменилась. Проверьте новую сумму и подтвердите ещё раз.
bank-amount-invalid = Укажите сумму больше нуля.
bank-not-revocable = Операцию уже нельзя отменить: банк её исполнил.
bank-kyc-required = Для этой операции нужно пройти онлайн-идентификацию.
bank-document-invalid = Банк не смог принять это фото. Сфотографируйте ещё раз (JPEG или PNG до 8 МБ).
bank-document-missing = В банке нет одного из фото. Откройте список и сфотографируйте его ещё раз.
bank-kyc-already-submitted = Ваша заявка уже в банке, или вы уже прошли идентификацию.
bank-refused = Банк отклонил запрос. Попробуйте ещё раз или напишите в поддержку.
bank-confirmation-required = Перевод в другой банк нужно подтвердить кодом из SMS. Запросите код, сверьте в SMS сумму и получателя, затем введите код.
bank-confirmation-invalid = Подтверждение не подходит к переводу: код вводили неверно слишком много раз или изменились сумма или получатель. Запросите новый код.
bank-confirmation-expired = Срок подтверждения истёк. Запросите новый код и подтвердите перевод ещё раз.
bank-confirmation-used = Этим кодом из SMS уже подтверждён перевод. Проверьте историю, прежде чем отправлять снова; для нового перевода нужен новый код.
bank-confirmation-not-needed = Получатель — клиент нашего банка: для этого перевода код из SMS не нужен. Просто подтвердите перевод.
bank-request-paid = Этот запрос уже оплачен.
bank-request-cancelled = Запрос отменён тем, кто его отправил. Оплачивать его не нужно.
bank-contacts-key-changed = Банк обновил защиту контактов. Обновите список ещё раз.

## Sign-in (seed 000, steps 6–7)
signin-phone-title = Номер телефона
signin-phone-subtitle = Войдите по своему номеру — мы пришлём код в SMS
signin-phone-label = Номер телефона
signin-submit = Войти
signin-code-title = Код из SMS
signin-code-subtitle = Мы отправили код на { $phone }
signin-code-label = Код
signin-code-incomplete = Введите код из SMS полностью
signin-attempts-left = Осталось попыток: { $count }
signin-not-kept = Не удалось сохранить вход на этом телефоне. Попробуйте ещё раз.
phone-not-a-number = Это не номер телефона. Введите мобильный номер Кыргызстана (+996 555 123 456) или Казахстана (+7 701 123 45 67)
phone-landline = Это городской номер. Нужен мобильный: +996 555 123 456 или +7 701 123 45 67
phone-other-country = Кошелёк работает с мобильными номерами Кыргызстана (+996) и Казахстана (+7)

## Home, signed in
home-sign-in = Войти
home-sign-in-hint = Войдите по номеру телефона, чтобы видеть баланс и платить
home-balance = Баланс
home-available = Доступно: { $amount }
home-syncing = Обновляется…
home-synced-at = Обновлено в { $time }
home-offline-as-of = Нет связи — данные на { $time }
home-offline-never = Нет связи — данных от банка пока нет
home-bank-failed-as-of = Банк недоступен — данные на { $time }
home-waiting = { $count ->
    [one] В очереди { $count } операция — отправится, когда будет связь
    [few] В очереди { $count } операции — отправятся, когда будет связь
   *[many] В очереди { $count } операций — отправятся, когда будет связь
}
home-recent = Последние операции
home-all-history = Вся история
home-refresh = Обновить

## History (seed 003)
history-title = История операций
history-empty = Операций пока нет
history-load-more = Показать ещё
history-damaged = Запись повреждена
history-resync = Загрузить историю заново
kind-payment = Оплата
kind-transfer-out = Перевод
kind-transfer-in = Поступление
kind-top-up = Пополнение
status-queued = В очереди
status-accepted = Принято банком
status-executed = Исполнено
status-rejected = Отклонено
status-cancelled = Отменено
operation-title = Операция
operation-field-status = Статус
operation-field-date = Дата
operation-field-reason = Причина
operation-field-comment = Комментарий
operation-field-fee = Комиссия
operation-field-number = Номер операции
operation-field-executed = Исполнено банком
operation-receipt-verified = Квитанция подписана банком, подпись проверена
operation-receipt-invalid = Подпись банка на квитанции не сходится — это не подтверждение операции
operation-receipt-none = Квитанция появится, когда банк исполнит операцию
operation-cancel = Отменить
operation-cancelled = Операция отменена
operation-cancel-sending = Операция уже отправляется в банк. Посмотрите её статус через минуту.
operation-damaged = Запись об этой операции повреждена. Загрузите историю заново.
notice-local-data-cleared = Данные на телефоне не удалось прочитать, и они очищены. История загрузится из банка заново.
notice-unsent-lost = { $count ->
    [one] { $count } неотправленная операция потеряна — проверьте историю.
    [few] { $count } неотправленные операции потеряны — проверьте историю.
   *[many] { $count } неотправленных операций потеряно — проверьте историю.
}
store-damaged = Часть данных на телефоне повреждена. Загрузите историю заново.
sync-failed = Не удалось обновить данные. Попробуем ещё раз.

## Sign-in: resend and lifetime
signin-resend = Отправить код повторно
signin-resend-in = Новый код можно запросить через { $time }
signin-code-lifetime = { $count ->
    [one] Код действует { $count } минуту
    [few] Код действует { $count } минуты
   *[many] Код действует { $count } минут
}
reset-phone-title = Подтвердите номер
reset-phone-subtitle = Чтобы задать новый PIN-код, подтвердите номер телефона кодом из SMS

## Terms (seed 000, step 8)
terms-title = Условия пользования
terms-subtitle = Отметьте все пункты, чтобы продолжить. Нажмите «Читать», чтобы открыть документ.
terms-renewal-subtitle = Мы обновили условия. Прочитайте их и примите, чтобы продолжить пользоваться кошельком.
terms-update-app = Банк опубликовал новые условия. Обновите приложение, чтобы прочитать и принять их.
terms-read = Читать
terms-continue = Продолжить
terms-agree = Принимаю
terms-edition = Редакция от 1 ноября 2026 г.
terms-not-saved = Не удалось сохранить согласие. Попробуйте ещё раз.
terms-offer-label = Я принимаю условия публичной оферты электронного кошелька
terms-offer-title = Публичная оферта электронного кошелька
terms-offer-1 = Кошелёк — электронный кошелёк банка в сомах. Открывая его, вы присоединяетесь к этой оферте целиком.
terms-offer-2 = Платежи и переводы исполняются по вашему распоряжению в приложении. Банк подписывает каждую исполненную операцию, и квитанция хранится в приложении.
terms-offer-3 = Лимиты операций зависят от того, прошли ли вы идентификацию. Без идентификации доступны только небольшие суммы.
terms-offer-4 = Вы можете закрыть кошелёк в любой момент, обратившись в банк; остаток будет возвращён вам.
terms-privacy-label = Я согласен на сбор и обработку моих персональных данных
terms-privacy-title = Согласие на обработку персональных данных
terms-privacy-1 = Банк обрабатывает ваш номер телефона, паспортные данные и историю операций, чтобы вести кошелёк и выполнять требования закона Кыргызской Республики.
terms-privacy-2 = Данные на телефоне хранятся в зашифрованном виде. PIN-код не хранится нигде — ни на телефоне, ни в банке.
terms-privacy-3 = Вы можете отозвать согласие, обратившись в банк; после этого кошелёк будет закрыт.
terms-remote-label = Я ознакомлен с правилами дистанционного обслуживания
terms-remote-title = Правила дистанционного обслуживания
terms-remote-1 = Вход в кошелёк возможен только на одном устройстве: вход на другом завершает сеанс на прежнем.
terms-remote-2 = Никому не сообщайте PIN-код и коды из SMS — сотрудники банка никогда их не спрашивают.
terms-remote-3 = Перед вводом кода из SMS сверьте сумму и получателя в сообщении с тем, что видите в приложении.
terms-remote-4 = Завершайте работу кнопкой «Выйти» или блокируйте приложение; оно блокируется само после нескольких минут бездействия. О потере телефона сразу сообщите в банк.

## PIN (seed 000, step 9) and biometrics
pin-create-title = Придумайте PIN-код
pin-create-subtitle = 4 цифры для входа в кошелёк
pin-repeat-title = Повторите PIN-код
pin-repeat-subtitle = Введите тот же PIN-код ещё раз
pin-current-title = Текущий PIN-код
pin-current-subtitle = Введите PIN-код, которым входите сейчас
pin-new-title = Новый PIN-код
pin-unlock-title = Введите PIN-код
pin-unlock-subtitle = Чтобы открыть кошелёк
pin-erase = Стереть
pin-forgot = Забыли PIN-код?
pin-use-biometrics = Войти по отпечатку или лицу
pin-weak-same = Слишком простой PIN-код: одинаковые цифры легко угадать. Придумайте другой.
pin-weak-sequence = Слишком простой PIN-код: цифры подряд легко угадать. Придумайте другой.
pin-weak-pair = Слишком простой PIN-код: повторяющиеся пары легко угадать. Придумайте другой.
pin-weak-year = PIN-код похож на год, а год рождения легко угадать. Придумайте другой.
pin-mismatch = PIN-коды не совпали. Придумайте PIN-код заново.
pin-wrong = Неверный PIN-код.
pin-left-before-wipe = { $count ->
    [one] Осталась { $count } попытка, затем вход придётся подтвердить по SMS.
    [few] Осталось { $count } попытки, затем вход придётся подтвердить по SMS.
   *[many] Осталось { $count } попыток, затем вход придётся подтвердить по SMS.
}
pin-locked = Слишком много неверных попыток. Попробуйте через { $time }
pin-try-again = Можно попробовать снова.
pin-failed = Не удалось проверить PIN-код на этом телефоне. Попробуйте ещё раз.
pin-changed = PIN-код изменён.
pin-wiped = 10 раз введён неверный PIN-код. Для безопасности вход на этом телефоне сброшен — подтвердите номер кодом из SMS.
biometrics-title = Вход по отпечатку или лицу
biometrics-body = Открывайте кошелёк без PIN-кода. PIN-код останется — он понадобится, если биометрия не сработает.
biometrics-enable = Включить
biometrics-skip = Не сейчас
biometrics-failed = Не удалось включить вход по биометрии. Попробуйте позже в настройках.
biometrics-changed = Биометрия на телефоне изменилась, вход по ней выключен. Введите PIN-код.

## Settings and dialogs
settings-title = Настройки
settings-account = Вы вошли как { $phone }
settings-change-pin = Сменить PIN-код
settings-biometrics = Вход по отпечатку или лицу
settings-auto-lock = Блокировать после бездействия
settings-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
   *[many] { $count } минут
}
settings-logout = Выйти
dialog-cancel = Отмена
logout-title = Выйти из кошелька?
logout-text = Чтобы войти снова, понадобится номер телефона и код из SMS.
logout-unsent = { $count ->
    [one] { $count } операция ещё не отправлена в банк. Если выйти сейчас, она не будет отправлена.
    [few] { $count } операции ещё не отправлены в банк. Если выйти сейчас, они не будут отправлены.
   *[many] { $count } операций ещё не отправлены в банк. Если выйти сейчас, они не будут отправлены.
}
logout-confirm = Выйти
logout-confirm-anyway = Всё равно выйти
forgot-title = Забыли PIN-код?
forgot-text = Подтвердите номер телефона кодом из SMS — затем придумаете новый PIN-код. История и очередь операций сохранятся.
forgot-confirm = Получить код

## Online identification (seed 000 steps 10–22)
kyc-title = Онлайн-идентификация
kyc-short-not-started = Не пройдена
kyc-short-queued = Ждёт отправки
kyc-short-in-review = На проверке
kyc-short-approved = Пройдена
kyc-short-rejected = Отклонена
kyc-short-resubmission = Нужно исправить
kyc-status-loading = Загружаем…
kyc-status-why = Идентификация открывает полные лимиты кошелька. Понадобятся паспорт, фото с паспортом в руке, адрес и место работы.
kyc-status-not-started = Вы ещё не прошли идентификацию
kyc-status-queued = Заявка сохранена и ждёт отправки
kyc-status-queued-text = Она уйдёт в банк сама, как только будет связь.
kyc-status-sending = Отправляем заявку…
kyc-status-in-review = Заявка на проверке
kyc-status-in-review-text = Банк проверяет ваши данные. Мы сообщим, когда будет ответ.
kyc-status-approved = Поздравляем! Вы успешно прошли идентификацию
kyc-status-approved-text = Теперь вам доступны лимиты идентифицированного клиента.
kyc-status-rejected = Заявка отклонена
kyc-status-rejected-text = Вы можете пройти идентификацию заново или обратиться в любое отделение банка.
kyc-status-resubmission = Банк просит исправить заявку
kyc-status-resubmission-text = Исправьте только то, что указано ниже, и отправьте заявку снова.
kyc-limit-single = Разовая операция
kyc-limit-daily = В день
kyc-limit-monthly = В месяц
kyc-start = Пройти онлайн-идентификацию
kyc-start-again = Пройти заново
kyc-fix = Исправить
kyc-send-now = Отправить сейчас
kyc-how-to = Как пройти онлайн-идентификацию?
kyc-intro = Для прохождения онлайн-идентификации вам нужно заполнить все данные. Онлайн-идентификация доступна только для резидентов КР. Нерезиденты КР могут пройти идентификацию в любом отделении банка.
kyc-how-to-1 = Нажмите «Верификация пользователя» и сфотографируйте переднюю сторону паспорта, затем заднюю.
kyc-how-to-2 = Сфотографируйтесь с паспортом в руке, чтобы были видны лицо и передняя сторона паспорта.
kyc-how-to-3 = Впишите данные паспорта и нажмите «Подтвердить».
kyc-how-to-4 = Заполните «Адрес и работа».
kyc-how-to-5 = Отметьте подтверждения и прочитайте условия и правила.
kyc-how-to-6 = Нажмите «Отправить заявку» и дождитесь сообщения об успешной идентификации.
kyc-how-to-continue = Понятно
kyc-how-to-close = Закрыть
kyc-verification = Верификация пользователя
kyc-address = Адрес и работа
kyc-declare-beneficial-owner = Подтверждаю, что являюсь бенефициарным лицом (конечным выгодоприобретателем)
kyc-declare-not-pep = Не являюсь публичным должностным лицом
kyc-declare-resident = Статус клиента - резидент
kyc-declare-phone-owner = Я подтверждаю, что являюсь владельцем этого номера
kyc-declare-consent = Я согласен и ознакомлен с условиями и правилами
kyc-non-resident = Онлайн-идентификация доступна только резидентам КР. Пройдите идентификацию в любом отделении банка с паспортом.
kyc-ready = Ваша заявка готова к отправке
kyc-submit = Отправить заявку
kyc-checklist-redo = Банк просит заново: { $items }
kyc-photo-front = Передняя сторона паспорта
kyc-photo-back = Задняя сторона паспорта
kyc-photo-selfie = Фото с паспортом в руке
kyc-passport-data = Паспортные данные
kyc-take = Сфотографировать
kyc-retake = Переснять
kyc-fill = Заполнить
kyc-edit = Изменить
kyc-gallery = Выбрать из галереи
kyc-capture-front = Положите паспорт на ровную тёмную поверхность и сфотографируйте переднюю сторону целиком.
kyc-capture-back = Переверните паспорт и сфотографируйте заднюю сторону целиком, с машиночитаемой зоной внизу.
kyc-capture-selfie = Сфотографируйте паспорт рядом с лицом: должны быть видны лицо и передняя сторона паспорта.
kyc-capture-step = Шаг { $step } из { $count }
kyc-photo-checking = Проверяем фото…
kyc-photo-not-an-image = Это не фотография. Сфотографируйте документ камерой или выберите снимок JPEG или PNG.
kyc-photo-unreadable = Фото повреждено и не открывается. Сфотографируйте ещё раз.
kyc-photo-too-large = Файл больше { $megabytes } МБ. Сфотографируйте камерой приложения.
kyc-photo-too-small = Слишком маленькое фото. Подойдите ближе, чтобы документ занял весь кадр.
kyc-photo-too-dark = Слишком темно. Включите свет или подойдите к окну.
kyc-photo-blurred = Фото размыто. Держите телефон неподвижно и дождитесь фокуса.
kyc-photo-glare = На документе блик. Наклоните паспорт или уберите лампу.
kyc-mrz-read = Машиночитаемая зона распознана: данные паспорта заполнены, проверьте их.
kyc-mrz-unreliable = Машиночитаемая зона прочиталась с ошибками. Впишите данные вручную.
kyc-passport-title = Паспорт
kyc-passport-subtitle = Ваши паспортные данные
kyc-passport-from-mrz = Поля заполнены по машиночитаемой зоне паспорта. Проверьте их.
kyc-field-surname = Фамилия
kyc-field-given-name = Имя
kyc-field-patronymic = Отчество
kyc-field-patronymic-note = * При наличии в паспорте
kyc-field-birth-date = Дата рождения
kyc-field-issue-date = Дата выдачи
kyc-field-expiry-date = Дата окончания срока действия
kyc-field-authority = Орган, выдавший документ
kyc-field-residence = Адрес проживания
kyc-field-document-number = Номер документа
kyc-field-personal-number = Персональный идентификационный номер (ПИН)
kyc-error-required = Заполните это поле.
kyc-error-too-long = Не больше { $max } символов.
kyc-error-name = Только буквы, пробел, дефис и апостроф.
kyc-error-date = Дата в виде ДД.ММ.ГГГГ, например 14.05.1990.
kyc-error-birth-future = Дата рождения не может быть в будущем.
kyc-error-underage = Онлайн-идентификация доступна с 18 лет.
kyc-error-too-old = Проверьте год рождения.
kyc-error-issue-before-birth = Паспорт не мог быть выдан раньше даты рождения.
kyc-error-issue-future = Дата выдачи не может быть в будущем.
kyc-error-expired = Срок действия паспорта истёк. Получите новый паспорт, затем пройдите идентификацию.
kyc-error-expiry-before-issue = Срок действия не может закончиться раньше даты выдачи.
kyc-error-document-number = Номер паспорта: две латинские буквы и семь цифр, например ID1234567.
kyc-error-pin-length = ПИН состоит из 14 цифр.
kyc-error-pin-digits = В ПИН только цифры.
kyc-error-pin-sex = ПИН начинается с 1 или 2.
kyc-error-pin-date = Цифры 2–9 ПИН — дата рождения; здесь это не дата.
kyc-error-pin-birth-date = ПИН не совпадает с датой рождения.
kyc-error-mrz = Не совпадает с машиночитаемой зоной паспорта. Проверьте.
kyc-confirm = Подтвердить
kyc-cancel = Отмена
kyc-address-district = Район
kyc-address-aiyl-aimak = Айылный аймак
kyc-address-settlement = Село, поселок, ПГТ
kyc-address-microdistrict = Мкр, жилмассив
kyc-address-street = Улица
kyc-address-house = Номер дома
kyc-address-apartment = Номер квартиры
kyc-address-workplace = Место работы
kyc-address-position = Должность
kyc-error-district = Выберите район из списка.
kyc-error-characters = Уберите лишние символы.
kyc-error-house = Номер дома, например 12, 12А или 12/3.
kyc-error-apartment = Номер квартиры, например 5 или 5А.
kyc-next = Далее
kyc-districts-search = Поиск района
kyc-districts-none = Ничего не найдено
kyc-consent-title = Согласие на обработку персональных данных
kyc-consent-1 = Я даю банку согласие на сбор, хранение и обработку моих персональных данных, указанных в заявлении, фотографий паспорта и моей фотографии с паспортом — для моей идентификации и обслуживания электронного кошелька.
kyc-consent-2 = С целью проверки данных — в базах Государственной регистрационной службы и Государственного реестра национальных паспортов граждан Кыргызской Республики, на срок действия электронного кошелька.
kyc-consent-3 = С целью получения информационных и рекламных сообщений на указанный в заявлении номер телефона.
kyc-consent-4 = С целью использования простой электронной подписи для подтверждения моих действий с электронным кошельком.
kyc-consent-5 = Третьим лицам — в рамках оказания ими мне услуг в приложении, оператору сотовой связи моего номера, и иным лицам для целей, не противоречащих законодательству о персональных данных.
kyc-consent-6 = Согласие действует весь срок предоставления мне услуг и хранения данных о них по законодательству Кыргызской Республики. С Договором, Правилами, Публичной офертой, тарифами и руководством ознакомлен(а) и обязуюсь их выполнять.
kyc-consent-7 = Я уведомлен(а), что в случае неполного или некорректного предоставления данных мне может быть отказано в проведении идентификации.
kyc-consent-read = Прочитано
kyc-guarantee-title = Ваши паспортные данные
kyc-guarantee-text = Нажав «ПОДТВЕРДИТЬ», вы гарантируете корректность данных и осознаёте ответственность за действие
kyc-guarantee-confirm = ПОДТВЕРДИТЬ
kyc-guarantee-cancel = ОТМЕНА
kyc-residency-title = Статус клиента
kyc-residency-text = Вы резидент Кыргызской Республики?
kyc-residency-yes = Да, резидент
kyc-residency-no = Нет
kyc-approved-notice = Поздравляем! Вы успешно прошли идентификацию.
kyc-rejected-notice = Банк отклонил заявку на идентификацию. Причина — в разделе «Онлайн-идентификация».
kyc-resubmission-notice = Банк просит исправить заявку на идентификацию.
kyc-reason-document-expired = Срок действия паспорта истёк.
kyc-reason-underage = Онлайн-идентификация доступна с 18 лет.
kyc-reason-not-resident = Онлайн-идентификация только для резидентов КР. Обратитесь в отделение банка.
kyc-reason-data-mismatch = Данные паспорта не совпадают с машиночитаемой зоной. Проверьте их.
kyc-reason-photo-unreadable = Фото не удалось прочитать. Сфотографируйте ещё раз при хорошем свете.
kyc-photo-missing = Одного из фото больше нет на телефоне. Откройте «Верификация пользователя» и сфотографируйте его снова.
kyc-not-saved = Не удалось сохранить на телефоне. Попробуйте ещё раз.

## Pay by QR
home-pay-qr = Оплатить по QR
pay-scan-title = Оплата по QR
pay-scan-hint = Наведите камеру на QR-код
pay-scan-gallery = Выбрать из галереи
pay-scan-paste = Или вставьте ссылку на оплату
pay-scan-submit = Продолжить
pay-scan-not-a-code = Это не QR-код для оплаты. Отсканируйте код продавца или ссылку на оплату.
pay-scan-damaged = QR-код повреждён и не читается. Попросите показать его ещё раз или отсканируйте ближе.
pay-scan-checksum = Контрольная сумма QR-кода не сходится: код может быть поддельным. Не платите по нему и сообщите продавцу.
pay-scan-foreign = Это QR-код другой платёжной системы. Кошелёк оплачивает коды ЭЛQR Кыргызстана.
pay-scan-foreign-country = Это QR-код платёжной системы другой страны ({ $country }). Кошелёк оплачивает коды ЭЛQR Кыргызстана.
pay-scan-wrong-currency = QR-код просит оплату в валюте, которой нет на вашем счёте (код { $code }).
pay-confirm-title = Подтверждение оплаты
pay-recipient = Получатель
pay-service = Услуга
pay-provider = Банк получателя
pay-comment = Комментарий
pay-amount = Сумма
pay-amount-not-a-number = Введите сумму цифрами, например 150 или 150,50
pay-amount-too-precise = Не больше двух знаков после запятой
pay-amount-zero = Введите сумму больше нуля
pay-amount-too-large = Слишком большая сумма
pay-fee-after-amount = Комиссия будет видна после ввода суммы
pay-fee-loading = Узнаём комиссию…
pay-fee = Комиссия: { $amount }
pay-fee-offline = Нет связи с банком: платёж встанет в очередь и уйдёт при подключении, комиссия — по тарифу банка
pay-fee-unknown = Комиссия неизвестна
pay-total = Итого к списанию: { $amount }
pay-balance-after = Останется: { $amount }
pay-retry-quote = Повторить
pay-accounts-not-loaded = Счета ещё не загрузились: подождите, пока обновится баланс, и отсканируйте код снова
pay-confirm = Оплатить
pay-pin-title = Подтвердите оплату
pay-pin-subtitle = Введите PIN-код
pay-pin-biometrics = Подтвердить по биометрии
pay-over-offline-limit = Без связи можно поставить в очередь платежи не больше лимита офлайн-платежей. Дождитесь подключения.
pay-account-unknown = Счёт ещё не загружен. Обновите главный экран и попробуйте снова.
pay-not-queued = Платёж не сохранён. Попробуйте ещё раз.

## The payment's result, notices, history by day (issue 15)
pay-result-saving = Сохраняем платёж…
pay-result-paid = Оплачено
pay-result-transferred = Переведено
pay-result-accepted = Принято банком
pay-result-accepted-text = Банк исполняет платёж — обычно это секунда. Экран обновится сам.
pay-result-queued = Ждёт связи
pay-result-queued-text = Платёж сохранён на телефоне и уйдёт в банк, как только появится связь.
pay-result-rejected = Платёж не прошёл
pay-result-transfer-rejected = Перевод не прошёл
pay-result-cancelled = Платёж отменён
pay-result-transfer-cancelled = Перевод отменён
pay-result-cancelled-text = Деньги не списаны.
pay-result-fee = Комиссия: { $amount }
pay-result-total = Итого: { $amount }
pay-result-done = Готово
pay-result-receipt = Квитанция
pay-result-details = Подробности
pay-result-cancel = Отменить платёж
pay-result-cancel-transfer = Отменить перевод
pay-pin-amount = Сумма
pay-pin-fee = Комиссия
pay-pin-total = Итого
cancel-payment-title = Отменить платёж?
cancel-payment-text = Отменить платёж на { $amount }? Деньги вернутся на счёт.
cancel-payment-confirm = Отменить платёж
cancel-transfer-title = Отменить перевод?
cancel-transfer-text = Отменить перевод на { $amount }? Деньги вернутся на счёт.
cancel-transfer-confirm = Отменить перевод
cancel-operation-keep = Не отменять
notice-money-in = Получено { $amount } от { $from }
split-remind-sent = Напоминание отправлено
split-cancel-sent = Запросы отменены
transfer-own-number = Это ваш собственный номер. Чтобы пополнить кошелёк, используйте «Получить по QR» или перевод из другого банка
receive-copy-link = Скопировать ссылку
receive-again = Получить ещё
pay-scan-wrong-currency-kgs = QR-код просит оплату в сомах, а счёта в сомах у вас нет.
pay-scan-wrong-currency-kzt = QR-код просит оплату в тенге, а счёта в тенге у вас нет.
pay-scan-wrong-currency-usd = QR-код просит оплату в долларах США, а счёта в долларах у вас нет.
shake-failed-offline = Нет связи с банком — пару не найти
signin-sending = Отправляем SMS с кодом…
signin-checking = Проверяем код…
pin-saving = Сохраняем PIN-код…
pin-checking = Проверяем PIN-код…
text-hidden-character = Уберите невидимый или управляющий символ (например, смену направления текста): с ним текст может выглядеть не так, как написан
pay-scan-hidden-text = В QR-коде есть скрытые символы, которые могут исказить имя получателя или комментарий. Не платите по нему и сообщите продавцу.
bank-text-invalid = Банк не принял текст: в нём есть невидимый или управляющий символ. Уберите его и попробуйте снова.
bank-terms-version-unknown = Банк не знает этой редакции условий. Обновите приложение, чтобы принять действующие условия.
pin-awaiting-biometrics = Приложите палец или посмотрите в камеру…
home-inbox = Уведомления
inbox-title = Уведомления
inbox-empty = Уведомлений пока нет. Здесь будут поступления, исполненные платежи и ответы банка.
inbox-read-all = Прочитать все
inbox-money-in = Поступление
inbox-money-in-text = { $amount } от { $name }
inbox-executed = Операция исполнена
inbox-rejected = Операция отклонена
inbox-operation-text = { $amount } — { $name }
inbox-request-paid = Запрос оплачен
inbox-request-paid-text = { $name } оплатил(а) { $amount }
inbox-reminder = Напоминание об оплате
inbox-reminder-text = { $name } напоминает о запросе на { $amount }
inbox-kyc-approved = Идентификация пройдена
inbox-kyc-approved-text = Лимиты идентифицированного клиента уже действуют.
inbox-kyc-rejected = Идентификация не пройдена
inbox-kyc-rejected-text = Откройте «Онлайн-идентификация», чтобы узнать причину.
inbox-kyc-resubmit = Банк просит прислать снова
inbox-kyc-resubmit-text = Откройте «Онлайн-идентификация»: там сказано, что прислать.
receipt-share = Поделиться
operation-repeat = Повторить
receipt-share-title = Квитанция
receipt-share-text = Квитанция № { $number }: { $amount }, { $name }
receipt-not-made = Не удалось подготовить квитанцию. Попробуйте ещё раз.
share-close = Закрыть
receipt-bank = Кошелёк · Sandbox Bank
receipt-title-payment = Квитанция об оплате
receipt-title-transfer = Квитанция о переводе
receipt-title-in = Квитанция о зачислении
receipt-when = Дата и время (Бишкек)
receipt-amount = Сумма
receipt-fee = Комиссия
receipt-total = Итого
receipt-payer = Плательщик
receipt-payee = Получатель
receipt-number = Номер операции
receipt-bank-id = ID операции в банке
receipt-comment = Комментарий
receipt-signed = Квитанция подписана банком (ключ { $key }); подпись проверена телефоном.
history-today = Сегодня
history-yesterday = Вчера
history-day = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
history-day-year = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year }
qr-image-not-an-image = Это не изображение. Выберите фото в формате JPEG или PNG.
qr-image-too-large = Изображение слишком большое. Выберите фото поменьше.
qr-image-no-code = На изображении не найден QR-код. Выберите фото, где код виден целиком.
qr-image-unreadable = QR-код на изображении не читается. Попробуйте фото чётче.
qr-text-too-long = Слишком много данных для QR-кода. Сократите комментарий.

## Receive by QR
home-receive = Получить по QR
receive-title = Получить по QR
receive-account-label = Счёт
receive-account = { $currency ->
    [KGS] Счёт в сомах
    [KZT] Счёт в тенге
    [USD] Счёт в долларах США
   *[other] Счёт в { $currency }
}
receive-name-label = Получатель
receive-amount = Сумма (необязательно)
receive-comment = Комментарий (необязательно)
receive-comment-hint = Не больше { $max } символов
receive-comment-too-long = Комментарий длиннее { $max } символов ({ $count }): сократите его, иначе код не прочитают
receive-hint-static = Любой может оплатить по этому коду любую сумму
receive-hint-amount = Код на { $amount }: оплатить по нему можно один раз
receive-share = Поделиться
receive-share-static = Переведите мне деньги по ссылке: { $link }
receive-share-amount = Переведите мне { $amount } по ссылке: { $link }
receive-clear = Без суммы
receive-no-account = Счёт ещё не загружен. Обновите главный экран и попробуйте снова.
receive-code-too-long = Данные не помещаются в платёжный код. Сократите комментарий или обратитесь в банк.
receive-code-failed = Код не получилось сделать. Попробуйте ещё раз или обратитесь в банк.

## Transfer by phone number (seed 004 §5.12, §5.25)
home-transfer = Перевод по номеру телефона
transfer-title = Перевод по номеру телефона
transfer-phone = Номер телефона получателя
transfer-recipient = Получатель: { $name }
transfer-bank = Банк: { $bank }
transfer-interbank-note = Перевод в другой банк: комиссия по тарифу, подтверждение кодом из SMS
transfer-large-note = Перевод больше { $limit }: подтверждение кодом из SMS
transfer-lookup-offline = Нет связи с банком: не можем показать получателя. Повторите, когда связь появится
transfer-amount-placeholder = 0,00
transfer-comment = Комментарий (необязательно)
transfer-comment-too-long = Комментарий длиннее { $max } символов: сократите его
transfer-continue = Продолжить
transfer-code-title = Подтверждение перевода
transfer-code-compare = Сверьте с SMS: перевод { $amount } получателю { $name } ({ $bank }). Вводите код, только если всё совпадает
transfer-code-title-payment = Подтверждение оплаты
transfer-code-compare-payment = Сверьте с SMS: оплата { $amount } получателю { $name }. Вводите код, только если всё совпадает
transfer-code-sending = Отправляем SMS с кодом…
transfer-code-sent = Мы отправили SMS с кодом на { $phone }
transfer-code-not-sent = Код не отправлен
transfer-code-offline = Нет связи с банком: код не отправлен. Нажмите «Отправить код повторно», когда связь появится
transfer-code-submit = Подтвердить

## Shake to pay (seed 001 §4.10.8)
home-shake = Встряхнуть и оплатить
shake-title = Встряхнуть и оплатить
shake-choose = Вы платите или получаете деньги? Выберите, затем встряхните телефон рядом с телефоном другого человека
shake-as-payer = Оплатить
shake-as-payee = Получить
shake-amount = Сумма к получению (необязательно)
shake-amount-placeholder = Любая — решит плательщик
shake-fix-amount = Исправьте сумму, затем встряхните телефон
shake-listening-payer = Встряхните телефон рядом с телефоном получателя
shake-listening-payee = Встряхните телефон рядом с телефоном плательщика
shake-searching = Ищем телефон, который встряхнули рядом…
shake-matched-payer = Оплатить { $name }? Проверьте, что это тот, кому вы платите
shake-matched-payee = Получить деньги от { $name }? Проверьте, что это тот, кто вам платит
shake-waiting-for-peer = Ждём подтверждения от { $name }…
shake-paying = { $name } подтвердил(а). Осталось оплатить
shake-awaiting-payment = { $name } подтверждает оплату PIN-кодом — деньги придут через несколько секунд
shake-done = Оплата от { $name } получена: { $amount }
shake-ambiguous = Рядом встряхнули несколько телефонов — встряхните ещё раз
shake-expired = Никого не нашлось. Встряхните телефоны одновременно, рядом друг с другом
shake-cancelled = Вы отменили встряхивание. Деньги не переводились
shake-cancelled-by-peer = Второй телефон отменил встряхивание. Деньги не переводились
shake-failed = Пару найти не получилось
shake-offline = Нет связи с банком. Проверьте интернет и встряхните ещё раз
shake-peer-payee = Получатель
shake-peer-payer = Плательщик
shake-peer-phone = Телефон
shake-amount-payer-chooses = Не указана — выберет плательщик
shake-confirm = Подтвердить
shake-cancel = Отмена
shake-again = Встряхнуть ещё раз
shake-done-button = Готово
bank-shake-not-matched = Встряхивание уже не ждёт подтверждения: его отменили или время вышло. Встряхните ещё раз
bank-shake-not-confirmed = Второй человек отменил встряхивание или ещё не подтвердил его. Платёж не отправлен
bank-shake-amount-mismatch = Получатель просил другую сумму. Встряхните ещё раз
bank-shake-already-paid = Это встряхивание уже оплачено. Проверьте историю операций

## Разделить чек (seed 001 §4.10.13)
home-split = Разделить чек
split-title = Разделить чек
split-new-bill = Новый чек
split-incoming-title = Вас просят оплатить
split-incoming-text = { $name } просит { $amount }
split-incoming-reminded = { $count ->
    [one] Напомнили { $count } раз
    [few] Напомнили { $count } раза
   *[many] Напомнили { $count } раз
}
split-incoming-pay = Оплатить
split-bills-title = Мои чеки
split-bills-empty = Чеков пока нет. Разделите чек с друзьями — каждый получит запрос на свою долю.
split-open-bill = Открыть
split-status-settled = Все оплатили
split-status-cancelled = Отменён
split-status-collecting = Оплатили { $paid } из { $asked }: { $collected } из { $total }
split-editor-title = Новый чек
split-source-payment = Из платежа: { $name }
split-source-code = Из QR-кода: { $name }
split-name-label = Название (его увидят в запросе)
split-total-label = Сумма чека
split-tip-label = Чаевые или обслуживание (необязательно)
split-tip-hint = Процент, например 10%, или сумма, например 150
split-mode-equal = Поровну
split-mode-shares = По долям
split-mode-percent = В процентах
split-mode-exact = Точными суммами
split-mode-items = По позициям
split-include-me = Я тоже плачу свою долю
split-people-title = Участники
split-me = Я
split-delivery-wallet = В кошельке
split-delivery-phone = Запрос по номеру
split-delivery-link = Получит ссылку на оплату
split-value-share = Доля
split-value-percent = %
split-value-amount = Сумма
split-remove = Убрать
split-items-title = Позиции
split-add-item = Добавить позицию
split-new-name = Имя
split-new-phone = Номер телефона (необязательно)
split-add-person = Добавить
split-contacts-title = Контакты
split-contact-add = Добавить
split-contact-added = Добавлен
split-contacts-not-read = Разрешите доступ к контактам, чтобы выбирать из них. Номера не покидают телефон в открытом виде.
split-contacts-checking = Проверяем, у кого есть кошелёк…
split-contacts-stale = Нет связи с банком: показываем, у кого был кошелёк при прошлой проверке
split-contacts-offline = Нет связи с банком: не удалось проверить, у кого есть кошелёк. Попробуйте позже
split-contacts-failed = Не удалось проверить контакты. Попробуйте ещё раз
split-contacts-budget = Сегодня проверено слишком много номеров. Остальные контакты можно будет проверить завтра
split-contacts-refresh = Обновить
split-summary = Итого { $total }
split-summary-tip = Итого { $total }, из них чаевые { $tip }
split-send = Отправить запросы
split-title-missing = Назовите чек — название увидят в запросе
split-nobody-to-ask = Добавьте хотя бы одного человека, кроме себя
split-fix-first = Сначала исправьте чек: он не делится
split-not-saved = Не удалось сохранить на телефоне. Попробуйте ещё раз
split-person-needs-name = Введите имя или номер телефона
split-person-twice = Этот человек уже в чеке
split-person-is-me = Это ваш номер. Чтобы платить свою долю, включите «Я тоже плачу свою долю»
split-too-many-people = В одном чеке не больше 30 человек
split-too-many-items = В одном чеке не больше 50 позиций
split-bill-loading = Загружаем чек…
split-bill-settled = Все оплатили — чек закрыт
split-bill-cancelled = Чек отменён
split-bill-collected = Собрано { $collected } из { $total }
split-bill-total = Сумма чека { $total }
split-bill-total-tip = Сумма чека { $total }, из них чаевые { $tip }
split-bill-missing = Этого чека уже нет на телефоне
split-pay-bill = Оплатить чек
split-cancel-bill = Отменить чек
split-cancel-queued = Запросы отменяются. Если нет связи — отменятся, когда она появится
split-remind = Напомнить
split-remind-queued = Напоминание отправляется
split-remind-nothing = Напоминать не о чем: запрос уже оплачен или отменён
split-person-mine = Моя доля
split-person-nothing = Ничего не должен
split-person-queued = Запрос в очереди — отправится, когда будет связь
split-person-cancelling = Отменяется…
split-person-paid = Оплатил
split-person-cancelled = Запрос отменён
split-person-waiting-wallet = Ждём оплату — запрос в кошельке
split-person-waiting-link = Ждём оплату по ссылке
split-person-reminded = { $count ->
    [one] Ждём оплату — напомнили { $count } раз
    [few] Ждём оплату — напомнили { $count } раза
   *[many] Ждём оплату — напомнили { $count } раз
}
split-share-text = «{ $title }»: ваша доля { $amount }. Оплатите по ссылке: { $link }
split-from-payment = Разделить чек
split-from-code = Разделить чек
split-rounding-exact = Делится без остатка
split-rounding-up-remainder = +1 тыйын: лишние тыйыны достаются самым большим остаткам
split-rounding-up-first-listed = +1 тыйын: остатки равны, лишний тыйын — первому в списке
split-rounding-down-remainder = Округлено вниз: у других остаток больше
split-rounding-down-listed-later = Округлено вниз: остатки равны, лишний тыйын достался тому, кто выше в списке
split-no-people = Добавьте хотя бы одного человека
split-empty-name = У участника { $position } нет имени
split-duplicate-name = «{ $name }» уже есть в списке
split-total-not-positive = Сумма чека должна быть больше нуля
split-not-an-amount = «{ $text }» — не сумма. Введите, например, 1000 или 1000,50
split-not-a-percent = «{ $text }» — не процент. Введите число от 0 до 100, например 33,33
split-not-a-share = «{ $text }» — не доля. Доли — целые числа, например 2 и 1
split-count-mismatch = { $list ->
    [shares] Долей { $given }, а участников { $people }
    [percentages] Процентов { $given }, а участников { $people }
   *[amounts] Сумм { $given }, а участников { $people }
}
split-shares-zero = Все доли равны нулю — дайте кому-нибудь долю
split-percent-not-100 = Проценты в сумме дают { $sum }, а должны дать 100
split-exact-mismatch = Суммы участников дают { $sum }, а чек — { $total }
split-negative-amount = Сумма не может быть отрицательной: { $amount }
split-currency-mismatch = Чек в { $expected }, а сумма — в { $found }
split-no-items = Добавьте хотя бы одну позицию
split-item-unassigned = Позицию { $position } («{ $item }») никто не выбрал
split-item-unknown-person = Позиция { $position } («{ $item }») отмечена за человеком, которого нет в чеке
split-too-large = Слишком большие суммы
split-balances-not-zero = Балансы группы не сходятся: разница { $sum }
split-bill-mismatch = Оплачено { $paid }, а доли дают { $shares }
split-member-count = В группе { $members } участников, а в чеке { $given }
split-unknown-member = «{ $name }» нет в группе
split-groups-title = Группы
split-group-bills = { $count ->
    [one] { $count } чек
    [few] { $count } чека
   *[many] { $count } чеков
}
split-group-settled = Все в расчёте
split-group-payments-title = Чтобы рассчитаться
split-group-payment = { $from } → { $to }: { $amount }
split-group-owed = Получит { $amount }
split-group-owes = Должен { $amount }
split-group-even = В расчёте
split-group-label = Группа (необязательно)
split-group-hint = Например, «Поездка на Иссык-Куль»: по чекам группы видно, кто кому должен
split-payer-label = Кто платил
split-save-group = Сохранить в группу
split-group-needed = Если платил не я, чек учитывается только в группе: укажите её
split-paid-by = Платил(а): { $name }
split-bill-group = Группа: { $name }
split-person-group = Доля в группе
split-share-link = Поделиться ссылкой

## Bank: notifications and the review (issue 15)
kyc-reason-not-the-customer = Паспорт оформлен не на владельца счёта. Пройдите онлайн-идентификацию со своим паспортом или обратитесь в отделение банка.

## Shells: the system's prompts and what a screen reader says
system-biometric-unlock = Вход в Кошелёк
system-biometric-payment = Подтверждение оплаты
system-biometric-enable = Вход по отпечатку или лицу
system-biometric-subtitle = Приложите палец или посмотрите на экран
system-biometric-cancel = Ввести PIN-код
system-camera-denied = Нет доступа к камере. Разрешите его в настройках телефона.
system-contacts-denied = Нет доступа к контактам. Разрешите его в настройках телефона или введите номер сами.
system-open-settings = Открыть настройки
system-torch-on = Включить фонарик
system-torch-off = Выключить фонарик
pin-entered = Введено цифр: { $entered } из { $length }
home-inbox-unread = { $count ->
    [one] { $count } новое
   *[other] { $count } новых
}
transfer-pick-contact = Выбрать из контактов
split-modes-title = Как делим
split-item-name = Позиция
split-item-price = Цена

## Пополнение: с карты другого банка (3-D Secure), реквизиты счёта
home-top-up = Пополнить
bank-card-invalid = Банк не принял карту: проверьте номер, срок действия и CVV
topup-title = Пополнение
topup-cards-title = С карты
topup-new-card = С карты другого банка
topup-receive = Получить по QR-коду
topup-details-title = Реквизиты для перевода из другого банка или через терминал
topup-details-loading = Загружаем реквизиты…
topup-details-share = Поделиться реквизитами
topup-details-holder = Получатель
topup-details-account = Номер счёта
topup-details-bank = Банк
topup-details-bic = БИК
topup-details-currency = Валюта счёта
topup-details-wallet = Номер кошелька для терминала
topup-copy = Скопировать
topup-copied = Скопировано
topup-offline = Нет связи с банком. Реквизиты и сохранённые карты покажутся, когда связь появится
topup-card-title = Пополнение с карты
topup-number = Номер карты
topup-expiry = Срок действия
topup-cvv = CVV2/CVC2
topup-holder = Имя на карте (необязательно)
topup-save-card = Запомнить карту для следующих пополнений
topup-saved-card = Карта { $card }, действует до { $expiry }
topup-amount = Сумма пополнения
topup-fee = Комиссия: { $fee }
topup-total = С карты спишется { $total }
topup-card-note = Номер карты и CVV не сохраняются в телефоне. Дальше банк вашей карты пришлёт код подтверждения в SMS
topup-submit = Пополнить
topup-number-empty = Введите номер карты
topup-number-digits = В номере карты только цифры
topup-number-scheme = Принимаем карты Элкарт, Visa, Mastercard и МИР
topup-number-length = В номере не хватает цифр или есть лишние
topup-number-check = В номере карты ошибка: проверьте цифры
topup-expiry-format = Срок действия — месяц и год: ММ/ГГ
topup-expiry-month = Месяц — от 01 до 12
topup-expiry-expired = Срок действия карты истёк
topup-expiry-far = Проверьте год: карты так долго не действуют
topup-cvv-digits = CVV — три цифры на обороте карты
topup-holder-too-long = Имя на карте — не длиннее 26 букв
topup-holder-latin = Имя на карте пишется латиницей, как на самой карте
topup-quote-offline = Нет связи с банком: комиссию не узнать. Пополнение с карты работает только при связи
topup-offline-retry = Ответ банка не пришёл. Нажмите «Пополнить» ещё раз: деньги не спишутся дважды
topup-code-title = Код от банка карты
topup-code-explain = { $issuer } отправил SMS с кодом для карты { $card }. Сверьте сумму: { $amount }. Вводите код, только если всё совпадает
topup-code-expires = Код действует до { $time }
topup-code-wrong = Неверный код. Осталось попыток: { $left }
topup-code-offline = Ответ банка не пришёл. Нажмите «Подтвердить» ещё раз: деньги зачислятся один раз
topup-result-card = Карта
topup-result-amount = Зачислено на счёт
topup-result-fee = Комиссия
topup-result-charged = Списано с карты
topup-result-done = Зачислено { $amount }
topup-result-receipt = Квитанция
topup-result-declined = Пополнение не прошло
topup-result-again = Попробовать снова
topup-declined-issuer = Банк вашей карты отклонил оплату. Деньги не списаны. Узнайте причину в банке карты или попробуйте другую карту
topup-declined-code = Код введён неверно три раза. Деньги не списаны
topup-declined-time = Код не был введён вовремя. Деньги не списаны

## Платежи: каталог услуг, проверка счёта у поставщика
home-services = Платежи
services-title = Платежи
services-search = Поиск
services-search-placeholder = Оператор, поставщик, услуга
services-none-yet = Каталог услуг ещё не загружен. Он появится, когда будет связь с банком
services-nothing-found = Ничего не нашлось. Попробуйте другое название
services-offline = Нет связи с банком: показан сохранённый каталог
services-account-empty = Введите номер или счёт
services-account-phone = Введите номер мобильного телефона
services-account-operator = Этот номер другого оператора
services-account-digits = Здесь только цифры
services-account-length = Лицевой счёт — { $length } цифр
services-account-contract = Номер договора — латинские буквы, цифры и дефис, от 5 до 16 знаков
services-account-check = В номере счёта ошибка: проверьте цифры
services-holder = Абонент: { $name }
services-debt = Задолженность: { $amount }
services-check-offline = Нет связи с банком: счёт не проверен. Платёж можно отправить, когда связь появится
services-limits = От { $min } до { $max }
services-operator = Оператор определён по номеру: { $name }
services-amount-outside = Сумма вне допустимых пределов поставщика
pay-service-holder = Абонент
bank-service-account-not-found = У поставщика нет такого счёта. Проверьте номер
bank-service-unavailable = Поставщик сейчас не отвечает. Деньги не списаны, попробуйте позже
bank-not-repeatable = Этот платёж одноразовый: его нельзя сохранить в избранное
bank-schedule-invalid = Банк не может выполнять платёж по такому расписанию

## Избранное и регулярные платежи
home-favourites = Все избранные
pay-favourite = Избранное
favourites-title = Избранное
favourites-empty = Здесь будут платежи, которые вы сохраните. Откройте любой платёж в истории и нажмите «В избранное»
favourites-offline = Нет связи с банком: показано сохранённое избранное
favourites-offline-retry = Ответ банка не пришёл. Нажмите «Сохранить» ещё раз: ничего не сохранится дважды
favourites-saved = Сохранено
favourites-save = В избранное
favourites-pay = Оплатить
favourites-edit = Изменить
favourites-schedule-new = Регулярный платёж
favourites-schedule-change = Расписание
favourites-rule-monthly = Каждый месяц, { $day } числа
favourites-rule-weekly = Каждую неделю: { $weekday }
favourites-rule-bill = По каждому счёту поставщика
favourites-rule-paused = Приостановлен ({ $schedule })
favourites-rule-next = { $schedule } · следующий { $date }
favourites-rule-refused = Последний платёж не прошёл: { $reason }
favourites-weekday-1 = Пн
favourites-weekday-2 = Вт
favourites-weekday-3 = Ср
favourites-weekday-4 = Чт
favourites-weekday-5 = Пт
favourites-weekday-6 = Сб
favourites-weekday-7 = Вс
favourites-day-name-1 = понедельник
favourites-day-name-2 = вторник
favourites-day-name-3 = среда
favourites-day-name-4 = четверг
favourites-day-name-5 = пятница
favourites-day-name-6 = суббота
favourites-day-name-7 = воскресенье
favourites-save-title = В избранное
favourites-edit-title = Изменить избранное
favourites-payee = Получатель: { $name }
favourites-name = Название
favourites-name-placeholder = Например, «Мой телефон»
favourites-name-empty = Дайте платежу название
favourites-name-long = Название — не длиннее 40 знаков
favourites-submit = Сохранить
favourites-delete = Удалить из избранного
favourites-schedule-title = Регулярный платёж
favourites-kind = Как часто
favourites-kind-monthly = Каждый месяц
favourites-kind-weekly = Каждую неделю
favourites-kind-bill = По счёту
favourites-day = День месяца
favourites-day-note = Если в месяце нет такого дня, платёж пройдёт в последний день месяца
favourites-day-invalid = День месяца — от 1 до 31
favourites-weekday = День недели
favourites-bill-note = Платёж пройдёт, когда поставщик выставит счёт, на сумму счёта
favourites-pause = Приостановить
favourites-schedule-note = Банк выполнит платёж сам, даже если телефон выключен. Если денег не хватит, платёж не пройдёт, и мы сообщим об этом
favourites-schedule-delete = Удалить регулярный платёж
