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
intro-split-title = Чекті достарыңызбен бөлісіңіз
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
bank-untrusted = Бұл байланыс банкке апармайды: желі оны ұстап алып жатқан сияқты (қоғамдық Wi-Fi желілерінде солай болады). Ештеңе жіберілген жоқ. Мобильді интернетке немесе басқа желіге ауысып, қайталап көріңіз; кез келген желіде осылай болса, қолданбаны жаңартыңыз.
bank-untrusted-clock = Байланыстың банкке апаратынын тексеру мүмкін болмады: банктің сертификаты телефондағы күнге сәйкес келмейді. Ештеңе жіберілген жоқ. Телефонның баптауларында автоматты күн мен уақытты қосып, қайталап көріңіз.
bank-invalid-phone = Банк бұл нөмірге қызмет көрсетпейді. Қырғызстанның (+996) немесе Қазақстанның (+7) ұялы нөмірі керек.
bank-sms-code-invalid = Код қате. SMS-ті тексеріп, кодты қайта енгізіңіз.
bank-sms-code-expired = Кодтың мерзімі өтті. Жаңа код сұраңыз.
bank-too-many-attempts = Әрекет тым көп болды. Күте тұрып, жаңа код сұраңыз.
bank-rate-limited = Бұл жерден сұрау тым көп болды. Біраз күтіп, қайталап көріңіз.
bank-resend-too-soon = Жаңа кодты сәлден кейін сұрауға болады.
bank-insufficient-funds = Шотта қаражат жеткіліксіз.
bank-limit-exceeded = Сома лимиттен асады. Лимиттерді көбейту үшін сәйкестендіруден өтіңіз.
bank-recipient-not-found = Алушы табылмады. Нөмірді немесе деректемелерді тексеріңіз.
bank-currency-mismatch = Алушы басқа валютаны қабылдайды.
bank-qr-invalid = QR-код бүлінген немесе жалған: бақылау сомасы сәйкес келмейді. Сатушыдан кодты қайта көрсетуін сұраңыз.
bank-qr-expired = QR-кодтың мерзімі өтті. Сатушыдан жаңасын жасауын сұраңыз.
bank-qr-already-paid = Бұл QR-код бұрын төленген.
bank-qr-amount-fixed = QR-кодта басқа сома көрсетілген, оны өзгертуге болмайды.
bank-fee-changed = Комиссия өзгерді. Жаңа соманы тексеріп, қайта растаңыз.
bank-amount-invalid = Нөлден үлкен соманы көрсетіңіз.
bank-not-revocable = Операциядан енді бас тарту мүмкін емес: банк оны орындады.
bank-kyc-required = Бұл операция үшін онлайн-сәйкестендіруден өту керек.
bank-document-invalid = Банк бұл фотоны қабылдай алмады. Қайта түсіріңіз (JPEG не PNG, 8 МБ-қа дейін).
bank-document-missing = Банкте фотолардың бірі жоқ. Тізімді ашып, оны қайта түсіріңіз.
bank-kyc-already-submitted = Өтінішіңіз банкте тұр немесе сіз сәйкестендіруден өтіп қойдыңыз.
bank-refused = Банк сұрауды қабылдамады. Қайталап көріңіз немесе қолдау қызметіне жазыңыз.
bank-confirmation-required = Басқа банкке аударымды SMS-тегі кодпен растау керек. Код сұраңыз, SMS-тегі соманы және алушыны салыстырып, содан кейін кодты енгізіңіз.
bank-confirmation-invalid = Растау бұл аударымға сәйкес келмейді: код тым көп рет қате енгізілді немесе сома не алушы өзгерді. Жаңа код сұраңыз.
bank-confirmation-expired = Растаудың мерзімі өтті. Жаңа код сұрап, аударымды қайта растаңыз.
bank-confirmation-used = Бұл SMS-кодпен аударым бұрын расталған. Қайта жіберер алдында тарихты тексеріңіз; жаңа аударым үшін жаңа код керек.
bank-confirmation-not-needed = Алушы біздің банктің клиенті: бұл аударымға SMS-код қажет емес. Аударымды жай ғана растаңыз.
bank-request-paid = Бұл сұраным бұрын төленген.
bank-request-cancelled = Сұранымды жіберген адам одан бас тартты. Төлеудің қажеті жоқ.
bank-contacts-key-changed = Банк контактілерді қорғауды жаңартты. Тізімді қайта жаңартыңыз.

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
phone-not-a-number = Бұл телефон нөмірі емес. Қырғызстанның (+996 555 123 456) немесе Қазақстанның (+7 701 123 45 67) ұялы нөмірін енгізіңіз
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
status-cancelled = Бас тартылды
operation-title = Операция
operation-field-status = Күйі
operation-field-date = Күні
operation-field-reason = Себебі
operation-field-comment = Түсініктеме
operation-field-fee = Комиссия
operation-field-number = Операция нөмірі
operation-field-executed = Банк орындаған уақыт
operation-receipt-verified = Түбіртекке банк қол қойған, қолтаңба тексерілді
operation-receipt-invalid = Түбіртектегі банктің қолтаңбасы сәйкес емес — бұл операцияның растауы емес
operation-receipt-none = Банк операцияны орындағанда түбіртек пайда болады
operation-cancel = Бас тарту
operation-cancelled = Операциядан бас тартылды
operation-cancel-sending = Операция банкке жіберіліп жатыр. Бір минуттан кейін күйін қараңыз.
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
terms-subtitle = Жалғастыру үшін барлық тармақты белгілеңіз. Құжатты ашу үшін «Оқу» батырмасын басыңыз.
terms-renewal-subtitle = Біз шарттарды жаңарттық. Әмиянды пайдалануды жалғастыру үшін оларды оқып, қабылдаңыз.
terms-update-app = Банк жаңа шарттарды жариялады. Оларды оқып, қабылдау үшін қолданбаны жаңартыңыз.
terms-read = Оқу
terms-continue = Жалғастыру
terms-agree = Қабылдаймын
terms-edition = 2026 жылғы 1 қарашадағы редакция
terms-not-saved = Келісімді сақтау мүмкін болмады. Қайталап көріңіз.
terms-offer-label = Электрондық әмиянның жария офертасының шарттарын қабылдаймын
terms-offer-title = Электрондық әмиянның жария офертасы
terms-offer-1 = Әмиян — банктің сомдағы электрондық әмияны. Оны ашу арқылы сіз осы офертаға толықтай қосыласыз.
terms-offer-2 = Төлемдер мен аударымдар қолданбадағы сіздің өкіміңіз бойынша орындалады. Банк әрбір орындалған операцияға қол қояды, түбіртек қолданбада сақталады.
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
terms-remote-3 = SMS-кодты енгізер алдында хабарламадағы сома мен алушыны қолданбада көргеніңізбен салыстырыңыз.
terms-remote-4 = Жұмысты «Шығу» батырмасымен аяқтаңыз немесе қолданбаны бұғаттаңыз; ол бірнеше минут әрекетсіз тұрғаннан кейін өзі бұғатталады. Телефон жоғалса, бірден банкке хабарлаңыз.

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
dialog-cancel = Бас тарту
logout-title = Әмияннан шығасыз ба?
logout-text = Қайта кіру үшін телефон нөмірі мен SMS-код қажет болады.
logout-unsent = { $count } операция банкке әлі жіберілген жоқ. Қазір шықсаңыз, жіберілмей қалады.
logout-confirm = Шығу
logout-confirm-anyway = Бәрібір шығу
forgot-title = PIN-кодты ұмыттыңыз ба?
forgot-text = Телефон нөміріңізді SMS-кодпен растаңыз — содан кейін жаңа PIN-код ойлап табасыз. Тарих пен операциялар кезегі сақталады.
forgot-confirm = Код алу

