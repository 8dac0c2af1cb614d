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
bank-misconfigured = The app is misconfigured. Update it or contact support.
bank-offline = No connection to the bank. Check your internet: queued operations will be sent automatically once you're back online.
bank-no-answer = The bank did not answer in time. We'll retry automatically.
bank-unavailable = The bank is temporarily unavailable. Please try again a little later.
bank-session-ended = Your session is over. Please sign in again.
bank-session-replaced = You signed in to the wallet on another device, so the session here has ended. If that was you, sign in again.
bank-malformed = The bank sent an answer we could not read. Try later; if it happens again, contact support.
bank-untrusted = This connection doesn't lead to the bank: the network seems to be intercepting it (public Wi-Fi sometimes does). Nothing was sent. Switch to mobile data or another network and try again; if it happens on every network, update the app.
bank-untrusted-clock = We couldn't confirm that this connection leads to the bank: the bank's certificate doesn't match the date on your phone. Nothing was sent. Turn on automatic date and time in the phone's settings and try again.
bank-invalid-phone = The bank does not serve this number. Use a mobile number of Kyrgyzstan (+996) or Kazakhstan (+7).
bank-sms-code-invalid = Wrong code. Check the SMS and enter the code again.
bank-sms-code-expired = The code has expired. Ask for a new one.
bank-too-many-attempts = Too many attempts. Please wait, then ask for a new code.
bank-rate-limited = Too many requests from here. Please wait a little and try again.
bank-resend-too-soon = You can ask for a new code a little later.
bank-insufficient-funds = Insufficient funds in your account.
bank-limit-exceeded = The amount is over your limit. Complete identification to raise your limits.
bank-recipient-not-found = Recipient not found. Check the number or the details.
bank-currency-mismatch = The recipient's account is in a different currency.
bank-qr-invalid = The QR code is damaged or fake: its checksum does not match. Ask the seller to show the code again.
bank-qr-expired = The QR code has expired. Ask the seller for a new one.
bank-qr-already-paid = This QR code has been paid already.
bank-qr-amount-fixed = The QR code names another amount, which cannot be changed.
bank-fee-changed = The fee has changed. Check the new total and confirm again.
bank-amount-invalid = Enter an amount greater than zero.
bank-not-revocable = The operation can no longer be cancelled: the bank has executed it.
bank-kyc-required = This operation needs online identification first.
bank-document-invalid = The bank could not accept this photo. Take it again as a JPEG or PNG under 8 MB.
bank-document-missing = The bank is missing one of the photos. Open the checklist and take it again.
bank-kyc-already-submitted = Your application is already with the bank, or you have already been identified.
bank-refused = The bank refused the request. Try again or contact support.
bank-confirmation-required = A transfer to another bank must be confirmed with the code from the SMS. Ask for the code, check the amount and the recipient in the SMS, then enter the code.
bank-confirmation-invalid = This confirmation does not fit the transfer: the code was entered wrong too many times, or the amount or the recipient changed. Ask for a new code.
bank-confirmation-expired = The confirmation has expired. Ask for a new code and confirm the transfer again.
bank-confirmation-used = This SMS code has already confirmed a transfer. Check your history before sending again; a new transfer needs a new code.
bank-confirmation-not-needed = The recipient is a customer of our bank: this transfer needs no SMS code. Just confirm it.
bank-request-paid = This request has been paid already.
bank-request-cancelled = The person who sent this request cancelled it. There is nothing to pay.
bank-contacts-key-changed = The bank renewed how contacts are protected. Refresh the list again.

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
signin-not-kept = Couldn't save your sign-in on this phone. Please try again.
phone-not-a-number = This is not a phone number. Enter a mobile number of Kyrgyzstan (+996 555 123 456) or Kazakhstan (+7 701 123 45 67)
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
terms-renewal-subtitle = We have updated the terms. Read and accept them to keep using the wallet.
terms-update-app = The bank has published new terms. Update the app to read and accept them.
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

