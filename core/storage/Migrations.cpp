// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace stillpoint::core {

namespace {

// Version 1: client records and their alerts.
Migration clientsMigration()
{
    return Migration{
        1,
        QStringLiteral("client records and alerts"),
        {
                QStringLiteral(R"sql(
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    given_name TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
    family_name TEXT NOT NULL DEFAULT '',
    preferred_name TEXT NOT NULL DEFAULT '',
    pronouns TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT CHECK (date_of_birth IS NULL OR date(date_of_birth) = date_of_birth),
    mobile_phone TEXT NOT NULL DEFAULT '',
    home_phone TEXT NOT NULL DEFAULT '',
    work_phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    emergency_name TEXT NOT NULL DEFAULT '',
    emergency_relation TEXT NOT NULL DEFAULT '',
    emergency_phone TEXT NOT NULL DEFAULT '',
    physician_name TEXT NOT NULL DEFAULT '',
    physician_practice TEXT NOT NULL DEFAULT '',
    physician_phone TEXT NOT NULL DEFAULT '',
    consent_phone INTEGER NOT NULL DEFAULT 0 CHECK (consent_phone IN (0, 1)),
    consent_sms INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1)),
    consent_email INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1)),
    front_desk_notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    -- Derived, folded copies for search, sorting and duplicate checks (see SearchText).
    sort_name TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    search_name TEXT NOT NULL DEFAULT '',
    search_contact TEXT NOT NULL DEFAULT ''
))sql"),
                QStringLiteral(R"sql(
CREATE TABLE client_alerts (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    front_desk_visible INTEGER NOT NULL DEFAULT 0 CHECK (front_desk_visible IN (0, 1))
))sql"),
                QStringLiteral(
                        "CREATE INDEX client_alerts_client ON client_alerts(client_id, position)"),
                QStringLiteral("CREATE INDEX clients_sort_name ON clients(archived, sort_name)"),
                QStringLiteral("CREATE INDEX clients_name_key ON clients(name_key)"),
                // Narrow enough that search-as-you-type scans it instead of the wide table rows.
                QStringLiteral("CREATE INDEX clients_search ON clients(archived, search_name, "
                               "search_contact, sort_name)"),
                QStringLiteral("CREATE INDEX clients_dob ON clients(date_of_birth)"),
                // Clients are archived, never deleted: a record of care must outlive the client's
                // activity.
                QStringLiteral(R"sql(
CREATE TRIGGER clients_never_deleted BEFORE DELETE ON clients
BEGIN
    SELECT RAISE(ABORT, 'clients are archived, never deleted');
END)sql"),
                // An update must move row_version on by exactly one, so a stale writer cannot slip
                // past the optimistic check.
                QStringLiteral(R"sql(
CREATE TRIGGER clients_row_version BEFORE UPDATE ON clients
WHEN NEW.row_version <> OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'row_version must increase by one on every update');
END)sql"),
        },
    };
}

// Version 2: practice settings, users and the append-only, hash-chained audit trail.
Migration securityMigration()
{
    return Migration{
        2,
        QStringLiteral("settings, users and audit trail"),
        {
                QStringLiteral(R"sql(
CREATE TABLE practice_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
))sql"),
                QStringLiteral(R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('owner', 'therapist', 'frontdesk')),
    password_hash TEXT NOT NULL CHECK (length(password_hash) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
))sql"),
                QStringLiteral(R"sql(
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    username TEXT NOT NULL DEFAULT '',
    operation TEXT NOT NULL CHECK (length(operation) > 0),
    client_id INTEGER,
    record_type TEXT NOT NULL DEFAULT '',
    record_id INTEGER,
    outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
))sql"),
                // The newest row's id and hash, written with every row: a trail whose tail was cut
                // off
                // no longer ends where this says it does.
                QStringLiteral(R"sql(
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL
))sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER audit_head_moves_forward BEFORE UPDATE ON audit_head
WHEN NEW.last_id <> OLD.last_id + 1
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END)sql"),
                QStringLiteral("CREATE INDEX audit_log_client ON audit_log(client_id, id)"),
                QStringLiteral("CREATE INDEX audit_log_user ON audit_log(user_id, id)"),
                QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
                QStringLiteral(R"sql(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END)sql"),
        },
    };
}

