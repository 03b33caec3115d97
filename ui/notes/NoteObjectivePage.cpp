// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteObjectivePage.h"

#include "ui/common/FieldUndoRecorder.h"
#include "ui/intake/IntakeNumberEdit.h"
#include "ui/notes/NoteTechniqueList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

const QString NewTechniqueKey = QStringLiteral("newTechnique");

constexpr core::ClientPosition Positions[] = {
    core::ClientPosition::NotRecorded,    core::ClientPosition::Supine,
    core::ClientPosition::Prone,          core::ClientPosition::SideLyingLeft,
    core::ClientPosition::SideLyingRight, core::ClientPosition::Seated,
};

} // namespace

NoteObjectivePage::NoteObjectivePage(FieldUndoRecorder *recorder, QWidget *parent)
    : NotePage(tr("O — Objective"), QStringLiteral("objectivePage"), recorder, parent)
{
    auto *findings = new QGroupBox(tr("Findings"), content());
    findings->setObjectName(QStringLiteral("findingsGroup"));
    QFormLayout *form = makeForm(findings);
    m_palpation = makeTextEdit(findings, tr("Palpation"), QStringLiteral("palpationEdit"), 4);
    m_palpation->setPlaceholderText(
            tr("Hypertonicity, trigger points, tender points (mark them on the body chart)"));
    addRow(form, tr("P&alpation"), m_palpation, QStringLiteral("objective.palpation"));
    m_posture = makeTextEdit(findings, tr("Posture"), QStringLiteral("postureEdit"), 2);
    m_posture->setPlaceholderText(tr("For example: forward head, elevated right shoulder"));
    addRow(form, tr("Pos&ture"), m_posture, QStringLiteral("objective.posture"));
    auto *rangeTitle = new QLabel(tr("Cervical range of motion"), findings);
    form->addRow(rangeTitle);
    form->addRow(m_errors.wrap(findings, createRangeOfMotion(findings),
                               QStringLiteral("objective.rangeOfMotion")));
    contentLayout()->addWidget(findings);

    auto *treatment = new QGroupBox(tr("Treatment"), content());
    treatment->setObjectName(QStringLiteral("treatmentGroup"));
    auto *treatmentLayout = new QVBoxLayout(treatment);
    m_techniques = new NoteTechniqueList(treatment);
    m_techniques->setObjectName(QStringLiteral("techniqueList"));
    m_techniques->setAccessibleName(tr("Techniques used"));
    treatmentLayout->addWidget(
            m_errors.wrap(treatment, m_techniques, QStringLiteral("objective.techniques")));
    treatmentLayout->addWidget(createNewTechniqueRow(treatment));
    trackValue(
            m_techniques, tr("techniques"), [this] { return m_techniques->value(); },
            [this](const QVariant &value) { m_techniques->setValue(value); });
    connect(m_techniques, &IntakeRowList::rowCreated, this, [this](const QList<QWidget *> &cells) {
        for (QWidget *cell : cells)
            this->recorder()->routeUndoKeys(cell);
    });
    connect(m_techniques, &IntakeRowList::edited, this,
            [this](int mergeKey) { valueEdited(m_techniques, mergeKey); });

    auto *positionForm = new QFormLayout;
    positionForm->setContentsMargins(0, 6, 0, 0);
    m_position = new QComboBox(treatment);
    m_position->setObjectName(QStringLiteral("clientPositionCombo"));
    m_position->setAccessibleName(tr("Client position"));
    for (core::ClientPosition position : Positions)
        m_position->addItem(position == core::ClientPosition::NotRecorded
                                    ? tr("Not recorded")
                                    : core::NoteCatalog::positionLabel(position),
                            static_cast<int>(position));
    auto *positionLabel = new QLabel(tr("Client p&osition"), treatment);
    positionLabel->setBuddy(m_position);
    positionForm->addRow(
            positionLabel,
            m_errors.wrap(treatment, m_position, QStringLiteral("objective.position")));
    treatmentLayout->addLayout(positionForm);
    trackValue(
            m_position, tr("client position"), [this] { return m_position->currentIndex(); },
            [this](const QVariant &value) { m_position->setCurrentIndex(value.toInt()); });
    connect(m_position, &QComboBox::activated, this, [this] { valueEdited(m_position, -1); });
    contentLayout()->addWidget(treatment);
    contentLayout()->addStretch();
}

