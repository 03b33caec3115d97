// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"
#include "core/notes/BodyChart.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace stillpoint::core {

// Today's re-check of one contraindication the client's signed intake lists.
struct ContraindicationCheck
{
    QString key; // an IntakeCatalog::contraindications() key (or a free one copied from the intake)
    Answer stillApplies = Answer::Unknown; // asked again today
    QString note;

    friend bool operator==(const ContraindicationCheck &, const ContraindicationCheck &) = default;
};

struct Subjective
{
    QString clientReport;
    // Headaches since the last visit as the client tells it (or as summarised from the diary).
    QString headachesSinceLastVisit;
    std::optional<int> headacheDaysSinceLastVisit; // 0..366 when known
    std::optional<int> painBefore; // 0..10
    QString medicationChanges;
    QList<ContraindicationCheck> contraindicationChecks;

    friend bool operator==(const Subjective &, const Subjective &) = default;
};

// Cervical range of motion in degrees for one direction.
enum class CervicalMotion {
    Flexion,
    Extension,
    RotationLeft,
    RotationRight,
    LateralFlexionLeft,
    LateralFlexionRight
};

struct RangeOfMotion
{
    CervicalMotion motion = CervicalMotion::Flexion;
    int degrees = 0; // 0..120

    friend bool operator==(const RangeOfMotion &, const RangeOfMotion &) = default;
};

enum class Pressure { Light, Moderate, Firm, Deep };

struct TechniqueUse
{
    QString technique; // a NoteService::techniques() key ("deep_tissue", "practice:7") or free text
    QString area; // "bilateral upper trapezius"
    int minutes = 0; // 1..240
    Pressure pressure = Pressure::Moderate;

    friend bool operator==(const TechniqueUse &, const TechniqueUse &) = default;
};

enum class ClientPosition { NotRecorded, Supine, Prone, SideLyingLeft, SideLyingRight, Seated };

struct Objective
{
    QString palpation; // hypertonicity, trigger points, tender points found
    QString posture;
    QList<RangeOfMotion> rangeOfMotion; // at most one per motion
    QList<TechniqueUse> techniques;
    ClientPosition position = ClientPosition::NotRecorded;

    friend bool operator==(const Objective &, const Objective &) = default;
};

struct Assessment
{
    QString response;
    std::optional<int> painAfter; // 0..10
    QString released;
    QString resisted;
    QString progress; // against the plan

    friend bool operator==(const Assessment &, const Assessment &) = default;
};

struct Plan
{
    std::optional<QDate> nextVisit;
    QString frequency; // "weekly for 4 weeks"
    QString focus;
    QString homeCare; // stretches, posture, hydration, heat/ice
    QString referrals;

    friend bool operator==(const Plan &, const Plan &) = default;
};

// Everything the therapist writes in one note (what a template or a carry-forward fills in).
struct NoteContent
{
    Subjective subjective;
    Objective objective;
    Assessment assessment;
    Plan plan;
    QList<BodyMark> marks;

    friend bool operator==(const NoteContent &, const NoteContent &) = default;
};

enum class NoteStatus { Draft, Signed, Discarded };

// A correction or addition to a signed note. The note itself never changes.
struct NoteAddendum
{
    qint64 id = 0;
    qint64 noteId = 0;
    QString author; // display name (the username when there is none), as for createdBy
    QDateTime createdAtUtc;
    QString reason; // why (required)
    QString text; // what (required)

    friend bool operator==(const NoteAddendum &, const NoteAddendum &) = default;
};

// One session (SOAP) note: a draft until signed, then locked; corrections are addenda.
struct SessionNote
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 appointmentId = 0; // 0 when started from the client rather than a visit
    QDate sessionDate;
    NoteStatus status = NoteStatus::Draft;
    NoteContent content;
    QString createdBy; // display name (the username when there is none)
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;
    QString signedBy; // set when signed
    QDateTime signedAtUtc;
    qint64 carriedForwardFrom = 0; // the note whose plan and marks were copied, if any
    int rowVersion = 1;
    QList<NoteAddendum> addenda; // oldest first (read with the note)

    bool isSigned() const { return status == NoteStatus::Signed; }
};

struct NoteSummary
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    QDate sessionDate;
    NoteStatus status = NoteStatus::Draft;
    QString signedBy;
    QDateTime signedAtUtc;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    int markCount = 0;
    int addendumCount = 0;

    friend bool operator==(const NoteSummary &, const NoteSummary &) = default;
};

// What the front desk may know about a visit: whether a note exists, and whether it is signed.
struct NoteOnFile
{
    qint64 appointmentId = 0;
    bool exists = false;
    bool isSigned = false;
};

// A practice's reusable starting point ("Migraine follow-up 60 min"): content without marks'
// client-specific notes is fine; sessionDate, signature and S numbers are never part of it.
struct NoteTemplate
{
    qint64 id = 0;
    QString name; // unique, 1..80 characters
    NoteContent content;
    int rowVersion = 1;
};

struct Technique
{
    QString key; // "deep_tissue" for the seeded ones, "practice:<id>" for the practice's own
    QString label;
};

namespace NoteStatuses {
QString key(NoteStatus status); // "draft", "signed", "discarded"
std::optional<NoteStatus> fromKey(const QString &key);
} // namespace NoteStatuses

namespace NoteCatalog {
// Deep tissue, trigger point therapy, myofascial release, stretching, Swedish, craniosacral,
// lymphatic drainage (the seeded list; the practice adds its own through NoteService).
QList<Technique> seededTechniques();
QString pressureKey(Pressure pressure); // "light", "moderate", "firm", "deep"
QString pressureLabel(Pressure pressure);
std::optional<Pressure> pressureFromKey(const QString &key);
QString motionKey(CervicalMotion motion); // "flexion", "extension", "rotation_left", …
QString motionLabel(CervicalMotion motion);
std::optional<CervicalMotion> motionFromKey(const QString &key);
QList<CervicalMotion> motions();
QString
positionKey(ClientPosition position); // "", "supine", "prone", "side_left", "side_right", "seated"
QString positionLabel(ClientPosition position);
std::optional<ClientPosition> positionFromKey(const QString &key);
} // namespace NoteCatalog

// Pure helpers used by NoteService (and tested on their own).
namespace NoteContents {
// The plan and the body-chart marks of `previous`; everything else empty. Never a signature.
NoteContent carriedForward(const NoteContent &previous);
// `base` with the template's text sections, techniques and plan filled in where `base` is empty.
NoteContent withTemplate(const NoteContent &base, const NoteContent &templateContent);
// One ContraindicationCheck per contraindication on the signed intake, answers left Unknown.
QList<ContraindicationCheck> checksFromIntake(const Intake &intake);
} // namespace NoteContents

} // namespace stillpoint::core
