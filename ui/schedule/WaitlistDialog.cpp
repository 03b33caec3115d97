// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/WaitlistDialog.h"

#include "core/schedule/WaitlistService.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/schedule/ScheduleSource.h"
#include "ui/schedule/WaitlistEntryDialog.h"
#include "ui/security/CurrentSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
constexpr int EntryIdRole = Qt::UserRole;
const QColor expiredText(0x8c, 0x1d, 0x18);
const QColor expiredBackground(0xfd, 0xe2, 0xe1);
const QColor closedText(0x86, 0x8e, 0x96);
} // namespace

WaitlistDialog::WaitlistDialog(const ScheduleSource &source, QWidget *parent)
    : QDialog(parent), m_source(source), m_list(new QTreeWidget(this)),
      m_showClosed(new QCheckBox(tr("Show &closed entries"), this)), m_count(new QLabel(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_book(new QPushButton(tr("&Book…"), this))
{
    setObjectName(QStringLiteral("waitlistDialog"));
    setWindowTitle(tr("Waitlist"));
    m_list->setObjectName(QStringLiteral("waitlistList"));
    m_list->setAccessibleName(tr("Clients waiting for an appointment"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Client"), tr("Therapist"), tr("Type"), tr("Days"),
                              tr("Time of day"), tr("Desk notes"), tr("Added"), tr("Expires"),
                              tr("Status") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(false);
    m_list->header()->setStretchLastSection(false);
    for (int column = 0; column < ColumnCount; ++column)
        m_list->header()->setSectionResizeMode(
                column,
                column == NotesColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_showClosed->setObjectName(QStringLiteral("waitlistShowClosedCheck"));
    m_showClosed->setToolTip(tr("Also list entries that were booked or removed"));
    m_count->setObjectName(QStringLiteral("waitlistCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_add->setObjectName(QStringLiteral("waitlistAddButton"));
    m_edit->setObjectName(QStringLiteral("waitlistEditButton"));
    m_remove->setObjectName(QStringLiteral("waitlistRemoveButton"));
    m_remove->setToolTip(tr("Take the client off the waitlist (the entry is kept, closed)"));
    m_book->setObjectName(QStringLiteral("waitlistBookButton"));
    m_book->setToolTip(tr("Book an appointment for the client; the entry is then closed"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    top->addWidget(m_showClosed);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : { m_add, m_edit, m_remove, m_book }) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch();
    actions->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->addWidget(Styles::titleLabel(tr("Waitlist"), this));
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    setTabOrder(m_showClosed, m_list);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_book);
    resize(1100, 480);

    connect(m_showClosed, &QCheckBox::toggled, this, &WaitlistDialog::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &WaitlistDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addEntry(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &WaitlistDialog::removeSelected);
    connect(m_book, &QPushButton::clicked, this, &WaitlistDialog::bookSelected);
    reload();
}

WaitlistDialog::~WaitlistDialog() = default;

bool WaitlistDialog::isExpired(const core::WaitlistEntry &entry, const QDate &today)
{
    return entry.status == core::WaitlistStatus::Open && entry.expiresOn.isValid()
            && entry.expiresOn < today;
}

QString WaitlistDialog::daysText(int weekdays)
{
    if ((weekdays & core::WaitlistEntry::AllWeekdays) == core::WaitlistEntry::AllWeekdays)
        return tr("Any day");
    if (weekdays == 0x1f)
        return tr("Mon–Fri");
    QStringList days;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        if (weekdays & core::WaitlistEntry::weekdayBit(day))
            days << locale.dayName(day, QLocale::ShortFormat);
    return days.join(QStringLiteral(", "));
}

QString WaitlistDialog::partsText(int partsOfDay)
{
    if ((partsOfDay & core::WaitlistEntry::AllDay) == core::WaitlistEntry::AllDay)
        return tr("Any time");
    QStringList parts;
    if (partsOfDay & int(core::PartOfDay::Morning))
        parts << tr("Morning");
    if (partsOfDay & int(core::PartOfDay::Afternoon))
        parts << tr("Afternoon");
    if (partsOfDay & int(core::PartOfDay::Evening))
        parts << tr("Evening");
    return parts.join(QStringLiteral(", "));
}

void WaitlistDialog::reload()
{
    const qint64 kept = selected() ? selected()->entry.id : 0;
    const ScheduleServices &services = m_source.services();
    const auto listed =
            services.waitlist.list(services.session.session(), m_showClosed->isChecked());
    m_list->clear();
    m_items.clear();
    if (!listed) {
        m_count->setText(listed.error().message);
        updateButtons();
        return;
    }
    m_items = listed.value();
    const QDate today = m_source.today();
    const QLocale locale;
    int open = 0;
    int expired = 0;
    for (const core::WaitlistItem &item : std::as_const(m_items)) {
        const core::WaitlistEntry &entry = item.entry;
        auto *row = new QTreeWidgetItem(m_list);
        row->setData(ClientColumn, EntryIdRole, entry.id);
        row->setText(ClientColumn, item.clientName);
        row->setText(TherapistColumn, entry.therapistId ? item.therapistName : tr("Any therapist"));
        row->setText(TypeColumn, item.typeName);
        row->setText(DaysColumn, daysText(entry.weekdays));
        row->setText(PartsColumn, partsText(entry.partsOfDay));
        row->setText(NotesColumn, entry.notes);
        row->setToolTip(NotesColumn, entry.notes);
        row->setText(AddedColumn, locale.toString(entry.addedOn, QStringLiteral("d MMM yyyy")));
        row->setText(ExpiresColumn,
                     entry.expiresOn.isValid()
                             ? locale.toString(entry.expiresOn, QStringLiteral("d MMM yyyy"))
                             : tr("Never"));
        QString status;
        if (isExpired(entry, today)) {
            // Words and a symbol as well as the colour.
            status = tr("⚠ Expired");
            ++expired;
            for (int column = 0; column < ColumnCount; ++column) {
                row->setForeground(column, expiredText);
                row->setBackground(column, expiredBackground);
            }
            QFont bold = row->font(StatusColumn);
            bold.setBold(true);
            row->setFont(StatusColumn, bold);
            row->setFont(ExpiresColumn, bold);
            row->setToolTip(StatusColumn,
                            tr("Past its expiry date: it no longer matches a "
                               "freed time. Remove it, or edit it to extend it."));
        } else if (entry.status == core::WaitlistStatus::Open) {
            status = tr("Waiting");
            ++open;
        } else {
            status = entry.status == core::WaitlistStatus::Booked ? tr("Booked") : tr("Removed");
            for (int column = 0; column < ColumnCount; ++column)
                row->setForeground(column, closedText);
        }
        row->setText(StatusColumn, status);
    }
    QString count = open == 1 ? tr("1 client waiting") : tr("%1 clients waiting").arg(open);
    if (expired > 0)
        count += tr(" · %1 expired").arg(expired);
    m_count->setText(count);
    select(kept);
    updateButtons();
}

void WaitlistDialog::select(qint64 entryId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(ClientColumn, EntryIdRole).toLongLong() == entryId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

const core::WaitlistItem *WaitlistDialog::selected() const
{
    const QTreeWidgetItem *current = m_list->currentItem();
    if (!current || !current->isSelected())
        return nullptr;
    const qint64 id = current->data(ClientColumn, EntryIdRole).toLongLong();
    for (const core::WaitlistItem &item : m_items)
        if (item.entry.id == id)
            return &item;
    return nullptr;
}

void WaitlistDialog::updateButtons()
{
    const core::WaitlistItem *item = selected();
    const bool mayWrite = m_source.services().session.allows(core::Operation::ScheduleWrite);
    const bool open = item && item->entry.status == core::WaitlistStatus::Open;
    m_add->setEnabled(mayWrite);
    m_edit->setEnabled(mayWrite && open);
    m_remove->setEnabled(mayWrite && open);
    m_book->setEnabled(mayWrite && open && !isExpired(item->entry, m_source.today()));
}

WaitlistEntryDialog *WaitlistDialog::openEntryDialog(const core::WaitlistItem *existing)
{
    auto *dialog = new WaitlistEntryDialog(m_source, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::WaitlistItem &saved = dialog->saved();
        reload();
        select(saved.entry.id);
        Q_EMIT statusMessage(tr("Waitlist entry saved for %1.").arg(saved.clientName));
    });
    m_entryDialog = dialog;
    dialog->open();
    return dialog;
}

WaitlistEntryDialog *WaitlistDialog::addEntry()
{
    if (!m_add->isEnabled())
        return nullptr;
    return openEntryDialog(nullptr);
}

WaitlistEntryDialog *WaitlistDialog::editSelected()
{
    const core::WaitlistItem *item = selected();
    if (!item || !m_edit->isEnabled())
        return nullptr;
    return openEntryDialog(item);
}

bool WaitlistDialog::removeSelected()
{
    const core::WaitlistItem *item = selected();
    if (!item || !m_remove->isEnabled())
        return false;
    const core::WaitlistItem chosen = *item;
    const ScheduleServices &services = m_source.services();
    const auto answer = services.prompter.question(
            this, tr("Remove from the waitlist"),
            tr("Take %1 off the waitlist?").arg(chosen.clientName),
            { Prompter::Choice::Yes, Prompter::Choice::No }, Prompter::Choice::No,
            Prompter::Choice::No, tr("The entry is kept as removed; it no longer matches."));
    if (answer != Prompter::Choice::Yes)
        return false;
    const auto removed = services.waitlist.remove(services.session.session(), chosen.entry.id,
                                                  chosen.entry.rowVersion);
    if (!removed) {
        services.prompter.warning(this, tr("Not removed"), removed.error().message,
                                  { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                  Prompter::Choice::Ok);
        reload();
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("%1 is off the waitlist.").arg(chosen.clientName));
    return true;
}

void WaitlistDialog::bookSelected()
{
    const core::WaitlistItem *item = selected();
    if (!item || !m_book->isEnabled())
        return;
    // A copy: booking marks the entry and the list reads its rows again meanwhile.
    const core::WaitlistItem chosen = *item;
    Q_EMIT bookRequested(chosen);
}

} // namespace stillpoint::ui
