// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/TodayList.h"

#include "core/schedule/AppointmentService.h"
#include "ui/schedule/ScheduleSource.h"
#include "ui/schedule/TodayListModel.h"
#include "ui/security/CurrentSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace stillpoint::ui {

TodayList::TodayList(const ScheduleSource &source, QWidget *parent)
    : QWidget(parent), m_source(source), m_model(new TodayListModel(this)),
      m_view(new QTableView(this)), m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("todayList"));
    m_title->setObjectName(QStringLiteral("todayTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);

    m_view->setObjectName(QStringLiteral("todayTableView"));
    m_view->setAccessibleName(tr("Today's appointments"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    // "Treatm…60 min": the end of a type's name tells its length apart.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(30);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Sized for their content, so the type (elided first) gets what is left.
    const auto fit = [this](int column, const QString &sample) {
        m_view->setColumnWidth(column, fontMetrics().horizontalAdvance(sample) + 12);
    };
    fit(TodayListModel::TimeColumn, QStringLiteral("00:00"));
    fit(TodayListModel::ClientColumn, QStringLiteral("Gabriela"));
    fit(TodayListModel::RoomColumn, QStringLiteral("Room 1"));
    fit(TodayListModel::TherapistColumn, QStringLiteral("Olivia"));
    QFont statusFont = font();
    statusFont.setBold(true); // statuses other than booked are bold
    m_view->setColumnWidth(TodayListModel::StatusColumn,
                           QFontMetrics(statusFont).horizontalAdvance(tr("Completed")) + 14);
    fit(TodayListModel::NoShowsColumn, tr("No-show"));
    fit(TodayListModel::LateCancellationsColumn, tr("Late"));
    header->setSectionResizeMode(TodayListModel::TypeColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_checkIn = makeAction(tr("Check &In"), "checkInAction", tr("The client has arrived"));
    m_completed = makeAction(tr("Co&mpleted"), "completedAction", tr("The appointment took place"));
    m_noShow = makeAction(tr("&No-Show"), "noShowAction", tr("The client did not come"));
    m_cancel = makeAction(tr("Cance&l…"), "cancelAppointmentAction",
                          tr("Call the appointment off, with a reason"));
    m_details = makeAction(tr("&Details…"), "appointmentDetailsAction",
                           tr("Everything the desk may see of the appointment (Enter)"));
    m_details->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_details->setShortcutContext(Qt::WidgetShortcut); // Enter in the list opens the row
    m_note = makeAction(tr("Session &Note…"), "sessionNoteAction",
                        tr("Write the session note of this visit"));
    // A copy of the selected row, not a reference into the model: handling a request changes the
    // appointment and the list reads its rows again while the request's handler still runs.
    const auto selectedItem = [this]() -> std::optional<core::CalendarItem> {
        if (const core::CalendarItem *item = selected())
            return *item;
        return std::nullopt;
    };
    connect(m_checkIn, &QAction::triggered, this, [this, selectedItem] {
        if (const auto item = selectedItem())
            Q_EMIT statusRequested(*item, core::AppointmentStatus::Arrived);
    });
    connect(m_completed, &QAction::triggered, this, [this, selectedItem] {
        if (const auto item = selectedItem())
            Q_EMIT statusRequested(*item, core::AppointmentStatus::Completed);
    });
    connect(m_noShow, &QAction::triggered, this, [this, selectedItem] {
        if (const auto item = selectedItem())
            Q_EMIT statusRequested(*item, core::AppointmentStatus::NoShow);
    });
    connect(m_cancel, &QAction::triggered, this, [this, selectedItem] {
        if (const auto item = selectedItem())
            Q_EMIT cancelRequested(*item);
    });
    connect(m_details, &QAction::triggered, this, [this, selectedItem] {
        if (const auto item = selectedItem())
            Q_EMIT detailsRequested(item->appointmentId);
    });
    connect(m_note, &QAction::triggered, this, [this, selectedItem] {
        if (const auto item = selectedItem())
            Q_EMIT noteRequested(item->appointmentId);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT detailsRequested(index.data(TodayListModel::AppointmentIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                if (current.isValid() && !m_quiet)
                    Q_EMIT appointmentSelected(
                            current.data(TodayListModel::AppointmentIdRole).toLongLong());
            });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction *action : { m_checkIn, m_completed, m_noShow, m_cancel, m_details, m_note }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(
                action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        if (action == m_note)
            m_noteButton = button;
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    updateActions();
}

QAction *TodayList::makeAction(const QString &text, const char *name, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setToolTip(tip);
    m_view->addAction(action);
    return action;
}

void TodayList::clear()
{
    m_model->setAppointments({}, {}, m_source.zone());
    m_title->clear();
    updateActions();
}

void TodayList::reload()
{
    const qint64 keep = selected() ? selected()->appointmentId : 0;
    const QDate today = m_source.today();
    m_title->setText(tr("Today, %1").arg(QLocale().toString(today, QStringLiteral("dddd d MMMM"))));
    const auto items = m_source.items(today, 1, true);
    if (!items) {
        m_model->setAppointments({}, {}, m_source.zone());
        Q_EMIT problem(items.error().message);
        updateActions();
        return;
    }
    QList<core::CalendarItem> todays;
    QHash<qint64, core::AttendanceCounts> attendance;
    const ScheduleServices &services = m_source.services();
    for (const core::CalendarItem &item : items.value()) {
        if (m_source.localDate(item.startUtc) != today)
            continue; // one that began yesterday evening
        todays << item;
        if (attendance.contains(item.clientId))
            continue;
        const auto counts =
                services.appointments.attendance(services.session.session(), item.clientId);
        attendance.insert(item.clientId, counts ? counts.value() : core::AttendanceCounts());
    }
    m_model->setAppointments(todays, attendance, m_source.zone());
    if (keep)
        select(keep);
    updateActions();
}

const core::CalendarItem *TodayList::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return &m_model->item(current.row());
}

void TodayList::select(qint64 appointmentId)
{
    const int row = m_model->rowOf(appointmentId);
    if (row < 0)
        return;
    m_quiet = true;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    m_quiet = false;
    m_view->scrollTo(m_model->index(row, 0));
    updateActions();
}

void TodayList::updateActions()
{
    using core::AppointmentStatus;
    const core::CalendarItem *item = selected();
    const bool begun = item && m_source.nowUtc() >= item->startUtc;
    const auto can = [item](AppointmentStatus to) {
        return item && core::AppointmentStatuses::canChange(item->status, to);
    };
    m_checkIn->setEnabled(can(AppointmentStatus::Arrived));
    m_completed->setEnabled(can(AppointmentStatus::Completed) && begun);
    m_noShow->setEnabled(can(AppointmentStatus::NoShow) && begun);
    m_cancel->setEnabled(item && core::AppointmentStatuses::isUpcoming(item->status));
    m_details->setEnabled(item != nullptr);
    // Notes are for those who write them (the session changes, so asked each time).
    const bool clinical = m_source.services().session.allows(core::Operation::ClinicalWrite);
    m_note->setVisible(clinical);
    m_noteButton->setVisible(clinical);
    m_note->setEnabled(clinical && item
                       && (item->status == AppointmentStatus::Arrived
                           || item->status == AppointmentStatus::Completed));
}

} // namespace stillpoint::ui
