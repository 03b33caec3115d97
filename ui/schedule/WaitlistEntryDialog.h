// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Waitlist.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace stillpoint::ui {

class ScheduleSource;

// Adds a client to the waitlist or edits their entry: the client (found by typing part of a name,
// phone or email; fixed when editing), the therapist they want or any, the type, the weekdays and
// parts of the day they can come, an expiry date and notes for the desk (never clinical). Saving
// goes through WaitlistService; a refusal is shown in the dialog, which then stays open.
class WaitlistEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new entry when `existing` is null.
    WaitlistEntryDialog(const ScheduleSource &source, const core::WaitlistItem *existing,
                        QWidget *parent = nullptr);
    ~WaitlistEntryDialog() override;

    QLineEdit *clientSearchEdit() const { return m_search; }
    QListWidget *clientResults() const { return m_results; }
    QComboBox *therapistCombo() const { return m_therapist; }
    QComboBox *typeCombo() const { return m_type; }
    // Monday is 1 … Sunday 7, as Qt counts.
    QCheckBox *weekdayCheck(int qtWeekday) const { return m_weekdays.value(qtWeekday - 1); }
    QCheckBox *partCheck(core::PartOfDay part) const;
    QCheckBox *expiresCheck() const { return m_expires; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLineEdit *notesEdit() const { return m_notes; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_saveButton; }

    void chooseClient(qint64 clientId, const QString &name);
    // The entry as saved, once accepted.
    const core::WaitlistItem &saved() const { return m_saved; }

    void accept() override;

private:
    void search();
    void updateState();
    core::WaitlistEntry entry() const;

    const ScheduleSource &m_source;
    core::WaitlistEntry m_existing;
    bool m_editing = false;
    qint64 m_clientId = 0;
    core::WaitlistItem m_saved;

    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_client;
    QComboBox *m_therapist;
    QComboBox *m_type;
    QList<QCheckBox *> m_weekdays;
    QList<QCheckBox *> m_parts; // morning, afternoon, evening
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QLineEdit *m_notes;
    QLabel *m_problem;
    QPushButton *m_saveButton = nullptr;
};

} // namespace stillpoint::ui
