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
intro-split-title = Чекти достор менен бөлүшүңүз
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
bank-untrusted = Бул байланыш банкка алып барбайт: тармак аны кармап жаткандай көрүнөт (коомдук Wi-Fi тармактарында ушундай болот). Эч нерсе жөнөтүлгөн жок. Мобилдик интернетке же башка тармакка которулуп, кайра аракет кылыңыз; ар бир тармакта ушундай болсо, тиркемени жаңыртыңыз.
bank-untrusted-clock = Байланыш банкка алып барарын текшерүү мүмкүн болгон жок: банктын сертификаты телефондогу датага туура келбейт. Эч нерсе жөнөтүлгөн жок. Телефондун жөндөөлөрүнөн автоматтык күн жана убакытты күйгүзүп, кайра аракет кылыңыз.
bank-invalid-phone = Банк бул номерди тейлебейт. Кыргызстандын (+996) же Казакстандын (+7) мобилдик номери керек.
bank-sms-code-invalid = Код туура эмес. SMSти текшерип, кодду кайра териңиз.
bank-sms-code-expired = Коддун мөөнөтү бүттү. Жаңы код сураңыз.
bank-too-many-attempts = Аракет өтө көп болду. Күтө туруп, жаңы код сураңыз.
bank-rate-limited = Бул жерден суроо өтө көп болду. Бир аз күтүп, кайра аракет кылыңыз.
bank-resend-too-soon = Жаңы кодду бир аздан кийин сурасаңыз болот.
bank-insufficient-funds = Эсепте каражат жетишсиз.
bank-limit-exceeded = Сумма лимиттен ашат. Лимиттерди көбөйтүү үчүн идентификациядан өтүңүз.
bank-recipient-not-found = Алуучу табылган жок. Номерди же реквизиттерди текшериңиз.
bank-currency-mismatch = Алуучу башка валютаны кабыл алат.
bank-qr-invalid = QR-код бузулган же жасалма: анын текшерүү суммасы дал келбейт. Сатуучудан кодду кайра көрсөтүүнү сураныңыз.
bank-qr-expired = QR-коддун мөөнөтү бүттү. Сатуучудан жаңысын түзүүнү сураныңыз.
bank-qr-already-paid = Бул QR-код буга чейин төлөнгөн.
bank-qr-amount-fixed = QR-коддо башка сумма көрсөтүлгөн, аны өзгөртүүгө болбойт.
bank-fee-changed = Комиссия өзгөрдү. Жаңы сумманы текшерип, кайра ырастаңыз.
bank-amount-invalid = Нөлдөн чоң сумманы көрсөтүңүз.
bank-not-revocable = Операцияны мындан ары жокко чыгарууга болбойт: банк аны аткарды.
bank-kyc-required = Бул операция үчүн онлайн-идентификациядан өтүү керек.
bank-document-invalid = Банк бул сүрөттү кабыл ала алган жок. Кайра тартыңыз (JPEG же PNG, 8 МБга чейин).
bank-document-missing = Банкта сүрөттөрдүн бири жок. Тизмени ачып, аны кайра тартыңыз.
bank-kyc-already-submitted = Сиздин арызыңыз банкта турат же сиз идентификациядан өтүп калгансыз.
bank-refused = Банк сурамды четке какты. Кайра аракет кылыңыз же колдоо кызматына жазыңыз.
bank-confirmation-required = Башка банкка которууну SMSтеги код менен ырастоо керек. Код сураңыз, SMSтеги сумманы жана алуучуну салыштырып, андан кийин кодду териңиз.
bank-confirmation-invalid = Ырастоо бул которууга туура келбейт: код өтө көп жолу туура эмес терилди же сумма же алуучу өзгөрдү. Жаңы код сураңыз.
bank-confirmation-expired = Ырастоонун мөөнөтү бүттү. Жаңы код сурап, которууну кайра ырастаңыз.
bank-confirmation-used = Бул SMS-код менен которуу буга чейин ырасталган. Кайра жөнөтүүдөн мурун тарыхты текшериңиз; жаңы которуу үчүн жаңы код керек.
bank-confirmation-not-needed = Алуучу биздин банктын кардары: бул которуу үчүн SMS-код керек эмес. Которууну жөн гана ырастаңыз.
bank-request-paid = Бул суроо-талап мурун эле төлөнгөн.
bank-request-cancelled = Бул суроо-талапты жөнөткөн адам аны жокко чыгарды. Төлөөнүн кереги жок.
bank-contacts-key-changed = Банк байланыштарды коргоону жаңыртты. Тизмени кайра жаңыртыңыз.

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
phone-not-a-number = Бул телефон номери эмес. Кыргызстандын (+996 555 123 456) же Казакстандын (+7 701 123 45 67) мобилдик номерин териңиз
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
operation-receipt-verified = Квитанцияга банк кол койгон, колтамга текшерилди
operation-receipt-invalid = Квитанциядагы банктын колтамгасы дал келбейт — бул операциянын ырастоосу эмес
operation-receipt-none = Банк операцияны аткарганда квитанция пайда болот
operation-cancel = Жокко чыгаруу
operation-cancelled = Операция жокко чыгарылды
operation-cancel-sending = Операция банкка жөнөтүлүп жатат. Бир мүнөттөн кийин абалын караңыз.
operation-damaged = Бул операция тууралуу жазуу бузулган. Тарыхты кайра жүктөңүз.
notice-local-data-cleared = Телефондогу маалыматты окуу мүмкүн болгон жок, ошондуктан ал тазаланды. Тарых банктан кайра жүктөлөт.
notice-unsent-lost = Жөнөтүлбөгөн { $count } операция жоголду — тарыхты текшериңиз.
store-damaged = Телефондогу маалыматтын бир бөлүгү бузулган. Тарыхты кайра жүктөңүз.
sync-failed = Маалыматты жаңылоо мүмкүн болгон жок. Кайра аракет кылабыз.

## Sign-in: resend and lifetime
signin-resend = Кодду кайра жөнөтүү
signin-resend-in = Жаңы кодду { $time } өткөндөн кийин сурасаңыз болот
signin-code-lifetime = Код { $count } мүнөт жарактуу
reset-phone-title = Номериңизди ырастаңыз
reset-phone-subtitle = Жаңы PIN-код коюу үчүн телефон номериңизди SMS-код менен ырастаңыз

