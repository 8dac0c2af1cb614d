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