## Online identification (seed 000 steps 10–22)
kyc-title = Online identification
kyc-short-not-started = Not done
kyc-short-queued = Waiting to send
kyc-short-in-review = In review
kyc-short-approved = Passed
kyc-short-rejected = Rejected
kyc-short-resubmission = Needs fixing
kyc-status-loading = Loading…
kyc-status-why = Identification opens the wallet's full limits. You will need your passport, a photo of you holding it, your address and your workplace.
kyc-status-not-started = You have not been identified yet
kyc-status-queued = Your application is saved and waiting to be sent
kyc-status-queued-text = It will be sent to the bank automatically as soon as you're online.
kyc-status-sending = Sending your application…
kyc-status-in-review = Your application is in review
kyc-status-in-review-text = The bank is checking your details. We will tell you when it answers.
kyc-status-approved = Congratulations! You have been identified
kyc-status-approved-text = You now have the limits of an identified customer.
kyc-status-rejected = Your application was rejected
kyc-status-rejected-text = You can go through identification again, or visit any branch of the bank.
kyc-status-resubmission = The bank asks you to fix your application
kyc-status-resubmission-text = Fix only what is listed below and send the application again.
kyc-limit-single = Per operation
kyc-limit-daily = Per day
kyc-limit-monthly = Per month
kyc-start = Go through online identification
kyc-start-again = Start again
kyc-fix = Fix it
kyc-send-now = Send now
kyc-how-to = How does online identification work?
kyc-intro = To pass online identification, fill in all the details. Online identification is for residents of the Kyrgyz Republic only. Non-residents can be identified at any branch of the bank.
kyc-how-to-1 = Tap “User verification” and photograph the front of your passport, then the back.
kyc-how-to-2 = Take a photo of yourself holding the passport, with your face and the passport's front page visible.
kyc-how-to-3 = Type in your passport details and tap “Confirm”.
kyc-how-to-4 = Fill in “Address and work”.
kyc-how-to-5 = Tick the declarations and read the terms and rules.
kyc-how-to-6 = Tap “Send application” and wait for the message that you have been identified.
kyc-how-to-continue = Got it
kyc-how-to-close = Close
kyc-verification = User verification
kyc-address = Address and work
kyc-declare-beneficial-owner = I confirm that I am the beneficial owner (ultimate beneficiary)
kyc-declare-not-pep = I am not a politically exposed person
kyc-declare-resident = Customer status - resident
kyc-declare-phone-owner = I confirm that I own this phone number
kyc-declare-consent = I agree with and have read the terms and rules
kyc-non-resident = Online identification is for residents of the Kyrgyz Republic only. Please visit any branch of the bank with your passport.
kyc-ready = Your application is ready to send
kyc-submit = Send application
kyc-checklist-redo = The bank asks again for: { $items }
kyc-photo-front = Front of the passport
kyc-photo-back = Back of the passport
kyc-photo-selfie = Photo holding the passport
kyc-passport-data = Passport details
kyc-take = Take photo
kyc-retake = Retake
kyc-fill = Fill in
kyc-edit = Change
kyc-gallery = Choose from gallery
kyc-capture-front = Lay the passport on a flat dark surface and photograph the whole front side.
kyc-capture-back = Turn the passport over and photograph the whole back, with the machine-readable zone at the bottom.
kyc-capture-selfie = Photograph the passport next to your face: your face and the passport's front page must both be visible.
kyc-capture-step = Step { $step } of { $count }
kyc-photo-checking = Checking the photo…
kyc-photo-not-an-image = This is not a photo. Take one with the camera or choose a JPEG or PNG picture.
kyc-photo-unreadable = The photo is damaged and does not open. Please take it again.
kyc-photo-too-large = The file is larger than { $megabytes } MB. Take the photo with the app's camera.
kyc-photo-too-small = The photo is too small. Move closer so the document fills the frame.
kyc-photo-too-dark = Too dark. Turn on a light or move to a window.
kyc-photo-blurred = The photo is blurred. Hold the phone still and wait for it to focus.
kyc-photo-glare = There is glare on the document. Tilt the passport or move away from the lamp.
kyc-mrz-read = Machine-readable zone recognised: the passport details are filled in, please check them.
kyc-mrz-unreliable = The machine-readable zone was read with errors. Please type the details in.
kyc-passport-title = Passport
kyc-passport-subtitle = Your passport details
kyc-passport-from-mrz = The fields were filled in from the passport's machine-readable zone. Please check them.
kyc-field-surname = Surname
kyc-field-given-name = Given name
kyc-field-patronymic = Patronymic
kyc-field-patronymic-note = * If it is in your passport
kyc-field-birth-date = Date of birth
kyc-field-issue-date = Date of issue
kyc-field-expiry-date = Date of expiry
kyc-field-authority = Issuing authority
kyc-field-residence = Residence address
kyc-field-document-number = Document number
kyc-field-personal-number = Personal number
kyc-error-required = Please fill this in.
kyc-error-too-long = At most { $max } characters.
kyc-error-name = Letters, spaces, hyphens and apostrophes only.
kyc-error-date = A date as DD.MM.YYYY, for example 14.05.1990.
kyc-error-birth-future = The date of birth cannot be in the future.
kyc-error-underage = Online identification is from 18 years of age.
kyc-error-too-old = Please check the year of birth.
kyc-error-issue-before-birth = A passport cannot be issued before the date of birth.
kyc-error-issue-future = The date of issue cannot be in the future.
kyc-error-expired = The passport has expired. Get a new passport, then go through identification.
kyc-error-expiry-before-issue = A passport cannot expire before it was issued.
kyc-error-document-number = Passport number: two Latin letters and seven digits, for example ID1234567.
kyc-error-pin-length = The personal number has 14 digits.
kyc-error-pin-digits = The personal number has digits only.
kyc-error-pin-sex = The personal number starts with 1 or 2.
kyc-error-pin-date = Digits 2–9 of the personal number are the date of birth; here they are not a date.
kyc-error-pin-birth-date = The personal number does not match the date of birth.
kyc-error-mrz = This does not match the passport's machine-readable zone. Please check.
kyc-confirm = Confirm
kyc-cancel = Cancel
kyc-address-district = District
kyc-address-aiyl-aimak = Aiyl aimak
kyc-address-settlement = Village, settlement, urban-type settlement
kyc-address-microdistrict = Microdistrict, housing estate
kyc-address-street = Street
kyc-address-house = House number
kyc-address-apartment = Apartment number
kyc-address-workplace = Workplace
kyc-address-position = Position
kyc-error-district = Choose a district from the list.
kyc-error-characters = Please remove the stray characters.
kyc-error-house = A house number such as 12, 12A or 12/3.
kyc-error-apartment = An apartment number such as 5 or 5A.
kyc-next = Next
kyc-districts-search = Search districts
kyc-districts-none = Nothing found
kyc-consent-title = Consent to the processing of personal data
kyc-consent-1 = I consent to the bank collecting, storing and processing the personal data in my application, the photos of my passport and my photo with the passport, to identify me and to serve my electronic wallet.
kyc-consent-2 = To check the data in the databases of the State Registration Service and the State Register of National Passports of the Kyrgyz Republic, for as long as the electronic wallet exists.
kyc-consent-3 = To receive information and advertising messages at the phone number given in the application.
kyc-consent-4 = To use a simple electronic signature to confirm my actions with the electronic wallet.
kyc-consent-5 = To third parties as they provide me services in the app, to the mobile operator of my number, and to others for purposes consistent with the law on personal data.
kyc-consent-6 = This consent lasts as long as I am served and the records of that service are kept under the law of the Kyrgyz Republic. I have read the Agreement, the Rules, the Public Offer, the tariffs and the guide, and undertake to follow them.
kyc-consent-7 = I understand that identification may be refused if my data is incomplete or incorrect.
kyc-consent-read = I have read it
kyc-guarantee-title = Your passport details
kyc-guarantee-text = By tapping “CONFIRM” you guarantee that the data is correct and accept responsibility for this action
kyc-guarantee-confirm = CONFIRM
kyc-guarantee-cancel = CANCEL
kyc-residency-title = Customer status
kyc-residency-text = Are you a resident of the Kyrgyz Republic?
kyc-residency-yes = Yes, a resident
kyc-residency-no = No
kyc-approved-notice = Congratulations! You have been identified.
kyc-rejected-notice = The bank rejected your identification application. See why under “Online identification”.
kyc-resubmission-notice = The bank asks you to fix your identification application.
kyc-reason-document-expired = The passport has expired.
kyc-reason-underage = Online identification is from 18 years of age.
kyc-reason-not-resident = Online identification is for residents of the Kyrgyz Republic only. Please visit a branch of the bank.
kyc-reason-data-mismatch = The passport details do not match the machine-readable zone. Please check them.
kyc-reason-photo-unreadable = A photo could not be read. Please take it again in good light.
kyc-photo-missing = One of the photos is no longer on the phone. Open “User verification” and take it again.
kyc-not-saved = Could not save it on the phone. Please try again.

