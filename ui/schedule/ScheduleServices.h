// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

namespace stillpoint::core {
class AppointmentService;
class ClientService;
class PracticeSettings;
class ScheduleSetupService;
class SeriesService;
class WaitlistService;
} // namespace stillpoint::core

namespace stillpoint::ui {

class CurrentSession;
class DocumentPrinter;
class FileChooser;
class Prompter;

// What the schedule screens work with: the core services they call for the signed-in person,
// the dialogs they may ask through, the printer and the clock (and the recurring series and the
// waitlist). The window owns all of it.
struct ScheduleServices
{
    core::AppointmentService &appointments;
    core::ScheduleSetupService &setup;
    core::ClientService &clients;
    const core::PracticeSettings &settings;
    const CurrentSession &session;
    Prompter &prompter;
    FileChooser &files;
    DocumentPrinter &printer;
    const core::Clock &clock;
    core::SeriesService &series;
    core::WaitlistService &waitlist;
};

} // namespace stillpoint::ui
