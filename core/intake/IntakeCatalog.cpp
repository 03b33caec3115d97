// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/intake/IntakeCatalog.h"

namespace stillpoint::core::IntakeCatalog {

const QList<ContraindicationItem> &contraindications()
{
    using G = ContraindicationGroup;
    static const QList<ContraindicationItem> items{
        { QStringLiteral("fever"), QStringLiteral("Fever"), G::DeferSession },
        { QStringLiteral("contagious-illness"), QStringLiteral("Acute contagious illness"),
          G::DeferSession },
        { QStringLiteral("dvt"), QStringLiteral("Suspected deep vein thrombosis"),
          G::DeferSession },
        { QStringLiteral("high-blood-pressure"),
          QStringLiteral("Severe or uncontrolled high blood pressure"), G::DeferSession },
        { QStringLiteral("intoxication"), QStringLiteral("Intoxication"), G::DeferSession },
        { QStringLiteral("chemotherapy"), QStringLiteral("Chemotherapy in the last 72 hours"),
          G::DeferSession },
        { QStringLiteral("open-wounds"), QStringLiteral("Open wounds"), G::AvoidArea },
        { QStringLiteral("recent-burns"), QStringLiteral("Recent burns"), G::AvoidArea },
        { QStringLiteral("varicose-veins"), QStringLiteral("Varicose veins"), G::AvoidArea },
        { QStringLiteral("recent-fracture"), QStringLiteral("Recent fracture"), G::AvoidArea },
        { QStringLiteral("tumour-site"), QStringLiteral("Tumour site"), G::AvoidArea },
        { QStringLiteral("acute-inflammation"), QStringLiteral("Acute inflammation"),
          G::AvoidArea },
        { QStringLiteral("recent-surgery"), QStringLiteral("Recent surgery site"), G::AvoidArea },
        { QStringLiteral("anticoagulants"),
          QStringLiteral("Anticoagulants or bleeding disorder (no vigorous deep work)"),
          G::Caution },
        { QStringLiteral("osteoporosis"), QStringLiteral("Osteoporosis"), G::Caution },
        { QStringLiteral("pregnancy"), QStringLiteral("Pregnancy"), G::Caution },
        { QStringLiteral("diabetes"), QStringLiteral("Diabetes"), G::Caution },
        { QStringLiteral("heart-disease"), QStringLiteral("Heart disease"), G::Caution },
        { QStringLiteral("cancer"), QStringLiteral("Cancer"), G::Caution },
    };
    return items;
}

QString groupLabel(ContraindicationGroup group)
{
    switch (group) {
    case ContraindicationGroup::DeferSession:
        return QStringLiteral("Defer the session");
    case ContraindicationGroup::AvoidArea:
        return QStringLiteral("Avoid the area");
    case ContraindicationGroup::Caution:
        return QStringLiteral("Caution or physician approval");
    }
    return {};
}

const ContraindicationItem *contraindication(const QString &key)
{
    for (const ContraindicationItem &item : contraindications()) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

const QList<CatalogEntry> &triggers()
{
    static const QList<CatalogEntry> entries{
        { QStringLiteral("stress"), QStringLiteral("Stress"), {} },
        { QStringLiteral("hormonal"), QStringLiteral("Hormonal changes / menstruation"), {} },
        { QStringLiteral("skipped-meals"), QStringLiteral("Skipped meals"), {} },
        { QStringLiteral("weather"), QStringLiteral("Weather or barometric change"), {} },
        { QStringLiteral("sleep"), QStringLiteral("Sleep disturbance or oversleeping"), {} },
        { QStringLiteral("odours"), QStringLiteral("Perfume and odours"), {} },
        { QStringLiteral("neck-pain"), QStringLiteral("Neck pain"),
          QStringLiteral("Often an early warning sign rather than a trigger") },
        { QStringLiteral("fatigue"), QStringLiteral("Fatigue"),
          QStringLiteral("Often an early warning sign rather than a trigger") },
        { QStringLiteral("light"), QStringLiteral("Bright or flickering light"), {} },
        { QStringLiteral("alcohol"), QStringLiteral("Alcohol (red wine)"), {} },
        { QStringLiteral("smoke"), QStringLiteral("Smoke"), {} },
        { QStringLiteral("heat"), QStringLiteral("Heat"), {} },
        { QStringLiteral("foods"),
          QStringLiteral("Specific foods (aged cheese, chocolate, cured meats, MSG, aspartame)"),
          {} },
        { QStringLiteral("caffeine"), QStringLiteral("Caffeine (too much or withdrawal)"), {} },
        { QStringLiteral("exercise"), QStringLiteral("Exercise"), {} },
        { QStringLiteral("dehydration"), QStringLiteral("Dehydration"), {} },
        { QStringLiteral("screens-posture"), QStringLiteral("Screens and posture"), {} },
        { QStringLiteral("let-down"), QStringLiteral("\"Let-down\" after stress"), {} },
    };
    return entries;
}

bool usuallyEarlyWarning(const QString &triggerKey)
{
    return triggerKey == QLatin1String("neck-pain") || triggerKey == QLatin1String("fatigue");
}

const QList<RedFlagItem> &redFlags()
{
    static const QList<RedFlagItem> items{
        { QStringLiteral("systemic"), QStringLiteral("S"), QStringLiteral("Systemic signs"),
          QStringLiteral("Fever, weight loss, cancer, immune suppression, pregnancy or just after "
                         "giving birth") },
        { QStringLiteral("neurological"), QStringLiteral("N"),
          QStringLiteral("Neurological symptoms or signs"),
          QStringLiteral("Weakness, numbness, confusion, aura lasting over an hour or unusual "
                         "aura") },
        { QStringLiteral("onset-after-50"), QStringLiteral("O"),
          QStringLiteral("Onset after age 50"),
          QStringLiteral("Headaches of this kind began after the age of 50") },
        { QStringLiteral("sudden-onset"), QStringLiteral("O"),
          QStringLiteral("Sudden onset (thunderclap)"),
          QStringLiteral("Reaches its worst within a minute") },
        { QStringLiteral("papilledema"), QStringLiteral("P"), QStringLiteral("Papilledema"),
          QStringLiteral("Swelling of the optic disc reported by a physician") },
        { QStringLiteral("positional"), QStringLiteral("P"), QStringLiteral("Positional"),
          QStringLiteral("Clearly worse lying down or standing up") },
        { QStringLiteral("precipitated"), QStringLiteral("P"),
          QStringLiteral("Precipitated by effort"),
          QStringLiteral("Brought on by coughing, sneezing, straining, exercise or sex") },
        { QStringLiteral("pattern-change"), QStringLiteral("P"),
          QStringLiteral("Pattern change or steadily worse"),
          QStringLiteral("A new kind of headache, or headaches getting steadily worse") },
        { QStringLiteral("head-neck-injury"), QString(),
          QStringLiteral("After a head or neck injury"),
          QStringLiteral("The headache started after a blow, fall or whiplash") },
    };
    return items;
}

const RedFlagItem *redFlag(const QString &key)
{
    for (const RedFlagItem &item : redFlags()) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

const QList<CatalogEntry> &headacheLocations()
{
    static const QList<CatalogEntry> entries{
        { QStringLiteral("one-side"), QStringLiteral("One side"), {} },
        { QStringLiteral("both-sides"), QStringLiteral("Both sides"), {} },
        { QStringLiteral("behind-eye"), QStringLiteral("Behind the eye"), {} },
        { QStringLiteral("back-of-head"), QStringLiteral("Back of the head"), {} },
        { QStringLiteral("temples"), QStringLiteral("Temples"), {} },
        { QStringLiteral("neck"), QStringLiteral("Neck"), {} },
    };
    return entries;
}

const QList<CatalogEntry> &headacheQualities()
{
    static const QList<CatalogEntry> entries{
        { QStringLiteral("pulsating"), QStringLiteral("Pulsating / throbbing"), {} },
        { QStringLiteral("pressing"), QStringLiteral("Pressing / tightening"), {} },
    };
    return entries;
}

const QList<CatalogEntry> &auraTypes()
{
    static const QList<CatalogEntry> entries{
        { QStringLiteral("visual"), QStringLiteral("Visual"), {} },
        { QStringLiteral("sensory"), QStringLiteral("Sensory"), {} },
        { QStringLiteral("speech"), QStringLiteral("Speech or language"), {} },
        { QStringLiteral("motor"), QStringLiteral("Motor (weakness)"), {} },
        { QStringLiteral("brainstem"), QStringLiteral("Brainstem"), {} },
        { QStringLiteral("retinal"), QStringLiteral("Retinal (one eye)"), {} },
    };
    return entries;
}

const QList<CatalogEntry> &reliefMeasures()
{
    static const QList<CatalogEntry> entries{
        { QStringLiteral("dark-room"), QStringLiteral("Dark room"), {} },
        { QStringLiteral("sleep"), QStringLiteral("Sleep"), {} },
        { QStringLiteral("cold-pack"), QStringLiteral("Cold pack"), {} },
        { QStringLiteral("neck-pressure"), QStringLiteral("Pressure on the neck"), {} },
        { QStringLiteral("massage"), QStringLiteral("Massage"), {} },
    };
    return entries;
}

QString label(const QList<CatalogEntry> &list, const QString &key)
{
    for (const CatalogEntry &entry : list) {
        if (entry.key == key)
            return entry.label;
    }
    return key;
}

QString answerLabel(Answer answer)
{
    switch (answer) {
    case Answer::Unknown:
        return QStringLiteral("Not answered");
    case Answer::No:
        return QStringLiteral("No");
    case Answer::Yes:
        return QStringLiteral("Yes");
    }
    return {};
}

QString pregnancyLabel(Pregnancy pregnancy)
{
    switch (pregnancy) {
    case Pregnancy::NotAsked:
        return QStringLiteral("Not answered");
    case Pregnancy::No:
        return QStringLiteral("Not pregnant");
    case Pregnancy::Yes:
        return QStringLiteral("Pregnant");
    }
    return {};
}

QString acuteKindLabel(AcuteMedicationKind kind)
{
    switch (kind) {
    case AcuteMedicationKind::Triptan:
        return QStringLiteral("Triptan");
    case AcuteMedicationKind::SimpleAnalgesic:
        return QStringLiteral("Simple analgesic");
    case AcuteMedicationKind::Combination:
        return QStringLiteral("Combination analgesic");
    case AcuteMedicationKind::Other:
        return QStringLiteral("Other");
    }
    return {};
}

QString triggerRoleLabel(TriggerRole role)
{
    return role == TriggerRole::Trigger ? QStringLiteral("Trigger")
                                        : QStringLiteral("Early warning sign");
}

QString certaintyLabel(Certainty certainty)
{
    switch (certainty) {
    case Certainty::Unsure:
        return QStringLiteral("Not sure");
    case Certainty::Probably:
        return QStringLiteral("Probably");
    case Certainty::Sure:
        return QStringLiteral("Sure");
    }
    return {};
}

} // namespace stillpoint::core::IntakeCatalog
