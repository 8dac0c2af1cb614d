import SwiftUI
import WalletKit

// Language, change PIN, the biometrics switch, auto-lock, sign out (the core asks first, and warns when operations
// wait). Mirrors core/src/features/settings.

struct SettingsView: View {
    let view: SettingsScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.account)
            VStack(spacing: 0) {
                SettingRowView(row: view.language, send: send)
                if let biometrics = view.biometrics {
                    Divider()
                    CoreToggle(label: biometrics.label, on: biometrics.on, flip: biometrics.toggle, send: send)
                        .padding()
                }
            }
            .background(Palette.card, in: RoundedRectangle(cornerRadius: 12))
            Card {
                ChoiceList(label: view.autoLock.label,
                           options: view.autoLock.options.map { ($0.label, $0.selected, $0.select) },
                           send: send)
            }
            ActionButton(view.changePin, .secondary, send: send)
            ActionButton(view.logout, .destructive, send: send)
        }
    }
}
