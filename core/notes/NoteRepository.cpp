// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteRepository.h"
#include "core/storage/SqlValues.h"

#include "core/notes/NoteJson.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace stillpoint::core {

namespace {

using sql::dateValue;
using sql::idValue;
using sql::isoUtc;
using sql::queryError;
using sql::textValue;
using sql::utcFrom;

const QString noteColumns = QStringLiteral(
        "id, client_id, appointment_id, session_date, status, content, created_by, created_at, "
        "updated_at, signed_by, signed_at, carried_forward_from, row_version");

const QString addendumColumns = QStringLiteral("id, note_id, author, created_at, reason, text");

const QString noteInsertSql = QStringLiteral(
        "INSERT INTO session_notes (client_id, appointment_id, session_date, status, content, "
        "created_by_user_id, created_by, created_at, updated_at, signed_by_user_id, signed_by, "
        "signed_at, carried_forward_from, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");

const QString addendumInsertSql = QStringLiteral(
        "INSERT INTO note_addenda (note_id, author_user_id, author, created_at, reason, text) "
        "VALUES (?, ?, ?, ?, ?, ?)");

Result<SessionNote> noteFrom(const QSqlQuery &query)
{
    SessionNote note;
    note.id = query.value(0).toLongLong();
    note.clientId = query.value(1).toLongLong();
    note.appointmentId = query.value(2).toLongLong();
    note.sessionDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    note.status = NoteStatuses::fromKey(query.value(4).toString()).value_or(NoteStatus::Draft);
    auto content = NoteJson::read(query.value(5).toByteArray());
    if (!content) {
        Error error = content.error();
        error.message.replace(QStringLiteral("A session note"),
                              QStringLiteral("Session note %1").arg(note.id));
        return error;
    }
    note.content = content.value();
    note.createdBy = query.value(6).toString();
    note.createdAtUtc = utcFrom(query.value(7));
    note.updatedAtUtc = utcFrom(query.value(8));
    note.signedBy = query.value(9).toString();
    note.signedAtUtc = utcFrom(query.value(10));
    note.carriedForwardFrom = query.value(11).toLongLong();
    note.rowVersion = query.value(12).toInt();
    return note;
}

NoteAddendum addendumFrom(const QSqlQuery &query)
{
    NoteAddendum addendum;
    addendum.id = query.value(0).toLongLong();
    addendum.noteId = query.value(1).toLongLong();
    addendum.author = query.value(2).toString();
    addendum.createdAtUtc = utcFrom(query.value(3));
    addendum.reason = query.value(4).toString();
    addendum.text = query.value(5).toString();
    return addendum;
}

// Runs the caller's hook and commits.
Status finish(Transaction &transaction, const NoteRepository::BeforeCommit &beforeCommit,
              qint64 recordId)
{
    if (beforeCommit) {
        if (Status status = beforeCommit(transaction, recordId); !status)
            return status;
    }
    return transaction.commit();
}

Error notFound(qint64 noteId)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("Session note %1 does not exist; it may belong to another "
                                    "practice file.")
                             .arg(noteId));
}

Error staleNote()
{
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("This note was changed elsewhere (perhaps in another window) "
                                    "since it was opened. Reopen it to see the latest version; "
                                    "your changes here were not saved."));
}

Error lockedNote(const SessionNote &stored, const QString &notDone)
{
    if (stored.status == NoteStatus::Signed)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("This note was signed by %1 and is locked, so it was not "
                                        "%2; add an addendum to correct or add to it.")
                                 .arg(stored.signedBy, notDone));
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("This note was set aside and can no longer be changed, so it "
                                    "was not %1; start a new note instead.")
                             .arg(notDone));
}