QWidget *NoteObjectivePage::createRangeOfMotion(QWidget *parent)
{
    auto *grid = new QWidget(parent);
    grid->setObjectName(QStringLiteral("rangeOfMotionGrid"));
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(2);
    const QList<core::CervicalMotion> motions = core::NoteCatalog::motions();
    for (int i = 0; i < motions.size(); ++i) {
        const core::CervicalMotion motion = motions[i];
        const QString label = core::NoteCatalog::motionLabel(motion);
        auto *edit = new IntakeNumberEdit(3, 0, grid);
        edit->setObjectName(QStringLiteral("range_%1").arg(core::NoteCatalog::motionKey(motion)));
        edit->setAccessibleName(tr("%1 in degrees").arg(label));
        edit->setToolTip(tr("Degrees; leave empty when not measured"));
        auto *name = new QLabel(label, grid);
        name->setBuddy(edit);
        auto *unit = new QLabel(tr("°"), grid);
        const QString key =
                QStringLiteral("objective.rangeOfMotion.") + core::NoteCatalog::motionKey(motion);
        // Two directions of one movement side by side: flexion | extension, left | right.
        const int row = i / 2;
        const int column = (i % 2) * 3;
        layout->addWidget(name, row, column);
        layout->addWidget(m_errors.wrap(grid, edit, key, unit), row, column + 1);
        layout->setColumnMinimumWidth(2, 24);
        m_ranges.insert(static_cast<int>(motion), edit);
        recorder()->track(edit, tr("%1 range").arg(label.toLower()));
        connect(edit, &QLineEdit::textEdited, this, &NoteObjectivePage::changed);
    }
    layout->setColumnStretch(5, 1);
    return grid;
}

