// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoPractice.h"

#include "core/demo/DemoDiaries.h"
#include "core/demo/DemoIntakes.h"
#include "core/demo/DemoNotes.h"
#include "core/demo/DemoSchedule.h"

#include "core/clients/ClientRepository.h"
#include "core/clients/SearchText.h"
#include "core/security/AuditTrail.h"
#include "core/security/Operation.h"
#include "core/security/PasswordHasher.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QRandomGenerator>
#include <QStringList>

namespace stillpoint::core {

namespace {

// Name pools mixing languages and accents so that search and sorting meet real-world text.
const QStringList &givenNames()
{
    static const QStringList names{
        QStringLiteral("Zoë"),     QStringLiteral("Chloé"),    QStringLiteral("José"),
        QStringLiteral("Björn"),   QStringLiteral("Łukasz"),   QStringLiteral("Renée"),
        QStringLiteral("Anaïs"),   QStringLiteral("Søren"),    QStringLiteral("Noémie"),
        QStringLiteral("Siobhán"), QStringLiteral("François"), QStringLiteral("Małgorzata"),
        QStringLiteral("Emma"),    QStringLiteral("Olivia"),   QStringLiteral("Liam"),
        QStringLiteral("Noah"),    QStringLiteral("Amelia"),   QStringLiteral("Sophia"),
        QStringLiteral("Mateo"),   QStringLiteral("Priya"),    QStringLiteral("Aarav"),
        QStringLiteral("Mei"),     QStringLiteral("Hiroshi"),  QStringLiteral("Fatima"),
        QStringLiteral("Omar"),    QStringLiteral("Ingrid"),   QStringLiteral("Lars"),
        QStringLiteral("Hannah"),  QStringLiteral("Grace"),    QStringLiteral("Daniel"),
        QStringLiteral("Sarah"),   QStringLiteral("Michael"),  QStringLiteral("Laura"),
        QStringLiteral("Rachel"),  QStringLiteral("Thomas"),   QStringLiteral("Jessica"),
        QStringLiteral("Ngozi"),   QStringLiteral("Kwame"),    QStringLiteral("Aoife"),
        QStringLiteral("Dmitri"),  QStringLiteral("Elena"),    QStringLiteral("Jürgen"),
        QStringLiteral("Inés"),    QStringLiteral("Tomás"),    QStringLiteral("Gabriel"),
        QStringLiteral("Leah"),    QStringLiteral("Nadia"),    QStringLiteral("Yusuf"),
        QStringLiteral("Camille"), QStringLiteral("Maëlle"),   QStringLiteral("Håkon"),
        QStringLiteral("Ana"),     QStringLiteral("Julia"),    QStringLiteral("Marcus"),
    };
    return names;
}

const QStringList &familyNames()
{
    static const QStringList names{
        QStringLiteral("Martin"),     QStringLiteral("Müller"),    QStringLiteral("García"),
        QStringLiteral("Núñez"),      QStringLiteral("O'Brien"),   QStringLiteral("Dubois"),
        QStringLiteral("Østergaard"), QStringLiteral("Kowalski"),  QStringLiteral("Nguyễn"),
        QStringLiteral("Côté"),       QStringLiteral("Smith"),     QStringLiteral("Johnson"),
        QStringLiteral("Williams"),   QStringLiteral("Brown"),     QStringLiteral("Jones"),
        QStringLiteral("Miller"),     QStringLiteral("Davis"),     QStringLiteral("Wilson"),
        QStringLiteral("Anderson"),   QStringLiteral("Taylor"),    QStringLiteral("Thomas"),
        QStringLiteral("Moore"),      QStringLiteral("Jackson"),   QStringLiteral("White"),
        QStringLiteral("Harris"),     QStringLiteral("Clark"),     QStringLiteral("Lewis"),
        QStringLiteral("Robinson"),   QStringLiteral("Walker"),    QStringLiteral("Young"),
        QStringLiteral("Patel"),      QStringLiteral("Singh"),     QStringLiteral("Khan"),
        QStringLiteral("Tanaka"),     QStringLiteral("Suzuki"),    QStringLiteral("Chen"),
        QStringLiteral("Wang"),       QStringLiteral("Okafor"),    QStringLiteral("Mensah"),
        QStringLiteral("Ivanova"),    QStringLiteral("Schröder"),  QStringLiteral("Lindqvist"),
        QStringLiteral("Fernández"),  QStringLiteral("Gonçalves"), QStringLiteral("Lefèvre"),
        QStringLiteral("Brontë"),     QStringLiteral("Kelly"),     QStringLiteral("Murphy"),
        QStringLiteral("Haddad"),     QStringLiteral("Rossi"),     QStringLiteral("Bianchi"),
        QStringLiteral("Novák"),      QStringLiteral("Horváth"),   QStringLiteral("Andersen"),
        QStringLiteral("Fischer"),    QStringLiteral("Weiß"),      QStringLiteral("Ramírez"),
        QStringLiteral("Duarte"),     QStringLiteral("Sato"),      QStringLiteral("Kim"),
    };
    return names;
}

const QStringList &streets()
{
    static const QStringList names{
        QStringLiteral("Maple Avenue"),  QStringLiteral("Oak Street"),
        QStringLiteral("Elm Road"),      QStringLiteral("Birch Lane"),
        QStringLiteral("Cedar Court"),   QStringLiteral("Willow Way"),
        QStringLiteral("Harbour Road"),  QStringLiteral("Station Street"),
        QStringLiteral("Mill Lane"),     QStringLiteral("Orchard Close"),
        QStringLiteral("Rue des Lilas"), QStringLiteral("Park Terrace"),
    };
    return names;
}

struct Town
{
    QString city;
    QString region;
    QString areaCode;
};

const QList<Town> &towns()
{
    static const QList<Town> list{
        { QStringLiteral("Springfield"), QStringLiteral("OR"), QStringLiteral("541") },
        { QStringLiteral("Riverton"), QStringLiteral("OR"), QStringLiteral("503") },
        { QStringLiteral("Lakeside"), QStringLiteral("WA"), QStringLiteral("360") },
        { QStringLiteral("Fairview"), QStringLiteral("OR"), QStringLiteral("458") },
        { QStringLiteral("Greenwood"), QStringLiteral("WA"), QStringLiteral("509") },
        { QStringLiteral("Milton"), QStringLiteral("OR"), QStringLiteral("971") },
    };
    return list;
}

const QStringList &frontDeskAlerts()
{
    static const QStringList texts{
        QStringLiteral("Needs a ground-floor room"),
        QStringLiteral("Prefers afternoon appointments"),
        QStringLiteral("Scent-free room, please"),
        QStringLiteral("Hard of hearing: speak clearly at check-in"),
        QStringLiteral("Pays by insurance: check the card at each visit"),
    };
    return texts;
}

const QStringList &relations()
{
    static const QStringList texts{ QStringLiteral("Partner"), QStringLiteral("Spouse"),
                                    QStringLiteral("Parent"),  QStringLiteral("Sibling"),
                                    QStringLiteral("Friend"),  QStringLiteral("Daughter"),
                                    QStringLiteral("Son") };
    return texts;
}

template<typename List>
const auto &pick(QRandomGenerator &random, const List &list)
{
    return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
}

bool chance(QRandomGenerator &random, int percent)
{
    return random.bounded(100U) < static_cast<quint32>(percent);
}

QString phone(QRandomGenerator &random, const QString &areaCode)
{
    return QStringLiteral("(%1) 555-%2")
            .arg(areaCode)
            .arg(random.bounded(10000U), 4, 10, QLatin1Char('0'));
}

QString emailLocalPart(const QString &given, const QString &family)
{
    QString local;
    for (const QChar c : SearchText::fold(given + QLatin1Char('.') + family)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.')
            || c.isDigit())
            local += c;
    }
    return local;
}

} // namespace

