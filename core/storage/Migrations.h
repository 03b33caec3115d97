// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stillpoint::core {

// One step of the schema ladder: the statements that take a file from version `version - 1` to
// `version`. Steps are append-only: a shipped step is never edited, a change is a new step.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

namespace Migrations {
// Every step, in order; the last one's version is the newest schema.
const QList<Migration> &all();
} // namespace Migrations

} // namespace stillpoint::core
