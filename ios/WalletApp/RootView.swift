import SwiftUI
import UIKit
import WalletKit

/// The whole app for one view: the back arrow, progress, the notice, the screen on top, the dialog over it, and the
/// share sheet the view asks for. A function of the view and `send`: it holds no rule (docs/architecture.md).
struct RootView: View {
    let view: ViewModel
    let send: (Event) -> Void
    @State private var showingDialog = false

    var body: some View {
        VStack(spacing: 0) {
            TopBar(back: view.back, busy: view.isBusy, send: send)
            if let notice = view.notice {
                NoticeBanner(notice: notice, send: send)
                    .transition(.move(edge: .top).combined(with: .opacity))
            }
            ScreenView(screen: view.screen, send: send)
                .frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .top)
                .id(view.screen.kind)
        }
        .animation(.default, value: view.notice)
        .background(Palette.background.ignoresSafeArea())
        .environment(\.locale, Locale(identifier: view.language.code))
        .environment(\.systemTexts, view.system)
        // «Back»: the edge swipe and VoiceOver's escape gesture send what the back arrow would (or close the
        // dialog, or the share sheet); nothing where back leads nowhere.
        .simultaneousGesture(
            DragGesture(minimumDistance: 24).onEnded { drag in
                guard drag.startLocation.x < 28, drag.translation.width > 90,
                      abs(drag.translation.height) < drag.translation.width / 2,
                      let back = view.backEvent else { return }
                send(back)
            }
        )
        .accessibilityAction(.escape) {
            if let back = view.backEvent { send(back) }
        }
        .alert(view.dialog?.title ?? "", isPresented: $showingDialog, presenting: view.dialog) { dialog in
            Button(dialog.confirm.label, role: dialog.destructive ? .destructive : nil) { send(dialog.confirm.event) }
                .disabled(!dialog.confirm.enabled)
            Button(dialog.cancel.label, role: .cancel) { send(dialog.cancel.event) }
        } message: { dialog in
            Text(dialog.text)
        }
        .onChange(of: view.dialog, initial: true) { _, dialog in
            showingDialog = dialog != nil
        }
        .onChange(of: view.share, initial: true) { _, sheet in
            guard let sheet else { return }
            SharePresenter.present(sheet) { send(sheet.close.event) }
        }
        .onChange(of: view.screen.kind) { _, _ in
            // A new screen: VoiceOver reads its title, as the core wrote it.
            UIAccessibility.post(notification: .screenChanged, argument: view.screen.title)
        }
    }
}

/// The screen on top. Every kind of `Screen` has its case and there is no `default`: a new kind does not compile
/// until it is drawn (and WalletKit's RootViewCoverageTests checks this file on Linux, where SwiftUI does not exist).
struct ScreenView: View {
    let screen: Screen
    let send: (Event) -> Void

