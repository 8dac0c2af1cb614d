import Foundation

// What every screen of the shell reads from a view the same way. The switches name every kind of screen with no
// `default`, so a new kind of screen does not compile here (on Linux too) until it is named; the app's RootView
// does the same for drawing it.

extension ViewModel {
    /// What the system back gesture sends: the dialog's «cancel», the share sheet's «close», else the view's back;
    /// `nil` when back leads nowhere.
    public var backEvent: Event? {
        if let cancel = dialog?.cancel, cancel.enabled { return cancel.event }
        if let close = share?.close { return close.event }
        if let back, back.enabled { return back.event }
        return nil
    }

    /// Whether the view says something is on its way (the shell shows progress).
    public var isBusy: Bool {
        switch screen {
        case .phone(let s): s.busy
        case .code(let s): s.busy
        case .terms(let s): s.busy
        case .pin(let s): s.busy
        case .biometrics(let s): s.busy
        case .history(let s): s.loading
        case .operation(let s): s.busy
        case .kycStatus(let s): s.busy
        case .kycCapture(let s): s.checking
        case .payScan(let s): s.busy
        case .payConfirm(let s): s.busy
        case .payResult(let s): s.busy
        case .inbox(let s): s.loading
        case .transfer(let s): s.busy
        case .transferCode(let s): s.busy
        case .shake(let s): s.busy
        case .splitEditor(let s): s.busy
        case .splitBill(let s): s.loading
        case .services(let s): s.busy
        case .servicePay(let s): s.busy
        case .topUp(let s): s.busy
        case .cardTopUp(let s): s.busy
        case .cardChallenge(let s): s.busy
        case .favourites(let s): s.busy
        case .favouriteEdit(let s): s.busy
        case .regularEdit(let s): s.busy
        case .language, .intro, .termsDocument, .settings, .home, .kycHowTo, .kycChecklist, .kycVerification,
             .kycPassport, .kycAddress, .kycDistricts, .kycConsent, .receive, .splitBills, .splitGroup, .topUpResult:
            false
        }
    }
}

extension Screen {
    /// The screen's title or headline, as the core wrote it: what VoiceOver announces when the screen changes.
    public var title: String {
        switch self {
        case .language(let s): s.title
        case .intro(let s): s.title
        case .phone(let s): s.title
        case .code(let s): s.title
        case .terms(let s): s.title
        case .termsDocument(let s): s.title
        case .pin(let s): s.title
        case .biometrics(let s): s.title
        case .settings(let s): s.title
        case .home(let s): s.title
        case .history(let s): s.title
        case .operation(let s): s.title
        case .kycStatus(let s): s.title
        case .kycHowTo(let s): s.title
        case .kycChecklist(let s): s.title
        case .kycVerification(let s): s.title
        case .kycCapture(let s): s.title
        case .kycPassport(let s): s.title
        case .kycAddress(let s): s.title
        case .kycDistricts(let s): s.title
        case .kycConsent(let s): s.title
        case .payScan(let s): s.title
        case .payConfirm(let s): s.title
        case .payResult(let s): s.headline
        case .inbox(let s): s.title
        case .receive(let s): s.title
        case .transfer(let s): s.title
        case .transferCode(let s): s.title
        case .shake(let s): s.title
        case .splitBills(let s): s.title
        case .splitEditor(let s): s.title
        case .splitBill(let s): s.title
        case .splitGroup(let s): s.title
        case .services(let s): s.title
        case .servicePay(let s): s.title
        case .topUp(let s): s.title
        case .cardTopUp(let s): s.title
        case .cardChallenge(let s): s.title
        case .topUpResult(let s): s.headline
        case .favourites(let s): s.title
        case .favouriteEdit(let s): s.title
        case .regularEdit(let s): s.title
        }
    }

    /// The kind of screen, as the core's `Screen` case is named (`home`, `payResult`): for logs and tests, and to
    /// keep a screen's scroll position per kind.
    public var kind: String {
        switch self {
        case .language: "language"
        case .intro: "intro"
        case .phone: "phone"
        case .code: "code"
        case .terms: "terms"
        case .termsDocument: "termsDocument"
        case .pin: "pin"
        case .biometrics: "biometrics"
        case .settings: "settings"
        case .home: "home"
        case .history: "history"
        case .operation: "operation"
        case .kycStatus: "kycStatus"
        case .kycHowTo: "kycHowTo"
        case .kycChecklist: "kycChecklist"
        case .kycVerification: "kycVerification"
        case .kycCapture: "kycCapture"
        case .kycPassport: "kycPassport"
        case .kycAddress: "kycAddress"
        case .kycDistricts: "kycDistricts"
        case .kycConsent: "kycConsent"
        case .payScan: "payScan"
        case .payConfirm: "payConfirm"
        case .payResult: "payResult"
        case .inbox: "inbox"
        case .receive: "receive"
        case .transfer: "transfer"
        case .transferCode: "transferCode"
        case .shake: "shake"
        case .splitBills: "splitBills"
        case .splitEditor: "splitEditor"
        case .splitBill: "splitBill"
        case .splitGroup: "splitGroup"
        case .services: "services"
        case .servicePay: "servicePay"
        case .topUp: "topUp"
        case .cardTopUp: "cardTopUp"
        case .cardChallenge: "cardChallenge"
        case .topUpResult: "topUpResult"
        case .favourites: "favourites"
        case .favouriteEdit: "favouriteEdit"
        case .regularEdit: "regularEdit"
        }
    }
}

/// Light modules around a QR code that every reader needs (`qr_image::QUIET_ZONE` in the core).
public let qrQuietZone = 4
