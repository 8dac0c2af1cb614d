import AVFoundation
import SwiftUI
import UIKit
import WalletKit

// Small building blocks the features share. A screen is a function of its view and `send`; nothing here holds a rule
// or formats money (the core formats every amount and date). Text styles only (Dynamic Type), and every control is
// labelled with the core's own text for VoiceOver. (The core's `TextField` and `Toggle` records share their names
// with SwiftUI's, hence `SwiftUI.TextField` and `WalletKit.TextField`.)

/// A screen's content: scrolls, so the largest text sizes fit.
struct ScreenScroll<Content: View>: View {
    @ViewBuilder let content: Content

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                content
            }
            .frame(maxWidth: 600, alignment: .leading)
            .padding()
            .frame(maxWidth: .infinity)
        }
        .scrollDismissesKeyboard(.interactively)
    }
}

struct Title: View {
    let text: String

    var body: some View {
        Text(text).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            .fixedSize(horizontal: false, vertical: true)
    }
}

struct Subtitle: View {
    let text: String?

    var body: some View {
        if let text, !text.isEmpty {
            Text(text).font(.body).foregroundStyle(.secondary).fixedSize(horizontal: false, vertical: true)
        }
    }
}

struct SectionTitle: View {
    let text: String?

    var body: some View {
        if let text, !text.isEmpty {
            Text(text).font(.headline).accessibilityAddTraits(.isHeader).padding(.top, 8)
        }
    }
}

/// What went wrong, in red, read out by VoiceOver as soon as it appears.
struct ErrorText: View {
    let text: String?

    var body: some View {
        if let text, !text.isEmpty {
            Label(text, systemImage: "exclamationmark.circle")
                .font(.callout)
                .foregroundStyle(.red)
                .fixedSize(horizontal: false, vertical: true)
                .onAppear { UIAccessibility.post(notification: .announcement, argument: text) }
        }
    }
}

/// What is happening while something is on its way.
struct ProgressLine: View {
    let text: String?

    var body: some View {
        HStack(spacing: 8) {
            ProgressView()
            if let text { Text(text).font(.callout).foregroundStyle(.secondary) }
        }
        .accessibilityElement(children: .combine)
    }
}

enum ButtonKind {
    case primary, secondary, link, destructive
}

/// One of the core's actions: its label, its event, enabled or not.
struct ActionButton: View {
    let action: Action?
    var kind: ButtonKind = .primary
    let send: (Event) -> Void

    init(_ action: Action?, _ kind: ButtonKind = .primary, send: @escaping (Event) -> Void) {
        self.action = action
        self.kind = kind
        self.send = send
    }

    var body: some View {
        if let action {
            let button = Button(role: kind == .destructive ? .destructive : nil) {
                send(action.event)
            } label: {
                Text(action.label)
                    .frame(maxWidth: kind == .link ? nil : .infinity, minHeight: 28)
                    .multilineTextAlignment(.center)
            }
            .disabled(!action.enabled)
            switch kind {
            case .primary: button.buttonStyle(.borderedProminent).controlSize(.large)
            case .secondary, .destructive: button.buttonStyle(.bordered).controlSize(.large)
            case .link: button.buttonStyle(.borderless)
            }
        }
    }
}

/// A tappable row that sends `event` (a setting, an operation, an inbox item).
struct EventRow<Content: View>: View {
    let event: Event?
    let send: (Event) -> Void
    @ViewBuilder let content: Content

    var body: some View {
        if let event {
            Button {
                send(event)
            } label: {
                HStack {
                    content
                    Image(systemName: "chevron.forward").foregroundStyle(.tertiary).accessibilityHidden(true)
                }
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
        } else {
            content
        }
    }
}

/// Label and value pairs (a payment's details, a receipt's fields).
struct FieldList: View {
    let fields: [Field]

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            ForEach(Array(fields.enumerated()), id: \.offset) { _, field in
                LabeledContent(field.label) {
                    Text(field.value).multilineTextAlignment(.trailing).textSelection(.enabled)
                }
            }
        }
    }
}

