// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/BodyMarkEditor.h"

#include "ui/notes/MarkSymbol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDial>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

constexpr int NoteMaxLength = 500;

// QDial (wrapping) puts its minimum at the bottom and turns clockwise; a mark's direction is
// clockwise from up.
int dialFromDegrees(int degrees)
{
    return (degrees + 180) % 360;
}

int degreesFromDial(int value)
{
    return (value + 180) % 360;
}

QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

BodyMarkEditor::BodyMarkEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_form(new QWidget(this))
{
    m_title->setObjectName(QStringLiteral("markEditorTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_type = new QComboBox(m_form);
    m_type->setObjectName(QStringLiteral("markTypeComboBox"));
    for (core::MarkType type : core::BodyChartCatalog::markTypes()) {
        m_type->addItem(MarkSymbol::icon(type, 18), MarkSymbol::label(type),
                        static_cast<int>(type));
    }

    m_intensity = new QSpinBox(m_form);
    m_intensity->setObjectName(QStringLiteral("markIntensitySpinBox"));
    m_intensity->setRange(0, 10);
    m_intensity->setSuffix(tr(" / 10"));

    m_muscle = new QComboBox(m_form);
    m_muscle->setObjectName(QStringLiteral("markMuscleComboBox"));
    m_muscle->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_muscle->setMinimumContentsLength(12);
    m_muscle->setMaxVisibleItems(20);

    m_side = new QComboBox(m_form);
    m_side->setObjectName(QStringLiteral("markSideComboBox"));
    for (core::BodySide side : core::BodyChartCatalog::sides())
        m_side->addItem(core::BodyChartCatalog::sideLabel(side), static_cast<int>(side));

    auto *directionRow = new QWidget(m_form);
    m_direction = new QSpinBox(directionRow);
    m_direction->setObjectName(QStringLiteral("markDirectionSpinBox"));
    m_direction->setRange(0, 359);
    m_direction->setSingleStep(15);
    m_direction->setWrapping(true);
    m_direction->setSuffix(QStringLiteral("°"));
    m_direction->setToolTip(tr("Where the pain spreads, as drawn: 0° up, 90° right, 180° down, "
                               "270° left ([ and ] on the chart turn it too)"));
    m_dial = new QDial(directionRow);
    m_dial->setObjectName(QStringLiteral("markDirectionDial"));
    m_dial->setRange(0, 359);
    m_dial->setWrapping(true);
    m_dial->setNotchesVisible(true);
    m_dial->setNotchTarget(45);
    m_dial->setFixedSize(34, 34);
    m_dial->setValue(dialFromDegrees(0));
    m_dial->setFocusPolicy(Qt::NoFocus); // the spin box is the keyboard's way in
    m_dial->setAccessibleName(tr("Direction dial"));
    auto *directionLayout = new QHBoxLayout(directionRow);
    directionLayout->setContentsMargins(0, 0, 0, 0);
    directionLayout->addWidget(m_direction, 1);
    directionLayout->addWidget(m_dial);

    auto *thresholdRow = new QWidget(m_form);
    m_thresholdMeasured = new QCheckBox(tr("Measured"), thresholdRow);
    m_thresholdMeasured->setObjectName(QStringLiteral("markThresholdCheckBox"));
    m_thresholdMeasured->setAccessibleName(tr("Pressure-pain threshold measured"));
    m_thresholdMeasured->setToolTip(tr("Pressure-pain threshold, measured with an algometer"));
    m_threshold = new QDoubleSpinBox(thresholdRow);
    m_threshold->setObjectName(QStringLiteral("markThresholdSpinBox"));
    m_threshold->setRange(0.1, 20.0);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(0.1);
    m_threshold->setValue(2.0);
    m_threshold->setSuffix(tr(" kg/cm²"));
    m_threshold->setAccessibleName(
            tr("Pressure-pain threshold in kilograms per square centimetre"));
    auto *thresholdLayout = new QHBoxLayout(thresholdRow);
    thresholdLayout->setContentsMargins(0, 0, 0, 0);
    thresholdLayout->addWidget(m_thresholdMeasured);
    thresholdLayout->addWidget(m_threshold, 1);

    m_note = new QLineEdit(m_form);
    m_note->setObjectName(QStringLiteral("markNoteLineEdit"));
    m_note->setMaxLength(NoteMaxLength);
    m_note->setPlaceholderText(tr("For example: refers to the left temple"));

    m_delete = new QPushButton(tr("&Delete Mark"), this);
    m_delete->setObjectName(QStringLiteral("deleteMarkButton"));
    m_delete->setToolTip(tr("Remove the selected mark (Delete on the chart)"));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(formLabel(tr("&Type:"), m_type, m_form), m_type);
    form->addRow(formLabel(tr("&Intensity:"), m_intensity, m_form), m_intensity);
    form->addRow(formLabel(tr("M&uscle:"), m_muscle, m_form), m_muscle);
    form->addRow(formLabel(tr("&Side:"), m_side, m_form), m_side);
    form->addRow(formLabel(tr("Di&rection:"), m_direction, m_form), directionRow);
    auto *thresholdLabel = formLabel(tr("&PPT:"), m_thresholdMeasured, m_form);
    thresholdLabel->setToolTip(tr("Pressure-pain threshold, measured with an algometer"));
    form->addRow(thresholdLabel, thresholdRow);
    form->addRow(formLabel(tr("N&ote:"), m_note, m_form), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_form);
    layout->addWidget(m_delete, 0, Qt::AlignRight);

    setTabOrder(m_type, m_intensity);
    setTabOrder(m_intensity, m_muscle);
    setTabOrder(m_muscle, m_side);
    setTabOrder(m_side, m_direction);
    setTabOrder(m_direction, m_thresholdMeasured);
    setTabOrder(m_thresholdMeasured, m_threshold);
    setTabOrder(m_threshold, m_note);
    setTabOrder(m_note, m_delete);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { edit(EditField::Type); });
    connect(m_intensity, &QSpinBox::valueChanged, this, [this] { edit(EditField::Intensity); });
    connect(m_muscle, &QComboBox::currentIndexChanged, this, [this] { edit(EditField::Muscle); });
    connect(m_side, &QComboBox::currentIndexChanged, this, [this] { edit(EditField::Side); });
    connect(m_direction, &QSpinBox::valueChanged, this, [this](int degrees) {
        const QSignalBlocker blocker(m_dial);
        m_dial->setValue(dialFromDegrees(degrees));
        edit(EditField::Direction);
    });
    connect(m_dial, &QDial::valueChanged, this,
            [this](int value) { m_direction->setValue(degreesFromDial(value)); });
    connect(m_thresholdMeasured, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        edit(EditField::Threshold);
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this,
            [this] { edit(EditField::Threshold); });
    connect(m_note, &QLineEdit::textEdited, this, [this] { edit(EditField::Note); });
    connect(m_delete, &QPushButton::clicked, this, &BodyMarkEditor::deleteRequested);

    setMark(std::nullopt);
}

QWidget *BodyMarkEditor::firstField() const
{
    return m_type;
}

QWidget *BodyMarkEditor::lastField() const
{
    return m_delete;
}

QString BodyMarkEditor::undoText(EditField field)
{
    switch (field) {
    case EditField::Position:
        return tr("Move mark");
    case EditField::Intensity:
        return tr("Change intensity");
    case EditField::Direction:
        return tr("Change direction");
    case EditField::Type:
        return tr("Change mark type");
    case EditField::Muscle:
        return tr("Change muscle");
    case EditField::Side:
        return tr("Change side");
    case EditField::Threshold:
        return tr("Change pressure-pain threshold");
    case EditField::Note:
        return tr("Edit mark note");
    }
    return tr("Edit mark");
}

void BodyMarkEditor::fillMuscles(core::BodyView view)
{
    // The view's muscles first (where a therapist looks), then every other one.
    const QSignalBlocker blocker(m_muscle);
    m_muscle->clear();
    m_muscle->addItem(tr("(none)"), QString());
    QList<const core::MuscleInfo *> others;
    for (const core::MuscleInfo &muscle : core::BodyChartCatalog::muscles()) {
        if (muscle.views.contains(view))
            m_muscle->addItem(muscle.label, muscle.key);
        else
            others.append(&muscle);
    }
    if (!others.isEmpty())
        m_muscle->insertSeparator(m_muscle->count());
    for (const core::MuscleInfo *muscle : std::as_const(others))
        m_muscle->addItem(muscle->label, muscle->key);
    m_musclesFor = view;
}

void BodyMarkEditor::showMuscle(const QString &key)
{
    int index = m_muscle->findData(key);
    if (index < 0) {
        // A key this version's catalog does not know (a newer app wrote it): kept, not lost.
        m_muscle->addItem(core::BodyChartCatalog::muscleLabel(key), key);
        index = m_muscle->count() - 1;
    }
    m_muscle->setCurrentIndex(index);
}

void BodyMarkEditor::setMark(const std::optional<core::BodyMark> &mark)
{
    m_loading = true;
    m_mark = mark;
    if (mark) {
        m_title->setText(tr("Selected mark"));
        const auto setIndex = [](QComboBox *box, int value) {
            const int index = box->findData(value);
            if (box->currentIndex() != index)
                box->setCurrentIndex(index);
        };
        setIndex(m_type, static_cast<int>(mark->type));
        if (m_intensity->value() != mark->intensity)
            m_intensity->setValue(mark->intensity);
        if (m_musclesFor != mark->view)
            fillMuscles(mark->view);
        if (m_muscle->currentData().toString() != mark->muscle || m_muscle->currentIndex() < 0)
            showMuscle(mark->muscle);
        setIndex(m_side, static_cast<int>(mark->side));
        const int degrees = mark->directionDegrees.value_or(0);
        if (m_direction->value() != degrees)
            m_direction->setValue(degrees);
        m_thresholdMeasured->setChecked(mark->pressurePainThreshold.has_value());
        if (mark->pressurePainThreshold && m_threshold->value() != *mark->pressurePainThreshold)
            m_threshold->setValue(*mark->pressurePainThreshold);
        if (m_note->text() != mark->note)
            m_note->setText(mark->note);
    } else {
        m_title->setText(tr("No mark selected. Click a mark (or Tab to it on the chart) to "
                            "edit it here."));
        // Kept in place but empty and disabled, so the panel does not jump as marks are picked.
        m_type->setCurrentIndex(-1);
        m_muscle->setCurrentIndex(-1);
        m_side->setCurrentIndex(-1);
        m_intensity->setValue(0);
        m_direction->setValue(0);
        m_note->clear();
        m_thresholdMeasured->setChecked(false);
    }
    m_loading = false;
    updateEnabled();
}

void BodyMarkEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void BodyMarkEditor::updateEnabled()
{
    const bool editable = m_mark.has_value() && !m_readOnly;
    for (QWidget *field : { static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_intensity),
                            static_cast<QWidget *>(m_muscle), static_cast<QWidget *>(m_side),
                            static_cast<QWidget *>(m_thresholdMeasured),
                            static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_delete) })
        field->setEnabled(editable);
    const bool referred = m_mark && m_mark->type == core::MarkType::ReferredPain;
    m_direction->setEnabled(editable && referred);
    m_dial->setEnabled(editable && referred);
    m_threshold->setEnabled(editable && m_thresholdMeasured->isChecked());
}

