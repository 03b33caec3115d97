// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeMigrainePage.h"

#include "ui/common/FieldUndoRecorder.h"
#include "ui/intake/IntakeAcuteMedicationList.h"
#include "ui/intake/IntakeChoiceGroup.h"
#include "ui/intake/IntakeMedicationList.h"
#include "ui/intake/IntakeNumberEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace stillpoint::ui {

namespace {

QString migraineKey(const char *field)
{
    return QStringLiteral("migraine.") + QLatin1String(field);
}

QGroupBox *section(const QString &title, const char *objectName, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(QLatin1String(objectName));
    return box;
}

} // namespace

IntakeMigrainePage::IntakeMigrainePage(FieldUndoRecorder *recorder, QWidget *parent)
    : IntakePage(tr("Migraine history"), QStringLiteral("migrainePage"), recorder, parent)
{
    addIntro(tr("Leave a number empty when the client does not know; 0 means none. Durations "
                "are for attacks left untreated or treated without success."));
    // Creation order is the tab order: the left column, then the right one.
    QWidget *pattern = createPatternSection();
    QWidget *character = createCharacterSection();
    QWidget *symptoms = createSymptomsSection();
    QWidget *aura = createAuraSection();
    QWidget *medication = createMedicationSection();
    QWidget *relief = createReliefSection();
    // Side by side only on a wide screen: the aura questions need the width of a whole page.
    addColumns({ pattern, character, symptoms }, { aura, medication, relief }, 220);
}

QWidget *IntakeMigrainePage::createPatternSection()
{
    QGroupBox *box = section(tr("How often and how long"), "migrainePatternGroup", content());
    QFormLayout *form = makeForm(box);
    m_numbers.append({ &core::MigraineHistory::onsetAge,
                       addNumber(form, tr("First migraine at age"), tr("years"),
                                 QStringLiteral("onsetAge"), 3) });
    m_numbers.append({ &core::MigraineHistory::attacksPerMonth,
                       addNumber(form, tr("Attacks per month"), tr("attacks"),
                                 QStringLiteral("attacksPerMonth"), 3) });
    m_numbers.append({ &core::MigraineHistory::headacheDaysPerMonth,
                       addNumber(form, tr("Headache days per month"), tr("days"),
                                 QStringLiteral("headacheDaysPerMonth"), 3) });
    m_numbers.append({ &core::MigraineHistory::migraineLikeDaysPerMonth,
                       addNumber(form, tr("…of which migraine-like"), tr("days"),
                                 QStringLiteral("migraineLikeDaysPerMonth"), 3) });
    m_numbers.append({ &core::MigraineHistory::monthsWithThisPattern,
                       addNumber(form, tr("This pattern for"), tr("months"),
                                 QStringLiteral("monthsWithThisPattern"), 4) });
    m_numbers.append({ &core::MigraineHistory::lifetimeAttacks,
                       addNumber(form, tr("Attacks so far, about"), tr("attacks"),
                                 QStringLiteral("lifetimeAttacks"), 6) });
    m_duration = addNumber(form, tr("Typical duration"), tr("hours"),
                           QStringLiteral("typicalDurationHours"), 3, 1);
    m_numbers.append({ &core::MigraineHistory::peakIntensity,
                       addNumber(form, tr("Typical peak intensity"), tr("0 none to 10 worst"),
                                 QStringLiteral("peakIntensity"), 2) });
    return box;
}

QWidget *IntakeMigrainePage::createCharacterSection()
{
    QGroupBox *box = section(tr("Where and how it hurts"), "migraineCharacterGroup", content());
    QFormLayout *form = makeForm(box);
    addKeys(form, tr("Location"), QStringLiteral("locations"),
            core::IntakeCatalog::headacheLocations(), &core::MigraineHistory::locations);
    addKeys(form, tr("Quality"), QStringLiteral("qualities"),
            core::IntakeCatalog::headacheQualities(), &core::MigraineHistory::qualities);
    return box;
}