// Version 3: versioned intakes (a signed one is locked by trigger), red-flag alerts, dated
// questionnaire administrations and the practice's own triggers.
Migration intakeMigration()
{
    return Migration{
        3,
        QStringLiteral("intakes, red-flag alerts and questionnaires"),
        {
                QStringLiteral(R"sql(
CREATE TABLE intakes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    version INTEGER NOT NULL CHECK (version >= 1),
    based_on_id INTEGER REFERENCES intakes(id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'discarded')),
    intake_date TEXT CHECK (intake_date IS NULL OR date(intake_date) = intake_date),
    content TEXT NOT NULL CHECK (length(content) > 0),
    signature BLOB,
    red_flag_count INTEGER NOT NULL DEFAULT 0 CHECK (red_flag_count >= 0),
    created_at TEXT NOT NULL,
    created_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    signed_at TEXT,
    signed_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    signed_by TEXT,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    UNIQUE (client_id, version),
    CHECK ((status = 'signed') = (signed_at IS NOT NULL)),
    CHECK (status <> 'signed' OR (signed_by_user_id IS NOT NULL AND intake_date IS NOT NULL
                                  AND length(signature) > 0))
))sql"),
                // At most one open draft per client.
                QStringLiteral("CREATE UNIQUE INDEX intakes_one_draft ON intakes(client_id) "
                               "WHERE status = 'draft'"),
                QStringLiteral("CREATE INDEX intakes_client ON intakes(client_id, version)"),
                QStringLiteral(R"sql(
CREATE TRIGGER intakes_locked_once_signed BEFORE UPDATE ON intakes
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a signed or discarded intake is locked');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER intakes_identity_fixed BEFORE UPDATE ON intakes
WHEN NEW.id <> OLD.id OR NEW.client_id <> OLD.client_id OR NEW.version <> OLD.version
     OR NEW.created_at <> OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'an intake keeps its client and version');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER intakes_no_delete BEFORE DELETE ON intakes
BEGIN
    SELECT RAISE(ABORT, 'intakes are never deleted');
END)sql"),
                QStringLiteral(R"sql(
CREATE TABLE red_flag_alerts (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    intake_id INTEGER NOT NULL REFERENCES intakes(id) ON DELETE RESTRICT,
    flags TEXT NOT NULL CHECK (length(flags) > 0),
    raised_at TEXT NOT NULL,
    cleared_at TEXT,
    cleared_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    cleared_by TEXT,
    clear_reason TEXT,
    CHECK ((cleared_at IS NULL) = (clear_reason IS NULL)),
    CHECK ((cleared_at IS NULL) = (cleared_by_user_id IS NULL))
))sql"),
                QStringLiteral(
                        "CREATE INDEX red_flag_alerts_client ON red_flag_alerts(client_id, id)"),
                // Raised once, cleared once, never changed after that.
                QStringLiteral(R"sql(
CREATE TRIGGER red_flag_alerts_clear_once BEFORE UPDATE ON red_flag_alerts
WHEN OLD.cleared_at IS NOT NULL OR NEW.id <> OLD.id OR NEW.client_id <> OLD.client_id
     OR NEW.intake_id <> OLD.intake_id OR NEW.flags <> OLD.flags OR NEW.raised_at <> OLD.raised_at
BEGIN
    SELECT RAISE(ABORT, 'a red-flag alert is only ever cleared once');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER red_flag_alerts_no_delete BEFORE DELETE ON red_flag_alerts
BEGIN
    SELECT RAISE(ABORT, 'red-flag alerts are never deleted');
END)sql"),
                QStringLiteral(R"sql(
CREATE TABLE questionnaire_administrations (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    intake_id INTEGER REFERENCES intakes(id) ON DELETE RESTRICT,
    questionnaire TEXT NOT NULL CHECK (length(questionnaire) > 0),
    definition_version INTEGER NOT NULL,
    administered_on TEXT NOT NULL CHECK (date(administered_on) = administered_on),
    answers TEXT NOT NULL CHECK (length(answers) > 0),
    total INTEGER,
    band_index INTEGER,
    grade TEXT,
    grade_label TEXT,
    minimum_total INTEGER,
    maximum_total INTEGER,
    recorded_at TEXT NOT NULL,
    recorded_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    recorded_by TEXT NOT NULL DEFAULT '',
    CHECK ((total IS NULL) = (grade_label IS NULL))
))sql"),
                QStringLiteral("CREATE INDEX questionnaire_administrations_client ON "
                               "questionnaire_administrations(client_id, questionnaire, "
                               "administered_on)"),
                QStringLiteral(R"sql(
CREATE TRIGGER questionnaire_administrations_no_update
BEFORE UPDATE ON questionnaire_administrations
BEGIN
    SELECT RAISE(ABORT, 'questionnaire answers are kept as given');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER questionnaire_administrations_no_delete
BEFORE DELETE ON questionnaire_administrations
BEGIN
    SELECT RAISE(ABORT, 'questionnaire answers are kept as given');
END)sql"),
                QStringLiteral(R"sql(
CREATE TABLE practice_triggers (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(label)) > 0),
    created_at TEXT NOT NULL
))sql"),
        },
    };
}