void bindNote(QSqlQuery &insert, const SessionNote &note, const NoteAuthor &author,
              const QString &created, const QString &updated)
{
    const bool isSigned = note.status == NoteStatus::Signed;
    insert.bindValue(0, note.clientId);
    insert.bindValue(1, idValue(note.appointmentId));
    insert.bindValue(2, dateValue(note.sessionDate));
    insert.bindValue(3, NoteStatuses::key(note.status));
    insert.bindValue(4, QString::fromUtf8(NoteJson::write(note.content)));
    insert.bindValue(5, idValue(author.userId));
    insert.bindValue(6, textValue(author.name));
    insert.bindValue(7, created);
    insert.bindValue(8, updated);
    insert.bindValue(9, isSigned ? idValue(author.userId) : QVariant());
    insert.bindValue(10,
                     isSigned ? textValue(note.signedBy.isEmpty() ? author.name : note.signedBy)
                              : QVariant());
    insert.bindValue(11, isSigned ? QVariant(isoUtc(note.signedAtUtc)) : QVariant());
    insert.bindValue(12, idValue(note.carriedForwardFrom));
}

Technique practiceTechnique(qint64 id, const QString &label)
{
    return Technique{ QStringLiteral("practice:%1").arg(id), label };
}

} // namespace

NoteRepository::NoteRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<SessionNote> NoteRepository::createDraft(const SessionNote &draft, const NoteAuthor &author,
                                                const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto open = draftFor(draft.clientId, draft.appointmentId);
    if (!open)
        return open.error();
    if (open->has_value())
        return makeError(ErrorCode::Conflict,
                         draft.appointmentId > 0
                                 ? QStringLiteral("This visit already has a note in progress; "
                                                  "continue it instead of starting another.")
                                 : QStringLiteral("This client already has a note in progress "
                                                  "without a visit; continue it or set it aside "
                                                  "first."));
    const QString now = isoUtc(m_clock.nowUtc());
    SessionNote stored = draft;
    stored.status = NoteStatus::Draft;
    QSqlQuery insert(m_database.connection());
    insert.prepare(noteInsertSql);
    bindNote(insert, stored, author, now, now);
    if (!insert.exec())
        return queryError(QStringLiteral("save the new note"), insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status done = finish(transaction, beforeCommit, id); !done)
        return done.error();
    return find(id);
}

Status NoteRepository::checkWritable(const SessionNote &note, const QString &notDone) const
{
    auto stored = find(note.id);
    if (!stored)
        return stored.error();
    if (stored->status != NoteStatus::Draft)
        return lockedNote(stored.value(), notDone);
    if (stored->rowVersion != note.rowVersion)
        return staleNote();
    return Status::success();
}

Result<SessionNote> NoteRepository::saveDraft(const SessionNote &note,
                                              const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    if (Status writable = checkWritable(note, QStringLiteral("saved")); !writable)
        return writable.error();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
            "UPDATE session_notes SET session_date = ?, content = ?, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'"));
    update.addBindValue(dateValue(note.sessionDate));
    update.addBindValue(QString::fromUtf8(NoteJson::write(note.content)));
    update.addBindValue(isoUtc(m_clock.nowUtc()));
    update.addBindValue(note.id);
    update.addBindValue(note.rowVersion);
    if (!update.exec())
        return queryError(QStringLiteral("save the note"), update);
    if (update.numRowsAffected() != 1)
        return staleNote();
    if (Status done = finish(transaction, beforeCommit, note.id); !done)
        return done.error();
    return find(note.id);
}

Result<SessionNote> NoteRepository::sign(const SessionNote &note, const NoteAuthor &signer,
                                         const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    if (Status writable = checkWritable(note, QStringLiteral("signed again")); !writable)
        return writable.error();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
            "UPDATE session_notes SET session_date = ?, content = ?, status = 'signed', "
            "updated_at = ?, signed_at = ?, signed_by_user_id = ?, signed_by = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'"));
    update.addBindValue(dateValue(note.sessionDate));
    update.addBindValue(QString::fromUtf8(NoteJson::write(note.content)));
    update.addBindValue(now);
    update.addBindValue(now);
    update.addBindValue(idValue(signer.userId));
    update.addBindValue(textValue(signer.name));
    update.addBindValue(note.id);
    update.addBindValue(note.rowVersion);
    if (!update.exec())
        return queryError(QStringLiteral("sign the note"), update);
    if (update.numRowsAffected() != 1)
        return staleNote();
    if (Status done = finish(transaction, beforeCommit, note.id); !done)
        return done.error();
    return find(note.id);
}

