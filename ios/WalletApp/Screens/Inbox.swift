import SwiftUI
import WalletKit

// «Уведомления»: what the bank told this customer, newest first, unread marked; each opens what it is about.
// Mirrors core/src/features/inbox and desktop/web/inbox.js.

struct InboxView: View {
    let view: InboxScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            HStack {
                Title(text: view.title)
                Spacer()
                ActionButton(view.readAll, .link, send: send)
            }
            if view.loading { ProgressLine(text: nil) }
            if let empty = view.empty {
                Text(empty).font(.body).foregroundStyle(.secondary).padding(.vertical, 32)
            }
            LazyVStack(alignment: .leading, spacing: 0) {
                ForEach(Array(view.items.enumerated()), id: \.offset) { _, item in
                    EventRow(event: item.open, send: send) {
                        HStack(alignment: .top, spacing: 10) {
                            Circle().fill(item.unread ? Palette.accent : Color.clear).frame(width: 8, height: 8)
                                .padding(.top, 6).accessibilityHidden(true)
                            VStack(alignment: .leading, spacing: 2) {
                                Text(item.title).font(item.unread ? .body.bold() : .body)
                                Text(item.text).font(.callout)
                                Text(item.time).font(.caption).foregroundStyle(.secondary)
                            }
                            Spacer(minLength: 0)
                        }
                        .padding(.vertical, 8)
                    }
                    .accessibilityElement(children: .combine)
                    .accessibilityAddTraits(item.unread ? .isSelected : [])
                    Divider()
                }
            }
        }
    }
}
