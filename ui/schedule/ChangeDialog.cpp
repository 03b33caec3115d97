// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/ChangeDialog.h"

#include "ui/common/Styles.h"
#include "ui/schedule/ScheduleController.h"
#include "ui/schedule/ScheduleSource.h"
#include "ui/schedule/SeriesBox.h"
#include "ui/security/CurrentSession.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stillpoint::ui {

ChangeDialog::ChangeDialog(ScheduleController &controller, const ScheduleSource &source,
                           const core::AppointmentDetails &details, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_source(source), m_details(details),
      m_date(new QDateEdit(this)), m_start(new QTimeEdit(this)), m_length(new QSpinBox(this)),
      m_summary(new QLabel(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("changeAppointmentDialog"));
    setWindowTitle(tr("Change Appointment"));
    const core::Appointment &appointment = details.appointment;
    const bool inSeries = appointment.seriesId != 0;

    auto *what = new QLabel(tr("%1 · %2 with %3 in %4")
                                    .arg(details.clientFirstName, details.typeName,
                                         details.therapistName, details.roomName),
                            this);
    what->setObjectName(QStringLiteral("changeSummaryLabel"));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("changeDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setDate(appointment.localDate);
    m_date->setAccessibleName(tr("Date"));
    m_start->setObjectName(QStringLiteral("changeStartEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(appointment.localTime);
    m_start->setAccessibleName(tr("Start time"));
    m_length->setObjectName(QStringLiteral("changeLengthSpin"));
    m_length->setRange(5, 720);
    m_length->setSingleStep(15);
    m_length->setSuffix(tr(" min"));
    m_length->setValue(appointment.durationMinutes());
    m_length->setAccessibleName(tr("Length in minutes"));
    Styles::makeProblemBanner(m_problem, QStringLiteral("changeProblemLabel"));
    m_summary->setObjectName(QStringLiteral("changeCheckLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_changeButton = buttons->button(QDialogButtonBox::Ok);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    m_changeButton->setText(tr("Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(m_start, 1);
    when->addWidget(m_length, 1);
    auto *form = new QFormLayout;
    auto *whenLabel = new QLabel(tr("&When"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, when);
    if (inSeries) {
        m_thisOne = new QRadioButton(tr("This appointment &only"), this);
        m_following = new QRadioButton(tr("This and the &following ones"), this);
        m_all = new QRadioButton(tr("&All upcoming ones of the series"), this);
        m_thisOne->setObjectName(QStringLiteral("scopeThisOneButton"));
        m_following->setObjectName(QStringLiteral("scopeFollowingButton"));
        m_all->setObjectName(QStringLiteral("scopeAllButton"));
        auto *group = new QButtonGroup(this);
        auto *choices = new QVBoxLayout;
        choices->setSpacing(2);
        for (QRadioButton *button : { m_thisOne, m_following, m_all }) {
            group->addButton(button);
            choices->addWidget(button);
            connect(button, &QRadioButton::toggled, this, &ChangeDialog::updatePreview);
        }
        m_thisOne->setChecked(true);
        form->addRow(tr("Which"), choices);
        m_list = SeriesBox::makeList(this);
        m_changeFreeButton =
                buttons->addButton(tr("Change &Free Only"), QDialogButtonBox::ActionRole);
        m_changeFreeButton->setObjectName(QStringLiteral("changeFreeOnlyButton"));
        m_changeFreeButton->setToolTip(tr("Change the occurrences that collide with nothing and "
                                          "leave the others as they are"));
        connect(m_changeFreeButton, &QPushButton::clicked, this, &ChangeDialog::acceptFreeOnly);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->addWidget(Styles::titleLabel(tr("Change the appointment"), this));
    layout->addWidget(what);
    layout->addSpacing(4);
    layout->addLayout(form);
    if (m_list)
        layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(inSeries ? 680 : 480, sizeHint().height());

    connect(m_date, &QDateEdit::dateChanged, this, &ChangeDialog::updatePreview);
    connect(m_start, &QTimeEdit::timeChanged, this, &ChangeDialog::updatePreview);
    connect(m_length, &QSpinBox::valueChanged, this, &ChangeDialog::updatePreview);
    updatePreview();
    m_start->setFocus(Qt::OtherFocusReason);
}

ChangeDialog::~ChangeDialog() = default;

QRadioButton *ChangeDialog::scopeButton(core::SeriesScope scope) const
{
    switch (scope) {
    case core::SeriesScope::ThisOne:
        return m_thisOne;
    case core::SeriesScope::ThisAndFollowing:
        return m_following;
    case core::SeriesScope::All:
        return m_all;
    }
    return nullptr;
}

core::SeriesScope ChangeDialog::scope() const
{
    if (m_following && m_following->isChecked())
        return core::SeriesScope::ThisAndFollowing;
    if (m_all && m_all->isChecked())
        return core::SeriesScope::All;
    return core::SeriesScope::ThisOne;
}

void ChangeDialog::setScope(core::SeriesScope scope)
{
    if (QRadioButton *button = scopeButton(scope))
        button->setChecked(true);
}

core::SeriesChange ChangeDialog::change() const
{
    const core::Appointment &appointment = m_details.appointment;
    core::SeriesChange change;
    const QTime time(m_start->time().hour(), m_start->time().minute());
    if (time != appointment.localTime)
        change.localTime = time;
    change.dayShift = int(appointment.localDate.daysTo(m_date->date()));
    if (m_length->value() != appointment.durationMinutes())
        change.durationMinutes = m_length->value();
    return change;
}

void ChangeDialog::updatePreview()
{
    m_problem->hide();
    const core::SeriesChange wanted = change();
    const bool series = m_list && scope() != core::SeriesScope::ThisOne;
    if (m_list)
        m_list->setEnabled(series);
    if (m_changeFreeButton)
        m_changeFreeButton->setEnabled(false);
    m_changeButton->setEnabled(!wanted.isEmpty());
    const ScheduleServices &services = m_source.services();
    const core::Appointment &appointment = m_details.appointment;
    if (wanted.isEmpty()) {
        if (m_list)
            m_list->clear();
        m_summary->setText(tr("Choose the new day, time or length."));
        m_summary->setStyleSheet(Styles::infoBannerStyle());
        return;
    }
    if (!series) {
        if (m_list)
            m_list->clear();
        // One appointment: the same check a drag makes.
        core::BookingRequest request;
        request.clientId = appointment.clientId;
        request.therapistId = appointment.therapistId;
        request.roomId = appointment.roomId;
        request.typeId = appointment.typeId;
        request.startUtc = m_source.toUtc(m_date->date(),
                                          m_start->time().hour() * 60 + m_start->time().minute());
        request.durationMinutes = m_length->value();
        const auto checked =
                services.appointments.check(services.session.session(), request, appointment.id);
        QStringList lines;
        if (!checked) {
            lines << checked.error().message;
            m_summary->setStyleSheet(Styles::problemBannerStyle());
        } else if (!checked->isFree()) {
            for (const core::ScheduleConflict &conflict : checked->conflicts)
                lines << conflict.message;
            m_summary->setStyleSheet(Styles::problemBannerStyle());
        } else if (!checked->warnings.isEmpty()) {
            for (const core::ScheduleWarning &warning : checked->warnings)
                lines << warning.message;
            m_summary->setStyleSheet(Styles::infoBannerStyle());
        } else {
            lines << tr("This time is free.");
            m_summary->setStyleSheet(Styles::successBannerStyle());
        }
        m_summary->setText(lines.join(u'\n'));
        m_changeButton->setEnabled(checked && checked->isFree());
        return;
    }
    const auto previewed = services.series.previewChange(services.session.session(), appointment.id,
                                                         scope(), wanted);
    if (!previewed) {
        m_list->clear();
        m_summary->setText(previewed.error().message);
        m_summary->setStyleSheet(Styles::problemBannerStyle());
        m_changeButton->setEnabled(false);
        return;
    }
    SeriesBox::list(m_list, previewed.value());
    const auto [summary, style] = SeriesBox::summaryOf(previewed.value());
    m_summary->setText(summary);
    m_summary->setStyleSheet(style);
    const int total = int(previewed->occurrences.size());
    const int conflicting = previewed->conflicting();
    m_changeButton->setEnabled(conflicting == 0 && total > 0);
    m_changeFreeButton->setEnabled(conflicting > 0 && conflicting < total);
}

void ChangeDialog::accept()
{
    apply(core::ConflictPolicy::RefuseAll);
}

void ChangeDialog::acceptFreeOnly()
{
    apply(core::ConflictPolicy::SkipConflicting);
}

void ChangeDialog::apply(core::ConflictPolicy policy)
{
    const core::Appointment &appointment = m_details.appointment;
    if (scope() == core::SeriesScope::ThisOne) {
        core::CalendarItem item;
        item.appointmentId = appointment.id;
        item.therapistId = appointment.therapistId;
        item.roomId = appointment.roomId;
        item.typeId = appointment.typeId;
        item.clientId = appointment.clientId;
        item.startUtc = appointment.startUtc;
        item.endUtc = appointment.endUtc;
        item.status = appointment.status;
        item.rowVersion = appointment.rowVersion;
        const AppointmentPlace place{
            m_source.toUtc(m_date->date(), m_start->time().hour() * 60 + m_start->time().minute()),
            m_length->value(), appointment.therapistId, appointment.roomId
        };
        if (!m_controller.change(item, place, this))
            return; // the controller said why
        m_changed = 1;
        QDialog::accept();
        return;
    }
    const auto changed = m_controller.changeSeries(appointment.id, appointment.rowVersion, scope(),
                                                   change(), policy, this);
    if (!changed) {
        updatePreview();
        m_problem->setText(changed.error().message);
        m_problem->show();
        Styles::fitHeight(this);
        return;
    }
    if (!changed.value())
        return; // the desk kept it open after seeing the warnings
    m_changed = int(changed.value()->written.size());
    QDialog::accept();
}

} // namespace stillpoint::ui
