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
#include <QActionGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>
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
      m_controller(new ScheduleController(services, this)), m_title(new QLabel(this)),
      m_weekTherapist(new QComboBox(this)), m_feedback(new QLabel(this)),
      m_view(new CalendarView(this)), m_header(new CalendarHeader(*m_view, this)),
      m_scroll(new QScrollArea(this)), m_month(new QCalendarWidget(this)),
      m_today(new TodayList(m_source, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("schedulePanel"));
    m_controller->setPromptParent(this);
    createActions();

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
    layout->addWidget(createToolBar());
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
                                         this))
                    m_view->selectAppointment(id);
            });
    connect(m_view, &CalendarView::openRequested, this, &SchedulePanel::showDetails);
    connect(m_view, &CalendarView::stepRequested, this, [this](int steps) {
        showDate(m_options.date.addDays(steps * (m_options.mode == CalendarMode::Day ? 1 : 7)));
    });
    connect(m_view, &CalendarView::todayRequested, m_todayAction, &QAction::trigger);
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

void SchedulePanel::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &keys,
                             const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
                keys.isEmpty() ? tip
                               : tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_todayAction = make(tr("&Today"), "scheduleTodayAction", QKeySequence(Qt::CTRL | Qt::Key_T),
                         tr("Show today (T in the calendar)"));
    m_previousAction = make(tr("&Previous"), "schedulePreviousAction",
                            QKeySequence(Qt::ALT | Qt::Key_Left), tr("The day or week before"));
    m_nextAction = make(tr("&Next"), "scheduleNextAction", QKeySequence(Qt::ALT | Qt::Key_Right),
                        tr("The day or week after"));
    m_dayAction = make(tr("&Day"), "scheduleDayAction", {}, tr("One day (D in the calendar)"));
    m_weekAction = make(tr("&Week"), "scheduleWeekAction", {}, tr("The week (W in the calendar)"));
    m_byTherapistAction = make(tr("By T&herapist"), "scheduleByTherapistAction", {},
                               tr("A column for each therapist"));
    m_byRoomAction = make(tr("By &Room"), "scheduleByRoomAction", {}, tr("A column for each room"));
    m_bookAction = make(tr("&Book Appointment…"), "bookAppointmentAction",
                        QKeySequence(Qt::CTRL | Qt::Key_B),
                        tr("Book at the selected time (or drag on free time)"));
    m_printAction = make(tr("&Print Day Sheet…"), "printDaySheetAction", QKeySequence::Print,
                         tr("The day's appointments for each therapist, on paper"));
    m_savePdfAction =
            make(tr("Save Day Sheet as P&DF…"), "saveDaySheetPdfAction",
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("The day sheet as a PDF file"));
    auto *modes = new QActionGroup(this);
    auto *columns = new QActionGroup(this);
    for (QAction *action : { m_dayAction, m_weekAction }) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    for (QAction *action : { m_byTherapistAction, m_byRoomAction }) {
        action->setCheckable(true);
        columns->addAction(action);
    }

    connect(m_todayAction, &QAction::triggered, this, [this] {
        showDate(m_source.today());
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_previousAction, &QAction::triggered, this,
            [this] { Q_EMIT m_view->stepRequested(-1); });
    connect(m_nextAction, &QAction::triggered, this, [this] { Q_EMIT m_view->stepRequested(1); });
    connect(m_dayAction, &QAction::triggered, this, [this] { setMode(CalendarMode::Day); });
    connect(m_weekAction, &QAction::triggered, this, [this] { setMode(CalendarMode::Week); });
    connect(m_byTherapistAction, &QAction::triggered, this,
            [this] { setDayColumns(DayColumns::Therapists); });
    connect(m_byRoomAction, &QAction::triggered, this,
            [this] { setDayColumns(DayColumns::Rooms); });
    connect(m_bookAction, &QAction::triggered, this, [this] {
        const CalendarSlot slot = m_view->cursorSlot();
        book(BookingDraft{ slot.date.isValid() ? slot.date : m_options.date, slot.startMinute, 0,
                           slot.therapistId, slot.roomId, 0 });
    });
    connect(m_printAction, &QAction::triggered, this, &SchedulePanel::printDaySheet);
    connect(m_savePdfAction, &QAction::triggered, this, [this] { saveDaySheetAsPdf(); });
}

QList<QAction *> SchedulePanel::menuActions() const
{
    return { m_bookAction,   nullptr,     m_todayAction, m_previousAction, m_nextAction,
             nullptr,        m_dayAction, m_weekAction,  nullptr,          m_byTherapistAction,
             m_byRoomAction, nullptr,     m_printAction, m_savePdfAction };
}

