// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/BookingDialog.h"

#include "core/clients/ClientService.h"
#include "core/schedule/AppointmentService.h"
#include "ui/common/Styles.h"
#include "ui/schedule/CalendarPainter.h"
#include "ui/schedule/ClientResults.h"
#include "ui/schedule/ScheduleController.h"
#include "ui/schedule/ScheduleSource.h"
#include "ui/schedule/SeriesBox.h"
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
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

const QString warningBannerStyle =
        QStringLiteral("QLabel { background: #fff4e6; color: #6b3a00; border: 1px solid #f5c58a;"
                       " border-radius: 4px; padding: 6px 8px; }");
const QString mutedBannerStyle =
        QStringLiteral("QLabel { background: #f1f3f5; color: #343a40; border: 1px solid #dee2e6;"
                       " border-radius: 4px; padding: 6px 8px; }");

// Whether an appointment of the day blocks [start, end) for this therapist or room.
bool takes(const core::CalendarItem &item, const QDateTime &start, const QDateTime &end)
{
    return core::AppointmentStatuses::blocksTime(item.status) && item.startUtc < end
            && start < item.bufferEndUtc;
}

// Enter in the search box picks the highlighted client instead of pressing Book.
class SearchKeys final : public QObject
{
public:
    SearchKeys(QListWidget *results, std::function<void()> choose, QObject *parent)
        : QObject(parent), m_results(results), m_choose(std::move(choose))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || m_results->count() == 0)
            return QObject::eventFilter(watched, event);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_choose();
            return true;
        }
        if (key == Qt::Key_Down) {
            m_results->setFocus(Qt::OtherFocusReason);
            if (!m_results->currentItem())
                m_results->setCurrentRow(0);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_results;
    std::function<void()> m_choose;
};

} // namespace

