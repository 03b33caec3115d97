// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/exchange/ExportRepository.h"
#include "core/intake/Intake.h"
#include "core/intake/IntakeService.h"
#include "core/notes/SessionNote.h"
#include "core/outcomes/DiaryEntry.h"
#include "core/schedule/Appointment.h"
#include "core/schedule/Recurrence.h"
#include "core/schedule/ScheduleResources.h"
#include "core/schedule/Waitlist.h"
#include "core/security/UserAccount.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace stillpoint::core {

// The JSON form of each record the practice and client-record exports write: camelCase keys as
// the intake's stored JSON has them, instants in UTC ("2026-03-03T09:00:00Z"), dates as
// "2026-03-03", stable keys for enumerations ("no-show"), null where there is no value. Pure
// functions of their arguments. Keep these additive: people keep exported files for years, so a
// key is never renamed and the documents carry a format number.
namespace ExportJson {

QJsonValue instant(const QDateTime &value);
QJsonValue date(const QDate &value);
QJsonValue id(qint64 value); // null for 0 ("none")

// A user account: no password hash, no sign-in failure state.
QJsonObject user(const UserAccount &account);
// The contact record with every alert (who may see each one).
QJsonObject client(const Client &client);

// An intake version: its metadata, its content as stored (IntakeJson) and the drawn signature as
// base64 PNG (null when none).
QJsonObject intake(const Intake &intake);
QJsonObject administration(const QuestionnaireAdministration &administration);
QJsonObject redFlagAlert(const RedFlagAlert &alert);

QJsonObject therapist(const Therapist &therapist, const QList<WorkingInterval> &hours);
QJsonObject timeOff(const TimeOff &timeOff);
QJsonObject room(const Room &room);
QJsonObject appointmentType(const AppointmentType &type);
// An appointment with its wall-clock date and times in the zone it was booked in.
QJsonObject appointment(const Appointment &appointment);
// The same with the names an export shows beside it (client, therapist, room, type).
QJsonObject appointment(const ExportedAppointment &exported);
QJsonObject series(const RecurringSeries &series);
QJsonObject waitlistEntry(const WaitlistItem &item);

// A session note: its metadata, its content as stored (NoteJson) and its addenda, oldest first.
QJsonObject note(const SessionNote &note);
QJsonObject noteTemplate(const NoteTemplate &noteTemplate);
QJsonObject technique(const Technique &technique);

// One headache-diary row as the client reported it (answers "yes"/"no"/null, times "HH:mm").
QJsonObject diaryEntry(const DiaryEntry &entry);

} // namespace ExportJson

} // namespace stillpoint::core
