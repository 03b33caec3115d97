// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/outcomes/ProgressService.h"
#include "ui/common/DocumentPrinter.h"

#include <QString>

namespace stillpoint::core {
class IntakeService;
class NoteService;
class PracticeSettings;
} // namespace stillpoint::core

namespace stillpoint::ui {

class CurrentSession;

// A client's progress report, for their physician or for themselves: the headache history as
// the client reported it at the latest signed intake (with red flags and how they were handled),
// the diary's figures before and after care began, the charts of the progress page as pictures,
// MIDAS and HIT-6 over time, the treatment given (sessions, techniques with their minutes, areas)
// and the current plan. It describes what was recorded and never names a diagnosis of its own.
// Everything is read through core services (which check access and audit the reads).
class ProgressReport
{
public:
    struct Services
    {
        core::ProgressService &progress;
        core::IntakeService &intakes;
        core::NoteService &notes;
        const core::PracticeSettings &settings;
        const CurrentSession &session;
        const core::Clock &clock;
    };

    struct Output
    {
        PrintableDocument document;
        DocumentImages images; // the charts, by the names the HTML uses
    };

    explicit ProgressReport(const Services &services);

    core::Result<Output> build(qint64 clientId, const QString &clientName,
                               const core::ProgressOptions &options = {}) const;
    // The same from figures already read (the progress page has them on screen).
    core::Result<Output> build(qint64 clientId, const QString &clientName,
                               const core::ClientProgress &progress) const;

    // "12.4" with the locale's decimal point; "—" when there is no figure.
    static QString number(std::optional<double> value, int decimals = 1);
    // "Before care: 12.4 headache days / 28 → last 28 days: 5.0 (−60%)", or why there is no
    // comparison.
    static QString beforeAfterText(const core::ClientProgress &progress);

private:
    Services m_services;
};

} // namespace stillpoint::ui