BookingDialog::BookingDialog(ScheduleController &controller, const ScheduleSource &source,
                             const BookingDraft &draft, const QList<core::CalendarItem> &dayItems,
                             QWidget *parent)
    : QDialog(parent), m_controller(controller), m_source(source), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_client(new QLabel(this)), m_attendance(new QLabel(this)),
      m_therapist(new QComboBox(this)), m_room(new QComboBox(this)), m_type(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_start(new QTimeEdit(this)), m_length(new QSpinBox(this)),
      m_notes(new QLineEdit(this)), m_check(new QLabel(this)), m_problem(new QLabel(this)),
      m_repeat(new QCheckBox(tr("Rep&eat as a series"), this)),
      m_series(new SeriesBox(source, this))
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("Book Appointment"));
    createFields(draft, dayItems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_bookButton = buttons->button(QDialogButtonBox::Ok);
    m_bookButton->setObjectName(QStringLiteral("bookButton"));
    m_bookButton->setText(tr("Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_bookFreeButton = buttons->addButton(tr("Book &Free Only"), QDialogButtonBox::ActionRole);
    m_bookFreeButton->setObjectName(QStringLiteral("bookFreeOnlyButton"));
    m_bookFreeButton->setToolTip(tr("Book the appointments of the series that collide with "
                                    "nothing and leave out the others"));
    m_bookFreeButton->hide();
    connect(m_bookFreeButton, &QPushButton::clicked, this, &BookingDialog::acceptFreeOnly);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(m_start, 1);
    when->addWidget(m_length, 1);
    auto *clientBox = new QVBoxLayout;
    clientBox->setSpacing(4);
    clientBox->addWidget(m_search);
    clientBox->addWidget(m_results);
    clientBox->addWidget(m_client);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *shown = new QLabel(text, this);
        shown->setBuddy(buddy);
        return shown;
    };
    form->addRow(label(tr("&Client"), m_search), clientBox);
    form->addRow(label(tr("&Type"), m_type), m_type);
    form->addRow(label(tr("&When"), m_date), when);
    form->addRow(label(tr("T&herapist"), m_therapist), m_therapist);
    form->addRow(label(tr("&Room"), m_room), m_room);
    form->addRow(label(tr("Desk &notes"), m_notes), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    m_title = Styles::titleLabel(tr("Book an appointment"), this);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_attendance);
    layout->addWidget(m_repeat);
    layout->addWidget(m_series, 1);
    layout->addWidget(m_check);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_search->setFocus(Qt::OtherFocusReason);
    if (draft.repeat)
        m_repeat->setChecked(true); // after the layout: it grows the dialog
    if (draft.clientId)
        chooseClient(draft.clientId, QString());
    else
        updateCheck();
}

BookingDialog::~BookingDialog() = default;

void BookingDialog::createFields(const BookingDraft &draft,
                                 const QList<core::CalendarItem> &dayItems)
{
    m_search->setObjectName(QStringLiteral("clientSearchEdit"));
    m_search->setPlaceholderText(tr("Type part of a name, phone or email"));
    m_search->setAccessibleName(tr("Find the client"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new SearchKeys(
            m_results,
            [this] {
                QListWidgetItem *item =
                        m_results->currentItem() ? m_results->currentItem() : m_results->item(0);
                chooseClient(item->data(ClientResults::IdRole).toLongLong(),
                             item->data(ClientResults::NameRole).toString());
            },
            this));
    m_results->setObjectName(QStringLiteral("clientResultsList"));
    m_results->setAccessibleName(tr("Matching clients"));
    m_results->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 8);
    m_results->hide();
    m_client->setObjectName(QStringLiteral("chosenClientLabel"));
    m_client->setTextFormat(Qt::PlainText);
    QFont bold = m_client->font();
    bold.setBold(true);
    m_client->setFont(bold);
    m_client->setText(tr("No client chosen yet"));
    m_attendance->setObjectName(QStringLiteral("attendanceLabel"));
    m_attendance->setTextFormat(Qt::PlainText);
    m_attendance->setWordWrap(true);
    m_attendance->hide();
    connect(m_search, &QLineEdit::textChanged, this, &BookingDialog::search);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        chooseClient(item->data(ClientResults::IdRole).toLongLong(),
                     item->data(ClientResults::NameRole).toString());
    });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        chooseClient(item->data(ClientResults::IdRole).toLongLong(),
                     item->data(ClientResults::NameRole).toString());
    });

    m_type->setObjectName(QStringLiteral("typeCombo"));
    int closest = -1;
    for (const core::AppointmentType &type : m_source.types()) {
        if (!type.active)
            continue;
        QPixmap swatch(12, 12);
        swatch.fill(CalendarPainter::typeColour(type.colour));
        m_type->addItem(QIcon(swatch), type.name, type.id);
        const int index = m_type->count() - 1;
        if (type.id == draft.typeId)
            closest = index;
        else if (draft.typeId > 0)
            continue;
        else if (closest < 0
                 || (draft.minutes > 0
                     && std::abs(type.defaultMinutes - draft.minutes)
                             < std::abs(m_source.type(m_type->itemData(closest).toLongLong())
                                                ->defaultMinutes
                                        - draft.minutes)))
            closest = index;
    }
    m_type->setCurrentIndex(std::max(0, closest));

    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setDate(draft.date);
    m_date->setAccessibleName(tr("Date"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(QTime(draft.startMinute / 60, draft.startMinute % 60));
    m_start->setAccessibleName(tr("Start time"));
    m_length->setObjectName(QStringLiteral("lengthSpin"));
    m_length->setRange(5, 720);
    m_length->setSingleStep(15);
    m_length->setSuffix(tr(" min"));
    m_length->setAccessibleName(tr("Length in minutes"));
    m_lengthChosen = draft.minutes > 0;
    const core::AppointmentType *type = m_source.type(m_type->currentData().toLongLong());
    m_length->setValue(m_lengthChosen ? draft.minutes : type ? type->defaultMinutes : 60);

    const QDateTime start = startUtc();
    const QDateTime end = start.addSecs(m_length->value() * 60LL);
    const auto freeFor = [&](auto same) {
        return std::none_of(dayItems.cbegin(), dayItems.cend(), [&](const auto &item) {
            return same(item) && takes(item, start, end);
        });
    };
    m_therapist->setObjectName(QStringLiteral("therapistCombo"));
    int therapistIndex = -1;
    for (const core::Therapist &therapist : m_source.therapists()) {
        m_therapist->addItem(therapist.displayName, therapist.id);
        const bool free =
                freeFor([&](const auto &item) { return item.therapistId == therapist.id; });
        if (therapist.id == draft.therapistId || (therapistIndex < 0 && !draft.therapistId && free))
            therapistIndex = m_therapist->count() - 1;
    }
    m_therapist->setCurrentIndex(std::max(0, therapistIndex));
    m_room->setObjectName(QStringLiteral("roomCombo"));
    int roomIndex = -1;
    for (const core::Room &room : m_source.rooms()) {
        m_room->addItem(room.notes.isEmpty() ? room.name : tr("%1 (%2)").arg(room.name, room.notes),
                        room.id);
        const bool free = freeFor([&](const auto &item) { return item.roomId == room.id; });
        if (room.id == draft.roomId || (roomIndex < 0 && !draft.roomId && free))
            roomIndex = m_room->count() - 1;
    }
    m_room->setCurrentIndex(std::max(0, roomIndex));
    m_notes->setObjectName(QStringLiteral("deskNotesEdit"));
    m_notes->setPlaceholderText(tr("For the desk only; never clinical details"));
    m_notes->setMaxLength(2000);

    m_check->setObjectName(QStringLiteral("bookingCheckLabel"));
    m_check->setTextFormat(Qt::PlainText);
    m_check->setWordWrap(true);
    Styles::makeProblemBanner(m_problem, QStringLiteral("bookingProblemLabel"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &BookingDialog::typeChosen);
    connect(m_length, &QSpinBox::valueChanged, this, [this] {
        m_lengthChosen = true;
        updateCheck();
    });
    for (QComboBox *combo : { m_therapist, m_room })
        connect(combo, &QComboBox::currentIndexChanged, this, &BookingDialog::updateCheck);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_series->setFirstDate(date);
        updateCheck();
    });
    m_repeat->setObjectName(QStringLiteral("repeatCheck"));
    m_repeat->setToolTip(tr("Book the same time every week or every few weeks"));
    m_series->setFirstDate(m_date->date());
    m_series->hide();
    connect(m_repeat, &QCheckBox::toggled, this, &BookingDialog::repeatToggled);
    connect(m_series, &SeriesBox::ruleChanged, this, &BookingDialog::updateCheck);
    connect(m_start, &QTimeEdit::timeChanged, this, &BookingDialog::updateCheck);
}

