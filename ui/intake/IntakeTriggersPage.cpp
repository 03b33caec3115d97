// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeTriggersPage.h"

#include "core/intake/IntakeCatalog.h"
#include "ui/common/FieldUndoRecorder.h"
#include "ui/intake/IntakeOtherTriggerList.h"
#include "ui/intake/IntakeTabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

const QString NewTriggerKey = QStringLiteral("practiceTriggers.new");

} // namespace

IntakeTriggersPage::IntakeTriggersPage(FieldUndoRecorder *recorder, QWidget *parent)
    : IntakePage(tr("Triggers"), QStringLiteral("triggersPage"), recorder, parent)
{
    addIntro(tr("Tick what the client links with their attacks. Neck pain and fatigue often come "
                "before an attack as early warning signs rather than causing it: mark each item "
                "as a trigger or an early warning sign."));

    auto *catalog = new QGroupBox(tr("Most often reported"), content());
    catalog->setObjectName(QStringLiteral("catalogTriggersGroup"));
    m_catalogGrid = makeGrid(catalog, true);
    for (const core::CatalogEntry &entry : core::IntakeCatalog::triggers())
        addRow(m_catalogGrid, entry.key, entry.label, entry.hint);
    contentLayout()->addWidget(m_errors.wrap(content(), catalog, QStringLiteral("triggers")));

    auto *practice = new QGroupBox(tr("This practice's list"), content());
    practice->setObjectName(QStringLiteral("practiceTriggersGroup"));
    auto *practiceLayout = new QVBoxLayout(practice);
    auto *practiceRows = new QWidget(practice);
    m_practiceGrid = makeGrid(practiceRows, false);
    m_practiceGrid->setContentsMargins(0, 0, 0, 0);
    m_practiceEmpty = new QLabel(tr("None yet. What is added here is offered on every client's "
                                    "intake."),
                                 practice);
    m_practiceEmpty->setObjectName(QStringLiteral("noPracticeTriggersLabel"));
    m_practiceEmpty->setWordWrap(true);
    m_practiceEmpty->setForegroundRole(QPalette::PlaceholderText);
    practiceLayout->addWidget(m_practiceEmpty);
    practiceLayout->addWidget(practiceRows);

    m_addPracticeButton = new QPushButton(tr("Add practice trigger…"), practice);
    m_addPracticeButton->setObjectName(QStringLiteral("addPracticeTriggerButton"));
    m_addPracticeButton->setToolTip(
            tr("Add an item to this practice's trigger list, offered on every intake"));
    connect(m_addPracticeButton, &QPushButton::clicked, this,
            [this] { showNewTriggerEditor(true); });
    m_newTriggerRow = new QWidget(practice);
    auto *newRow = new QHBoxLayout(m_newTriggerRow);
    newRow->setContentsMargins(0, 0, 0, 0);
    m_newTrigger = new QLineEdit(m_newTriggerRow);
    m_newTrigger->setObjectName(QStringLiteral("newPracticeTriggerEdit"));
    m_newTrigger->setAccessibleName(tr("New practice trigger"));
    m_newTrigger->setPlaceholderText(tr("For example: long car journeys"));
    m_confirmAddButton = new QPushButton(tr("Add to List"), m_newTriggerRow);
    m_confirmAddButton->setObjectName(QStringLiteral("confirmPracticeTriggerButton"));
    m_cancelAddButton = new QPushButton(tr("Cancel"), m_newTriggerRow);
    m_cancelAddButton->setObjectName(QStringLiteral("cancelPracticeTriggerButton"));
    newRow->addWidget(m_errors.wrap(m_newTriggerRow, m_newTrigger, NewTriggerKey), 1);
    newRow->addWidget(m_confirmAddButton, 0, Qt::AlignTop);
    newRow->addWidget(m_cancelAddButton, 0, Qt::AlignTop);
    connect(m_newTrigger, &QLineEdit::returnPressed, this, &IntakeTriggersPage::addPracticeTrigger);
    connect(m_confirmAddButton, &QPushButton::clicked, this,
            &IntakeTriggersPage::addPracticeTrigger);
    connect(m_cancelAddButton, &QPushButton::clicked, this,
            [this] { showNewTriggerEditor(false); });
    m_newTriggerRow->hide();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_addPracticeButton);
    practiceLayout->addWidget(m_newTriggerRow);
    practiceLayout->addLayout(buttonRow);
    contentLayout()->addWidget(practice);

    auto *other = new QGroupBox(tr("Other"), content());
    other->setObjectName(QStringLiteral("otherTriggersGroup"));
    auto *otherLayout = new QVBoxLayout(other);
    m_other = new IntakeOtherTriggerList(other);
    m_other->setObjectName(QStringLiteral("otherTriggerList"));
    otherLayout->addWidget(m_other);
    recorder->trackValue(
            m_other, tr("other triggers"), [this] { return m_other->value(); },
            [this](const QVariant &value) { m_other->setValue(value); });
    connect(m_other, &IntakeRowList::rowCreated, recorder,
            [recorder](const QList<QWidget *> &cells) {
                for (QWidget *cell : cells)
                    recorder->routeUndoKeys(cell);
            });
    connect(m_other, &IntakeRowList::edited, this, [this, recorder](int mergeKey) {
        recorder->valueEdited(m_other, mergeKey);
        changed();
    });
    contentLayout()->addWidget(other);
    contentLayout()->addStretch();
}