## Pay by QR
home-pay-qr = Pay by QR
pay-scan-title = Pay by QR
pay-scan-hint = Point the camera at the QR code
pay-scan-gallery = Choose from gallery
pay-scan-paste = Or paste a payment link
pay-scan-submit = Continue
pay-scan-not-a-code = This is not a payment QR code. Scan the seller's code or a payment link.
pay-scan-damaged = The QR code is damaged and can't be read. Ask to see it again or scan it from closer.
pay-scan-checksum = The QR code's checksum does not match: it may be fake. Do not pay with it, and tell the seller.
pay-scan-foreign = This is a QR code of another payment scheme. The wallet pays Kyrgyzstan's ELQR codes.
pay-scan-foreign-country = This is a QR code of another country's payment scheme ({ $country }). The wallet pays Kyrgyzstan's ELQR codes.
pay-scan-wrong-currency = The QR code asks for a currency your account does not hold (code { $code }).
pay-confirm-title = Confirm payment
pay-recipient = Recipient
pay-service = Service
pay-provider = Recipient's bank
pay-comment = Comment
pay-amount = Amount
pay-amount-not-a-number = Enter the amount in digits, e.g. 150 or 150.50
pay-amount-too-precise = At most two digits after the decimal point
pay-amount-zero = Enter an amount above zero
pay-amount-too-large = The amount is too large
pay-fee-after-amount = The fee shows once you enter the amount
pay-fee-loading = Getting the fee…
pay-fee = Fee: { $amount }
pay-fee-offline = No connection to the bank: the payment will queue and leave when online; the bank's tariff applies
pay-fee-unknown = Fee unknown
pay-total = Total to be debited: { $amount }
pay-balance-after = Left after: { $amount }
pay-retry-quote = Retry
pay-accounts-not-loaded = Your accounts have not loaded yet: wait for the balance to update and scan the code again
pay-confirm = Pay
pay-pin-title = Confirm the payment
pay-pin-subtitle = Enter your PIN
pay-pin-biometrics = Confirm with biometrics
pay-over-offline-limit = Offline, payments can be queued only up to the offline limit. Wait for a connection.
pay-account-unknown = The account has not loaded yet. Refresh the home screen and try again.
pay-not-queued = The payment was not saved. Please try again.

