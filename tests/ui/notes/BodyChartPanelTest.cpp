// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/BodyChartPanel.h"

#include "tests/support/QtStringMakers.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/notes/BodyChartLegend.h"
#include "ui/notes/BodyChartWidget.h"
#include "ui/notes/BodyMarkEditor.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace stillpoint;
using core::BodyMark;
using core::BodySide;
using core::BodyView;
using core::MarkType;

namespace {

struct PanelFixture
{
    QUndoStack undo;
    ui::BodyChartPanel panel;

    PanelFixture()
    {
        panel.resize(1000, 620);
        panel.setUndoStack(&undo);
        test::showAndWait(panel);
    }

    ui::BodyChartWidget *chart() const { return panel.chart(); }
    template<typename T>
    T *field(const char *name) const
    {
        return test::child<T>(panel, name);
    }
    void choose(QComboBox *box, int data) const { box->setCurrentIndex(box->findData(data)); }
};

BodyMark mark(BodyView view, double x, double y, MarkType type, int intensity,
              const QString &muscle = {}, BodySide side = BodySide::NotApplicable)
{
    BodyMark made;
    made.view = view;
    made.x = x;
    made.y = y;
    made.type = type;
    made.intensity = intensity;
    made.muscle = muscle;
    made.side = side;
    return made;
}

// A migraine client's chart as a therapist might leave it after a follow-up visit.
QList<BodyMark> visitMarks()
{
    using V = BodyView;
    using T = MarkType;
    QList<BodyMark> marks{
        mark(V::HeadNeckBack, 0.27, 0.69, T::TriggerPoint, 7, QStringLiteral("upper_trapezius"),
             BodySide::Left),
        mark(V::HeadNeckBack, 0.74, 0.70, T::TriggerPoint, 5, QStringLiteral("upper_trapezius"),
             BodySide::Right),
        mark(V::HeadNeckBack, 0.45, 0.47, T::TriggerPoint, 8, QStringLiteral("suboccipitals"),
             BodySide::Left),
        mark(V::HeadNeckBack, 0.62, 0.28, T::ReferredPain, 6, QString(), BodySide::Right),
        mark(V::HeadNeckBack, 0.655, 0.61, T::Hypertonicity, 6, QStringLiteral("levator_scapulae"),
             BodySide::Right),
        mark(V::HeadNeckBack, 0.39, 0.57, T::TenderPoint, 4, QStringLiteral("splenius_capitis"),
             BodySide::Left),
        mark(V::HeadNeckBack, 0.40, 0.37, T::Numbness, 4, QString(), BodySide::Left),
        mark(V::HeadSide, 0.58, 0.30, T::TriggerPoint, 6, QStringLiteral("temporalis"),
             BodySide::Right),
        mark(V::HeadSide, 0.61, 0.59, T::TenderPoint, 5, QStringLiteral("masseter"),
             BodySide::Right),
        mark(V::HeadSide, 0.47, 0.75, T::TriggerPoint, 5, QStringLiteral("sternocleidomastoid"),
             BodySide::Right),
        mark(V::HeadSide, 0.69, 0.36, T::Pain, 7, QString(), BodySide::Right),
        mark(V::FaceJaw, 0.36, 0.55, T::Pain, 4, QStringLiteral("masseter"), BodySide::Right),
        mark(V::UpperBackShoulders, 0.43, 0.42, T::TenderPoint, 3, QStringLiteral("rhomboids"),
             BodySide::Left),
    };
    marks[3].directionDegrees = 25;
    marks[3].note = QStringLiteral("Spreads over the head to behind the right eye");
    marks[2].pressurePainThreshold = 2.4;
    marks[10].note = QStringLiteral("Right temple, where today's migraine sits");
    return marks;
}

QList<BodyMark> lastVisitMarks()
{
    using V = BodyView;
    using T = MarkType;
    return {
        mark(V::HeadNeckBack, 0.255, 0.70, T::TriggerPoint, 9, QStringLiteral("upper_trapezius"),
             BodySide::Left),
        mark(V::HeadNeckBack, 0.44, 0.475, T::TriggerPoint, 9, QStringLiteral("suboccipitals"),
             BodySide::Left),
        mark(V::HeadNeckBack, 0.71, 0.50, T::Pain, 6, QString(), BodySide::Right),
        mark(V::HeadSide, 0.60, 0.27, T::TriggerPoint, 8, QStringLiteral("temporalis"),
             BodySide::Right),
    };
}

} // namespace

