import SwiftUI
import UIKit
import WalletKit

// «Разделить чек» (seed 001 §4.10.13): the bills and the requests made to me; the bill editor (total and tip, the
// way of splitting, the people typed or from the contacts — those with the wallet marked —, items, the group and who
// paid); a bill being collected; a group's balances and the fewest payments that settle it. The shares are worked
// out by the core at every change. Mirrors core/src/features/split and desktop/web/split.js.

struct SplitBillsView: View {
    let view: SplitBillsScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            ActionButton(view.newBill, send: send)
            if !view.incoming.isEmpty {
                SectionTitle(text: view.incomingTitle)
                ForEach(Array(view.incoming.enumerated()), id: \.offset) { _, row in
                    IncomingRowView(row: row, send: send)
                }
            }
            if !view.groups.isEmpty {
                SectionTitle(text: view.groupsTitle)
                ForEach(Array(view.groups.enumerated()), id: \.offset) { _, group in
                    ActionButton(group.open, .secondary, send: send)
                }
            }
            SectionTitle(text: view.billsTitle)
            if let empty = view.empty { Text(empty).font(.body).foregroundStyle(.secondary) }
            BillRows(rows: view.bills, send: send)
        }
    }
}

/// The bills on a list: title, total, how many have paid.
private struct BillRows: View {
    let rows: [BillRow]
    let send: (Event) -> Void

    var body: some View {
        VStack(spacing: 0) {
            ForEach(Array(rows.enumerated()), id: \.offset) { _, row in
                Button {
                    send(row.open.event)
                } label: {
                    HStack {
                        VStack(alignment: .leading, spacing: 2) {
                            Text(row.title).font(.body)
                            Text(row.status).font(.caption).foregroundStyle(row.settled ? Color.green : Color.secondary)
                        }
                        Spacer()
                        Text(row.total).font(.body.monospacedDigit())
                        Image(systemName: "chevron.forward").foregroundStyle(.tertiary).accessibilityHidden(true)
                    }
                    .padding(.vertical, 8)
                    .contentShape(Rectangle())
                }
                .buttonStyle(.plain)
                .disabled(!row.open.enabled)
                .accessibilityElement(children: .combine)
                Divider()
            }
        }
    }
}

struct SplitEditorView: View {
    let view: SplitEditorScreen
    let send: (Event) -> Void
    @Environment(\.devices) private var devices
    @State private var askedForContacts = false
    /// The system said no to the contacts: the core's «allow them in Settings» and the button there.
    @State private var contactsRefused = false
    @Environment(\.systemTexts) private var system

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.source)
            CoreTextField(label: view.nameLabel, value: view.name, kind: .text) { send(.split(.editTitle(text: $0))) }
            if let totalLabel = view.totalLabel {
                HStack(alignment: .bottom) {
                    CoreTextField(label: totalLabel, value: view.total, kind: .amount) {
                        send(.split(.editTotal(text: $0)))
                    }
                    Text(view.currency).font(.body).padding(.bottom, 8)
                }
            }
            CoreTextField(label: view.tipLabel, value: view.tip, placeholder: view.tipHint,
                          keyboard: .init(type: .numbersAndPunctuation, content: nil, capitalization: .never,
                                          autocorrection: false)) {
                send(.split(.editTip(text: $0)))
            }
            Card {
                ChoiceList(label: view.modesTitle, options: view.modes.map { ($0.label, $0.selected, $0.choose) }, send: send)
            }
            CoreToggle(label: view.includeMe.label, on: view.includeMe.on, flip: view.includeMe.flip, send: send)

            SectionTitle(text: view.peopleTitle)
            ForEach(Array(view.people.enumerated()), id: \.offset) { _, person in
                PersonRowView(person: person, send: send)
            }

            if let itemsTitle = view.itemsTitle {
                SectionTitle(text: itemsTitle)
                ForEach(Array(view.items.enumerated()), id: \.offset) { _, item in
                    ItemRowView(item: item, nameLabel: view.itemNameLabel, priceLabel: view.itemPriceLabel, send: send)
                }
                ActionButton(view.addItem, .secondary, send: send)
            }

            Card {
                CoreTextField(label: view.newNameLabel, value: view.newName,
                              keyboard: .init(type: .default, content: .name, capitalization: .words,
                                              autocorrection: false)) {
                    send(.split(.editNewName(text: $0)))
                }
                CoreTextField(label: view.newPhoneLabel, value: view.newPhone, kind: .phone) {
                    send(.split(.editNewPhone(text: $0)))
                }
                ErrorText(text: view.newProblem)
                ActionButton(view.addPerson, .secondary, send: send)
            }

            SectionTitle(text: view.contactsTitle)
            Subtitle(text: view.contactsStatus)
            ForEach(Array(view.contacts.enumerated()), id: \.offset) { _, contact in
                HStack {
                    VStack(alignment: .leading, spacing: 2) {
                        Text(contact.name)
                        Text(contact.phone).font(.caption).foregroundStyle(.secondary)
                    }
                    if let badge = contact.badge {
                        Text(badge).font(.caption2.bold()).padding(.horizontal, 6).padding(.vertical, 2)
                            .background(Capsule().fill(Color.green.opacity(0.2)))
                    }
                    Spacer()
                    ActionButton(contact.add, .link, send: send)
                }
                .accessibilityElement(children: .combine)
            }
            ActionButton(view.refreshContacts, .link, send: send)
            if contactsRefused, let system {
                Text(system.contactsDenied).font(.callout)
                Button(system.openSettings) {
                    if let url = URL(string: UIApplication.openSettingsURLString) { UIApplication.shared.open(url) }
                }
                .buttonStyle(.bordered)
            }

            CoreTextField(label: view.groupLabel, value: view.group, placeholder: view.groupHint, kind: .text) {
                send(.split(.editGroup(text: $0)))
            }
            if !view.payers.isEmpty {
                Card {
                    ChoiceList(label: view.payerLabel, options: view.payers.map { ($0.label, $0.selected, $0.choose) },
                               send: send)
                }
            }
            if let summary = view.summary { Text(summary).font(.headline) }
            ErrorText(text: view.error)
            ErrorText(text: view.problem)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.send, send: send)
        }
        .task(id: view.contactsWanted) {
            // The core has no contacts yet: ask the system once (the Contacts permission), then hand them over.
            guard view.contactsWanted, !askedForContacts, let source = devices?.contacts else { return }
            askedForContacts = true
            if let contacts = await source.read() {
                send(.split(.contactsRead(contacts: contacts)))
            } else {
                contactsRefused = true
            }
        }
    }
}