## The payment's result, notices, history by day (issue 15)
pay-result-saving = Saving the payment…
pay-result-paid = Paid
pay-result-transferred = Sent
pay-result-accepted = Accepted by the bank
pay-result-accepted-text = The bank is executing the payment; it usually takes a second. This screen will update automatically.
pay-result-queued = Waiting for a connection
pay-result-queued-text = The payment is saved on the phone and will go to the bank as soon as you're online.
pay-result-rejected = Payment failed
pay-result-transfer-rejected = Transfer failed
pay-result-cancelled = Payment cancelled
pay-result-transfer-cancelled = Transfer cancelled
pay-result-cancelled-text = No money was taken.
pay-result-fee = Fee: { $amount }
pay-result-total = Total: { $amount }
pay-result-done = Done
pay-result-receipt = Receipt
pay-result-details = Details
pay-result-cancel = Cancel payment
pay-result-cancel-transfer = Cancel transfer
pay-pin-amount = Amount
pay-pin-fee = Fee
pay-pin-total = Total
cancel-payment-title = Cancel the payment?
cancel-payment-text = Cancel the payment of { $amount }? The money goes back to your account.
cancel-payment-confirm = Cancel payment
cancel-transfer-title = Cancel the transfer?
cancel-transfer-text = Cancel the transfer of { $amount }? The money goes back to your account.
cancel-transfer-confirm = Cancel transfer
cancel-operation-keep = Keep it
notice-money-in = Received { $amount } from { $from }
split-remind-sent = Reminder sent
split-cancel-sent = Requests cancelled
transfer-own-number = That is your own number. To add money to the wallet, use “Receive by QR” or a transfer from another bank
receive-copy-link = Copy link
receive-again = Receive more
pay-scan-wrong-currency-kgs = The QR code asks for payment in som, and you have no som account.
pay-scan-wrong-currency-kzt = The QR code asks for payment in tenge, and you have no tenge account.
pay-scan-wrong-currency-usd = The QR code asks for payment in US dollars, and you have no dollar account.
shake-failed-offline = No connection to the bank, so no match can be found
signin-sending = Sending the SMS with your code…
signin-checking = Checking the code…
pin-saving = Saving your PIN…
pin-checking = Checking your PIN…
text-hidden-character = Remove the invisible or control character (such as a text-direction change): with it the text may show differently from what was typed
pay-scan-hidden-text = The QR code holds hidden characters that could disguise the recipient's name or the comment. Don't pay with it, and tell the seller.
bank-text-invalid = The bank didn't accept the text: it holds an invisible or control character. Remove it and try again.
bank-terms-version-unknown = The bank does not know this edition of the terms. Update the app to accept the terms in force.
pin-awaiting-biometrics = Touch the sensor or look at the camera…
home-inbox = Notifications
inbox-title = Notifications
inbox-empty = No notifications yet. Money in, executed payments and the bank's answers will show here.
inbox-read-all = Mark all read
inbox-money-in = Money in
inbox-money-in-text = { $amount } from { $name }
inbox-executed = Operation executed
inbox-rejected = Operation rejected
inbox-operation-text = { $amount } — { $name }
inbox-request-paid = Request paid
inbox-request-paid-text = { $name } paid { $amount }
inbox-reminder = Payment reminder
inbox-reminder-text = { $name } reminds you of a request for { $amount }
inbox-kyc-approved = Identification passed
inbox-kyc-approved-text = The limits of an identified customer now apply.
inbox-kyc-rejected = Identification not passed
inbox-kyc-rejected-text = Open “Online identification” to see why.
inbox-kyc-resubmit = The bank asks you to send it again
inbox-kyc-resubmit-text = Open “Online identification”: it says what to send.
receipt-share = Share
operation-repeat = Repeat
receipt-share-title = Receipt
receipt-share-text = Receipt No. { $number }: { $amount }, { $name }
receipt-not-made = Couldn't prepare the receipt. Please try again.
share-close = Close
receipt-bank = Wallet · Sandbox Bank
receipt-title-payment = Payment receipt
receipt-title-transfer = Transfer receipt
receipt-title-in = Receipt of money in
receipt-when = Date and time (Bishkek)
receipt-amount = Amount
receipt-fee = Fee
receipt-total = Total
receipt-payer = Payer
receipt-payee = Recipient
receipt-number = Operation number
receipt-bank-id = Operation ID at the bank
receipt-comment = Comment
receipt-signed = Signed by the bank (key { $key }); the phone checked the signature.
history-today = Today
history-yesterday = Yesterday
history-day = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
history-day-year = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
qr-image-not-an-image = This is not a picture. Choose a JPEG or PNG photo.
qr-image-too-large = The picture is too large. Choose a smaller one.
qr-image-no-code = No QR code was found in the picture. Choose one where the whole code shows.
qr-image-unreadable = The QR code in the picture can't be read. Try a sharper photo.
qr-text-too-long = Too much data for a QR code. Shorten the comment.

