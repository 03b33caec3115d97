// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/SchedulePanel.h"

#include "core/schedule/AppointmentService.h"
#include "core/security/PracticeSettings.h"
#include "ui/common/Prompter.h"
#include "ui/schedule/AppointmentDetailsDialog.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/CalendarHeader.h"
#include "ui/schedule/CalendarView.h"
#include "ui/schedule/CancelDialog.h"
#include "ui/schedule/ScheduleController.h"
#include "ui/schedule/TodayList.h"
#include "ui/schedule/TodayListModel.h"
#include "ui/security/CurrentSession.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextCharFormat>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {
const auto ModeKey = QStringLiteral("Schedule/mode");
const auto DayColumnsKey = QStringLiteral("Schedule/dayColumns");
const auto WeekTherapistKey = QStringLiteral("Schedule/weekTherapist");
const auto SplitterKey = QStringLiteral("Schedule/splitter");
constexpr int RightSideWidth = 550;
} // namespace

SchedulePanel::SchedulePanel(const ScheduleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_source(services), m_daySheet(m_source),
      m_controller(new ScheduleController(services, this)),
      m_toolBar(new ScheduleToolBar(this, this)), m_view(new CalendarView(this)),
      m_header(new CalendarHeader(*m_view, this)), m_scroll(new QScrollArea(this)),
      m_month(new QCalendarWidget(this)), m_today(new TodayList(m_source, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("schedulePanel"));
    m_controller->setPromptParent(this);
    connectActions();

    m_scroll->setObjectName(QStringLiteral("calendarScrollArea"));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->installEventFilter(this);
    auto *calendar = new QFrame(this);
    calendar->setObjectName(QStringLiteral("calendarFrame"));
    calendar->setFrameShape(QFrame::StyledPanel);
    auto *calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->setContentsMargins(1, 1, 1, 1);
    calendarLayout->setSpacing(0);
    calendarLayout->addWidget(m_header);
    calendarLayout->addWidget(m_scroll, 1);

    m_month->setObjectName(QStringLiteral("monthNavigator"));
    m_month->setAccessibleName(tr("Month navigator"));
    m_month->setFirstDayOfWeek(Qt::Monday);
    m_month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_month->setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    m_month->setGridVisible(false);
    m_month->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("scheduleSide"));
    side->setMinimumWidth(360);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    sideLayout->setSpacing(10);
    sideLayout->addWidget(m_month);
    sideLayout->addWidget(m_today, 1);

    m_splitter->setObjectName(QStringLiteral("scheduleSplitter"));
    m_splitter->addWidget(calendar);
    m_splitter->addWidget(side);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setHandleWidth(10);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    m_view->setChecker([this](const core::CalendarItem &item, const CalendarSlot &slot) {
        return m_controller->verdict(item,
                                     { m_source.toUtc(slot.date, slot.startMinute), slot.minutes(),
                                       slot.therapistId, slot.roomId });
    });
    connect(m_view, &CalendarView::bookRequested, this, [this](const CalendarSlot &slot) {
        book(BookingDraft{ slot.date, slot.startMinute, slot.minutes(), slot.therapistId,
                           slot.roomId, 0 });
    });
    connect(m_view, &CalendarView::changeRequested, this,
            [this](qint64 id, const CalendarSlot &slot) {
                const core::CalendarItem *shown = shownItem(id);
                if (!shown || !m_available)
                    return;
                const core::CalendarItem item = *shown; // the plan is replaced on success
                if (m_controller->change(item,
                                         { m_source.toUtc(slot.date, slot.startMinute),
                                           slot.minutes(), slot.therapistId, slot.roomId },
                                         this)) {
                    m_view->selectAppointment(id);
                    // A drag changes the one appointment under the pointer; say so, since
                    // the rest of its series stays where it was.
                    if (item.seriesId)
                        Q_EMIT statusMessage(
                                tr("Changed this appointment only; the rest of its series "
                                   "stays. To change the series, open the appointment and "
                                   "choose Change…."));
                }
            });
    connect(m_view, &CalendarView::openRequested, this, &SchedulePanel::showDetails);
    connect(m_view, &CalendarView::stepRequested, this, [this](int steps) {
        showDate(m_options.date.addDays(steps * (m_options.mode == CalendarMode::Day ? 1 : 7)));
    });
    connect(m_view, &CalendarView::todayRequested, todayAction(), &QAction::trigger);
    connect(m_view, &CalendarView::modeRequested, this, &SchedulePanel::setMode);
    connect(m_view, &CalendarView::dragFeedback, this, &SchedulePanel::showFeedback);
    connect(m_view, &CalendarView::revealRequested, this, [this](const QRect &box) {
        m_scroll->ensureVisible(box.center().x(), box.bottom(), 0, 24);
        m_scroll->ensureVisible(box.center().x(), box.top(), 0, 24);
    });
    connect(m_view, &CalendarView::selectionChanged, this,
            [this] { m_today->select(m_view->selectedAppointment()); });
    connect(m_header, &CalendarHeader::dayRequested, this, [this](const QDate &date) {
        m_options.mode = CalendarMode::Day;
        showDate(date);
    });
    connect(m_month, &QCalendarWidget::clicked, this, &SchedulePanel::showDate);
    connect(m_month, &QCalendarWidget::currentPageChanged, this, [this] {
        if (m_services.session.isSignedIn())
            updateBusyDays();
    });
    connect(m_month, &QCalendarWidget::activated, this, &SchedulePanel::showDate);
    connect(m_today, &TodayList::statusRequested, this,
            [this](const core::CalendarItem &item, core::AppointmentStatus status) {
                if (m_available && m_controller->setStatus(item, status, this))
                    Q_EMIT statusMessage(tr("%1: %2").arg(
                            item.clientFirstName, core::AppointmentStatuses::label(status)));
            });
    connect(m_today, &TodayList::cancelRequested, this,
            [this](const core::CalendarItem &item) { cancelAppointment(item.appointmentId); });
    connect(m_today, &TodayList::detailsRequested, this, &SchedulePanel::showDetails);
    connect(m_today, &TodayList::noteRequested, this, &SchedulePanel::noteRequested);
    connect(m_today, &TodayList::appointmentSelected, this, [this](qint64 id) {
        if (m_view->plan().find(id))
            m_view->selectAppointment(id);
    });
    connect(m_today, &TodayList::problem, this, &SchedulePanel::statusMessage);
    connect(m_controller, &ScheduleController::changed, this, &SchedulePanel::refresh);
    connect(m_controller, &ScheduleController::statusMessage, this, &SchedulePanel::statusMessage);
    connect(&m_services.session, &CurrentSession::sessionChanged, this,
            &SchedulePanel::applySession);
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SchedulePanel::tick);
    m_timer->start();
    updateViewOptions();
}