TEST_CASE("the mark editor edits the selected mark through the undo stack",
          "[ui][notes][bodychart]")
{
    PanelFixture f;
    f.panel.setMarks({ mark(BodyView::HeadNeckBack, 0.3, 0.6, MarkType::TriggerPoint, 5, {},
                            BodySide::Left) });
    QSignalSpy changed(&f.panel, &ui::BodyChartPanel::marksChanged);
    auto *type = f.field<QComboBox>("markTypeComboBox");
    auto *intensity = f.field<QSpinBox>("markIntensitySpinBox");
    auto *muscle = f.field<QComboBox>("markMuscleComboBox");
    auto *side = f.field<QComboBox>("markSideComboBox");
    auto *direction = f.field<QSpinBox>("markDirectionSpinBox");
    auto *measured = f.field<QCheckBox>("markThresholdCheckBox");
    auto *threshold = f.field<QDoubleSpinBox>("markThresholdSpinBox");
    auto *note = f.field<QLineEdit>("markNoteLineEdit");
    CHECK_FALSE(type->isEnabled()); // nothing selected yet

    QTest::mouseClick(f.chart(), Qt::LeftButton, Qt::NoModifier,
                      f.chart()->toWidget(0.3, 0.6).toPoint());
    REQUIRE(f.chart()->selectedIndex() == 0);
    CHECK(type->isEnabled());
    CHECK(type->currentData().toInt() == static_cast<int>(MarkType::TriggerPoint));
    CHECK(intensity->value() == 5);
    CHECK(side->currentData().toInt() == static_cast<int>(BodySide::Left));
    CHECK_FALSE(direction->isEnabled());
    CHECK_FALSE(threshold->isEnabled());

    f.choose(type, static_cast<int>(MarkType::ReferredPain));
    CHECK(f.chart()->marks().first().type == MarkType::ReferredPain);
    CHECK(direction->isEnabled());
    direction->setValue(90);
    CHECK(f.chart()->marks().first().directionDegrees == 90);

    intensity->setValue(8);
    CHECK(f.chart()->marks().first().intensity == 8);

    // The view's muscles come first, after "(none)".
    const QString firstOffered = muscle->itemData(1).toString();
    const auto &catalog = core::BodyChartCatalog::muscles();
    const auto info = std::find_if(catalog.cbegin(), catalog.cend(),
                                   [&](const auto &m) { return m.key == firstOffered; });
    REQUIRE(info != catalog.cend());
    CHECK(info->views.contains(BodyView::HeadNeckBack));
    muscle->setCurrentIndex(muscle->findData(QStringLiteral("upper_trapezius")));
    CHECK(f.chart()->marks().first().muscle == QStringLiteral("upper_trapezius"));

    f.choose(side, static_cast<int>(BodySide::Right));
    CHECK(f.chart()->marks().first().side == BodySide::Right);

    QTest::mouseClick(measured, Qt::LeftButton, Qt::NoModifier, QPoint(8, measured->height() / 2));
    CHECK(threshold->isEnabled());
    threshold->setValue(2.5);
    CHECK(f.chart()->marks().first().pressurePainThreshold == 2.5);

    test::type(note, QStringLiteral("refers to the temple"));
    CHECK(f.chart()->marks().first().note == QStringLiteral("refers to the temple"));
    CHECK(changed.count() >= 7);

    // Typing the note is one undo step; undoing it keeps the mark selected in the editor.
    f.undo.undo();
    CHECK(f.chart()->marks().first().note.isEmpty());
    CHECK(note->text().isEmpty());
    CHECK(f.chart()->selectedIndex() == 0);

    QTest::mouseClick(measured, Qt::LeftButton, Qt::NoModifier, QPoint(8, measured->height() / 2));
    CHECK_FALSE(f.chart()->marks().first().pressurePainThreshold.has_value());

    // Leaving referred pain drops the direction.
    f.choose(type, static_cast<int>(MarkType::TenderPoint));
    CHECK_FALSE(f.chart()->marks().first().directionDegrees.has_value());
    CHECK_FALSE(direction->isEnabled());

    QTest::mouseClick(f.field<QPushButton>("deleteMarkButton"), Qt::LeftButton);
    CHECK(f.chart()->marks().isEmpty());
    CHECK_FALSE(type->isEnabled());
    f.undo.undo();
    CHECK(f.chart()->marks().size() == 1);
    CHECK(type->isEnabled());
}

TEST_CASE("the legend chooses the type of new marks", "[ui][notes][bodychart]")
{
    PanelFixture f;
    QToolButton *numbness = f.panel.legend()->button(MarkType::Numbness);
    REQUIRE(numbness);
    QSignalSpy chosen(f.panel.legend(), &ui::BodyChartLegend::typeChosen);
    QTest::mouseClick(numbness, Qt::LeftButton);
    CHECK(chosen.count() == 1);
    CHECK(numbness->isChecked());
    CHECK(f.chart()->newMarkType() == MarkType::Numbness);

    QTest::mouseClick(f.chart(), Qt::LeftButton, Qt::NoModifier,
                      f.chart()->toWidget(0.4, 0.4).toPoint());
    REQUIRE(f.chart()->marks().size() == 1);
    CHECK(f.chart()->marks().first().type == MarkType::Numbness);
}

