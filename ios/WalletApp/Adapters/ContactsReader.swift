import Contacts
import ContactsUI
import SwiftUI
import WalletKit

/// The address book through the Contacts framework, behind its permission (asked the first time a screen wants the
/// contacts): every contact with a phone number, one entry per number, as the core takes them (it normalises the
/// numbers and asks the bank, by hashed prefixes, who has the wallet).
final class ContactsReader: ContactsSource {
    func read() async -> [DeviceContact]? {
        let store = CNContactStore()
        switch CNContactStore.authorizationStatus(for: .contacts) {
        case .denied, .restricted:
            return nil
        case .notDetermined:
            guard (try? await store.requestAccess(for: .contacts)) == true else { return nil }
        default:
            break
        }
        return await Task.detached(priority: .userInitiated) {
            let keys = [
                CNContactFormatter.descriptorForRequiredKeys(for: .fullName),
                CNContactPhoneNumbersKey as CNKeyDescriptor,
            ]
            var contacts: [DeviceContact] = []
            try? store.enumerateContacts(with: CNContactFetchRequest(keysToFetch: keys)) { contact, _ in
                let name = CNContactFormatter.string(from: contact, style: .fullName) ?? ""
                for number in contact.phoneNumbers {
                    contacts.append(DeviceContact(name: name, phone: number.value.stringValue))
                }
            }
            return contacts
        }.value
    }
}

/// Picking one number from the contacts (CNContactPickerViewController: no permission needed, the app sees only
/// the number picked), for the transfer's phone field.
struct ContactPickerButton: View {
    /// «Выбрать из контактов», the core's text.
    let label: String
    let onPhone: (String) -> Void
    @State private var picking = false

    var body: some View {
        Button {
            picking = true
        } label: {
            Label(label, systemImage: "person.crop.circle.badge.plus")
        }
        .sheet(isPresented: $picking) {
            ContactPicker { phone in
                picking = false
                if let phone { onPhone(phone) }
            }
            .ignoresSafeArea()
        }
    }
}

private struct ContactPicker: UIViewControllerRepresentable {
    let onPick: (String?) -> Void

    func makeCoordinator() -> Coordinator {
        Coordinator(onPick: onPick)
    }

    func makeUIViewController(context: Context) -> CNContactPickerViewController {
        let picker = CNContactPickerViewController()
        picker.displayedPropertyKeys = [CNContactPhoneNumbersKey]
        picker.predicateForSelectionOfProperty = NSPredicate(format: "key == 'phoneNumbers'")
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ picker: CNContactPickerViewController, context: Context) {}

    final class Coordinator: NSObject, CNContactPickerDelegate {
        let onPick: (String?) -> Void

        init(onPick: @escaping (String?) -> Void) {
            self.onPick = onPick
        }

        func contactPicker(_ picker: CNContactPickerViewController, didSelect property: CNContactProperty) {
            onPick((property.value as? CNPhoneNumber)?.stringValue)
        }

        func contactPickerDidCancel(_ picker: CNContactPickerViewController) {
            onPick(nil)
        }
    }
}
