// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoNotes.h"

#include "core/intake/IntakeJson.h"
#include "core/notes/NoteRepository.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace stillpoint::core {

namespace {

// A completed visit that has no note yet.
struct Visit
{
    qint64 appointmentId = 0;
    qint64 clientId = 0;
    QDateTime startUtc;
    QDateTime endUtc;
    QDate localDate;
    NoteAuthor therapist;
};

// Where a kind of finding sits on a view, for the client's left and right side. On views from
// behind the client's left is on the drawing's left; on the face it is on the drawing's right;
// the side view shows the right side.
struct MarkSite
{
    BodyView view;
    const char *muscle;
    MarkType type;
    double leftX;
    double rightX;
    double y;
    int baseIntensity;
    bool measuresPpt; // an algometer reading at this point (upper trapezius, suboccipitals)
};

const QList<MarkSite> &sites()
{
    using V = BodyView;
    using T = MarkType;
    static const QList<MarkSite> list{
        { V::HeadNeckBack, "upper_trapezius", T::TriggerPoint, 0.300, 0.700, 0.700, 7, true },
        { V::HeadNeckBack, "suboccipitals", T::TriggerPoint, 0.440, 0.560, 0.475, 6, true },
        { V::HeadNeckBack, "splenius_capitis", T::Hypertonicity, 0.425, 0.575, 0.560, 5, false },
        { V::HeadNeckBack, "levator_scapulae", T::TriggerPoint, 0.360, 0.640, 0.680, 6, false },
        { V::HeadNeckBack, "semispinalis_capitis", T::TenderPoint, 0.470, 0.530, 0.520, 4, false },
        { V::UpperBackShoulders, "levator_scapulae", T::Hypertonicity, 0.380, 0.620, 0.250, 5,
          false },
        { V::UpperBackShoulders, "rhomboids", T::TenderPoint, 0.420, 0.580, 0.500, 4, false },
        { V::UpperBackShoulders, "infraspinatus", T::TriggerPoint, 0.300, 0.700, 0.450, 5, false },
        { V::HeadSide, "sternocleidomastoid", T::TriggerPoint, 0.500, 0.500, 0.720, 5, false },
        { V::HeadSide, "masseter", T::TenderPoint, 0.600, 0.600, 0.580, 4, false },
        { V::FaceJaw, "temporalis", T::TenderPoint, 0.650, 0.350, 0.300, 5, false },
        { V::FaceJaw, "masseter", T::Hypertonicity, 0.630, 0.370, 0.550, 4, false },
    };
    return list;
}

// One finding a client keeps coming back with.
struct Finding
{
    MarkSite site;
    BodySide side = BodySide::Right;
    double x = 0.5;
    double y = 0.5;
    int intensity = 5;
    double ppt = 2.0; // kg/cm² at the first visit
    std::optional<int> direction; // referred pain
    QString note;
};

// How a client's care goes: most respond, some stay level.
struct Course
{
    bool responder = true;
    bool romImproves = false;
    BodySide side = BodySide::Right;
    QList<Finding> findings;
    int firstHeadacheDays = 6;
    int firstPain = 6;
    int rotationLeft = 60;
    int rotationRight = 58;
    int posture = 0;
    int homeCare = 0;
    int frequency = 0;
    int drop = 0; // how many points a responder's marks lose over the notes shown
    double pptGain = 0.0; // kg/cm² a responder's algometer readings gain over them
    quint32 checkSalt = 0; // which of the intake's contraindications still apply
};

int bounded(QRandomGenerator &random, int from, int to)
{
    return from + static_cast<int>(random.bounded(static_cast<quint32>(to - from + 1)));
}

bool chance(QRandomGenerator &random, int percent)
{
    return random.bounded(100U) < static_cast<quint32>(percent);
}

double jitter(QRandomGenerator &random, double spread)
{
    return (random.generateDouble() * 2.0 - 1.0) * spread;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString sideWord(BodySide side)
{
    switch (side) {
    case BodySide::Left:
        return QStringLiteral("left");
    case BodySide::Right:
        return QStringLiteral("right");
    case BodySide::Both:
        return QStringLiteral("both sides of the");
    case BodySide::Midline:
    case BodySide::NotApplicable:
        break;
    }
    return {};
}

Course planCourse(QRandomGenerator &random)
{
    Course course;
    course.responder = chance(random, 70);
    course.romImproves = course.responder && chance(random, 60);
    const int roll = bounded(random, 0, 99);
    course.side = roll < 45 ? BodySide::Right : roll < 80 ? BodySide::Left : BodySide::Both;
    course.firstHeadacheDays = bounded(random, 4, 10);
    course.firstPain = bounded(random, 4, 7);
    course.rotationLeft = bounded(random, 50, 64);
    course.rotationRight = bounded(random, 48, 64);
    course.posture = bounded(random, 0, 3);
    course.homeCare = bounded(random, 0, 3);
    course.frequency = bounded(random, 0, 2);
    course.drop = course.responder ? bounded(random, 3, 5) : 0;
    course.pptGain = course.responder ? 1.0 + random.generateDouble() * 0.8 : 0.0;
    course.checkSalt = random.generate();

    // Upper trapezius and suboccipitals nearly always; then a few others.
    QList<int> chosen{ 0, 1 };
    const int extra = bounded(random, 0, 3);
    while (chosen.size() < 2 + extra) {
        const int index = bounded(random, 2, static_cast<int>(sites().size()) - 1);
        if (!chosen.contains(index))
            chosen << index;
    }
    for (int index : std::as_const(chosen)) {
        const MarkSite &site = sites().at(index);
        BodySide side = course.side;
        if (side == BodySide::Both)
            side = chance(random, 50) ? BodySide::Left : BodySide::Right;
        Finding finding;
        finding.site = site;
        finding.side = side;
        finding.x = (side == BodySide::Left ? site.leftX : site.rightX) + jitter(random, 0.02);
        finding.y = site.y + jitter(random, 0.02);
        finding.intensity = qBound(2, site.baseIntensity + bounded(random, -1, 1), 8);
        finding.ppt = 1.4 + random.generateDouble() * 0.9;
        course.findings << finding;
        // For both-sided clients, the same point on the other side too.
        if (course.side == BodySide::Both && index < 2) {
            Finding other = finding;
            other.side = side == BodySide::Left ? BodySide::Right : BodySide::Left;
            other.x = (other.side == BodySide::Left ? site.leftX : site.rightX)
                    + jitter(random, 0.02);
            other.intensity = qMax(2, finding.intensity - 1);
            course.findings << other;
        }
    }
    // One client in three has upper trapezius pain referring to the temple.
    if (chance(random, 33) && course.findings.size() < 6) {
        Finding referred;
        referred.site = MarkSite{
            BodyView::HeadSide, "temporalis", MarkType::ReferredPain, 0.520, 0.520, 0.290, 5, false
        };
        referred.side = BodySide::Right;
        referred.x = 0.52 + jitter(random, 0.02);
        referred.y = 0.29 + jitter(random, 0.02);
        referred.intensity = bounded(random, 4, 7);
        referred.direction = bounded(random, 55, 85);
        referred.note = QStringLiteral("From the upper trapezius point, toward the eye");
        course.findings << referred;
    }
    while (course.findings.size() > 6)
        course.findings.removeLast();
    return course;
}

// The marks at one visit; `progress` runs from 0 at the first note shown to 1 at the last.
QList<BodyMark> marksAt(const Course &course, int visit, double progress, QRandomGenerator &random)
{
    QList<BodyMark> marks;
    for (const Finding &finding : course.findings) {
        int intensity = finding.intensity + bounded(random, -1, 1)
                - static_cast<int>(std::lround(progress * course.drop));
        intensity = qBound(1, intensity, 10);
        if (course.responder && progress > 0.75 && intensity <= 2 && marks.size() >= 2)
            continue; // resolved
        BodyMark mark;
        mark.view = finding.site.view;
        mark.type = finding.site.type;
        mark.muscle = QString::fromLatin1(finding.site.muscle);
        mark.side = finding.side;
        mark.x = rounded(qBound(0.0, finding.x + jitter(random, 0.012), 1.0), 4);
        mark.y = rounded(qBound(0.0, finding.y + jitter(random, 0.012), 1.0), 4);
        mark.intensity = intensity;
        mark.directionDegrees = finding.direction;
        if (finding.direction)
            *mark.directionDegrees = qBound(0, *finding.direction + bounded(random, -5, 5), 359);
        if (finding.site.measuresPpt && mark.type == MarkType::TriggerPoint && visit % 3 == 0) {
            const double gain = progress * course.pptGain;
            mark.pressurePainThreshold =
                    rounded(qBound(0.1, finding.ppt + gain + jitter(random, 0.15), 20.0), 1);
        }
        mark.note = finding.note;
        if (mark.type == MarkType::TriggerPoint && mark.intensity >= 7 && mark.note.isEmpty())
            mark.note = QStringLiteral("Active; twitch response");
        marks << mark;
    }
    return marks;
}

QString palpationText(const QList<BodyMark> &marks)
{
    QStringList parts;
    for (const BodyMark &mark : marks) {
        if (mark.type == MarkType::ReferredPain)
            continue;
        const QString what = mark.type == MarkType::TriggerPoint ? QStringLiteral("trigger point")
                : mark.type == MarkType::TenderPoint             ? QStringLiteral("tender point")
                                                                 : QStringLiteral("hypertonicity");
        parts << QStringLiteral("%1 in the %2 %3 (%4/10)")
                         .arg(what,
                              mark.side == BodySide::Left ? QStringLiteral("left")
                                                          : QStringLiteral("right"),
                              BodyChartCatalog::muscleLabel(mark.muscle).toLower())
                         .arg(mark.intensity);
    }
    if (parts.isEmpty())
        return QStringLiteral("No active trigger points found; tissue soft throughout.");
    QString text = parts.join(QStringLiteral("; "));
    text[0] = text.at(0).toUpper();
    return text + QLatin1Char('.');
}

const QStringList &postures()
{
    static const QStringList list{
        QStringLiteral("Forward head posture; right shoulder a little higher than the left."),
        QStringLiteral("Rounded shoulders, forward head; sits at a laptop most of the day."),
        QStringLiteral("Head tilted slightly to the left; mild thoracic kyphosis."),
        QStringLiteral("Upright; mild forward head posture."),
    };
    return list;
}

const QStringList &homeCares()
{
    static const QStringList list{
        QStringLiteral("Chin tucks 10 times, twice a day; heat on the neck in the evening."),
        QStringLiteral("Doorway chest stretch; screen raised to eye level; water through the day."),
        QStringLiteral("Levator scapulae stretch 3 × 30 s each side; keep the headache diary."),
        QStringLiteral("Jaw relaxation before sleep; tennis-ball release for the upper back."),
    };
    return list;
}

const QStringList &frequencies()
{
    static const QStringList list{ QStringLiteral("Every two weeks"),
                                   QStringLiteral("Weekly for four weeks, then review"),
                                   QStringLiteral("Every three weeks") };
    return list;
}

QList<TechniqueUse> techniquesFor(const Course &course, int minutes, QRandomGenerator &random)
{
    const QString side = sideWord(course.side);
    const auto area = [&side](const char *muscle) {
        return side.isEmpty() ? QString::fromLatin1(muscle)
                              : side + QLatin1Char(' ') + QString::fromLatin1(muscle);
    };
    QList<TechniqueUse> all{
        { QStringLiteral("trigger_point_therapy"), area("upper trapezius"), 15, Pressure::Firm },
        { QStringLiteral("myofascial_release"), QStringLiteral("suboccipitals and cranial base"),
          15, Pressure::Moderate },
        { QStringLiteral("stretching"), QStringLiteral("upper trapezius and levator scapulae"), 10,
          Pressure::Light },
        { QStringLiteral("swedish"), QStringLiteral("back and shoulders"), 15, Pressure::Moderate },
        { QStringLiteral("deep_tissue"), QStringLiteral("cervical paraspinals"), 10,
          Pressure::Firm },
        { QStringLiteral("trigger_point_therapy"), QStringLiteral("temporalis and masseter"), 5,
          Pressure::Moderate },
        { QStringLiteral("craniosacral"), QStringLiteral("cranial base"), 10, Pressure::Light },
    };
    // Hands-on time is the visit less about ten minutes of talk (twenty-five at a long first
    // assessment), in blocks of five minutes: the two main techniques take about half of it,
    // one to three others the rest.
    const int handsOn = qMax(20, minutes - (minutes >= 90 ? 25 : 10));
    const auto blocks = [](int value) { return qMax(5, value / 5 * 5); };
    QList<TechniqueUse> used{ all.at(0), all.at(1) };
    used[0].minutes = blocks(handsOn * bounded(random, 22, 32) / 100);
    used[1].minutes = blocks(handsOn * bounded(random, 20, 30) / 100);
    int left = handsOn - used.at(0).minutes - used.at(1).minutes;
    QList<qsizetype> others{ 2, 3, 4, 5, 6 };
    while (left >= 5 && !others.isEmpty()) {
        const qsizetype pick =
                others.takeAt(bounded(random, 0, static_cast<int>(others.size()) - 1));
        TechniqueUse use = all.at(pick);
        use.minutes = others.isEmpty() || used.size() == 4
                ? blocks(left)
                : blocks(qMin(left, left * bounded(random, 40, 70) / 100));
        left -= use.minutes;
        used << use;
        if (used.size() == 5)
            break;
    }
    return used;
}

QList<ContraindicationCheck> checksFor(const Intake *intake, quint32 salt)
{
    if (!intake)
        return {};
    QList<ContraindicationCheck> checks = NoteContents::checksFromIntake(*intake);
    for (ContraindicationCheck &check : checks) {
        // The same answer at every visit: what applied last time still does.
        check.stillApplies = (qHash(check.key) ^ salt) % 10 < 7 ? Answer::Yes : Answer::No;
        if (check.stillApplies == Answer::Yes)
            check.note = QStringLiteral("Area avoided");
    }
    return checks;
}

// One visit's note: `visit` counts the client's visits from 0, `progress` runs from 0 at the
// first note shown to 1 at the last.
NoteContent writeNote(const Course &course, int visit, double progress, const Visit &at,
                      const QDate &nextVisit, const Intake *intake, QRandomGenerator &random)
{
    NoteContent c;
    int days = course.firstHeadacheDays;
    int pain = course.firstPain;
    if (course.responder) {
        days = qMax(0, days - static_cast<int>(std::lround(progress * days * 0.6)));
        pain = qMax(2, pain - static_cast<int>(std::lround(progress * 3.0)));
    }
    days = qMax(0, days + bounded(random, -1, 1));
    pain = qBound(1, pain + bounded(random, -1, 1), 9);

    Subjective &s = c.subjective;
    s.headacheDaysSinceLastVisit = days;
    s.headachesSinceLastVisit = days == 0
            ? QStringLiteral("No headaches since the last visit")
            : QStringLiteral("%1 headache day%2, %3 of them migraine")
                      .arg(days)
                      .arg(days == 1 ? QString() : QStringLiteral("s"))
                      .arg(qMax(days > 0 ? 1 : 0, days / 2));
    if (visit == 0)
        s.clientReport = QStringLiteral("First treatment. Migraines for years; neck and "
                                        "shoulders tight most days, worse after screen work.");
    else if (course.responder && progress > 0.5)
        s.clientReport = QStringLiteral("Fewer headaches lately and they ease sooner. Neck "
                                        "feels looser in the mornings.");
    else if (course.responder)
        s.clientReport = QStringLiteral("Felt lighter for a few days after the last session; "
                                        "one migraine after a long week.");
    else
        s.clientReport = QStringLiteral("About the same. Stiffness on the %1 side of the neck, "
                                        "headaches still come with stress.")
                                 .arg(course.side == BodySide::Left ? QStringLiteral("left")
                                                                    : QStringLiteral("right"));
    s.painBefore = pain;
    s.medicationChanges = chance(random, 8)
            ? QStringLiteral("GP suggested magnesium; started two weeks ago")
            : QStringLiteral("None");
    s.contraindicationChecks = checksFor(intake, course.checkSalt);

    c.marks = marksAt(course, visit, progress, random);
    Objective &o = c.objective;
    o.palpation = palpationText(c.marks);
    o.posture = postures().at(course.posture);
    if (visit % 2 == 0) {
        const int gain = course.romImproves ? static_cast<int>(std::lround(progress * 14)) : 0;
        o.rangeOfMotion = {
            { CervicalMotion::RotationLeft,
              qBound(0, course.rotationLeft + gain + bounded(random, -2, 2), 90) },
            { CervicalMotion::RotationRight,
              qBound(0, course.rotationRight + gain + bounded(random, -2, 2), 90) },
            { CervicalMotion::LateralFlexionLeft,
              qBound(0, 35 + gain / 2 + bounded(random, -3, 3), 60) },
            { CervicalMotion::LateralFlexionRight,
              qBound(0, 33 + gain / 2 + bounded(random, -3, 3), 60) },
        };
    }
    const int minutes = static_cast<int>(at.startUtc.secsTo(at.endUtc) / 60);
    o.techniques = techniquesFor(course, minutes, random);
    o.position = chance(random, 75) ? ClientPosition::Supine : ClientPosition::Prone;

    Assessment &a = c.assessment;
    const int relief = chance(random, 10) ? 0 : bounded(random, 1, 3);
    a.painAfter = qMax(0, pain - relief);
    a.response = relief == 0
            ? QStringLiteral("Guarded throughout; lighter pressure helped a little.")
            : chance(random, 50)
            ? QStringLiteral("Tolerated firm pressure well; breathing slowed.")
            : QStringLiteral("Relaxed quickly; slight soreness over the trigger points.");
    QStringList released;
    QStringList resisted;
    for (const BodyMark &mark : std::as_const(c.marks)) {
        if (mark.type == MarkType::ReferredPain)
            continue;
        const QString name = sideWord(mark.side) + QLatin1Char(' ')
                + BodyChartCatalog::muscleLabel(mark.muscle).toLower();
        (mark.intensity >= 7 ? resisted : released) << name;
    }
    a.released = released.isEmpty() ? QString() : released.join(QStringLiteral(", "));
    a.resisted = resisted.isEmpty() ? QString() : resisted.join(QStringLiteral(", "));
    if (visit > 0)
        a.progress = course.responder
                ? QStringLiteral("Headache days down from %1 to %2 since starting; on track.")
                          .arg(course.firstHeadacheDays)
                          .arg(days)
                : QStringLiteral("No clear change yet; review the plan and the diary next time.");

    Plan &p = c.plan;
    if (nextVisit.isValid())
        p.nextVisit = nextVisit;
    p.frequency = frequencies().at(course.frequency);
    p.focus = course.findings.size() > 3
            ? QStringLiteral("Suboccipitals and upper trapezius, then levator scapulae and jaw")
            : QStringLiteral("Suboccipitals and upper trapezius");
    p.homeCare = homeCares().at(course.homeCare);
    if (!course.responder && visit >= 4 && visit % 4 == 0)
        p.referrals = QStringLiteral("Suggested the client discuss preventive options with "
                                     "their GP");
    return c;
}

QList<NoteTemplate> demoTemplates()
{
    NoteTemplate followUp;
    followUp.name = QStringLiteral("Migraine follow-up 60 min");
    NoteContent &f = followUp.content;
    f.subjective.medicationChanges = QStringLiteral("None");
    f.objective.techniques = {
        { QStringLiteral("trigger_point_therapy"), QStringLiteral("upper trapezius"), 15,
          Pressure::Firm },
        { QStringLiteral("myofascial_release"), QStringLiteral("suboccipitals and cranial base"),
          15, Pressure::Moderate },
        { QStringLiteral("stretching"), QStringLiteral("upper trapezius and levator scapulae"), 10,
          Pressure::Light },
        { QStringLiteral("swedish"), QStringLiteral("back and shoulders"), 10, Pressure::Moderate },
    };
    f.objective.position = ClientPosition::Supine;
    f.plan.frequency = QStringLiteral("Every two weeks");
    f.plan.focus = QStringLiteral("Suboccipitals, upper trapezius, levator scapulae");
    f.plan.homeCare = QStringLiteral("Chin tucks 10 times, twice a day; heat on the neck in the "
                                     "evening; keep the headache diary.");

    NoteTemplate initial;
    initial.name = QStringLiteral("Initial migraine assessment 90 min");
    NoteContent &i = initial.content;
    i.objective.posture = QStringLiteral("Head position, shoulder height, thoracic curve: ");
    i.objective.palpation = QStringLiteral("Suboccipitals, upper trapezius, levator scapulae, "
                                           "SCM, temporalis, masseter: ");
    i.objective.techniques = {
        { QStringLiteral("swedish"), QStringLiteral("back, neck and shoulders"), 20,
          Pressure::Light },
        { QStringLiteral("myofascial_release"), QStringLiteral("suboccipitals"), 15,
          Pressure::Moderate },
        { QStringLiteral("trigger_point_therapy"), QStringLiteral("upper trapezius"), 15,
          Pressure::Moderate },
        { QStringLiteral("stretching"), QStringLiteral("neck"), 10, Pressure::Light },
    };
    i.objective.position = ClientPosition::Supine;
    i.plan.frequency = QStringLiteral("Weekly for four weeks, then review");
    i.plan.focus = QStringLiteral("Build tolerance to pressure; map the trigger points");
    i.plan.homeCare = QStringLiteral("Start a headache diary; a posture break every 30 minutes at "
                                     "the screen.");
    return { followUp, initial };
}

QDateTime utcText(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    instant.setTimeZone(QTimeZone::utc());
    return instant;
}

} // namespace

Result<int> DemoNotes::populateIfNone(Database &database, const Clock &clock, quint32 seed)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM session_notes)")) || !query.next())
        return Database::storageError(QStringLiteral("look for session notes"), {});
    if (query.value(0).toBool())
        return 0;
    return populate(database, clock, seed);
}

