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