// Version 4: the schedule. Therapists (linked to users) with working hours and time off, rooms,
// appointment types, appointments (never deleted; no two active ones overlap for a therapist or a
// room, enforced here by trigger so that even racing writers cannot double-book), recurring
// series and the waitlist. Instants are canonical UTC text ('YYYY-MM-DDTHH:MM:SSZ', checked), so
// text order is time order and the overlap checks can use the indexes.
Migration scheduleMigration()
{
    // The check that keeps a column canonical: strftime() gives NULL for anything that is not a
    // time, and `IS` (unlike `=`) fails on NULL.
    const auto utc = [](const char *column) -> QString {
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1) IS %1")
                .arg(QLatin1String(column));
    };
    // An active appointment (not cancelled, not a no-show) that blocks [start, buffer end) of the
    // same therapist (or room) as NEW. Appointments with buffer last at most a day (a CHECK), so
    // the lower bound on start_utc lets the (therapist_id, start_utc) index do the work.
    const auto overlapping = [](const char *resource, bool excludeSelf) -> QString {
        return QStringLiteral(R"sql(EXISTS (SELECT 1 FROM appointments a
        WHERE a.%1 = NEW.%1 AND a.status NOT IN ('cancelled', 'no-show')%2
          AND a.start_utc >= strftime('%Y-%m-%dT%H:%M:%SZ', NEW.start_utc, '-1 day')
          AND a.start_utc < NEW.buffer_end_utc AND a.buffer_end_utc > NEW.start_utc))sql")
                .arg(QLatin1String(resource),
                     excludeSelf ? QStringLiteral(" AND a.id <> NEW.id") : QString());
    };
    const auto noOverlapTrigger = [&overlapping](const QString &head, bool excludeSelf) -> QString {
        return head
                + QStringLiteral(R"sql(
WHEN NEW.status NOT IN ('cancelled', 'no-show')
BEGIN
    SELECT RAISE(ABORT, 'the therapist already has an appointment at that time')
    WHERE %1;
    SELECT RAISE(ABORT, 'the room already has an appointment at that time')
    WHERE %2;
END)sql")
                          .arg(overlapping("therapist_id", excludeSelf),
                               overlapping("room_id", excludeSelf));
    };
    const auto rowVersionTrigger = [](const char *table) -> QString {
        return QStringLiteral(R"sql(
CREATE TRIGGER %1_row_version BEFORE UPDATE ON %1
WHEN NEW.row_version <> OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'row_version must increase by one on every update');
END)sql")
                .arg(QLatin1String(table));
    };
    return Migration{
        4,
        QStringLiteral("schedule: therapists, rooms, types, appointments, series, waitlist"),
        {
                QStringLiteral(R"sql(
CREATE TABLE therapists (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE RESTRICT,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
))sql"),
                // Local wall-clock minutes after midnight, Monday = 1 … Sunday = 7; several
                // intervals a day (a lunch break), never overlapping (checked in core).
                QStringLiteral(R"sql(
CREATE TABLE therapist_hours (
    id INTEGER PRIMARY KEY,
    therapist_id INTEGER NOT NULL REFERENCES therapists(id) ON DELETE RESTRICT,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (end_minute > start_minute)
))sql"),
                QStringLiteral("CREATE INDEX therapist_hours_therapist ON "
                               "therapist_hours(therapist_id, weekday, start_minute)"),
                // The reason is for the desk ("Holiday", "Course"), never clinical.
                QStringLiteral(R"sql(
CREATE TABLE therapist_time_off (
    id INTEGER PRIMARY KEY,
    therapist_id INTEGER NOT NULL REFERENCES therapists(id) ON DELETE RESTRICT,
    start_utc TEXT NOT NULL CHECK (%1),
    end_utc TEXT NOT NULL CHECK (%2),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    CHECK (end_utc > start_utc)
))sql")
                        .arg(utc("start_utc"), utc("end_utc")),
                QStringLiteral("CREATE INDEX therapist_time_off_therapist ON "
                               "therapist_time_off(therapist_id, start_utc)"),
                QStringLiteral(R"sql(
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
))sql"),
                QStringLiteral(R"sql(
CREATE TABLE appointment_types (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    default_minutes INTEGER NOT NULL CHECK (default_minutes BETWEEN 5 AND 720),
    buffer_minutes INTEGER NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 240),
    colour TEXT NOT NULL CHECK (length(colour) = 7 AND colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    price_cents INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
))sql"),
                // The rule a series was booked with; its appointments are the occurrences (each
                // may since have been moved or cancelled on its own).
                QStringLiteral(R"sql(
CREATE TABLE appointment_series (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    therapist_id INTEGER NOT NULL REFERENCES therapists(id) ON DELETE RESTRICT,
    room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE RESTRICT,
    type_id INTEGER NOT NULL REFERENCES appointment_types(id) ON DELETE RESTRICT,
    interval_weeks INTEGER NOT NULL CHECK (interval_weeks BETWEEN 1 AND 52),
    first_date TEXT NOT NULL CHECK (date(first_date) IS first_date),
    local_time TEXT NOT NULL CHECK (strftime('%H:%M', local_time) IS local_time),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
    until_date TEXT CHECK (until_date IS NULL OR date(until_date) IS until_date),
    occurrence_count INTEGER CHECK (occurrence_count IS NULL OR occurrence_count BETWEEN 1 AND 520),
    time_zone TEXT NOT NULL CHECK (length(time_zone) > 0),
    created_at TEXT NOT NULL,
    created_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK ((until_date IS NULL) <> (occurrence_count IS NULL))
))sql"),
                // time_zone and local_start keep the wall-clock time the appointment was booked
                // at, so a series computed in the practice's zone stays at 09:00 across
                // daylight-saving changes. The price is the type's price when booked.
                QStringLiteral(R"sql(
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    therapist_id INTEGER NOT NULL REFERENCES therapists(id) ON DELETE RESTRICT,
    room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE RESTRICT,
    type_id INTEGER NOT NULL REFERENCES appointment_types(id) ON DELETE RESTRICT,
    start_utc TEXT NOT NULL CHECK (%1),
    end_utc TEXT NOT NULL CHECK (%2),
    buffer_end_utc TEXT NOT NULL CHECK (%3),
    time_zone TEXT NOT NULL CHECK (length(time_zone) > 0),
    local_start TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%S', local_start) IS local_start),
    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'confirmed', 'arrived',
                                                             'completed', 'cancelled', 'no-show')),
    cancelled_at TEXT,
    cancel_reason TEXT,
    cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('client', 'practice')),
    late_cancellation INTEGER NOT NULL DEFAULT 0 CHECK (late_cancellation IN (0, 1)),
    arrived_at TEXT,
    desk_notes TEXT NOT NULL DEFAULT '',
    price_cents INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
    series_id INTEGER REFERENCES appointment_series(id) ON DELETE RESTRICT,
    occurrence_index INTEGER CHECK (occurrence_index IS NULL OR occurrence_index >= 1),
    created_at TEXT NOT NULL,
    created_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    created_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    changed_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    changed_by TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (end_utc > start_utc AND buffer_end_utc >= end_utc),
    CHECK (julianday(buffer_end_utc) - julianday(start_utc) <= 1.0),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    CHECK ((status = 'cancelled') = (cancelled_by IS NOT NULL)),
    CHECK (status = 'cancelled' OR (cancel_reason IS NULL AND late_cancellation = 0)),
    CHECK ((series_id IS NULL) = (occurrence_index IS NULL)),
    UNIQUE (series_id, occurrence_index)
))sql")
                        .arg(utc("start_utc"), utc("end_utc"), utc("buffer_end_utc")),
                // The overlap checks and the day and week views read these.
                QStringLiteral("CREATE INDEX appointments_therapist_start ON "
                               "appointments(therapist_id, start_utc)"),
                QStringLiteral(
                        "CREATE INDEX appointments_room_start ON appointments(room_id, start_utc)"),
                QStringLiteral("CREATE INDEX appointments_start ON appointments(start_utc)"),
                QStringLiteral("CREATE INDEX appointments_client ON appointments(client_id, "
                               "start_utc)"),
                noOverlapTrigger(QStringLiteral("CREATE TRIGGER appointments_no_overlap_insert "
                                                "BEFORE INSERT ON appointments"),
                                 false),
                noOverlapTrigger(QStringLiteral("CREATE TRIGGER appointments_no_overlap_update "
                                                "BEFORE UPDATE OF therapist_id, room_id, "
                                                "start_utc, buffer_end_utc, status ON "
                                                "appointments"),
                                 true),
                // Appointments that happened or were missed are marked, never deleted.
                QStringLiteral(R"sql(
CREATE TRIGGER appointments_never_deleted BEFORE DELETE ON appointments
BEGIN
    SELECT RAISE(ABORT, 'appointments are cancelled or marked, never deleted');
END)sql"),
                rowVersionTrigger("appointments"),
                rowVersionTrigger("therapists"),
                rowVersionTrigger("rooms"),
                rowVersionTrigger("appointment_types"),
                rowVersionTrigger("appointment_series"),
                // Weekdays: bit 0 = Monday … bit 6 = Sunday. Parts of the day: 1 morning,
                // 2 afternoon, 4 evening. A null therapist means any therapist.
                QStringLiteral(R"sql(
CREATE TABLE waitlist_entries (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    therapist_id INTEGER REFERENCES therapists(id) ON DELETE RESTRICT,
    type_id INTEGER NOT NULL REFERENCES appointment_types(id) ON DELETE RESTRICT,
    weekdays INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
    parts_of_day INTEGER NOT NULL CHECK (parts_of_day BETWEEN 1 AND 7),
    notes TEXT NOT NULL DEFAULT '',
    added_on TEXT NOT NULL CHECK (date(added_on) IS added_on),
    expires_on TEXT CHECK (expires_on IS NULL OR date(expires_on) IS expires_on),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'booked', 'removed')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
))sql"),
                QStringLiteral("CREATE INDEX waitlist_entries_open ON waitlist_entries(status, "
                               "added_on)"),
                rowVersionTrigger("waitlist_entries"),
                QStringLiteral(R"sql(
CREATE TRIGGER waitlist_entries_never_deleted BEFORE DELETE ON waitlist_entries
BEGIN
    SELECT RAISE(ABORT, 'waitlist entries are closed, never deleted');
END)sql"),
        },
    };
}