## Online identification (seed 000 steps 10–22)
kyc-title = Онлайн-сәйкестендіру
kyc-short-not-started = Өтпеген
kyc-short-queued = Жіберуді күтуде
kyc-short-in-review = Тексерілуде
kyc-short-approved = Өтті
kyc-short-rejected = Қабылданбады
kyc-short-resubmission = Түзету керек
kyc-status-loading = Жүктелуде…
kyc-status-why = Сәйкестендіру әмиянның толық лимиттерін ашады. Төлқұжат, төлқұжатты қолыңызда ұстаған фото, мекенжай және жұмыс орны қажет.
kyc-status-not-started = Сіз әлі сәйкестендіруден өтпедіңіз
kyc-status-queued = Өтініш сақталды және жіберуді күтуде
kyc-status-queued-text = Байланыс болған бойда ол банкке өзі кетеді.
kyc-status-sending = Өтініш жіберілуде…
kyc-status-in-review = Өтініш тексерілуде
kyc-status-in-review-text = Банк деректеріңізді тексеруде. Жауап келгенде хабарлаймыз.
kyc-status-approved = Құттықтаймыз! Сіз сәйкестендіруден сәтті өттіңіз
kyc-status-approved-text = Енді сізге сәйкестендірілген клиенттің лимиттері қолжетімді.
kyc-status-rejected = Өтініш қабылданбады
kyc-status-rejected-text = Сәйкестендіруден қайта өтуге немесе банктің кез келген бөлімшесіне жүгінуге болады.
kyc-status-resubmission = Банк өтінішті түзетуді сұрайды
kyc-status-resubmission-text = Төменде көрсетілгенді ғана түзетіп, өтінішті қайта жіберіңіз.
kyc-limit-single = Бір реттік операция
kyc-limit-daily = Күніне
kyc-limit-monthly = Айына
kyc-start = Онлайн-сәйкестендіруден өту
kyc-start-again = Қайта өту
kyc-fix = Түзету
kyc-send-now = Қазір жіберу
kyc-how-to = Онлайн-сәйкестендіруден қалай өтуге болады?
kyc-intro = Онлайн-сәйкестендіруден өту үшін барлық деректерді толтыруыңыз керек. Онлайн-сәйкестендіру тек Қырғыз Республикасының резиденттеріне қолжетімді. Қырғыз Республикасының резиденті еместер сәйкестендіруден банктің кез келген бөлімшесінде өте алады.
kyc-how-to-1 = «Пайдаланушыны тексеру» батырмасын басып, төлқұжаттың алдыңғы бетін, содан кейін артқы бетін суретке түсіріңіз.
kyc-how-to-2 = Бетіңіз бен төлқұжаттың алдыңғы беті көрінетіндей етіп, төлқұжатты қолыңызда ұстап суретке түсіңіз.
kyc-how-to-3 = Төлқұжат деректерін жазып, «Растау» батырмасын басыңыз.
kyc-how-to-4 = «Мекенжай және жұмыс» бөлімін толтырыңыз.
kyc-how-to-5 = Растауларды белгілеп, шарттар мен ережелерді оқыңыз.
kyc-how-to-6 = «Өтінішті жіберу» батырмасын басып, сәтті сәйкестендіру туралы хабарламаны күтіңіз.
kyc-how-to-continue = Түсінікті
kyc-how-to-close = Жабу
kyc-verification = Пайдаланушыны тексеру
kyc-address = Мекенжай және жұмыс
kyc-declare-beneficial-owner = Бенефициар тұлға (түпкі пайда алушы) екенімді растаймын
kyc-declare-not-pep = Жария лауазымды тұлға емеспін
kyc-declare-resident = Клиент мәртебесі - резидент
kyc-declare-phone-owner = Осы нөмірдің иесі екенімді растаймын
kyc-declare-consent = Шарттар мен ережелермен келісемін және таныстым
kyc-non-resident = Онлайн-сәйкестендіру тек Қырғыз Республикасының резиденттеріне арналған. Төлқұжатыңызбен банктің кез келген бөлімшесінде сәйкестендіруден өтіңіз.
kyc-ready = Өтінішіңіз жіберуге дайын
kyc-submit = Өтінішті жіберу
kyc-checklist-redo = Банк қайта сұрайды: { $items }
kyc-photo-front = Төлқұжаттың алдыңғы беті
kyc-photo-back = Төлқұжаттың артқы беті
kyc-photo-selfie = Төлқұжатты қолда ұстаған фото
kyc-passport-data = Төлқұжат деректері
kyc-take = Суретке түсіру
kyc-retake = Қайта түсіру
kyc-fill = Толтыру
kyc-edit = Өзгерту
kyc-gallery = Галереядан таңдау
kyc-capture-front = Төлқұжатты тегіс күңгірт бетке қойып, алдыңғы бетін толығымен суретке түсіріңіз.
kyc-capture-back = Төлқұжатты аударып, артқы бетін төмендегі машинамен оқылатын аймағымен бірге толық түсіріңіз.
kyc-capture-selfie = Төлқұжатты бетіңіздің жанында ұстап суретке түсіңіз: бетіңіз бен төлқұжаттың алдыңғы беті көрінуі керек.
kyc-capture-step = { $count } қадамның { $step }-қадамы
kyc-photo-checking = Фото тексерілуде…
kyc-photo-not-an-image = Бұл фото емес. Құжатты камерамен түсіріңіз немесе JPEG не PNG суретін таңдаңыз.
kyc-photo-unreadable = Фото зақымдалған, ашылмайды. Қайта түсіріңіз.
kyc-photo-too-large = Файл { $megabytes } МБ-тан үлкен. Қолданбаның камерасымен түсіріңіз.
kyc-photo-too-small = Фото тым кішкентай. Құжат кадрды толық алатындай жақынырақ келіңіз.
kyc-photo-too-dark = Тым қараңғы. Жарық қосыңыз немесе терезеге жақындаңыз.
kyc-photo-blurred = Фото бұлыңғыр. Телефонды қозғалтпай ұстап, фокусты күтіңіз.
kyc-photo-glare = Құжатта жарқыл бар. Төлқұжатты еңкейтіңіз немесе шамды алыстатыңыз.
kyc-mrz-read = Машинамен оқылатын аймақ танылды: төлқұжат деректері толтырылды, тексеріңіз.
kyc-mrz-unreliable = Машинамен оқылатын аймақ қатемен оқылды. Деректерді қолмен жазыңыз.
kyc-passport-title = Төлқұжат
kyc-passport-subtitle = Сіздің төлқұжат деректеріңіз
kyc-passport-from-mrz = Өрістер төлқұжаттың машинамен оқылатын аймағы бойынша толтырылды. Тексеріңіз.
kyc-field-surname = Тегі
kyc-field-given-name = Аты
kyc-field-patronymic = Әкесінің аты
kyc-field-patronymic-note = * Төлқұжатта болса
kyc-field-birth-date = Туған күні
kyc-field-issue-date = Берілген күні
kyc-field-expiry-date = Жарамдылық мерзімінің аяқталуы
kyc-field-authority = Құжатты берген орган
kyc-field-residence = Тұратын мекенжайы
kyc-field-document-number = Құжат нөмірі
kyc-field-personal-number = Жеке сәйкестендіру нөмірі (ПИН)
kyc-error-required = Бұл өрісті толтырыңыз.
kyc-error-too-long = { $max } таңбадан аспауы керек.
kyc-error-name = Тек әріптер, бос орын, дефис және апостроф.
kyc-error-date = Күні КК.АА.ЖЖЖЖ түрінде, мысалы 14.05.1990.
kyc-error-birth-future = Туған күн болашақта болуы мүмкін емес.
kyc-error-underage = Онлайн-сәйкестендіру 18 жастан бастап қолжетімді.
kyc-error-too-old = Туған жылды тексеріңіз.
kyc-error-issue-before-birth = Төлқұжат туған күннен бұрын берілуі мүмкін емес.
kyc-error-issue-future = Берілген күн болашақта болуы мүмкін емес.
kyc-error-expired = Төлқұжаттың мерзімі өтіп кеткен. Жаңа төлқұжат алып, содан кейін сәйкестендіруден өтіңіз.
kyc-error-expiry-before-issue = Жарамдылық мерзімі берілген күннен бұрын аяқталуы мүмкін емес.
kyc-error-document-number = Төлқұжат нөмірі: екі латын әрпі және жеті сан, мысалы ID1234567.
kyc-error-pin-length = ПИН 14 саннан тұрады.
kyc-error-pin-digits = ПИН-де тек сандар болады.
kyc-error-pin-sex = ПИН 1 немесе 2-ден басталады.
kyc-error-pin-date = ПИН-нің 2–9 сандары — туған күн; мұнда ол күн емес.
kyc-error-pin-birth-date = ПИН туған күнге сәйкес келмейді.
kyc-error-mrz = Төлқұжаттың машинамен оқылатын аймағына сәйкес келмейді. Тексеріңіз.
kyc-confirm = Растау
kyc-cancel = Бас тарту
kyc-address-district = Аудан
kyc-address-aiyl-aimak = Ауылдық аймақ
kyc-address-settlement = Ауыл, кент, ҚТК
kyc-address-microdistrict = Шағын аудан, тұрғын алап
kyc-address-street = Көше
kyc-address-house = Үй нөмірі
kyc-address-apartment = Пәтер нөмірі
kyc-address-workplace = Жұмыс орны
kyc-address-position = Лауазымы
kyc-error-district = Тізімнен ауданды таңдаңыз.
kyc-error-characters = Артық таңбаларды алып тастаңыз.
kyc-error-house = Үй нөмірі, мысалы 12, 12А немесе 12/3.
kyc-error-apartment = Пәтер нөмірі, мысалы 5 немесе 5А.
kyc-next = Келесі
kyc-districts-search = Ауданды іздеу
kyc-districts-none = Ештеңе табылмады
kyc-consent-title = Дербес деректерді өңдеуге келісім
kyc-consent-1 = Мен банкке өтініште көрсетілген дербес деректерімді, төлқұжат фотоларын және төлқұжатпен түскен фотомды жинауға, сақтауға және өңдеуге — мені сәйкестендіру және электрондық әмиянға қызмет көрсету үшін келісім беремін.
kyc-consent-2 = Деректерді тексеру мақсатында — Мемлекеттік тіркеу қызметінің және Қырғыз Республикасы азаматтарының ұлттық төлқұжаттарының мемлекеттік тізілімінің базаларында, электрондық әмиянның қолданылу мерзіміне.
kyc-consent-3 = Өтініште көрсетілген телефон нөміріне ақпараттық және жарнамалық хабарламалар алу мақсатында.
kyc-consent-4 = Электрондық әмиянмен әрекеттерімді растау үшін қарапайым электрондық қолтаңбаны пайдалану мақсатында.
kyc-consent-5 = Үшінші тұлғаларға — олар маған қолданбада қызмет көрсету аясында, нөмірімнің ұялы байланыс операторына және дербес деректер туралы заңнамаға қайшы келмейтін мақсаттар үшін өзге тұлғаларға.
kyc-consent-6 = Келісім маған қызмет көрсетілетін бүкіл мерзімде және олар туралы деректер Қырғыз Республикасының заңнамасы бойынша сақталатын мерзімде қолданылады. Шартпен, Ережелермен, Жария офертамен, тарифтермен және нұсқаулықпен таныстым және оларды орындауға міндеттенемін.
kyc-consent-7 = Деректерді толық емес немесе қате бергенде сәйкестендіруден бас тартылуы мүмкін екені туралы хабардармын.
kyc-consent-read = Оқылды
kyc-guarantee-title = Сіздің төлқұжат деректеріңіз
kyc-guarantee-text = «РАСТАУ» батырмасын басу арқылы деректердің дұрыстығына кепілдік бересіз және әрекет үшін жауапкершілікті түсінесіз
kyc-guarantee-confirm = РАСТАУ
kyc-guarantee-cancel = БАС ТАРТУ
kyc-residency-title = Клиент мәртебесі
kyc-residency-text = Сіз Қырғыз Республикасының резидентісіз бе?
kyc-residency-yes = Иә, резидентпін
kyc-residency-no = Жоқ
kyc-approved-notice = Құттықтаймыз! Сіз сәйкестендіруден сәтті өттіңіз.
kyc-rejected-notice = Банк сәйкестендіру өтінішін қабылдамады. Себебі «Онлайн-сәйкестендіру» бөлімінде.
kyc-resubmission-notice = Банк сәйкестендіру өтінішін түзетуді сұрайды.
kyc-reason-document-expired = Төлқұжаттың мерзімі өтіп кеткен.
kyc-reason-underage = Онлайн-сәйкестендіру 18 жастан бастап қолжетімді.
kyc-reason-not-resident = Онлайн-сәйкестендіру тек Қырғыз Республикасының резиденттеріне арналған. Банк бөлімшесіне жүгініңіз.
kyc-reason-data-mismatch = Төлқұжат деректері машинамен оқылатын аймаққа сәйкес келмейді. Тексеріңіз.
kyc-reason-photo-unreadable = Фотоны оқу мүмкін болмады. Жақсы жарықта қайта түсіріңіз.
kyc-photo-missing = Фотолардың бірі телефонда жоқ. «Пайдаланушыны тексеру» бөлімін ашып, оны қайта түсіріңіз.
kyc-not-saved = Телефонға сақтау мүмкін болмады. Қайталап көріңіз.