Result<SessionNote> NoteRepository::discard(qint64 noteId, int expectedRowVersion,
                                            const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    SessionNote probe;
    probe.id = noteId;
    probe.rowVersion = expectedRowVersion;
    if (Status writable = checkWritable(probe, QStringLiteral("set aside")); !writable)
        return writable.error();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
            "UPDATE session_notes SET status = 'discarded', updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'"));
    update.addBindValue(isoUtc(m_clock.nowUtc()));
    update.addBindValue(noteId);
    update.addBindValue(expectedRowVersion);
    if (!update.exec())
        return queryError(QStringLiteral("set the note aside"), update);
    if (update.numRowsAffected() != 1)
        return staleNote();
    if (Status done = finish(transaction, beforeCommit, noteId); !done)
        return done.error();
    return find(noteId);
}

Result<NoteAddendum> NoteRepository::addAddendum(qint64 noteId, const NoteAuthor &author,
                                                 const QString &reason, const QString &text,
                                                 const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    auto stored = find(noteId);
    if (!stored)
        return stored.error();
    if (stored->status != NoteStatus::Signed)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Addenda are for signed notes; change the draft itself "
                                        "instead."));
    QSqlQuery insert(m_database.connection());
    insert.prepare(addendumInsertSql);
    insert.addBindValue(noteId);
    insert.addBindValue(idValue(author.userId));
    insert.addBindValue(textValue(author.name));
    insert.addBindValue(isoUtc(m_clock.nowUtc()));
    insert.addBindValue(reason);
    insert.addBindValue(text);
    if (!insert.exec())
        return queryError(QStringLiteral("add the addendum"), insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status done = finish(transaction, beforeCommit, id); !done)
        return done.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + addendumColumns
                  + QStringLiteral(" FROM note_addenda WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return queryError(QStringLiteral("read the addendum"), query);
    return addendumFrom(query);
}

Result<QList<NoteAddendum>> NoteRepository::addendaOf(qint64 noteId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + addendumColumns
                  + QStringLiteral(" FROM note_addenda WHERE note_id = ? ORDER BY id"));
    query.addBindValue(noteId);
    if (!query.exec())
        return queryError(QStringLiteral("read the note's addenda"), query);
    QList<NoteAddendum> list;
    while (query.next())
        list << addendumFrom(query);
    return list;
}

Result<std::optional<SessionNote>> NoteRepository::findOne(const QString &where,
                                                           const QList<QVariant> &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + noteColumns + QStringLiteral(" FROM session_notes ")
                  + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(QStringLiteral("read the session note"), query);
    if (!query.next())
        return std::optional<SessionNote>();
    auto note = noteFrom(query);
    if (!note)
        return note.error();
    auto addenda = addendaOf(note->id);
    if (!addenda)
        return addenda.error();
    note.value().addenda = addenda.value();
    return std::optional<SessionNote>(note.value());
}

Result<SessionNote> NoteRepository::find(qint64 noteId) const
{
    auto found = findOne(QStringLiteral("WHERE id = ?"), { noteId });
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(noteId);
    return **found;
}

Result<qint64> NoteRepository::clientOf(qint64 noteId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT client_id FROM session_notes WHERE id = ?"));
    query.addBindValue(noteId);
    if (!query.exec())
        return queryError(QStringLiteral("read the session note"), query);
    if (!query.next())
        return notFound(noteId);
    return query.value(0).toLongLong();
}

