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

## Talking to the bank
bank-misconfigured = The app is set up wrongly. Update it or contact support.
bank-offline = No connection to the bank. Check your internet — queued operations will be sent by themselves once you are back online.
bank-no-answer = The bank did not answer in time. We will retry by ourselves.
bank-unavailable = The bank is temporarily unavailable. Please try again a little later.
bank-session-ended = Your session is over. Please sign in again.
bank-session-replaced = You signed in to the wallet on another device, so the session here has ended. If that was you, sign in again.
bank-malformed = The bank sent an answer we could not read. Try later; if it happens again, contact support.
bank-invalid-phone = The bank does not serve this number. Use a mobile number of Kyrgyzstan (+996) or Kazakhstan (+7).
bank-sms-code-invalid = Wrong code. Check the SMS and enter the code again.
bank-sms-code-expired = The code has expired. Ask for a new one.
bank-too-many-attempts = Too many attempts. Please wait, then ask for a new code.
bank-resend-too-soon = You can ask for a new code a little later.
bank-insufficient-funds = Not enough money on the account.
bank-limit-exceeded = The amount is over your limit. Complete identification to raise your limits.
bank-recipient-not-found = Recipient not found. Check the number or the details.
bank-currency-mismatch = The recipient takes another currency.
bank-amount-invalid = Enter an amount greater than zero.
bank-not-revocable = The operation can no longer be cancelled: the bank has executed it.
bank-kyc-required = This operation needs online identification first.
bank-refused = The bank refused the request. Try again or contact support.
