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
bank-document-invalid = The bank could not take this photo. Take it again as a JPEG or PNG under 8 MB.
bank-document-missing = The bank is missing one of the photos. Open the checklist and take it again.
bank-kyc-already-submitted = Your application is already with the bank, or you are identified already.
bank-refused = The bank refused the request. Try again or contact support.

## Sign-in (seed 000, steps 6–7)
signin-phone-title = Phone number
signin-phone-subtitle = Sign in with your number — we will text you a code
signin-phone-label = Phone number
signin-submit = Sign in
signin-code-title = Code from the SMS
signin-code-subtitle = We sent a code to { $phone }
signin-code-label = Code
signin-code-incomplete = Enter the whole code from the SMS
signin-attempts-left = Attempts left: { $count }
signin-not-kept = The sign-in could not be kept on this phone. Please try again.
phone-not-a-number = This is not a phone number. Enter a mobile number: +996 555 123 456 or +7 701 123 45 67
phone-landline = This is a landline. A mobile number is needed: +996 555 123 456 or +7 701 123 45 67
phone-other-country = The wallet works with mobile numbers of Kyrgyzstan (+996) and Kazakhstan (+7)

## Home, signed in
home-sign-in = Sign in
home-sign-in-hint = Sign in with your phone number to see your balance and pay
home-balance = Balance
home-available = Available: { $amount }
home-syncing = Updating…
home-synced-at = Updated at { $time }
home-offline-as-of = Offline — as of { $time }
home-offline-never = Offline — nothing from the bank yet
home-bank-failed-as-of = The bank is unavailable — as of { $time }
home-waiting = { $count ->
    [one] { $count } operation waits to be sent when you are back online
   *[other] { $count } operations wait to be sent when you are back online
}
home-recent = Recent operations
home-all-history = All history
home-refresh = Refresh

## History (seed 003)
history-title = History
history-empty = No operations yet
history-load-more = Show more
history-damaged = Damaged record
history-resync = Download the history again
kind-payment = Payment
kind-transfer-out = Transfer
kind-transfer-in = Money received
kind-top-up = Top-up
status-queued = Queued
status-accepted = Accepted by the bank
status-executed = Executed
status-rejected = Rejected
status-cancelled = Cancelled
operation-title = Operation
operation-field-status = Status
operation-field-date = Date
operation-field-reason = Reason
operation-field-comment = Comment
operation-field-fee = Fee
operation-field-number = Operation number
operation-field-executed = Executed by the bank
operation-receipt-verified = The receipt is signed by the bank; the signature checks out
operation-receipt-invalid = The bank's signature on the receipt does not check out — it does not confirm the operation
operation-receipt-none = The receipt appears once the bank executes the operation
operation-cancel = Cancel
operation-cancelled = The operation was cancelled
operation-cancel-sending = The operation is on its way to the bank. Check its status in a minute.
operation-damaged = The record of this operation is damaged. Download the history again.
notice-local-data-cleared = The data on this phone could not be read and was cleared. The history will download again from the bank.
notice-unsent-lost = { $count ->
    [one] { $count } unsent operation was lost — please check your history.
   *[other] { $count } unsent operations were lost — please check your history.
}
store-damaged = Part of the data on this phone is damaged. Download the history again.
sync-failed = The data could not be updated. We will try again.

## Sign-in: resend and lifetime
signin-resend = Send the code again
signin-resend-in = You can ask for a new code in { $time }
signin-code-lifetime = { $count ->
    [one] The code is valid for { $count } minute
   *[other] The code is valid for { $count } minutes
}
reset-phone-title = Confirm your number
reset-phone-subtitle = To set a new PIN, confirm your phone number with an SMS code