QWidget *SchedulePanel::createToolBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("scheduleToolBar"));
    const auto button = [bar](QAction *action, Qt::ToolButtonStyle style = Qt::ToolButtonTextOnly) {
        auto *shown = new QToolButton(bar);
        shown->setDefaultAction(action);
        shown->setToolButtonStyle(style);
        shown->setObjectName(
                action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        return shown;
    };
    m_title->setObjectName(QStringLiteral("scheduleTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_title->setMinimumWidth(
            QFontMetrics(big).horizontalAdvance(QStringLiteral("Wednesday 30 September 2026")));
    m_weekTherapist->setObjectName(QStringLiteral("weekTherapistCombo"));
    m_weekTherapist->setAccessibleName(tr("Whose week"));
    m_weekTherapist->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_weekTherapist, &QComboBox::activated, this,
            [this] { setWeekTherapist(m_weekTherapist->currentData().toLongLong()); });
    m_feedback->setObjectName(QStringLiteral("dragFeedbackLabel"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *print = button(m_printAction);
    auto *printMenu = new QMenu(print);
    printMenu->addAction(m_printAction);
    printMenu->addAction(m_savePdfAction);
    print->setMenu(printMenu);
    print->setPopupMode(QToolButton::MenuButtonPopup);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(button(m_todayAction));
    for (const auto &[action, arrow] : { std::pair{ m_previousAction, Qt::LeftArrow },
                                         std::pair{ m_nextAction, Qt::RightArrow } }) {
        QToolButton *step = button(action, Qt::ToolButtonIconOnly);
        step->setArrowType(arrow);
        layout->addWidget(step);
    }
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_feedback, 1);
    layout->addWidget(button(m_dayAction));
    layout->addWidget(button(m_weekAction));
    layout->addSpacing(10);
    layout->addWidget(button(m_byTherapistAction));
    layout->addWidget(button(m_byRoomAction));
    layout->addWidget(m_weekTherapist);
    layout->addSpacing(10);
    layout->addWidget(button(m_bookAction));
    layout->addWidget(print);
    return bar;
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
    const QSignalBlocker quiet(m_weekTherapist);
    m_weekTherapist->clear();
    m_weekTherapist->addItem(tr("All therapists"), 0);
    for (const core::Therapist &therapist : m_source.therapists())
        m_weekTherapist->addItem(therapist.displayName, therapist.id);
    const int index = m_weekTherapist->findData(m_options.weekTherapistId);
    if (index < 0)
        m_options.weekTherapistId = 0;
    m_weekTherapist->setCurrentIndex(std::max(0, index));
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
    m_title->setText(title);
    m_view->setAccessibleName(accessible);
    m_header->setAccessibleName(accessible);

    const QSignalBlocker quiet(m_month);
    m_month->setSelectedDate(date);
    m_month->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat today;
    today.setFontWeight(QFont::Bold);
    today.setForeground(QColor(0x18, 0x64, 0xab));
    m_month->setDateTextFormat(m_source.today(), today);
}

void SchedulePanel::updateViewOptions()
{
    const bool day = m_options.mode == CalendarMode::Day;
    m_dayAction->setChecked(day);
    m_weekAction->setChecked(!day);
    m_byTherapistAction->setChecked(m_options.dayColumns == DayColumns::Therapists);
    m_byRoomAction->setChecked(m_options.dayColumns == DayColumns::Rooms);
    m_byTherapistAction->setEnabled(day && m_available);
    m_byRoomAction->setEnabled(day && m_available);
    m_weekTherapist->setVisible(!day);
    m_weekTherapist->setEnabled(m_available);
    if (QWidget *byTherapist = findChild<QWidget *>(QStringLiteral("scheduleByTherapistButton")))
        byTherapist->setVisible(day);
    if (QWidget *byRoom = findChild<QWidget *>(QStringLiteral("scheduleByRoomButton")))
        byRoom->setVisible(day);
    const bool write = m_available && m_services.session.allows(core::Operation::ScheduleWrite);
    m_bookAction->setEnabled(write);
    for (QAction *action : { m_todayAction, m_previousAction, m_nextAction, m_dayAction,
                             m_weekAction, m_printAction, m_savePdfAction })
        action->setEnabled(m_available);
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
    const int index = m_weekTherapist->findData(therapistId);
    if (index >= 0)
        m_weekTherapist->setCurrentIndex(index);
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
    const DragVerdict::Kind kind = m_view->drag().verdict.kind;
    m_feedback->setText(message);
    m_feedback->setToolTip(message);
    m_feedback->setStyleSheet(kind == DragVerdict::Kind::Conflict
                                      ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                      : QStringLiteral("color: #8a4b00;"));
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