// Version 5: session (SOAP) notes with their body-chart marks (one JSON document per note),
// addenda, note templates and the practice's own techniques. A signed (or discarded) note is
// locked by trigger: no column of it ever changes again; corrections are addenda, which are only
// ever added. Nothing here is deleted except a template.
Migration notesMigration()
{
    return Migration{
        5,
        QStringLiteral("session notes, addenda, note templates and techniques"),
        {
                QStringLiteral(R"sql(
CREATE TABLE session_notes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    appointment_id INTEGER REFERENCES appointments(id) ON DELETE RESTRICT,
    session_date TEXT CHECK (session_date IS NULL OR date(session_date) IS session_date),
    status TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'discarded')),
    content TEXT NOT NULL CHECK (length(content) > 0),
    created_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signed_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    signed_by TEXT,
    signed_at TEXT,
    carried_forward_from INTEGER REFERENCES session_notes(id) ON DELETE RESTRICT,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK ((status = 'signed') = (signed_at IS NOT NULL)),
    CHECK (status <> 'signed' OR (signed_by IS NOT NULL AND length(trim(signed_by)) > 0
                                  AND session_date IS NOT NULL))
))sql"),
                // At most one open draft per visit, and one per client without a visit.
                QStringLiteral("CREATE UNIQUE INDEX session_notes_one_draft_per_visit ON "
                               "session_notes(client_id, appointment_id) WHERE status = 'draft' "
                               "AND appointment_id IS NOT NULL"),
                QStringLiteral("CREATE UNIQUE INDEX session_notes_one_draft_without_visit ON "
                               "session_notes(client_id) WHERE status = 'draft' AND "
                               "appointment_id IS NULL"),
                QStringLiteral("CREATE INDEX session_notes_client ON session_notes(client_id, "
                               "session_date)"),
                QStringLiteral("CREATE INDEX session_notes_appointment ON "
                               "session_notes(appointment_id)"),
                // A note of a visit belongs to the visit's client.
                QStringLiteral(R"sql(
CREATE TRIGGER session_notes_visit_client BEFORE INSERT ON session_notes
WHEN NEW.appointment_id IS NOT NULL
     AND (SELECT client_id FROM appointments WHERE id = NEW.appointment_id) IS NOT NEW.client_id
BEGIN
    SELECT RAISE(ABORT, 'a note of a visit belongs to the client of that visit');
END)sql"),
                // Once signed (or set aside) nothing of the row changes: content, status, dates,
                // signer, everything.
                QStringLiteral(R"sql(
CREATE TRIGGER session_notes_locked_once_signed BEFORE UPDATE ON session_notes
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a signed or discarded session note is locked');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER session_notes_identity_fixed BEFORE UPDATE ON session_notes
WHEN NEW.id <> OLD.id OR NEW.client_id <> OLD.client_id
     OR NEW.appointment_id IS NOT OLD.appointment_id OR NEW.created_at <> OLD.created_at
     OR NEW.created_by <> OLD.created_by
     OR NEW.carried_forward_from IS NOT OLD.carried_forward_from
BEGIN
    SELECT RAISE(ABORT, 'a session note keeps its client, visit and author');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER session_notes_row_version BEFORE UPDATE ON session_notes
WHEN NEW.row_version <> OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'row_version must increase by one on every update');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER session_notes_no_delete BEFORE DELETE ON session_notes
BEGIN
    SELECT RAISE(ABORT, 'session notes are never deleted');