## Pay by QR
home-pay-qr = QR арқылы төлеу
pay-scan-title = QR арқылы төлеу
pay-scan-hint = Камераны QR-кодқа бағыттаңыз
pay-scan-gallery = Галереядан таңдау
pay-scan-paste = Немесе төлем сілтемесін қойыңыз
pay-scan-submit = Жалғастыру
pay-scan-not-a-code = Бұл төлемге арналған QR-код емес. Сатушының кодын немесе төлем сілтемесін сканерлеңіз.
pay-scan-damaged = QR-код бүлінген және оқылмайды. Оны қайта көрсетуін сұраңыз немесе жақынырақтан сканерлеңіз.
pay-scan-checksum = QR-кодтың бақылау сомасы сәйкес келмейді: код жалған болуы мүмкін. Ол бойынша төлемеңіз және сатушыға хабарлаңыз.
pay-scan-foreign = Бұл басқа төлем жүйесінің QR-коды. Әмиян Қырғызстанның ЭЛQR кодтарын төлейді.
pay-scan-foreign-country = Бұл басқа елдің ({ $country }) төлем жүйесінің QR-коды. Әмиян Қырғызстанның ЭЛQR кодтарын төлейді.
pay-scan-wrong-currency = QR-код шотыңызда жоқ валютада төлем сұрайды (код { $code }).
pay-confirm-title = Төлемді растау
pay-recipient = Алушы
pay-service = Қызмет
pay-provider = Алушының банкі
pay-comment = Түсініктеме
pay-amount = Сома
pay-amount-not-a-number = Соманы сандармен енгізіңіз, мысалы 150 немесе 150,50
pay-amount-too-precise = Үтірден кейін екі таңбадан артық емес
pay-amount-zero = Нөлден үлкен соманы енгізіңіз
pay-amount-too-large = Сома тым үлкен
pay-fee-after-amount = Комиссия сома енгізілгеннен кейін көрінеді
pay-fee-loading = Комиссияны анықтап жатырмыз…
pay-fee = Комиссия: { $amount }
pay-fee-offline = Банкпен байланыс жоқ: төлем кезекке тұрып, байланыс болғанда жіберіледі, комиссия — банк тарифі бойынша
pay-fee-unknown = Комиссия белгісіз
pay-total = Барлығы есептен шығарылады: { $amount }
pay-balance-after = Қалады: { $amount }
pay-retry-quote = Қайталау
pay-accounts-not-loaded = Шоттар әлі жүктелген жоқ: баланс жаңарғанша күтіп, кодты қайта сканерлеңіз
pay-confirm = Төлеу
pay-pin-title = Төлемді растаңыз
pay-pin-subtitle = PIN-кодты енгізіңіз
pay-pin-biometrics = Биометриямен растау
pay-over-offline-limit = Байланыссыз тек офлайн-төлемдер лимитінен аспайтын төлемдерді кезекке қоюға болады. Байланысты күтіңіз.
pay-account-unknown = Шот әлі жүктелмеді. Басты экранды жаңартып, қайта көріңіз.
pay-not-queued = Төлем сақталмады. Қайта көріңіз.

