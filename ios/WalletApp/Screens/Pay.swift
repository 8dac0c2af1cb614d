import PhotosUI
import SwiftUI
import WalletKit

// Paying by the national QR (ELQR): the scanner (the camera's code, a picture from the photo library read by the
// core, or a pasted link), the confirmation (recipient, amount, the bank's fee, the total, the balance after), and
// after the PIN the result screen that follows the operation (with «В избранное» once executed). Mirrors core/src/features/pay and desktop/web/pay.js.

struct PayScanView: View {
    let view: PayScanScreen
    let send: (Event) -> Void
    @Environment(\.systemTexts) private var system
    @State private var picked: PhotosPickerItem?
    @State private var torch = ScannerTorch()

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            QrScanner(torch: torch) { text in send(.pay(.scanned(text: text))) }
                .frame(maxWidth: .infinity)
                .frame(height: 320)
                .clipShape(RoundedRectangle(cornerRadius: 16))
                .accessibilityLabel(view.hint)
            if torch.available, let system {
                // A switch whose label says what a tap does; VoiceOver reads it as a toggle, on or off.
                Toggle(isOn: Binding(get: { torch.lit }, set: { torch.light($0) })) {
                    Label(torch.lit ? system.torchOff : system.torchOn,
                          systemImage: torch.lit ? "flashlight.on.fill" : "flashlight.off.fill")
                        .frame(maxWidth: .infinity, minHeight: 28)
                }
                .toggleStyle(.button)
                .buttonStyle(.bordered)
                .controlSize(.large)
            }
            Text(view.hint).font(.callout).foregroundStyle(.secondary)
            CameraDeniedNote()
            ErrorText(text: view.error)
            if view.busy { ProgressLine(text: nil) }
            PhotosPicker(selection: $picked, matching: .images) {
                Label(view.gallery, systemImage: "photo.on.rectangle").frame(maxWidth: .infinity, minHeight: 28)
            }
            .buttonStyle(.bordered)
            .controlSize(.large)
            .disabled(view.busy)
            CoreTextField(label: view.pasteLabel, value: view.pasted, kind: .text) { send(.pay(.editPasted(text: $0))) }
            ActionButton(view.submit, .secondary, send: send)
        }
        .onChange(of: picked) { _, item in
            guard let item else { return }
            Task {
                // The picture's bytes as they are: the core finds the code and checks the format by content.
                if let bytes = try? await item.loadTransferable(type: Data.self) {
                    send(.pay(.scannedImage(bytes: bytes)))
                }
                picked = nil
            }
        }
    }
}

struct PayConfirmView: View {
    let view: PayConfirmScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Card { FieldList(fields: view.details) }
            if view.amountEditable {
                CoreTextField(label: view.amountLabel, value: view.amount, error: view.amountError, kind: .amount) {
                    send(.pay(.editAmount(text: $0)))
                }
            } else {
                LabeledContent(view.amountLabel) {
                    Text(view.amount).font(.title2.bold().monospacedDigit())
                }
                ErrorText(text: view.amountError)
            }
            VStack(alignment: .leading, spacing: 4) {
                HStack(spacing: 8) {
                    if view.offline {
                        // The fee text says the payment waits for the bank; the icon only repeats it.
                        Image(systemName: "wifi.slash").foregroundStyle(.orange).accessibilityHidden(true)
                    }
                    Text(view.fee).font(.callout)
                    if view.busy { ProgressView() }
                }
                if let total = view.total { Text(total).font(.headline) }
                if let after = view.balanceAfter { Text(after).font(.callout).foregroundStyle(.secondary) }
            }
            .accessibilityElement(children: .combine)
            ErrorText(text: view.error)
            ActionButton(view.retry, .secondary, send: send)
            ActionButton(view.pay, send: send)
            ActionButton(view.split, .link, send: send)
        }
    }
}

struct PayResultView: View {
    let view: PayResultScreen
    let send: (Event) -> Void

    var body: some View {
        let mark = Palette.mark(view.mark)
        ScreenScroll {
            VStack(spacing: 12) {
                Image(systemName: mark.symbol).font(.system(size: 72)).foregroundStyle(mark.color)
                    .symbolEffect(.pulse, isActive: view.mark == .waiting)
                    .accessibilityHidden(true)
                Text(view.headline).font(.title.bold()).multilineTextAlignment(.center)
                    .accessibilityAddTraits(.isHeader)
                if let status = view.statusLabel {
                    Text(status).font(.headline).foregroundStyle(Palette.status(view.status))
                }
                Text(view.amount).font(.largeTitle.bold().monospacedDigit())
                Text(view.recipient).font(.title3)
                if let message = view.message {
                    Text(message).font(.body).multilineTextAlignment(.center).foregroundStyle(.secondary)
                }
            }
            .frame(maxWidth: .infinity)
            .accessibilityElement(children: .combine)
            Card {
                Text(view.fee).font(.callout)
                Text(view.total).font(.headline)
                Text(view.time).font(.footnote).foregroundStyle(.secondary)
            }
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.done, send: send)
            ActionButton(view.details, .secondary, send: send)
            ActionButton(view.share, .secondary, send: send)
            ActionButton(view.saveFavourite, .secondary, send: send)
            // Never the main action: the core asks first.
            ActionButton(view.cancel, .link, send: send)
        }
        .sensoryFeedback(.success, trigger: view.mark) { _, mark in mark == .done }
    }
}
