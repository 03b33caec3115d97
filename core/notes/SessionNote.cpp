// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/SessionNote.h"

namespace stillpoint::core {

namespace NoteStatuses {

QString key(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Draft:
        return QStringLiteral("draft");
    case NoteStatus::Signed:
        return QStringLiteral("signed");
    case NoteStatus::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

std::optional<NoteStatus> fromKey(const QString &key)
{
    for (NoteStatus status : { NoteStatus::Draft, NoteStatus::Signed, NoteStatus::Discarded }) {
        if (NoteStatuses::key(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace NoteStatuses

namespace NoteCatalog {

QList<Technique> seededTechniques()
{
    return {
        { QStringLiteral("deep_tissue"), QStringLiteral("Deep tissue") },
        { QStringLiteral("trigger_point_therapy"), QStringLiteral("Trigger point therapy") },
        { QStringLiteral("myofascial_release"), QStringLiteral("Myofascial release") },
        { QStringLiteral("stretching"), QStringLiteral("Stretching") },
        { QStringLiteral("swedish"), QStringLiteral("Swedish") },
        { QStringLiteral("craniosacral"), QStringLiteral("Craniosacral") },
        { QStringLiteral("lymphatic_drainage"), QStringLiteral("Lymphatic drainage") },
    };
}

QString pressureKey(Pressure pressure)
{
    switch (pressure) {
    case Pressure::Light:
        return QStringLiteral("light");
    case Pressure::Moderate:
        return QStringLiteral("moderate");
    case Pressure::Firm:
        return QStringLiteral("firm");
    case Pressure::Deep:
        return QStringLiteral("deep");
    }
    return {};
}

QString pressureLabel(Pressure pressure)
{
    switch (pressure) {
    case Pressure::Light:
        return QStringLiteral("Light");
    case Pressure::Moderate:
        return QStringLiteral("Moderate");
    case Pressure::Firm:
        return QStringLiteral("Firm");
    case Pressure::Deep:
        return QStringLiteral("Deep");
    }
    return {};
}

std::optional<Pressure> pressureFromKey(const QString &key)
{
    for (Pressure pressure :
         { Pressure::Light, Pressure::Moderate, Pressure::Firm, Pressure::Deep }) {
        if (pressureKey(pressure) == key)
            return pressure;
    }
    return std::nullopt;
}

QList<CervicalMotion> motions()
{
    return { CervicalMotion::Flexion,
             CervicalMotion::Extension,
             CervicalMotion::RotationLeft,
             CervicalMotion::RotationRight,
             CervicalMotion::LateralFlexionLeft,
             CervicalMotion::LateralFlexionRight };
}

QString motionKey(CervicalMotion motion)
{
    switch (motion) {
    case CervicalMotion::Flexion:
        return QStringLiteral("flexion");
    case CervicalMotion::Extension:
        return QStringLiteral("extension");
    case CervicalMotion::RotationLeft:
        return QStringLiteral("rotation_left");
    case CervicalMotion::RotationRight:
        return QStringLiteral("rotation_right");
    case CervicalMotion::LateralFlexionLeft:
        return QStringLiteral("lateral_flexion_left");
    case CervicalMotion::LateralFlexionRight:
        return QStringLiteral("lateral_flexion_right");
    }
    return {};
}

QString motionLabel(CervicalMotion motion)
{
    switch (motion) {
    case CervicalMotion::Flexion:
        return QStringLiteral("Flexion");
    case CervicalMotion::Extension:
        return QStringLiteral("Extension");
    case CervicalMotion::RotationLeft:
        return QStringLiteral("Rotation left");
    case CervicalMotion::RotationRight:
        return QStringLiteral("Rotation right");
    case CervicalMotion::LateralFlexionLeft:
        return QStringLiteral("Lateral flexion left");
    case CervicalMotion::LateralFlexionRight:
        return QStringLiteral("Lateral flexion right");
    }
    return {};
}

std::optional<CervicalMotion> motionFromKey(const QString &key)
{
    for (CervicalMotion motion : motions()) {
        if (motionKey(motion) == key)
            return motion;
    }
    return std::nullopt;
}

QString positionKey(ClientPosition position)
{
    switch (position) {
    case ClientPosition::NotRecorded:
        return QString();
    case ClientPosition::Supine:
        return QStringLiteral("supine");
    case ClientPosition::Prone:
        return QStringLiteral("prone");
    case ClientPosition::SideLyingLeft:
        return QStringLiteral("side_left");
    case ClientPosition::SideLyingRight:
        return QStringLiteral("side_right");
    case ClientPosition::Seated:
        return QStringLiteral("seated");
    }
    return {};
}

QString positionLabel(ClientPosition position)
{
    switch (position) {
    case ClientPosition::NotRecorded:
        return QStringLiteral("Not recorded");
    case ClientPosition::Supine:
        return QStringLiteral("Supine");
    case ClientPosition::Prone:
        return QStringLiteral("Prone");
    case ClientPosition::SideLyingLeft:
        return QStringLiteral("Side-lying (left)");
    case ClientPosition::SideLyingRight:
        return QStringLiteral("Side-lying (right)");
    case ClientPosition::Seated:
        return QStringLiteral("Seated");
    }
    return {};
}

std::optional<ClientPosition> positionFromKey(const QString &key)
{
    for (ClientPosition position : { ClientPosition::NotRecorded, ClientPosition::Supine,
                                     ClientPosition::Prone, ClientPosition::SideLyingLeft,
                                     ClientPosition::SideLyingRight, ClientPosition::Seated }) {
        if (positionKey(position) == key)
            return position;
    }
    return std::nullopt;
}

} // namespace NoteCatalog

namespace NoteContents {

namespace {

void fill(QString &target, const QString &from)
{
    if (target.trimmed().isEmpty() && !from.trimmed().isEmpty())
        target = from;
}

} // namespace

NoteContent carriedForward(const NoteContent &previous)
{
    NoteContent content;
    content.plan = previous.plan;
    content.marks = previous.marks;
    return content;
}

NoteContent withTemplate(const NoteContent &base, const NoteContent &templateContent)
{
    // Numbers measured on the day (pain, headache days, range of motion), the contraindication
    // re-check and the marks are never a template's to give.
    NoteContent content = base;
    const Subjective &s = templateContent.subjective;
    fill(content.subjective.clientReport, s.clientReport);
    fill(content.subjective.headachesSinceLastVisit, s.headachesSinceLastVisit);
    fill(content.subjective.medicationChanges, s.medicationChanges);
    const Objective &o = templateContent.objective;
    fill(content.objective.palpation, o.palpation);
    fill(content.objective.posture, o.posture);
    if (content.objective.techniques.isEmpty())
        content.objective.techniques = o.techniques;
    if (content.objective.position == ClientPosition::NotRecorded)
        content.objective.position = o.position;
    const Assessment &a = templateContent.assessment;
    fill(content.assessment.response, a.response);
    fill(content.assessment.released, a.released);
    fill(content.assessment.resisted, a.resisted);
    fill(content.assessment.progress, a.progress);
    const Plan &p = templateContent.plan;
    fill(content.plan.frequency, p.frequency);
    fill(content.plan.focus, p.focus);
    fill(content.plan.homeCare, p.homeCare);
    fill(content.plan.referrals, p.referrals);
    return content;
}

QList<ContraindicationCheck> checksFromIntake(const Intake &intake)
{
    QList<ContraindicationCheck> checks;
    for (const ContraindicationEntry &entry : intake.contraindications)
        checks << ContraindicationCheck{ entry.key, Answer::Unknown, QString() };
    return checks;
}

} // namespace NoteContents

} // namespace stillpoint::core