## The payment's result, notices, history by day (issue 15)
pay-result-saving = Төлем сақталуда…
pay-result-paid = Төленді
pay-result-transferred = Аударылды
pay-result-accepted = Банк қабылдады
pay-result-accepted-text = Банк төлемді орындап жатыр — әдетте бір секунд. Экран өзі жаңарады.
pay-result-queued = Байланыс күтілуде
pay-result-queued-text = Төлем телефонда сақталды және байланыс пайда болған бойда банкке жіберіледі.
pay-result-rejected = Төлем өтпеді
pay-result-transfer-rejected = Аударым өтпеді
pay-result-cancelled = Төлемнен бас тартылды
pay-result-transfer-cancelled = Аударымнан бас тартылды
pay-result-cancelled-text = Ақша шоттан алынған жоқ.
pay-result-fee = Комиссия: { $amount }
pay-result-total = Барлығы: { $amount }
pay-result-done = Дайын
pay-result-receipt = Түбіртек
pay-result-details = Толығырақ
pay-result-cancel = Төлемнен бас тарту
pay-result-cancel-transfer = Аударымнан бас тарту
pay-pin-amount = Сома
pay-pin-fee = Комиссия
pay-pin-total = Барлығы
cancel-payment-title = Төлемнен бас тартасыз ба?
cancel-payment-text = { $amount } төлемнен бас тартасыз ба? Ақша шотыңызға қайтады.
cancel-payment-confirm = Төлемнен бас тарту
cancel-transfer-title = Аударымнан бас тартасыз ба?
cancel-transfer-text = { $amount } аударымнан бас тартасыз ба? Ақша шотыңызға қайтады.
cancel-transfer-confirm = Аударымнан бас тарту
cancel-operation-keep = Бас тартпау
notice-money-in = { $from } сізге { $amount } жіберді
split-remind-sent = Еске салу жіберілді
split-cancel-sent = Сұранымдардан бас тартылды
transfer-own-number = Бұл өз нөміріңіз. Әмиянды толтыру үшін «QR арқылы алу» немесе басқа банктан аударымды пайдаланыңыз
receive-copy-link = Сілтемені көшіру
receive-again = Тағы алу
pay-scan-wrong-currency-kgs = QR-код соммен төлем сұрайды, бірақ сізде сом шоты жоқ.
pay-scan-wrong-currency-kzt = QR-код теңгемен төлем сұрайды, бірақ сізде теңге шоты жоқ.
pay-scan-wrong-currency-usd = QR-код АҚШ долларымен төлем сұрайды, бірақ сізде доллар шоты жоқ.
shake-failed-offline = Банкпен байланыс жоқ — жұп табылмайды
signin-sending = Коды бар SMS жіберілуде…
signin-checking = Код тексерілуде…
pin-saving = PIN-код сақталуда…
pin-checking = PIN-код тексерілуде…
text-hidden-character = Көрінбейтін немесе басқарушы таңбаны (мысалы, мәтін бағытын өзгертетін) өшіріңіз: онымен мәтін жазылғандай көрінбеуі мүмкін
pay-scan-hidden-text = QR-кодта алушының атын немесе түсініктемені бұрмалайтын жасырын таңбалар бар. Ол бойынша төлемеңіз және сатушыға хабарлаңыз.
bank-text-invalid = Банк мәтінді қабылдамады: онда көрінбейтін немесе басқарушы таңба бар. Оны өшіріп, қайталап көріңіз.
bank-terms-version-unknown = Банк шарттардың бұл редакциясын білмейді. Қолданыстағы шарттарды қабылдау үшін қолданбаны жаңартыңыз.
pin-awaiting-biometrics = Саусағыңызды тигізіңіз немесе камераға қараңыз…
home-inbox = Хабарламалар
inbox-title = Хабарламалар
inbox-empty = Әзірге хабарлама жоқ. Мұнда түскен ақша, орындалған төлемдер және банк жауаптары болады.
inbox-read-all = Барлығын оқу
inbox-money-in = Ақша түсті
inbox-money-in-text = { $name } жіберген { $amount }
inbox-executed = Операция орындалды
inbox-rejected = Операция қабылданбады
inbox-operation-text = { $amount } — { $name }
inbox-request-paid = Сұраным төленді
inbox-request-paid-text = { $name } { $amount } төледі
inbox-reminder = Төлем туралы еске салу
inbox-reminder-text = { $name } { $amount } сұранымын еске салады
inbox-kyc-approved = Сәйкестендіруден өттіңіз
inbox-kyc-approved-text = Сәйкестендірілген клиенттің лимиттері қолданыла бастады.
inbox-kyc-rejected = Сәйкестендіруден өтпедіңіз
inbox-kyc-rejected-text = Себебін білу үшін «Онлайн-сәйкестендіруді» ашыңыз.
inbox-kyc-resubmit = Банк қайта жіберуді сұрайды
inbox-kyc-resubmit-text = «Онлайн-сәйкестендіруді» ашыңыз: не жіберу керегі сонда жазылған.
receipt-share = Бөлісу
operation-repeat = Қайталау
receipt-share-title = Түбіртек
receipt-share-text = № { $number } түбіртек: { $amount }, { $name }
receipt-not-made = Түбіртекті дайындау мүмкін болмады. Қайталап көріңіз.
share-close = Жабу
receipt-bank = Әмиян · Sandbox Bank
receipt-title-payment = Төлем түбіртегі
receipt-title-transfer = Аударым түбіртегі
receipt-title-in = Ақша түскені туралы түбіртек
receipt-when = Күні мен уақыты (Бішкек)
receipt-amount = Сома
receipt-fee = Комиссия
receipt-total = Барлығы
receipt-payer = Төлеуші
receipt-payee = Алушы
receipt-number = Операция нөмірі
receipt-bank-id = Банктегі операция ID
receipt-comment = Түсініктеме
receipt-signed = Түбіртекке банк қол қойған ({ $key } кілті); қолтаңба телефонда тексерілді.
history-today = Бүгін
history-yesterday = Кеше
history-day = { $day } { $month ->
    [1] қаңтар
    [2] ақпан
    [3] наурыз
    [4] сәуір
    [5] мамыр
    [6] маусым
    [7] шілде
    [8] тамыз
    [9] қыркүйек
    [10] қазан
    [11] қараша
   *[12] желтоқсан
}
history-day-year = { $year } жылғы { $day } { $month ->
    [1] қаңтар
    [2] ақпан
    [3] наурыз
    [4] сәуір
    [5] мамыр
    [6] маусым
    [7] шілде
    [8] тамыз
    [9] қыркүйек
    [10] қазан
    [11] қараша
   *[12] желтоқсан
}
qr-image-not-an-image = Бұл сурет емес. JPEG немесе PNG форматындағы суретті таңдаңыз.
qr-image-too-large = Сурет тым үлкен. Кішірек суретті таңдаңыз.
qr-image-no-code = Суретте QR-код табылмады. Код толық көрінетін суретті таңдаңыз.
qr-image-unreadable = Суреттегі QR-код оқылмайды. Анығырақ суретті көріңіз.
qr-text-too-long = QR-код үшін деректер тым көп. Түсініктемені қысқартыңыз.