SchedulePanel::~SchedulePanel() = default;

QUndoStack *SchedulePanel::undoStack() const
{
    return m_controller->undoStack();
}

void SchedulePanel::connectActions()
{
    connect(todayAction(), &QAction::triggered, this, [this] {
        showDate(m_source.today());
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(previousAction(), &QAction::triggered, this,
            [this] { Q_EMIT m_view->stepRequested(-1); });
    connect(nextAction(), &QAction::triggered, this, [this] { Q_EMIT m_view->stepRequested(1); });
    connect(dayAction(), &QAction::triggered, this, [this] { setMode(CalendarMode::Day); });
    connect(weekAction(), &QAction::triggered, this, [this] { setMode(CalendarMode::Week); });
    connect(byTherapistAction(), &QAction::triggered, this,
            [this] { setDayColumns(DayColumns::Therapists); });
    connect(byRoomAction(), &QAction::triggered, this,
            [this] { setDayColumns(DayColumns::Rooms); });
    connect(bookAction(), &QAction::triggered, this, [this] {
        const CalendarSlot slot = m_view->cursorSlot();
        book(BookingDraft{ slot.date.isValid() ? slot.date : m_options.date, slot.startMinute, 0,
                           slot.therapistId, slot.roomId, 0 });
    });
    connect(bookSeriesAction(), &QAction::triggered, this, [this] {
        const CalendarSlot slot = m_view->cursorSlot();
        BookingDraft draft{ slot.date.isValid() ? slot.date : m_options.date,
                            slot.startMinute,
                            0,
                            slot.therapistId,
                            slot.roomId,
                            0 };
        draft.repeat = true;
        book(draft);
    });
    connect(waitlistAction(), &QAction::triggered, this, &SchedulePanel::showWaitlistWindow);
    connect(printAction(), &QAction::triggered, this, &SchedulePanel::printDaySheet);
    connect(savePdfAction(), &QAction::triggered, this, [this] { saveDaySheetAsPdf(); });
    connect(m_toolBar, &ScheduleToolBar::weekTherapistChosen, this,
            &SchedulePanel::setWeekTherapist);
}

void SchedulePanel::applySession()
{
    closeDialogs();
    m_controller->clear();
    m_resourcesStale = true;
    m_options.date = QDate(); // the next person starts on today
    if (!m_services.session.isSignedIn()) {
        m_source.clear();
        m_dayItems.clear();
        m_view->setPlan(CalendarPlan());
        m_today->clear();
        m_header->update();
        m_stale = true;
        return;
    }
    refresh();
}

void SchedulePanel::refresh()
{
    m_stale = true;
    if (isVisible() && m_services.session.isSignedIn())
        reload();
}

bool SchedulePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        m_header->update(); // the columns follow the grid's width
    return QWidget::eventFilter(watched, event);
}

void SchedulePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SchedulePanel::reloadResources()
{
    m_resourcesStale = false;
    if (const core::Status loaded = m_source.reload(); !loaded)
        Q_EMIT statusMessage(loaded.error().message);
    const QList<core::Therapist> &therapists = m_source.therapists();
    if (std::none_of(therapists.cbegin(), therapists.cend(), [this](const core::Therapist &t) {
            return t.id == m_options.weekTherapistId;
        }))
        m_options.weekTherapistId = 0;
    m_toolBar->setTherapists(therapists, m_options.weekTherapistId);
}

void SchedulePanel::reload()
{
    m_stale = false;
    const bool first = m_resourcesStale;
    if (m_resourcesStale)
        reloadResources();
    const QDate today = m_source.today();
    m_lastToday = today;
    if (!m_options.date.isValid())
        m_options.date = today;
    const QDate from = m_options.firstDate();
    const int days = m_options.dayCount();
    CalendarInput input;
    input.therapists = m_source.therapists();
    input.rooms = m_source.rooms();
    input.hours = m_source.hours();
    input.zone = m_source.zone();
    input.today = today;
    const auto items = m_source.items(from, days);
    const auto away = m_source.timeOff(from, days);
    if (!items || !away)
        Q_EMIT statusMessage(!items ? items.error().message : away.error().message);
    m_dayItems = items ? items.value() : QList<core::CalendarItem>();
    input.items = m_dayItems;
    input.timeOff = away ? away.value() : QList<core::TimeOff>();
    m_view->setPlan(CalendarPlan::build(m_options, input));
    m_view->setNow(m_source.nowUtc());
    m_header->update();
    m_today->reload();
    updateTitle();
    updateViewOptions();
    if (first) { // a new session: show the time it is now
        const int now = m_view->plan().minuteOf(today, m_source.nowUtc());
        m_view->moveCursorTo(std::max(0, m_view->plan().columnOf(today)), now);
        m_scroll->verticalScrollBar()->setValue(
                std::max(0, m_view->pointAt(0, now).y() - m_scroll->viewport()->height() / 3));
    }
}

void SchedulePanel::updateTitle()
{
    const QDate date = m_options.date;
    QLocale locale;
    QString title;
    QString accessible;
    if (m_options.mode == CalendarMode::Day) {
        title = locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
        accessible = m_options.dayColumns == DayColumns::Therapists
                ? tr("Day view of %1, a column for each therapist").arg(title)
                : tr("Day view of %1, a column for each room").arg(title);
    } else {
        const QDate first = m_options.firstDate();
        const QDate last = first.addDays(6);
        title = first.month() == last.month()
                ? tr("%1–%2")
                          .arg(first.day())
                          .arg(locale.toString(last, QStringLiteral("d MMMM yyyy")))
                : tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM")),
                                    locale.toString(last, QStringLiteral("d MMMM yyyy")));
        const QString who = m_options.weekTherapistId
                ? m_source.therapistName(m_options.weekTherapistId)
                : tr("all therapists");
        accessible = tr("Week view of %1, %2").arg(title, who);
    }
    titleLabel()->setText(title);
    m_view->setAccessibleName(accessible);
    m_header->setAccessibleName(accessible);

    const QSignalBlocker quiet(m_month);
    m_month->setSelectedDate(date);
    updateBusyDays();
}

