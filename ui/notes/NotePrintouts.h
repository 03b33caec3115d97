// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/notes/ChartLegend.h"
#include "ui/common/DocumentPrinter.h"

#include <QDate>

class QWidget;

namespace stillpoint::core {
class ClientService;
class NoteService;
class PracticeSettings;
} // namespace stillpoint::core

namespace stillpoint::ui {

class CurrentSession;
class FileChooser;
class Prompter;

// The paper side of session notes: one note with its addenda, or a client's signed notes in a
// date range, as core::NoteDocument lays them out (every read through core, audited), put on a
// printer or into a PDF file the user chooses. Failures are shown through the Prompter.
class NotePrintouts
{
public:
    struct Services
    {
        core::NoteService &notes;
        core::ClientService &clients;
        const core::PracticeSettings &settings;
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        DocumentPrinter &printer;
    };

    explicit NotePrintouts(const Services &services);

    core::Result<PrintableDocument> note(qint64 noteId) const;
    core::Result<PrintableDocument> range(qint64 clientId, const QDate &from,
                                          const QDate &to) const;

    // The whole jobs: read, lay out, ask for a printer or a file, write. False when the user
    // cancelled or it failed (shown).
    bool printNote(QWidget *parent, qint64 noteId) const;
    bool saveNoteAsPdf(QWidget *parent, qint64 noteId, QString *savedPath = nullptr) const;
    bool printRange(QWidget *parent, qint64 clientId, const QDate &from, const QDate &to) const;

    // Asks for a printer and prints; false when the user cancelled or it failed (shown).
    bool print(QWidget *parent, const PrintableDocument &document) const;
    // Asks where to save and writes the PDF; false when cancelled or it failed (shown).
    bool saveAsPdf(QWidget *parent, const PrintableDocument &document,
                   QString *savedPath = nullptr) const;
    void showFailure(QWidget *parent, const QString &title, const core::Error &error) const;

private:
    QString practiceName() const;
    // The practice's names for the mark types (the defaults when they cannot be read).
    core::ChartLegend legend() const;

    Services m_services;
};

} // namespace stillpoint::ui
