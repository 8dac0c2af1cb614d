import SwiftUI
import WalletKit

// The PIN screens (create, repeat, current, the lock screen, confirming a payment) and the offer of biometric
// unlock. The lock screen asks for Face ID / Touch ID by itself: the core reads the `.biometric` Keychain entry as
// soon as it shows, which brings up the system's prompt (KeychainSecureStorage). Mirrors core/src/features/pin and
// desktop/web/pin.js.

struct PinView: View {
    let view: PinScreen
    let send: (Event) -> Void

    var body: some View {
        ScrollView {
            VStack(spacing: 20) {
                Text(view.title).font(.title2.bold()).multilineTextAlignment(.center)
                    .accessibilityAddTraits(.isHeader)
                if !view.subtitle.isEmpty {
                    Text(view.subtitle).font(.body).foregroundStyle(.secondary).multilineTextAlignment(.center)
                }
                if !view.summary.isEmpty {
                    Card { FieldList(fields: view.summary) }
                }
                PinDots(length: Int(view.length), filled: view.busy ? Int(view.length) : Int(view.entered),
                        label: view.enteredLabel)
                Group {
                    if view.busy {
                        ProgressLine(text: view.progress)
                    } else {
                        ErrorText(text: view.error)
                    }
                }
                .frame(minHeight: 44)
                PinPad(view: view, send: send)
                VStack(spacing: 8) {
                    ActionButton(view.biometrics, .link, send: send)
                    ActionButton(view.forgot, .link, send: send)
                }
            }
            .padding()
            .frame(maxWidth: 420)
            .frame(maxWidth: .infinity)
        }
    }
}

/// The dots: `length` of them, the first `filled` filled. While the PIN is checked or saved they stay filled.
/// Hidden from VoiceOver (the core gives no text for the progress; the keys and the title are read).
private struct PinDots: View {
    let length: Int
    let filled: Int
    /// The dots as one line for VoiceOver: «Введено цифр: 2 из 4».
    let label: String

    var body: some View {
        HStack(spacing: 16) {
            ForEach(0..<length, id: \.self) { index in
                Circle()
                    .fill(index < filled ? Color.primary : Color.clear)
                    .overlay(Circle().stroke(Color.primary, lineWidth: 1.5))
                    .frame(width: 16, height: 16)
            }
        }
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(label)
    }
}

/// The view's keys (1–9, then 0) on three columns, «erase» right of 0.
private struct PinPad: View {
    let view: PinScreen
    let send: (Event) -> Void
    @ScaledMetric(relativeTo: .title) private var keySize: CGFloat = 72

    var body: some View {
        let digits = Array(view.keys.dropLast())
        let columns = Array(repeating: GridItem(.fixed(keySize), spacing: 20), count: 3)
        LazyVGrid(columns: columns, spacing: 16) {
            ForEach(Array(digits.enumerated()), id: \.offset) { _, key in
                PinKeyButton(label: key.label, size: keySize, enabled: view.keysEnabled) { send(key.event) }
            }
            Color.clear.frame(width: keySize, height: keySize).accessibilityHidden(true)
            if let zero = view.keys.last {
                PinKeyButton(label: zero.label, size: keySize, enabled: view.keysEnabled) { send(zero.event) }
            }
            Button {
                send(view.erase.event)
            } label: {
                Image(systemName: "delete.backward").font(.title2).frame(width: keySize, height: keySize)
            }
            .disabled(!view.erase.enabled)
            .accessibilityLabel(view.erase.label)
        }
        .sensoryFeedback(.impact(weight: .light), trigger: view.entered)
    }
}

private struct PinKeyButton: View {
    let label: String
    let size: CGFloat
    let enabled: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Text(label)
                .font(.title.monospacedDigit())
                .frame(width: size, height: size)
                .background(Circle().fill(Palette.card))
        }
        .buttonStyle(.plain)
        .disabled(!enabled)
        .opacity(enabled ? 1 : 0.4)
    }
}

struct BiometricsView: View {
    let view: BiometricsScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Image(systemName: "faceid").font(.system(size: 72)).foregroundStyle(Palette.accent)
                .frame(maxWidth: .infinity).accessibilityHidden(true)
            Title(text: view.title)
            Text(view.body).font(.body)
            ErrorText(text: view.error)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.enable, send: send)
            ActionButton(view.skip, .secondary, send: send)
        }
    }
}
