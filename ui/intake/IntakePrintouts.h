// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "ui/common/DocumentPrinter.h"

class QWidget;

namespace stillpoint::core {
class ClientService;
class IntakeService;
class PracticeSettings;
} // namespace stillpoint::core

namespace stillpoint::ui {

class CurrentSession;
class FileChooser;
class Prompter;

// The paper side of intakes: builds the printout of one intake version and the referral letter
// to the client's physician from what core reads for the signed-in therapist (every read
// audited), and puts either on a printer or into a PDF file the user chooses. Failures are shown
// through the Prompter; nothing here keeps state between calls.
class IntakePrintouts
{
public:
    struct Services
    {
        core::IntakeService &intakes;
        core::ClientService &clients;
        const core::PracticeSettings &settings;
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        DocumentPrinter &printer;
        const core::Clock &clock;
    };

    explicit IntakePrintouts(const Services &services);

    // One version as core::IntakeDocument::html() lays it out, with the practice's name.
    core::Result<PrintableDocument> intake(qint64 intakeId) const;
    // A letter to the client's physician about the red flags that intake reported, with the
    // client's MIDAS and HIT-6 scores, signed by the signed-in therapist and dated today.
    core::Result<PrintableDocument> referralLetter(qint64 intakeId) const;

    // Asks for a printer and prints; false when the user cancelled or it failed (shown).
    bool print(QWidget *parent, const PrintableDocument &document) const;
    // Asks where to save and writes the PDF; false when cancelled or it failed (shown). The path
    // written goes to `savedPath` when given.
    bool saveAsPdf(QWidget *parent, const PrintableDocument &document,
                   QString *savedPath = nullptr) const;
    // Shows a failure to build or write a document.
    void showFailure(QWidget *parent, const QString &title, const core::Error &error) const;

    const Services &services() const { return m_services; }

private:
    QString practiceName() const;

    Services m_services;
};

} // namespace stillpoint::ui
