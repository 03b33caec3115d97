// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QVariant>

#include <functional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class QWidget;

namespace stillpoint::ui {

// Turns a form's user edits into undo steps on a QUndoStack: one FieldEditCommand per change,
// consecutive typing in one field merged. It remembers each field's last value so that a step
// knows what to go back to; changes made by undo/redo or by loading a record are not recorded.
// It also routes the Undo/Redo keys in tracked fields to the stack instead of the widgets' own
// per-field undo, so that there is one history for the whole form.
class FieldUndoRecorder final : public QObject
{
    Q_OBJECT

public:
    using Getter = std::function<QVariant()>;
    using Setter = std::function<void(const QVariant &)>;

    explicit FieldUndoRecorder(QUndoStack *stack, QObject *parent = nullptr);

    void track(QLineEdit *edit, const QString &label);
    void track(QCheckBox *box, const QString &label);
    void track(QPlainTextEdit *edit, const QString &label);
    // A field with a value of its own kind; its owner calls valueEdited() after each user change.
    void trackValue(QWidget *field, const QString &label, Getter get, Setter set);
    void valueEdited(QWidget *field, int mergeKey);
    // Sends the Undo/Redo keys pressed in `widget` (part of a field tracked with trackValue) to
    // the stack as well.
    void routeUndoKeys(QWidget *widget);

    // Takes every field's current value as the starting point, without an undo step (after a
    // record was loaded into the form).
    void snapshot();
    // While paused (a record is being loaded into the form), changes are not recorded.
    void setPaused(bool paused) { m_paused = paused; }

Q_SIGNALS:
    // Undo or redo changed this field.
    void fieldRestored(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QString label;
        Getter get;
        Setter set;
        QVariant value;
    };

    void add(QWidget *widget, const QString &label, Getter get, Setter set);
    void apply(QWidget *widget, const QVariant &value);

    QUndoStack *m_stack;
    QHash<QWidget *, Field> m_fields;
    bool m_applying = false;
    bool m_paused = false;
};

} // namespace stillpoint::ui
