import SwiftUI
import UIKit
import WalletKit

// «Пополнить»: the ways in (a saved card, another bank's card, the receive code) and the account's details, each
// copied with its own button, all shared as one text (the core puts a share sheet with the text and no files into
// `view.share`); the card form (a new card's number with its scheme as it is typed, expiry, CVV in dots, the name on
// it and «Запомнить карту», or a saved card), the amount with the bank's fee and what the card is charged; the card
// issuer's 3-D Secure code (one-time-code autofill, as the transfer's SMS code); the result with a check or a cross.
// Mirrors core/src/features/topup.

struct TopUpView: View {
    let view: TopUpScreen
    let send: (Event) -> Void
    /// The detail whose value was copied last, while «Скопировано» shows beside it.
    @State private var copiedRow: Int?

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            SectionTitle(text: view.cardsTitle)
            ForEach(Array(view.savedCards.enumerated()), id: \.offset) { _, card in
                Button {
                    send(card.event)
                } label: {
                    Label(card.label, systemImage: "creditcard").frame(maxWidth: .infinity, minHeight: 28)
                }
                .buttonStyle(.bordered)
                .controlSize(.large)
                .disabled(!card.enabled)
            }
            Button {
                send(view.newCard.event)
            } label: {
                Label(view.newCard.label, systemImage: "creditcard.and.123").frame(maxWidth: .infinity, minHeight: 28)
            }
            .buttonStyle(.borderedProminent)
            .controlSize(.large)
            .disabled(!view.newCard.enabled)
            Button {
                send(view.receive.event)
            } label: {
                Label(view.receive.label, systemImage: "qrcode").frame(maxWidth: .infinity, minHeight: 28)
            }
            .buttonStyle(.bordered)
            .controlSize(.large)
            .disabled(!view.receive.enabled)

            SectionTitle(text: view.detailsTitle)
            if !view.details.isEmpty {
                Card {
                    ForEach(Array(view.details.enumerated()), id: \.offset) { index, row in
                        if index > 0 { Divider() }
                        DetailRowView(row: row, copyLabel: view.copyLabel, copiedLabel: view.copied,
                                      copied: copiedRow == index) {
                            UIPasteboard.general.string = row.value
                            copiedRow = index
                            UIAccessibility.post(notification: .announcement, argument: view.copied)
                        }
                    }
                }
            }
            if let status = view.detailsStatus {
                HStack(spacing: 8) {
                    if view.busy { ProgressView() }
                    Text(status).font(.callout).foregroundStyle(.secondary).fixedSize(horizontal: false, vertical: true)
                }
                .accessibilityElement(children: .combine)
            }
            ActionButton(view.retry, .secondary, send: send)
            if let share = view.share {
                Button {
                    send(share.event)
                } label: {
                    Label(share.label, systemImage: "square.and.arrow.up").frame(maxWidth: .infinity, minHeight: 28)
                }
                .buttonStyle(.bordered)
                .controlSize(.large)
                .disabled(!share.enabled)
            }
        }
        .task(id: copiedRow) {
            // «Скопировано» for a moment, then the button says «Скопировать» again.
            guard copiedRow != nil else { return }
            try? await Task.sleep(for: .seconds(2))
            if !Task.isCancelled { copiedRow = nil }
        }
    }
}

/// One of the account's details: its label, its value (selectable) and the button that copies the value.
private struct DetailRowView: View {
    let row: DetailRow
    let copyLabel: String
    let copiedLabel: String
    let copied: Bool
    let copy: () -> Void
    @Environment(\.dynamicTypeSize) private var typeSize

