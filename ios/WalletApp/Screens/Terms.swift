import SwiftUI
import WalletKit

// Seed 000 step 8: the documents, each ticked and readable; «Продолжить» only when every one is ticked. Mirrors
// core/src/features/terms.

struct TermsView: View {
    let view: TermsScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.subtitle)
            ForEach(Array(view.items.enumerated()), id: \.offset) { _, item in
                HStack(alignment: .top, spacing: 12) {
                    Button {
                        send(item.toggle)
                    } label: {
                        HStack(alignment: .top, spacing: 12) {
                            Image(systemName: item.checked ? "checkmark.square.fill" : "square")
                                .font(.title2)
                                .foregroundStyle(item.checked ? Palette.accent : .secondary)
                                .accessibilityHidden(true)
                            Text(item.label).frame(maxWidth: .infinity, alignment: .leading)
                        }
                        .contentShape(Rectangle())
                    }
                    .buttonStyle(.plain)
                    .accessibilityAddTraits(item.checked ? [.isButton, .isSelected] : .isButton)
                    ActionButton(item.open, .link, send: send)
                }
                .padding(.vertical, 4)
            }
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.accept, send: send)
        }
    }
}

struct TermsDocumentView: View {
    let view: TermsDocumentScreen
    let send: (Event) -> Void

    var body: some View {
        VStack(spacing: 0) {
            ScreenScroll {
                Title(text: view.title)
                Text(view.edition).font(.footnote).foregroundStyle(.secondary)
                ForEach(Array(view.paragraphs.enumerated()), id: \.offset) { _, paragraph in
                    Text(paragraph).font(.body).fixedSize(horizontal: false, vertical: true)
                }
            }
            ActionButton(view.agree, send: send).padding()
        }
    }
}
