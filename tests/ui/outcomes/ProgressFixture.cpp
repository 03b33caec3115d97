// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/outcomes/ProgressFixture.h"

#include "ui/security/CurrentSession.h"

#include <QSet>

#include <stdexcept>

namespace stillpoint::test {

ProgressFixture::ProgressFixture(core::Role role)
{
    owner = signIn(database.db(), core::Role::Owner, clock);
    therapist = signIn(database.db(), core::Role::Therapist, clock);
    user = role == core::Role::Therapist ? therapist
            : role == core::Role::Owner  ? owner
                                         : signIn(database.db(), role, clock);
    session = currentSession(user);
    if (!practice.setPracticeName(owner, QStringLiteral("Calm Hands Massage")))
        throw std::runtime_error("could not name the practice");
    ann = addClient(database.db(),
                    makeClient(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1984, 4, 2)));
}

void ProgressFixture::addDay(const QDate &date, bool headache, std::optional<int> intensity,
                             const QStringList &triggers,
                             const QList<core::DiaryMedication> &medications,
                             std::optional<QTime> start, std::optional<QTime> end)
{
    core::DiaryEntry entry;
    entry.clientId = ann.id;
    entry.date = date;
    entry.headache = headache;
    entry.peakIntensity = intensity;
    entry.triggers = triggers;
    entry.medications = medications;
    entry.start = start;
    entry.end = end;
    const auto added = diary.add(therapist, entry);
    if (!added)
        throw std::runtime_error(added.error().message.toStdString());
}

void ProgressFixture::fillHeadacheFree(const QDate &from, const QDate &to)
{
    const auto stored = diary.entries(therapist, ann.id, from, to);
    if (!stored)
        throw std::runtime_error(stored.error().message.toStdString());
    QSet<QDate> recorded;
    for (const core::DiaryEntry &entry : stored.value())
        recorded.insert(entry.date);
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        if (!recorded.contains(date))
            addDay(date, false);
    }
}

void ProgressFixture::showPanel()
{
    panel.reset();
    panel = std::make_unique<ui::ProgressPanel>(ui::ProgressPanel::Services{
            database.db(), intakes, practice, *session, prompter, files, printer, clock });
    panel->resize(1100, 800);
    panel->setClient(ann.id, ann.displayName());
    showAndWait(*panel);
}

} // namespace stillpoint::test
