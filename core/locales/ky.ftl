# Кыргызча тексттер. Бул жердеги ар бир билдирүү ru.ftl, kk.ftl жана en.ftl файлдарында да болушу керек.

## Common
nav-back = Артка
notice-dismiss = Жабуу
notice-settings-not-saved = Жөндөөлөр сакталган жок. Кайра аракет кылыңыз.

## Language screen (seed 000, step 3)
language-title = Тилди тандаңыз
language-subtitle = Тилди кийин жөндөөлөрдөн өзгөртсөңүз болот
language-continue = Кийинки
language-done = Даяр

## Intro pages (seed 000, steps 4–5)
intro-next = Кийинки
intro-done = Даяр
intro-page-indicator = { $count } ичинен { $page }
intro-qr-title = QR аркылуу төлөңүз
intro-qr-body = Кыргызстандагы каалаган банктын QR-коду менен сатып алууларды жана кызматтарды төлөңүз.
intro-offline-title = Интернетсиз да иштейт
intro-offline-body = Баланс жана операциялардын тарыхы дайыма колуңузда. Байланышсыз жасалган төлөм тармак пайда болору менен бир гана жолу жөнөтүлөт.
intro-split-title = Эсепти достор менен бөлүшүңүз
intro-split-body = Чекти бир нече кишиге бөлүп, ар бир үлүштү бир нече басуу менен чогултуңуз.

## Home
home-title = Капчык
home-welcome = Кош келиңиз!
home-language = Тил

## Talking to the bank
bank-misconfigured = Тиркеме туура эмес жөндөлгөн. Аны жаңыртыңыз же колдоо кызматына жазыңыз.
bank-offline = Банк менен байланыш жок. Интернетти текшериңиз — кезектеги операциялар байланыш пайда болгондо өзү жөнөтүлөт.
bank-no-answer = Банк убагында жооп берген жок. Сурамды өзүбүз кайталайбыз.
bank-unavailable = Банк убактылуу жеткиликсиз. Бир аздан кийин кайра аракет кылыңыз.
bank-session-ended = Сеанс бүттү. Кайра кириңиз.
bank-session-replaced = Сиз капчыкка башка түзмөктөн кирдиңиз, ошондуктан бул жерде сеанс бүттү. Эгер бул сиз болсоңуз, кайра кириңиз.
bank-malformed = Банк түшүнүксүз жооп жөнөттү. Кийинчерээк аракет кылыңыз; кайталанса, колдоо кызматына жазыңыз.
bank-invalid-phone = Банк бул номерди тейлебейт. Кыргызстандын (+996) же Казакстандын (+7) мобилдик номери керек.
bank-sms-code-invalid = Код туура эмес. SMSти текшерип, кодду кайра териңиз.
bank-sms-code-expired = Коддун мөөнөтү бүттү. Жаңы код сураңыз.
bank-too-many-attempts = Аракет өтө көп болду. Күтө туруп, жаңы код сураңыз.
bank-resend-too-soon = Жаңы кодду бир аздан кийин сурасаңыз болот.
bank-insufficient-funds = Эсепте каражат жетишсиз.
bank-limit-exceeded = Сумма лимиттен ашат. Лимиттерди көбөйтүү үчүн идентификациядан өтүңүз.
bank-recipient-not-found = Алуучу табылган жок. Номерди же реквизиттерди текшериңиз.
bank-currency-mismatch = Алуучу башка валютаны кабыл алат.
bank-amount-invalid = Нөлдөн чоң сумманы көрсөтүңүз.
bank-not-revocable = Операцияны мындан ары жокко чыгарууга болбойт: банк аны аткарды.
bank-kyc-required = Бул операция үчүн онлайн-идентификациядан өтүү керек.
bank-refused = Банк сурамды четке какты. Кайра аракет кылыңыз же колдоо кызматына жазыңыз.

## Sign-in (seed 000, steps 6–7)
signin-phone-title = Телефон номери
signin-phone-subtitle = Өз номериңиз менен кириңиз — кодду SMS аркылуу жөнөтөбүз
signin-phone-label = Телефон номери
signin-submit = Кирүү
signin-code-title = SMSтеги код
signin-code-subtitle = Кодду { $phone } номерине жөнөттүк
signin-code-label = Код
signin-code-incomplete = SMSтеги кодду толук териңиз
signin-attempts-left = Калган аракет: { $count }
signin-not-kept = Бул телефондо кирүүнү сактоо мүмкүн болгон жок. Кайра аракет кылыңыз.
phone-not-a-number = Бул телефон номери эмес. Мобилдик номерди териңиз: +996 555 123 456 же +7 701 123 45 67
phone-landline = Бул шаардык номер. Мобилдик номер керек: +996 555 123 456 же +7 701 123 45 67
phone-other-country = Капчык Кыргызстандын (+996) жана Казакстандын (+7) мобилдик номерлери менен иштейт

## Home, signed in
home-sign-in = Кирүү
home-sign-in-hint = Балансты көрүү жана төлөө үчүн телефон номериңиз менен кириңиз
home-balance = Баланс
home-available = Жеткиликтүү: { $amount }
home-syncing = Жаңыланууда…
home-synced-at = { $time } жаңыланды
home-offline-as-of = Байланыш жок — маалымат { $time } боюнча
home-offline-never = Байланыш жок — банктан маалымат азырынча жок
home-bank-failed-as-of = Банк жеткиликсиз — маалымат { $time } боюнча
home-waiting = Кезекте { $count } операция — байланыш пайда болгондо жөнөтүлөт
home-recent = Акыркы операциялар
home-all-history = Бардык тарых
home-refresh = Жаңылоо

## History (seed 003)
history-title = Операциялардын тарыхы
history-empty = Азырынча операция жок
history-load-more = Дагы көрсөтүү
history-damaged = Жазуу бузулган
history-resync = Тарыхты кайра жүктөө
kind-payment = Төлөм
kind-transfer-out = Которуу
kind-transfer-in = Түшкөн акча
kind-top-up = Толуктоо
status-queued = Кезекте
status-accepted = Банк кабыл алды
status-executed = Аткарылды
status-rejected = Четке кагылды
status-cancelled = Жокко чыгарылды
operation-title = Операция
operation-field-status = Абалы
operation-field-date = Күнү
operation-field-reason = Себеби
operation-field-comment = Комментарий
operation-field-fee = Комиссия
operation-field-number = Операциянын номери
operation-field-executed = Банк аткарган убакыт
operation-receipt-verified = Квитанцияга банк кол койгон, кол тамга текшерилди
operation-receipt-invalid = Квитанциядагы банктын кол тамгасы дал келбейт — бул операциянын тастыктамасы эмес
operation-receipt-none = Банк операцияны аткарганда квитанция пайда болот
operation-cancel = Жокко чыгаруу
operation-cancelled = Операция жокко чыгарылды
operation-cancel-sending = Операция банкка жөнөтүлүп жатат. Бир мүнөттөн кийин абалын караңыз.
operation-damaged = Бул операция тууралуу жазуу бузулган. Тарыхты кайра жүктөңүз.
notice-local-data-cleared = Телефондогу маалыматты окуу мүмкүн болгон жок, ошондуктан ал тазаланды. Тарых банктан кайра жүктөлөт.
notice-unsent-lost = Жөнөтүлбөгөн { $count } операция жоголду — тарыхты текшериңиз.
store-damaged = Телефондогу маалыматтын бир бөлүгү бузулган. Тарыхты кайра жүктөңүз.
sync-failed = Маалыматты жаңылоо мүмкүн болгон жок. Кайра аракет кылабыз.