struct LabelValueList: View {
    let items: [LabelValue]

    var body: some View {
        FieldList(fields: items.map { Field(label: $0.label, value: $0.value) })
    }
}

/// A text field whose value the core owns. Typing is sent as it happens (`onEdit`); the field keeps what was typed
/// while the core's answers catch up, and takes the core's value when the core changed it (cleared, filled in).
struct CoreTextField: View {
    let label: String
    let value: String
    let placeholder: String
    let error: String?
    let keyboard: Keyboard
    let enabled: Bool
    let onFilledAtOnce: ((String) -> Void)?
    let onEdit: (String) -> Void
    @State private var text = ""
    @State private var sent: [String] = []
    @State private var started = false

    /// What the keyboard offers for a field.
    struct Keyboard {
        var type: UIKeyboardType = .default
        var content: UITextContentType?
        var capitalization: TextInputAutocapitalization = .sentences
        var autocorrection = true
        /// Dots instead of what is typed (a card's CVV).
        var secure = false
    }

    init(label: String, value: String, placeholder: String = "", error: String? = nil, kind: FieldKind = .text,
         enabled: Bool = true, onFilledAtOnce: ((String) -> Void)? = nil, onEdit: @escaping (String) -> Void) {
        self.init(label: label, value: value, placeholder: placeholder, error: error, keyboard: kind.keyboard,
                  enabled: enabled, onFilledAtOnce: onFilledAtOnce, onEdit: onEdit)
    }

    init(label: String, value: String, placeholder: String = "", error: String? = nil, keyboard: Keyboard,
         enabled: Bool = true, onFilledAtOnce: ((String) -> Void)? = nil, onEdit: @escaping (String) -> Void) {
        self.label = label
        self.value = value
        self.placeholder = placeholder
        self.error = error
        self.keyboard = keyboard
        self.enabled = enabled
        self.onFilledAtOnce = onFilledAtOnce
        self.onEdit = onEdit
    }

    /// The core's `TextField` record.
    init(_ field: WalletKit.TextField, enabled: Bool = true, onFilledAtOnce: ((String) -> Void)? = nil,
         onEdit: @escaping (String) -> Void) {
        self.init(label: field.label, value: field.value, placeholder: field.placeholder, error: field.error,
                  kind: field.kind, enabled: enabled, onFilledAtOnce: onFilledAtOnce, onEdit: onEdit)
    }

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(label).font(.subheadline).foregroundStyle(.secondary).accessibilityHidden(true)
            if keyboard.secure {
                input(SecureField(placeholder, text: $text))
            } else {
                input(SwiftUI.TextField(placeholder, text: $text))
            }
            ErrorText(text: error)
        }
        .onAppear {
            if !started {
                text = value
                started = true
            }
        }
        .onChange(of: text) { old, new in
            guard new != value else { return }
            sent.append(new)
            if sent.count > 32 { sent.removeFirst() }
            // One-time-code autofill puts the whole code in at once.
            if let onFilledAtOnce, old.isEmpty, new.count > 1 {
                onFilledAtOnce(new)
            } else {
                onEdit(new)
            }
        }
        .onChange(of: value) { _, new in
            if new == text {
                sent.removeAll()
            } else if !sent.contains(new) {
                // Not an echo of an earlier keystroke: the core changed the field.
                sent.removeAll()
                text = new
            }
        }
    }
}

extension CoreTextField {
    /// The field as its keyboard says, plain or in dots.
    fileprivate func input(_ field: some View) -> some View {
        field
            .keyboardType(keyboard.type)
            .textContentType(keyboard.content)
            .textInputAutocapitalization(keyboard.capitalization)
            .autocorrectionDisabled(!keyboard.autocorrection)
            .textFieldStyle(.roundedBorder)
            .disabled(!enabled)
            .accessibilityLabel(label)
            .accessibilityHint(error ?? "")
    }
}