## Terms (seed 000, step 8)
terms-title = Колдонуу шарттары
terms-subtitle = Улантуу үчүн бардык пункттарды белгилеңиз. Документти ачуу үчүн «Окуу» баскычын басыңыз.
terms-renewal-subtitle = Биз шарттарды жаңыладык. Капчыкты колдонууну улантуу үчүн аларды окуп, кабыл алыңыз.
terms-update-app = Банк жаңы шарттарды жарыялады. Аларды окуп, кабыл алуу үчүн тиркемени жаңылаңыз.
terms-read = Окуу
terms-continue = Улантуу
terms-agree = Кабыл алам
terms-edition = 2026-жылдын 1-ноябрындагы редакция
terms-not-saved = Макулдукту сактоо мүмкүн болгон жок. Кайра аракет кылыңыз.
terms-offer-label = Электрондук капчыктын ачык офертасынын шарттарын кабыл алам
terms-offer-title = Электрондук капчыктын ачык офертасы
terms-offer-1 = Капчык — банктын сом менен иштеген электрондук капчыгы. Аны ачуу менен сиз бул офертага толугу менен кошуласыз.
terms-offer-2 = Төлөмдөр жана которуулар тиркемедеги сиздин буйругуңуз боюнча аткарылат. Банк ар бир аткарылган операцияга кол коёт, квитанция тиркемеде сакталат.
terms-offer-3 = Операциялардын лимиттери идентификациядан өткөнүңүзгө жараша болот. Идентификациясыз чакан суммалар гана жеткиликтүү.
terms-offer-4 = Банкка кайрылып, капчыкты каалаган убакта жаба аласыз; калдык сизге кайтарылат.
terms-privacy-label = Жеке маалыматтарымды чогултууга жана иштетүүгө макулмун
terms-privacy-title = Жеке маалыматтарды иштетүүгө макулдук
terms-privacy-1 = Банк капчыкты жүргүзүү жана Кыргыз Республикасынын мыйзамынын талаптарын аткаруу үчүн телефон номериңизди, паспорттук маалыматтарыңызды жана операциялардын тарыхын иштетет.
terms-privacy-2 = Телефондогу маалыматтар шифрленген түрдө сакталат. PIN-код эч жерде сакталбайт — телефондо да, банкта да.
terms-privacy-3 = Банкка кайрылып, макулдукту кайтарып ала аласыз; андан кийин капчык жабылат.
terms-remote-label = Аралыктан тейлөө эрежелери менен тааныштым
terms-remote-title = Аралыктан тейлөө эрежелери
terms-remote-1 = Капчыкка бир гана түзмөктөн кирүүгө болот: башка түзмөктөн киргенде мурунку түзмөктөгү сеанс аяктайт.
terms-remote-2 = PIN-кодду жана SMS-коддорду эч кимге айтпаңыз — банк кызматкерлери аларды эч качан сурабайт.
terms-remote-3 = SMS-кодду киргизерден мурун билдирүүдөгү сумманы жана алуучуну тиркемеде көргөнүңүз менен салыштырыңыз.
terms-remote-4 = Ишти «Чыгуу» баскычы менен бүтүрүңүз же тиркемени бөгөттөңүз; ал бир нече мүнөт аракетсиз тургандан кийин өзү бөгөттөлөт. Телефон жоголсо, дароо банкка билдириңиз.

## PIN (seed 000, step 9) and biometrics
pin-create-title = PIN-код ойлоп табыңыз
pin-create-subtitle = Капчыкка кирүү үчүн 4 сан
pin-repeat-title = PIN-кодду кайталаңыз
pin-repeat-subtitle = Ошол эле PIN-кодду дагы бир жолу киргизиңиз
pin-current-title = Учурдагы PIN-код
pin-current-subtitle = Азыр кирип жүргөн PIN-кодуңузду киргизиңиз
pin-new-title = Жаңы PIN-код
pin-unlock-title = PIN-кодду киргизиңиз
pin-unlock-subtitle = Капчыкты ачуу үчүн
pin-erase = Өчүрүү
pin-forgot = PIN-кодду унутуп калдыңызбы?
pin-use-biometrics = Манжа изи же жүз менен кирүү
pin-weak-same = PIN-код өтө жөнөкөй: бирдей сандарды табуу оңой. Башкасын ойлоп табыңыз.
pin-weak-sequence = PIN-код өтө жөнөкөй: катары менен келген сандарды табуу оңой. Башкасын ойлоп табыңыз.
pin-weak-pair = PIN-код өтө жөнөкөй: кайталанган жуптарды табуу оңой. Башкасын ойлоп табыңыз.
pin-weak-year = PIN-код жылга окшош, ал эми туулган жылды табуу оңой. Башкасын ойлоп табыңыз.
pin-mismatch = PIN-коддор дал келген жок. PIN-кодду кайрадан ойлоп табыңыз.
pin-wrong = PIN-код туура эмес.
pin-left-before-wipe = { $count } аракет калды, андан кийин кирүүнү SMS-код менен ырастоо керек болот.
pin-locked = Туура эмес аракеттер өтө көп. { $time } өткөндөн кийин кайра аракет кылыңыз
pin-try-again = Кайра аракет кылсаңыз болот.
pin-failed = Бул телефондо PIN-кодду текшерүү мүмкүн болгон жок. Кайра аракет кылыңыз.
pin-changed = PIN-код өзгөртүлдү.
pin-wiped = PIN-код 10 жолу туура эмес киргизилди. Коопсуздук үчүн бул телефондогу кирүү жокко чыгарылды — номериңизди SMS-код менен ырастаңыз.
biometrics-title = Манжа изи же жүз менен кирүү
biometrics-body = Капчыкты PIN-кодсуз ачыңыз. PIN-код калат — биометрия иштебей калса, ал керек болот.
biometrics-enable = Күйгүзүү
biometrics-skip = Азыр эмес
biometrics-failed = Биометрия менен кирүүнү күйгүзүү мүмкүн болгон жок. Кийинчерээк жөндөөлөрдөн аракет кылыңыз.
biometrics-changed = Телефондогу биометрия өзгөрдү, ал аркылуу кирүү өчүрүлдү. PIN-кодду киргизиңиз.

## Settings and dialogs
settings-title = Жөндөөлөр
settings-account = Сиз { $phone } номери менен кирдиңиз
settings-change-pin = PIN-кодду өзгөртүү
settings-biometrics = Манжа изи же жүз менен кирүү
settings-auto-lock = Аракетсиз тургандан кийин бөгөттөө
settings-minutes = { $count } мүнөт
settings-logout = Чыгуу
dialog-cancel = Жокко чыгаруу
logout-title = Капчыктан чыгасызбы?
logout-text = Кайра кирүү үчүн телефон номери жана SMS-код керек болот.
logout-unsent = { $count } операция банкка али жөнөтүлө элек. Азыр чыксаңыз, жөнөтүлбөй калат.
logout-confirm = Чыгуу
logout-confirm-anyway = Баары бир чыгуу
forgot-title = PIN-кодду унутуп калдыңызбы?
forgot-text = Телефон номериңизди SMS-код менен ырастаңыз — андан кийин жаңы PIN-код ойлоп табасыз. Тарых жана операциялардын кезеги сакталат.
forgot-confirm = Код алуу

