import SwiftUI
import WalletKit

// Transfer by phone number: the number (typed, or from the contacts), who it reaches (masked, with their bank),
// amount and comment; to another bank, the SMS code screen that shows what the SMS must name. iOS offers the code
// from the SMS above the keyboard (one-time-code autofill). Mirrors core/src/features/transfer and
// desktop/web/transfer.js.

struct TransferView: View {
    let view: TransferScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            CoreTextField(view.phone) { send(.transfer(.editPhone(text: $0))) }
            ContactPickerButton(label: view.pickContact) { phone in send(.transfer(.editPhone(text: phone))) }
            if view.busy { ProgressLine(text: nil) }
            if view.recipient != nil || view.recipientBank != nil {
                Card {
                    if let recipient = view.recipient { Text(recipient).font(.headline) }
                    if let bank = view.recipientBank { Text(bank).font(.callout) }
                    if let note = view.interbankNote { Text(note).font(.footnote).foregroundStyle(.secondary) }
                }
                .accessibilityElement(children: .combine)
            }
            ErrorText(text: view.recipientError)
            ActionButton(view.retry, .secondary, send: send)
            CoreTextField(view.amount) { send(.transfer(.editAmount(text: $0))) }
            CoreTextField(view.comment) { send(.transfer(.editComment(text: $0))) }
            ActionButton(view.submit, send: send)
        }
    }
}

struct TransferCodeView: View {
    let view: TransferCodeScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Card {
                Label(view.compare, systemImage: "exclamationmark.shield").font(.callout)
            }
            Text(view.status).font(.callout).foregroundStyle(.secondary)
            CoreTextField(view.field) { send(.transfer(.editCode(text: $0))) }
            ErrorText(text: view.error)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.submit, send: send)
            ActionButton(view.resend, .link, send: send)
        }
    }
}
