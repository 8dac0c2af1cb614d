import PhotosUI
import SwiftUI
import WalletKit

// Seed 000 steps 10–22, online identification: the status from home, «Как пройти…», the checklist, the three photos
// (the camera, or a picture from the library; the back of the ID card read for its machine-readable zone), the
// passport form with its guarantee, «Адрес и работа» with the district picker, the consent text, «Отправить заявку».
// Mirrors core/src/features/kyc and desktop/web/kyc.js.

struct KycStatusView: View {
    let view: KycStatusScreen
    let send: (Event) -> Void

    var body: some View {
        let look = Palette.kyc(view.state)
        ScreenScroll {
            Title(text: view.title)
            HStack(alignment: .top, spacing: 12) {
                Image(systemName: look.symbol).font(.largeTitle).foregroundStyle(look.color).accessibilityHidden(true)
                VStack(alignment: .leading, spacing: 6) {
                    Text(view.headline).font(.headline)
                    Text(view.text).font(.body)
                }
            }
            .accessibilityElement(children: .combine)
            if view.busy { ProgressLine(text: nil) }
            if let reason = view.reason { ErrorText(text: reason) }
            if !view.toRedo.isEmpty {
                VStack(alignment: .leading, spacing: 4) {
                    ForEach(Array(view.toRedo.enumerated()), id: \.offset) { _, item in
                        Label(item, systemImage: "arrow.uturn.backward")
                    }
                }
            }
            if !view.limits.isEmpty { Card { LabelValueList(items: view.limits) } }
            ActionButton(view.sendNow, .secondary, send: send)
            ActionButton(view.start, send: send)
        }
    }
}

struct KycHowToView: View {
    let view: KycHowToScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.intro)
            ForEach(Array(view.steps.enumerated()), id: \.offset) { index, step in
                HStack(alignment: .top, spacing: 12) {
                    Text("\(index + 1)").font(.headline.monospacedDigit())
                        .frame(width: 28, height: 28).background(Circle().fill(Palette.card))
                        .accessibilityHidden(true)
                    Text(step).font(.body).fixedSize(horizontal: false, vertical: true)
                }
            }
            ActionButton(view.close, send: send)
        }
    }
}

struct KycChecklistView: View {
    let view: KycChecklistScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            ActionButton(view.howTo, .link, send: send)
            Subtitle(text: view.intro)
            VStack(spacing: 0) {
                ForEach(Array(view.rows.enumerated()), id: \.offset) { _, row in
                    EventRow(event: row.open, send: send) {
                        HStack(alignment: .top, spacing: 12) {
                            Image(systemName: KycChecklistView.symbol(row))
                                .foregroundStyle(row.done ? Color.green : Color.secondary)
                                .accessibilityHidden(true)
                            Text(row.label)
                                .font(row.style == .section ? .headline : .body)
                                .underline(row.style == .link)
                                .frame(maxWidth: .infinity, alignment: .leading)
                        }
                        .padding(.vertical, 10)
                    }
                    .accessibilityElement(children: .combine)
                    .accessibilityAddTraits(row.done ? .isSelected : [])
                    Divider()
                }
            }
            ErrorText(text: view.nonResident)
            Subtitle(text: view.status)
            if let ready = view.ready { Text(ready).font(.headline).foregroundStyle(.green) }
            ActionButton(view.submit, send: send)
        }
    }

    static func symbol(_ row: ChecklistRow) -> String {
        switch row.style {
        case .section: row.done ? "checkmark.circle.fill" : "circle"
        case .declaration, .link: row.done ? "checkmark.square.fill" : "square"
        }
    }
}

struct KycVerificationView: View {
    let view: KycVerificationScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            ForEach(Array(view.rows.enumerated()), id: \.offset) { _, row in
                Card {
                    HStack {
                        Image(systemName: row.done ? "checkmark.circle.fill" : "circle")
                            .foregroundStyle(row.done ? Color.green : Color.secondary)
                            .accessibilityHidden(true)
                        Text(row.label).font(.headline)
                        Spacer()
                    }
                    .accessibilityElement(children: .combine)
                    .accessibilityAddTraits(row.done ? .isSelected : [])
                    ActionButton(row.action, .secondary, send: send)
                }
            }
        }
    }
}

/// One photo: the camera the view names (the back one for the passport, the front one for the selfie) live in the
/// screen under the guide (the card's outline, and for the selfie the face's oval), the shutter, or a picture from the
/// library; the bytes go to the core, which checks them by content. On the back of the document the camera also reads
/// the machine-readable zone from the photo (Vision) and sends its lines.
struct KycCaptureView: View {
    let view: KycCaptureScreen
    let send: (Event) -> Void
    @State private var shutter = KycShutter()
    @State private var picked: PhotosPickerItem?

