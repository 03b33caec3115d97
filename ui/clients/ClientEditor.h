// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace stillpoint::core {
class ClientService;
}

namespace stillpoint::ui {

class ClientForm;
class CurrentSession;
class Prompter;

// Creates, edits, archives and restores one client record at a time. It owns the record being
// edited and its undo history, asks before unsaved edits would be lost, warns about likely
// duplicates before creating a client, and shows validation messages at the fields. Reading and
// saving go through core::ClientService as the signed-in user; nothing is stored while a field is
// invalid. For the front desk, alerts are always front-desk alerts (core insists), so the form does
// not offer the choice.
class ClientEditor final : public QWidget
{
    Q_OBJECT

public:
    ClientEditor(core::ClientService &clients, const CurrentSession &session, Prompter &prompter,
                 const core::Clock &clock = core::SystemClock::instance(),
                 QWidget *parent = nullptr);
    ~ClientEditor() override;

    // Whether a record (a stored one, or a new one being written) is open.
    bool hasClient() const { return m_hasClient; }
    bool isNewClient() const { return m_hasClient && m_client.id == 0; }
    // The open stored client's id; 0 for a new client or none.
    qint64 clientId() const { return m_hasClient ? m_client.id : 0; }
    bool isArchived() const { return m_hasClient && m_client.archived; }
    // The open record as last loaded or saved (an empty client when none is open).
    const core::Client &client() const { return m_client; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    ClientForm *form() const { return m_form; }

    // These ask about unsaved edits first and return false when the user cancels (or on failure).
    bool openClient(qint64 id);
    bool newClient();
    bool setArchived(bool archived);
    // Save / Discard / Cancel when there are unsaved edits; true when it is fine to move on.
    bool confirmDiscard();

    // Validates and stores the open record; false (and nothing stored) when it is invalid, a
    // possible duplicate the user did not confirm, or someone else changed it meanwhile.
    bool save();
    // Back to the record as it was last loaded or saved.
    void revert();
    // Closes the open record without asking, unsaved edits included (the caller has asked), and
    // shows the empty page.
    void closeClient();

Q_SIGNALS:
    // A client was created, updated, archived or restored.
    void clientSaved(qint64 id);
    // Another record is open (0: a new client, or none).
    void currentClientChanged(qint64 id);
    // Anything that changes which actions make sense: a record opened, saved or (un)archived.
    void stateChanged();
    void modifiedChanged(bool modified);
    void statusMessage(const QString &message);

private:
    void load(const core::Client &client);
    bool store(const core::Client &client);
    bool confirmNotDuplicate(const core::Client &client);
    // Shows a failed store; offers to reload when someone else changed the record meanwhile.
    void reportFailure(const core::Error &error);
    void reloadFromDatabase();
    void updateHeader();
    void updateButtons();
    void applyRole();

    core::ClientService &m_clients;
    const CurrentSession &m_session;
    Prompter &m_prompter;
    const core::Clock &m_clock;
    QUndoStack *m_undoStack;
    core::Client m_client; // as last loaded or saved
    bool m_hasClient = false;

    QStackedWidget *m_pages;
    ClientForm *m_form;
    QLabel *m_titleLabel;
    QLabel *m_subtitleLabel;
    QLabel *m_archivedBanner;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_archiveButton;
};

} // namespace stillpoint::ui
