// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeHealthPage.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/common/FieldUndoRecorder.h"
#include "ui/intake/IntakeChoiceGroup.h"
#include "ui/intake/IntakeMedicationList.h"
#include "ui/intake/IntakeNumberEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

IntakeHealthPage::IntakeHealthPage(FieldUndoRecorder *recorder, QWidget *parent)
    : IntakePage(tr("Health history"), QStringLiteral("healthPage"), recorder, parent)
{
    addIntro(tr("What the client reports about their health. Write in their words where it "
                "helps; leave a field empty when it does not apply."));

    auto *general = new QGroupBox(content());
    QFormLayout *form = makeForm(general);

    m_intakeDate = new QDateEdit(general);
    m_intakeDate->setObjectName(QStringLiteral("intakeDateEdit"));
    m_intakeDate->setAccessibleName(tr("Date filled in"));
    m_intakeDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_intakeDate->setCalendarPopup(true);
    m_intakeDate->setMaximumWidth(
            m_intakeDate->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 60);
    m_intakeDate->setToolTip(tr("The day the client filled in this intake; questionnaires are "
                                "dated with it"));
    addRow(form, tr("Date filled in"), m_intakeDate, QStringLiteral("intakeDate"));
    recorder->trackValue(
            m_intakeDate, tr("date filled in"), [this] { return QVariant(m_intakeDate->date()); },
            [this](const QVariant &value) { m_intakeDate->setDate(value.toDate()); });
    connect(m_intakeDate, &QDateEdit::dateChanged, this, [this, recorder] {
        if (isLoading())
            return;
        recorder->valueEdited(m_intakeDate, 0);
        changed();
    });

    m_conditions = makeTextEdit(general, tr("Conditions"), QStringLiteral("conditionsEdit"), 3);
    m_conditions->setPlaceholderText(tr("Diagnosed conditions, past and present"));
    addRow(form, tr("Conditions"), m_conditions, QStringLiteral("health.conditions"));
    m_surgeries = makeTextEdit(general, tr("Surgeries"), QStringLiteral("surgeriesEdit"), 2);
    m_surgeries->setPlaceholderText(tr("What and when"));
    addRow(form, tr("Surgeries"), m_surgeries, QStringLiteral("health.surgeries"));
    m_injuries = makeTextEdit(general, tr("Injuries"), QStringLiteral("injuriesEdit"), 2);
    m_injuries->setPlaceholderText(tr("Including whiplash, falls, blows to the head"));
    addRow(form, tr("Injuries"), m_injuries, QStringLiteral("health.injuries"));

    m_medications =
            new IntakeMedicationList(tr("Medication"), QStringLiteral("healthMedication"), general);
    m_medications->setObjectName(QStringLiteral("healthMedicationList"));
    m_medications->setAccessibleName(tr("Medications"));
    addRow(form, tr("Medications"), m_medications, QStringLiteral("health.medications"));
    recorder->trackValue(
            m_medications, tr("medications"), [this] { return m_medications->value(); },
            [this](const QVariant &value) { m_medications->setValue(value); });
    connect(m_medications, &IntakeRowList::rowCreated, recorder,
            [recorder](const QList<QWidget *> &cells) {
                for (QWidget *cell : cells)
                    recorder->routeUndoKeys(cell);
            });
    connect(m_medications, &IntakeRowList::edited, this, [this, recorder](int mergeKey) {
        recorder->valueEdited(m_medications, mergeKey);
        changed();
    });

    m_allergies = makeTextEdit(general, tr("Allergies"), QStringLiteral("allergiesEdit"), 2);
    m_allergies->setPlaceholderText(
            tr("Including massage oils, lotions, nut oils, fragrances and latex"));
    addRow(form, tr("Allergies"), m_allergies, QStringLiteral("health.allergies"));

    QStringList pregnancyOptions;
    for (core::Pregnancy each :
         { core::Pregnancy::NotAsked, core::Pregnancy::No, core::Pregnancy::Yes })
        pregnancyOptions << core::IntakeCatalog::pregnancyLabel(each);
    m_pregnancy = new IntakeChoiceGroup(pregnancyOptions, tr("Pregnancy"),
                                        QStringLiteral("pregnancyOption"), general);
    m_pregnancy->setObjectName(QStringLiteral("pregnancyChoice"));
    addRow(form, tr("Pregnancy"), m_pregnancy, QStringLiteral("health.pregnancy"));
    recorder->trackValue(
            m_pregnancy, tr("pregnancy"), [this] { return QVariant(m_pregnancy->value()); },
            [this](const QVariant &value) { m_pregnancy->setValue(value.toInt()); });
    connect(m_pregnancy, &IntakeChoiceGroup::userChanged, this, [this, recorder] {
        recorder->valueEdited(m_pregnancy, -1);
        updateEnabled();
        changed();
    });
    for (int i = 0; i < m_pregnancy->count(); ++i)
        recorder->routeUndoKeys(m_pregnancy->button(i));

    m_pregnancyWeeks = new IntakeNumberEdit(2, 0, general);
    m_pregnancyWeeks->setObjectName(QStringLiteral("pregnancyWeeksEdit"));
    m_pregnancyWeeks->setAccessibleName(tr("Weeks pregnant"));
    auto *weeksUnit = new QLabel(tr("weeks"), general);
    addRow(form, tr("Weeks pregnant"), m_pregnancyWeeks, QStringLiteral("health.pregnancyWeeks"),
           weeksUnit);

    m_notes = makeTextEdit(general, tr("Other health notes"), QStringLiteral("healthNotesEdit"), 2);
    addRow(form, tr("Other notes"), m_notes, QStringLiteral("health.notes"));

    contentLayout()->addWidget(general);
    contentLayout()->addStretch();
}

void IntakeHealthPage::fill(const core::Intake &intake)
{
    m_intakeDate->setDate(intake.intakeDate);
    m_conditions->setPlainText(intake.health.conditions);
    m_surgeries->setPlainText(intake.health.surgeries);
    m_injuries->setPlainText(intake.health.injuries);
    m_medications->setMedications(intake.health.medications);
    m_allergies->setPlainText(intake.health.allergies);
    m_pregnancy->setValue(static_cast<int>(intake.health.pregnancy));
    m_pregnancyWeeks->setIntValue(intake.health.pregnancyWeeks);
    m_notes->setPlainText(intake.health.notes);
}

void IntakeHealthPage::read(core::Intake &intake) const
{
    intake.intakeDate = m_intakeDate->date();
    core::HealthHistory &health = intake.health;
    health.conditions = m_conditions->toPlainText().trimmed();
    health.surgeries = m_surgeries->toPlainText().trimmed();
    health.injuries = m_injuries->toPlainText().trimmed();
    health.medications = m_medications->medications();
    health.allergies = m_allergies->toPlainText().trimmed();
    health.pregnancy = static_cast<core::Pregnancy>(std::max(0, m_pregnancy->value()));
    health.pregnancyWeeks = m_pregnancyWeeks->intValue();
    health.notes = m_notes->toPlainText().trimmed();
}

void IntakeHealthPage::updateEnabled()
{
    m_pregnancyWeeks->setEnabled(m_pregnancy->answer() == core::Answer::Yes
                                 || m_pregnancyWeeks->intValue().has_value());
}

} // namespace stillpoint::ui
