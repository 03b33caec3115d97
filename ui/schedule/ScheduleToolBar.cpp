// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/ScheduleToolBar.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace stillpoint::ui {

ScheduleToolBar::ScheduleToolBar(QWidget *shortcutScope, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_weekTherapist(new QComboBox(this)),
      m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("scheduleToolBar"));
    createActions(shortcutScope);
    layOut();
}

void ScheduleToolBar::createActions(QWidget *shortcutScope)
{
    const auto make = [this, shortcutScope](const QString &text, const char *name,
                                            const QKeySequence &keys, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        // Only while the schedule has focus: elsewhere these keys belong to others.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
                keys.isEmpty() ? tip
                               : tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        shortcutScope->addAction(action);
        return action;
    };
    m_today = make(tr("&Today"), "scheduleTodayAction", QKeySequence(Qt::CTRL | Qt::Key_T),
                   tr("Show today (T in the calendar)"));
    m_previous = make(tr("&Previous"), "schedulePreviousAction",
                      QKeySequence(Qt::ALT | Qt::Key_Left), tr("The day or week before"));
    m_next = make(tr("&Next"), "scheduleNextAction", QKeySequence(Qt::ALT | Qt::Key_Right),
                  tr("The day or week after"));
    m_day = make(tr("&Day"), "scheduleDayAction", {}, tr("One day (D in the calendar)"));
    m_week = make(tr("&Week"), "scheduleWeekAction", {}, tr("The week (W in the calendar)"));
    m_byTherapist = make(tr("By T&herapist"), "scheduleByTherapistAction", {},
                         tr("A column for each therapist"));
    m_byRoom = make(tr("By &Room"), "scheduleByRoomAction", {}, tr("A column for each room"));
    m_book = make(tr("&Book Appointment…"), "bookAppointmentAction",
                  QKeySequence(Qt::CTRL | Qt::Key_B),
                  tr("Book at the selected time (or drag on free time)"));
    m_bookSeries = make(tr("Book &Series…"), "bookSeriesAction",
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                        tr("Book the same time every week or every few weeks"));
    m_waitlist =
            make(tr("&Waitlist…"), "waitlistAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                 tr("Clients waiting for an earlier or better time"));
    m_print = make(tr("&Print Day Sheet…"), "printDaySheetAction", QKeySequence::Print,
                   tr("The day's appointments for each therapist, on paper"));
    m_savePdf =
            make(tr("Save Day Sheet as P&DF…"), "saveDaySheetPdfAction",
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("The day sheet as a PDF file"));
    for (const QList<QAction *> &choices :
         { QList<QAction *>{ m_day, m_week }, QList<QAction *>{ m_byTherapist, m_byRoom } }) {
        auto *group = new QActionGroup(this);
        for (QAction *action : choices) {
            action->setCheckable(true);
            group->addAction(action);
        }
    }
}

QList<QAction *> ScheduleToolBar::menuActions() const
{
    return { m_book,   m_bookSeries, m_waitlist, nullptr,  m_today, m_previous,
             m_next,   nullptr,      m_day,      m_week,   nullptr, m_byTherapist,
             m_byRoom, nullptr,      m_print,    m_savePdf };
}

void ScheduleToolBar::layOut()
{
    const auto button = [this](QAction *action,
                               Qt::ToolButtonStyle style = Qt::ToolButtonTextOnly) {
        auto *shown = new QToolButton(this);
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
            [this] { Q_EMIT weekTherapistChosen(m_weekTherapist->currentData().toLongLong()); });
    m_feedback->setObjectName(QStringLiteral("dragFeedbackLabel"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *print = button(m_print);
    auto *printMenu = new QMenu(print);
    printMenu->addAction(m_print);
    printMenu->addAction(m_savePdf);
    print->setMenu(printMenu);
    print->setPopupMode(QToolButton::MenuButtonPopup);
    // Book Series is in the menu and behind Repeat in the booking dialog, and the buttons say
    // less than the menu: the toolbar has to fit a 1010-pixel window.
    m_book->setIconText(tr("Book…"));
    auto *book = button(m_book);
    m_byTherapistButton = button(m_byTherapist);
    m_byRoomButton = button(m_byRoom);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(button(m_today));
    for (const auto &[action, arrow] :
         { std::pair{ m_previous, Qt::LeftArrow }, std::pair{ m_next, Qt::RightArrow } }) {
        QToolButton *step = button(action, Qt::ToolButtonIconOnly);
        step->setArrowType(arrow);
        layout->addWidget(step);
    }
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_feedback, 1);
    layout->addWidget(button(m_day));
    layout->addWidget(button(m_week));
    layout->addSpacing(10);
    layout->addWidget(m_byTherapistButton);
    layout->addWidget(m_byRoomButton);
    layout->addWidget(m_weekTherapist);
    layout->addSpacing(10);
    layout->addWidget(book);
    layout->addWidget(button(m_waitlist));
    layout->addWidget(print);
}

void ScheduleToolBar::showOptions(const CalendarOptions &options, bool available, bool mayBook)
{
    const bool day = options.mode == CalendarMode::Day;
    m_day->setChecked(day);
    m_week->setChecked(!day);
    m_byTherapist->setChecked(options.dayColumns == DayColumns::Therapists);
    m_byRoom->setChecked(options.dayColumns == DayColumns::Rooms);
    m_byTherapist->setEnabled(day && available);
    m_byRoom->setEnabled(day && available);
    m_byTherapistButton->setVisible(day);
    m_byRoomButton->setVisible(day);
    m_weekTherapist->setVisible(!day);
    m_weekTherapist->setEnabled(available);
    m_book->setEnabled(available && mayBook);
    m_bookSeries->setEnabled(available && mayBook);
    m_waitlist->setEnabled(available);
    for (QAction *action : { m_today, m_previous, m_next, m_day, m_week, m_print, m_savePdf })
        action->setEnabled(available);
}

void ScheduleToolBar::setTherapists(const QList<core::Therapist> &therapists, qint64 selected)
{
    const QSignalBlocker quiet(m_weekTherapist);
    m_weekTherapist->clear();
    m_weekTherapist->addItem(tr("All therapists"), 0);
    for (const core::Therapist &therapist : therapists)
        m_weekTherapist->addItem(therapist.displayName, therapist.id);
    m_weekTherapist->setCurrentIndex(std::max(0, m_weekTherapist->findData(selected)));
}

void ScheduleToolBar::showFeedback(const QString &message, DragVerdict::Kind kind)
{
    m_feedback->setText(message);
    m_feedback->setToolTip(message);
    m_feedback->setStyleSheet(kind == DragVerdict::Kind::Conflict
                                      ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                      : QStringLiteral("color: #8a4b00;"));
}

} // namespace stillpoint::ui
