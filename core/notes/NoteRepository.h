// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/notes/SessionNote.h"

#include <QList>
#include <QVariant>
#include <functional>
#include <optional>

namespace stillpoint::core {

class Database;
class Transaction;

// Who is writing, for the columns that say so (created_by, signed_by, an addendum's author).
struct NoteAuthor
{
    qint64 userId = 0; // 0 only for data written before any user exists
    QString name; // display name (the username when there is none)
};

// A note as it would stand after the visit, for bulk loading (the demo practice): `note` carries
// its status, dates, signer and addenda; `author` wrote and signed it (and its addenda).
struct NoteBundle
{
    SessionNote note;
    NoteAuthor author;
};

// Storage of session notes, addenda, note templates and the practice's techniques, with no
// access checks: NoteService checks and audits; the demo practice writes through here. Every
// write runs in one BEGIN IMMEDIATE transaction and calls `beforeCommit` (the audit row) inside
// it, with the id of the record written. A signed note is never written again (and the
// database's triggers refuse it too).
class NoteRepository
{
public:
    using BeforeCommit = std::function<Status(const Transaction &, qint64 recordId)>;

    explicit NoteRepository(Database &database, const Clock &clock = SystemClock::instance());

    // A new draft of `draft.clientId` (for `draft.appointmentId` when not 0), with its content,
    // session date and carriedForwardFrom. Conflict when that visit (or, without a visit, the
    // client) has an open draft.
    Result<SessionNote> createDraft(const SessionNote &draft, const NoteAuthor &author,
                                    const BeforeCommit &beforeCommit = {});
    // Stores a draft's content and session date. Conflict on a stale rowVersion, or when the
    // stored note is signed or discarded.
    Result<SessionNote> saveDraft(const SessionNote &note, const BeforeCommit &beforeCommit = {});
    // Stores the content and signs, in one statement. The caller has validated for signing.
    Result<SessionNote> sign(const SessionNote &note, const NoteAuthor &signer,
                             const BeforeCommit &beforeCommit = {});
    Result<SessionNote> discard(qint64 noteId, int expectedRowVersion,
                                const BeforeCommit &beforeCommit = {});
    // Adds an addendum to a signed note (refused for a draft); the note itself is not touched.
    Result<NoteAddendum> addAddendum(qint64 noteId, const NoteAuthor &author, const QString &reason,
                                     const QString &text, const BeforeCommit &beforeCommit = {});

    // One note with its addenda, oldest first.
    Result<SessionNote> find(qint64 noteId) const;
    // The client a note belongs to (for access checks and audit rows before reading it).
    Result<qint64> clientOf(qint64 noteId) const;
    // Every note of the client, newest session first.
    Result<QList<NoteSummary>> history(qint64 clientId) const;
    // Signed notes with their addenda, session date in [from, to], oldest first.
    Result<QList<SessionNote>> signedBetween(qint64 clientId, const QDate &from,
                                             const QDate &to) const;
    // The open draft of the visit (appointmentId > 0) or the client's draft without a visit.
    Result<std::optional<SessionNote>> draftFor(qint64 clientId, qint64 appointmentId) const;
    // The signed note of a visit, if there is one.
    Result<std::optional<SessionNote>> signedForVisit(qint64 appointmentId) const;
    // The client's last signed note with a session date before `before` (any date when invalid).
    Result<std::optional<SessionNote>> lastSignedBefore(qint64 clientId, const QDate &before) const;
    // Whether each visit has a (non-discarded) note and whether it is signed, in the given order.
    Result<QList<NoteOnFile>> onFile(const QList<qint64> &appointmentIds) const;

    // Stores many notes with their addenda, and templates whose names are not taken yet, in one
    // transaction (all or nothing); returns how many notes.
    Result<int> insertMany(const QList<NoteBundle> &bundles,
                           const QList<NoteTemplate> &templates = {},
                           const BeforeCommit &beforeCommit = {});

    // Templates by name.
    Result<QList<NoteTemplate>> templates() const;
    Result<NoteTemplate> findTemplate(qint64 templateId) const;
    // Inserts (id 0) or updates (Conflict on a stale rowVersion); names are unique (Conflict,
    // field "name").
    Result<NoteTemplate> saveTemplate(const NoteTemplate &noteTemplate,
                                      const BeforeCommit &beforeCommit = {});
    Status deleteTemplate(qint64 templateId, const BeforeCommit &beforeCommit = {});

    // The practice's own techniques, by label.
    Result<QList<Technique>> practiceTechniques() const;
    // A new technique (1..80 characters); Conflict (field "label") when the label is already on
    // the seeded or the practice's list.
    Result<Technique> addTechnique(const QString &label, const BeforeCommit &beforeCommit = {});

private:
    Result<QList<NoteAddendum>> addendaOf(qint64 noteId) const;
    Result<std::optional<SessionNote>> findOne(const QString &where,
                                               const QList<QVariant> &values) const;
    // The stored note must be an open draft at the given row version.
    Status checkWritable(const SessionNote &note, const QString &notDone) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace stillpoint::core
