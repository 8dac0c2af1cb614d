import SwiftUI
import UIKit
import WalletKit

// «Получить по QR»: the customer's own code, static or with an amount and comment, drawn from the core's module
// matrix; «Поделиться» hands the core's sentence and link to the share sheet, «Скопировать ссылку» puts the link on
// the clipboard (the link itself is never printed: hundreds of characters no one reads). Money that comes in while
// the screen shows is announced instead of the code. Mirrors core/src/features/receive and desktop/web/receive.js.

struct ReceiveView: View {
    let view: ReceiveScreen
    let send: (Event) -> Void
    @State private var copied = false

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            if let received = view.received {
                VStack(spacing: 12) {
                    Image(systemName: "checkmark.circle.fill").font(.system(size: 64)).foregroundStyle(.green)
                        .accessibilityHidden(true)
                    Text(received).font(.title3.bold()).multilineTextAlignment(.center)
                }
                .frame(maxWidth: .infinity)
                .onAppear { UIAccessibility.post(notification: .announcement, argument: received) }
                ActionButton(view.again, send: send)
            } else {
                if let qr = view.qr {
                    QrCodeView(matrix: qr, label: view.hint ?? view.title).frame(maxWidth: .infinity)
                }
                Subtitle(text: view.hint)
                ErrorText(text: view.error)
                HStack(spacing: 12) {
                    if let text = view.shareText {
                        ShareLink(item: text) {
                            Label(view.shareLabel, systemImage: "square.and.arrow.up").frame(maxWidth: .infinity)
                        }
                        .buttonStyle(.borderedProminent)
                    }
                    if let link = view.link {
                        Button {
                            UIPasteboard.general.string = link
                            copied = true
                        } label: {
                            Label(view.copyLinkLabel, systemImage: copied ? "checkmark" : "doc.on.doc")
                                .frame(maxWidth: .infinity)
                        }
                        .buttonStyle(.bordered)
                    }
                }
                .controlSize(.large)
            }
            Card {
                LabeledContent(view.nameLabel, value: view.name)
                if let account = view.account {
                    LabeledContent(view.accountLabel, value: account)
                }
                if !view.accounts.isEmpty {
                    ChoiceList(label: view.accountLabel,
                               options: view.accounts.map { ($0.label, $0.selected, $0.choose) }, send: send)
                }
            }
            CoreTextField(label: view.amountLabel, value: view.amount, error: view.amountError, kind: .amount) {
                send(.receive(.editAmount(text: $0)))
            }
            CoreTextField(label: view.commentLabel, value: view.comment, placeholder: view.commentHint,
                          error: view.commentError, kind: .text) {
                send(.receive(.editComment(text: $0)))
            }
            ActionButton(view.clear, .link, send: send)
        }
        .onChange(of: view.link) { _, _ in copied = false }
    }
}