QWidget *IntakeMigrainePage::createSymptomsSection()
{
    QGroupBox *box = section(tr("With the headache"), "migraineSymptomsGroup", content());
    QFormLayout *form = makeForm(box);
    addAnswer(form, tr("Nausea"), QStringLiteral("nausea"), &core::MigraineHistory::nausea);
    addAnswer(form, tr("Vomiting"), QStringLiteral("vomiting"), &core::MigraineHistory::vomiting);
    addAnswer(form, tr("Sensitive to light"), QStringLiteral("lightSensitivity"),
              &core::MigraineHistory::lightSensitivity);
    addAnswer(form, tr("Sensitive to sound"), QStringLiteral("soundSensitivity"),
              &core::MigraineHistory::soundSensitivity);
    addAnswer(form, tr("Worse with routine activity"), QStringLiteral("worseWithActivity"),
              &core::MigraineHistory::worseWithActivity);
    return box;
}

QWidget *IntakeMigrainePage::createAuraSection()
{
    QGroupBox *box = section(tr("Aura"), "migraineAuraGroup", content());
    QFormLayout *form = makeForm(box);
    addAnswer(form, tr("Aura before or with attacks"), QStringLiteral("auraReported"),
              &core::MigraineHistory::auraReported);
    m_auraReported = m_answers.last().group;
    const qsizetype firstDetail = m_answers.size();
    KeysField &types = addKeys(form, tr("Kind of aura"), QStringLiteral("auraTypes"),
                               core::IntakeCatalog::auraTypes(), &core::MigraineHistory::auraTypes);
    for (const auto &entry : std::as_const(types.boxes))
        m_auraDetails.append(entry.second);
    m_numbers.append({ &core::MigraineHistory::auraAttacks,
                       addNumber(form, tr("Attacks with aura so far"), tr("attacks"),
                                 QStringLiteral("auraAttacks"), 6) });
    m_numbers.append({ &core::MigraineHistory::auraDurationMinutes,
                       addNumber(form, tr("Each aura symptom lasts"), tr("minutes"),
                                 QStringLiteral("auraDurationMinutes"), 4) });
    m_auraDetails.append(m_numbers[m_numbers.size() - 2].edit);
    m_auraDetails.append(m_numbers.last().edit);
    addAnswer(form, tr("Goes away completely"), QStringLiteral("auraFullyReversible"),
              &core::MigraineHistory::auraFullyReversible);
    addAnswer(form, tr("Spreads gradually over 5 minutes or more"),
              QStringLiteral("auraSpreadsGradually"), &core::MigraineHistory::auraSpreadsGradually);
    addAnswer(form, tr("Two or more symptoms, one after another"),
              QStringLiteral("auraSymptomsInSuccession"),
              &core::MigraineHistory::auraSymptomsInSuccession);
    addAnswer(form, tr("At least one symptom on one side"), QStringLiteral("auraOneSided"),
              &core::MigraineHistory::auraOneSided);
    addAnswer(form, tr("Flicker, zigzag lines or tingling"), QStringLiteral("auraPositive"),
              &core::MigraineHistory::auraPositive);
    addAnswer(form, tr("Headache within an hour of the aura"),
              QStringLiteral("headacheWithinHourOfAura"),
              &core::MigraineHistory::headacheWithinHourOfAura);
    for (qsizetype i = firstDetail; i < m_answers.size(); ++i)
        m_auraDetails.append(m_answers[i].group);
    return box;
}