QList<Client> DemoPractice::makeClients(int count, const QDate &today, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Client> clients;
    clients.reserve(count);
    const QStringList domains{ QStringLiteral("example.org"), QStringLiteral("example.net"),
                               QStringLiteral("example.com") };
    const QStringList pronouns{ QStringLiteral("she/her"), QStringLiteral("he/him"),
                                QStringLiteral("they/them") };
    for (int i = 0; i < count; ++i) {
        Client c;
        c.givenName = pick(random, givenNames());
        c.familyName = pick(random, familyNames());
        if (chance(random, 8))
            c.preferredName = c.givenName.left(3);
        if (chance(random, 35))
            c.pronouns = pick(random, pronouns);
        const int ageDays = 18 * 365 + static_cast<int>(random.bounded(65U * 365U));
        c.dateOfBirth = today.addDays(-ageDays);
        const Town &town = pick(random, towns());
        c.mobilePhone = phone(random, town.areaCode);
        if (chance(random, 25))
            c.homePhone = phone(random, town.areaCode);
        if (chance(random, 85))
            c.email = emailLocalPart(c.givenName, c.familyName) + QString::number(i + 1)
                    + QLatin1Char('@') + pick(random, domains);
        c.address.line1 =
                QStringLiteral("%1 %2").arg(1 + random.bounded(998U)).arg(pick(random, streets()));
        c.address.city = town.city;
        c.address.region = town.region;
        c.address.postalCode =
                QStringLiteral("9%1").arg(random.bounded(10000U), 4, 10, QLatin1Char('0'));
        c.address.country = QStringLiteral("USA");
        c.emergencyContact.name = pick(random, givenNames()) + QLatin1Char(' ') + c.familyName;
        c.emergencyContact.relation = pick(random, relations());
        c.emergencyContact.phone = phone(random, town.areaCode);
        if (chance(random, 70)) {
            c.physician.name = QStringLiteral("Dr. ") + pick(random, familyNames());
            c.physician.practice = town.city + QStringLiteral(" Family Practice");
            c.physician.phone = phone(random, town.areaCode);
        }
        c.consent.phone = chance(random, 80);
        c.consent.sms = chance(random, 60);
        c.consent.email = !c.email.isEmpty() && chance(random, 70);
        if (chance(random, 10))
            c.alerts << ClientAlert{ 0, pick(random, frontDeskAlerts()), true };
        if (chance(random, 10))
            c.frontDeskNotes = QStringLiteral("Referred by a friend. Prefers text reminders.");
        c.archived = chance(random, 8);
        clients << c;
    }
    return clients;
}

