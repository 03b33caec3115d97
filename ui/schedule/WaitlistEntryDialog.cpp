// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/WaitlistEntryDialog.h"

#include "core/clients/ClientService.h"
#include "core/schedule/WaitlistService.h"
#include "ui/common/Styles.h"
#include "ui/schedule/ClientResults.h"
#include "ui/schedule/ScheduleSource.h"
#include "ui/security/CurrentSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace stillpoint::ui {

namespace {
constexpr int DefaultWeeksToWait = 8;

// Enter in the search box picks the highlighted client instead of pressing Save, and Down moves
// into the results.
class SearchKeys final : public QObject
{
public:
    SearchKeys(QListWidget *results, std::function<void()> choose, QObject *parent)
        : QObject(parent), m_results(results), m_choose(std::move(choose))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !m_results->isVisible() || m_results->count() == 0)
            return QObject::eventFilter(watched, event);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_choose();
            return true;
        }
        if (key == Qt::Key_Down) {
            m_results->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_results;
    std::function<void()> m_choose;
};
} // namespace

WaitlistEntryDialog::WaitlistEntryDialog(const ScheduleSource &source,
                                         const core::WaitlistItem *existing, QWidget *parent)
    : QDialog(parent), m_source(source), m_editing(existing != nullptr),
      m_search(new QLineEdit(this)), m_results(new QListWidget(this)), m_client(new QLabel(this)),
      m_therapist(new QComboBox(this)), m_type(new QComboBox(this)),
      m_expires(new QCheckBox(tr("&Expires on"), this)), m_expiry(new QDateEdit(this)),
      m_notes(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("waitlistEntryDialog"));
    setWindowTitle(m_editing ? tr("Edit Waitlist Entry") : tr("Add to Waitlist"));
    if (existing)
        m_existing = existing->entry;

    m_search->setObjectName(QStringLiteral("waitlistClientSearchEdit"));
    m_search->setPlaceholderText(tr("Type part of a name, phone or email"));
    m_search->setAccessibleName(tr("Find the client"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("waitlistClientResults"));
    m_results->setAccessibleName(tr("Matching clients"));
    m_results->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 8);
    m_results->hide();
    m_client->setObjectName(QStringLiteral("waitlistClientLabel"));
    m_client->setTextFormat(Qt::PlainText);
    QFont bold = m_client->font();
    bold.setBold(true);
    m_client->setFont(bold);
    m_client->setText(tr("No client chosen yet"));
    connect(m_search, &QLineEdit::textChanged, this, &WaitlistEntryDialog::search);
    m_search->installEventFilter(new SearchKeys(
            m_results,
            [this] {
                QListWidgetItem *item =
                        m_results->currentItem() ? m_results->currentItem() : m_results->item(0);
                chooseClient(item->data(ClientResults::IdRole).toLongLong(),
                             item->data(ClientResults::NameRole).toString());
            },
            this));
    for (auto signal : { &QListWidget::itemActivated, &QListWidget::itemClicked })
        connect(m_results, signal, this, [this](QListWidgetItem *item) {
            chooseClient(item->data(ClientResults::IdRole).toLongLong(),
                         item->data(ClientResults::NameRole).toString());
        });

    m_therapist->setObjectName(QStringLiteral("waitlistTherapistCombo"));
    m_therapist->addItem(tr("Any therapist"), 0);
    for (const core::Therapist &therapist : m_source.therapists())
        m_therapist->addItem(therapist.displayName, therapist.id);
    m_type->setObjectName(QStringLiteral("waitlistTypeCombo"));
    for (const core::AppointmentType &type : m_source.types())
        if (type.active || type.id == m_existing.typeId)
            m_type->addItem(type.name, type.id);

    auto *days = new QHBoxLayout;
    days->setSpacing(6);
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        check->setObjectName(QStringLiteral("weekdayCheck%1").arg(day));
        check->setAccessibleName(locale.dayName(day));
        days->addWidget(check);
        m_weekdays << check;
        connect(check, &QCheckBox::toggled, this, &WaitlistEntryDialog::updateState);
    }
    days->addStretch();
    auto *parts = new QHBoxLayout;
    parts->setSpacing(6);
    const std::pair<const char *, QString> partNames[] = {
        { "morningCheck", tr("Morning (before 12:00)") },
        { "afternoonCheck", tr("Afternoon (12–17)") },
        { "eveningCheck", tr("Evening (from 17:00)") },
    };
    for (const auto &[name, text] : partNames) {
        auto *check = new QCheckBox(text, this);
        check->setObjectName(QString::fromLatin1(name));
        parts->addWidget(check);
        m_parts << check;
        connect(check, &QCheckBox::toggled, this, &WaitlistEntryDialog::updateState);
    }
    parts->addStretch();

    m_expires->setObjectName(QStringLiteral("waitlistExpiresCheck"));
    m_expiry->setObjectName(QStringLiteral("waitlistExpiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_expiry->setAccessibleName(tr("Expiry date"));
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    m_notes->setObjectName(QStringLiteral("waitlistNotesEdit"));
    m_notes->setPlaceholderText(tr("For the desk only; never clinical details"));
    m_notes->setMaxLength(500);
    Styles::makeProblemBanner(m_problem, QStringLiteral("waitlistProblemLabel"));

    // What the fields start with: the entry being edited, or everything open for a new one.
    const core::WaitlistEntry &start = m_existing;
    m_therapist->setCurrentIndex(std::max(0, m_therapist->findData(start.therapistId)));
    m_type->setCurrentIndex(std::max(0, m_type->findData(start.typeId)));
    for (int day = 0; day < 7; ++day)
        m_weekdays[day]->setChecked(!m_editing ? day < 5 : start.wantsWeekday(day + 1));
    m_parts[0]->setChecked(start.wantsPartOfDay(core::PartOfDay::Morning));
    m_parts[1]->setChecked(start.wantsPartOfDay(core::PartOfDay::Afternoon));
    m_parts[2]->setChecked(start.wantsPartOfDay(core::PartOfDay::Evening));
    const QDate today = m_source.today();
    m_expires->setChecked(!m_editing || start.expiresOn.isValid());
    m_expiry->setDate(start.expiresOn.isValid() ? start.expiresOn
                                                : today.addDays(7 * DefaultWeeksToWait));
    m_expiry->setEnabled(m_expires->isChecked());
    m_notes->setText(start.notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("waitlistSaveButton"));
    m_saveButton->setText(m_editing ? tr("Save") : tr("Add to Waitlist"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WaitlistEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *clientBox = new QVBoxLayout;
    clientBox->setSpacing(4);
    clientBox->addWidget(m_search);
    clientBox->addWidget(m_results);
    clientBox->addWidget(m_client);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiry);
    expiry->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *shown = new QLabel(text, this);
        shown->setBuddy(buddy);
        return shown;
    };
    form->addRow(label(tr("&Client"), m_search), clientBox);
    form->addRow(label(tr("T&herapist"), m_therapist), m_therapist);
    form->addRow(label(tr("&Type"), m_type), m_type);
    form->addRow(label(tr("&Days"), m_weekdays.constFirst()), days);
    form->addRow(label(tr("Time of d&ay"), m_parts.constFirst()), parts);
    form->addRow(tr("Waiting"), expiry);
    form->addRow(label(tr("Desk &notes"), m_notes), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->addWidget(Styles::titleLabel(
            m_editing ? tr("Edit the waitlist entry") : tr("Add a client to the waitlist"), this));
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    if (m_editing) {
        m_search->hide();
        chooseClient(existing->entry.clientId, existing->clientName);
        m_therapist->setFocus(Qt::OtherFocusReason);
    } else {
        m_search->setFocus(Qt::OtherFocusReason);
    }
    updateState();
}

WaitlistEntryDialog::~WaitlistEntryDialog() = default;

QCheckBox *WaitlistEntryDialog::partCheck(core::PartOfDay part) const
{
    switch (part) {
    case core::PartOfDay::Morning:
        return m_parts.value(0);
    case core::PartOfDay::Afternoon:
        return m_parts.value(1);
    case core::PartOfDay::Evening:
        return m_parts.value(2);
    }
    return nullptr;
}

void WaitlistEntryDialog::search()
{
    ClientResults::search(*m_results, m_source.services(), m_search->text(), *m_problem);
}

void WaitlistEntryDialog::chooseClient(qint64 clientId, const QString &name)
{
    if (clientId <= 0)
        return;
    m_clientId = clientId;
    m_client->setText(ClientResults::nameOf(m_source.services(), clientId, name));
    m_results->hide();
    updateState();
    if (!m_editing)
        m_therapist->setFocus(Qt::OtherFocusReason);
}

void WaitlistEntryDialog::updateState()
{
    if (!m_saveButton)
        return; // still being built
    const bool someDay = std::any_of(m_weekdays.cbegin(), m_weekdays.cend(),
                                     [](const QCheckBox *check) { return check->isChecked(); });
    const bool somePart = std::any_of(m_parts.cbegin(), m_parts.cend(),
                                      [](const QCheckBox *check) { return check->isChecked(); });
    m_saveButton->setEnabled(m_clientId > 0 && someDay && somePart && m_type->count() > 0);
    m_saveButton->setToolTip(m_clientId == 0     ? tr("Choose the client first")
                                     : !someDay  ? tr("Tick at least one day")
                                     : !somePart ? tr("Tick at least one time of day")
                                                 : QString());
}

core::WaitlistEntry WaitlistEntryDialog::entry() const
{
    core::WaitlistEntry entry = m_existing;
    entry.clientId = m_clientId;
    entry.therapistId = m_therapist->currentData().toLongLong();
    entry.typeId = m_type->currentData().toLongLong();
    entry.weekdays = 0;
    for (int day = 0; day < 7; ++day)
        if (m_weekdays[day]->isChecked())
            entry.weekdays |= core::WaitlistEntry::weekdayBit(day + 1);
    entry.partsOfDay = 0;
    const core::PartOfDay parts[] = { core::PartOfDay::Morning, core::PartOfDay::Afternoon,
                                      core::PartOfDay::Evening };
    for (int i = 0; i < 3; ++i)
        if (m_parts[i]->isChecked())
            entry.partsOfDay |= static_cast<int>(parts[i]);
    entry.expiresOn = m_expires->isChecked() ? m_expiry->date() : QDate();
    entry.notes = m_notes->text().trimmed();
    return entry;
}

void WaitlistEntryDialog::accept()
{
    const ScheduleServices &services = m_source.services();
    const auto saved = m_editing ? services.waitlist.update(services.session.session(), entry())
                                 : services.waitlist.add(services.session.session(), entry());
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        Styles::fitHeight(this);
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace stillpoint::ui