Result<int> DemoNotes::populate(Database &database, const Clock &clock, quint32 seed)
{
    return populate(database, clock, seed, MaxNotesPerClient);
}

Result<int> DemoNotes::populate(Database &database, const Clock &clock, quint32 seed,
                                int maxNotesPerClient, const QSet<qint64> &uncapped)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
                "SELECT a.id, a.client_id, a.start_utc, a.end_utc, a.local_start, t.user_id, "
                "CASE u.display_name WHEN '' THEN u.username ELSE u.display_name END "
                "FROM appointments a JOIN therapists t ON t.id = a.therapist_id "
                "JOIN users u ON u.id = t.user_id "
                "WHERE a.status = 'completed' AND NOT EXISTS (SELECT 1 FROM session_notes n "
                "WHERE n.client_id = a.client_id) ORDER BY a.client_id, a.start_utc, a.id")))
        return Database::storageError(QStringLiteral("list the completed visits"),
                                      query.lastError().databaseText());
    QHash<qint64, QList<Visit>> visitsByClient;
    QList<qint64> clients;
    while (query.next()) {
        Visit visit;
        visit.appointmentId = query.value(0).toLongLong();
        visit.clientId = query.value(1).toLongLong();
        visit.startUtc = utcText(query.value(2));
        visit.endUtc = utcText(query.value(3));
        visit.localDate = QDate::fromString(query.value(4).toString().left(10), Qt::ISODate);
        visit.therapist = NoteAuthor{ query.value(5).toLongLong(), query.value(6).toString() };
        auto &list = visitsByClient[visit.clientId];
        if (list.isEmpty())
            clients << visit.clientId;
        list << visit;
    }
    if (clients.isEmpty())
        return 0;

    // A red flag that still blocks means no treatment yet; a cleared one, notes after clearing.
    QHash<qint64, QDateTime> notBefore;
    if (!query.exec(QStringLiteral("SELECT client_id, MAX(cleared_at IS NULL), MAX(cleared_at) "
                                   "FROM red_flag_alerts GROUP BY client_id")))
        return Database::storageError(QStringLiteral("read the red-flag alerts"),
                                      query.lastError().databaseText());
    while (query.next()) {
        const qint64 clientId = query.value(0).toLongLong();
        if (query.value(1).toInt() == 1)
            visitsByClient.remove(clientId);
        else
            notBefore.insert(clientId, utcText(query.value(2)));
    }
    // Today's contraindication re-check starts from the last signed intake.
    QHash<qint64, Intake> intakes;
    if (!query.exec(QStringLiteral("SELECT client_id, content FROM intakes WHERE status = "
                                   "'signed' ORDER BY client_id, version")))
        return Database::storageError(QStringLiteral("read the intakes"),
                                      query.lastError().databaseText());
    while (query.next()) {
        const qint64 clientId = query.value(0).toLongLong();
        if (!visitsByClient.contains(clientId))
            continue;
        Intake intake;
        if (IntakeJson::read(query.value(1).toByteArray(), intake))
            intakes.insert(clientId, intake);
    }

    const QDateTime now = clock.nowUtc();
    QList<NoteBundle> bundles;
    qint64 latestId = 0;
    QDateTime latestStart;
    for (qint64 clientId : std::as_const(clients)) {
        auto found = visitsByClient.find(clientId);
        if (found == visitsByClient.end())
            continue;
        QList<Visit> visits = found.value();
        if (const auto cleared = notBefore.constFind(clientId); cleared != notBefore.cend()) {
            visits.erase(std::remove_if(visits.begin(), visits.end(),
                                        [&cleared](const Visit &v) {
                                            return v.startUtc <= cleared.value();
                                        }),
                         visits.end());
        }
        // The notes are for the latest visits; the course counts from the first.
        const int cap =
                uncapped.contains(clientId) ? static_cast<int>(visits.size()) : maxNotesPerClient;
        const int earlier = qMax(0, static_cast<int>(visits.size()) - cap);
        visits = visits.mid(earlier);
        if (visits.isEmpty())
            continue;
        // One generator per client, so adding clients or visits elsewhere changes nothing here.
        QRandomGenerator random(seed ^ static_cast<quint32>(clientId * 2654435761U));
        const Course course = planCourse(random);
        const Intake *intake = intakes.contains(clientId) ? &intakes[clientId] : nullptr;
        const int count = static_cast<int>(visits.size());
        for (int v = 0; v < count; ++v) {
            const Visit &visit = visits.at(v);
            const QDate next =
                    v + 1 < count ? visits.at(v + 1).localDate : visit.localDate.addDays(14);
            NoteBundle bundle;
            SessionNote &note = bundle.note;
            bundle.author = visit.therapist;
            note.clientId = clientId;
            note.appointmentId = visit.appointmentId;
            note.sessionDate = visit.localDate;
            note.status = NoteStatus::Signed;
            const double progress = count > 1 ? double(v) / double(count - 1) : 0.0;
            note.content = writeNote(course, earlier + v, progress, visit, next, intake, random);
            note.createdAtUtc = visit.startUtc.addSecs(60 * bounded(random, 2, 10));
            note.signedAtUtc = qMin(now, visit.endUtc.addSecs(60 * bounded(random, 10, 90)));
            note.updatedAtUtc = note.signedAtUtc;
            note.signedBy = visit.therapist.name;
            if (chance(random, 2)) {
                const QDateTime addedAt = note.signedAtUtc.addSecs(3600 * bounded(random, 18, 50));
                if (addedAt < now) {
                    NoteAddendum addendum;
                    addendum.author = visit.therapist.name;
                    addendum.createdAtUtc = addedAt;
                    if (chance(random, 50) && note.content.assessment.painAfter) {
                        const int typed = *note.content.assessment.painAfter;
                        addendum.reason = QStringLiteral("Pain score after the session was "
                                                         "mistyped");
                        addendum.text = QStringLiteral("Pain after the session was %1/10, not "
                                                       "%2/10.")
                                                .arg(qMin(10, typed + 1))
                                                .arg(typed);
                    } else {
                        addendum.reason = QStringLiteral("Client phoned the next day");
                        addendum.text = QStringLiteral("No headache for two days after the "
                                                       "session; mild soreness over the treated "
                                                       "points, gone by the evening.");
                    }
                    note.addenda << addendum;
                }
            }
            bundles << bundle;
            if (latestId == 0 || visit.startUtc > latestStart) {
                latestId = visit.appointmentId;
                latestStart = visit.startUtc;
            }
        }
    }
    if (bundles.isEmpty())
        return 0;

    // The latest visit is still being written up: its note is an open draft.
    if (latestId > 0) {
        for (NoteBundle &bundle : bundles) {
            if (bundle.note.appointmentId != latestId)
                continue;
            SessionNote &note = bundle.note;
            note.status = NoteStatus::Draft;
            note.signedBy.clear();
            note.signedAtUtc = QDateTime();
            note.addenda.clear();
            note.content.assessment = Assessment{};
            note.content.plan = Plan{};
            note.updatedAtUtc = note.createdAtUtc.addSecs(20 * 60);
            break;
        }
    }

    const auto audit = [&database, &clock, count = bundles.size()](const Transaction &transaction,
                                                                   qint64) {
        AuditEvent added;
        added.operation = Operations::key(Operation::DemoCreate);
        added.username = QStringLiteral("demo");
        added.detail = QStringLiteral("%1 demo session notes").arg(count);
        return AuditTrail(database, clock).record(transaction, added);
    };
    return NoteRepository(database, clock).insertMany(bundles, demoTemplates(), audit);
}

} // namespace stillpoint::core
