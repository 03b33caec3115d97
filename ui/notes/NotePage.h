// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/notes/SessionNote.h"
#include "ui/common/FieldErrors.h"

#include <QList>
#include <QVariant>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QVBoxLayout;

namespace stillpoint::ui {

class FieldUndoRecorder;
class IntakeNumberEdit;

// One section of a session note (S, O, A, P or the body chart). A page shows its part of a note's
// content, copies it back, and keeps the validation messages of its fields (keys as core's
// NoteValidator names them: "subjective.painBefore"). It never stores anything: the editor reads
// every page and saves the whole note.
class NotePage : public QWidget
{
    Q_OBJECT

public:
    QString title() const { return m_title; }

    // Shows `content`; not a user edit (no edited()).
    void load(const core::NoteContent &content);
    // Copies this page's fields into `content`, keeping everything else.
    virtual void read(core::NoteContent &content) const = 0;
    // What the page's text cannot turn into note data (a date that is not a date).
    virtual QList<core::Error> localProblems() const { return {}; }

    // Signed notes: every input read-only or disabled, add and remove buttons hidden.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    FieldErrors &errors() { return m_errors; }
    const FieldErrors &errors() const { return m_errors; }
    // The registered key that shows messages for `key`: the key itself or the nearest one it
    // belongs to ("objective.techniques.2.minutes" → "objective.techniques").
    virtual QString fieldKeyFor(const QString &key) const;

    // Scrolls `field` into view and gives it the focus.
    void focusField(QWidget *field);
    // The first input on the page.
    virtual QWidget *firstField() const;

Q_SIGNALS:
    // The user changed something on the page.
    void edited();

protected:
    NotePage(const QString &title, const QString &objectName, FieldUndoRecorder *recorder,
             QWidget *parent);

    virtual void fill(const core::NoteContent &content) = 0;
    virtual void applyReadOnly(bool readOnly);

    QWidget *content() const { return m_content; }
    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    FieldUndoRecorder *recorder() const { return m_recorder; }
    bool isLoading() const { return m_loading; }
    // Emits edited() unless a stored note is being shown.
    void changed();

    QLabel *addIntro(const QString &text);
    // A row in `form`: its label, the input above a message line, and an optional widget to the
    // input's right. Registers `key` for messages; tracks line and text edits for undo.
    QWidget *addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &key,
                    QWidget *trailing = nullptr);
    QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &accessibleName,
                                 const QString &objectName, int lines);
    // A 0–10 field where empty means "not asked", which is not 0.
    IntakeNumberEdit *makePainEdit(QWidget *parent, const QString &accessibleName,
                                   const QString &objectName);
    // A widget of its own kind (a list, a date) tracked for undo through `get` / `set`; the page
    // calls valueEdited(widget) after each user change.
    void trackValue(QWidget *widget, const QString &label, std::function<QVariant()> get,
                    std::function<void(const QVariant &)> set);
    void valueEdited(QWidget *widget, int mergeKey = 0);
    static QFormLayout *makeForm(QWidget *parent);

    FieldErrors m_errors;

private:
    QString m_title;
    FieldUndoRecorder *m_recorder;
    QScrollArea *m_scrollArea;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace stillpoint::ui
