// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakePage.h"

#include "ui/common/FieldUndoRecorder.h"
#include "ui/common/SignaturePad.h"
#include "ui/common/Styles.h"
#include "ui/intake/IntakeChoiceGroup.h"
#include "ui/intake/IntakeRowList.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stillpoint::ui {

IntakePage::IntakePage(const QString &title, const QString &objectName, FieldUndoRecorder *recorder,
                       QWidget *parent)
    : QWidget(parent), m_title(title), m_recorder(recorder), m_scrollArea(new QScrollArea(this)),
      m_content(new QWidget(m_scrollArea)), m_contentLayout(new QVBoxLayout(m_content))
{
    setObjectName(objectName);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(objectName + QStringLiteral("Title"));
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_scrollArea->setObjectName(objectName + QStringLiteral("ScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_content->setObjectName(objectName + QStringLiteral("Content"));
    m_contentLayout->setContentsMargins(0, 0, 12, 12);
    m_contentLayout->setSpacing(10);
    m_scrollArea->setWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_scrollArea, 1);
}

void IntakePage::load(const core::Intake &intake)
{
    const QScopedValueRollback guard(m_loading, true);
    fill(intake);
    if (!m_readOnly)
        updateEnabled();
}

void IntakePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly(readOnly);
    if (!readOnly)
        updateEnabled();
}

void IntakePage::applyReadOnly(bool readOnly)
{
    const QList<QWidget *> widgets = m_content->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            text->setReadOnly(readOnly);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            spin->setReadOnly(readOnly);
        else if (auto *pad = qobject_cast<SignaturePad *>(widget))
            pad->setReadOnly(readOnly);
        else if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget))
            widget->setEnabled(!readOnly);
    }
    // Lists hide their add and remove buttons rather than showing them greyed out.
    for (IntakeRowList *list : m_content->findChildren<IntakeRowList *>())
        list->setReadOnly(readOnly);
}

QString IntakePage::fieldKeyFor(const QString &key) const
{
    QString candidate = key;
    while (!candidate.isEmpty()) {
        if (m_errors.contains(candidate))
            return candidate;
        const qsizetype dot = candidate.lastIndexOf(u'.');
        if (dot < 0)
            break;
        candidate.truncate(dot);
    }
    return {};
}

void IntakePage::focusField(QWidget *field)
{
    if (!field)
        return;
    QWidget *target = field;
    if (auto *group = qobject_cast<IntakeChoiceGroup *>(field)) {
        target = group->button(std::max(0, group->value()));
    } else if (!(field->focusPolicy() & Qt::TabFocus)) {
        for (QWidget *child : field->findChildren<QWidget *>()) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled()) {
                target = child;
                break;
            }
        }
    }
    m_scrollArea->ensureWidgetVisible(field, 20, 40);
    // As if tabbed to: line edits and spin boxes select their text, so typing replaces it.
    target->setFocus(Qt::TabFocusReason);
}

QWidget *IntakePage::firstField() const
{
    for (QWidget *widget = m_content->nextInFocusChain(); widget && widget != m_content;
         widget = widget->nextInFocusChain()) {
        if (m_content->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus)
            && widget->isEnabled() && widget->isVisibleTo(m_content))
            return widget;
    }
    return nullptr;
}

void IntakePage::changed()
{
    if (!m_loading)
        Q_EMIT edited();
}

QLabel *IntakePage::addIntro(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_contentLayout->addWidget(label);
    return label;
}

QWidget *IntakePage::addRow(QFormLayout *form, const QString &label, QWidget *input,
                            const QString &key, QWidget *trailing)
{
    QWidget *parent = form->parentWidget();
    QWidget *field = input;
    if (!key.isEmpty()) {
        field = Styles::withFocusProxy(m_errors.wrap(parent, input, key, trailing), input);
    } else if (trailing) {
        field = new QWidget(parent);
        auto *row = new QHBoxLayout(field);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(input);
        row->addWidget(trailing);
        row->addStretch();
    }
    auto *rowLabel = new QLabel(label, parent);
    rowLabel->setBuddy(input);
    rowLabel->setMinimumHeight(QLineEdit().sizeHint().height());
    rowLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(rowLabel, field);

    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        m_recorder->track(edit, label.toLower());
        connect(edit, &QLineEdit::textEdited, this, &IntakePage::changed);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        m_recorder->track(text, label.toLower());
        connect(text, &QPlainTextEdit::textChanged, this, &IntakePage::changed);
    }
    return field;
}

QLineEdit *IntakePage::makeLineEdit(QWidget *parent, const QString &accessibleName,
                                    const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPlainTextEdit *IntakePage::makeTextEdit(QWidget *parent, const QString &accessibleName,
                                         const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QFormLayout *IntakePage::makeForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

void IntakePage::addColumns(const QList<QWidget *> &left, const QList<QWidget *> &right,
                            int twoColumnChars)
{
    m_twoColumnChars = twoColumnChars;
    auto *row = new QHBoxLayout;
    m_columns = row;
    row->setSpacing(12);
    m_leftColumn = new QVBoxLayout;
    m_rightColumn = new QVBoxLayout;
    for (QVBoxLayout *column : { m_leftColumn, m_rightColumn }) {
        column->setSpacing(10);
        column->addStretch();
        row->addLayout(column, 1);
    }
    m_contentLayout->addLayout(row, 1);
    m_leftSections = left;
    m_rightSections = right;
    for (QWidget *section : left + right)
        section->setParent(m_content);
    arrangeColumns(false);
}

void IntakePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_leftColumn)
        return;
    const bool twoColumns =
            event->size().width() >= fontMetrics().averageCharWidth() * m_twoColumnChars;
    if (twoColumns != m_twoColumns)
        arrangeColumns(twoColumns);
}

void IntakePage::arrangeColumns(bool twoColumns)
{
    m_twoColumns = twoColumns;
    for (QWidget *section : m_leftSections + m_rightSections) {
        m_leftColumn->removeWidget(section);
        m_rightColumn->removeWidget(section);
    }
    // Each column ends with its stretch; sections go before it.
    for (QWidget *section : std::as_const(m_leftSections))
        m_leftColumn->insertWidget(m_leftColumn->count() - 1, section);
    QVBoxLayout *right = twoColumns ? m_rightColumn : m_leftColumn;
    for (QWidget *section : std::as_const(m_rightSections))
        right->insertWidget(right->count() - 1, section);
    m_columns->setStretch(1, twoColumns ? 1 : 0);
}

} // namespace stillpoint::ui
