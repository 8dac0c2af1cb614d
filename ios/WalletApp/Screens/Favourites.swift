import SwiftUI
import WalletKit

// «Избранное»: the favourites, each with what it pays, its amount, its regular payment (the schedule and the next run,
// or «Приостановлен») and, in amber, why its last run was refused; «Оплатить» (the confirmation with the amount, then
// the PIN), «Изменить» and «Регулярный платёж» / «Расписание». The kept lists show offline with a banner that says so.
// A favourite's form (saved from a payment's «В избранное», or changed): who it pays, its name and amount,
// «Сохранить», «Удалить из избранного». A regular payment's form: monthly on a day (the last-day rule said), weekly on
// a weekday, or on each bill; paused; «Сохранить», «Удалить регулярный платёж». Mirrors core/src/features/favourites.

struct FavouritesView: View {
    let view: FavouritesScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            KeptBanner(text: view.offline)
            ActionButton(view.retry, .secondary, send: send)
            if view.busy { ProgressLine(text: nil).frame(maxWidth: .infinity) }

            LazyVStack(alignment: .leading, spacing: 12) {
                ForEach(Array(view.rows.enumerated()), id: \.offset) { _, row in
                    FavouriteRowView(row: row, send: send)
                }
            }
            EmptyListText(text: view.empty)
        }
    }
}

/// A favourite: its name, whom it pays, its amount, its regular payment and the last run's refusal, and its three
/// actions, «Оплатить» the main one.
private struct FavouriteRowView: View {
    let row: FavouriteRow
    let send: (Event) -> Void

    var body: some View {
        Card {
            VStack(alignment: .leading, spacing: 4) {
                HStack(alignment: .firstTextBaseline) {
                    Text(row.name).font(.headline)
                    Spacer(minLength: 8)
                    Text(row.amount).font(.headline.monospacedDigit())
                }
                Text(row.payee).font(.subheadline).foregroundStyle(.secondary)
                if let rule = row.rule {
                    Label(rule, systemImage: "calendar").font(.footnote)
                        .fixedSize(horizontal: false, vertical: true)
                }
                if let problem = row.ruleProblem {
                    Label(problem, systemImage: "exclamationmark.triangle.fill")
                        .font(.footnote)
                        .foregroundStyle(Palette.noticeForeground(.warning))
                        .fixedSize(horizontal: false, vertical: true)
                }
            }
            .accessibilityElement(children: .combine)
            // Side by side while they fit; one under another at the largest text sizes.
            ViewThatFits(in: .horizontal) {
                HStack(spacing: 8) { actions }
                VStack(spacing: 8) { actions }
            }
        }
    }

    @ViewBuilder private var actions: some View {
        ActionButton(row.pay, send: send)
        ActionButton(row.edit, .secondary, send: send)
        ActionButton(row.schedule, .secondary, send: send)
    }
}

struct FavouriteEditView: View {
    let view: FavouriteEditScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Subtitle(text: view.payee)
            CoreTextField(view.name, enabled: !view.busy) { send(.favourites(.editName(text: $0))) }
            CoreTextField(view.amount, enabled: !view.busy) { send(.favourites(.editAmount(text: $0))) }
            ErrorText(text: view.error)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.submit, send: send)
            // Never the main action.
            ActionButton(view.delete, .destructive, send: send)
        }
    }
}

struct RegularEditView: View {
    let view: RegularEditScreen
    let send: (Event) -> Void

    var body: some View {
        ScreenScroll {
            Title(text: view.title)
            Label(view.favourite, systemImage: "star.fill").font(.headline)
                .fixedSize(horizontal: false, vertical: true)
            Card {
                ChoiceSegments(row: view.kind, send: send)
                if let day = view.day {
                    CoreTextField(day, enabled: !view.busy) { send(.favourites(.editDay(text: $0))) }
                }
                Subtitle(text: view.dayNote)
                if let weekday = view.weekday {
                    ChoiceSegments(row: weekday, send: send)
                }
                Subtitle(text: view.billNote)
            }
            if let pause = view.pause {
                CoreToggle(label: pause.label, on: pause.on, flip: pause.toggle, send: send)
                    .padding()
                    .background(Palette.card, in: RoundedRectangle(cornerRadius: 12))
            }
            Label(view.note, systemImage: "info.circle").font(.footnote).foregroundStyle(.secondary)
                .fixedSize(horizontal: false, vertical: true)
            ErrorText(text: view.error)
            if view.busy { ProgressLine(text: nil) }
            ActionButton(view.submit, send: send)
            // Never the main action.
            ActionButton(view.delete, .destructive, send: send)
        }
    }
}

/// A few short options of the core's `ChoiceRow` side by side (a segmented picker); choosing one sends its event,
/// and what is selected is what the core says.
private struct ChoiceSegments: View {
    let row: ChoiceRow
    let send: (Event) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(row.label).font(.subheadline).foregroundStyle(.secondary).accessibilityHidden(true)
            Picker(row.label, selection: Binding(
                get: { row.options.firstIndex(where: \.selected) ?? -1 },
                set: { index in
                    guard row.options.indices.contains(index), !row.options[index].selected else { return }
                    send(row.options[index].select)
                }
            )) {
                ForEach(Array(row.options.enumerated()), id: \.offset) { index, option in
                    Text(option.label).tag(index)
                }
            }
            .pickerStyle(.segmented)
            .accessibilityLabel(row.label)
        }
    }
}

/// Favourites to pay at a tap, under their heading, only when there are some (home, and the catalogue over its
/// categories): each row sends its event — the confirmation with the favourite's amount, then the PIN.
struct FavouriteList: View {
    let title: String?
    let favourites: [Action]
    let send: (Event) -> Void

    var body: some View {
        if !favourites.isEmpty {
            SectionTitle(text: title)
            VStack(spacing: 0) {
                ForEach(Array(favourites.enumerated()), id: \.offset) { index, favourite in
                    if index > 0 { Divider() }
                    EventRow(event: favourite.event, send: send) {
                        HStack(spacing: 12) {
                            Image(systemName: "star.fill").foregroundStyle(.yellow).accessibilityHidden(true)
                            Text(favourite.label).font(.body).multilineTextAlignment(.leading)
                                .fixedSize(horizontal: false, vertical: true)
                            Spacer(minLength: 0)
                        }
                        .frame(minHeight: 44)
                    }
                    .padding(.horizontal)
                    .disabled(!favourite.enabled)
                    .accessibilityElement(children: .combine)
                    .accessibilityAddTraits(.isButton)
                }
            }
            .background(Palette.card, in: RoundedRectangle(cornerRadius: 12))
        }
    }
}