Result<QList<NoteSummary>> NoteRepository::history(qint64 clientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "SELECT n.id, n.appointment_id, n.session_date, n.status, n.signed_by, n.signed_at, "
            "n.content, (SELECT COUNT(*) FROM note_addenda a WHERE a.note_id = n.id) "
            "FROM session_notes n WHERE n.client_id = ? "
            "ORDER BY n.session_date DESC, n.created_at DESC, n.id DESC"));
    query.addBindValue(clientId);
    if (!query.exec())
        return queryError(QStringLiteral("list the client's notes"), query);
    QList<NoteSummary> list;
    while (query.next()) {
        NoteSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.appointmentId = query.value(1).toLongLong();
        summary.sessionDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        summary.status =
                NoteStatuses::fromKey(query.value(3).toString()).value_or(NoteStatus::Draft);
        summary.signedBy = query.value(4).toString();
        summary.signedAtUtc = utcFrom(query.value(5));
        auto content = NoteJson::read(query.value(6).toByteArray());
        if (!content)
            return content.error();
        summary.painBefore = content->subjective.painBefore;
        summary.painAfter = content->assessment.painAfter;
        summary.markCount = static_cast<int>(content->marks.size());
        summary.addendumCount = query.value(7).toInt();
        list << summary;
    }
    return list;
}

Result<QList<SessionNote>> NoteRepository::signedBetween(qint64 clientId, const QDate &from,
                                                         const QDate &to) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + noteColumns
                  + QStringLiteral(" FROM session_notes WHERE client_id = ? AND status = "
                                   "'signed' AND session_date >= ? AND session_date <= ? "
                                   "ORDER BY session_date, signed_at, id"));
    query.addBindValue(clientId);
    query.addBindValue(dateValue(from));
    query.addBindValue(dateValue(to));
    if (!query.exec())
        return queryError(QStringLiteral("read the client's notes"), query);
    QList<SessionNote> list;
    while (query.next()) {
        auto note = noteFrom(query);
        if (!note)
            return note.error();
        list << note.value();
    }
    for (SessionNote &note : list) {
        auto addenda = addendaOf(note.id);
        if (!addenda)
            return addenda.error();
        note.addenda = addenda.value();
    }
    return list;
}

Result<std::optional<SessionNote>> NoteRepository::draftFor(qint64 clientId,
                                                            qint64 appointmentId) const
{
    if (appointmentId > 0)
        return findOne(QStringLiteral("WHERE client_id = ? AND appointment_id = ? AND status = "
                                      "'draft'"),
                       { clientId, appointmentId });
    return findOne(QStringLiteral("WHERE client_id = ? AND appointment_id IS NULL AND status = "
                                  "'draft'"),
                   { clientId });
}

Result<std::optional<SessionNote>> NoteRepository::signedForVisit(qint64 appointmentId) const
{
    return findOne(QStringLiteral("WHERE appointment_id = ? AND status = 'signed' ORDER BY "
                                  "signed_at DESC, id DESC LIMIT 1"),
                   { appointmentId });
}

Result<std::optional<SessionNote>> NoteRepository::lastSignedBefore(qint64 clientId,
                                                                    const QDate &before) const
{
    if (!before.isValid())
        return findOne(QStringLiteral("WHERE client_id = ? AND status = 'signed' ORDER BY "
                                      "session_date DESC, signed_at DESC, id DESC LIMIT 1"),
                       { clientId });
    return findOne(QStringLiteral("WHERE client_id = ? AND status = 'signed' AND session_date < ? "
                                  "ORDER BY session_date DESC, signed_at DESC, id DESC LIMIT 1"),
                   { clientId, dateValue(before) });
}

Result<QList<NoteOnFile>> NoteRepository::onFile(const QList<qint64> &appointmentIds) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(status = 'signed'), 0) FROM "
                                 "session_notes WHERE appointment_id = ? AND status <> "
                                 "'discarded'"));
    QList<NoteOnFile> list;
    list.reserve(appointmentIds.size());
    for (qint64 appointmentId : appointmentIds) {
        query.bindValue(0, appointmentId);
        if (!query.exec() || !query.next())
            return queryError(QStringLiteral("check for notes on file"), query);
        list << NoteOnFile{ appointmentId, query.value(0).toInt() > 0, query.value(1).toBool() };
        query.finish();
    }
    return list;
}