QWidget *IntakeMigrainePage::createMedicationSection()
{
    QGroupBox *box = section(tr("Diagnosis and medication"), "migraineMedicationGroup", content());
    QFormLayout *form = makeForm(box);
    m_diagnosis = makeLineEdit(box, tr("Physician's diagnosis"),
                               QStringLiteral("physicianDiagnosisEdit"));
    m_diagnosis->setPlaceholderText(tr("As the client reports it, if any"));
    addRow(form, tr("Physician's diagnosis"), m_diagnosis, migraineKey("physicianDiagnosis"));

    m_acute = new IntakeAcuteMedicationList(box);
    m_acute->setObjectName(QStringLiteral("acuteMedicationList"));
    m_acute->setAccessibleName(tr("Acute medications"));
    m_preventive = new IntakeMedicationList(tr("Preventive medication"),
                                            QStringLiteral("preventiveMedication"), box);
    m_preventive->setObjectName(QStringLiteral("preventiveMedicationList"));
    m_preventive->setAccessibleName(tr("Preventive medications"));
    const struct
    {
        QString title;
        IntakeRowList *list;
        QString key;
    } lists[] = {
        { tr("Acute medication, taken when an attack starts"), m_acute,
          migraineKey("acuteMedications") },
        { tr("Preventive medication, taken every day"), m_preventive,
          migraineKey("preventiveMedications") },
    };
    for (const auto &entry : lists) {
        auto *title = new QLabel(entry.title, box);
        title->setBuddy(entry.list);
        form->addRow(title);
        form->addRow(m_errors.wrap(box, entry.list, entry.key));
        IntakeRowList *list = entry.list;
        recorder()->trackValue(
                list, entry.title.toLower(), [list] { return list->value(); },
                [list](const QVariant &value) { list->setValue(value); });
        connect(list, &IntakeRowList::rowCreated, recorder(),
                [this](const QList<QWidget *> &cells) {
                    for (QWidget *cell : cells)
                        recorder()->routeUndoKeys(cell);
                });
        connect(list, &IntakeRowList::edited, this, [this, list](int mergeKey) {
            recorder()->valueEdited(list, mergeKey);
            changed();
        });
    }
    return box;
}

QWidget *IntakeMigrainePage::createReliefSection()
{
    QGroupBox *box = section(tr("What helps"), "migraineReliefGroup", content());
    QFormLayout *form = makeForm(box);
    addKeys(form, tr("Helps"), QStringLiteral("whatHelps"), core::IntakeCatalog::reliefMeasures(),
            &core::MigraineHistory::whatHelps);
    m_whatHelpsOther = makeLineEdit(box, tr("Something else that helps"),
                                    QStringLiteral("whatHelpsOtherEdit"));
    m_whatHelpsOther->setPlaceholderText(tr("For example: a hot shower, caffeine early on"));
    addRow(form, tr("Something else"), m_whatHelpsOther, migraineKey("whatHelpsOther"));
    return box;
}

IntakeNumberEdit *IntakeMigrainePage::addNumber(QFormLayout *form, const QString &label,
                                                const QString &unit, const QString &field,
                                                int maxDigits, int decimals)
{
    QWidget *parent = form->parentWidget();
    auto *edit = new IntakeNumberEdit(maxDigits, decimals, parent);
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setAccessibleName(label);
    auto *unitLabel = new QLabel(unit, parent);
    unitLabel->setForegroundRole(QPalette::PlaceholderText);
    addRow(form, label, edit, QStringLiteral("migraine.") + field, unitLabel);
    return edit;
}

void IntakeMigrainePage::addAnswer(QFormLayout *form, const QString &label, const QString &field,
                                   AnswerMember member)
{
    QStringList options;
    for (core::Answer answer : { core::Answer::Unknown, core::Answer::No, core::Answer::Yes })
        options << core::IntakeCatalog::answerLabel(answer);
    auto *group = new IntakeChoiceGroup(options, label, field + QStringLiteral("Option"),
                                        form->parentWidget());
    group->setObjectName(field + QStringLiteral("Choice"));
    group->setAnswer(core::Answer::Unknown);
    addRow(form, label, group, QStringLiteral("migraine.") + field);
    recorder()->trackValue(
            group, label.toLower(), [group] { return QVariant(group->value()); },
            [group](const QVariant &value) { group->setValue(value.toInt()); });
    for (int i = 0; i < group->count(); ++i)
        recorder()->routeUndoKeys(group->button(i));
    connect(group, &IntakeChoiceGroup::userChanged, this, [this, group] {
        recorder()->valueEdited(group, -1);
        updateEnabled();
        changed();
    });
    m_answers.append({ member, group });
}

