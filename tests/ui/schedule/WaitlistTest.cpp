// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's waitlist window: adding through its dialog, removing, expired entries, booking.
#include "tests/support/QtStringMakers.h"
#include "tests/ui/schedule/ScheduleFixture.h"
#include "ui/schedule/BookingDialog.h"
#include "ui/schedule/SchedulePanel.h"
#include "ui/schedule/WaitlistDialog.h"
#include "ui/schedule/WaitlistEntryDialog.h"

#include "core/schedule/WaitlistService.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace stillpoint;
using test::ScheduleFixture;
using ui::WaitlistDialog;

namespace {

ui::WaitlistDialog *openWaitlist(ScheduleFixture &f)
{
    f.panel()->waitlistAction()->trigger();
    ui::WaitlistDialog *dialog = f.panel()->waitlistDialog();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    return dialog;
}

QString cell(const ui::WaitlistDialog *dialog, int row, int column)
{
    return dialog->list()->topLevelItem(row)->text(column);
}

void selectRow(ui::WaitlistDialog *dialog, int row)
{
    QTreeWidget *list = dialog->list();
    const QRect rect = list->visualItemRect(list->topLevelItem(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

core::WaitlistItem addThroughCore(ScheduleFixture &f, qint64 clientId, const QDate &addedOn,
                                  const QDate &expiresOn)
{
    core::WaitlistService waitlist(f.w.database.db(), f.w.clock);
    core::WaitlistEntry entry;
    entry.clientId = clientId;
    entry.typeId = f.treatment60.id;
    entry.addedOn = addedOn;
    entry.expiresOn = expiresOn;
    const auto added = waitlist.add(f.desk, entry);
    REQUIRE(added.ok());
    return added.value();
}

} // namespace

TEST_CASE("adding to the waitlist through its dialog lists the entry and stores it in core",
          "[ui][schedule][waitlist]")
{
    ScheduleFixture f;
    f.open();
    ui::WaitlistDialog *window = openWaitlist(f);
    CHECK(window->list()->topLevelItemCount() == 0);
    CHECK(window->countLabel()->text() == QStringLiteral("0 clients waiting"));

    QTest::mouseClick(window->addButton(), Qt::LeftButton);
    ui::WaitlistEntryDialog *dialog = window->entryDialog();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    CHECK_FALSE(dialog->saveButton()->isEnabled()); // no client yet
    test::type(dialog->clientSearchEdit(), QStringLiteral("Okafor"));
    REQUIRE(test::waitUntil([dialog] { return dialog->clientResults()->count() == 1; }));
    QTest::keyClick(dialog->clientSearchEdit(), Qt::Key_Return);
    dialog->therapistCombo()->setCurrentIndex(dialog->therapistCombo()->findData(f.anna.id));
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(f.followUp30.id));
    // Weekdays are ticked to start with; Jamal cannot come on Fridays, and only in the morning.
    CHECK(dialog->weekdayCheck(Qt::Monday)->isChecked());
    CHECK_FALSE(dialog->weekdayCheck(Qt::Saturday)->isChecked());
    QTest::mouseClick(dialog->weekdayCheck(Qt::Friday), Qt::LeftButton);
    dialog->partCheck(core::PartOfDay::Afternoon)->setChecked(false);
    dialog->partCheck(core::PartOfDay::Evening)->setChecked(false);
    CHECK(dialog->expiresCheck()->isChecked());
    dialog->expiryEdit()->setDate(f.today.addDays(30));
    QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Call on his mobile"));
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);

    REQUIRE(window->list()->topLevelItemCount() == 1);
    CHECK(cell(window, 0, WaitlistDialog::ClientColumn) == QStringLiteral("Jamal Okafor"));
    CHECK(cell(window, 0, WaitlistDialog::TherapistColumn) == QStringLiteral("Anna"));
    CHECK(cell(window, 0, WaitlistDialog::TypeColumn) == QStringLiteral("Follow-up 30 min"));
    CHECK(cell(window, 0, WaitlistDialog::DaysColumn) == QStringLiteral("Mon, Tue, Wed, Thu"));
    CHECK(cell(window, 0, WaitlistDialog::PartsColumn) == QStringLiteral("Morning"));
    CHECK(cell(window, 0, WaitlistDialog::NotesColumn) == QStringLiteral("Call on his mobile"));
    CHECK(cell(window, 0, WaitlistDialog::StatusColumn) == QStringLiteral("Waiting"));

    core::WaitlistService waitlist(f.w.database.db(), f.w.clock);
    const auto stored = waitlist.list(f.desk);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    const core::WaitlistEntry &entry = stored->constFirst().entry;
    CHECK(entry.clientId == f.jamal.id);
    CHECK(entry.therapistId == f.anna.id);
    CHECK(entry.typeId == f.followUp30.id);
    CHECK(entry.weekdays == 0x0f);
    CHECK(entry.partsOfDay == int(core::PartOfDay::Morning));
    CHECK(entry.expiresOn == f.today.addDays(30));
    CHECK(entry.addedOn == f.today);
    CHECK(entry.notes == QStringLiteral("Call on his mobile"));
    CHECK(entry.status == core::WaitlistStatus::Open);
}

TEST_CASE("removing a waitlist entry closes it and an expired entry is marked",
          "[ui][schedule][waitlist]")
{
    ScheduleFixture f;
    const core::WaitlistItem expired =
            addThroughCore(f, f.ines.id, f.today.addDays(-40), f.today.addDays(-2));
    const core::WaitlistItem waiting = addThroughCore(f, f.jamal.id, f.today.addDays(-3), {});
    f.open();
    ui::WaitlistDialog *window = openWaitlist(f);
    REQUIRE(window->list()->topLevelItemCount() == 2); // oldest first
    CHECK(cell(window, 0, WaitlistDialog::ClientColumn) == QStringLiteral("Inés Duarte"));
    CHECK(cell(window, 0, WaitlistDialog::StatusColumn).contains(QStringLiteral("Expired")));
    CHECK(window->list()->topLevelItem(0)->font(WaitlistDialog::StatusColumn).bold());
    CHECK(cell(window, 1, WaitlistDialog::StatusColumn) == QStringLiteral("Waiting"));
    CHECK(cell(window, 1, WaitlistDialog::ExpiresColumn) == QStringLiteral("Never"));
    CHECK(window->countLabel()->text().contains(QStringLiteral("1 expired")));

    // An expired entry cannot be booked from here but can be removed.
    selectRow(window, 0);
    CHECK_FALSE(window->bookButton()->isEnabled());
    REQUIRE(window->removeButton()->isEnabled());
    f.w.prompter.enqueue(ui::Prompter::Choice::Yes);
    QTest::mouseClick(window->removeButton(), Qt::LeftButton);

    core::WaitlistService waitlist(f.w.database.db(), f.w.clock);
    const auto open = waitlist.list(f.desk);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->constFirst().entry.id == waiting.entry.id);
    const auto everything = waitlist.list(f.desk, true);
    REQUIRE(everything.ok());
    for (const core::WaitlistItem &item : everything.value())
        if (item.entry.id == expired.entry.id)
            CHECK(item.entry.status == core::WaitlistStatus::Removed);
    REQUIRE(window->list()->topLevelItemCount() == 1);

