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