TEST_CASE("the view list counts each view's marks and switches the chart", "[ui][notes][bodychart]")
{
    PanelFixture f;
    f.panel.setMarks(visitMarks());
    QListWidget *views = f.panel.viewList();
    CHECK(views->item(0)->text() == QStringLiteral("Head and neck (back) · 7"));
    CHECK(views->item(1)->text() == QStringLiteral("Head (side) · 4"));
    CHECK(views->item(4)->text() == QStringLiteral("Whole body (front)"));

    views->setCurrentRow(2);
    CHECK(f.chart()->view() == BodyView::FaceJaw);
    QTest::mouseClick(f.chart(), Qt::LeftButton, Qt::NoModifier,
                      f.chart()->toWidget(0.64, 0.55).toPoint());
    CHECK(views->item(2)->text() == QStringLiteral("Face and jaw · 2"));

    // An undo that happens on another view brings the list along.
    views->setCurrentRow(5);
    f.undo.undo();
    CHECK(views->currentRow() == 2);
    CHECK(views->item(2)->text() == QStringLiteral("Face and jaw · 1"));
}

TEST_CASE("loading marks shows a view that has some", "[ui][notes][bodychart]")
{
    PanelFixture f;
    f.panel.setMarks({ mark(BodyView::UpperBackShoulders, 0.4, 0.4, MarkType::Pain, 3) });
    CHECK(f.panel.view() == BodyView::UpperBackShoulders);
}

TEST_CASE("Show last session shows and hides the previous marks", "[ui][notes][bodychart]")
{
    PanelFixture f;
    QCheckBox *box = f.panel.comparisonBox();
    CHECK_FALSE(box->isEnabled());

    f.panel.setComparisonMarks(lastVisitMarks());
    CHECK(box->isEnabled());
    CHECK(box->isChecked());
    CHECK(f.chart()->isComparisonVisible());
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(8, box->height() / 2));
    CHECK_FALSE(f.chart()->isComparisonVisible());
    CHECK(f.panel.marks().isEmpty());

    f.panel.setComparisonMarks({});
    CHECK_FALSE(box->isEnabled());
    f.panel.setComparisonToggleVisible(false);
    CHECK(box->isHidden());
}

TEST_CASE("a read-only panel shows the selected mark without letting it change",
          "[ui][notes][bodychart]")
{
    PanelFixture f;
    f.panel.setMarks(visitMarks());
    f.panel.setReadOnly(true);
    f.chart()->selectMark(0);
    auto *type = f.field<QComboBox>("markTypeComboBox");
    CHECK(type->currentData().toInt() == static_cast<int>(MarkType::TriggerPoint));
    CHECK_FALSE(type->isEnabled());
    CHECK_FALSE(f.field<QPushButton>("deleteMarkButton")->isEnabled());
    QTest::mouseClick(f.chart(), Qt::LeftButton, Qt::NoModifier,
                      f.chart()->toWidget(0.9, 0.1).toPoint());
    CHECK(f.panel.marks() == visitMarks());
}

TEST_CASE("F2 on the chart moves the focus into the mark editor", "[ui][notes][bodychart]")
{
    PanelFixture f;
    f.panel.setMarks(visitMarks());
    f.panel.activateWindow();
    f.chart()->setFocus();
    REQUIRE(test::waitUntil([&] { return f.chart()->hasFocus(); }));
    QTest::keyClick(f.chart(), Qt::Key_Tab);
    REQUIRE(f.chart()->selectedIndex() == 0);
    QTest::keyClick(f.chart(), Qt::Key_F2);
    CHECK(f.field<QComboBox>("markTypeComboBox")->hasFocus());
}

// Renders the panel with a realistic chart; with STILLPOINT_SCREENSHOT_DIR set, the pictures are
// kept there (resources/screenshots/body-chart*.png are made this way, under xvfb-run).
TEST_CASE("the body chart panel renders a follow-up visit", "[ui][notes][bodychart][screenshot]")
{
    QUndoStack undo;
    ui::BodyChartPanel panel;
    panel.setUndoStack(&undo);
    panel.resize(1040, 640);
    panel.setMarks(visitMarks());
    panel.setComparisonMarks(lastVisitMarks());
    test::showAndWait(panel);
    panel.chart()->selectMark(0);
    panel.chart()->setFocus();

    const QImage back = panel.grab().toImage();
    CHECK(back.width() >= 1040);
    panel.setView(BodyView::HeadSide);
    panel.chart()->selectMark(7);
    const QImage side = panel.grab().toImage();
    CHECK(back != side);

    const QString folder = qEnvironmentVariable("STILLPOINT_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        CHECK(back.save(QDir(folder).filePath(QStringLiteral("body-chart.png"))));
        CHECK(side.save(QDir(folder).filePath(QStringLiteral("body-chart-side.png"))));
    }
}