## Receive by QR
home-receive = Receive by QR
receive-title = Receive by QR
receive-account-label = Account
receive-account = { $currency ->
    [KGS] Som account
    [KZT] Tenge account
    [USD] US dollar account
   *[other] { $currency } account
}
receive-name-label = Recipient
receive-amount = Amount (optional)
receive-comment = Comment (optional)
receive-comment-hint = Up to { $max } characters
receive-comment-too-long = The comment is longer than { $max } characters ({ $count }): shorten it, or the code won't scan
receive-hint-static = Anyone can pay any amount with this code
receive-hint-amount = A code for { $amount }: it can be paid once
receive-share = Share
receive-share-static = Send me money with this link: { $link }
receive-share-amount = Send me { $amount } with this link: { $link }
receive-clear = No amount
receive-no-account = The account has not loaded yet. Refresh the home screen and try again.
receive-code-too-long = The details do not fit in a payment code. Shorten the comment, or contact the bank.
receive-code-failed = The code could not be made. Please try again or contact the bank.

## Transfer by phone number (seed 004 §5.12, §5.25)
home-transfer = Transfer by phone number
transfer-title = Transfer by phone number
transfer-phone = Recipient's phone number
transfer-recipient = Recipient: { $name }
transfer-bank = Bank: { $bank }
transfer-interbank-note = Transfer to another bank: the bank's fee applies, confirmed with a code by SMS
transfer-large-note = A transfer over { $limit }: confirmed with a code by SMS
transfer-lookup-offline = No connection to the bank: we cannot show the recipient. Retry when you are online
transfer-amount-placeholder = 0.00
transfer-comment = Comment (optional)
transfer-comment-too-long = The comment is longer than { $max } characters: shorten it
transfer-continue = Continue
transfer-code-title = Confirm the transfer
transfer-code-compare = Compare with the SMS: a transfer of { $amount } to { $name } ({ $bank }). Enter the code only if everything matches
transfer-code-title-payment = Confirm the payment
transfer-code-compare-payment = Compare with the SMS: a payment of { $amount } to { $name }. Enter the code only if everything matches
transfer-code-sending = Sending the SMS with the code…
transfer-code-sent = We sent an SMS with the code to { $phone }
transfer-code-not-sent = The code was not sent
transfer-code-offline = No connection to the bank: the code was not sent. Tap “Send the code again” when you are online
transfer-code-submit = Confirm

## Shake to pay (seed 001 §4.10.8)
home-shake = Shake to pay
shake-title = Shake to pay
shake-choose = Are you paying or getting paid? Choose, then shake your phone next to the other person's phone
shake-as-payer = Pay
shake-as-payee = Get paid
shake-amount = Amount to receive (optional)
shake-amount-placeholder = Any — the payer decides
shake-fix-amount = Correct the amount, then shake your phone
shake-listening-payer = Shake your phone next to the recipient's phone
shake-listening-payee = Shake your phone next to the payer's phone
shake-searching = Looking for the phone shaken next to yours…
shake-matched-payer = Pay { $name }? Check this is the person you are paying
shake-matched-payee = Get paid by { $name }? Check this is the person paying you
shake-waiting-for-peer = Waiting for { $name } to confirm…
shake-paying = { $name } confirmed. All that is left is to pay
shake-awaiting-payment = { $name } is confirming the payment with their PIN; the money will arrive in a few seconds
shake-done = Payment from { $name } received: { $amount }
shake-ambiguous = Several phones were shaken nearby — shake again
shake-expired = Nobody was found. Shake both phones at the same time, next to each other
shake-cancelled = You cancelled the shake. No money was sent
shake-cancelled-by-peer = The other phone cancelled the shake. No money was sent
shake-failed = No match was made
shake-offline = No connection to the bank. Check your internet and shake again
shake-peer-payee = Recipient
shake-peer-payer = Payer
shake-peer-phone = Phone
shake-amount-payer-chooses = Not set — the payer chooses
shake-confirm = Confirm
shake-cancel = Cancel
shake-again = Shake again
shake-done-button = Done
bank-shake-not-matched = The shake no longer awaits confirmation: it was cancelled or the time ran out. Shake again
bank-shake-not-confirmed = The other person cancelled the shake or has not confirmed it yet. The payment was not sent
bank-shake-amount-mismatch = The recipient asked for another amount. Shake again
bank-shake-already-paid = This shake has already been paid. Check your history

