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
bank-document-invalid = Банк бұл фотоны қабылдай алмады. Қайта түсіріңіз (JPEG не PNG, 8 МБ дейін).
bank-document-missing = Банкте фотолардың бірі жоқ. Тізімді ашып, оны қайта түсіріңіз.
bank-kyc-already-submitted = Өтінішіңіз банкте тұр немесе сіз сәйкестендіруден өтіп қойдыңыз.
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

## Sign-in: resend and lifetime
signin-resend = Кодты қайта жіберу
signin-resend-in = Жаңа кодты { $time } өткен соң сұрауға болады
signin-code-lifetime = Код { $count } минут жарамды
reset-phone-title = Нөміріңізді растаңыз
reset-phone-subtitle = Жаңа PIN-код орнату үшін телефон нөміріңізді SMS-кодпен растаңыз

## Terms (seed 000, step 8)
terms-title = Пайдалану шарттары
terms-subtitle = Жалғастыру үшін барлық тармақты белгілеңіз. Құжатты ашу үшін «Оқу» түймесін басыңыз.
terms-read = Оқу
terms-continue = Жалғастыру
terms-agree = Қабылдаймын
terms-edition = 2026 жылғы 1 қарашадағы редакция
terms-not-saved = Келісімді сақтау мүмкін болмады. Қайталап көріңіз.
terms-offer-label = Электрондық әмиянның жария офертасының шарттарын қабылдаймын
terms-offer-title = Электрондық әмиянның жария офертасы
terms-offer-1 = Әмиян — банктің сомдағы электрондық әмияны. Оны ашу арқылы сіз осы офертаға толықтай қосыласыз.
terms-offer-2 = Төлемдер мен аударымдар қосымшадағы сіздің өкіміңіз бойынша орындалады. Банк әрбір орындалған операцияға қол қояды, түбіртек қосымшада сақталады.
terms-offer-3 = Операция лимиттері сәйкестендіруден өткеніңізге байланысты. Сәйкестендірусіз тек шағын сомалар қолжетімді.
terms-offer-4 = Банкке жүгініп, әмиянды кез келген уақытта жаба аласыз; қалдық сізге қайтарылады.
terms-privacy-label = Дербес деректерімді жинауға және өңдеуге келісемін
terms-privacy-title = Дербес деректерді өңдеуге келісім
terms-privacy-1 = Банк әмиянды жүргізу және Қырғыз Республикасы заңының талаптарын орындау үшін телефон нөміріңізді, паспорт деректеріңізді және операциялар тарихын өңдейді.
terms-privacy-2 = Телефондағы деректер шифрланған түрде сақталады. PIN-код еш жерде сақталмайды — телефонда да, банкте де.
terms-privacy-3 = Банкке жүгініп, келісімді кері қайтара аласыз; содан кейін әмиян жабылады.
terms-remote-label = Қашықтан қызмет көрсету ережелерімен таныстым
terms-remote-title = Қашықтан қызмет көрсету ережелері
terms-remote-1 = Әмиянға тек бір құрылғыдан кіруге болады: басқа құрылғыдан кіргенде бұрынғы құрылғыдағы сеанс аяқталады.
terms-remote-2 = PIN-кодты және SMS-кодтарды ешкімге айтпаңыз — банк қызметкерлері оларды ешқашан сұрамайды.
terms-remote-3 = SMS-кодты енгізер алдында хабарламадағы сома мен алушыны қосымшада көргеніңізбен салыстырыңыз.
terms-remote-4 = Жұмысты «Шығу» түймесімен аяқтаңыз немесе қосымшаны бұғаттаңыз; ол бірнеше минут әрекетсіз тұрғаннан кейін өзі бұғатталады. Телефон жоғалса, бірден банкке хабарлаңыз.

## PIN (seed 000, step 9) and biometrics
pin-create-title = PIN-код ойлап табыңыз
pin-create-subtitle = Әмиянға кіру үшін 4 сан
pin-repeat-title = PIN-кодты қайталаңыз
pin-repeat-subtitle = Сол PIN-кодты тағы бір рет енгізіңіз
pin-current-title = Қазіргі PIN-код
pin-current-subtitle = Қазір кіріп жүрген PIN-кодыңызды енгізіңіз
pin-new-title = Жаңа PIN-код
pin-unlock-title = PIN-кодты енгізіңіз
pin-unlock-subtitle = Әмиянды ашу үшін
pin-erase = Өшіру
pin-forgot = PIN-кодты ұмыттыңыз ба?
pin-use-biometrics = Саусақ ізі немесе бет арқылы кіру
pin-weak-same = PIN-код тым қарапайым: бірдей сандарды табу оңай. Басқасын ойлап табыңыз.
pin-weak-sequence = PIN-код тым қарапайым: қатарынан келген сандарды табу оңай. Басқасын ойлап табыңыз.
pin-weak-pair = PIN-код тым қарапайым: қайталанатын жұптарды табу оңай. Басқасын ойлап табыңыз.
pin-weak-year = PIN-код жылға ұқсайды, ал туған жылды табу оңай. Басқасын ойлап табыңыз.
pin-mismatch = PIN-кодтар сәйкес келмеді. PIN-кодты қайтадан ойлап табыңыз.
pin-wrong = PIN-код қате.
pin-left-before-wipe = { $count } әрекет қалды, содан кейін кіруді SMS-кодпен растау қажет болады.
pin-locked = Қате әрекеттер тым көп. { $time } өткен соң қайталап көріңіз
pin-try-again = Қайталап көруге болады.
pin-failed = Бұл телефонда PIN-кодты тексеру мүмкін болмады. Қайталап көріңіз.
pin-changed = PIN-код өзгертілді.
pin-wiped = PIN-код 10 рет қате енгізілді. Қауіпсіздік үшін осы телефондағы кіру жойылды — нөміріңізді SMS-кодпен растаңыз.
biometrics-title = Саусақ ізі немесе бет арқылы кіру
biometrics-body = Әмиянды PIN-кодсыз ашыңыз. PIN-код қалады — биометрия жұмыс істемесе, ол қажет болады.
biometrics-enable = Қосу
biometrics-skip = Қазір емес
biometrics-failed = Биометрия арқылы кіруді қосу мүмкін болмады. Кейінірек баптаулардан көріңіз.
biometrics-changed = Телефондағы биометрия өзгерді, ол арқылы кіру өшірілді. PIN-кодты енгізіңіз.

## Settings and dialogs
settings-title = Баптаулар
settings-account = Сіз { $phone } нөмірімен кірдіңіз
settings-change-pin = PIN-кодты өзгерту
settings-biometrics = Саусақ ізі немесе бет арқылы кіру
settings-auto-lock = Әрекетсіз тұрғаннан кейін бұғаттау
settings-minutes = { $count } минут
settings-logout = Шығу
dialog-cancel = Болдырмау
logout-title = Әмияннан шығасыз ба?
logout-text = Қайта кіру үшін телефон нөмірі мен SMS-код қажет болады.
logout-unsent = { $count } операция банкке әлі жіберілген жоқ. Қазір шықсаңыз, олар жіберілмейді.
logout-confirm = Шығу
logout-confirm-anyway = Бәрібір шығу
forgot-title = PIN-кодты ұмыттыңыз ба?
forgot-text = Телефон нөміріңізді SMS-кодпен растаңыз — содан кейін жаңа PIN-код ойлап табасыз. Тарих пен операциялар кезегі сақталады.
forgot-confirm = Код алу
