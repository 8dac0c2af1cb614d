import SwiftUI
import WalletKit

// Seed 000 steps 6–7: the phone number and «Войти», then the SMS code. iOS offers the code from the SMS above the
// keyboard (one-time-code autofill, `.oneTimeCode`); a code filled in at once is sent as `codeFromSms`, which the
// core fills in and sends. Mirrors core/src/features/signin.

struct PhoneView: View {
    let view: PhoneScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.subtitle)
            CoreTextField(view.field, enabled: !view.busy) { send(.signIn(.editPhone(text: $0))) }
            if view.busy { ProgressLine(text: view.progress) }
            ActionButton(view.submit, send: send)
        }
    }
}

struct CodeView: View {
    let view: CodeScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.subtitle)
            CoreTextField(view.field, enabled: !view.busy,
                          onFilledAtOnce: { send(.signIn(.codeFromSms(code: $0))) },
                          onEdit: { send(.signIn(.editCode(text: $0))) })
            Text(view.lifetime).font(.footnote).foregroundStyle(.secondary)
            if view.busy { ProgressLine(text: view.progress) }
            ActionButton(view.submit, send: send)
            ActionButton(view.resend, .link, send: send)
            if let hint = view.resendHint {
                Text(hint).font(.footnote.monospacedDigit()).foregroundStyle(.secondary)
            }
        }
    }
}