    var body: some View {
        // At the largest text sizes the button goes under the value instead of squeezing it.
        let layout = typeSize.isAccessibilitySize
            ? AnyLayout(VStackLayout(alignment: .leading, spacing: 8))
            : AnyLayout(HStackLayout(alignment: .center, spacing: 12))
        layout {
            VStack(alignment: .leading, spacing: 2) {
                Text(row.label).font(.subheadline).foregroundStyle(.secondary)
                Text(row.value).font(.body.monospacedDigit()).textSelection(.enabled)
                    .fixedSize(horizontal: false, vertical: true)
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .accessibilityElement(children: .combine)
            Button(action: copy) {
                Label(copied ? copiedLabel : copyLabel, systemImage: copied ? "checkmark" : "doc.on.doc")
                    .font(.subheadline)
            }
            .buttonStyle(.bordered)
            .accessibilityHint(row.label)
        }
    }
}

struct CardTopUpView: View {
    let view: CardTopUpScreen
    let send: (Event) -> Void
    @Environment(\.dynamicTypeSize) private var typeSize

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            if let card = view.card {
                Card {
                    Label(card, systemImage: "creditcard").font(.headline)
                }
            }
            if let number = view.number {
                CoreTextField(number) { send(.topUp(.editNumber(text: $0))) }
                    .overlay(alignment: .topTrailing) {
                        // The scheme as the number is typed, on the label's line.
                        if let scheme = view.scheme {
                            Text(scheme).font(.subheadline.bold())
                        }
                    }
            }
            if view.expiry != nil || view.cvv != nil {
                let layout = typeSize.isAccessibilitySize
                    ? AnyLayout(VStackLayout(alignment: .leading, spacing: 16))
                    : AnyLayout(HStackLayout(alignment: .top, spacing: 12))
                layout {
                    if let expiry = view.expiry {
                        CoreTextField(expiry) { send(.topUp(.editExpiry(text: $0))) }
                    }
                    if let cvv = view.cvv {
                        CoreTextField(cvv) { send(.topUp(.editCvv(text: $0))) }
                    }
                }
            }
            if let holder = view.holder {
                CoreTextField(holder) { send(.topUp(.editHolder(text: $0))) }
            }
            if let save = view.save {
                CoreToggle(label: save.label, on: view.saveOn, flip: save.event, send: send)
                    .disabled(!save.enabled)
            }
            CoreTextField(view.amount) { send(.topUp(.editAmount(text: $0))) }
            if view.fee != nil || view.total != nil {
                VStack(alignment: .leading, spacing: 4) {
                    if let fee = view.fee { Text(fee).font(.callout) }
                    if let total = view.total { Text(total).font(.headline) }
                }
                .accessibilityElement(children: .combine)
            }
            ErrorText(text: view.quoteError)
            ActionButton(view.retryQuote, .secondary, send: send)
            Label(view.note, systemImage: "lock.shield")
                .font(.footnote)
                .foregroundStyle(.secondary)
                .fixedSize(horizontal: false, vertical: true)
            ErrorText(text: view.error)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.submit, send: send)
        }
    }
}

struct CardChallengeView: View {
    let view: CardChallengeScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Card {
                Label(view.explain, systemImage: "exclamationmark.shield").font(.callout)
            }
            // `.oneTimeCode`: iOS offers the code from the issuer's SMS above the keyboard; filled in or typed, it
            // goes as `editCode`. The dots only show how many digits the code has.
            CoreTextField(label: view.field.label, value: view.field.value,
                          placeholder: view.field.placeholder.isEmpty
                              ? String(repeating: "•", count: Int(view.codeLength)) : view.field.placeholder,
                          error: view.field.error, kind: view.field.kind, enabled: !view.busy) {
                send(.topUp(.editCode(text: $0)))
            }
            Text(view.expires).font(.footnote).foregroundStyle(.secondary)
            ErrorText(text: view.error)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.submit, send: send)
        }
    }
}

struct TopUpResultView: View {
    let view: TopUpResultScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            VStack(spacing: 12) {
                Image(systemName: view.success ? "checkmark.circle.fill" : "xmark.circle.fill")
                    .font(.system(size: 72))
                    .foregroundStyle(view.success ? Color.green : Color.red)
                    .accessibilityHidden(true)
                Text(view.headline).font(.title.bold()).multilineTextAlignment(.center)
                    .accessibilityAddTraits(.isHeader)
                if let reason = view.reason {
                    Text(reason).font(.body).multilineTextAlignment(.center).foregroundStyle(.secondary)
                }
            }
            .frame(maxWidth: .infinity)
            .accessibilityElement(children: .combine)
            if !view.rows.isEmpty {
                Card { FieldList(fields: view.rows.map { Field(label: $0.label, value: $0.value) }) }
            }
            // Declined: «Попробовать снова» first; through: «Готово» first, the receipt under it.
            ActionButton(view.again, send: send)
            ActionButton(view.done, view.again == nil ? .primary : .secondary, send: send)
            ActionButton(view.receipt, .secondary, send: send)
        }
        .onAppear {
            UINotificationFeedbackGenerator().notificationOccurred(view.success ? .success : .error)
        }
    }
}
