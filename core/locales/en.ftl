# English texts. Every message here must exist in ru.ftl, ky.ftl and kk.ftl too (a test checks).

## Common
nav-back = Back
notice-dismiss = Close
notice-settings-not-saved = Your settings could not be saved. Please try again.

## Language screen (seed 000, step 3)
language-title = Choose your language
language-subtitle = You can change it later in settings
language-continue = Next
language-done = Done

## Intro pages (seed 000, steps 4–5)
intro-next = Next
intro-done = Done
intro-page-indicator = { $page } of { $count }
intro-qr-title = Pay by QR
intro-qr-body = Pay in shops and for services with the QR code of any bank in Kyrgyzstan.
intro-offline-title = Works offline
intro-offline-body = Your balance and history are always at hand. A payment made without a connection is sent exactly once when the network is back.
intro-split-title = Split the bill with friends
intro-split-body = Split a bill among friends and collect every share in a couple of taps.

## Home
home-title = Wallet
home-welcome = Welcome!
home-language = Language