extension FieldKind {
    var keyboard: CoreTextField.Keyboard {
        switch self {
        case .phone: .init(type: .phonePad, content: .telephoneNumber, capitalization: .never, autocorrection: false)
        case .smsCode: .init(type: .numberPad, content: .oneTimeCode, capitalization: .never, autocorrection: false)
        case .amount: .init(type: .decimalPad, content: nil, capitalization: .never, autocorrection: false)
        case .text: .init()
        // A card's fields: digits on the number pad (the core groups the number and puts the «/» in the expiry);
        // the CVV in dots; the name on the card in capitals, as it is embossed.
        case .cardNumber:
            .init(type: .numberPad, content: .creditCardNumber, capitalization: .never, autocorrection: false)
        case .cardExpiry:
            .init(type: .numberPad, content: Self.cardExpiryContent, capitalization: .never, autocorrection: false)
        case .cardCvv:
            .init(type: .numberPad, content: Self.cardCvvContent, capitalization: .never, autocorrection: false,
                  secure: true)
        case .cardHolder: .init(type: .asciiCapable, content: .name, capitalization: .characters, autocorrection: false)
        // A provider's personal account: digits only.
        case .accountNumber: .init(type: .numberPad, content: nil, capitalization: .never, autocorrection: false)
        }
    }

    /// The card's expiry for AutoFill (iOS 17; the app's target is 17.0, the check keeps it right below that).
    private static var cardExpiryContent: UITextContentType? {
        if #available(iOS 17.0, *) { return .creditCardExpiration }
        return nil
    }

    private static var cardCvvContent: UITextContentType? {
        if #available(iOS 17.0, *) { return .creditCardSecurityCode }
        return nil
    }
}

extension InputKind {
    var keyboard: CoreTextField.Keyboard {
        switch self {
        case .text: .init()
        case .name: .init(type: .default, content: nil, capitalization: .words, autocorrection: false)
        case .date: .init(type: .numbersAndPunctuation, content: nil, capitalization: .never, autocorrection: false)
        case .digits: .init(type: .numberPad, content: nil, capitalization: .never, autocorrection: false)
        case .documentNumber:
            .init(type: .asciiCapable, content: nil, capitalization: .characters, autocorrection: false)
        }
    }
}

/// A switch whose state the core owns: tapping sends the row's event.
struct CoreToggle: View {
    let label: String
    let on: Bool
    let flip: Event
    let send: (Event) -> Void

    var body: some View {
        SwiftUI.Toggle(label, isOn: Binding(get: { on }, set: { new in if new != on { send(flip) } }))
    }
}

/// A choice among options, each with its event (the auto-lock's minutes, a split's mode, who paid).
struct ChoiceList: View {
    let label: String
    let options: [(label: String, selected: Bool, event: Event)]
    let send: (Event) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(label).font(.subheadline).foregroundStyle(.secondary).accessibilityAddTraits(.isHeader)
            ForEach(Array(options.enumerated()), id: \.offset) { _, option in
                Button {
                    if !option.selected { send(option.event) }
                } label: {
                    HStack {
                        Text(option.label)
                        Spacer()
                        if option.selected { Image(systemName: "checkmark").accessibilityHidden(true) }
                    }
                    .contentShape(Rectangle())
                }
                .buttonStyle(.plain)
                .frame(minHeight: 44)
                .accessibilityAddTraits(option.selected ? [.isSelected, .isButton] : .isButton)
            }
        }
    }
}

/// A line of the history: who, what and when, the signed amount (struck through when it moved no money), the status.
struct OperationRowView: View {
    let row: OperationRow
    let send: (Event) -> Void

    var body: some View {
        EventRow(event: row.open, send: send) {
            HStack(alignment: .top) {
                VStack(alignment: .leading, spacing: 2) {
                    Text(row.title).font(.body)
                    Text(row.subtitle).font(.caption).foregroundStyle(.secondary)
                }
                Spacer(minLength: 8)
                VStack(alignment: .trailing, spacing: 2) {
                    Text(row.amount)
                        .font(.body.monospacedDigit().weight(row.counted ? .semibold : .regular))
                        .strikethrough(!row.counted)
                        .foregroundStyle(!row.counted ? Color.secondary : row.direction == .incoming ? Color.green : Color.primary)
                    Text(row.statusLabel).font(.caption).foregroundStyle(Palette.status(row.status))
                }
            }
            .padding(.vertical, 6)
        }
        .accessibilityElement(children: .combine)
    }
}

