//! What the user (and the shell) can do around split bills.

use serde::{Deserialize, Serialize};

use super::state::SplitMode;

/// A contact from the phone's address book, as the shell read it (any spelling of the number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct DeviceContact {
    pub name: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum SplitEvent {
    /// «Разделить чек» on home: the bills and the requests made to me.
    OpenBills,
    /// «Новый чек»: a bill whose total is typed in.
    NewBill,
    /// «Разделить чек» on one of my payments (its screen): the payment's amount and recipient.
    FromPayment,
    /// «Разделить чек» on the confirmation of a scanned code with an amount: the code's amount and recipient.
    FromCode,
    EditTitle {
        text: String,
    },
    EditTotal {
        text: String,
    },
    /// A tip or service charge: `10%` or an amount; empty for none.
    EditTip {
        text: String,
    },
    SetMode {
        mode: SplitMode,
    },
    /// Whether I pay a share too.
    IncludeMe {
        included: bool,
    },
    /// A person's share, percentage or exact amount (by the mode).
    EditValue {
        person: u32,
        text: String,
    },
    EditNewName {
        text: String,
    },
    EditNewPhone {
        text: String,
    },
    /// «Добавить» the typed name and number.
    AddPerson,
    /// A contact from the list (its number in E.164, as the view gave it).
    AddContact {
        phone: String,
    },
    RemovePerson {
        person: u32,
    },
    AddItem,
    EditItemName {
        item: u32,
        text: String,
    },
    EditItemPrice {
        item: u32,
        text: String,
    },
    /// Whether `person` shared `item`.
    ToggleItemPerson {
        item: u32,
        person: u32,
    },
    RemoveItem {
        item: u32,
    },
    /// The group the bill belongs to (empty: none).
    EditGroup {
        text: String,
    },
    /// Who paid the bill (a position on it); anyone but me: the bill only counts in its group, nobody is asked.
    SetPayer {
        person: u32,
    },
    /// «Отправить запросы» (or «Сохранить в группу» when someone else paid).
    Send,
    OpenBill {
        bill_id: String,
    },
    /// A group's balances and the payments that settle it.
    OpenGroup {
        name: String,
    },
    /// «Напомнить» one person of the bill on screen.
    Remind {
        person: u32,
    },
    /// «Отменить чек»: cancels every open request of the bill on screen.
    CancelBill,
    /// «Оплатить чек»: a bill made from a scanned code pays the code.
    PayBill,
    /// «Оплатить» a request made to me.
    PayRequest {
        request_id: String,
    },
    /// The shell read the phone's contacts (after the user allowed it).
    ContactsRead {
        contacts: Vec<DeviceContact>,
    },
    /// Ask the bank again which contacts have the wallet.
    RefreshContacts,
}

impl SplitEvent {
    /// A stable name for messages and logs; never what was typed.
    pub fn name(&self) -> &'static str {
        match self {
            SplitEvent::OpenBills => "Split.OpenBills",
            SplitEvent::NewBill => "Split.NewBill",
            SplitEvent::FromPayment => "Split.FromPayment",
            SplitEvent::FromCode => "Split.FromCode",
            SplitEvent::EditTitle { .. } => "Split.EditTitle",
            SplitEvent::EditTotal { .. } => "Split.EditTotal",
            SplitEvent::EditTip { .. } => "Split.EditTip",
            SplitEvent::SetMode { .. } => "Split.SetMode",
            SplitEvent::IncludeMe { .. } => "Split.IncludeMe",
            SplitEvent::EditValue { .. } => "Split.EditValue",
            SplitEvent::EditNewName { .. } => "Split.EditNewName",
            SplitEvent::EditNewPhone { .. } => "Split.EditNewPhone",
            SplitEvent::AddPerson => "Split.AddPerson",
            SplitEvent::AddContact { .. } => "Split.AddContact",
            SplitEvent::RemovePerson { .. } => "Split.RemovePerson",
            SplitEvent::AddItem => "Split.AddItem",
            SplitEvent::EditItemName { .. } => "Split.EditItemName",
            SplitEvent::EditItemPrice { .. } => "Split.EditItemPrice",
            SplitEvent::ToggleItemPerson { .. } => "Split.ToggleItemPerson",
            SplitEvent::RemoveItem { .. } => "Split.RemoveItem",
            SplitEvent::EditGroup { .. } => "Split.EditGroup",
            SplitEvent::SetPayer { .. } => "Split.SetPayer",
            SplitEvent::Send => "Split.Send",
            SplitEvent::OpenBill { .. } => "Split.OpenBill",
            SplitEvent::OpenGroup { .. } => "Split.OpenGroup",
            SplitEvent::Remind { .. } => "Split.Remind",
            SplitEvent::CancelBill => "Split.CancelBill",
            SplitEvent::PayBill => "Split.PayBill",
            SplitEvent::PayRequest { .. } => "Split.PayRequest",
            SplitEvent::ContactsRead { .. } => "Split.ContactsRead",
            SplitEvent::RefreshContacts => "Split.RefreshContacts",
        }
    }
}
