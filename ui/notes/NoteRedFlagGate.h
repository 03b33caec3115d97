// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"

class QWidget;

namespace stillpoint::ui {

class CurrentSession;
class RedFlagProceedDialog;

// The intake's red-flag block, as session notes meet it: no note may be started or saved while
// an alert blocks the client's treatment, until the therapist records a reason to proceed.
namespace NoteRedFlagGate {

// Opens the dialog that records the reason to proceed for `alert`, window-modal over `parent`
// and deleted once closed. Its accepted() means the reason was recorded and the block is lifted.
RedFlagProceedDialog *askReason(core::IntakeService &intakes, const CurrentSession &session,
                                const core::RedFlagAlert &alert, QWidget *parent);

// Whether core's refusal is the red-flag block (and not another reason).
bool isRedFlagRefusal(const core::Error &error);

} // namespace NoteRedFlagGate

} // namespace stillpoint::ui