    // Closed entries are listed on request, greyed with their status.
    window->showClosedCheck()->setChecked(true);
    REQUIRE(window->list()->topLevelItemCount() == 2);
    CHECK(cell(window, 0, WaitlistDialog::StatusColumn) == QStringLiteral("Removed"));
    CHECK(f.w.prompter.asked().size() == 1);
    CHECK(f.w.prompter.unexpectedPrompts() == 0);
}

TEST_CASE("booking from the waitlist prefills the booking and closes the entry as booked",
          "[ui][schedule][waitlist]")
{
    ScheduleFixture f;
    const core::WaitlistItem waiting = addThroughCore(f, f.jamal.id, f.today.addDays(-3), {});
    f.open();
    ui::WaitlistDialog *window = openWaitlist(f);
    selectRow(window, 0);
    REQUIRE(window->bookButton()->isEnabled());
    QTest::mouseClick(window->bookButton(), Qt::LeftButton);
    ui::BookingDialog *booking = f.panel()->bookingDialog();
    REQUIRE(booking);
    CHECK(booking->clientId() == f.jamal.id);
    CHECK(booking->typeCombo()->currentData().toLongLong() == f.treatment60.id);
    booking->dateEdit()->setDate(f.today.addDays(1));
    booking->startEdit()->setTime(QTime(14, 0));
    booking->therapistCombo()->setCurrentIndex(booking->therapistCombo()->findData(f.theo.id));
    QTest::mouseClick(booking->bookButton(), Qt::LeftButton);
    REQUIRE(booking->result() == QDialog::Accepted);

    core::WaitlistService waitlist(f.w.database.db(), f.w.clock);
    const auto everything = waitlist.list(f.desk, true);
    REQUIRE(everything.ok());
    REQUIRE(everything->size() == 1);
    CHECK(everything->constFirst().entry.status == core::WaitlistStatus::Booked);
    CHECK(f.appointments.clientAppointments(f.desk, f.jamal.id)->size() == 1);
    CHECK(window->list()->topLevelItemCount() == 0);
}

TEST_CASE("the schedule menu offers the series and the waitlist with their shortcuts",
          "[ui][schedule][waitlist]")
{
    ScheduleFixture f;
    f.open();
    QAction *series = f.w.action("bookSeriesAction");
    QAction *waitlist = f.w.action("waitlistAction");
    REQUIRE(series);
    REQUIRE(waitlist);
    CHECK(series->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    CHECK(waitlist->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    CHECK(series->isEnabled());
    CHECK(waitlist->isEnabled());
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(test::waitUntil([&f] { return f.panel()->waitlistDialog() != nullptr; }));
}
