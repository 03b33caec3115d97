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

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> ladder{
        clientsMigration(),
        securityMigration(),
    };
    return ladder;
}

} // namespace stillpoint::core