## Online identification (seed 000 steps 10–22)
kyc-title = Онлайн-идентификация
kyc-short-not-started = Өтө элек
kyc-short-queued = Жөнөтүүнү күтүүдө
kyc-short-in-review = Текшерүүдө
kyc-short-approved = Өттү
kyc-short-rejected = Четке кагылды
kyc-short-resubmission = Оңдоо керек
kyc-status-loading = Жүктөлүүдө…
kyc-status-why = Идентификация капчыктын толук лимиттерин ачат. Паспорт, паспорт колуңузда турган сүрөт, дарек жана иштеген жериңиз керек болот.
kyc-status-not-started = Сиз идентификациядан өтө элексиз
kyc-status-queued = Арыз сакталды жана жөнөтүүнү күтүүдө
kyc-status-queued-text = Байланыш пайда болору менен ал банкка өзү кетет.
kyc-status-sending = Арыз жөнөтүлүүдө…
kyc-status-in-review = Арыз текшерүүдө
kyc-status-in-review-text = Банк маалыматыңызды текшерип жатат. Жооп келгенде билдиребиз.
kyc-status-approved = Куттуктайбыз! Сиз идентификациядан ийгиликтүү өттүңүз
kyc-status-approved-text = Эми сизге идентификацияланган кардардын лимиттери жеткиликтүү.
kyc-status-rejected = Арыз четке кагылды
kyc-status-rejected-text = Идентификациядан кайра өтсөңүз же банктын каалаган бөлүмүнө кайрылсаңыз болот.
kyc-status-resubmission = Банк арызды оңдоону суранат
kyc-status-resubmission-text = Төмөндө көрсөтүлгөндү гана оңдоп, арызды кайра жөнөтүңүз.
kyc-limit-single = Бир жолку операция
kyc-limit-daily = Күнүнө
kyc-limit-monthly = Айына
kyc-start = Онлайн-идентификациядан өтүү
kyc-start-again = Кайра өтүү
kyc-fix = Оңдоо
kyc-send-now = Азыр жөнөтүү
kyc-how-to = Онлайн-идентификациядан кантип өтсө болот?
kyc-intro = Онлайн-идентификациядан өтүү үчүн бардык маалыматтарды толтурушуңуз керек. Онлайн-идентификация КРдин резиденттери үчүн гана жеткиликтүү. КРдин резиденти эмес адамдар идентификациядан банктын каалаган бөлүмүндө өтө алышат.
kyc-how-to-1 = «Колдонуучуну текшерүү» баскычын басып, паспорттун алдыңкы бетин, андан кийин арткы бетин сүрөткө тартыңыз.
kyc-how-to-2 = Бетиңиз жана паспорттун алдыңкы бети көрүнгөндөй кылып, паспортту колуңузга кармап сүрөткө түшүңүз.
kyc-how-to-3 = Паспорттун маалыматтарын жазып, «Ырастоо» баскычын басыңыз.
kyc-how-to-4 = «Дарек жана иш» бөлүмүн толтуруңуз.
kyc-how-to-5 = Ырастоолорду белгилеп, шарттар менен эрежелерди окуңуз.
kyc-how-to-6 = «Арыз жөнөтүү» баскычын басып, ийгиликтүү идентификация тууралуу билдирүүнү күтүңүз.
kyc-how-to-continue = Түшүнүктүү
kyc-how-to-close = Жабуу
kyc-verification = Колдонуучуну текшерүү
kyc-address = Дарек жана иш
kyc-declare-beneficial-owner = Мен бенефициардык жак (акыркы пайда алуучу) экенимди ырастайм
kyc-declare-not-pep = Мен саясий жактан маанилүү адам эмесмин
kyc-declare-resident = Кардардын статусу - резидент
kyc-declare-phone-owner = Мен бул номердин ээси экенимди ырастайм
kyc-declare-consent = Мен шарттар жана эрежелер менен макулмун жана тааныштым
kyc-non-resident = Онлайн-идентификация КРдин резиденттери үчүн гана. Паспортуңуз менен банктын каалаган бөлүмүндө идентификациядан өтүңүз.
kyc-ready = Сиздин арызыңыз жөнөтүүгө даяр
kyc-submit = Арыз жөнөтүү
kyc-checklist-redo = Банк кайра сурайт: { $items }
kyc-photo-front = Паспорттун алдыңкы бети
kyc-photo-back = Паспорттун арткы бети
kyc-photo-selfie = Паспорт колуңузда турган сүрөт
kyc-passport-data = Паспорттун маалыматтары
kyc-take = Сүрөткө тартуу
kyc-retake = Кайра тартуу
kyc-fill = Толтуруу
kyc-edit = Өзгөртүү
kyc-gallery = Галереядан тандоо
kyc-capture-front = Паспортту тегиз караңгы бетке коюп, алдыңкы бетин толугу менен сүрөткө тартыңыз.
kyc-capture-back = Паспортту оодарып, арткы бетин ылдыйдагы машина окуй турган зонасы менен кошо толук тартыңыз.
kyc-capture-selfie = Паспортту бетиңиздин жанына кармап сүрөткө түшүңүз: бетиңиз жана паспорттун алдыңкы бети көрүнүшү керек.
kyc-capture-step = { $count } кадамдын { $step }-кадамы
kyc-photo-checking = Сүрөт текшерилүүдө…
kyc-photo-not-an-image = Бул сүрөт эмес. Документти камера менен тартыңыз же JPEG же PNG сүрөтүн тандаңыз.
kyc-photo-unreadable = Сүрөт бузулган, ачылбайт. Кайра тартыңыз.
kyc-photo-too-large = Файл { $megabytes } МБдан чоң. Тиркеменин камерасы менен тартыңыз.
kyc-photo-too-small = Сүрөт өтө кичине. Документ кадрды толук ээлегендей жакыныраак келиңиз.
kyc-photo-too-dark = Өтө караңгы. Жарык күйгүзүңүз же терезеге жакындаңыз.
kyc-photo-blurred = Сүрөт бүдөмүк. Телефонду кыймылдатпай кармап, фокусту күтүңүз.
kyc-photo-glare = Документте жарык чагылышы бар. Паспортту жантайтыңыз же чыракты алыстатыңыз.
kyc-mrz-read = Машина окуй турган зона таанылды: паспорттун маалыматтары толтурулду, текшериңиз.
kyc-mrz-unreliable = Машина окуй турган зона ката менен окулду. Маалыматтарды кол менен киргизиңиз.
kyc-passport-title = Паспорт
kyc-passport-subtitle = Сиздин паспорттук маалыматтарыңыз
kyc-passport-from-mrz = Талаалар паспорттун машина окуй турган зонасы боюнча толтурулду. Текшериңиз.
kyc-field-surname = Фамилиясы
kyc-field-given-name = Аты
kyc-field-patronymic = Атасынын аты
kyc-field-patronymic-note = * Паспортто болсо
kyc-field-birth-date = Туулган күнү
kyc-field-issue-date = Берилген күнү
kyc-field-expiry-date = Жарактуулук мөөнөтүнүн бүтүшү
kyc-field-authority = Документти берген орган
kyc-field-residence = Жашаган дареги
kyc-field-document-number = Документтин номери
kyc-field-personal-number = Жеке идентификациялык номер (ЖИН)
kyc-error-required = Бул талааны толтуруңуз.
kyc-error-too-long = { $max } белгиден ашпашы керек.
kyc-error-name = Тамгалар, боштук, дефис жана апостроф гана.
kyc-error-date = Күнү КК.АА.ЖЖЖЖ түрүндө, мисалы 14.05.1990.
kyc-error-birth-future = Туулган күн келечекте болушу мүмкүн эмес.
kyc-error-underage = Онлайн-идентификация 18 жаштан баштап жеткиликтүү.
kyc-error-too-old = Туулган жылды текшериңиз.
kyc-error-issue-before-birth = Паспорт туулган күндөн мурун берилиши мүмкүн эмес.
kyc-error-issue-future = Берилген күн келечекте болушу мүмкүн эмес.
kyc-error-expired = Паспорттун мөөнөтү бүткөн. Жаңы паспорт алып, андан кийин идентификациядан өтүңүз.
kyc-error-expiry-before-issue = Жарактуулук мөөнөтү берилген күндөн мурун бүтүшү мүмкүн эмес.
kyc-error-document-number = Паспорттун номери: эки латын тамгасы жана жети сан, мисалы ID1234567.
kyc-error-pin-length = ЖИН 14 сандан турат.
kyc-error-pin-digits = ЖИНде сандар гана болот.
kyc-error-pin-sex = ЖИН 1 же 2 менен башталат.
kyc-error-pin-date = ЖИНдин 2–9-сандары — туулган күн; бул жерде ал күн эмес.
kyc-error-pin-birth-date = ЖИН туулган күнгө дал келбейт.
kyc-error-mrz = Паспорттун машина окуй турган зонасына дал келбейт. Текшериңиз.
kyc-confirm = Ырастоо
kyc-cancel = Жокко чыгаруу
kyc-address-district = Район
kyc-address-aiyl-aimak = Айыл аймагы
kyc-address-settlement = Айыл, кыштак, ШТК
kyc-address-microdistrict = Кичи район, турак-жай массиви
kyc-address-street = Көчө
kyc-address-house = Үйдүн номери
kyc-address-apartment = Батирдин номери
kyc-address-workplace = Иштеген жери
kyc-address-position = Кызматы
kyc-error-district = Тизмеден районду тандаңыз.
kyc-error-characters = Ашыкча белгилерди алып салыңыз.
kyc-error-house = Үйдүн номери, мисалы 12, 12А же 12/3.
kyc-error-apartment = Батирдин номери, мисалы 5 же 5А.
kyc-next = Кийинки
kyc-districts-search = Районду издөө
kyc-districts-none = Эч нерсе табылган жок
kyc-consent-title = Жеке маалыматтарды иштетүүгө макулдук
kyc-consent-1 = Мен банкка арызда көрсөтүлгөн жеке маалыматтарымды, паспорттун сүрөттөрүн жана паспорт менен тартылган сүрөтүмдү чогултууга, сактоого жана иштетүүгө — мени идентификациялоо жана электрондук капчыкты тейлөө үчүн макулдук берем.
kyc-consent-2 = Маалыматтарды текшерүү максатында — Мамлекеттик каттоо кызматынын жана Кыргыз Республикасынын жарандарынын улуттук паспортторунун мамлекеттик реестринин базаларында, электрондук капчыктын жарактуулук мөөнөтүнө.
kyc-consent-3 = Арызда көрсөтүлгөн телефон номерине маалыматтык жана жарнамалык билдирүүлөрдү алуу максатында.
kyc-consent-4 = Электрондук капчык менен болгон аракеттеримди ырастоо үчүн жөнөкөй электрондук колтамганы колдонуу максатында.
kyc-consent-5 = Үчүнчү жактарга — алар мага тиркемеде кызмат көрсөткөн алкакта, номеримдин уюлдук байланыш операторуна жана жеке маалыматтар жөнүндө мыйзамга каршы келбеген максаттар үчүн башка жактарга.
kyc-consent-6 = Макулдук мага кызмат көрсөтүлгөн бүт мөөнөт жана алар тууралуу маалыматтар Кыргыз Республикасынын мыйзамдары боюнча сакталган мөөнөт ичинде колдонулат. Келишим, Эрежелер, Ачык оферта, тарифтер жана колдонмо менен тааныштым жана аларды аткарууга милдеттенем.
kyc-consent-7 = Маалыматтарды толук эмес же туура эмес бергенде идентификациядан баш тартылышы мүмкүн экени тууралуу кабардармын.
kyc-consent-read = Окулду
kyc-guarantee-title = Сиздин паспорттук маалыматтарыңыз
kyc-guarantee-text = «ЫРАСТОО» баскычын басуу менен маалыматтардын тууралыгына кепилдик бересиз жана аракет үчүн жоопкерчиликти түшүнөсүз
kyc-guarantee-confirm = ЫРАСТОО
kyc-guarantee-cancel = ЖОККО ЧЫГАРУУ
kyc-residency-title = Кардардын статусу
kyc-residency-text = Сиз Кыргыз Республикасынын резидентисизби?
kyc-residency-yes = Ооба, резидентмин
kyc-residency-no = Жок
kyc-approved-notice = Куттуктайбыз! Сиз идентификациядан ийгиликтүү өттүңүз.
kyc-rejected-notice = Банк идентификация арызын четке какты. Себеби «Онлайн-идентификация» бөлүмүндө.
kyc-resubmission-notice = Банк идентификация арызын оңдоону суранат.
kyc-reason-document-expired = Паспорттун мөөнөтү бүткөн.
kyc-reason-underage = Онлайн-идентификация 18 жаштан баштап жеткиликтүү.
kyc-reason-not-resident = Онлайн-идентификация КРдин резиденттери үчүн гана. Банктын бөлүмүнө кайрылыңыз.
kyc-reason-data-mismatch = Паспорттун маалыматтары машина окуй турган зонага дал келбейт. Текшериңиз.
kyc-reason-photo-unreadable = Сүрөттү окуу мүмкүн болгон жок. Жакшы жарыкта кайра тартыңыз.
kyc-photo-missing = Сүрөттөрдүн бири телефондо жок. «Колдонуучуну текшерүү» бөлүмүн ачып, аны кайра тартыңыз.
kyc-not-saved = Телефонго сактоо мүмкүн болгон жок. Кайра аракет кылыңыз.