## Receive by QR
home-receive = QR арқылы алу
receive-title = QR арқылы алу
receive-account-label = Шот
receive-account = { $currency ->
    [KGS] Сомдағы шот
    [KZT] Теңгедегі шот
    [USD] АҚШ долларындағы шот
   *[other] { $currency } шоты
}
receive-name-label = Алушы
receive-amount = Сома (міндетті емес)
receive-comment = Түсініктеме (міндетті емес)
receive-comment-hint = { $max } таңбадан аспасын
receive-comment-too-long = Түсініктеме { $max } таңбадан ұзын ({ $count }): қысқартыңыз, әйтпесе код оқылмайды
receive-hint-static = Бұл код бойынша кез келген адам кез келген соманы төлей алады
receive-hint-amount = { $amount } сомасына код: оны бір рет қана төлеуге болады
receive-share = Бөлісу
receive-share-static = Маған осы сілтеме арқылы ақша аударыңыз: { $link }
receive-share-amount = Маған осы сілтеме арқылы { $amount } аударыңыз: { $link }
receive-clear = Сомасыз
receive-no-account = Шот әлі жүктелмеді. Басты экранды жаңартып, қайта көріңіз.
receive-code-too-long = Деректер төлем кодына сыймайды. Түсініктемені қысқартыңыз немесе банкке хабарласыңыз.
receive-code-failed = Код жасалмады. Қайта көріңіз немесе банкке хабарласыңыз.

## Телефон нөмірі бойынша аударым (seed 004 §5.12, §5.25)
home-transfer = Телефон нөмірі бойынша аударым
transfer-title = Телефон нөмірі бойынша аударым
transfer-phone = Алушының телефон нөмірі
transfer-recipient = Алушы: { $name }
transfer-bank = Банк: { $bank }
transfer-interbank-note = Басқа банкке аударым: комиссия тариф бойынша, SMS-кодпен расталады
transfer-large-note = { $limit } асатын аударым: SMS-кодпен расталады
transfer-lookup-offline = Банкпен байланыс жоқ: алушыны көрсете алмаймыз. Байланыс болғанда қайталаңыз
transfer-amount-placeholder = 0,00
transfer-comment = Түсініктеме (міндетті емес)
transfer-comment-too-long = Түсініктеме { $max } таңбадан ұзын: қысқартыңыз
transfer-continue = Жалғастыру
transfer-code-title = Аударымды растау
transfer-code-compare = SMS-пен салыстырыңыз: { $name } ({ $bank }) алушыға { $amount } аударым. Бәрі сәйкес болса ғана кодты енгізіңіз
transfer-code-title-payment = Төлемді растау
transfer-code-compare-payment = SMS-пен салыстырыңыз: { $name } алушыға { $amount } төлем. Бәрі сәйкес болса ғана кодты енгізіңіз
transfer-code-sending = Коды бар SMS жіберілуде…
transfer-code-sent = Коды бар SMS { $phone } нөміріне жіберілді
transfer-code-not-sent = Код жіберілмеді
transfer-code-offline = Банкпен байланыс жоқ: код жіберілмеді. Байланыс болғанда «Кодты қайта жіберу» батырмасын басыңыз
transfer-code-submit = Растау