Result<int> NoteRepository::insertMany(const QList<NoteBundle> &bundles,
                                       const QList<NoteTemplate> &templates,
                                       const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery insert(m_database.connection());
    insert.prepare(noteInsertSql);
    QSqlQuery addendum(m_database.connection());
    addendum.prepare(addendumInsertSql);
    for (const NoteBundle &bundle : bundles) {
        const SessionNote &note = bundle.note;
        const QDateTime now = m_clock.nowUtc();
        bindNote(insert, note, bundle.author,
                 isoUtc(note.createdAtUtc.isValid() ? note.createdAtUtc : now),
                 isoUtc(note.updatedAtUtc.isValid() ? note.updatedAtUtc : now));
        if (!insert.exec())
            return queryError(QStringLiteral("save the notes"), insert);
        const qint64 noteId = insert.lastInsertId().toLongLong();
        for (const NoteAddendum &added : note.addenda) {
            const bool byAuthor = added.author.isEmpty() || added.author == bundle.author.name;
            addendum.bindValue(0, noteId);
            addendum.bindValue(1, byAuthor ? idValue(bundle.author.userId) : QVariant());
            addendum.bindValue(2, textValue(byAuthor ? bundle.author.name : added.author));
            addendum.bindValue(3, isoUtc(added.createdAtUtc.isValid() ? added.createdAtUtc : now));
            addendum.bindValue(4, added.reason);
            addendum.bindValue(5, added.text);
            if (!addendum.exec())
                return queryError(QStringLiteral("save the addenda"), addendum);
        }
    }
    QSqlQuery templateInsert(m_database.connection());
    templateInsert.prepare(QStringLiteral(
            "INSERT INTO note_templates (name, content, created_at, updated_at, row_version) "
            "SELECT ?, ?, ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM note_templates WHERE name = ? "
            "COLLATE NOCASE)"));
    const QString now = isoUtc(m_clock.nowUtc());
    for (const NoteTemplate &noteTemplate : templates) {
        templateInsert.bindValue(0, noteTemplate.name);
        templateInsert.bindValue(1, QString::fromUtf8(NoteJson::write(noteTemplate.content)));
        templateInsert.bindValue(2, now);
        templateInsert.bindValue(3, now);
        templateInsert.bindValue(4, noteTemplate.name);
        if (!templateInsert.exec())
            return queryError(QStringLiteral("save the note templates"), templateInsert);
    }
    if (Status done = finish(transaction, beforeCommit, 0); !done)
        return done.error();
    return static_cast<int>(bundles.size());
}

Result<QList<NoteTemplate>> NoteRepository::templates() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, name, content, row_version FROM note_templates "
                                   "ORDER BY name COLLATE NOCASE, id")))
        return queryError(QStringLiteral("read the note templates"), query);
    QList<NoteTemplate> list;
    while (query.next()) {
        auto content = NoteJson::read(query.value(2).toByteArray());
        if (!content)
            return content.error();
        list << NoteTemplate{ query.value(0).toLongLong(), query.value(1).toString(),
                              content.value(), query.value(3).toInt() };
    }
    return list;
}

Result<NoteTemplate> NoteRepository::findTemplate(qint64 templateId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "SELECT id, name, content, row_version FROM note_templates WHERE id = ?"));
    query.addBindValue(templateId);
    if (!query.exec())
        return queryError(QStringLiteral("read the note template"), query);
    if (!query.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("That note template no longer exists; someone may have "
                                        "deleted it."));
    auto content = NoteJson::read(query.value(2).toByteArray());
    if (!content)
        return content.error();
    return NoteTemplate{ query.value(0).toLongLong(), query.value(1).toString(), content.value(),
                         query.value(3).toInt() };
}

