// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientService.h"
#include "core/intake/IntakeService.h"
#include "core/security/AuditTrail.h"
#include "core/security/PracticeSettings.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/ScriptedFileChooser.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/ScriptedPrompter.h"
#include "ui/intake/IntakePanel.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace stillpoint::test {

// A DocumentPrinter for tests: instead of showing the print dialog it "chooses" a PDF printer
// writing to outputPath (or cancels when cancel is set), so that printing runs for real without
// a dialog or a printer.
class ScriptedDocumentPrinter final : public ui::DocumentPrinter
{
public:
    QString outputPath;
    bool cancel = false;
    int dialogsShown = 0;

protected:
    bool choosePrinter(QWidget *parent, QPrinter &printer) override;
};

// An intake panel on a fresh practice ("Calm Hands Massage") with one client, Ann Lee, shown
// for the signed-in demo user of `role`, with every question, file and print dialog scripted
// and the clock fixed at 24 November 2026. Intakes are written through core as the demo
// therapist, as another computer would.
struct IntakePanelFixture
{
    TestDatabase database;
    ScopedSettings settings{ database.dirPath() };
    core::FixedClock clock = fixedClock();
    ui::ScriptedPrompter prompter;
    ScriptedFileChooser files;
    ScriptedDocumentPrinter printer;
    core::ClientService clients{ database.db(), clock };
    core::IntakeService intakes{ database.db(), clock };
    core::PracticeSettings practice{ database.db(), clock };
    core::Session therapist;
    core::Session user;
    std::unique_ptr<ui::CurrentSession> session;
    core::Client ann;
    std::unique_ptr<ui::IntakePanel> panel;

    explicit IntakePanelFixture(core::Role role = core::Role::Therapist);

    // Signs a complete intake (core::DemoIntakes profile: 0 no red flag, 5 a head or neck
    // injury) dated `date`, after `edit` changed it; fails the test when core refuses.
    core::Intake signIntake(int profile, QDate date,
                            const std::function<void(core::Intake &)> &edit = {});
    // Starts a draft (a copy of the last signed intake) and saves it after `edit`.
    core::Intake saveDraft(QDate date, const std::function<void(core::Intake &)> &edit = {});
    // Shows the panel for Ann and waits until it is on screen.
    void showPanel();
    // Audit entries of a user (all users when 0), as core::AuditTrail lists them.
    QList<core::AuditEntry> audit(qint64 userId = 0);
};

// Whether a file is a PDF of some substance: the magic bytes, an end-of-file marker and more
// than `minimumBytes`.
bool looksLikePdf(const QString &path, qint64 minimumBytes = 4000);

} // namespace stillpoint::test