## Pay by QR
home-pay-qr = QR менен төлөө
pay-scan-title = QR менен төлөө
pay-scan-hint = Камераны QR-кодго багыттаңыз
pay-scan-gallery = Галереядан тандоо
pay-scan-paste = Же төлөм шилтемесин коюңуз
pay-scan-submit = Улантуу
pay-scan-not-a-code = Бул төлөм үчүн QR-код эмес. Сатуучунун кодун же төлөм шилтемесин сканерлеңиз.
pay-scan-damaged = QR-код бузулган жана окулбайт. Аны кайра көрсөтүүнү сураныңыз же жакыныраактан сканерлеңиз.
pay-scan-checksum = QR-коддун текшерүү суммасы дал келбейт: код жасалма болушу мүмкүн. Ал боюнча төлөбөңүз жана сатуучуга кабарлаңыз.
pay-scan-foreign = Бул башка төлөм системасынын QR-коду. Капчык Кыргызстандын ЭЛQR коддорун төлөйт.
pay-scan-foreign-country = Бул башка өлкөнүн ({ $country }) төлөм системасынын QR-коду. Капчык Кыргызстандын ЭЛQR коддорун төлөйт.
pay-scan-wrong-currency = QR-код сиздин эсебиңизде жок валютада төлөмдү сурайт (код { $code }).
pay-confirm-title = Төлөмдү ырастоо
pay-recipient = Алуучу
pay-service = Кызмат
pay-provider = Алуучунун банкы
pay-comment = Комментарий
pay-amount = Сумма
pay-amount-not-a-number = Сумманы сандар менен жазыңыз, мисалы 150 же 150,50
pay-amount-too-precise = Үтүрдөн кийин эки сандан ашпашы керек
pay-amount-zero = Нөлдөн чоң сумманы жазыңыз
pay-amount-too-large = Сумма өтө чоң
pay-fee-after-amount = Комиссия сумма жазылгандан кийин көрүнөт
pay-fee-loading = Комиссияны билип жатабыз…
pay-fee = Комиссия: { $amount }
pay-fee-offline = Банк менен байланыш жок: төлөм кезекке туруп, байланыш болгондо жөнөтүлөт, комиссия — банктын тарифи боюнча
pay-fee-unknown = Комиссия белгисиз
pay-total = Бардыгы эсептен чегерилет: { $amount }
pay-balance-after = Калат: { $amount }
pay-retry-quote = Кайталоо
pay-accounts-not-loaded = Эсептер азырынча жүктөлө элек: баланс жаңыланганча күтүп, кодду кайра сканерлеңиз
pay-confirm = Төлөө
pay-pin-title = Төлөмдү ырастаңыз
pay-pin-subtitle = PIN-кодду киргизиңиз
pay-pin-biometrics = Биометрия менен ырастоо
pay-over-offline-limit = Байланышсыз офлайн-төлөмдөрдүн лимитинен ашпаган төлөмдөрдү гана кезекке коюуга болот. Байланышты күтүңүз.
pay-account-unknown = Эсеп али жүктөлө элек. Башкы экранды жаңыртып, кайра аракет кылыңыз.
pay-not-queued = Төлөм сакталган жок. Кайра аракет кылыңыз.

