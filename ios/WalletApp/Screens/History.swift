import SwiftUI
import WalletKit

// Seed 003: the history newest first in pages of 50, headed by day, cancelled and refused amounts struck through;
// an operation's details with its receipt's verdict, cancel (asked first), «Поделиться», «Повторить», «Разделить
// чек», «В избранное». Mirrors core/src/features/history.

struct HistoryView: View {
    let view: HistoryScreen
    let send: (Event) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Title(text: view.title)
                if let status = view.syncStatus {
                    Label(status, systemImage: view.offline ? "wifi.slash" : "checkmark.icloud")
                        .font(.footnote).foregroundStyle(view.offline ? Color.orange : Color.secondary)
                }
                ActionButton(view.resync, .secondary, send: send)
                if let empty = view.empty {
                    Text(empty).font(.body).foregroundStyle(.secondary).padding(.vertical, 32)
                }
                OperationList(rows: view.rows, send: send)
                if view.loading {
                    ProgressLine(text: nil).frame(maxWidth: .infinity)
                } else if let more = view.loadMore {
                    // The next page as the list's end comes into view (and a button for VoiceOver and switch users).
                    ActionButton(more, .link, send: send)
                        .frame(maxWidth: .infinity)
                        .onAppear { if more.enabled { send(more.event) } }
                }
            }
            .padding()
        }
    }
}

struct OperationView: View {
    let view: OperationScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            VStack(alignment: .leading, spacing: 4) {
                Title(text: view.title)
                Text(view.counterparty).font(.headline)
                Text(view.amount).font(.largeTitle.bold().monospacedDigit())
                    .foregroundStyle(view.direction == .incoming ? Color.green : Color.primary)
                    .strikethrough(view.status == .cancelled || view.status == .rejected)
            }
            .accessibilityElement(children: .combine)
            if let damaged = view.damaged { ErrorText(text: damaged) }
            Card { FieldList(fields: view.fields) }
            if let receipt = view.receipt {
                Card {
                    Label(receipt.text, systemImage: OperationView.symbol(receipt.state))
                        .foregroundStyle(receipt.state == .invalid ? Color.red : Color.primary)
                        .font(.headline)
                    FieldList(fields: receipt.fields)
                }
            }
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.share, send: send)
            ActionButton(view.repeat, .secondary, send: send)
            ActionButton(view.split, .secondary, send: send)
            ActionButton(view.saveFavourite, .secondary, send: send)
            ActionButton(view.cancel, .destructive, send: send)
        }
    }

    static func symbol(_ state: ReceiptState) -> String {
        switch state {
        case .verified: "checkmark.seal.fill"
        case .invalid: "exclamationmark.triangle.fill"
        case .none: "doc.text"
        }
    }
}