Result<bool> DemoPractice::ensureDemoUsers(Database &database, const Clock &clock)
{
    UserRepository users(database);
    auto count = users.count();
    if (!count)
        return count.error();
    if (count.value() > 0)
        return false;
    Transaction transaction(database);
    if (!transaction.status())
        return transaction.status().error();
    const QDateTime now = clock.nowUtc();
    const QList<std::pair<Role, QString>> accounts{
        { Role::Owner, QStringLiteral("Olivia Owner (demo)") },
        { Role::Therapist, QStringLiteral("Theo Therapist (demo)") },
        { Role::FrontDesk, QStringLiteral("Frankie Front Desk (demo)") },
    };
    for (const auto &[role, displayName] : accounts) {
        UserAccount account;
        account.username = Roles::key(role);
        account.displayName = displayName;
        account.role = role;
        // Each account gets its own salt, though the demo password is shared.
        auto own = PasswordHasher::hash(QString::fromLatin1(DemoPassword));
        if (!own)
            return own.error();
        if (auto id = users.insert(account, own.value(), now); !id)
            return id.error();
    }
    for (const auto &[key, value] :
         { std::pair{ QStringLiteral("practice.name"), QStringLiteral("Stillpoint Demo Practice") },
           std::pair{ QStringLiteral("practice.timeZone"),
                      QStringLiteral("America/Los_Angeles") } }) {
        if (Status status = users.setSetting(key, value); !status)
            return status.error();
    }
    AuditEvent init;
    init.operation = QStringLiteral("practice.init");
    init.username = QStringLiteral("demo");
    init.detail = QStringLiteral("demo practice with demo users");
    if (Status status = AuditTrail(database, clock).record(transaction, init); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return true;
}

Result<int> DemoPractice::populate(Database &database, int count, const Clock &clock, quint32 seed)
{
    if (count <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The number of demo clients must be at least 1."));
    ClientRepository repository(database, clock);
    // Made-up clients entering a practice file is worth a line in the audit trail.
    const auto audit = [&database, &clock, count](const Transaction &transaction, qint64) {
        AuditEvent added;
        added.operation = Operations::key(Operation::DemoCreate);
        added.username = QStringLiteral("demo");
        added.detail = QStringLiteral("%1 demo clients").arg(count);
        return AuditTrail(database, clock).record(transaction, added);
    };
    auto added = repository.createMany(makeClients(count, clock.today(), seed), audit);
    if (!added)
        return added;
    if (auto intakes = DemoIntakes::populate(database, clock, seed); !intakes)
        return intakes.error();
    if (auto schedule = DemoSchedule::populate(database, clock, seed); !schedule)
        return schedule.error();
    // Notes are written for the schedule's completed visits.
    if (auto notes = DemoNotes::populate(database, clock, seed); !notes)
        return notes.error();
    // Diaries start from each client's first session, so they come after the schedule.
    if (auto diaries = DemoDiaries::populate(database, clock, seed); !diaries)
        return diaries.error();
    return added;
}

} // namespace stillpoint::core
