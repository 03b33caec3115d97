// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace stillpoint::core {
class PracticeSettings;
}

namespace stillpoint::ui {

class CurrentSession;

// The owner's practice settings: the practice's name and how many idle minutes lock the window.
// Saved through core::PracticeSettings (checked and audited there) when the owner presses Save.
class PracticeSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    PracticeSettingsDialog(core::PracticeSettings &settings, const CurrentSession &session,
                           QWidget *parent = nullptr);
    ~PracticeSettingsDialog() override;

    QSpinBox *idleLockSpinBox() const { return m_idleMinutes; }

    // Stores what changed; accepts the dialog when everything was stored.
    bool trySave();

private:
    core::PracticeSettings &m_settings;
    const CurrentSession &m_session;
    FieldErrors m_errors;
    QLineEdit *m_practiceName;
    QSpinBox *m_idleMinutes;
    QLabel *m_problem;
    QString m_storedName;
    int m_storedMinutes = 0;
};

} // namespace stillpoint::ui