    var body: some View {
        ScreenScroll {
            if let step = view.step { Text(step).font(.subheadline).foregroundStyle(.secondary) }
            Title(text: view.title)
            Text(view.instruction).font(.body)
            ZStack {
                if KycCamera.isAvailable { KycCamera(facing: view.camera, shutter: shutter) }
                CaptureGuideOverlay(photo: view.photo, overPicture: KycCamera.isAvailable)
            }
            .aspectRatio(3.0 / 4.0, contentMode: .fit)
            .frame(maxWidth: 360)
            .clipShape(RoundedRectangle(cornerRadius: 16))
            .frame(maxWidth: .infinity)
            if view.checking { ProgressLine(text: view.checkingText) }
            ErrorText(text: view.problem)
            CameraDeniedNote()
            Subtitle(text: view.mrzNote)
            Button {
                shutter.take { photo in deliver(photo) }
            } label: {
                Label(view.takeLabel, systemImage: "camera").frame(maxWidth: .infinity, minHeight: 28)
            }
            .buttonStyle(.borderedProminent)
            .controlSize(.large)
            .disabled(view.checking || !shutter.ready)
            PhotosPicker(selection: $picked, matching: .images) {
                Label(view.galleryLabel, systemImage: "photo.on.rectangle").frame(maxWidth: .infinity, minHeight: 28)
            }
            .buttonStyle(.bordered)
            .controlSize(.large)
            .disabled(view.checking)
        }
        .onChange(of: picked) { _, item in
            guard let item else { return }
            Task {
                if let bytes = try? await item.loadTransferable(type: Data.self) { deliver(bytes) }
                picked = nil
            }
        }
    }

    private func deliver(_ bytes: Data) {
        let kind = view.photo
        send(.kyc(.photo(kind: kind, bytes: bytes)))
        if view.readMrz {
            KycCamera.readMrz(in: bytes) { lines in send(.kyc(.mrzRead(lines: lines))) }
        }
    }
}

struct KycPassportView: View {
    let view: KycPassportScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.subtitle)
            if let note = view.mrzNote { Label(note, systemImage: "text.viewfinder").font(.callout) }
            ForEach(Array(view.fields.enumerated()), id: \.offset) { _, field in
                VStack(alignment: .leading, spacing: 2) {
                    CoreTextField(label: field.label, value: field.value, error: field.error,
                                  keyboard: field.input.keyboard, enabled: view.editable) {
                        send(.kyc(.editPassport(field: field.field, text: $0)))
                    }
                    if let note = field.note { Text(note).font(.footnote).foregroundStyle(.secondary) }
                }
            }
            ActionButton(view.confirm, send: send)
            ActionButton(view.cancel, .secondary, send: send)
        }
    }
}

struct KycAddressView: View {
    let view: KycAddressScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            ForEach(Array(view.fields.enumerated()), id: \.offset) { _, field in
                if let pick = field.pick {
                    // The district: a picker, not a keyboard.
                    Button {
                        send(pick)
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(field.label).font(.subheadline).foregroundStyle(.secondary)
                            HStack {
                                Text(field.value).foregroundStyle(.primary)
                                Spacer()
                                Image(systemName: "chevron.up.chevron.down").accessibilityHidden(true)
                            }
                            .padding(8)
                            .background(RoundedRectangle(cornerRadius: 6).stroke(Color.secondary.opacity(0.4)))
                        }
                        .contentShape(Rectangle())
                    }
                    .buttonStyle(.plain)
                    .disabled(!view.editable)
                    .accessibilityElement(children: .combine)
                    ErrorText(text: field.error)
                } else {
                    CoreTextField(label: field.label, value: field.value, error: field.error, kind: .text,
                                  enabled: view.editable) {
                        send(.kyc(.editAddress(field: field.field, text: $0)))
                    }
                }
            }
            ActionButton(view.next, send: send)
        }
    }
}

struct KycDistrictsView: View {
    let view: KycDistrictsScreen
    let send: (Event) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Title(text: view.title).padding(.horizontal)
            CoreTextField(label: view.searchHint, value: view.query, placeholder: view.searchHint, kind: .text) {
                send(.kyc(.searchDistricts(query: $0)))
            }
            .padding(.horizontal)
            List {
                if let empty = view.empty {
                    Text(empty).foregroundStyle(.secondary)
                }
                ForEach(Array(view.groups.enumerated()), id: \.offset) { _, group in
                    Section(group.region) {
                        ForEach(Array(group.districts.enumerated()), id: \.offset) { _, district in
                            Button {
                                send(district.pick)
                            } label: {
                                HStack {
                                    Text(district.name).foregroundStyle(.primary)
                                    Spacer()
                                    if district.selected {
                                        Image(systemName: "checkmark").accessibilityHidden(true)
                                    }
                                }
                            }
                            .accessibilityAddTraits(district.selected ? [.isButton, .isSelected] : .isButton)
                        }
                    }
                }
            }
            .listStyle(.insetGrouped)
        }
    }
}

struct KycConsentView: View {
    let view: KycConsentScreen
    let send: (Event) -> Void

    var body: some View {
        VStack(spacing: 0) {
            ScreenScroll {
                Title(text: view.title)
                ForEach(Array(view.paragraphs.enumerated()), id: \.offset) { _, paragraph in
                    Text(paragraph).font(.body).fixedSize(horizontal: false, vertical: true)
                }
            }
            ActionButton(view.read, send: send).padding()
        }
    }
}