void SchedulePanel::updateBusyDays()
{
    // Days with appointments are bold in the month navigator; today is also blue.
    m_month->setDateTextFormat(QDate(), QTextCharFormat());
    const QDate first(m_month->yearShown(), m_month->monthShown(), 1);
    if (const auto items = m_source.items(first, first.daysInMonth())) {
        QTextCharFormat busy;
        busy.setFontWeight(QFont::Bold);
        for (const core::CalendarItem &item : items.value())
            if (item.status != core::AppointmentStatus::Cancelled)
                m_month->setDateTextFormat(m_source.localDate(item.startUtc), busy);
    }
    QTextCharFormat today;
    today.setFontWeight(QFont::Bold);
    today.setForeground(QColor(0x18, 0x64, 0xab));
    m_month->setDateTextFormat(m_source.today(), today);
}

void SchedulePanel::updateViewOptions()
{
    m_toolBar->showOptions(m_options, m_available,
                           m_services.session.allows(core::Operation::ScheduleWrite));
}

void SchedulePanel::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_options.date = date;
    refresh();
}

void SchedulePanel::setMode(CalendarMode mode)
{
    m_options.mode = mode;
    updateViewOptions();
    refresh();
}

void SchedulePanel::setDayColumns(DayColumns columns)
{
    m_options.dayColumns = columns;
    updateViewOptions();
    refresh();
}

