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
intro-split-title = Делите счёт с друзьями
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
bank-invalid-phone = Банк не обслуживает этот номер. Нужен мобильный номер Кыргызстана (+996) или Казахстана (+7).
bank-sms-code-invalid = Неверный код. Проверьте SMS и введите код ещё раз.
bank-sms-code-expired = Срок действия кода истёк. Запросите новый код.
bank-too-many-attempts = Слишком много попыток. Подождите и запросите новый код.
bank-resend-too-soon = Новый код можно запросить чуть позже.
bank-insufficient-funds = Недостаточно средств на счёте.
bank-limit-exceeded = Сумма превышает ваш лимит. Пройдите идентификацию, чтобы увеличить лимиты.
bank-recipient-not-found = Получатель не найден. Проверьте номер или реквизиты.
bank-currency-mismatch = Получатель принимает другую валюту.
bank-amount-invalid = Укажите сумму больше нуля.
bank-not-revocable = Операцию уже нельзя отменить: банк её исполнил.
bank-kyc-required = Для этой операции нужно пройти онлайн-идентификацию.
bank-document-invalid = Банк не смог принять это фото. Сфотографируйте ещё раз (JPEG или PNG до 8 МБ).
bank-document-missing = В банке нет одного из фото. Откройте список и сфотографируйте его ещё раз.
bank-kyc-already-submitted = Ваша заявка уже в банке, или вы уже прошли идентификацию.
bank-refused = Банк отклонил запрос. Попробуйте ещё раз или напишите в поддержку.

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
phone-not-a-number = Это не номер телефона. Введите мобильный номер: +996 555 123 456 или +7 701 123 45 67
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
