import SwiftUI
import WalletKit

/// The app's colours: system colours (so Dark Mode and Increase Contrast work), the notices' by kind (green for a
/// success, neutral for information, amber for a warning, red for an error, as the core's `NoticeKind` says), the
/// result's mark by what it says.
enum Palette {
    static let background = Color(uiColor: .systemGroupedBackground)
    static let card = Color(uiColor: .secondarySystemGroupedBackground)
    static let accent = Color.accentColor

    static func noticeBackground(_ kind: NoticeKind) -> Color {
        switch kind {
        case .success: Color.green.opacity(0.18)
        case .info: Color(uiColor: .tertiarySystemFill)
        case .warning: Color.orange.opacity(0.22)
        case .error: Color.red.opacity(0.18)
        }
    }

    static func noticeForeground(_ kind: NoticeKind) -> Color {
        switch kind {
        case .success: Color(uiColor: .systemGreen)
        case .info: Color.primary
        case .warning: Color(uiColor: .systemOrange)
        case .error: Color(uiColor: .systemRed)
        }
    }

    static func noticeSymbol(_ kind: NoticeKind) -> String {
        switch kind {
        case .success: "checkmark.circle.fill"
        case .info: "info.circle.fill"
        case .warning: "exclamationmark.triangle.fill"
        case .error: "xmark.octagon.fill"
        }
    }

    static func mark(_ mark: ResultMark) -> (symbol: String, color: Color) {
        switch mark {
        case .done: ("checkmark.circle.fill", .green)
        case .waiting: ("clock.fill", .orange)
        case .refused: ("xmark.circle.fill", .red)
        case .cancelled: ("minus.circle.fill", .secondary)
        }
    }

    static func status(_ status: RowStatus) -> Color {
        switch status {
        case .queued, .accepted: .orange
        case .executed: .green
        case .rejected, .damaged: .red
        case .cancelled: .secondary
        }
    }

    static func kyc(_ state: KycState) -> (symbol: String, color: Color) {
        switch state {
        case .loading, .sending, .queued: ("arrow.up.circle", .secondary)
        case .notStarted: ("person.text.rectangle", .accentColor)
        case .inReview: ("hourglass", .orange)
        case .approved: ("checkmark.seal.fill", .green)
        case .rejected: ("xmark.seal.fill", .red)
        case .resubmissionRequested: ("arrow.uturn.backward.circle.fill", .orange)
        }
    }
}
