// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of booking a recurring series (its occurrences with one that collides) and of the
// waitlist window, on the demo practice, for the README. Hidden: run on purpose with
// STILLPOINT_SCREENSHOT_DIR=resources/screenshots as ui_tests "[screenshots]" (offscreen or under
// xvfb-run).

#include "core/clients/ClientService.h"
#include "core/demo/DemoPractice.h"
#include "core/schedule/AppointmentService.h"
#include "core/schedule/ScheduleSetupService.h"
#include "core/schedule/SeriesService.h"
#include "core/schedule/WaitlistService.h"
#include "tests/ui/WindowFixture.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/ChangeDialog.h"
#include "ui/schedule/SchedulePanel.h"
#include "ui/schedule/SeriesBox.h"
#include "ui/schedule/WaitlistDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace stillpoint;

namespace {

bool save(QWidget &widget, const QString &path)
{
    QTest::qWait(500);
    return widget.grab().save(path);
}

} // namespace

TEST_CASE("pictures of a series with a conflict and of the waitlist", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("STILLPOINT_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        SUCCEED("STILLPOINT_SCREENSHOT_DIR is not set: no pictures");
        return;
    }
    const QDir out(folder);
    test::WindowFixture f;
    // The demo users first: the demo schedule is only made for a practice with clinicians.
    const core::Session desk = test::signIn(f.database.db(), core::Role::FrontDesk, f.clock);
    REQUIRE(core::DemoPractice::populate(f.database.db(), 60, f.clock).ok());
    core::AppointmentService appointments(f.database.db(), f.clock);
    core::SeriesService series(f.database.db(), f.clock);
    core::ScheduleSetupService setup(f.database.db(), f.clock);
    core::ClientService clients(f.database.db(), f.clock);

    // A weekly series of six that collides exactly once: a time free for six weeks for a
    // therapist and a room, then another client booked into its third week.
    const auto therapists = setup.therapists(desk);
    const auto rooms = setup.rooms(desk);
    const auto types = setup.types(desk);
    REQUIRE(therapists.ok());
    REQUIRE(rooms.ok());
    REQUIRE(types.ok());
    REQUIRE(!types->isEmpty());
    core::ClientQuery everyone;
    everyone.limit = 50;
    const auto people = clients.search(desk, everyone);
    REQUIRE(people.ok());
    REQUIRE(people->size() > 12);
    QList<std::pair<core::Therapist, core::Room>> pairs;
    for (const core::Therapist &therapist : therapists.value())
        for (const core::Room &room : rooms.value())
            pairs.append({ therapist, room });
    std::optional<core::SeriesRequest> chosen;
    const QDate monday = f.clock.today().addDays(15 - f.clock.today().dayOfWeek());
    for (int day = 0; day < 5 && !chosen; ++day) {
        for (int hour = 10; hour <= 15 && !chosen; ++hour) {
            for (const auto &[therapist, room] : pairs) {
                core::SeriesRequest request;
                request.clientId = people->at(3).id;
                request.therapistId = therapist.id;
                request.roomId = room.id;
                request.typeId = types->constFirst().id;
                request.rule.firstDate = monday.addDays(day);
                request.rule.localTime = QTime(hour, 0);
                request.rule.count = 6;
                const auto previewed = series.preview(desk, request);
                if (previewed.ok() && previewed->conflicting() == 0
                    && previewed->withWarnings() == 0) {
                    chosen = request;
                    break;
                }
            }
        }
    }
    REQUIRE(chosen);
    core::BookingRequest blocker;
    blocker.clientId = people->at(7).id;
    blocker.therapistId = chosen->therapistId;
    blocker.roomId = chosen->roomId;
    blocker.typeId = chosen->typeId;
    blocker.startUtc = series.preview(desk, *chosen)->occurrences.at(2).startUtc.addSecs(30 * 60);
    blocker.acknowledgeWarnings = true;
    const auto blocked = appointments.book(desk, blocker);
    REQUIRE(blocked.ok());
    REQUIRE(blocked->saved);

    // An entry that expired last week, to show how it is marked.
    core::WaitlistService waitlist(f.database.db(), f.clock);
    core::WaitlistEntry expired;
    expired.clientId = people->at(10).id;
    expired.typeId = chosen->typeId;
    expired.weekdays = core::WaitlistEntry::weekdayBit(Qt::Thursday);
    expired.partsOfDay = int(core::PartOfDay::Evening);
    expired.notes = QStringLiteral("Only while on leave from work");
    expired.addedOn = f.clock.today().addDays(-60);
    expired.expiresOn = f.clock.today().addDays(-6);
    REQUIRE(waitlist.add(desk, expired).ok());

    f.open(core::Role::FrontDesk);
    f.window->resize(1280, 800);
    f.window->showScheduleArea();
    ui::SchedulePanel *panel = f.window->schedulePanel();
    REQUIRE(test::waitUntil([panel] { return panel->isVisible(); }));

    ui::BookingDraft draft{ chosen->rule.firstDate,
                            chosen->rule.localTime.hour() * 60 + chosen->rule.localTime.minute(),
                            0,
                            chosen->therapistId,
                            chosen->roomId,
                            chosen->clientId,
                            chosen->typeId,
                            true };
    ui::BookingDialog *dialog = panel->book(draft);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->seriesBox()->countSpin()->setValue(6);
    REQUIRE(dialog->seriesBox()->previewList()->topLevelItemCount() == 6);
    REQUIRE(save(*dialog, out.filePath(QStringLiteral("schedule-series.png"))));
    // Booked without the one that collides, then "this and following" moved an hour later.
    QTest::mouseClick(dialog->bookFreeButton(), Qt::LeftButton);
    REQUIRE(dialog->bookedSeries());
    REQUIRE(dialog->bookedSeries()->written.size() == 5);
    ui::ChangeDialog *change = panel->changeAppointment(dialog->bookedSeries()->written.at(1).id);
    REQUIRE(change);
    REQUIRE(QTest::qWaitForWindowExposed(change));
    change->setScope(core::SeriesScope::ThisAndFollowing);
    change->startEdit()->setTime(chosen->rule.localTime.addSecs(3600));
    REQUIRE(save(*change, out.filePath(QStringLiteral("schedule-series-change.png"))));
    change->reject();

    panel->waitlistAction()->trigger();
    ui::WaitlistDialog *window = panel->waitlistDialog();
    REQUIRE(window);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->list()->setCurrentItem(window->list()->topLevelItem(1));
    REQUIRE(save(*window, out.filePath(QStringLiteral("waitlist.png"))));
}