## Split the bill (seed 001 §4.10.13)
home-split = Split the bill
split-title = Split the bill
split-new-bill = New bill
split-incoming-title = You are asked to pay
split-incoming-text = { $name } asks you for { $amount }
split-incoming-reminded = { $count ->
    [one] Reminded once
   *[other] Reminded { $count } times
}
split-incoming-pay = Pay
split-bills-title = My bills
split-bills-empty = No bills yet. Split a bill with friends: each gets a request for their share.
split-open-bill = Open
split-status-settled = Everyone has paid
split-status-cancelled = Cancelled
split-status-collecting = { $paid } of { $asked } paid: { $collected } of { $total }
split-editor-title = New bill
split-source-payment = From the payment: { $name }
split-source-code = From the QR code: { $name }
split-name-label = Name (shown in the request)
split-total-label = Bill total
split-tip-label = Tip or service charge (optional)
split-tip-hint = A percentage such as 10%, or an amount such as 150
split-mode-equal = Equally
split-mode-shares = By shares
split-mode-percent = By percentages
split-mode-exact = By exact amounts
split-mode-items = By items
split-include-me = I pay my share too
split-people-title = People
split-me = Me
split-delivery-wallet = Has the wallet
split-delivery-phone = Request by number
split-delivery-link = Gets a payment link
split-value-share = Share
split-value-percent = %
split-value-amount = Amount
split-remove = Remove
split-items-title = Items
split-add-item = Add an item
split-new-name = Name
split-new-phone = Phone number (optional)
split-add-person = Add
split-contacts-title = Contacts
split-contact-add = Add
split-contact-added = Added
split-contacts-not-read = Allow access to your contacts to pick from them. Numbers never leave the phone in the clear.
split-contacts-checking = Checking who has the wallet…
split-contacts-stale = The bank is out of reach: showing who had the wallet at the last check
split-contacts-offline = The bank is out of reach: could not check who has the wallet. Try again later
split-contacts-failed = Could not check the contacts. Try again
split-contacts-budget = Too many numbers were checked today. The other contacts can be checked tomorrow
split-contacts-refresh = Refresh
split-summary = Total { $total }
split-summary-tip = Total { $total }, including a tip of { $tip }
split-send = Send the requests
split-title-missing = Name the bill: the name is shown in the request
split-nobody-to-ask = Add at least one person besides yourself
split-fix-first = Fix the bill first: it does not split
split-not-saved = Could not save on the phone. Try again
split-person-needs-name = Type a name or a phone number
split-person-twice = This person is on the bill already
split-person-is-me = That is your own number. To pay a share yourself, turn on “I pay my share too”
split-too-many-people = At most 30 people on one bill
split-too-many-items = At most 50 items on one bill
split-bill-loading = Loading the bill…
split-bill-settled = Everyone has paid: the bill is settled
split-bill-cancelled = The bill was cancelled
split-bill-collected = Collected { $collected } of { $total }
split-bill-total = Bill total { $total }
split-bill-total-tip = Bill total { $total }, including a tip of { $tip }
split-bill-missing = This bill is no longer on the phone
split-pay-bill = Pay the bill
split-cancel-bill = Cancel the bill
split-cancel-queued = The requests are being cancelled. Without a connection, they are cancelled once it is back
split-remind = Remind
split-remind-queued = The reminder is on its way
split-remind-nothing = Nothing to remind of: the request was paid or cancelled
split-person-mine = My share
split-person-nothing = Owes nothing
split-person-queued = Request queued: it goes out once there is a connection
split-person-cancelling = Cancelling…
split-person-paid = Paid
split-person-cancelled = Request cancelled
split-person-waiting-wallet = Waiting: the request is in their wallet
split-person-waiting-link = Waiting for payment by link
split-person-reminded = { $count ->
    [one] Waiting: reminded once
   *[other] Waiting: reminded { $count } times
}
split-share-text = “{ $title }”: your share is { $amount }. Pay by this link: { $link }
split-from-payment = Split the bill
split-from-code = Split this bill
split-rounding-exact = Splits exactly
split-rounding-up-remainder = +1 tyiyn: leftover tyiyns go to the largest remainders
split-rounding-up-first-listed = +1 tyiyn: equal remainders, the leftover tyiyn goes to the first listed
split-rounding-down-remainder = Rounded down: others' remainders were larger
split-rounding-down-listed-later = Rounded down: equal remainders, the leftover tyiyn went to someone listed earlier
split-no-people = Add at least one person
split-empty-name = Person { $position } has no name
split-duplicate-name = “{ $name }” is on the list already
split-total-not-positive = The bill total must be more than zero
split-not-an-amount = “{ $text }” is not an amount. Type, for example, 1000 or 1000.50
split-not-a-percent = “{ $text }” is not a percentage. Type a number from 0 to 100, for example 33.33
split-not-a-share = “{ $text }” is not a share. Shares are whole numbers, for example 2 and 1
split-count-mismatch = { $list ->
    [shares] { $given } shares for { $people } people
    [percentages] { $given } percentages for { $people } people
   *[amounts] { $given } amounts for { $people } people
}
split-shares-zero = Every share is zero: give someone a share
split-percent-not-100 = The percentages add up to { $sum }, not 100
split-exact-mismatch = The amounts add up to { $sum }, but the bill is { $total }
split-negative-amount = An amount cannot be negative: { $amount }
split-currency-mismatch = The bill is in { $expected }, but an amount is in { $found }
split-no-items = Add at least one item
split-item-unassigned = Nobody is marked for item { $position } (“{ $item }”)
split-item-unknown-person = Item { $position } (“{ $item }”) is marked for someone not on the bill
split-too-large = The amounts are too large
split-balances-not-zero = The group's balances do not add up: off by { $sum }
split-bill-mismatch = Paid { $paid }, but the shares add up to { $shares }
split-member-count = The group has { $members } members, but the bill lists { $given }
split-unknown-member = “{ $name }” is not in the group
split-groups-title = Groups
split-group-bills = { $count ->
    [one] { $count } bill
   *[other] { $count } bills
}
split-group-settled = Everyone is even
split-group-payments-title = To settle up
split-group-payment = { $from } → { $to }: { $amount }
split-group-owed = Gets back { $amount }
split-group-owes = Owes { $amount }
split-group-even = Even
split-group-label = Group (optional)
split-group-hint = For example, “Issyk-Kul trip”: the group's bills show who owes whom
split-payer-label = Who paid
split-save-group = Save to the group
split-group-needed = When someone else paid, the bill only counts in a group: name it
split-paid-by = Paid by { $name }
split-bill-group = Group: { $name }
split-person-group = Share in the group
split-share-link = Share the link