## The payment's result, notices, history by day (issue 15)
pay-result-saving = Төлөм сакталууда…
pay-result-paid = Төлөндү
pay-result-transferred = Которулду
pay-result-accepted = Банк кабыл алды
pay-result-accepted-text = Банк төлөмдү аткарып жатат — адатта бир секунд. Экран өзү жаңыланат.
pay-result-queued = Байланыш күтүлүүдө
pay-result-queued-text = Төлөм телефондо сакталды жана байланыш пайда болору менен банкка кетет.
pay-result-rejected = Төлөм өткөн жок
pay-result-transfer-rejected = Которуу өткөн жок
pay-result-cancelled = Төлөм жокко чыгарылды
pay-result-transfer-cancelled = Которуу жокко чыгарылды
pay-result-cancelled-text = Акча эсептен чегерилген жок.
pay-result-fee = Комиссия: { $amount }
pay-result-total = Бардыгы: { $amount }
pay-result-done = Даяр
pay-result-receipt = Квитанция
pay-result-details = Толугураак
pay-result-cancel = Төлөмдү жокко чыгаруу
pay-result-cancel-transfer = Которууну жокко чыгаруу
pay-pin-amount = Сумма
pay-pin-fee = Комиссия
pay-pin-total = Бардыгы
cancel-payment-title = Төлөмдү жокко чыгарасызбы?
cancel-payment-text = { $amount } төлөмдү жокко чыгарасызбы? Акча эсебиңизге кайтат.
cancel-payment-confirm = Төлөмдү жокко чыгаруу
cancel-transfer-title = Которууну жокко чыгарасызбы?
cancel-transfer-text = { $amount } которууну жокко чыгарасызбы? Акча эсебиңизге кайтат.
cancel-transfer-confirm = Которууну жокко чыгаруу
cancel-operation-keep = Жокко чыгарбоо
notice-money-in = { $from } сизге { $amount } жөнөттү
split-remind-sent = Эскертүү жөнөтүлдү
split-cancel-sent = Суроо-талаптар жокко чыгарылды
transfer-own-number = Бул өзүңүздүн номериңиз. Капчыкты толуктоо үчүн «QR менен алуу» же башка банктан которууну колдонуңуз
receive-copy-link = Шилтемени көчүрүү
receive-again = Дагы алуу
pay-scan-wrong-currency-kgs = QR-код сом менен төлөмдү сурайт, бирок сизде сом эсеби жок.
pay-scan-wrong-currency-kzt = QR-код теңге менен төлөмдү сурайт, бирок сизде теңге эсеби жок.
pay-scan-wrong-currency-usd = QR-код АКШ доллары менен төлөмдү сурайт, бирок сизде доллар эсеби жок.
shake-failed-offline = Банк менен байланыш жок — жупту табуу мүмкүн эмес
signin-sending = Код менен SMS жөнөтүлүүдө…
signin-checking = Код текшерилүүдө…
pin-saving = PIN-код сакталууда…
pin-checking = PIN-код текшерилүүдө…
text-hidden-character = Көзгө көрүнбөгөн же башкаруучу белгини (мисалы, тексттин багытын өзгөрткөн) өчүрүңүз: аны менен текст жазылгандай көрүнбөй калышы мүмкүн
pay-scan-hidden-text = QR-коддо алуучунун атын же комментарийди бурмалай турган жашыруун белгилер бар. Ал боюнча төлөбөңүз жана сатуучуга кабарлаңыз.
bank-text-invalid = Банк текстти кабыл алган жок: анда көзгө көрүнбөгөн же башкаруучу белги бар. Аны өчүрүп, кайра аракет кылыңыз.
bank-terms-version-unknown = Банк шарттардын бул редакциясын билбейт. Колдонуудагы шарттарды кабыл алуу үчүн тиркемени жаңылаңыз.
pin-awaiting-biometrics = Манжаңызды тийгизиңиз же камерага караңыз…
home-inbox = Билдирмелер
inbox-title = Билдирмелер
inbox-empty = Азырынча билдирме жок. Бул жерде түшкөн акча, аткарылган төлөмдөр жана банктын жооптору болот.
inbox-read-all = Баарын окуу
inbox-money-in = Акча түштү
inbox-money-in-text = { $name } жөнөткөн { $amount }
inbox-executed = Операция аткарылды
inbox-rejected = Операция четке кагылды
inbox-operation-text = { $amount } — { $name }
inbox-request-paid = Суроо-талап төлөндү
inbox-request-paid-text = { $name } { $amount } төлөдү
inbox-reminder = Төлөм тууралуу эскертүү
inbox-reminder-text = { $name } { $amount } суроо-талабын эскертет
inbox-kyc-approved = Идентификациядан өттүңүз
inbox-kyc-approved-text = Идентификацияланган кардардын лимиттери иштей баштады.
inbox-kyc-rejected = Идентификациядан өткөн жоксуз
inbox-kyc-rejected-text = Себебин билүү үчүн «Онлайн-идентификацияны» ачыңыз.
inbox-kyc-resubmit = Банк кайра жөнөтүүнү суранат
inbox-kyc-resubmit-text = «Онлайн-идентификацияны» ачыңыз: эмнени жөнөтүү керектиги ошол жерде жазылган.
receipt-share = Бөлүшүү
operation-repeat = Кайталоо
receipt-share-title = Квитанция
receipt-share-text = № { $number } квитанция: { $amount }, { $name }
receipt-not-made = Квитанцияны даярдоо мүмкүн болгон жок. Кайра аракет кылыңыз.
share-close = Жабуу
receipt-bank = Капчык · Sandbox Bank
receipt-title-payment = Төлөм квитанциясы
receipt-title-transfer = Которуу квитанциясы
receipt-title-in = Акча түшкөндүгү тууралуу квитанция
receipt-when = Күнү жана убактысы (Бишкек)
receipt-amount = Сумма
receipt-fee = Комиссия
receipt-total = Бардыгы
receipt-payer = Төлөөчү
receipt-payee = Алуучу
receipt-number = Операциянын номери
receipt-bank-id = Банктагы операциянын ID
receipt-comment = Комментарий
receipt-signed = Квитанцияга банк кол койгон ({ $key } ачкычы); колтамга телефондо текшерилди.
history-today = Бүгүн
history-yesterday = Кечээ
history-day = { $day }-{ $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
}
history-day-year = { $year }-ж., { $day }-{ $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
}
qr-image-not-an-image = Бул сүрөт эмес. JPEG же PNG форматындагы сүрөттү тандаңыз.
qr-image-too-large = Сүрөт өтө чоң. Кичирээк сүрөттү тандаңыз.
qr-image-no-code = Сүрөттө QR-код табылган жок. Код толук көрүнгөн сүрөттү тандаңыз.
qr-image-unreadable = Сүрөттөгү QR-код окулбайт. Тагыраак сүрөттү тандаңыз.
qr-text-too-long = QR-код үчүн маалымат өтө көп. Комментарийди кыскартыңыз.

## Receive by QR
home-receive = QR менен алуу
receive-title = QR менен алуу
receive-account-label = Эсеп
receive-account = { $currency ->
    [KGS] Сомдогу эсеп
    [KZT] Теңгедеги эсеп
    [USD] АКШ долларындагы эсеп
   *[other] { $currency } эсеби
}
receive-name-label = Алуучу
receive-amount = Сумма (милдеттүү эмес)
receive-comment = Комментарий (милдеттүү эмес)
receive-comment-hint = { $max } белгиден ашпасын
receive-comment-too-long = Комментарий { $max } белгиден узун ({ $count }): кыскартыңыз, болбосо код окулбайт
receive-hint-static = Бул код боюнча ар ким каалаган сумманы төлөй алат
receive-hint-amount = { $amount } суммасына код: аны бир жолу гана төлөөгө болот
receive-share = Бөлүшүү
receive-share-static = Мага бул шилтеме аркылуу акча которуңуз: { $link }
receive-share-amount = Мага бул шилтеме аркылуу { $amount } которуңуз: { $link }
receive-clear = Суммасыз
receive-no-account = Эсеп али жүктөлө элек. Башкы экранды жаңыртып, кайра аракет кылыңыз.
receive-code-too-long = Маалымат төлөм кодуна батпайт. Комментарийди кыскартыңыз же банкка кайрылыңыз.
receive-code-failed = Код түзүлгөн жок. Кайра аракет кылыңыз же банкка кайрылыңыз.

## Телефон номери боюнча которуу (seed 004 §5.12, §5.25)
home-transfer = Телефон номери боюнча которуу
transfer-title = Телефон номери боюнча которуу
transfer-phone = Алуучунун телефон номери
transfer-recipient = Алуучу: { $name }
transfer-bank = Банк: { $bank }
transfer-interbank-note = Башка банкка которуу: комиссия тариф боюнча, SMS-код менен ырасталат
transfer-large-note = { $limit } ашкан которуу: SMS-код менен ырасталат
transfer-lookup-offline = Банк менен байланыш жок: алуучуну көрсөтө албайбыз. Байланыш болгондо кайталаңыз
transfer-amount-placeholder = 0,00
transfer-comment = Комментарий (милдеттүү эмес)
transfer-comment-too-long = Комментарий { $max } белгиден узун: кыскартыңыз
transfer-continue = Улантуу
transfer-code-title = Которууну ырастоо
transfer-code-compare = SMS менен салыштырыңыз: { $name } ({ $bank }) алуучуга { $amount } которуу. Баары дал келсе гана кодду киргизиңиз
transfer-code-title-payment = Төлөмдү ырастоо
transfer-code-compare-payment = SMS менен салыштырыңыз: { $name } алуучуга { $amount } төлөм. Баары дал келсе гана кодду киргизиңиз
transfer-code-sending = Коду бар SMS жөнөтүлүүдө…
transfer-code-sent = Коду бар SMS { $phone } номерине жөнөтүлдү
transfer-code-not-sent = Код жөнөтүлгөн жок
transfer-code-offline = Банк менен байланыш жок: код жөнөтүлгөн жок. Байланыш болгондо «Кодду кайра жөнөтүү» баскычын басыңыз
transfer-code-submit = Ырастоо