void SchedulePanel::setWeekTherapist(qint64 therapistId)
{
    m_options.weekTherapistId = therapistId;
    const int index = weekTherapistCombo()->findData(therapistId);
    if (index >= 0)
        weekTherapistCombo()->setCurrentIndex(index);
    refresh();
}

void SchedulePanel::setAvailable(bool available)
{
    m_available = available;
    m_view->setEnabled(available);
    m_today->setEnabled(available);
    m_month->setEnabled(available);
    updateViewOptions();
}

void SchedulePanel::tick()
{
    if (!m_services.session.isSignedIn())
        return;
    m_view->setNow(m_source.nowUtc());
    if (m_source.today() != m_lastToday && m_lastToday.isValid())
        refresh(); // past midnight: today's list is another day's
    else
        m_today->updateActions();
}

void SchedulePanel::showFeedback(const QString &message)
{
    m_toolBar->showFeedback(message, m_view->drag().verdict.kind);
}

const core::CalendarItem *SchedulePanel::shownItem(qint64 appointmentId) const
{
    if (const PlacedItem *placed = m_view->plan().find(appointmentId))
        return &placed->item;
    for (const core::CalendarItem &item : m_dayItems)
        if (item.appointmentId == appointmentId)
            return &item;
    const TodayListModel *today = m_today->model();
    const int row = today->rowOf(appointmentId);
    return row >= 0 ? &today->item(row) : nullptr;
}

void SchedulePanel::track(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
}

void SchedulePanel::closeDialogs(bool now)
{
    for (const QPointer<QDialog> &dialog : std::as_const(m_dialogs)) {
        if (!dialog)
            continue;
        dialog->close();
        if (now)
            delete dialog.data();
    }
    m_dialogs.clear();
}

void SchedulePanel::saveSettings(QSettings &settings) const
{
    settings.setValue(ModeKey,
                      m_options.mode == CalendarMode::Day ? QStringLiteral("day")
                                                          : QStringLiteral("week"));
    settings.setValue(DayColumnsKey,
                      m_options.dayColumns == DayColumns::Therapists ? QStringLiteral("therapists")
                                                                     : QStringLiteral("rooms"));
    settings.setValue(WeekTherapistKey, m_options.weekTherapistId);
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void SchedulePanel::restoreSettings(const QSettings &settings)
{
    m_options.mode = settings.value(ModeKey).toString() == QLatin1String("week")
            ? CalendarMode::Week
            : CalendarMode::Day;
    m_options.dayColumns = settings.value(DayColumnsKey).toString() == QLatin1String("rooms")
            ? DayColumns::Rooms
            : DayColumns::Therapists;
    m_options.weekTherapistId = settings.value(WeekTherapistKey).toLongLong();
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray())) {
        const int total = std::max(width(), 1000);
        m_splitter->setSizes({ total - RightSideWidth, RightSideWidth });
    }
    updateViewOptions();
    m_resourcesStale = true;
    refresh();
}

} // namespace stillpoint::ui