void BookingDialog::search()
{
    ClientResults::search(*m_results, m_source.services(), m_search->text(), *m_problem);
}

void BookingDialog::chooseClient(qint64 clientId, const QString &name)
{
    if (clientId <= 0)
        return;
    m_clientId = clientId;
    m_client->setText(ClientResults::nameOf(m_source.services(), clientId, name));
    m_results->hide();
    showAttendance();
    updateCheck();
    m_type->setFocus(Qt::OtherFocusReason);
}

void BookingDialog::showAttendance()
{
    const ScheduleServices &services = m_source.services();
    const auto counts = services.appointments.attendance(services.session.session(), m_clientId);
    if (!counts) {
        m_attendance->hide();
        return;
    }
    m_attendance->setText(tr("No-shows: %1 · Late cancellations: %2 · Completed: %3 · "
                             "Upcoming: %4")
                                  .arg(counts->noShows)
                                  .arg(counts->lateCancellations)
                                  .arg(counts->completed)
                                  .arg(counts->upcoming));
    m_attendance->setStyleSheet(counts->noShows + counts->lateCancellations > 0 ? warningBannerStyle
                                                                                : mutedBannerStyle);
    m_attendance->show();
}

void BookingDialog::typeChosen()
{
    const core::AppointmentType *type = m_source.type(m_type->currentData().toLongLong());
    if (type && !m_lengthChosen) {
        const QSignalBlocker quiet(m_length);
        m_length->setValue(type->defaultMinutes);
    }
    updateCheck();
}

QDateTime BookingDialog::startUtc() const
{
    const QTime time = m_start->time();
    return m_source.toUtc(m_date->date(), time.hour() * 60 + time.minute());
}

core::BookingRequest BookingDialog::request() const
{
    core::BookingRequest request;
    request.clientId = m_clientId;
    request.therapistId = m_therapist->currentData().toLongLong();
    request.roomId = m_room->currentData().toLongLong();
    request.typeId = m_type->currentData().toLongLong();
    request.startUtc = startUtc();
    request.durationMinutes = m_length->value();
    request.deskNotes = m_notes->text().trimmed();
    return request;
}

core::SeriesRequest BookingDialog::seriesRequest() const
{
    const core::BookingRequest one = request();
    core::SeriesRequest series;
    series.clientId = one.clientId;
    series.therapistId = one.therapistId;
    series.roomId = one.roomId;
    series.typeId = one.typeId;
    series.durationMinutes = one.durationMinutes;
    series.deskNotes = one.deskNotes;
    series.rule = m_series->rule(m_date->date(), m_start->time());
    return series;
}

