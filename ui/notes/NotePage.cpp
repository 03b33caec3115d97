// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotePage.h"

#include "ui/common/FieldUndoRecorder.h"
#include "ui/common/Styles.h"
#include "ui/intake/IntakeChoiceGroup.h"
#include "ui/intake/IntakeNumberEdit.h"
#include "ui/intake/IntakeRowList.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stillpoint::ui {

NotePage::NotePage(const QString &title, const QString &objectName, FieldUndoRecorder *recorder,
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

void NotePage::load(const core::NoteContent &content)
{
    const QScopedValueRollback guard(m_loading, true);
    fill(content);
}

void NotePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly(readOnly);
}

void NotePage::applyReadOnly(bool readOnly)
{
    const QList<QWidget *> widgets = m_content->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            combo->setEnabled(!readOnly);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            text->setReadOnly(readOnly);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            spin->setReadOnly(readOnly);
        else if (qobject_cast<QAbstractButton *>(widget))
            widget->setEnabled(!readOnly);
    }
    // Read, not greyed out: a signed note's choices stay as legible as its text.
    m_content->setStyleSheet(
            readOnly ? QStringLiteral("QComboBox:disabled, QRadioButton:disabled,"
                                      " QCheckBox:disabled { color: palette(text); }")
                     : QString());
    // Lists hide their add and remove buttons rather than showing them greyed out.
    for (IntakeRowList *list : m_content->findChildren<IntakeRowList *>())
        list->setReadOnly(readOnly);
}

QString NotePage::fieldKeyFor(const QString &key) const
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

void NotePage::focusField(QWidget *field)
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
    target->setFocus(Qt::TabFocusReason);
}

QWidget *NotePage::firstField() const
{
    for (QWidget *widget = m_content->nextInFocusChain(); widget && widget != m_content;
         widget = widget->nextInFocusChain()) {
        if (m_content->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus)
            && widget->isEnabled() && widget->isVisibleTo(m_content))
            return widget;
    }
    return nullptr;
}

void NotePage::changed()
{
    if (!m_loading)
        Q_EMIT edited();
}

QLabel *NotePage::addIntro(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_contentLayout->addWidget(label);
    return label;
}

QWidget *NotePage::addRow(QFormLayout *form, const QString &label, QWidget *input,
                          const QString &key, QWidget *trailing)
{
    QWidget *parent = form->parentWidget();
    QWidget *field = Styles::withFocusProxy(m_errors.wrap(parent, input, key, trailing), input);
    auto *rowLabel = new QLabel(label, parent);
    rowLabel->setBuddy(input);
    rowLabel->setMinimumHeight(QLineEdit().sizeHint().height());
    rowLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(rowLabel, field);

    const QString undoLabel = QString(label).remove(u'&').toLower();
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        m_recorder->track(edit, undoLabel);
        connect(edit, &QLineEdit::textEdited, this, &NotePage::changed);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        m_recorder->track(text, undoLabel);
        connect(text, &QPlainTextEdit::textChanged, this, &NotePage::changed);
    }
    return field;
}

QPlainTextEdit *NotePage::makeTextEdit(QWidget *parent, const QString &accessibleName,
                                       const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

IntakeNumberEdit *NotePage::makePainEdit(QWidget *parent, const QString &accessibleName,
                                         const QString &objectName)
{
    auto *edit = new IntakeNumberEdit(2, 0, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(tr("0 no pain to 10 worst imaginable; leave empty when not asked"));
    return edit;
}

void NotePage::trackValue(QWidget *widget, const QString &label, std::function<QVariant()> get,
                          std::function<void(const QVariant &)> set)
{
    m_recorder->trackValue(widget, label, std::move(get), std::move(set));
}

void NotePage::valueEdited(QWidget *widget, int mergeKey)
{
    if (m_loading)
        return;
    m_recorder->valueEdited(widget, mergeKey);
    changed();
}

QFormLayout *NotePage::makeForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace stillpoint::ui
