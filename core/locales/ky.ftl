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