## Shake to pay (seed 001 §4.10.8)
home-shake = Силкип төлөө
shake-title = Силкип төлөө
shake-choose = Төлөйсүзбү же акча аласызбы? Тандап, анан телефонду башка адамдын телефонунун жанында силкиңиз
shake-as-payer = Төлөө
shake-as-payee = Алуу
shake-amount = Алына турган сумма (милдеттүү эмес)
shake-amount-placeholder = Каалаганча — төлөөчү чечет
shake-fix-amount = Сумманы оңдоп, анан телефонду силкиңиз
shake-listening-payer = Телефонду алуучунун телефонунун жанында силкиңиз
shake-listening-payee = Телефонду төлөөчүнүн телефонунун жанында силкиңиз
shake-searching = Жаныңызда силкинген телефонду издеп жатабыз…
shake-matched-payer = { $name } дегенге төлөйсүзбү? Сиз төлөй турган адам ушул экенин текшериңиз
shake-matched-payee = { $name } дегенден акча аласызбы? Сизге төлөп жаткан адам ушул экенин текшериңиз
shake-waiting-for-peer = { $name } ырастоосун күтүп жатабыз…
shake-paying = { $name } ырастады. Эми төлөө гана калды
shake-awaiting-payment = { $name } төлөмдү PIN-код менен ырастап жатат — акча бир нече секунддан кийин келет
shake-done = { $name } төлөмү келди: { $amount }
shake-ambiguous = Жаныңызда бир нече телефон силкинди — кайра силкиңиз
shake-expired = Эч ким табылган жок. Телефондорду бир убакта, бири-биринин жанында силкиңиз
shake-cancelled = Силкүүнү жокко чыгардыңыз. Акча которулган жок
shake-cancelled-by-peer = Экинчи телефон силкүүнү жокко чыгарды. Акча которулган жок
shake-failed = Жуп табылган жок
shake-offline = Банк менен байланыш жок. Интернетти текшерип, кайра силкиңиз
shake-peer-payee = Алуучу
shake-peer-payer = Төлөөчү
shake-peer-phone = Телефон
shake-amount-payer-chooses = Көрсөтүлгөн эмес — төлөөчү тандайт
shake-confirm = Ырастоо
shake-cancel = Жокко чыгаруу
shake-again = Кайра силкүү
shake-done-button = Даяр
bank-shake-not-matched = Силкүү мындан ары ырастоону күтпөйт: ал жокко чыгарылды же убакыт бүттү. Кайра силкиңиз
bank-shake-not-confirmed = Экинчи адам силкүүнү жокко чыгарды же али ырастай элек. Төлөм жөнөтүлгөн жок
bank-shake-amount-mismatch = Алуучу башка сумманы сураган. Кайра силкиңиз
bank-shake-already-paid = Бул силкүү үчүн төлөнүп коюлган. Операциялар тарыхын текшериңиз

