import SwiftUI
import WalletKit

// Seed 000 steps 3–5: the language (each in its own name; tapping one switches the whole screen at once) and the
// intro pages («Далее», «Готово» on the last). Mirrors core/src/features/onboarding and desktop/web/screens.js.

struct LanguageView: View {
    let view: LanguageScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.subtitle)
            VStack(spacing: 8) {
                ForEach(Array(view.options.enumerated()), id: \.offset) { _, option in
                    Button {
                        send(option.select)
                    } label: {
                        HStack {
                            Text(option.label).font(.title3)
                            Spacer()
                            Image(systemName: option.selected ? "largecircle.fill.circle" : "circle")
                                .foregroundStyle(option.selected ? Palette.accent : .secondary)
                                .accessibilityHidden(true)
                        }
                        .padding()
                        .contentShape(Rectangle())
                        .background(Palette.card, in: RoundedRectangle(cornerRadius: 12))
                    }
                    .buttonStyle(.plain)
                    .accessibilityAddTraits(option.selected ? [.isButton, .isSelected] : .isButton)
                }
            }
            ActionButton(view.confirm, send: send)
        }
    }
}

struct IntroView: View {
    let view: IntroScreen
    let send: (Event) -> Void

    var body: some View {
        VStack(spacing: 16) {
            TabView(selection: Binding(
                get: { Int(view.page) },
                set: { page in if page != Int(view.page) { send(.intro(.showPage(index: UInt32(page)))) } }
            )) {
                ForEach(0..<Int(view.pageCount), id: \.self) { index in
                    IntroPage(view: view, shown: index == Int(view.page)).tag(index)
                }
            }
            .tabViewStyle(.page(indexDisplayMode: .never))
            Text(view.pageIndicator).font(.footnote).foregroundStyle(.secondary)
            ActionButton(view.primary, send: send).padding(.horizontal)
        }
        .padding(.bottom)
    }
}

/// One page; only the page on screen has its texts (the core sends the current page's), the others stay blank
/// while they are swiped in.
private struct IntroPage: View {
    let view: IntroScreen
    let shown: Bool

    var body: some View {
        ScrollView {
            VStack(spacing: 24) {
                Image(systemName: IntroPage.symbol(view.illustration))
                    .font(.system(size: 96))
                    .foregroundStyle(Palette.accent)
                    .accessibilityHidden(true)
                    .padding(.top, 32)
                if shown {
                    Text(view.title).font(.title.bold()).multilineTextAlignment(.center)
                        .accessibilityAddTraits(.isHeader)
                    Text(view.body).font(.body).multilineTextAlignment(.center).foregroundStyle(.secondary)
                }
            }
            .padding()
        }
    }

    /// The pictures the shell ships for the core's names (`intro_qr`, `intro_offline`, `intro_split`).
    static func symbol(_ name: String) -> String {
        switch name {
        case "intro_qr": "qrcode.viewfinder"
        case "intro_offline": "wifi.slash"
        case "intro_split": "person.3.fill"
        default: "wallet.pass"
        }
    }
}
