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