END)sql"),
                QStringLiteral(R"sql(
CREATE TABLE note_addenda (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES session_notes(id) ON DELETE RESTRICT,
    author_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    author TEXT NOT NULL CHECK (length(trim(author)) > 0),
    created_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
))sql"),
                QStringLiteral("CREATE INDEX note_addenda_note ON note_addenda(note_id, id)"),
                QStringLiteral(R"sql(
CREATE TRIGGER note_addenda_only_on_signed BEFORE INSERT ON note_addenda
WHEN (SELECT status FROM session_notes WHERE id = NEW.note_id) IS NOT 'signed'
BEGIN
    SELECT RAISE(ABORT, 'addenda are added to signed notes only');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER note_addenda_no_update BEFORE UPDATE ON note_addenda
BEGIN
    SELECT RAISE(ABORT, 'an addendum is kept as written');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER note_addenda_no_delete BEFORE DELETE ON note_addenda
BEGIN
    SELECT RAISE(ABORT, 'an addendum is kept as written');
END)sql"),
                QStringLiteral(R"sql(
CREATE TABLE note_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    content TEXT NOT NULL CHECK (length(content) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
))sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER note_templates_row_version BEFORE UPDATE ON note_templates
WHEN NEW.row_version <> OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'row_version must increase by one on every update');
END)sql"),
                QStringLiteral(R"sql(
CREATE TABLE practice_techniques (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(label)) > 0),
    created_at TEXT NOT NULL
))sql"),
        },
    };
}