## Чекти бөлүшүү (seed 001 §4.10.13)
home-split = Чекти бөлүшүү
split-title = Чекти бөлүшүү
split-new-bill = Жаңы чек
split-incoming-title = Сизден төлөм сурашат
split-incoming-text = { $name } сизден { $amount } сурайт
split-incoming-reminded = { $count ->
    [one] { $count } жолу эскертилди
   *[other] { $count } жолу эскертилди
}
split-incoming-pay = Төлөө
split-bills-title = Менин чектерим
split-bills-empty = Азырынча чек жок. Чекти достор менен бөлүшүңүз — ар бири өз үлүшүнө суроо-талап алат.
split-open-bill = Ачуу
split-status-settled = Баары төлөдү
split-status-cancelled = Жокко чыгарылды
split-status-collecting = { $asked } ичинен { $paid } киши төлөдү: { $total } ичинен { $collected }
split-editor-title = Жаңы чек
split-source-payment = Төлөмдөн: { $name }
split-source-code = QR-коддон: { $name }
split-name-label = Аталышы (суроо-талапта көрүнөт)
split-total-label = Чектин суммасы
split-tip-label = Чайпул же тейлөө акысы (милдеттүү эмес)
split-tip-hint = Пайыз, мисалы 10%, же сумма, мисалы 150
split-mode-equal = Теңме-тең
split-mode-shares = Үлүштөр боюнча
split-mode-percent = Пайыз менен
split-mode-exact = Так суммалар менен
split-mode-items = Позициялар боюнча
split-include-me = Мен да өз үлүшүмдү төлөйм
split-people-title = Катышуучулар
split-me = Мен
split-delivery-wallet = Капчыгы бар
split-delivery-phone = Номер боюнча суроо-талап
split-delivery-link = Төлөм шилтемесин алат
split-value-share = Үлүш
split-value-percent = %
split-value-amount = Сумма
split-remove = Алып салуу
split-items-title = Позициялар
split-add-item = Позиция кошуу
split-new-name = Аты
split-new-phone = Телефон номери (милдеттүү эмес)
split-add-person = Кошуу
split-contacts-title = Байланыштар
split-contact-add = Кошуу
split-contact-added = Кошулду
split-contacts-not-read = Байланыштардан тандоо үчүн аларга кирүүгө уруксат бериңиз. Номерлер телефондон ачык түрдө чыкпайт.
split-contacts-checking = Кимде капчык бар экенин текшерип жатабыз…
split-contacts-stale = Банк менен байланыш жок: акыркы текшерүүдө кимде капчык болгонун көрсөтүп жатабыз
split-contacts-offline = Банк менен байланыш жок: кимде капчык бар экенин текшерүү мүмкүн болгон жок. Кийинчерээк аракет кылыңыз
split-contacts-failed = Байланыштарды текшерүү мүмкүн болгон жок. Кайра аракет кылыңыз
split-contacts-budget = Бүгүн өтө көп номер текшерилди. Калган байланыштарды эртең текшерсе болот
split-contacts-refresh = Жаңылоо
split-summary = Бардыгы: { $total }
split-summary-tip = Бардыгы: { $total }, анын ичинде чайпул { $tip }
split-send = Суроо-талаптарды жөнөтүү
split-title-missing = Чекке ат бериңиз — аталышы суроо-талапта көрүнөт
split-nobody-to-ask = Өзүңүздөн башка жок дегенде бир кишини кошуңуз
split-fix-first = Адегенде чекти оңдоңуз: ал бөлүнбөй жатат
split-not-saved = Телефонго сактоо мүмкүн болгон жок. Кайра аракет кылыңыз
split-person-needs-name = Атын же телефон номерин жазыңыз
split-person-twice = Бул киши чекте мурунтан эле бар
split-person-is-me = Бул сиздин номериңиз. Өз үлүшүңүздү төлөө үчүн «Мен да өз үлүшүмдү төлөйм» дегенди күйгүзүңүз
split-too-many-people = Бир чекке 30 кишиден ашык кошууга болбойт
split-too-many-items = Бир чекке 50 позициядан ашык кошууга болбойт
split-bill-loading = Чек жүктөлүүдө…
split-bill-settled = Баары төлөдү — чек жабылды
split-bill-cancelled = Чек жокко чыгарылды
split-bill-collected = { $total } ичинен { $collected } чогулду
split-bill-total = Чектин суммасы: { $total }
split-bill-total-tip = Чектин суммасы: { $total }, анын ичинде чайпул { $tip }
split-bill-missing = Бул чек телефондо мындан ары жок
split-pay-bill = Чекти төлөө
split-cancel-bill = Чекти жокко чыгаруу
split-cancel-queued = Суроо-талаптар жокко чыгарылууда. Байланыш жок болсо, ал пайда болгондо жокко чыгарылат
split-remind = Эскертүү
split-remind-queued = Эскертме жөнөтүлүүдө
split-remind-nothing = Эскертүүнүн кереги жок: суроо-талап төлөнүп же жокко чыгарылып калган
split-person-mine = Менин үлүшүм
split-person-nothing = Карызы жок
split-person-queued = Суроо-талап кезекте — байланыш болгондо жөнөтүлөт
split-person-cancelling = Жокко чыгарылууда…
split-person-paid = Төлөдү
split-person-cancelled = Суроо-талап жокко чыгарылды
split-person-waiting-wallet = Төлөмдү күтүп жатабыз — суроо-талап анын капчыгында
split-person-waiting-link = Шилтеме аркылуу төлөмдү күтүп жатабыз
split-person-reminded = { $count ->
    [one] Төлөмдү күтүп жатабыз — { $count } жолу эскертилди
   *[other] Төлөмдү күтүп жатабыз — { $count } жолу эскертилди
}
split-share-text = «{ $title }»: сиздин үлүшүңүз { $amount }. Шилтеме аркылуу төлөңүз: { $link }
split-from-payment = Чекти бөлүшүү
split-from-code = Чекти бөлүшүү
split-rounding-exact = Калдыксыз бөлүнөт
split-rounding-up-remainder = +1 тыйын: ашыкча тыйындар эң чоң калдыктарга берилет
split-rounding-up-first-listed = +1 тыйын: калдыктар бирдей, ашыкча тыйын тизмедеги биринчи кишиге берилет
split-rounding-down-remainder = Төмөн карай тегеректелди: башкалардын калдыгы чоңураак
split-rounding-down-listed-later = Төмөн карай тегеректелди: калдыктар бирдей, ашыкча тыйын тизмеде жогорураак турган кишиге берилди
split-no-people = Жок дегенде бир кишини кошуңуз
split-empty-name = { $position }-катышуучунун аты жок
split-duplicate-name = «{ $name }» тизмеде мурунтан эле бар
split-total-not-positive = Чектин суммасы нөлдөн чоң болушу керек
split-not-an-amount = «{ $text }» — сумма эмес. Мисалы, 1000 же 1000,50 деп жазыңыз
split-not-a-percent = «{ $text }» — пайыз эмес. 0дөн 100гө чейинки санды жазыңыз, мисалы 33,33
split-not-a-share = «{ $text }» — үлүш эмес. Үлүштөр бүтүн сандар болот, мисалы 2 жана 1
split-count-mismatch = { $list ->
    [shares] { $people } катышуучуга { $given } үлүш көрсөтүлгөн
    [percentages] { $people } катышуучуга { $given } пайыздык маани көрсөтүлгөн
   *[amounts] { $people } катышуучуга { $given } сумма көрсөтүлгөн
}
split-shares-zero = Бардык үлүштөр нөлгө барабар — кимдир бирөөгө үлүш бериңиз
split-percent-not-100 = Пайыздардын жалпысы { $sum }, ал эми 100 болушу керек
split-exact-mismatch = Катышуучулардын суммаларынын жалпысы { $sum }, ал эми чек — { $total }
split-negative-amount = Сумма терс болушу мүмкүн эмес: { $amount }
split-currency-mismatch = Чек { $expected } валютасында, ал эми сумма — { $found } валютасында
split-no-items = Жок дегенде бир позиция кошуңуз
split-item-unassigned = { $position }-позицияны («{ $item }») эч ким тандаган жок
split-item-unknown-person = { $position }-позиция («{ $item }») чекте жок кишиге белгиленген
split-too-large = Суммалар өтө чоң
split-balances-not-zero = Топтун баланстары дал келбейт: айырмасы { $sum }
split-bill-mismatch = { $paid } төлөндү, ал эми үлүштөрдүн жалпысы { $shares }
split-member-count = Топто { $members } катышуучу бар, ал эми чекте { $given }
split-unknown-member = «{ $name }» топто жок
split-groups-title = Топтор
split-group-bills = { $count ->
    [one] { $count } чек
   *[other] { $count } чек
}
split-group-settled = Баары эсептешкен
split-group-payments-title = Эсептешүү үчүн
split-group-payment = { $from } → { $to }: { $amount }
split-group-owed = Алат: { $amount }
split-group-owes = Карыз: { $amount }
split-group-even = Эсептешкен
split-group-label = Топ (милдеттүү эмес)
split-group-hint = Мисалы, «Ысык-Көлгө сапар»: топтун чектеринен ким кимге карыз экени көрүнөт
split-payer-label = Ким төлөдү
split-save-group = Топко сактоо
split-group-needed = Эгер мен төлөбөсөм, чек топто гана эсептелет: топту көрсөтүңүз
split-paid-by = Төлөгөн: { $name }
split-bill-group = Топ: { $name }
split-person-group = Топтогу үлүш
split-share-link = Шилтемени бөлүшүү

## Bank: notifications and the review (issue 15)
kyc-reason-not-the-customer = Бул паспорт эсептин ээсине таандык эмес. Онлайн-идентификациядан өз паспортуңуз менен өтүңүз же банктын бөлүмүнө кайрылыңыз.

## Shells: the system's prompts and what a screen reader says
system-biometric-unlock = Капчыкка кирүү
system-biometric-payment = Төлөмдү ырастоо
system-biometric-enable = Манжа изи же жүз менен кирүү
system-biometric-subtitle = Манжаңызды тийгизиңиз же экранды караңыз
system-biometric-cancel = PIN-кодду киргизүү
system-camera-denied = Камерага уруксат жок. Телефондун жөндөөлөрүнөн уруксат бериңиз.
system-contacts-denied = Байланыштарга уруксат жок. Телефондун жөндөөлөрүнөн уруксат бериңиз же номерди өзүңүз киргизиңиз.
system-open-settings = Жөндөөлөрдү ачуу
system-torch-on = Фонарикти күйгүзүү
system-torch-off = Фонарикти өчүрүү
pin-entered = Киргизилген сандар: { $length } ичинен { $entered }
home-inbox-unread = { $count } жаңы
transfer-pick-contact = Байланыштардан тандоо
split-modes-title = Кантип бөлөбүз
split-item-name = Позиция
split-item-price = Баасы