## Shake to pay (seed 001 §4.10.8)
home-shake = Сілкіп төлеу
shake-title = Сілкіп төлеу
shake-choose = Төлейсіз бе, әлде ақша аласыз ба? Таңдап, содан кейін телефонды басқа адамның телефонының жанында сілкіңіз
shake-as-payer = Төлеу
shake-as-payee = Алу
shake-amount = Алынатын сома (міндетті емес)
shake-amount-placeholder = Кез келген — төлеуші шешеді
shake-fix-amount = Соманы түзетіп, содан кейін телефонды сілкіңіз
shake-listening-payer = Телефонды алушының телефонының жанында сілкіңіз
shake-listening-payee = Телефонды төлеушінің телефонының жанында сілкіңіз
shake-searching = Жаныңызда сілкінген телефонды іздеп жатырмыз…
shake-matched-payer = { $name } атына төлейсіз бе? Төлейтін адамыңыз осы екенін тексеріңіз
shake-matched-payee = { $name } жіберетін ақшаны аласыз ба? Сізге төлеп жатқан адам осы екенін тексеріңіз
shake-waiting-for-peer = { $name } растауын күтіп жатырмыз…
shake-paying = { $name } растады. Енді тек төлеу қалды
shake-awaiting-payment = { $name } төлемді PIN-кодпен растап жатыр — ақша бірнеше секундтан кейін келеді
shake-done = { $name } төлемі түсті: { $amount }
shake-ambiguous = Жаныңызда бірнеше телефон сілкінді — қайта сілкіңіз
shake-expired = Ешкім табылмады. Телефондарды бір уақытта, бір-бірінің жанында сілкіңіз
shake-cancelled = Сілкуден бас тарттыңыз. Ақша аударылған жоқ
shake-cancelled-by-peer = Екінші телефон сілкуден бас тартты. Ақша аударылған жоқ
shake-failed = Жұп табылмады
shake-offline = Банкпен байланыс жоқ. Интернетті тексеріп, қайта сілкіңіз
shake-peer-payee = Алушы
shake-peer-payer = Төлеуші
shake-peer-phone = Телефон
shake-amount-payer-chooses = Көрсетілмеген — төлеуші таңдайды
shake-confirm = Растау
shake-cancel = Бас тарту
shake-again = Қайта сілку
shake-done-button = Дайын
bank-shake-not-matched = Сілку енді растауды күтпейді: одан бас тартылды немесе уақыт бітті. Қайта сілкіңіз
bank-shake-not-confirmed = Екінші адам сілкуден бас тартты немесе әлі растаған жоқ. Төлем жіберілмеді
bank-shake-amount-mismatch = Алушы басқа соманы сұраған. Қайта сілкіңіз
bank-shake-already-paid = Бұл сілку үшін төлеп қойылған. Операциялар тарихын тексеріңіз

## Чекті бөлісу (seed 001 §4.10.13)
home-split = Чекті бөлісу
split-title = Чекті бөлісу
split-new-bill = Жаңа чек
split-incoming-title = Сізден төлем сұрайды
split-incoming-text = { $name } сізден { $amount } сұрайды
split-incoming-reminded = { $count ->
    [one] { $count } рет еске салынды
   *[other] { $count } рет еске салынды
}
split-incoming-pay = Төлеу
split-bills-title = Менің чектерім
split-bills-empty = Әзірге чек жоқ. Чекті достарыңызбен бөлісіңіз — әркім өз үлесіне сұраным алады.
split-open-bill = Ашу
split-status-settled = Бәрі төледі
split-status-cancelled = Бас тартылды
split-status-collecting = { $asked } ішінен { $paid } адам төледі: { $total } ішінен { $collected }
split-editor-title = Жаңа чек
split-source-payment = Төлемнен: { $name }
split-source-code = QR-кодтан: { $name }
split-name-label = Атауы (сұранымда көрінеді)
split-total-label = Чек сомасы
split-tip-label = Шайпұл немесе қызмет ақысы (міндетті емес)
split-tip-hint = Пайыз, мысалы 10%, немесе сома, мысалы 150
split-mode-equal = Теңдей
split-mode-shares = Үлестер бойынша
split-mode-percent = Пайызбен
split-mode-exact = Нақты сомалармен
split-mode-items = Позициялар бойынша
split-include-me = Мен де өз үлесімді төлеймін
split-people-title = Қатысушылар
split-me = Мен
split-delivery-wallet = Әмияны бар
split-delivery-phone = Нөмір бойынша сұраным
split-delivery-link = Төлем сілтемесін алады
split-value-share = Үлес
split-value-percent = %
split-value-amount = Сома
split-remove = Алып тастау
split-items-title = Позициялар
split-add-item = Позиция қосу
split-new-name = Аты
split-new-phone = Телефон нөмірі (міндетті емес)
split-add-person = Қосу
split-contacts-title = Контактілер
split-contact-add = Қосу
split-contact-added = Қосылды
split-contacts-not-read = Контактілерден таңдау үшін оларға қол жеткізуге рұқсат беріңіз. Нөмірлер телефоннан ашық түрде шықпайды.
split-contacts-checking = Кімде әмиян бар екенін тексеріп жатырмыз…
split-contacts-stale = Банкпен байланыс жоқ: соңғы тексеруде кімде әмиян болғанын көрсетіп отырмыз
split-contacts-offline = Банкпен байланыс жоқ: кімде әмиян бар екенін тексеру мүмкін болмады. Кейінірек қайталап көріңіз
split-contacts-failed = Контактілерді тексеру мүмкін болмады. Қайталап көріңіз
split-contacts-budget = Бүгін тым көп нөмір тексерілді. Қалған контактілерді ертең тексеруге болады
split-contacts-refresh = Жаңарту
split-summary = Барлығы: { $total }
split-summary-tip = Барлығы: { $total }, оның ішінде шайпұл { $tip }
split-send = Сұранымдарды жіберу
split-title-missing = Чекке атау беріңіз — атауы сұранымда көрінеді
split-nobody-to-ask = Өзіңізден басқа кемінде бір адамды қосыңыз
split-fix-first = Алдымен чекті түзетіңіз: ол бөлінбей тұр
split-not-saved = Телефонға сақтау мүмкін болмады. Қайталап көріңіз
split-person-needs-name = Атын немесе телефон нөмірін енгізіңіз
split-person-twice = Бұл адам чекте бұрыннан бар
split-person-is-me = Бұл сіздің нөміріңіз. Өз үлесіңізді төлеу үшін «Мен де өз үлесімді төлеймін» дегенді қосыңыз
split-too-many-people = Бір чекке 30 адамнан артық қосуға болмайды
split-too-many-items = Бір чекке 50 позициядан артық қосуға болмайды
split-bill-loading = Чек жүктелуде…
split-bill-settled = Бәрі төледі — чек жабылды
split-bill-cancelled = Чектен бас тартылды
split-bill-collected = { $total } ішінен { $collected } жиналды
split-bill-total = Чек сомасы: { $total }
split-bill-total-tip = Чек сомасы: { $total }, оның ішінде шайпұл { $tip }
split-bill-missing = Бұл чек телефонда енді жоқ
split-pay-bill = Чекті төлеу
split-cancel-bill = Чектен бас тарту
split-cancel-queued = Сұранымдардан бас тарту жіберілуде. Байланыс жоқ болса, ол пайда болғанда жіберіледі
split-remind = Еске салу
split-remind-queued = Еске салу жіберілуде
split-remind-nothing = Еске салудың қажеті жоқ: сұраным төленіп қойған немесе одан бас тартылған
split-person-mine = Менің үлесім
split-person-nothing = Қарызы жоқ
split-person-queued = Сұраным кезекте — байланыс болғанда жіберіледі
split-person-cancelling = Бас тарту жіберілуде…
split-person-paid = Төледі
split-person-cancelled = Сұранымнан бас тартылды
split-person-waiting-wallet = Төлемді күтіп жатырмыз — сұраным оның әмиянында
split-person-waiting-link = Сілтеме арқылы төлемді күтіп жатырмыз
split-person-reminded = { $count ->
    [one] Төлемді күтіп жатырмыз — { $count } рет еске салынды
   *[other] Төлемді күтіп жатырмыз — { $count } рет еске салынды
}
split-share-text = «{ $title }»: сіздің үлесіңіз { $amount }. Сілтеме арқылы төлеңіз: { $link }
split-from-payment = Чекті бөлісу
split-from-code = Чекті бөлісу
split-rounding-exact = Қалдықсыз бөлінеді
split-rounding-up-remainder = +1 тыйын: артық тыйындар ең үлкен қалдықтарға беріледі
split-rounding-up-first-listed = +1 тыйын: қалдықтар бірдей, артық тыйын тізімдегі бірінші адамға беріледі
split-rounding-down-remainder = Төмен қарай дөңгелектенді: басқалардың қалдығы үлкенірек
split-rounding-down-listed-later = Төмен қарай дөңгелектенді: қалдықтар бірдей, артық тыйын тізімде жоғарырақ тұрған адамға берілді
split-no-people = Кемінде бір адамды қосыңыз
split-empty-name = { $position }-қатысушының аты жоқ
split-duplicate-name = «{ $name }» тізімде бұрыннан бар
split-total-not-positive = Чек сомасы нөлден үлкен болуы керек
split-not-an-amount = «{ $text }» — сома емес. Мысалы, 1000 немесе 1000,50 енгізіңіз
split-not-a-percent = «{ $text }» — пайыз емес. 0-ден 100-ге дейінгі санды енгізіңіз, мысалы 33,33
split-not-a-share = «{ $text }» — үлес емес. Үлестер бүтін сандар болады, мысалы 2 және 1
split-count-mismatch = { $list ->
    [shares] { $people } қатысушыға { $given } үлес көрсетілген
    [percentages] { $people } қатысушыға { $given } пайыздық мән көрсетілген
   *[amounts] { $people } қатысушыға { $given } сома көрсетілген
}
split-shares-zero = Барлық үлес нөлге тең — біреуге үлес беріңіз
split-percent-not-100 = Пайыздардың қосындысы { $sum }, ал 100 болуы керек
split-exact-mismatch = Қатысушылар сомаларының қосындысы { $sum }, ал чек — { $total }
split-negative-amount = Сома теріс бола алмайды: { $amount }
split-currency-mismatch = Чек { $expected } валютасында, ал сома — { $found } валютасында
split-no-items = Кемінде бір позиция қосыңыз
split-item-unassigned = { $position }-позицияны («{ $item }») ешкім таңдамады
split-item-unknown-person = { $position }-позиция («{ $item }») чекте жоқ адамға белгіленген
split-too-large = Сомалар тым үлкен
split-balances-not-zero = Топтың баланстары сәйкес келмейді: айырмасы { $sum }
split-bill-mismatch = { $paid } төленді, ал үлестердің қосындысы { $shares }
split-member-count = Топта { $members } қатысушы бар, ал чекте { $given }
split-unknown-member = «{ $name }» топта жоқ
split-groups-title = Топтар
split-group-bills = { $count ->
    [one] { $count } чек
   *[other] { $count } чек
}
split-group-settled = Барлығы есеп айырысқан
split-group-payments-title = Есеп айырысу үшін
split-group-payment = { $from } → { $to }: { $amount }
split-group-owed = Алады: { $amount }
split-group-owes = Қарыз: { $amount }
split-group-even = Есеп айырысқан
split-group-label = Топ (міндетті емес)
split-group-hint = Мысалы, «Ыстықкөлге сапар»: топтың чектерінен кім кімге қарыз екені көрінеді
split-payer-label = Кім төледі
split-save-group = Топқа сақтау
split-group-needed = Егер мен төлемесем, чек тек топта есептеледі: топты көрсетіңіз
split-paid-by = Төлеген: { $name }
split-bill-group = Топ: { $name }
split-person-group = Топтағы үлес
split-share-link = Сілтемені бөлісу