// Version 6: the client's headache diary, transcribed from paper or imported. Unlike notes and
// intakes these rows are the client's own record, so they may be corrected and removed (every
// change is audited). Answers are NULL (not recorded), 'no' or 'yes'; medications (name, dose,
// time, kind, helped) and triggers are small JSON arrays (checked by shape only: SQLite's JSON
// functions count as unsafe in a schema while trusted_schema is off). One row per day or per
// attack: a second row with the same date and start time (or a second one without a time) is a
// duplicate.
Migration diaryMigration()
{
    const auto answer = [](const char *column) -> QString {
        return QStringLiteral("%1 TEXT CHECK (%1 IS NULL OR %1 IN ('no', 'yes'))")
                .arg(QLatin1String(column));
    };
    const auto time = [](const char *column) -> QString {
        return QStringLiteral("%1 TEXT CHECK (%1 IS NULL OR strftime('%H:%M', %1) IS %1)")
                .arg(QLatin1String(column));
    };
    return Migration{
        6,
        QStringLiteral("headache diary"),
        {
                QStringLiteral(R"sql(
CREATE TABLE diary_entries (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    entry_date TEXT NOT NULL CHECK (date(entry_date) IS entry_date),
    headache INTEGER NOT NULL CHECK (headache IN (0, 1)),
    %1,
    %2,
    peak_intensity INTEGER CHECK (peak_intensity IS NULL OR peak_intensity BETWEEN 0 AND 10),
    location TEXT NOT NULL DEFAULT '',
    %3,
    %4,
    %5,
    %6,
    medications TEXT NOT NULL DEFAULT '[]' CHECK (medications GLOB '[[]*]'),
    triggers TEXT NOT NULL DEFAULT '[]' CHECK (triggers GLOB '[[]*]'),
    %7,
    sleep_hours REAL CHECK (sleep_hours IS NULL OR sleep_hours BETWEEN 0 AND 24),
    stress INTEGER CHECK (stress IS NULL OR stress BETWEEN 0 AND 10),
    what_helped TEXT NOT NULL DEFAULT '',
    %8,
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
    created_by_user_id INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (end_time IS NULL OR start_time IS NOT NULL)
))sql")
                        .arg(time("start_time"), time("end_time"), answer("aura"), answer("nausea"),
                             answer("light_sensitivity"), answer("sound_sensitivity"),
                             answer("menstruation"), answer("day_missed")),
                QStringLiteral("CREATE UNIQUE INDEX diary_entries_client_date ON "
                               "diary_entries(client_id, entry_date, ifnull(start_time, ''))"),
                QStringLiteral(R"sql(
CREATE TRIGGER diary_entries_row_version BEFORE UPDATE ON diary_entries
WHEN NEW.row_version <> OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'row_version must increase by one on every update');
END)sql"),
                QStringLiteral(R"sql(
CREATE TRIGGER diary_entries_identity_fixed BEFORE UPDATE ON diary_entries
WHEN NEW.id <> OLD.id OR NEW.client_id <> OLD.client_id OR NEW.created_at <> OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a diary entry keeps its client');
END)sql"),
        },
    };
}

