// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/NoteJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stillpoint::core::NoteJson {

namespace {

void putInt(QJsonObject &object, const char *name, const std::optional<int> &value)
{
    if (value)
        object.insert(QLatin1String(name), *value);
}

void putText(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(name), value);
}

std::optional<int> intFrom(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

std::optional<double> doubleFrom(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QString textFrom(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QJsonObject objectFrom(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toObject();
}

QJsonArray arrayFrom(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toArray();
}

QString answerKey(Answer answer)
{
    switch (answer) {
    case Answer::Unknown:
        return {};
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Yes:
        return QStringLiteral("yes");
    }
    return {};
}

Answer answerFrom(const QString &key)
{
    if (key == QLatin1String("yes"))
        return Answer::Yes;
    if (key == QLatin1String("no"))
        return Answer::No;
    return Answer::Unknown;
}

QJsonObject subjectiveObject(const Subjective &s)
{
    QJsonObject object;
    putText(object, "clientReport", s.clientReport);
    putText(object, "headachesSinceLastVisit", s.headachesSinceLastVisit);
    putInt(object, "headacheDaysSinceLastVisit", s.headacheDaysSinceLastVisit);
    putInt(object, "painBefore", s.painBefore);
    putText(object, "medicationChanges", s.medicationChanges);
    QJsonArray checks;
    for (const ContraindicationCheck &check : s.contraindicationChecks) {
        QJsonObject entry{ { QStringLiteral("key"), check.key } };
        putText(entry, "stillApplies", answerKey(check.stillApplies));
        putText(entry, "note", check.note);
        checks.append(entry);
    }
    object.insert(QStringLiteral("contraindicationChecks"), checks);
    return object;
}

Subjective subjectiveFrom(const QJsonObject &object)
{
    Subjective s;
    s.clientReport = textFrom(object, "clientReport");
    s.headachesSinceLastVisit = textFrom(object, "headachesSinceLastVisit");
    s.headacheDaysSinceLastVisit = intFrom(object, "headacheDaysSinceLastVisit");
    s.painBefore = intFrom(object, "painBefore");
    s.medicationChanges = textFrom(object, "medicationChanges");
    for (const QJsonValue &value : arrayFrom(object, "contraindicationChecks")) {
        const QJsonObject entry = value.toObject();
        s.contraindicationChecks << ContraindicationCheck{
            textFrom(entry, "key"), answerFrom(textFrom(entry, "stillApplies")),
            textFrom(entry, "note")
        };
    }
    return s;
}

QJsonObject objectiveObject(const Objective &o)
{
    QJsonObject object;
    putText(object, "palpation", o.palpation);
    putText(object, "posture", o.posture);
    QJsonArray motions;
    for (const RangeOfMotion &range : o.rangeOfMotion)
        motions.append(
                QJsonObject{ { QStringLiteral("motion"), NoteCatalog::motionKey(range.motion) },
                             { QStringLiteral("degrees"), range.degrees } });
    object.insert(QStringLiteral("rangeOfMotion"), motions);
    QJsonArray techniques;
    for (const TechniqueUse &use : o.techniques) {
        QJsonObject entry;
        putText(entry, "technique", use.technique);
        putText(entry, "area", use.area);
        entry.insert(QStringLiteral("minutes"), use.minutes);
        entry.insert(QStringLiteral("pressure"), NoteCatalog::pressureKey(use.pressure));
        techniques.append(entry);
    }
    object.insert(QStringLiteral("techniques"), techniques);
    putText(object, "position", NoteCatalog::positionKey(o.position));
    return object;
}

Objective objectiveFrom(const QJsonObject &object)
{
    Objective o;
    o.palpation = textFrom(object, "palpation");
    o.posture = textFrom(object, "posture");
    for (const QJsonValue &value : arrayFrom(object, "rangeOfMotion")) {
        const QJsonObject entry = value.toObject();
        RangeOfMotion range;
        range.motion = NoteCatalog::motionFromKey(textFrom(entry, "motion"))
                               .value_or(CervicalMotion::Flexion);
        range.degrees = intFrom(entry, "degrees").value_or(0);
        o.rangeOfMotion << range;
    }
    for (const QJsonValue &value : arrayFrom(object, "techniques")) {
        const QJsonObject entry = value.toObject();
        TechniqueUse use;
        use.technique = textFrom(entry, "technique");
        use.area = textFrom(entry, "area");
        use.minutes = intFrom(entry, "minutes").value_or(0);
        use.pressure = NoteCatalog::pressureFromKey(textFrom(entry, "pressure"))
                               .value_or(Pressure::Moderate);
        o.techniques << use;
    }
    o.position = NoteCatalog::positionFromKey(textFrom(object, "position"))
                         .value_or(ClientPosition::NotRecorded);
    return o;
}

QJsonObject assessmentObject(const Assessment &a)
{
    QJsonObject object;
    putText(object, "response", a.response);
    putInt(object, "painAfter", a.painAfter);
    putText(object, "released", a.released);
    putText(object, "resisted", a.resisted);
    putText(object, "progress", a.progress);
    return object;
}

Assessment assessmentFrom(const QJsonObject &object)
{
    Assessment a;
    a.response = textFrom(object, "response");
    a.painAfter = intFrom(object, "painAfter");
    a.released = textFrom(object, "released");
    a.resisted = textFrom(object, "resisted");
    a.progress = textFrom(object, "progress");
    return a;
}

QJsonObject planObject(const Plan &p)
{
    QJsonObject object;
    if (p.nextVisit && p.nextVisit->isValid())
        object.insert(QStringLiteral("nextVisit"), p.nextVisit->toString(Qt::ISODate));
    putText(object, "frequency", p.frequency);
    putText(object, "focus", p.focus);
    putText(object, "homeCare", p.homeCare);
    putText(object, "referrals", p.referrals);
    return object;
}

Plan planFrom(const QJsonObject &object)
{
    Plan p;
    const QDate next = QDate::fromString(textFrom(object, "nextVisit"), Qt::ISODate);
    if (next.isValid())
        p.nextVisit = next;
    p.frequency = textFrom(object, "frequency");
    p.focus = textFrom(object, "focus");
    p.homeCare = textFrom(object, "homeCare");
    p.referrals = textFrom(object, "referrals");
    return p;
}

QJsonObject markObject(const BodyMark &mark)
{
    QJsonObject object;
    object.insert(QStringLiteral("view"), BodyChartCatalog::viewKey(mark.view));
    object.insert(QStringLiteral("x"), mark.x);
    object.insert(QStringLiteral("y"), mark.y);
    object.insert(QStringLiteral("type"), BodyChartCatalog::markTypeKey(mark.type));
    object.insert(QStringLiteral("intensity"), mark.intensity);
    putText(object, "muscle", mark.muscle);
    putText(object, "side", BodyChartCatalog::sideKey(mark.side));
    putInt(object, "direction", mark.directionDegrees);
    if (mark.pressurePainThreshold)
        object.insert(QStringLiteral("ppt"), *mark.pressurePainThreshold);
    putText(object, "note", mark.note);
    return object;
}

BodyMark markFrom(const QJsonObject &object)
{
    BodyMark mark;
    mark.view = BodyChartCatalog::viewFromKey(textFrom(object, "view"))
                        .value_or(BodyView::HeadNeckBack);
    mark.x = doubleFrom(object, "x").value_or(0.5);
    mark.y = doubleFrom(object, "y").value_or(0.5);
    mark.type = BodyChartCatalog::markTypeFromKey(textFrom(object, "type"))
                        .value_or(MarkType::TriggerPoint);
    mark.intensity = intFrom(object, "intensity").value_or(5);
    mark.muscle = textFrom(object, "muscle");
    mark.side = BodyChartCatalog::sideFromKey(textFrom(object, "side"))
                        .value_or(BodySide::NotApplicable);
    mark.directionDegrees = intFrom(object, "direction");
    mark.pressurePainThreshold = doubleFrom(object, "ppt");
    mark.note = textFrom(object, "note");
    return mark;
}

} // namespace

QByteArray write(const NoteContent &content)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("subjective"), subjectiveObject(content.subjective));
    root.insert(QStringLiteral("objective"), objectiveObject(content.objective));
    root.insert(QStringLiteral("assessment"), assessmentObject(content.assessment));
    root.insert(QStringLiteral("plan"), planObject(content.plan));
    QJsonArray marks;
    for (const BodyMark &mark : content.marks)
        marks.append(markObject(mark));
    root.insert(QStringLiteral("marks"), marks);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<NoteContent> read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("A session note could not be read (%1). Run a check of "
                                        "the practice file and restore a backup if it is "
                                        "damaged.")
                                 .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const int format = root.value(QLatin1String("format")).toInt();
    if (format < 1 || format > Format)
        return makeError(ErrorCode::TooNew,
                         QStringLiteral("A session note was saved by a newer Stillpoint (format "
                                        "%1); update Stillpoint to read it.")
                                 .arg(format));
    NoteContent content;
    content.subjective = subjectiveFrom(objectFrom(root, "subjective"));
    content.objective = objectiveFrom(objectFrom(root, "objective"));
    content.assessment = assessmentFrom(objectFrom(root, "assessment"));
    content.plan = planFrom(objectFrom(root, "plan"));
    for (const QJsonValue &value : arrayFrom(root, "marks"))
        content.marks << markFrom(value.toObject());
    return content;
}

} // namespace stillpoint::core::NoteJson
