// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NoteRedFlagGate.h"

#include "ui/intake/RedFlagProceedDialog.h"
#include "ui/security/CurrentSession.h"

namespace stillpoint::ui::NoteRedFlagGate {

RedFlagProceedDialog *askReason(core::IntakeService &intakes, const CurrentSession &session,
                                const core::RedFlagAlert &alert, QWidget *parent)
{
    // The date of the intake that reported the flags, as the intake tab shows it.
    QDate intakeDate;
    if (const auto history = intakes.history(session.session(), alert.clientId)) {
        for (const core::IntakeSummary &intake : history.value())
            if (intake.id == alert.intakeId)
                intakeDate = intake.intakeDate;
    }
    auto *dialog = new RedFlagProceedDialog(intakes, session, alert, intakeDate, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

bool isRedFlagRefusal(const core::Error &error)
{
    return error.field == QLatin1String("red_flag_alert");
}

} // namespace stillpoint::ui::NoteRedFlagGate