void BookingDialog::repeatToggled()
{
    const bool repeat = m_repeat->isChecked();
    setWindowTitle(repeat ? tr("Book Series") : tr("Book Appointment"));
    m_title->setText(repeat ? tr("Book a recurring series") : tr("Book an appointment"));
    m_series->setVisible(repeat);
    m_bookFreeButton->setVisible(repeat);
    m_check->setVisible(!repeat);
    if (!repeat)
        m_bookButton->setToolTip(QString());
    updateCheck();
    resize(repeat ? std::max(width(), 700) : width(), sizeHint().height());
}

void BookingDialog::updateCheck()
{
    m_problem->hide();
    m_bookButton->setEnabled(m_clientId > 0);
    if (m_repeat->isChecked()) {
        // The series' own list replaces the single check: it checks the first time too.
        m_bookFreeButton->setEnabled(false);
        if (!m_clientId) {
            m_series->showWaiting(tr("Choose the client to see the appointments of the series."));
            m_bookButton->setText(tr("Book All"));
            return;
        }
        const auto &preview = m_series->showPreview(seriesRequest());
        const int total = preview ? int(preview->occurrences.size()) : 0;
        const int conflicting = preview ? preview->conflicting() : 0;
        m_bookButton->setText(tr("Book All %1").arg(total));
        // Booking all of them is refused while any collides: core would refuse it anyway.
        m_bookButton->setEnabled(preview && conflicting == 0);
        m_bookButton->setToolTip(conflicting > 0
                                         ? tr("Some appointments collide: book only the free "
                                              "ones, or change the time, therapist or room.")
                                         : QString());
        m_bookFreeButton->setText(tr("Book &Free Only (%1)").arg(total - conflicting));
        m_bookFreeButton->setEnabled(preview && conflicting > 0 && conflicting < total);
        return;
    }
    m_bookButton->setText(tr("Book"));
    if (!m_clientId) {
        m_check->setText(tr("Choose the client to check the time."));
        m_check->setStyleSheet(mutedBannerStyle);
        return;
    }
    const ScheduleServices &services = m_source.services();
    const auto checked = services.appointments.check(services.session.session(), request());
    QStringList lines;
    if (!checked) {
        lines << checked.error().message;
        m_check->setStyleSheet(Styles::problemBannerStyle());
    } else if (!checked->isFree()) {
        for (const core::ScheduleConflict &conflict : checked->conflicts)
            lines << conflict.message;
        m_check->setStyleSheet(Styles::problemBannerStyle());
    } else if (!checked->warnings.isEmpty()) {
        for (const core::ScheduleWarning &warning : checked->warnings)
            lines << warning.message;
        m_check->setStyleSheet(warningBannerStyle);
    } else {
        lines << tr("This time is free.");
        m_check->setStyleSheet(Styles::successBannerStyle());
    }
    m_check->setText(lines.join(u'\n'));
}

void BookingDialog::acceptFreeOnly()
{
    acceptSeries(core::ConflictPolicy::SkipConflicting);
}

void BookingDialog::acceptSeries(core::ConflictPolicy policy)
{
    if (!m_clientId) {
        m_problem->setText(tr("Choose the client first."));
        m_problem->show();
        return;
    }
    const auto booked = m_controller.bookSeries(seriesRequest(), policy, this);
    if (!booked) {
        updateCheck(); // someone else may have booked one of the times meanwhile
        m_problem->setText(booked.error().message);
        m_problem->show();
        Styles::fitHeight(this);
        return;
    }
    if (!booked.value())
        return; // the desk kept it open after seeing the warnings
    m_bookedSeries = *booked.value();
    if (!m_bookedSeries->written.isEmpty())
        m_booked = m_bookedSeries->written.constFirst();
    QDialog::accept();
}

void BookingDialog::accept()
{
    if (!m_clientId) {
        m_problem->setText(tr("Choose the client first."));
        m_problem->show();
        return;
    }
    if (m_repeat->isChecked()) {
        acceptSeries(core::ConflictPolicy::RefuseAll);
        return;
    }
    const auto booked = m_controller.book(request(), this);
    if (!booked) {
        m_problem->setText(booked.error().message);
        m_problem->show();
        Styles::fitHeight(this);
        return;
    }
    if (!booked.value())
        return; // the desk kept it open after seeing the warnings
    m_booked = *booked.value();
    QDialog::accept();
}

} // namespace stillpoint::ui