## Bank: notifications and the review (issue 15)
kyc-reason-not-the-customer = Бұл төлқұжат шот иесіне тиесілі емес. Онлайн-сәйкестендіруден өз төлқұжатыңызбен өтіңіз немесе банк бөлімшесіне жүгініңіз.

## Shells: the system's prompts and what a screen reader says
system-biometric-unlock = Әмиянға кіру
system-biometric-payment = Төлемді растау
system-biometric-enable = Саусақ ізі немесе бет арқылы кіру
system-biometric-subtitle = Саусағыңызды тигізіңіз немесе экранға қараңыз
system-biometric-cancel = PIN-кодты енгізу
system-camera-denied = Камераға рұқсат жоқ. Телефонның баптауларында рұқсат беріңіз.
system-contacts-denied = Контактілерге рұқсат жоқ. Телефонның баптауларында рұқсат беріңіз немесе нөмірді өзіңіз енгізіңіз.
system-open-settings = Баптауларды ашу
system-torch-on = Қалта шамды қосу
system-torch-off = Қалта шамды өшіру
pin-entered = Енгізілген цифрлар: { $length } ішінен { $entered }
home-inbox-unread = { $count } жаңа
transfer-pick-contact = Контактілерден таңдау
split-modes-title = Қалай бөлеміз
split-item-name = Позиция
split-item-price = Бағасы