QGridLayout *IntakeTriggersPage::makeGrid(QWidget *parent, bool withHeaders)
{
    auto *grid = new QGridLayout(parent);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    if (withHeaders) {
        const QString headers[] = { tr("Item"), tr("Role (once ticked)"), tr("How sure") };
        for (int column = 0; column < 3; ++column) {
            auto *header = new QLabel(headers[column], parent);
            header->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(header, 0, column);
        }
    }
    // The choices sit next to the items, not at the far edge of a wide window.
    grid->setColumnMinimumWidth(0, parent->fontMetrics().averageCharWidth() * 48);
    grid->setColumnStretch(3, 1);
    return grid;
}

IntakeTriggersPage::Row &IntakeTriggersPage::addRow(QGridLayout *grid, const QString &key,
                                                    const QString &label, const QString &hint)
{
    QWidget *parent = grid->parentWidget();
    Row row;
    row.key = key;
    row.label = label;
    row.box = new QCheckBox(label, parent);
    row.box->setObjectName(QStringLiteral("trigger_%1").arg(key));
    if (!hint.isEmpty())
        row.box->setToolTip(hint);
    row.role = new QComboBox(parent);
    row.role->setObjectName(QStringLiteral("triggerRole_%1").arg(key));
    row.role->setAccessibleName(tr("Role of %1").arg(label));
    row.role->addItem(core::IntakeCatalog::triggerRoleLabel(core::TriggerRole::Trigger));
    row.role->addItem(core::IntakeCatalog::triggerRoleLabel(core::TriggerRole::EarlyWarningSign));
    row.certainty = new QComboBox(parent);
    row.certainty->setObjectName(QStringLiteral("triggerCertainty_%1").arg(key));
    row.certainty->setAccessibleName(tr("How sure the client is about %1").arg(label));
    for (core::Certainty each :
         { core::Certainty::Unsure, core::Certainty::Probably, core::Certainty::Sure })
        row.certainty->addItem(core::IntakeCatalog::certaintyLabel(each));
    row.certainty->setCurrentIndex(static_cast<int>(core::Certainty::Probably));
    const int line = grid->rowCount();
    grid->addWidget(row.box, line, 0);
    grid->addWidget(row.role, line, 1);
    grid->addWidget(row.certainty, line, 2);

    QCheckBox *box = row.box;
    QComboBox *role = row.role;
    recorder()->track(box, label.toLower());
    for (QComboBox *combo : { row.role, row.certainty }) {
        recorder()->trackValue(
                combo, combo->accessibleName().toLower(),
                [combo] { return QVariant(combo->currentIndex()); },
                [combo](const QVariant &value) { combo->setCurrentIndex(value.toInt()); });
        connect(combo, &QComboBox::activated, this, [this, combo] {
            recorder()->valueEdited(combo, -1);
            changed();
        });
    }
    connect(box, &QCheckBox::toggled, this, [this] { updateRows(); });
    connect(box, &QCheckBox::clicked, this, [this, key, role](bool checked) {
        // Neck pain and fatigue are usually early warning signs: suggest that when ticked.
        if (checked)
            role->setCurrentIndex(core::IntakeCatalog::usuallyEarlyWarning(key) ? 1 : 0);
        changed();
    });
    // Role and certainty only for ticked items: the list stays quiet to read.
    role->hide();
    row.certainty->hide();
    row.box->show(); // now, so that a row just added can take the focus
    if (parent != m_catalogGrid->parentWidget())
        IntakeTabOrder::insertBefore(m_addPracticeButton, { row.box, row.role, row.certainty });
    m_rows.append(row);
    return m_rows.last();
}