private struct PersonRowView: View {
    let person: PersonRow
    let send: (Event) -> Void

    var body: some View {
        Card {
            HStack(alignment: .firstTextBaseline) {
                VStack(alignment: .leading, spacing: 2) {
                    Text(person.name).font(.headline)
                    if let phone = person.phone { Text(phone).font(.caption).foregroundStyle(.secondary) }
                    if let delivery = person.delivery { Text(delivery).font(.caption).foregroundStyle(.secondary) }
                }
                Spacer()
                if let share = person.share { Text(share).font(.body.monospacedDigit().bold()) }
            }
            .accessibilityElement(children: .combine)
            if let valueLabel = person.valueLabel {
                CoreTextField(label: valueLabel, value: person.value,
                              keyboard: .init(type: .decimalPad, content: nil, capitalization: .never,
                                              autocorrection: false)) {
                    send(.split(.editValue(person: person.index, text: $0)))
                }
            }
            if let rounding = person.rounding { Text(rounding).font(.footnote).foregroundStyle(.secondary) }
            ActionButton(person.remove, .link, send: send)
        }
    }
}

private struct ItemRowView: View {
    let item: ItemRow
    let nameLabel: String
    let priceLabel: String
    let send: (Event) -> Void

    var body: some View {
        Card {
            HStack(alignment: .bottom) {
                CoreTextField(label: "\(item.index + 1). \(nameLabel)", value: item.name, kind: .text) {
                    send(.split(.editItemName(item: item.index, text: $0)))
                }
                CoreTextField(label: priceLabel, value: item.price, kind: .amount) {
                    send(.split(.editItemPrice(item: item.index, text: $0)))
                }
                .frame(maxWidth: 140)
            }
            ForEach(Array(item.people.enumerated()), id: \.offset) { _, toggle in
                CoreToggle(label: toggle.label, on: toggle.on, flip: toggle.flip, send: send)
            }
            ActionButton(item.remove, .link, send: send)
        }
    }
}

struct SplitBillView: View {
    let view: SplitBillScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            if view.loading { ProgressLine(text: nil) }
            Text(view.total).font(.largeTitle.bold().monospacedDigit())
            Text(view.status).font(.headline)
                .foregroundStyle(view.settled ? Color.green : view.cancelled ? Color.secondary : Color.primary)
            Subtitle(text: view.paidBy)
            Subtitle(text: view.group)
            ForEach(Array(view.people.enumerated()), id: \.offset) { _, person in
                BillPersonView(person: person, send: send)
            }
            ActionButton(view.payBill, send: send)
            ActionButton(view.cancel, .destructive, send: send)
        }
    }
}

/// A person of a bill being collected: what they owe, whether they paid; «Напомнить» for wallet users; for others
/// the link to share (never printed) or copy.
private struct BillPersonView: View {
    let person: BillPersonRow
    let send: (Event) -> Void

    var body: some View {
        Card {
            HStack {
                Image(systemName: person.paid ? "checkmark.circle.fill" : "clock")
                    .foregroundStyle(person.paid ? Color.green : Color.orange).accessibilityHidden(true)
                Text(person.name).font(.headline)
                Spacer()
                Text(person.amount).font(.body.monospacedDigit())
            }
            .accessibilityElement(children: .combine)
            Text(person.status).font(.callout).foregroundStyle(.secondary)
            if let rounding = person.rounding { Text(rounding).font(.footnote).foregroundStyle(.secondary) }
            HStack {
                if let text = person.shareText {
                    ShareLink(item: text) { Label(person.shareLabel, systemImage: "square.and.arrow.up") }
                }
                if let link = person.link {
                    Button {
                        UIPasteboard.general.string = link
                    } label: {
                        Label(person.copyLinkLabel, systemImage: "doc.on.doc")
                    }
                }
            }
            .buttonStyle(.bordered)
            ActionButton(person.remind, .secondary, send: send)
        }
    }
}

struct SplitGroupView: View {
    let view: SplitGroupScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.billsCount)
            ErrorText(text: view.error)
            Card {
                ForEach(Array(view.members.enumerated()), id: \.offset) { _, member in
                    LabeledContent(member.name) {
                        Text(member.balance).foregroundStyle(member.owes ? Color.orange : Color.primary)
                    }
                }
            }
            SectionTitle(text: view.paymentsTitle)
            ForEach(Array(view.payments.enumerated()), id: \.offset) { _, payment in
                Label(payment, systemImage: "arrow.right.circle")
            }
            BillRows(rows: view.bills, send: send)
        }
    }
}