/// Operation rows, each day's heading above its first line.
struct OperationList: View {
    let rows: [OperationRow]
    let send: (Event) -> Void

    var body: some View {
        LazyVStack(alignment: .leading, spacing: 0) {
            ForEach(Array(rows.enumerated()), id: \.offset) { _, row in
                if let day = row.day {
                    Text(day).font(.subheadline.bold()).foregroundStyle(.secondary)
                        .padding(.top, 12).padding(.bottom, 4)
                        .accessibilityAddTraits(.isHeader)
                }
                OperationRowView(row: row, send: send)
                Divider()
            }
        }
    }
}

/// A card around a group of content.
struct Card<Content: View>: View {
    @ViewBuilder let content: Content

    var body: some View {
        VStack(alignment: .leading, spacing: 8) { content }
            .padding()
            .frame(maxWidth: .infinity, alignment: .leading)
            .background(Palette.card, in: RoundedRectangle(cornerRadius: 16))
    }
}

/// A QR code from the core's module matrix, with the quiet zone every reader needs, black on white in any mode.
struct QrCodeView: View {
    let matrix: QrMatrix
    let label: String

    var body: some View {
        Canvas { context, size in
            let count = Int(matrix.size) + 2 * qrQuietZone
            let module = min(size.width, size.height) / CGFloat(count)
            context.fill(Path(CGRect(origin: .zero, size: size)), with: .color(.white))
            var dark = Path()
            for (index, on) in matrix.modules.enumerated() where on {
                let x = index % Int(matrix.size) + qrQuietZone
                let y = index / Int(matrix.size) + qrQuietZone
                dark.addRect(CGRect(x: CGFloat(x) * module, y: CGFloat(y) * module, width: module, height: module))
            }
            context.fill(dark, with: .color(.black))
        }
        .aspectRatio(1, contentMode: .fit)
        .frame(maxWidth: 320)
        .accessibilityElement()
        .accessibilityLabel(label)
        .accessibilityAddTraits(.isImage)
    }
}

/// The device's capabilities as the screens reach them; UI tests and previews pass stand-ins.
struct Devices {
    var shake: any ShakeSensor
    var contacts: any ContactsSource

    @MainActor static let live = Devices(shake: ShakeMotion(), contacts: ContactsReader())
}

private struct DevicesKey: EnvironmentKey {
    static let defaultValue: Devices? = nil
}

extension EnvironmentValues {
    var devices: Devices? {
        get { self[DevicesKey.self] }
        set { self[DevicesKey.self] = newValue }
    }
}

// MARK: - The system's texts

private struct SystemTextsKey: EnvironmentKey {
    static let defaultValue: SystemTexts? = nil
}

extension EnvironmentValues {
    /// The core's texts for what the system shows on the app's behalf (`ViewModel.system`), set by `RootView`.
    var systemTexts: SystemTexts? {
        get { self[SystemTextsKey.self] }
        set { self[SystemTextsKey.self] = newValue }
    }
}

/// The camera refused in Settings: what to do, and the button to the app's page there, in the core's words. Nothing
/// while the camera is allowed or not yet asked.
struct CameraDeniedNote: View {
    @Environment(\.systemTexts) private var system

    var body: some View {
        let status = AVCaptureDevice.authorizationStatus(for: .video)
        if status == .denied || status == .restricted, let system {
            VStack(alignment: .leading, spacing: 8) {
                Text(system.cameraDenied).font(.callout)
                Button(system.openSettings) {
                    if let url = URL(string: UIApplication.openSettingsURLString) { UIApplication.shared.open(url) }
                }
                .buttonStyle(.bordered)
            }
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}
