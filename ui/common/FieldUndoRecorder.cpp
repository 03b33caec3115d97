// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FieldUndoRecorder.h"

#include "ui/common/FieldEditCommand.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace stillpoint::ui {

FieldUndoRecorder::FieldUndoRecorder(QUndoStack *stack, QObject *parent)
    : QObject(parent), m_stack(stack)
{ }

void FieldUndoRecorder::track(QLineEdit *edit, const QString &label)
{
    add(
            edit, label, [edit] { return QVariant(edit->text()); },
            [edit](const QVariant &value) { edit->setText(value.toString()); });
    // textEdited, unlike textChanged, is only emitted for the user's own typing.
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { valueEdited(edit, 0); });
}

void FieldUndoRecorder::track(QCheckBox *box, const QString &label)
{
    add(
            box, label, [box] { return QVariant(box->isChecked()); },
            [box](const QVariant &value) { box->setChecked(value.toBool()); });
    connect(box, &QCheckBox::clicked, this, [this, box] { valueEdited(box, -1); });
}

void FieldUndoRecorder::track(QPlainTextEdit *edit, const QString &label)
{
    edit->setUndoRedoEnabled(false);
    add(
            edit, label, [edit] { return QVariant(edit->toPlainText()); },
            [edit](const QVariant &value) {
                if (edit->toPlainText() != value.toString())
                    edit->setPlainText(value.toString());
            });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        // textChanged also fires for setPlainText(); only a real difference is an edit.
        if (!m_applying && !m_paused
            && edit->toPlainText() != m_fields.value(edit).value.toString())
            valueEdited(edit, 0);
    });
}

void FieldUndoRecorder::trackValue(QWidget *field, const QString &label, Getter get, Setter set)
{
    add(field, label, std::move(get), std::move(set));
}

void FieldUndoRecorder::add(QWidget *widget, const QString &label, Getter get, Setter set)
{
    Field field{ label, std::move(get), std::move(set), {} };
    field.value = field.get();
    m_fields.insert(widget, field);
    widget->installEventFilter(this);
}

void FieldUndoRecorder::valueEdited(QWidget *field, int mergeKey)
{
    auto it = m_fields.find(field);
    if (m_applying || m_paused || it == m_fields.end())
        return;
    QVariant before = it->value;
    QVariant after = it->get();
    if (before == after)
        return;
    it->value = after;
    m_stack->push(new FieldEditCommand(
            field, mergeKey, tr("Edit %1").arg(it->label), std::move(before), std::move(after),
            [this, field](const QVariant &value) { apply(field, value); }));
}

void FieldUndoRecorder::routeUndoKeys(QWidget *widget)
{
    widget->installEventFilter(this);
}

void FieldUndoRecorder::snapshot()
{
    for (Field &field : m_fields)
        field.value = field.get();
}

void FieldUndoRecorder::apply(QWidget *widget, const QVariant &value)
{
    auto it = m_fields.find(widget);
    if (it == m_fields.end())
        return;
    {
        const QScopedValueRollback guard(m_applying, true);
        it->set(value);
        it->value = it->get();
    }
    Q_EMIT fieldRestored(widget);
}

bool FieldUndoRecorder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool isUndo = key->matches(QKeySequence::Undo);
    const bool isRedo = key->matches(QKeySequence::Redo);
    if (!isUndo && !isRedo)
        return QObject::eventFilter(watched, event);
    // Swallowing the override without accepting it lets a window's Undo/Redo action take the
    // key. When no action has it, the key press arrives here and goes to the stack directly.
    if (event->type() == QEvent::KeyPress) {
        if (isUndo)
            m_stack->undo();
        else
            m_stack->redo();
    }
    return true;
}

} // namespace stillpoint::ui