    var body: some View {
        switch screen {
        case .language(let s): LanguageView(view: s, send: send)
        case .intro(let s): IntroView(view: s, send: send)
        case .phone(let s): PhoneView(view: s, send: send)
        case .code(let s): CodeView(view: s, send: send)
        case .terms(let s): TermsView(view: s, send: send)
        case .termsDocument(let s): TermsDocumentView(view: s, send: send)
        case .pin(let s): PinView(view: s, send: send)
        case .biometrics(let s): BiometricsView(view: s, send: send)
        case .settings(let s): SettingsView(view: s, send: send)
        case .home(let s): HomeView(view: s, send: send)
        case .history(let s): HistoryView(view: s, send: send)
        case .operation(let s): OperationView(view: s, send: send)
        case .kycStatus(let s): KycStatusView(view: s, send: send)
        case .kycHowTo(let s): KycHowToView(view: s, send: send)
        case .kycChecklist(let s): KycChecklistView(view: s, send: send)
        case .kycVerification(let s): KycVerificationView(view: s, send: send)
        case .kycCapture(let s): KycCaptureView(view: s, send: send)
        case .kycPassport(let s): KycPassportView(view: s, send: send)
        case .kycAddress(let s): KycAddressView(view: s, send: send)
        case .kycDistricts(let s): KycDistrictsView(view: s, send: send)
        case .kycConsent(let s): KycConsentView(view: s, send: send)
        case .payScan(let s): PayScanView(view: s, send: send)
        case .payConfirm(let s): PayConfirmView(view: s, send: send)
        case .payResult(let s): PayResultView(view: s, send: send)
        case .inbox(let s): InboxView(view: s, send: send)
        case .receive(let s): ReceiveView(view: s, send: send)
        case .transfer(let s): TransferView(view: s, send: send)
        case .transferCode(let s): TransferCodeView(view: s, send: send)
        case .shake(let s): ShakeView(view: s, send: send)
        case .splitBills(let s): SplitBillsView(view: s, send: send)
        case .splitEditor(let s): SplitEditorView(view: s, send: send)
        case .splitBill(let s): SplitBillView(view: s, send: send)
        case .splitGroup(let s): SplitGroupView(view: s, send: send)
        case .services(let s): ServicesView(view: s, send: send)
        case .servicePay(let s): ServicePayView(view: s, send: send)
        case .topUp(let s): TopUpView(view: s, send: send)
        case .cardTopUp(let s): CardTopUpView(view: s, send: send)
        case .cardChallenge(let s): CardChallengeView(view: s, send: send)
        case .topUpResult(let s): TopUpResultView(view: s, send: send)
        case .favourites(let s): FavouritesView(view: s, send: send)
        case .favouriteEdit(let s): FavouriteEditView(view: s, send: send)
        case .regularEdit(let s): RegularEditView(view: s, send: send)
        }
    }
}

/// The back arrow with the core's label (VoiceOver reads it), and a thin progress bar while something is on its way.
private struct TopBar: View {
    let back: Action?
    let busy: Bool
    let send: (Event) -> Void

    var body: some View {
        VStack(spacing: 0) {
            HStack {
                if let back {
                    Button {
                        send(back.event)
                    } label: {
                        Label(back.label, systemImage: "chevron.backward")
                            .labelStyle(.titleAndIcon)
                    }
                    .disabled(!back.enabled)
                    .frame(minHeight: 44)
                }
                Spacer()
            }
            .padding(.horizontal)
            .frame(minHeight: 44)
            if busy {
                ProgressView().progressViewStyle(.linear).accessibilityHidden(true)
            } else {
                Color.clear.frame(height: 4)
            }
        }
    }
}

/// The notice, coloured by its kind; a success or an information goes by itself after `hideAfterMs`. VoiceOver
/// announces it when it appears.
private struct NoticeBanner: View {
    let notice: NoticeView
    let send: (Event) -> Void

    var body: some View {
        HStack(alignment: .firstTextBaseline, spacing: 8) {
            Image(systemName: Palette.noticeSymbol(notice.kind)).accessibilityHidden(true)
            Text(notice.text).frame(maxWidth: .infinity, alignment: .leading)
            Button(notice.dismiss.label) { send(notice.dismiss.event) }
                .buttonStyle(.borderless)
                .disabled(!notice.dismiss.enabled)
        }
        .font(.callout)
        .foregroundStyle(Palette.noticeForeground(notice.kind))
        .padding(12)
        .background(Palette.noticeBackground(notice.kind), in: RoundedRectangle(cornerRadius: 12))
        .padding(.horizontal, 12)
        .padding(.vertical, 4)
        .accessibilityElement(children: .combine)
        .task(id: notice) {
            UIAccessibility.post(notification: .announcement, argument: notice.text)
            guard let after = notice.hideAfterMs else { return }
            try? await Task.sleep(for: .milliseconds(Int(after)))
            if !Task.isCancelled { send(notice.dismiss.event) }
        }
    }
}

extension Language {
    /// The language's code, for the environment's locale (date pickers, the keyboard's suggestions).
    var code: String {
        switch self {
        case .ky: "ky"
        case .ru: "ru"
        case .kk: "kk"
        case .en: "en"
        }
    }
}