## Bank: notifications and the review (issue 15)
kyc-reason-not-the-customer = This passport does not belong to the account holder. Please complete online identification with your own passport, or visit a branch of the bank.

## Shells: the system's prompts and what a screen reader says
system-biometric-unlock = Sign in to Wallet
system-biometric-payment = Confirm the payment
system-biometric-enable = Fingerprint or face sign-in
system-biometric-subtitle = Touch the sensor or look at the screen
system-biometric-cancel = Enter your PIN
system-camera-denied = The camera is not allowed. Allow it in your phone's settings.
system-contacts-denied = Contacts are not allowed. Allow them in your phone's settings or type the number.
system-open-settings = Open settings
system-torch-on = Turn the torch on
system-torch-off = Turn the torch off
pin-entered = { $entered } of { $length } digits entered
home-inbox-unread = { $count } new
transfer-pick-contact = Choose from contacts
split-modes-title = How to split
split-item-name = Item
split-item-price = Price

## Top-up: from another bank's card (3-D Secure), the account's details
home-top-up = Top up
bank-card-invalid = The bank didn't accept the card: check its number, expiry date and CVV
topup-title = Top up
topup-cards-title = From a card
topup-new-card = From another bank's card
topup-receive = Receive by QR code
topup-details-title = Details for a transfer from another bank or a payment terminal
topup-details-loading = Loading the details…
topup-details-share = Share the details
topup-details-holder = Recipient
topup-details-account = Account number
topup-details-bank = Bank
topup-details-bic = BIC
topup-details-currency = Account currency
topup-details-wallet = Wallet number for terminals
topup-copy = Copy
topup-copied = Copied
topup-offline = No connection to the bank. The details and saved cards will show once you're back online
topup-card-title = Top up from a card
topup-number = Card number
topup-expiry = Expiry date
topup-cvv = CVV2/CVC2
topup-holder = Name on the card (optional)
topup-save-card = Remember the card for next time
topup-saved-card = Card { $card }, valid until { $expiry }
topup-amount = Top-up amount
topup-fee = Fee: { $fee }
topup-total = { $total } will be charged to the card
topup-card-note = The card number and CVV are never stored on the phone. Next, your card's bank will text you a confirmation code
topup-submit = Top up
topup-number-empty = Enter the card number
topup-number-digits = A card number has only digits
topup-number-scheme = We accept Elcart, Visa, Mastercard and MIR cards
topup-number-length = The number has too few or too many digits
topup-number-check = There's a typo in the card number: check the digits
topup-expiry-format = The expiry date is month and year: MM/YY
topup-expiry-month = The month is 01 to 12
topup-expiry-expired = The card has expired
topup-expiry-far = Check the year: cards aren't valid that long
topup-cvv-digits = The CVV is the three digits on the back of the card
topup-holder-too-long = The name on the card is at most 26 letters
topup-holder-latin = Write the name in Latin letters, as on the card
topup-quote-offline = No connection to the bank, so the fee is unknown. Top-ups from a card need a connection
topup-offline-retry = The bank's answer didn't arrive. Tap “Top up” again: you won't be charged twice
topup-code-title = Code from your card's bank
topup-code-explain = { $issuer } texted a code for card { $card }. Check the amount: { $amount }. Enter the code only if everything matches
topup-code-expires = The code is valid until { $time }
topup-code-wrong = Wrong code. Attempts left: { $left }
topup-code-offline = The bank's answer didn't arrive. Tap “Confirm” again: the money is credited once
topup-result-card = Card
topup-result-amount = Credited to the account
topup-result-fee = Fee
topup-result-charged = Charged to the card
topup-result-done = { $amount } credited
topup-result-receipt = Receipt
topup-result-declined = The top-up didn't go through
topup-result-again = Try again
topup-declined-issuer = Your card's bank declined the payment. No money was taken. Ask your card's bank why, or try another card
topup-declined-code = The code was entered wrong three times. No money was taken
topup-declined-time = The code wasn't entered in time. No money was taken