void BodyMarkEditor::edit(EditField field)
{
    if (m_loading || !m_mark || m_readOnly)
        return;
    core::BodyMark &mark = *m_mark;
    switch (field) {
    case EditField::Type:
        mark.type = static_cast<core::MarkType>(m_type->currentData().toInt());
        // Only referred pain has a direction.
        if (mark.type == core::MarkType::ReferredPain)
            mark.directionDegrees = m_direction->value();
        else
            mark.directionDegrees.reset();
        break;
    case EditField::Intensity:
        mark.intensity = m_intensity->value();
        break;
    case EditField::Muscle:
        mark.muscle = m_muscle->currentData().toString();
        break;
    case EditField::Side:
        mark.side = static_cast<core::BodySide>(m_side->currentData().toInt());
        break;
    case EditField::Direction:
        if (mark.type != core::MarkType::ReferredPain)
            return;
        mark.directionDegrees = m_direction->value();
        break;
    case EditField::Threshold:
        if (m_thresholdMeasured->isChecked())
            mark.pressurePainThreshold = m_threshold->value();
        else
            mark.pressurePainThreshold.reset();
        break;
    case EditField::Note:
        mark.note = m_note->text();
        break;
    case EditField::Position:
        return;
    }
    updateEnabled();
    Q_EMIT markEdited(mark, field);
}

} // namespace stillpoint::ui