## Толуктоо: башка банктын картасынан (3-D Secure), эсептин реквизиттери
home-top-up = Толуктоо
bank-card-invalid = Банк картаны кабыл алган жок: номерин, мөөнөтүн жана CVV текшериңиз
topup-title = Толуктоо
topup-cards-title = Картадан
topup-new-card = Башка банктын картасынан
topup-receive = QR-код аркылуу алуу
topup-details-title = Башка банктан же терминал аркылуу которуу үчүн реквизиттер
topup-details-loading = Реквизиттер жүктөлүүдө…
topup-details-share = Реквизиттерди бөлүшүү
topup-details-holder = Алуучу
topup-details-account = Эсептин номери
topup-details-bank = Банк
topup-details-bic = БИК
topup-details-currency = Эсептин валютасы
topup-details-wallet = Терминал үчүн капчыктын номери
topup-copy = Көчүрүү
topup-copied = Көчүрүлдү
topup-offline = Банк менен байланыш жок. Реквизиттер жана сакталган карталар байланыш болгондо көрүнөт
topup-card-title = Картадан толуктоо
topup-number = Картанын номери
topup-expiry = Колдонуу мөөнөтү
topup-cvv = CVV2/CVC2
topup-holder = Картадагы аты (милдеттүү эмес)
topup-save-card = Картаны кийинки толуктоолор үчүн эстеп калуу
topup-saved-card = { $card } картасы, { $expiry } чейин жарактуу
topup-amount = Толуктоонун суммасы
topup-fee = Комиссия: { $fee }
topup-total = Картадан { $total } чегерилет
topup-card-note = Картанын номери жана CVV телефондо сакталбайт. Андан кийин картаңыздын банкы SMS менен ырастоо кодун жөнөтөт
topup-submit = Толуктоо
topup-number-empty = Картанын номерин киргизиңиз
topup-number-digits = Картанын номеринде сандар гана болот
topup-number-scheme = Элкарт, Visa, Mastercard жана МИР карталарын кабыл алабыз
topup-number-length = Номерде сандар жетишпейт же ашык
topup-number-check = Картанын номеринде ката бар: сандарды текшериңиз
topup-expiry-format = Колдонуу мөөнөтү — ай жана жыл: АА/ЖЖ
topup-expiry-month = Ай — 01ден 12ге чейин
topup-expiry-expired = Картанын мөөнөтү бүткөн
topup-expiry-far = Жылды текшериңиз: карталар мынчалык узак иштебейт
topup-cvv-digits = CVV — картанын артындагы үч сан
topup-holder-too-long = Картадагы аты 26 тамгадан узун болбойт
topup-holder-latin = Картадагы аты картадагыдай эле латын тамгалары менен жазылат
topup-quote-offline = Банк менен байланыш жок: комиссияны билүү мүмкүн эмес. Картадан толуктоо байланыш болгондо гана иштейт
topup-offline-retry = Банктын жообу келген жок. «Толуктоо» баскычын кайра басыңыз: акча эки жолу чегерилбейт
topup-code-title = Картанын банкынан код
topup-code-explain = { $issuer } { $card } картасы үчүн коду бар SMS жөнөттү. Сумманы салыштырыңыз: { $amount }. Баары дал келсе гана кодду киргизиңиз
topup-code-expires = Код { $time } чейин жарактуу
topup-code-wrong = Код туура эмес. Калган аракеттер: { $left }
topup-code-offline = Банктын жообу келген жок. «Ырастоо» баскычын кайра басыңыз: акча бир жолу гана түшөт
topup-result-card = Карта
topup-result-amount = Эсепке түштү
topup-result-fee = Комиссия
topup-result-charged = Картадан чегерилди
topup-result-done = { $amount } түштү
topup-result-receipt = Квитанция
topup-result-declined = Толуктоо ишке ашкан жок
topup-result-again = Кайра аракет кылуу
topup-declined-issuer = Картаңыздын банкы төлөмдү четке какты. Акча чегерилген жок. Себебин картанын банкынан сураңыз же башка картаны колдонуп көрүңүз
topup-declined-code = Код үч жолу туура эмес киргизилди. Акча чегерилген жок
topup-declined-time = Код убагында киргизилген жок. Акча чегерилген жок

## Төлөмдөр: кызматтардын каталогу, эсепти жеткирүүчүдөн текшерүү
home-services = Төлөмдөр
services-title = Төлөмдөр
services-search = Издөө
services-search-placeholder = Оператор, жеткирүүчү, кызмат
services-none-yet = Кызматтардын каталогу али жүктөлө элек. Банк менен байланыш болгондо пайда болот
services-nothing-found = Эч нерсе табылган жок. Башка аталышты жазып көрүңүз
services-offline = Банк менен байланыш жок: сакталган каталог көрсөтүлдү
services-account-empty = Номерди же эсепти киргизиңиз
services-account-phone = Мобилдик телефондун номерин киргизиңиз
services-account-operator = Бул номер башка оператордуку
services-account-digits = Бул жерде сандар гана болот
services-account-length = Жеке эсеп — { $length } сан
services-account-contract = Келишимдин номери — латын тамгалары, сандар жана дефис, 5тен 16га чейин белги
services-account-check = Эсептин номеринде ката бар: сандарды текшериңиз
services-holder = Абонент: { $name }
services-debt = Карыз: { $amount }
services-check-offline = Банк менен байланыш жок: эсеп текшерилген жок. Төлөмдү байланыш болгондо жөнөтсө болот
services-limits = { $min } баштап { $max } чейин
services-operator = Оператор номер боюнча аныкталды: { $name }
services-amount-outside = Сумма жеткирүүчү кабыл алган чектен тышкары
pay-service-holder = Абонент
bank-service-account-not-found = Жеткирүүчүдө мындай эсеп жок. Номерди текшериңиз
bank-service-unavailable = Жеткирүүчү азыр жооп бербей жатат. Акча чегерилген жок, кийинчерээк аракет кылыңыз
bank-not-repeatable = Бул төлөм бир жолку: аны тандалгандарга сактоого болбойт
bank-schedule-invalid = Банк мындай график боюнча төлөмдү аткара албайт

## Тандалгандар жана үзгүлтүксүз төлөмдөр
home-favourites = Бардык тандалгандар
pay-favourite = Тандалган
favourites-title = Тандалгандар
favourites-empty = Бул жерде сиз сактаган төлөмдөр болот. Тарыхтагы каалаган төлөмдү ачып, «Тандалгандарга» баскычын басыңыз
favourites-offline = Банк менен байланыш жок: сакталган тандалгандар көрсөтүлдү
favourites-offline-retry = Банктын жообу келген жок. «Сактоо» баскычын кайра басыңыз: эч нерсе эки жолу сакталбайт
favourites-saved = Сакталды
favourites-save = Тандалгандарга
favourites-pay = Төлөө
favourites-edit = Өзгөртүү
favourites-schedule-new = Үзгүлтүксүз төлөм
favourites-schedule-change = График
favourites-rule-monthly = Ай сайын, { $day }-күнү
favourites-rule-weekly = Жума сайын: { $weekday }
favourites-rule-bill = Жеткирүүчүнүн ар бир эсеби боюнча
favourites-rule-paused = Токтотулду ({ $schedule })
favourites-rule-next = { $schedule } · кийинкиси { $date }
favourites-rule-refused = Акыркы төлөм өткөн жок: { $reason }
favourites-weekday-1 = Дш
favourites-weekday-2 = Шш
favourites-weekday-3 = Шр
favourites-weekday-4 = Бш
favourites-weekday-5 = Жм
favourites-weekday-6 = Иш
favourites-weekday-7 = Жш
favourites-day-name-1 = дүйшөмбү
favourites-day-name-2 = шейшемби
favourites-day-name-3 = шаршемби
favourites-day-name-4 = бейшемби
favourites-day-name-5 = жума
favourites-day-name-6 = ишемби
favourites-day-name-7 = жекшемби
favourites-save-title = Тандалгандарга
favourites-edit-title = Тандалганды өзгөртүү
favourites-payee = Алуучу: { $name }
favourites-name = Аталышы
favourites-name-placeholder = Мисалы, «Менин телефоным»
favourites-name-empty = Төлөмгө ат бериңиз
favourites-name-long = Аталышы 40 белгиден узун болбойт
favourites-submit = Сактоо
favourites-delete = Тандалгандардан өчүрүү
favourites-schedule-title = Үзгүлтүксүз төлөм
favourites-kind = Канча жолу
favourites-kind-monthly = Ай сайын
favourites-kind-weekly = Жума сайын
favourites-kind-bill = Эсеп боюнча
favourites-day = Айдын күнү
favourites-day-note = Айда мындай күн жок болсо, төлөм айдын акыркы күнү өтөт
favourites-day-invalid = Айдын күнү — 1ден 31ге чейин
favourites-weekday = Жуманын күнү
favourites-bill-note = Төлөм жеткирүүчү эсеп чыгарганда, эсептин суммасына өтөт
favourites-pause = Токтотуу
favourites-schedule-note = Банк төлөмдү өзү аткарат, телефон өчүк болсо да. Акча жетпесе, төлөм өтпөйт жана биз бул тууралуу кабарлайбыз
favourites-schedule-delete = Үзгүлтүксүз төлөмдү өчүрүү