QWidget *NoteObjectivePage::createNewTechniqueRow(QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_addTechniqueButton = new QPushButton(tr("Add a technique to the practice's list…"), holder);
    m_addTechniqueButton->setObjectName(QStringLiteral("addPracticeTechniqueButton"));
    m_addTechniqueButton->setVisible(false);
    m_newTechniqueRow = new QWidget(holder);
    auto *row = new QHBoxLayout(m_newTechniqueRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_newTechnique = new QLineEdit(m_newTechniqueRow);
    m_newTechnique->setObjectName(QStringLiteral("newTechniqueEdit"));
    m_newTechnique->setAccessibleName(tr("New technique for the practice's list"));
    m_newTechnique->setPlaceholderText(tr("For example: Muscle energy technique"));
    auto *add = new QPushButton(tr("Add"), m_newTechniqueRow);
    add->setObjectName(QStringLiteral("addNewTechniqueButton"));
    auto *cancel = new QPushButton(tr("Cancel"), m_newTechniqueRow);
    row->addWidget(m_errors.wrap(m_newTechniqueRow, m_newTechnique, NewTechniqueKey), 1);
    row->addWidget(add, 0, Qt::AlignTop);
    row->addWidget(cancel, 0, Qt::AlignTop);
    m_newTechniqueRow->hide();
    layout->addWidget(m_addTechniqueButton, 0, Qt::AlignLeft);
    layout->addWidget(m_newTechniqueRow);
    connect(m_addTechniqueButton, &QPushButton::clicked, this,
            [this] { showNewTechniqueEditor(true); });
    connect(cancel, &QPushButton::clicked, this, [this] { showNewTechniqueEditor(false); });
    connect(add, &QPushButton::clicked, this,
            [this] { addPracticeTechnique(m_newTechnique->text()); });
    connect(m_newTechnique, &QLineEdit::returnPressed, this,
            [this] { addPracticeTechnique(m_newTechnique->text()); });
    return holder;
}

void NoteObjectivePage::showNewTechniqueEditor(bool show)
{
    m_newTechniqueRow->setVisible(show);
    m_addTechniqueButton->setVisible(!show && m_adder && !isReadOnly());
    m_errors.setError(NewTechniqueKey, {});
    if (show) {
        m_newTechnique->clear();
        m_newTechnique->setFocus(Qt::OtherFocusReason);
    }
}

bool NoteObjectivePage::addPracticeTechnique(const QString &label)
{
    const QString trimmed = label.trimmed();
    if (!m_adder || trimmed.isEmpty()) {
        m_errors.setError(NewTechniqueKey, tr("Type the technique to add."));
        return false;
    }
    const auto added = m_adder(trimmed);
    if (!added) {
        m_errors.setError(NewTechniqueKey, added.error().message);
        return false;
    }
    QList<core::Technique> techniques = m_techniques->techniques();
    techniques.append(added.value());
    m_techniques->setTechniques(techniques);
    showNewTechniqueEditor(false);
    // Added for this session: a row with it, ready for the area.
    m_techniques->addRow();
    const int row = m_techniques->count() - 1;
    static_cast<QComboBox *>(m_techniques->cell(row, 0))->setEditText(added->label);
    valueEdited(m_techniques, -1);
    m_techniques->cell(row, 1)->setFocus(Qt::OtherFocusReason);
    return true;
}

QString NoteObjectivePage::fieldKeyFor(const QString &key) const
{
    static const QRegularExpression indexed(
            QStringLiteral("^objective\\.rangeOfMotion\\.(\\d+)(\\..*)?$"));
    const QRegularExpressionMatch match = indexed.match(key);
    if (match.hasMatch()) {
        // The same order read() writes them in: the measured motions only.
        qsizetype index = match.captured(1).toLongLong();
        for (core::CervicalMotion motion : core::NoteCatalog::motions()) {
            if (!rangeEdit(motion)->intValue())
                continue;
            if (index-- == 0)
                return NotePage::fieldKeyFor(QStringLiteral("objective.rangeOfMotion.")
                                             + core::NoteCatalog::motionKey(motion));
        }
    }
    return NotePage::fieldKeyFor(key);
}

void NoteObjectivePage::setTechniques(const QList<core::Technique> &techniques)
{
    m_techniques->setTechniques(techniques);
}

void NoteObjectivePage::setTechniqueAdder(TechniqueAdder adder)
{
    m_adder = std::move(adder);
    m_addTechniqueButton->setVisible(m_adder && !isReadOnly() && !m_newTechniqueRow->isVisible());
}

IntakeNumberEdit *NoteObjectivePage::rangeEdit(core::CervicalMotion motion) const
{
    return m_ranges.value(static_cast<int>(motion));
}

void NoteObjectivePage::fill(const core::NoteContent &content)
{
    const core::Objective &o = content.objective;
    m_palpation->setPlainText(o.palpation);
    m_posture->setPlainText(o.posture);
    for (IntakeNumberEdit *edit : std::as_const(m_ranges))
        edit->setIntValue(std::nullopt);
    for (const core::RangeOfMotion &range : o.rangeOfMotion)
        if (IntakeNumberEdit *edit = rangeEdit(range.motion))
            edit->setIntValue(range.degrees);
    m_techniques->setUses(o.techniques);
    m_position->setCurrentIndex(std::max(0, m_position->findData(static_cast<int>(o.position))));
}

void NoteObjectivePage::read(core::NoteContent &content) const
{
    core::Objective &o = content.objective;
    o.palpation = m_palpation->toPlainText().trimmed();
    o.posture = m_posture->toPlainText().trimmed();
    o.rangeOfMotion.clear();
    for (core::CervicalMotion motion : core::NoteCatalog::motions()) {
        if (const auto degrees = rangeEdit(motion)->intValue())
            o.rangeOfMotion.append({ motion, *degrees });
    }
    o.techniques = m_techniques->uses();
    o.position = static_cast<core::ClientPosition>(m_position->currentData().toInt());
}

void NoteObjectivePage::applyReadOnly(bool readOnly)
{
    NotePage::applyReadOnly(readOnly);
    if (readOnly)
        m_newTechniqueRow->hide();
    m_addTechniqueButton->setVisible(!readOnly && m_adder && !m_newTechniqueRow->isVisible());
}

} // namespace stillpoint::ui