// Version 7: fast client search on a large practice.
// - clients_fts, a trigram full-text index over each client's folded name and contact tokens, so
//   a search of three or more letters reads only the clients that contain them instead of every
//   row. It indexes clients' own columns (external content), so 'rebuild' and 'integrity-check'
//   work against the table. ClientRepository keeps it in step inside each write's transaction:
//   SQLite refuses a virtual table in a trigger while trusted_schema is off. The repository
//   still checks every match against the stored text, so the index only narrows a search.
// - clients_by_name replaces clients_sort_name: the same order, plus the search columns, so the
//   name-sorted list finds its first page by walking the index without reading table rows.
Migration searchIndexMigration()
{
    return Migration{
        7,
        QStringLiteral("client search index"),
        {
                QStringLiteral("CREATE VIRTUAL TABLE clients_fts USING fts5(search_name, "
                               "search_contact, content = 'clients', content_rowid = 'id', "
                               "tokenize = 'trigram')"),
                QStringLiteral("INSERT INTO clients_fts(clients_fts) VALUES ('rebuild')"),
                QStringLiteral("DROP INDEX clients_sort_name"),
                QStringLiteral("CREATE INDEX clients_by_name ON clients(archived, sort_name, id, "
                               "search_name, search_contact)"),
        },
    };
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> ladder{
        clientsMigration(), // 1
        securityMigration(), // 2
        intakeMigration(), // 3
        scheduleMigration(), // 4
        notesMigration(), // 5
        diaryMigration(), // 6
        searchIndexMigration(), // 7
    };
    return ladder;
}

} // namespace stillpoint::core
