// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/SessionNote.h"

#include <QList>
#include <QVariant>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace stillpoint::ui {

class IntakeChoiceGroup;

// Today's re-check of the contraindications the client's signed intake lists: one row each, the
// contraindication's name, "still applies?" as Unknown / No / Yes and a note. The rows come from
// the note (core fills them when the note starts); the therapist answers, never adds or removes.
class NoteContraindicationList final : public QWidget
{
    Q_OBJECT

public:
    explicit NoteContraindicationList(QWidget *parent = nullptr);

    QList<core::ContraindicationCheck> checks() const;
    void setChecks(const QList<core::ContraindicationCheck> &checks);
    int count() const { return static_cast<int>(m_rows.size()); }
    IntakeChoiceGroup *answerGroup(int row) const;
    QLineEdit *noteEdit(int row) const;

    // The answers and notes as text (for the undo history).
    QVariant value() const;
    void setValue(const QVariant &value);
    void setReadOnly(bool readOnly);

    static QString label(const QString &key);

Q_SIGNALS:
    // The user answered or typed (mergeKey row * 2 + 1 for a note; -1 for an answer).
    void edited(int mergeKey);

private:
    struct Row
    {
        QString key;
        QLabel *label = nullptr;
        IntakeChoiceGroup *answer = nullptr;
        QLineEdit *note = nullptr;
    };

    void clearRows();

    QGridLayout *m_grid;
    QLabel *m_emptyLabel;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace stillpoint::ui
