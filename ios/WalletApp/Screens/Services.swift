import SwiftUI
import WalletKit

// «Платежи»: the search, the favourites (FavouriteList), then the categories as a grid, a category's providers under its heading, or what the search
// found; each provider a round logo of its initials, its name and its category. The kept catalogue shows offline with
// a banner that says so. A provider's form: its logo, name and category, the account (a phone number, a personal
// account of digits or a contract number, each with its keyboard), the operator told by the number, the provider's
// word about the account (the holder and the debt, which the core puts into the amount), why it refused the account,
// the amount within the provider's limits, «Продолжить» to the common confirmation (PayConfirmView).
// Mirrors core/src/features/services.

struct ServicesView: View {
    let view: ServicesScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            CoreTextField(view.search) { send(.services(.search(text: $0))) }
            KeptBanner(text: view.offline)
            ActionButton(view.retry, .secondary, send: send)
            if view.busy { ProgressLine(text: nil).frame(maxWidth: .infinity) }
            FavouriteList(title: view.favouritesTitle, favourites: view.favourites, send: send)

            if !view.categories.isEmpty {
                LazyVGrid(columns: [GridItem(.adaptive(minimum: 150), spacing: 12)], spacing: 12) {
                    ForEach(Array(view.categories.enumerated()), id: \.offset) { _, category in
                        CategoryButton(action: category, send: send)
                    }
                }
            }
            SectionTitle(text: view.category)
            if !view.providers.isEmpty {
                LazyVStack(alignment: .leading, spacing: 0) {
                    ForEach(Array(view.providers.enumerated()), id: \.offset) { _, row in
                        ProviderRowView(row: row, send: send)
                        Divider()
                    }
                }
            }
            EmptyListText(text: view.empty)
        }
    }
}

/// A category of the catalogue, as a tile: a picture the shell ships for its id, and the core's name for it.
private struct CategoryButton: View {
    let action: Action
    let send: (Event) -> Void

    var body: some View {
        Button {
            send(action.event)
        } label: {
            VStack(spacing: 8) {
                Image(systemName: Self.symbol(action.event)).font(.title2).accessibilityHidden(true)
                Text(action.label).font(.subheadline).multilineTextAlignment(.center)
                    .fixedSize(horizontal: false, vertical: true)
            }
            .frame(maxWidth: .infinity, minHeight: 72)
            .padding(8)
            .background(Palette.card, in: RoundedRectangle(cornerRadius: 12))
        }
        .buttonStyle(.plain)
        .disabled(!action.enabled)
    }

    /// The pictures the shell ships for the sandbox's categories; a category the bank adds later gets a plain one.
    static func symbol(_ event: Event) -> String {
        guard case .services(.openCategory(let id)) = event else { return "square.grid.2x2" }
        switch id {
        case "mobile": return "iphone"
        case "internet": return "wifi"
        case "tv": return "tv"
        case "electricity": return "bolt.fill"
        case "gas": return "flame.fill"
        case "water": return "drop.fill"
        case "heating": return "heater.vertical.fill"
        case "education": return "graduationcap.fill"
        case "fines": return "building.columns.fill"
        default: return "square.grid.2x2"
        }
    }
}

/// A provider in a list: its logo, its name, its category underneath; tapping opens its form.
private struct ProviderRowView: View {
    let row: ProviderRow
    let send: (Event) -> Void

    var body: some View {
        EventRow(event: row.open.event, send: send) {
            HStack(spacing: 12) {
                ProviderLogo(initials: row.initials, size: 44)
                VStack(alignment: .leading, spacing: 2) {
                    Text(row.name).font(.body)
                    Text(row.category).font(.caption).foregroundStyle(.secondary)
                }
                Spacer(minLength: 0)
            }
            .padding(.vertical, 8)
        }
        .disabled(!row.open.enabled)
        .accessibilityElement(children: .combine)
    }
}

/// A provider's "logo": its initials in a circle. The colour only tells providers apart at a glance; the same
/// initials always get the same one.
private struct ProviderLogo: View {
    let initials: String
    let size: CGFloat

    private static let colors: [Color] = [.blue, .green, .orange, .purple, .teal, .pink, .indigo, .brown]

    var body: some View {
        let sum = initials.unicodeScalars.reduce(0) { $0 + Int($1.value) }
        let color = Self.colors[sum % Self.colors.count]
        Text(initials)
            .font(.system(size: size * 0.38, weight: .semibold, design: .rounded))
            .foregroundStyle(.white)
            .lineLimit(1)
            .minimumScaleFactor(0.5)
            .padding(4)
            .frame(width: size, height: size)
            .background(Circle().fill(color))
            .accessibilityHidden(true)
    }
}

struct ServicePayView: View {
    let view: ServicePayScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            HStack(spacing: 12) {
                ProviderLogo(initials: view.initials, size: 56)
                VStack(alignment: .leading, spacing: 2) {
                    Title(text: view.title)
                    Text(view.category).font(.subheadline).foregroundStyle(.secondary)
                }
            }
            .accessibilityElement(children: .combine)
            .accessibilityAddTraits(.isHeader)

            CoreTextField(view.account) { send(.services(.editAccount(text: $0))) }
                .overlay(alignment: .topTrailing) {
                    // The provider is being asked about the account: a spinner on the label's line.
                    if view.busy { ProgressView().controlSize(.small) }
                }
            if let note = view.operatorNote {
                Label(note, systemImage: "antenna.radiowaves.left.and.right")
                    .font(.footnote)
                    .foregroundStyle(.secondary)
                    .fixedSize(horizontal: false, vertical: true)
            }
            if view.holder != nil || view.debt != nil {
                // The provider's word about the account.
                Card {
                    if let holder = view.holder {
                        Label(holder, systemImage: "person.crop.circle").font(.body)
                    }
                    if let debt = view.debt {
                        Text(debt).font(.headline.monospacedDigit())
                    }
                }
                .accessibilityElement(children: .combine)
            }
            ErrorText(text: view.checkError)
            ActionButton(view.retryCheck, .secondary, send: send)

            CoreTextField(view.amount) { send(.services(.editAmount(text: $0))) }
            Text(view.limits).font(.footnote).foregroundStyle(.secondary)
            ActionButton(view.submit, send: send)
        }
    }
}

/// What a list shows while the bank is out of reach: the kept one, said in a banner (the catalogue, the favourites).
struct KeptBanner: View {
    let text: String?

    var body: some View {
        if let text {
            Label(text, systemImage: "wifi.slash")
                .font(.callout)
                .fixedSize(horizontal: false, vertical: true)
                .padding(12)
                .frame(maxWidth: .infinity, alignment: .leading)
                .background(Palette.noticeBackground(.info), in: RoundedRectangle(cornerRadius: 12))
                .accessibilityElement(children: .combine)
        }
    }
}

/// A list's empty text, centred under it («Ничего не нашлось», how to add a favourite).
struct EmptyListText: View {
    let text: String?

    var body: some View {
        if let text {
            Text(text).font(.body).foregroundStyle(.secondary)
                .fixedSize(horizontal: false, vertical: true)
                .frame(maxWidth: .infinity)
                .multilineTextAlignment(.center)
                .padding(.vertical, 32)
        }
    }
}
