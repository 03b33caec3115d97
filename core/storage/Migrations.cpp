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

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> ladder{
        clientsMigration(),
        securityMigration(),
        intakeMigration(),
    };
    return ladder;
}

} // namespace stillpoint::core