IntakeMigrainePage::KeysField &IntakeMigrainePage::addKeys(QFormLayout *form, const QString &label,
                                                           const QString &field,
                                                           const QList<core::CatalogEntry> &entries,
                                                           KeysMember member)
{
    QWidget *parent = form->parentWidget();
    auto *boxes = new QWidget(parent);
    boxes->setObjectName(field + QStringLiteral("Boxes"));
    auto *grid = new QGridLayout(boxes);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    KeysField keys{ member, {}, {} };
    constexpr int Columns = 3;
    for (int i = 0; i < entries.size(); ++i) {
        const core::CatalogEntry &entry = entries[i];
        auto *box = new QCheckBox(entry.label, boxes);
        box->setObjectName(field + QStringLiteral("_") + entry.key);
        box->setAccessibleName(label + QStringLiteral(": ") + entry.label);
        if (!entry.hint.isEmpty())
            box->setToolTip(entry.hint);
        grid->addWidget(box, i / Columns, i % Columns);
        recorder()->track(box, entry.label.toLower());
        connect(box, &QCheckBox::clicked, this, &IntakeMigrainePage::changed);
        keys.boxes.append({ entry.key, box });
    }
    grid->setColumnStretch(Columns, 1);
    addRow(form, label, boxes, QStringLiteral("migraine.") + field);
    m_keys.append(keys);
    return m_keys.last();
}

void IntakeMigrainePage::fill(const core::Intake &intake)
{
    const core::MigraineHistory &history = intake.migraine;
    for (const NumberField &number : std::as_const(m_numbers))
        number.edit->setIntValue(history.*number.member);
    m_duration->setDoubleValue(history.typicalDurationHours);
    for (const AnswerField &answer : std::as_const(m_answers))
        answer.group->setAnswer(history.*answer.member);
    for (KeysField &keys : m_keys) {
        const QStringList &stored = history.*keys.member;
        keys.unknown = stored;
        for (const auto &[key, box] : std::as_const(keys.boxes)) {
            box->setChecked(stored.contains(key));
            keys.unknown.removeAll(key);
        }
    }
    m_diagnosis->setText(history.physicianDiagnosis);
    m_acute->setMedications(history.acuteMedications);
    m_preventive->setMedications(history.preventiveMedications);
    m_whatHelpsOther->setText(history.whatHelpsOther);
}

void IntakeMigrainePage::read(core::Intake &intake) const
{
    core::MigraineHistory &history = intake.migraine;
    for (const NumberField &number : m_numbers)
        history.*number.member = number.edit->intValue();
    history.typicalDurationHours = m_duration->doubleValue();
    for (const AnswerField &answer : m_answers)
        history.*answer.member = answer.group->answer();
    for (const KeysField &keys : m_keys) {
        QStringList chosen;
        for (const auto &[key, box] : keys.boxes) {
            if (box->isChecked())
                chosen << key;
        }
        history.*keys.member = chosen + keys.unknown;
    }
    history.physicianDiagnosis = m_diagnosis->text().trimmed();
    history.acuteMedications = m_acute->medications();
    history.preventiveMedications = m_preventive->medications();
    history.whatHelpsOther = m_whatHelpsOther->text().trimmed();
}

void IntakeMigrainePage::updateEnabled()
{
    // Aura details mean nothing once the client says they have no aura; what was typed stays.
    const bool aura = m_auraReported->answer() != core::Answer::No;
    for (QWidget *detail : std::as_const(m_auraDetails))
        detail->setEnabled(aura);
}

} // namespace stillpoint::ui
