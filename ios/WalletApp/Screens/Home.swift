import SwiftUI
import WalletKit

// Home: signed out «Войти»; signed in the balance «as of», the queue, «Пополнить» under it, the ways to pay and be
// paid («Платежи» among them), «Избранное» (the first favourites, each paid with a tap, and «Все избранные»), the
// requests made to me, the newest operations, the identification and the settings. Pull to refresh syncs.
// Mirrors core/src/features/home.

struct HomeView: View {
    let view: HomeScreen
    let send: (Event) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                HStack(alignment: .firstTextBaseline) {
                    Title(text: view.title)
                    Spacer()
                    if let inbox = view.inbox {
                        InboxButton(action: inbox, unread: Int(view.inboxUnread), unreadLabel: view.inboxUnreadLabel, send: send)
                    }
                    Button {
                        send(view.settings.event)
                    } label: {
                        Image(systemName: "gearshape").font(.title3)
                    }
                    .accessibilityLabel(view.settings.label)
                    .disabled(!view.settings.enabled)
                }
                Text(view.welcome).font(.body).foregroundStyle(.secondary)
                ActionButton(view.signIn, send: send)

                if let balance = view.balance {
                    Card {
                        Text(balance.label).font(.subheadline).foregroundStyle(.secondary)
                        Text(balance.amount).font(.largeTitle.bold().monospacedDigit())
                            .minimumScaleFactor(0.6).lineLimit(1)
                        if let available = balance.available {
                            Text(available).font(.subheadline)
                        }
                        if let status = view.syncStatus {
                            Label(status, systemImage: view.offline ? "wifi.slash" : "arrow.triangle.2.circlepath")
                                .font(.footnote)
                                .foregroundStyle(view.offline ? Color.orange : Color.secondary)
                        }
                        if let waiting = view.waiting {
                            Label(waiting, systemImage: "tray.full").font(.footnote)
                        }
                    }
                    .accessibilityElement(children: .combine)
                }
                if let topUp = view.topUp {
                    // «Пополнить» right under the balance: where a new customer looks first for a way to put money in.
                    Button {
                        send(topUp.event)
                    } label: {
                        Label(topUp.label, systemImage: "plus.circle.fill").font(.headline)
                            .frame(maxWidth: .infinity, minHeight: 28)
                    }
                    .buttonStyle(.borderedProminent)
                    .controlSize(.large)
                    .disabled(!topUp.enabled)
                }

                HomeActions(view: view, send: send)
                HomeFavourites(view: view, send: send)

                if !view.requests.isEmpty {
                    SectionTitle(text: view.requestsTitle)
                    ForEach(Array(view.requests.enumerated()), id: \.offset) { _, request in
                        IncomingRowView(row: request, send: send)
                    }
                }

                if !view.recent.isEmpty {
                    SectionTitle(text: view.recentTitle)
                    OperationList(rows: view.recent, send: send)
                    ActionButton(view.allHistory, .link, send: send)
                }

                VStack(spacing: 0) {
                    if let identification = view.identification {
                        SettingRowView(row: identification, send: send)
                        Divider()
                    }
                    SettingRowView(row: view.language, send: send)
                }
                .background(Palette.card, in: RoundedRectangle(cornerRadius: 12))
                ActionButton(view.refresh, .link, send: send)
            }
            .padding()
        }
        .refreshable {
            if let refresh = view.refresh, refresh.enabled { send(refresh.event) }
        }
    }
}

/// «Оплатить по QR», «Получить по QR», transfer, «Платежи», shake, split: the ways to move money, as a grid of buttons.
private struct HomeActions: View {
    let view: HomeScreen
    let send: (Event) -> Void

    var body: some View {
        let offered: [(Action?, String)] = [
            (view.payQr, "qrcode.viewfinder"), (view.receive, "qrcode"), (view.transfer, "phone.arrow.up.right"),
            (view.services, "list.bullet.rectangle.portrait"), (view.shake, "iphone.radiowaves.left.and.right"),
            (view.split, "person.2"),
        ]
        let actions = offered.compactMap { pair -> (Action, String)? in pair.0.map { ($0, pair.1) } }
        if !actions.isEmpty {
            LazyVGrid(columns: [GridItem(.adaptive(minimum: 150), spacing: 12)], spacing: 12) {
                ForEach(Array(actions.enumerated()), id: \.offset) { _, item in
                    Button {
                        send(item.0.event)
                    } label: {
                        VStack(spacing: 8) {
                            Image(systemName: item.1).font(.title2).accessibilityHidden(true)
                            Text(item.0.label).font(.subheadline).multilineTextAlignment(.center)
                        }
                        .frame(maxWidth: .infinity, minHeight: 72)
                        .padding(8)
                        .background(Palette.card, in: RoundedRectangle(cornerRadius: 12))
                    }
                    .buttonStyle(.plain)
                    .disabled(!item.0.enabled)
                }
            }
        }
    }
}

/// «Избранное» under the ways to pay, only when there are favourites: each one a row that pays it (the confirmation
/// with its amount, then the PIN; the core wrote «Мой MegaCom · 200,00 сом»); then «Все избранные» to the list,
/// whenever the core offers it.
private struct HomeFavourites: View {
    let view: HomeScreen
    let send: (Event) -> Void

    var body: some View {
        FavouriteList(title: view.favouritesTitle, favourites: view.favourites, send: send)
        // Offered with none too: the list says how to add one.
        ActionButton(view.allFavourites, .link, send: send)
    }
}

private struct InboxButton: View {
    let action: Action
    let unread: Int
    /// The count as VoiceOver says it, in the user's language («2 новых»).
    let unreadLabel: String?
    let send: (Event) -> Void

    var body: some View {
        Button {
            send(action.event)
        } label: {
            Image(systemName: unread > 0 ? "bell.badge" : "bell").font(.title3)
                .overlay(alignment: .topTrailing) {
                    if unread > 0 {
                        Text("\(unread)").font(.caption2.bold()).foregroundStyle(.white)
                            .padding(4).background(Circle().fill(.red)).offset(x: 10, y: -10)
                            .accessibilityHidden(true)
                    }
                }
        }
        .accessibilityLabel(action.label)
        .accessibilityValue(unreadLabel ?? "")
        .disabled(!action.enabled)
    }
}

/// A setting with its value, opening the setting when tapped.
struct SettingRowView: View {
    let row: SettingRow
    let send: (Event) -> Void

    var body: some View {
        EventRow(event: row.open, send: send) {
            LabeledContent(row.label, value: row.value)
        }
        .padding()
        .accessibilityElement(children: .combine)
    }
}

/// A request made to me («Айгуль А. просит 366,67 сом») with «Оплатить».
struct IncomingRowView: View {
    let row: IncomingRow
    let send: (Event) -> Void

    var body: some View {
        Card {
            Text(row.text).font(.body)
            if let comment = row.comment { Text(comment).font(.callout).foregroundStyle(.secondary) }
            if let reminded = row.reminded { Text(reminded).font(.footnote).foregroundStyle(.orange) }
            ActionButton(row.pay, send: send)
        }
    }
}
