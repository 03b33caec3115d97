// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/notes/NoteFixture.h"

#include "core/demo/DemoIntakes.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NoteEditorWindows.h"

#include <QTest>
#include <QTimeZone>

#include <stdexcept>

namespace stillpoint::test {

namespace {

template<typename T>
T required(core::Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().message.toStdString());
    return std::move(result).value();
}

} // namespace

NoteFixture::NoteFixture(core::Role role)
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
    theo = required(setup.addTherapist(
            owner, core::Therapist{ 0, therapist.userId, QStringLiteral("Theo"), true, 0 }));
    room = required(setup.addRoom(owner, core::Room{ 0, QStringLiteral("Room 1"), {}, true, 0 }));
    core::AppointmentType type;
    type.name = QStringLiteral("Treatment 60 min");
    type.defaultMinutes = 60;
    treatment = required(setup.addType(owner, type));
}

qint64 NoteFixture::bookAndCheckIn(QTime time)
{
    core::BookingRequest request;
    request.clientId = ann.id;
    request.therapistId = theo.id;
    request.roomId = room.id;
    request.typeId = treatment.id;
    request.startUtc = QDateTime(clock.nowUtc().date(), time, QTimeZone::utc());
    request.acknowledgeWarnings = true; // no working hours are set up
    const core::Session desk = signIn(database.db(), core::Role::FrontDesk, clock);
    const core::BookingOutcome booked = required(appointments.book(desk, request));
    if (!booked.saved)
        throw std::runtime_error("the appointment was not booked");
    const core::Appointment arrived = required(
            appointments.checkIn(desk, booked.appointment.id, booked.appointment.rowVersion));
    return arrived.id;
}

void NoteFixture::raiseRedFlag()
{
    const QDate date(2026, 3, 3);
    core::Intake draft = required(intakes.startNew(therapist, ann.id, date));
    core::Intake filled = core::DemoIntakes::sample(5, ann.id, date);
    filled.id = draft.id;
    filled.version = draft.version;
    filled.rowVersion = draft.rowVersion;
    required(intakes.sign(therapist, required(intakes.saveDraft(therapist, filled))));
}

core::SessionNote NoteFixture::signNote(QDate date,
                                        const std::function<void(core::NoteContent &)> &edit)
{
    core::SessionNote note = required(notes.startForClient(therapist, ann.id, date, false));
    edit(note.content);
    note = required(notes.saveDraft(therapist, note));
    return required(notes.sign(therapist, note));
}

void NoteFixture::showPanel()
{
    panel.reset();
    panel = std::make_unique<ui::NotesPanel>(ui::NotesPanel::Services{
            database.db(), clients, intakes, practice, *session, prompter, files, printer, clock });
    panel->editors()->setAutosaveDelay(AutosaveMs);
    panel->resize(760, 560);
    panel->setClient(ann.id, ann.displayName());
    showAndWait(*panel);
}

ui::NoteEditor *NoteFixture::openEditor()
{
    const QList<ui::NoteEditor *> open = panel->editors()->editors();
    if (open.size() != 1)
        throw std::runtime_error("expected one note editor");
    ui::NoteEditor *editor = open.first();
    editor->resize(1240, 800);
    showAndWait(*editor);
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor))
        throw std::runtime_error("the note editor did not become active");
    return editor;
}

} // namespace stillpoint::test