## Terms (seed 000, step 8)
terms-title = Terms of use
terms-subtitle = Tick every item to continue. Tap “Read” to open a document.
terms-read = Read
terms-continue = Continue
terms-agree = I accept
terms-edition = Edition of 1 November 2026
terms-not-saved = Your acceptance could not be saved. Please try again.
terms-offer-label = I accept the public offer of the e-wallet
terms-offer-title = Public offer of the e-wallet
terms-offer-1 = The wallet is the bank's e-wallet in som. By opening it you accept this offer in full.
terms-offer-2 = Payments and transfers are made on your instruction in the app. The bank signs every completed operation, and the receipt is kept in the app.
terms-offer-3 = Operation limits depend on whether you have completed identification. Without it, only small amounts are available.
terms-offer-4 = You may close the wallet at any time by contacting the bank; the balance will be returned to you.
terms-privacy-label = I consent to the collection and processing of my personal data
terms-privacy-title = Consent to personal data processing
terms-privacy-1 = The bank processes your phone number, passport details and operation history to run the wallet and to meet the law of the Kyrgyz Republic.
terms-privacy-2 = Data on the phone is stored encrypted. The PIN is stored nowhere — neither on the phone nor at the bank.
terms-privacy-3 = You may withdraw consent by contacting the bank; the wallet will then be closed.
terms-remote-label = I have read the rules of remote banking
terms-remote-title = Rules of remote banking
terms-remote-1 = The wallet can be signed in on one device only: signing in on another ends the session on the previous one.
terms-remote-2 = Never tell anyone your PIN or SMS codes — bank staff never ask for them.
terms-remote-3 = Before entering an SMS code, compare the amount and recipient in the message with what you see in the app.
terms-remote-4 = Finish with “Sign out” or lock the app; it locks itself after a few idle minutes. If you lose your phone, tell the bank at once.

## PIN (seed 000, step 9) and biometrics
pin-create-title = Create a PIN
pin-create-subtitle = 4 digits to open the wallet
pin-repeat-title = Repeat the PIN
pin-repeat-subtitle = Enter the same PIN once more
pin-current-title = Current PIN
pin-current-subtitle = Enter the PIN you use now
pin-new-title = New PIN
pin-unlock-title = Enter your PIN
pin-unlock-subtitle = To open the wallet
pin-erase = Erase
pin-forgot = Forgot your PIN?
pin-use-biometrics = Use fingerprint or face
pin-weak-same = Too simple: repeated digits are easy to guess. Choose another PIN.
pin-weak-sequence = Too simple: digits in a row are easy to guess. Choose another PIN.
pin-weak-pair = Too simple: repeating pairs are easy to guess. Choose another PIN.
pin-weak-year = This PIN looks like a year, and a birth year is easy to guess. Choose another PIN.
pin-mismatch = The PINs did not match. Create your PIN again.
pin-wrong = Wrong PIN.
pin-left-before-wipe = { $count ->
    [one] { $count } attempt left, then you will have to confirm sign-in by SMS.
   *[other] { $count } attempts left, then you will have to confirm sign-in by SMS.
}
pin-locked = Too many wrong attempts. Try again in { $time }
pin-try-again = You can try again now.
pin-failed = The PIN could not be checked on this phone. Please try again.
pin-changed = Your PIN has been changed.
pin-wiped = A wrong PIN was entered 10 times. For your safety, sign-in on this phone was reset — confirm your number with an SMS code.
biometrics-title = Fingerprint or face sign-in
biometrics-body = Open the wallet without the PIN. Your PIN stays — you will need it if biometrics fail.
biometrics-enable = Turn on
biometrics-skip = Not now
biometrics-failed = Biometric sign-in could not be turned on. Try later in the settings.
biometrics-changed = The biometrics on this phone changed, so biometric sign-in was turned off. Enter your PIN.

## Settings and dialogs
settings-title = Settings
settings-account = Signed in as { $phone }
settings-change-pin = Change PIN
settings-biometrics = Fingerprint or face sign-in
settings-auto-lock = Lock when idle for
settings-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
settings-logout = Sign out
dialog-cancel = Cancel
logout-title = Sign out of the wallet?
logout-text = To sign in again you will need your phone number and an SMS code.
logout-unsent = { $count ->
    [one] { $count } operation has not reached the bank yet. If you sign out now, it will not be sent.
   *[other] { $count } operations have not reached the bank yet. If you sign out now, they will not be sent.
}
logout-confirm = Sign out
logout-confirm-anyway = Sign out anyway
forgot-title = Forgot your PIN?
forgot-text = Confirm your phone number with an SMS code, then create a new PIN. Your history and queued operations stay.
forgot-confirm = Get a code
