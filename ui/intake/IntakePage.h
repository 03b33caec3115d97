// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/intake/Intake.h"
#include "ui/common/FieldErrors.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QVBoxLayout;

namespace stillpoint::ui {

class FieldUndoRecorder;

// One section of the intake form. A page shows its part of an intake, copies it back into one,
// and keeps the validation messages for its fields (keys as core's IntakeValidator names them).
// It never stores anything: the editor reads every page and saves the whole intake.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    QString title() const { return m_title; }

    // Shows `intake`; not a user edit (no edited()).
    void load(const core::Intake &intake);
    // Copies this page's fields into `intake`, keeping everything else.
    virtual void read(core::Intake &intake) const = 0;
    // What the page's text cannot turn into intake data (a date that is not a date).
    virtual QList<core::Error> localProblems() const { return {}; }

    // Signed and discarded intakes: every input read-only or disabled, buttons hidden.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    FieldErrors &errors() { return m_errors; }
    const FieldErrors &errors() const { return m_errors; }
    // The registered key that shows messages for `key`: the key itself, or the nearest one it
    // belongs to ("migraine.acuteMedications.2.daysPerMonth" → "migraine.acuteMedications").
    QString fieldKeyFor(const QString &key) const;

    // Scrolls `field` into view and gives it the focus.
    void focusField(QWidget *field);
    // The first input on the page.
    virtual QWidget *firstField() const;

Q_SIGNALS:
    // The user changed something on the page.
    void edited();
    // localProblems() may say something else now, though nothing was edited.
    void problemsChanged();

protected:
    IntakePage(const QString &title, const QString &objectName, FieldUndoRecorder *recorder,
               QWidget *parent);

    virtual void fill(const core::Intake &intake) = 0;
    // Enables inputs that depend on others (a note once its box is ticked); editable pages only.
    virtual void updateEnabled() { }
    virtual void applyReadOnly(bool readOnly);

    // The scrolled area the page's content goes in, top to bottom.
    QWidget *content() const { return m_content; }
    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    FieldUndoRecorder *recorder() const { return m_recorder; }
    bool isLoading() const { return m_loading; }
    // Emits edited() unless a stored intake is being shown.
    void changed();

    // A short line of help under the page title (plain text).
    QLabel *addIntro(const QString &text);
    // A row in `form`: its label, the input above a message line, and an optional widget to the
    // input's right. Registers `key` for messages; tracks line and text edits for undo.
    QWidget *addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &key,
                    QWidget *trailing = nullptr);
    QLineEdit *makeLineEdit(QWidget *parent, const QString &accessibleName,
                            const QString &objectName);
    QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &accessibleName,
                                 const QString &objectName, int lines);
    static QFormLayout *makeForm(QWidget *parent);
    // Puts sections side by side when the page is wide enough for two readable columns, one
    // under the other otherwise. Tab order stays left column first.
    // `twoColumnChars` is the page width, in average characters, from which two columns fit.
    void addColumns(const QList<QWidget *> &left, const QList<QWidget *> &right,
                    int twoColumnChars = 130);

    void resizeEvent(QResizeEvent *event) override;

    FieldErrors m_errors;

private:
    QString m_title;
    FieldUndoRecorder *m_recorder;
    QScrollArea *m_scrollArea;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    bool m_loading = false;
    bool m_readOnly = false;

    void arrangeColumns(bool twoColumns);
    QHBoxLayout *m_columns = nullptr;
    QVBoxLayout *m_leftColumn = nullptr;
    QVBoxLayout *m_rightColumn = nullptr;
    QList<QWidget *> m_leftSections;
    QList<QWidget *> m_rightSections;
    bool m_twoColumns = false;
    int m_twoColumnChars = 130;
};

} // namespace stillpoint::ui