## Payments: the services catalogue, the provider's check of the account
home-services = Payments
services-title = Payments
services-search = Search
services-search-placeholder = Operator, provider, service
services-none-yet = The services catalogue hasn't loaded yet. It will appear once you're connected to the bank
services-nothing-found = Nothing found. Try another name
services-offline = No connection to the bank: showing the saved catalogue
services-account-empty = Enter the number or account
services-account-phone = Enter a mobile phone number
services-account-operator = This number belongs to another operator
services-account-digits = Digits only here
services-account-length = The personal account has { $length } digits
services-account-contract = A contract number has 5 to 16 Latin letters, digits and hyphens
services-account-check = There's a typo in the account number: check the digits
services-holder = Subscriber: { $name }
services-debt = Amount due: { $amount }
services-check-offline = No connection to the bank, so the account wasn't checked. You can pay once you're back online
services-limits = From { $min } to { $max }
services-operator = Operator found by the number: { $name }
services-amount-outside = The amount is outside what the provider accepts
pay-service-holder = Subscriber
bank-service-account-not-found = The provider has no such account. Check the number
bank-service-unavailable = The provider isn't answering right now. No money was taken; try again later
bank-not-repeatable = This payment is one-time: it can't be saved to favourites
bank-schedule-invalid = The bank can't run a payment on this schedule

## Favourites and regular payments
home-favourites = All favourites
pay-favourite = Favourite
favourites-title = Favourites
favourites-empty = Payments you save will appear here. Open any payment in your history and tap “Save to favourites”
favourites-offline = No connection to the bank: showing your saved favourites
favourites-offline-retry = The bank's answer didn't arrive. Tap “Save” again: nothing will be saved twice
favourites-saved = Saved
favourites-save = Save to favourites
favourites-pay = Pay
favourites-edit = Edit
favourites-schedule-new = Regular payment
favourites-schedule-change = Schedule
favourites-rule-monthly = Monthly, on day { $day }
favourites-rule-weekly = Weekly: { $weekday }
favourites-rule-bill = On every bill from the provider
favourites-rule-paused = Paused ({ $schedule })
favourites-rule-next = { $schedule } · next { $date }
favourites-rule-refused = The last payment didn't go through: { $reason }
favourites-weekday-1 = Mon
favourites-weekday-2 = Tue
favourites-weekday-3 = Wed
favourites-weekday-4 = Thu
favourites-weekday-5 = Fri
favourites-weekday-6 = Sat
favourites-weekday-7 = Sun
favourites-day-name-1 = Monday
favourites-day-name-2 = Tuesday
favourites-day-name-3 = Wednesday
favourites-day-name-4 = Thursday
favourites-day-name-5 = Friday
favourites-day-name-6 = Saturday
favourites-day-name-7 = Sunday
favourites-save-title = Save to favourites
favourites-edit-title = Edit favourite
favourites-payee = Recipient: { $name }
favourites-name = Name
favourites-name-placeholder = For example, “My phone”
favourites-name-empty = Give the payment a name
favourites-name-long = The name is at most 40 characters
favourites-submit = Save
favourites-delete = Remove from favourites
favourites-schedule-title = Regular payment
favourites-kind = How often
favourites-kind-monthly = Monthly
favourites-kind-weekly = Weekly
favourites-kind-bill = On a bill
favourites-day = Day of the month
favourites-day-note = If a month has no such day, the payment goes on its last day
favourites-day-invalid = The day of the month is 1 to 31
favourites-weekday = Day of the week
favourites-bill-note = The payment goes when the provider issues a bill, for the bill's amount
favourites-pause = Pause
favourites-schedule-note = The bank makes the payment itself, even when your phone is off. If there isn't enough money, the payment won't go through and we'll let you know
favourites-schedule-delete = Delete the regular payment