Result<NoteTemplate> NoteRepository::saveTemplate(const NoteTemplate &noteTemplate,
                                                  const BeforeCommit &beforeCommit)
{
    const QString name = noteTemplate.name.simplified();
    if (name.isEmpty() || name.size() > 80)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A template needs a name of 1 to 80 characters."),
                         QStringLiteral("name"));
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM note_templates WHERE name = ? COLLATE NOCASE "
                                 "AND id <> ?"));
    query.addBindValue(name);
    query.addBindValue(noteTemplate.id);
    if (!query.exec())
        return queryError(QStringLiteral("read the note templates"), query);
    if (query.next())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("There is already a template called \"%1\"; choose "
                                        "another name.")
                                 .arg(name),
                         QStringLiteral("name"));
    const QString now = isoUtc(m_clock.nowUtc());
    const QString content = QString::fromUtf8(NoteJson::write(noteTemplate.content));
    qint64 id = noteTemplate.id;
    if (id == 0) {
        query.prepare(QStringLiteral("INSERT INTO note_templates (name, content, created_at, "
                                     "updated_at, row_version) VALUES (?, ?, ?, ?, 1)"));
        query.addBindValue(name);
        query.addBindValue(content);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return queryError(QStringLiteral("save the template"), query);
        id = query.lastInsertId().toLongLong();
    } else {
        auto stored = findTemplate(id);
        if (!stored)
            return stored.error();
        if (stored->rowVersion != noteTemplate.rowVersion)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("This template was changed elsewhere since it was "
                                            "opened; reopen it and try again."));
        query.prepare(QStringLiteral("UPDATE note_templates SET name = ?, content = ?, "
                                     "updated_at = ?, row_version = row_version + 1 WHERE id = ? "
                                     "AND row_version = ?"));
        query.addBindValue(name);
        query.addBindValue(content);
        query.addBindValue(now);
        query.addBindValue(id);
        query.addBindValue(noteTemplate.rowVersion);
        if (!query.exec())
            return queryError(QStringLiteral("save the template"), query);
    }
    if (Status done = finish(transaction, beforeCommit, id); !done)
        return done.error();
    return findTemplate(id);
}

Status NoteRepository::deleteTemplate(qint64 templateId, const BeforeCommit &beforeCommit)
{
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM note_templates WHERE id = ?"));
    query.addBindValue(templateId);
    if (!query.exec())
        return queryError(QStringLiteral("delete the template"), query);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("That note template no longer exists; someone may have "
                                        "deleted it."));
    return finish(transaction, beforeCommit, templateId);
}

Result<QList<Technique>> NoteRepository::practiceTechniques() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, label FROM practice_techniques ORDER BY label "
                                   "COLLATE NOCASE")))
        return queryError(QStringLiteral("read the practice's techniques"), query);
    QList<Technique> list;
    while (query.next())
        list << practiceTechnique(query.value(0).toLongLong(), query.value(1).toString());
    return list;
}

Result<Technique> NoteRepository::addTechnique(const QString &label,
                                               const BeforeCommit &beforeCommit)
{
    const QString trimmed = label.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A technique needs a name of 1 to 80 characters."),
                         QStringLiteral("label"));
    const auto duplicate = [&trimmed] {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("\"%1\" is already on the technique list.").arg(trimmed),
                         QStringLiteral("label"));
    };
    for (const Technique &seeded : NoteCatalog::seededTechniques()) {
        if (seeded.label.compare(trimmed, Qt::CaseInsensitive) == 0)
            return duplicate();
    }
    Transaction transaction(m_database);
    if (!transaction.status())
        return transaction.status().error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM practice_techniques WHERE label = ? COLLATE "
                                 "NOCASE"));
    query.addBindValue(trimmed);
    if (!query.exec())
        return queryError(QStringLiteral("read the practice's techniques"), query);
    if (query.next())
        return duplicate();
    query.prepare(
            QStringLiteral("INSERT INTO practice_techniques (label, created_at) VALUES (?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(isoUtc(m_clock.nowUtc()));
    if (!query.exec())
        return queryError(QStringLiteral("add the technique"), query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status done = finish(transaction, beforeCommit, id); !done)
        return done.error();
    return practiceTechnique(id, trimmed);
}

} // namespace stillpoint::core
