// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/SessionNote.h"

#include <QWidget>

class QLabel;

namespace stillpoint::ui {

// The top of the note editor: the client's name, the session date, who started the note and
// from which note its plan and marks were carried forward, a Draft / Signed badge and, for a
// signed or discarded note, the banner saying it is locked and by whom.
class NoteEditorHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditorHeader(QWidget *parent = nullptr);

    // `carriedFrom`: the session date of the note carried forward (invalid: none or unknown).
    void showNote(const core::SessionNote *note, const QString &clientName,
                  const QDate &carriedFrom);

    QLabel *clientLabel() const { return m_client; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *lockedBanner() const { return m_locked; }

private:
    QLabel *m_client;
    QLabel *m_detail;
    QLabel *m_status;
    QLabel *m_locked;
};

} // namespace stillpoint::ui
