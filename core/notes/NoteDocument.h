// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/notes/ChartLegend.h"
#include "core/notes/SessionNote.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stillpoint::core {

// Printable HTML of session notes. Pure functions of their arguments (no database), so print and
// PDF show exactly what was stored. The HTML is plain (headings, tables) so QTextDocument prints
// it; ui turns it into paper or PDF. Everything the therapist or client wrote is escaped.
namespace NoteDocument {

// One note: practice name, client, session date, therapist and status ("Signed by … on …" or
// "DRAFT — not signed"), S, O (with range of motion and techniques), A, P, the body-chart marks
// as a table (view, type, muscle, side, intensity, PPT, note) and then its addenda, each with
// author, time and reason, under the original. `techniques` gives the labels of the practice's
// own techniques ("practice:7"); seeded ones are known. Mark types are named as the practice's
// `legend` names them.
QString html(const SessionNote &note, const Client &client, const QString &practiceName,
             const QList<Technique> &techniques = {}, const ChartLegend &legend = {});

// A client's notes in a date range (as NoteService::notesBetween returns them), oldest first,
// under one heading that names the range; "No signed notes in this period." when empty.
QString rangeHtml(const QList<SessionNote> &notes, const Client &client,
                  const QString &practiceName, const QDate &from, const QDate &to,
                  const QList<Technique> &techniques = {}, const ChartLegend &legend = {});

// "Trigger point therapy" for a technique key, from the seeded list or `techniques`; the key (a
// free text entry) otherwise.
QString techniqueLabel(const QString &key, const QList<Technique> &techniques = {});

} // namespace NoteDocument

} // namespace stillpoint::core
