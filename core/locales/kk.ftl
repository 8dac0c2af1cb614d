# Қазақша мәтіндер. Мұндағы әр хабарлама ru.ftl, ky.ftl және en.ftl файлдарында да болуы керек.

## Common
nav-back = Артқа
notice-dismiss = Жабу
notice-settings-not-saved = Баптаулар сақталмады. Қайталап көріңіз.

## Language screen (seed 000, step 3)
language-title = Тілді таңдаңыз
language-subtitle = Тілді кейін баптаулардан өзгертуге болады
language-continue = Келесі
language-done = Дайын

## Intro pages (seed 000, steps 4–5)
intro-next = Келесі
intro-done = Дайын
intro-page-indicator = { $count } ішінен { $page }
intro-qr-title = QR арқылы төлеңіз
intro-qr-body = Қырғызстандағы кез келген банктің QR-кодымен сатып алулар мен қызметтерге төлеңіз.
intro-offline-title = Интернетсіз де жұмыс істейді
intro-offline-body = Баланс пен операциялар тарихы әрдайым қолыңызда. Байланыссыз жасалған төлем желі пайда болғанда бір рет қана жіберіледі.
intro-split-title = Шотты достарыңызбен бөлісіңіз
intro-split-body = Чекті бірнеше адамға бөліп, әр үлесті бірнеше рет басу арқылы жинаңыз.

## Home
home-title = Әмиян
home-welcome = Қош келдіңіз!
home-language = Тіл

## Talking to the bank
bank-misconfigured = Қолданба дұрыс бапталмаған. Оны жаңартыңыз немесе қолдау қызметіне жазыңыз.
bank-offline = Банкпен байланыс жоқ. Интернетті тексеріңіз — кезектегі операциялар байланыс пайда болғанда өздігінен жіберіледі.
bank-no-answer = Банк уақытында жауап бермеді. Сұрауды өзіміз қайталаймыз.
bank-unavailable = Банк уақытша қолжетімсіз. Сәлден кейін қайталап көріңіз.
bank-session-ended = Сеанс аяқталды. Қайта кіріңіз.
bank-session-replaced = Сіз әмиянға басқа құрылғыдан кірдіңіз, сондықтан мұнда сеанс аяқталды. Бұл сіз болсаңыз, қайта кіріңіз.
bank-malformed = Банк түсініксіз жауап жіберді. Кейінірек қайталап көріңіз; қайталанса, қолдау қызметіне жазыңыз.
bank-invalid-phone = Банк бұл нөмірге қызмет көрсетпейді. Қырғызстанның (+996) немесе Қазақстанның (+7) ұялы нөмірі керек.
bank-sms-code-invalid = Код қате. SMS-ті тексеріп, кодты қайта енгізіңіз.
bank-sms-code-expired = Кодтың мерзімі өтті. Жаңа код сұраңыз.
bank-too-many-attempts = Әрекет тым көп болды. Күте тұрып, жаңа код сұраңыз.
bank-resend-too-soon = Жаңа кодты сәлден кейін сұрауға болады.
bank-insufficient-funds = Шотта қаражат жеткіліксіз.
bank-limit-exceeded = Сома лимиттен асады. Лимиттерді көбейту үшін сәйкестендіруден өтіңіз.
bank-recipient-not-found = Алушы табылмады. Нөмірді немесе деректемелерді тексеріңіз.
bank-currency-mismatch = Алушы басқа валютаны қабылдайды.
bank-amount-invalid = Нөлден үлкен соманы көрсетіңіз.
bank-not-revocable = Операцияны енді болдырмау мүмкін емес: банк оны орындады.
bank-kyc-required = Бұл операция үшін онлайн-сәйкестендіруден өту керек.
bank-refused = Банк сұрауды қабылдамады. Қайталап көріңіз немесе қолдау қызметіне жазыңыз.

## Sign-in (seed 000, steps 6–7)
signin-phone-title = Телефон нөмірі
signin-phone-subtitle = Өз нөміріңізбен кіріңіз — кодты SMS арқылы жібереміз
signin-phone-label = Телефон нөмірі
signin-submit = Кіру
signin-code-title = SMS-тегі код
signin-code-subtitle = Кодты { $phone } нөміріне жібердік
signin-code-label = Код
signin-code-incomplete = SMS-тегі кодты толық енгізіңіз
signin-attempts-left = Қалған әрекет: { $count }
signin-not-kept = Бұл телефонда кіруді сақтау мүмкін болмады. Қайталап көріңіз.
phone-not-a-number = Бұл телефон нөмірі емес. Ұялы нөмірді енгізіңіз: +996 555 123 456 немесе +7 701 123 45 67
phone-landline = Бұл қалалық нөмір. Ұялы нөмір керек: +996 555 123 456 немесе +7 701 123 45 67
phone-other-country = Әмиян Қырғызстанның (+996) және Қазақстанның (+7) ұялы нөмірлерімен жұмыс істейді

## Home, signed in
home-sign-in = Кіру
home-sign-in-hint = Балансты көру және төлеу үшін телефон нөміріңізбен кіріңіз
home-balance = Баланс
home-available = Қолжетімді: { $amount }
home-syncing = Жаңартылуда…
home-synced-at = { $time } жаңартылды
home-offline-as-of = Байланыс жоқ — деректер { $time } бойынша
home-offline-never = Байланыс жоқ — банктен деректер әзірге жоқ
home-bank-failed-as-of = Банк қолжетімсіз — деректер { $time } бойынша
home-waiting = Кезекте { $count } операция — байланыс пайда болғанда жіберіледі
home-recent = Соңғы операциялар
home-all-history = Барлық тарих
home-refresh = Жаңарту

## History (seed 003)
history-title = Операциялар тарихы
history-empty = Әзірге операция жоқ
history-load-more = Тағы көрсету
history-damaged = Жазба бүлінген
history-resync = Тарихты қайта жүктеу
kind-payment = Төлем
kind-transfer-out = Аударым
kind-transfer-in = Түскен ақша
kind-top-up = Толықтыру
status-queued = Кезекте
status-accepted = Банк қабылдады
status-executed = Орындалды
status-rejected = Қабылданбады
status-cancelled = Болдырылмады
operation-title = Операция
operation-field-status = Мәртебесі
operation-field-date = Күні
operation-field-reason = Себебі
operation-field-comment = Түсініктеме
operation-field-fee = Комиссия
operation-field-number = Операция нөмірі
operation-field-executed = Банк орындаған уақыт
operation-receipt-verified = Түбіртекке банк қол қойған, қолтаңба тексерілді
operation-receipt-invalid = Түбіртектегі банктің қолтаңбасы сәйкес емес — бұл операцияның растауы емес
operation-receipt-none = Банк операцияны орындағанда түбіртек пайда болады
operation-cancel = Болдырмау
operation-cancelled = Операция болдырылмады
operation-cancel-sending = Операция банкке жіберіліп жатыр. Бір минуттан кейін мәртебесін қараңыз.
operation-damaged = Бұл операция туралы жазба бүлінген. Тарихты қайта жүктеңіз.
notice-local-data-cleared = Телефондағы деректерді оқу мүмкін болмады, сондықтан олар тазартылды. Тарих банктен қайта жүктеледі.
notice-unsent-lost = Жіберілмеген { $count } операция жоғалды — тарихты тексеріңіз.
store-damaged = Телефондағы деректердің бір бөлігі бүлінген. Тарихты қайта жүктеңіз.
sync-failed = Деректерді жаңарту мүмкін болмады. Қайталап көреміз.
