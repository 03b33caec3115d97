// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/Intake.h"

#include <QList>
#include <QString>

namespace stillpoint::core {

// The three groups of contraindications (DOMAIN.md "Intake").
enum class ContraindicationGroup {
    DeferSession, // defer the whole session
    AvoidArea, // local: avoid the area
    Caution, // caution or physician approval
};

struct CatalogEntry
{
    QString key; // stable, stored
    QString label; // shown
    QString hint; // longer explanation for tooltips and printouts; may be empty
};

struct ContraindicationItem
{
    QString key;
    QString label;
    ContraindicationGroup group = ContraindicationGroup::DeferSession;
};

struct RedFlagItem
{
    QString key;
    QString letter; // the SNOOP4 letter ("S", "N", "O", "P"), empty for head or neck injury
    QString label; // short question
    QString hint; // what counts
};

// The fixed lists an intake offers: the keys stored in Intake and the words shown for them.
// Order is the order shown on screen and on paper.
namespace IntakeCatalog {

const QList<ContraindicationItem> &contraindications();
QString groupLabel(ContraindicationGroup group);
// The item for a key, or nullptr.
const ContraindicationItem *contraindication(const QString &key);

// The literature's most-reported triggers (Kelman 2007) plus neck pain and fatigue, which are
// often early warning signs rather than triggers (Marmura 2018).
const QList<CatalogEntry> &triggers();
// Whether this key is usually an early warning sign rather than a trigger (neck pain, fatigue):
// the form suggests that role when it is ticked.
bool usuallyEarlyWarning(const QString &triggerKey);

// SNOOP4 (CMAJ 2023) plus a headache after head or neck injury.
const QList<RedFlagItem> &redFlags();
const RedFlagItem *redFlag(const QString &key);

const QList<CatalogEntry> &headacheLocations();
const QList<CatalogEntry> &headacheQualities();
const QList<CatalogEntry> &auraTypes();
const QList<CatalogEntry> &reliefMeasures(); // "what helps"

// Label for a key in one of the lists above; the key itself when unknown.
QString label(const QList<CatalogEntry> &list, const QString &key);

QString answerLabel(Answer answer); // "Not answered", "No", "Yes"
QString pregnancyLabel(Pregnancy pregnancy);
QString acuteKindLabel(AcuteMedicationKind kind); // "Triptan", "Simple analgesic" …
QString triggerRoleLabel(TriggerRole role); // "Trigger", "Early warning sign"
QString certaintyLabel(Certainty certainty); // "Not sure", "Probably", "Sure"

} // namespace IntakeCatalog

} // namespace stillpoint::core