IntakeTriggersPage::Row *IntakeTriggersPage::findRow(const QString &key)
{
    for (Row &row : m_rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

void IntakeTriggersPage::setPracticeTriggers(const QList<core::PracticeTrigger> &triggers)
{
    for (const core::PracticeTrigger &trigger : triggers) {
        if (!findRow(trigger.key()))
            addRow(m_practiceGrid, trigger.key(), trigger.label, {});
    }
    if (isReadOnly())
        applyReadOnly(true);
    updateRows();
}

void IntakeTriggersPage::setPracticeTriggerAdder(PracticeTriggerAdder adder)
{
    m_adder = std::move(adder);
    m_addPracticeButton->setVisible(m_adder && !isReadOnly());
}

void IntakeTriggersPage::showNewTriggerEditor(bool show)
{
    m_newTriggerRow->setVisible(show);
    m_addPracticeButton->setVisible(!show && m_adder && !isReadOnly());
    m_errors.setError(NewTriggerKey, {});
    if (show) {
        m_newTrigger->clear();
        m_newTrigger->setFocus(Qt::OtherFocusReason);
    }
}

void IntakeTriggersPage::addPracticeTrigger()
{
    const QString label = m_newTrigger->text().trimmed();
    if (!m_adder || label.isEmpty()) {
        m_errors.setError(NewTriggerKey, tr("Type the trigger to add."));
        return;
    }
    const auto added = m_adder(label);
    if (!added) {
        m_errors.setError(NewTriggerKey, added.error().message);
        return;
    }
    Row *row = findRow(added->key());
    if (!row)
        row = &addRow(m_practiceGrid, added->key(), added->label, {});
    showNewTriggerEditor(false);
    // Added for this client: ticked straight away.
    row->box->setChecked(true);
    row->role->setCurrentIndex(0);
    row->box->setFocus(Qt::OtherFocusReason);
    recorder()->valueEdited(row->box, -1);
    changed();
}

void IntakeTriggersPage::fill(const core::Intake &intake)
{
    for (Row &row : m_rows) {
        row.box->setChecked(false);
        row.role->setCurrentIndex(0);
        row.certainty->setCurrentIndex(static_cast<int>(core::Certainty::Probably));
    }
    QList<core::TriggerEntry> others;
    for (const core::TriggerEntry &entry : intake.triggers) {
        if (entry.key == QLatin1String(IntakeOtherTriggerList::Key)) {
            others.append(entry);
            continue;
        }
        Row *row = findRow(entry.key);
        if (!row) // a practice entry since removed, or a key this build does not list
            row = &addRow(m_practiceGrid, entry.key, entry.label, {});
        row->label = entry.label.isEmpty() ? row->label : entry.label;
        row->box->setChecked(true);
        row->role->setCurrentIndex(static_cast<int>(entry.role));
        row->certainty->setCurrentIndex(static_cast<int>(entry.certainty));
    }
    m_other->setEntries(others);
    updateRows();
}

void IntakeTriggersPage::read(core::Intake &intake) const
{
    intake.triggers.clear();
    for (const Row &row : m_rows) {
        if (!row.box->isChecked())
            continue;
        core::TriggerEntry entry;
        entry.key = row.key;
        entry.label = row.label;
        entry.role = static_cast<core::TriggerRole>(std::clamp(row.role->currentIndex(), 0, 1));
        entry.certainty =
                static_cast<core::Certainty>(std::clamp(row.certainty->currentIndex(), 0, 2));
        intake.triggers.append(entry);
    }
    intake.triggers += m_other->entries();
}

void IntakeTriggersPage::updateEnabled()
{
    updateRows();
}

void IntakeTriggersPage::updateRows()
{
    bool practiceRows = false;
    for (const Row &row : std::as_const(m_rows)) {
        row.role->setVisible(row.box->isChecked());
        row.certainty->setVisible(row.box->isChecked());
        practiceRows = practiceRows || row.box->parentWidget() != m_catalogGrid->parentWidget();
    }
    m_practiceEmpty->setVisible(!practiceRows);
}

void IntakeTriggersPage::applyReadOnly(bool readOnly)
{
    IntakePage::applyReadOnly(readOnly);
    if (readOnly)
        showNewTriggerEditor(false);
    m_addPracticeButton->setVisible(!readOnly && m_adder);
}

} // namespace stillpoint::ui