## Толтыру: басқа банктің картасынан (3-D Secure), шоттың деректемелері
home-top-up = Толтыру
bank-card-invalid = Банк картаны қабылдамады: нөмірін, мерзімін және CVV тексеріңіз
topup-title = Толтыру
topup-cards-title = Картадан
topup-new-card = Басқа банктің картасынан
topup-receive = QR-код арқылы алу
topup-details-title = Басқа банктен немесе терминал арқылы аударым үшін деректемелер
topup-details-loading = Деректемелер жүктелуде…
topup-details-share = Деректемелерді бөлісу
topup-details-holder = Алушы
topup-details-account = Шот нөмірі
topup-details-bank = Банк
topup-details-bic = БСК
topup-details-currency = Шоттың валютасы
topup-details-wallet = Терминалға арналған әмиян нөмірі
topup-copy = Көшіру
topup-copied = Көшірілді
topup-offline = Банкпен байланыс жоқ. Деректемелер мен сақталған карталар байланыс болғанда көрсетіледі
topup-card-title = Картадан толтыру
topup-number = Карта нөмірі
topup-expiry = Жарамдылық мерзімі
topup-cvv = CVV2/CVC2
topup-holder = Картадағы аты (міндетті емес)
topup-save-card = Картаны келесі толтырулар үшін есте сақтау
topup-saved-card = { $card } картасы, { $expiry } дейін жарамды
topup-amount = Толтыру сомасы
topup-fee = Комиссия: { $fee }
topup-total = Картадан { $total } есептен шығарылады
topup-card-note = Карта нөмірі мен CVV телефонда сақталмайды. Одан кейін картаңыздың банкі SMS арқылы растау кодын жібереді
topup-submit = Толтыру
topup-number-empty = Карта нөмірін енгізіңіз
topup-number-digits = Карта нөмірінде тек сандар болады
topup-number-scheme = Элкарт, Visa, Mastercard және МИР карталарын қабылдаймыз
topup-number-length = Нөмірде сандар жетіспейді немесе артық
topup-number-check = Карта нөмірінде қате бар: сандарды тексеріңіз
topup-expiry-format = Жарамдылық мерзімі — ай мен жыл: АА/ЖЖ
topup-expiry-month = Ай — 01-ден 12-ге дейін
topup-expiry-expired = Картаның мерзімі өтіп кеткен
topup-expiry-far = Жылды тексеріңіз: карталар мұндай ұзақ жарамды болмайды
topup-cvv-digits = CVV — картаның артқы жағындағы үш сан
topup-holder-too-long = Картадағы аты 26 әріптен аспайды
topup-holder-latin = Картадағы аты картадағыдай латын әріптерімен жазылады
topup-quote-offline = Банкпен байланыс жоқ: комиссияны білу мүмкін емес. Картадан толтыру тек байланыс болғанда жұмыс істейді
topup-offline-retry = Банктің жауабы келмеді. «Толтыру» батырмасын қайта басыңыз: ақша екі рет есептен шығарылмайды
topup-code-title = Карта банкінен код
topup-code-explain = { $issuer } { $card } картасына код жазылған SMS жіберді. Соманы салыстырыңыз: { $amount }. Бәрі сәйкес келсе ғана кодты енгізіңіз
topup-code-expires = Код { $time } дейін жарамды
topup-code-wrong = Код қате. Қалған әрекеттер: { $left }
topup-code-offline = Банктің жауабы келмеді. «Растау» батырмасын қайта басыңыз: ақша бір рет қана түседі
topup-result-card = Карта
topup-result-amount = Шотқа түсті
topup-result-fee = Комиссия
topup-result-charged = Картадан есептен шығарылды
topup-result-done = { $amount } түсті
topup-result-receipt = Түбіртек
topup-result-declined = Толтыру өтпеді
topup-result-again = Қайта көру
topup-declined-issuer = Картаңыздың банкі төлемді қабылдамады. Ақша есептен шығарылған жоқ. Себебін карта банкінен біліңіз немесе басқа картаны қолданып көріңіз
topup-declined-code = Код үш рет қате енгізілді. Ақша есептен шығарылған жоқ
topup-declined-time = Код уақытында енгізілмеді. Ақша есептен шығарылған жоқ

## Төлемдер: қызметтер каталогы, шотты жеткізушіден тексеру
home-services = Төлемдер
services-title = Төлемдер
services-search = Іздеу
services-search-placeholder = Оператор, жеткізуші, қызмет
services-none-yet = Қызметтер каталогы әлі жүктелмеген. Банкпен байланыс болғанда пайда болады
services-nothing-found = Ештеңе табылмады. Басқа атауды жазып көріңіз
services-offline = Банкпен байланыс жоқ: сақталған каталог көрсетілді
services-account-empty = Нөмірді немесе шотты енгізіңіз
services-account-phone = Ұялы телефон нөмірін енгізіңіз
services-account-operator = Бұл нөмір басқа оператордікі
services-account-digits = Мұнда тек сандар болады
services-account-length = Дербес шот — { $length } сан
services-account-contract = Шарт нөмірі — латын әріптері, сандар және дефис, 5-тен 16-ға дейін таңба
services-account-check = Шот нөмірінде қате бар: сандарды тексеріңіз
services-holder = Абонент: { $name }
services-debt = Берешек: { $amount }
services-check-offline = Банкпен байланыс жоқ: шот тексерілмеді. Төлемді байланыс болғанда жіберуге болады
services-limits = { $min } бастап { $max } дейін
services-operator = Оператор нөмір бойынша анықталды: { $name }
services-amount-outside = Сома жеткізуші қабылдайтын шектен тыс
pay-service-holder = Абонент
bank-service-account-not-found = Жеткізушіде мұндай шот жоқ. Нөмірді тексеріңіз
bank-service-unavailable = Жеткізуші қазір жауап бермей тұр. Ақша есептен шығарылған жоқ, кейінірек қайталап көріңіз
bank-not-repeatable = Бұл төлем бір реттік: оны таңдаулыларға сақтауға болмайды
bank-schedule-invalid = Банк мұндай кесте бойынша төлемді орындай алмайды

## Таңдаулылар және тұрақты төлемдер
home-favourites = Барлық таңдаулылар
pay-favourite = Таңдаулы
favourites-title = Таңдаулылар
favourites-empty = Мұнда сіз сақтаған төлемдер болады. Тарихтағы кез келген төлемді ашып, «Таңдаулыларға» батырмасын басыңыз
favourites-offline = Банкпен байланыс жоқ: сақталған таңдаулылар көрсетілді
favourites-offline-retry = Банктің жауабы келмеді. «Сақтау» батырмасын қайта басыңыз: ештеңе екі рет сақталмайды
favourites-saved = Сақталды
favourites-save = Таңдаулыларға
favourites-pay = Төлеу
favourites-edit = Өзгерту
favourites-schedule-new = Тұрақты төлем
favourites-schedule-change = Кесте
favourites-rule-monthly = Ай сайын, { $day }-күні
favourites-rule-weekly = Апта сайын: { $weekday }
favourites-rule-bill = Жеткізушінің әр шоты бойынша
favourites-rule-paused = Тоқтатылды ({ $schedule })
favourites-rule-next = { $schedule } · келесісі { $date }
favourites-rule-refused = Соңғы төлем өтпеді: { $reason }
favourites-weekday-1 = Дс
favourites-weekday-2 = Сс
favourites-weekday-3 = Ср
favourites-weekday-4 = Бс
favourites-weekday-5 = Жм
favourites-weekday-6 = Сб
favourites-weekday-7 = Жс
favourites-day-name-1 = дүйсенбі
favourites-day-name-2 = сейсенбі
favourites-day-name-3 = сәрсенбі
favourites-day-name-4 = бейсенбі
favourites-day-name-5 = жұма
favourites-day-name-6 = сенбі
favourites-day-name-7 = жексенбі
favourites-save-title = Таңдаулыларға
favourites-edit-title = Таңдаулыны өзгерту
favourites-payee = Алушы: { $name }
favourites-name = Атауы
favourites-name-placeholder = Мысалы, «Менің телефоным»
favourites-name-empty = Төлемге атау беріңіз
favourites-name-long = Атауы 40 таңбадан аспайды
favourites-submit = Сақтау
favourites-delete = Таңдаулылардан өшіру
favourites-schedule-title = Тұрақты төлем
favourites-kind = Қаншалықты жиі
favourites-kind-monthly = Ай сайын
favourites-kind-weekly = Апта сайын
favourites-kind-bill = Шот бойынша
favourites-day = Айдың күні
favourites-day-note = Айда мұндай күн болмаса, төлем айдың соңғы күні өтеді
favourites-day-invalid = Айдың күні — 1-ден 31-ге дейін
favourites-weekday = Аптаның күні
favourites-bill-note = Төлем жеткізуші шот шығарғанда, шоттың сомасына өтеді
favourites-pause = Тоқтата тұру
favourites-schedule-note = Банк төлемді өзі орындайды, телефон өшірулі болса да. Ақша жетпесе, төлем өтпейді және біз бұл туралы хабарлаймыз
favourites-schedule-delete = Тұрақты төлемді өшіру
