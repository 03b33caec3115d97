// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/intake/Intake.h"
#include "core/intake/IntakeService.h"

#include <QList>
#include <QString>

namespace stillpoint::core {

// One field of an intake as text, for printing and comparing versions.
struct IntakeLine
{
    QString section; // "Health history", "Contraindications", "Migraine history", "Triggers",
                     // "Questionnaires", "Red flags", "Consent"
    QString label; // "Medications", "Peak intensity"
    QString value; // "Sumatriptan 50 mg, as needed"; "—" when not answered
};

// A line that differs between two versions (or appears in one only).
struct IntakeDifference
{
    QString section;
    QString label;
    QString before; // empty when the line is new
    QString after; // empty when the line was removed
};

// Text and HTML renderings of an intake. Pure functions of their arguments (no database), so
// print, PDF and comparison show exactly what was stored. The HTML is plain (tables, headings) so
// QTextDocument prints it; ui turns it into paper or PDF.
namespace IntakeDocument {

// Every field in form order; unanswered fields read "—".
QList<IntakeLine> lines(const Intake &intake);
// Lines that differ between two versions, matched by section and label, in form order.
QList<IntakeDifference> compare(const Intake &before, const Intake &after);
// The whole intake for printing: practice name, client name and date of birth, version and
// status ("Signed by … on …" or "DRAFT — not signed"), every section, questionnaire scores with
// grades (or "incomplete"), red flags, the headache-history checklist with its disclaimer.
QString html(const Intake &intake, const Client &client, const QString &practiceName);

} // namespace IntakeDocument

// What a referral letter to the client's physician says.
struct ReferralLetterData
{
    QString practiceName;
    QString therapistName;
    QDate date;
    Client client; // name, date of birth, physician name/practice/phone
    Intake intake; // the signed intake that reported the red flags
    QList<QuestionnaireAdministration> scores; // MIDAS/HIT-6 with dates, oldest first
};

namespace ReferralLetter {
// A one-to-two page letter: addressed to the physician, the client, the red flags reported (with
// the therapist's notes), a migraine-history summary, MIDAS/HIT-6 scores with dates and grades,
// the ICHD-3 history checklist labelled as history, a request to assess before massage treatment
// goes ahead, and the therapist's name. No diagnosis wording.
QString html(const ReferralLetterData &data);
} // namespace ReferralLetter

} // namespace stillpoint::core
