// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's body-chart legend: names and colours of the mark types, saved in the practice file
// and used by the legend, the mark editor and the printed note.

#include "ui/notes/ChartLegendDialog.h"
#include "core/notes/NoteDocument.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/notes/NoteFixture.h"
#include "ui/notes/BodyChartLegend.h"
#include "ui/notes/BodyMarkEditor.h"
#include "ui/notes/MarkSymbol.h"
#include "ui/notes/NotesPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace stillpoint;

namespace {

// Puts the defaults back for the tests that follow, whatever happened here.
struct DefaultLegendAfterwards
{
    ~DefaultLegendAfterwards() { ui::MarkSymbol::setLegend(core::ChartLegend::defaults()); }
};

} // namespace

TEST_CASE("the owner renames and recolours a mark type and charts opened afterwards use it",
          "[notes][legend]")
{
    DefaultLegendAfterwards reset;
    test::NoteFixture f(core::Role::Owner);
    f.showPanel();
    REQUIRE(f.panel->legendAction()->isVisible());
    REQUIRE(f.panel->legendAction()->isEnabled());

    auto *dialog = qobject_cast<ui::ChartLegendDialog *>(f.panel->editLegend());
    REQUIRE(dialog != nullptr);
    QLineEdit *name = dialog->labelEdit(core::MarkType::Hypertonicity);
    CHECK(name->text() == QStringLiteral("Hypertonicity / spasm"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Spasm"));
    dialog->setColour(core::MarkType::Hypertonicity, QColor(0x11, 0x22, 0x33));
    // A picture for the README when asked for (STILLPOINT_SCREENSHOT_DIR).
    if (const QString folder = qEnvironmentVariable("STILLPOINT_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(dialog->grab().save(QDir(folder).filePath(QStringLiteral("chart-legend.png"))));
    REQUIRE(dialog->save());

    // Stored in the practice file, with the other types unchanged.
    const core::ChartLegend stored = f.practice.bodyChartLegend().value();
    CHECK(stored.label(core::MarkType::Hypertonicity) == QStringLiteral("Spasm"));
    CHECK(stored.colour(core::MarkType::Hypertonicity) == QStringLiteral("#112233"));
    CHECK(stored.label(core::MarkType::Pain) == QStringLiteral("Pain"));

    // The legend and the mark editor built now name and paint it so.
    CHECK(ui::MarkSymbol::colour(core::MarkType::Hypertonicity) == QColor(0x11, 0x22, 0x33));
    ui::BodyChartLegend legend;
    CHECK(legend.button(core::MarkType::Hypertonicity)->text() == QStringLiteral("Spasm"));
    ui::BodyMarkEditor editor;
    auto *types = editor.findChild<QComboBox *>(QStringLiteral("markTypeComboBox"));
    REQUIRE(types != nullptr);
    CHECK(types->findText(QStringLiteral("Spasm")) >= 0);
    CHECK(types->findText(QStringLiteral("Hypertonicity / spasm")) < 0);

    // A new panel (the next start of the app) reads it from the file again.
    ui::MarkSymbol::setLegend(core::ChartLegend::defaults());
    f.showPanel();
    CHECK(ui::MarkSymbol::label(core::MarkType::Hypertonicity) == QStringLiteral("Spasm"));

    // The printed note's marks table uses the practice's names.
    core::SessionNote note;
    note.sessionDate = QDate(2026, 11, 24);
    core::BodyMark mark;
    mark.type = core::MarkType::Hypertonicity;
    mark.x = 0.5;
    mark.y = 0.5;
    note.content.marks = { mark };
    const QString html = core::NoteDocument::html(note, f.ann, QStringLiteral("Practice"), {},
                                                  f.practice.bodyChartLegend().value());
    CHECK(html.contains(QStringLiteral("<td valign=\"top\">Spasm</td>")));
}

TEST_CASE("a legend with a name used twice is refused in the dialog and nothing is saved",
          "[notes][legend]")
{
    DefaultLegendAfterwards reset;
    test::NoteFixture f(core::Role::Owner);
    f.showPanel();
    auto *dialog = qobject_cast<ui::ChartLegendDialog *>(f.panel->editLegend());
    REQUIRE(dialog != nullptr);
    dialog->labelEdit(core::MarkType::Pain)->setText(QStringLiteral("Trigger point"));
    dialog->setColour(core::MarkType::Pain, QColor(Qt::black));
    CHECK_FALSE(dialog->save());
    CHECK(dialog->isVisible());
    CHECK(dialog->problemLabel()->isVisibleTo(dialog));
    CHECK(dialog->problemLabel()->text().contains(QStringLiteral("names two mark types")));
    CHECK(f.practice.bodyChartLegend().value() == core::ChartLegend::defaults());
    CHECK(ui::MarkSymbol::label(core::MarkType::Pain) == QStringLiteral("Pain"));

    // Restore Defaults puts the names back; saving them then works.
    dialog->restoreDefaults();
    CHECK(dialog->labelEdit(core::MarkType::Pain)->text() == QStringLiteral("Pain"));
    CHECK(dialog->save());
}

TEST_CASE("only the owner is offered the legend", "[notes][legend]")
{
    DefaultLegendAfterwards reset;
    test::NoteFixture f(core::Role::Therapist);
    f.showPanel();
    CHECK_FALSE(f.panel->legendAction()->isVisible());
    CHECK_FALSE(f.panel->legendAction()->isEnabled());
    CHECK(f.panel->editLegend() == nullptr);
}
