// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace stillpoint::core {
class IntakeService;
}

namespace stillpoint::ui {

class CurrentSession;
class IntakeEditor;
class Prompter;

// The intake editor windows opened from the intake panel. A client has at most one editable
// editor (its draft, or a new intake) and each version at most one read-only one; asking again
// brings the open window forward. Before the session ends it asks about unsaved changes (or, while
// the window is locked, saves them as a draft without asking, since whoever stands there may not
// be their author), then closes every editor: editors act for the session that opened them.
class IntakeEditorWindows final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        core::IntakeService &intakes;
        Prompter &prompter;
        const CurrentSession &session;
        const core::Clock &clock;
    };

    // Editors are top-level windows owned by `owner`.
    IntakeEditorWindows(const Services &services, QWidget *owner);
    ~IntakeEditorWindows() override;

    // Opens the client's draft (the editor asks whether to continue it) or starts a new intake.
    bool editForClient(qint64 clientId, const QString &clientName);
    // Opens one version: a draft editable, a signed or discarded version read-only.
    bool openVersion(qint64 clientId, const QString &clientName, qint64 intakeId, bool isDraft);

    QList<IntakeEditor *> editors() const;
    bool hasUnsavedChanges() const;
    // Save / Discard / Cancel for each editor with unsaved changes; false when the user cancelled
    // (or a save failed), and then nothing has been closed.
    bool confirmClose();
    // Saves every editor's unsaved changes as a draft without asking; when one cannot be saved,
    // asks (without naming the client) whether to discard it. False when the user cancelled.
    bool saveWithoutAsking();
    // Closes every editor without asking (the caller has asked). `now` deletes them at once,
    // for when the services they use are about to go.
    void closeAll(bool now = false);

Q_SIGNALS:
    void intakeSaved(qint64 clientId);
    void intakeSigned(qint64 clientId, qint64 intakeId);
    void printRequested(qint64 intakeId);

private:
    struct Entry
    {
        QPointer<IntakeEditor> editor;
        qint64 clientId = 0;
        qint64 intakeId = 0; // 0 for a client's editable editor
        QString clientName;
    };

    IntakeEditor *find(qint64 clientId, qint64 intakeId);
    IntakeEditor *create();
    void track(IntakeEditor *editor, qint64 clientId, qint64 intakeId, const QString &clientName);
    void forget(IntakeEditor *editor);
    void prune();
    static void present(IntakeEditor *editor);

    Services m_services;
    QWidget *m_owner;
    QList<Entry> m_entries;
};

} // namespace stillpoint::ui
