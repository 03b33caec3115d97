// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/BodyChartWidget.h"

#include "tests/support/QtStringMakers.h"
#include "tests/ui/UiTestHelpers.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace stillpoint;
using core::BodyMark;
using core::BodySide;
using core::BodyView;
using core::MarkType;

namespace {

// A chart shown at a fixed size on the offscreen platform, recording its edits on a stack.
struct ChartFixture
{
    QUndoStack undo;
    ui::BodyChartWidget chart;

    ChartFixture()
    {
        chart.resize(420, 420);
        chart.setUndoStack(&undo);
        test::showAndWait(chart);
    }

    QPoint at(double x, double y) const { return chart.toWidget(x, y).toPoint(); }
    void click(double x, double y)
    {
        QTest::mouseClick(&chart, Qt::LeftButton, Qt::NoModifier, at(x, y));
    }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(&chart, static_cast<Qt::Key>(key), modifiers);
    }
};

BodyMark mark(BodyView view, double x, double y, MarkType type = MarkType::TriggerPoint,
              int intensity = 5)
{
    BodyMark made;
    made.view = view;
    made.x = x;
    made.y = y;
    made.type = type;
    made.intensity = intensity;
    return made;
}

} // namespace

TEST_CASE("clicking the drawing adds a mark of the chosen type where it was clicked",
          "[ui][notes][bodychart]")
{
    ChartFixture f;
    QSignalSpy changed(&f.chart, &ui::BodyChartWidget::marksChanged);
    f.chart.setNewMarkType(MarkType::TenderPoint);

    f.click(0.30, 0.62);

    REQUIRE(f.chart.marks().size() == 1);
    const BodyMark added = f.chart.marks().first();
    CHECK(added.view == BodyView::HeadNeckBack);
    CHECK(added.x == Approx(0.30).margin(0.01));
    CHECK(added.y == Approx(0.62).margin(0.01));
    CHECK(added.type == MarkType::TenderPoint);
    CHECK(added.intensity == 5);
    CHECK(added.side == BodySide::Left); // from behind, the drawing's left is the client's left
    CHECK(f.chart.selectedIndex() == 0);
    CHECK(changed.count() == 1);
    CHECK(f.undo.count() == 1);
}

TEST_CASE("a new mark's side follows the view: back views show the client's left on the left",
          "[ui][notes][bodychart]")
{
    using W = ui::BodyChartWidget;
    CHECK(W::sideAt(BodyView::HeadNeckBack, 0.2) == BodySide::Left);
    CHECK(W::sideAt(BodyView::UpperBackShoulders, 0.8) == BodySide::Right);
    CHECK(W::sideAt(BodyView::BodyBack, 0.3) == BodySide::Left);
    CHECK(W::sideAt(BodyView::FaceJaw, 0.2) == BodySide::Right);
    CHECK(W::sideAt(BodyView::BodyFront, 0.8) == BodySide::Left);
    CHECK(W::sideAt(BodyView::HeadNeckBack, 0.5) == BodySide::Midline);
    CHECK(W::sideAt(BodyView::FaceJaw, 0.51) == BodySide::Midline);
    CHECK(W::sideAt(BodyView::HeadSide, 0.2) == BodySide::Right);

    ChartFixture f;
    f.chart.setView(BodyView::FaceJaw);
    f.click(0.25, 0.55);
    f.click(0.50, 0.20);
    REQUIRE(f.chart.marks().size() == 2);
    CHECK(f.chart.marks().at(0).side == BodySide::Right);
    CHECK(f.chart.marks().at(0).view == BodyView::FaceJaw);
    CHECK(f.chart.marks().at(1).side == BodySide::Midline);
}

TEST_CASE("dragging a mark moves it as one undo step", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setMarks({ mark(BodyView::HeadNeckBack, 0.30, 0.40) });
    QSignalSpy changed(&f.chart, &ui::BodyChartWidget::marksChanged);

    QTest::mousePress(&f.chart, Qt::LeftButton, Qt::NoModifier, f.at(0.30, 0.40));
    QTest::mouseMove(&f.chart, f.at(0.35, 0.45));
    QTest::mouseMove(&f.chart, f.at(0.45, 0.50));
    QTest::mouseMove(&f.chart, f.at(0.60, 0.55));
    QTest::mouseRelease(&f.chart, Qt::LeftButton, Qt::NoModifier, f.at(0.60, 0.55));

    REQUIRE(f.chart.marks().size() == 1);
    CHECK(f.chart.marks().first().x == Approx(0.60).margin(0.01));
    CHECK(f.chart.marks().first().y == Approx(0.55).margin(0.01));
    CHECK(changed.count() == 1);
    CHECK(f.undo.count() == 1);
    CHECK(f.undo.undoText() == QStringLiteral("Move mark"));

    f.undo.undo();
    CHECK(f.chart.marks().first().x == Approx(0.30).margin(0.001));
    CHECK(f.chart.marks().first().y == Approx(0.40).margin(0.001));
    f.undo.redo();
    CHECK(f.chart.marks().first().x == Approx(0.60).margin(0.01));
}

TEST_CASE("a dragged mark stays inside the drawing", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setMarks({ mark(BodyView::HeadNeckBack, 0.10, 0.90) });
    QTest::mousePress(&f.chart, Qt::LeftButton, Qt::NoModifier, f.at(0.10, 0.90));
    QTest::mouseMove(&f.chart, QPoint(1, f.chart.height() - 1));
    QTest::mouseRelease(&f.chart, Qt::LeftButton, Qt::NoModifier, QPoint(1, f.chart.height() - 1));
    CHECK(f.chart.marks().first().x == 0.0);
    CHECK(f.chart.marks().first().y == 1.0);
}

TEST_CASE("Delete removes the selected mark and undo brings it back", "[ui][notes][bodychart]")
{
    ChartFixture f;
    const BodyMark first = mark(BodyView::HeadNeckBack, 0.30, 0.40);
    const BodyMark second = mark(BodyView::HeadNeckBack, 0.70, 0.40, MarkType::Pain, 8);
    f.chart.setMarks({ first, second });
    f.click(0.70, 0.40);
    REQUIRE(f.chart.selectedIndex() == 1);

    f.key(Qt::Key_Delete);

    REQUIRE(f.chart.marks().size() == 1);
    CHECK(f.chart.marks().first() == first);
    CHECK(f.chart.selectedIndex() == -1);
    f.undo.undo();
    REQUIRE(f.chart.marks().size() == 2);
    CHECK(f.chart.marks().at(1) == second);
    CHECK(f.chart.selectedIndex() == 1);

    // Backspace does the same.
    f.key(Qt::Key_Backspace);
    CHECK(f.chart.marks().size() == 1);
}

TEST_CASE("Insert adds a mark at the centre and the arrow keys nudge it", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setFocus();
    f.chart.setNewMarkType(MarkType::Hypertonicity);

    f.key(Qt::Key_Insert);
    REQUIRE(f.chart.marks().size() == 1);
    CHECK(f.chart.marks().first().x == Approx(0.5));
    CHECK(f.chart.marks().first().y == Approx(0.5));
    CHECK(f.chart.marks().first().type == MarkType::Hypertonicity);
    CHECK(f.chart.selectedIndex() == 0);

    f.key(Qt::Key_Right);
    f.key(Qt::Key_Right);
    f.key(Qt::Key_Right, Qt::ShiftModifier);
    f.key(Qt::Key_Up);
    f.key(Qt::Key_Down, Qt::ShiftModifier);
    const BodyMark moved = f.chart.marks().first();
    CHECK(moved.x == Approx(0.57));
    CHECK(moved.y == Approx(0.54));
    CHECK(moved.side == BodySide::Right); // crossed out of the midline band, its guess follows
    // Consecutive nudges are one undo step after the step that added the mark.
    CHECK(f.undo.count() == 2);

    // Enter adds another, beside the first rather than on top of it.
    f.key(Qt::Key_Return);
    REQUIRE(f.chart.marks().size() == 2);
    CHECK(f.chart.selectedIndex() == 1);
    CHECK(f.chart.marks().at(1).x == Approx(0.5));
    f.key(Qt::Key_Enter);
    REQUIRE(f.chart.marks().size() == 3);
    CHECK(QPointF(f.chart.marks().at(2).x, f.chart.marks().at(2).y) != QPointF(0.5, 0.5));
}

TEST_CASE("plus and minus change the intensity within 0 to 10", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setMarks({ mark(BodyView::HeadNeckBack, 0.4, 0.4, MarkType::TriggerPoint, 7) });
    f.chart.selectMark(0);
    f.chart.setFocus();

    for (int i = 0; i < 6; ++i)
        f.key(Qt::Key_Plus);
    CHECK(f.chart.marks().first().intensity == 10);
    f.key(Qt::Key_Minus);
    CHECK(f.chart.marks().first().intensity == 9);
    for (int i = 0; i < 12; ++i)
        f.key(Qt::Key_Minus);
    CHECK(f.chart.marks().first().intensity == 0);
    f.key(Qt::Key_Equal); // the unshifted + key
    CHECK(f.chart.marks().first().intensity == 1);

    f.undo.undo();
    CHECK(f.chart.marks().first().intensity == 7);
}

TEST_CASE("undo and redo replay adding moving and deleting marks", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.click(0.40, 0.30); // add
    QTest::mousePress(&f.chart, Qt::LeftButton, Qt::NoModifier, f.at(0.40, 0.30));
    QTest::mouseMove(&f.chart, f.at(0.45, 0.35));
    QTest::mouseMove(&f.chart, f.at(0.50, 0.70));
    QTest::mouseRelease(&f.chart, Qt::LeftButton, Qt::NoModifier, f.at(0.50, 0.70)); // move
    f.key(Qt::Key_Delete); // delete
    REQUIRE(f.undo.count() == 3);
    CHECK(f.chart.marks().isEmpty());

    QSignalSpy changed(&f.chart, &ui::BodyChartWidget::marksChanged);
    f.undo.undo();
    REQUIRE(f.chart.marks().size() == 1);
    CHECK(f.chart.marks().first().y == Approx(0.70).margin(0.01));
    f.undo.undo();
    CHECK(f.chart.marks().first().y == Approx(0.30).margin(0.01));
    f.undo.undo();
    CHECK(f.chart.marks().isEmpty());
    CHECK(changed.count() == 3);

    f.undo.redo();
    f.undo.redo();
    REQUIRE(f.chart.marks().size() == 1);
    CHECK(f.chart.marks().first().y == Approx(0.70).margin(0.01));
    f.undo.redo();
    CHECK(f.chart.marks().isEmpty());
}

TEST_CASE("undo shows the view where the undone change happened", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setView(BodyView::FaceJaw);
    f.click(0.3, 0.5);
    f.chart.setView(BodyView::BodyBack);
    QSignalSpy views(&f.chart, &ui::BodyChartWidget::viewChanged);
    f.undo.undo();
    CHECK(f.chart.marks().isEmpty());
    CHECK(f.chart.view() == BodyView::FaceJaw);
    CHECK(views.count() == 1);
}

TEST_CASE("without an undo stack edits still work", "[ui][notes][bodychart]")
{
    ui::BodyChartWidget chart;
    chart.resize(300, 300);
    test::showAndWait(chart);
    QTest::mouseClick(&chart, Qt::LeftButton, Qt::NoModifier, chart.toWidget(0.5, 0.5).toPoint());
    CHECK(chart.marks().size() == 1);
    QTest::keyClick(&chart, Qt::Key_Delete);
    CHECK(chart.marks().isEmpty());
}

TEST_CASE("the last session's marks are drawn but never selected nor returned",
          "[ui][notes][bodychart]")
{
    ChartFixture f;
    const BodyMark previous = mark(BodyView::HeadNeckBack, 0.5, 0.5, MarkType::Pain, 9);
    f.chart.setComparisonVisible(false);
    const QImage without = f.chart.grab().toImage();
    f.chart.setComparisonMarks({ previous });
    f.chart.setComparisonVisible(true);
    const QImage with = f.chart.grab().toImage();
    CHECK(with != without);

    f.chart.setNewMarkType(MarkType::TenderPoint);
    f.click(0.5, 0.5); // on the faded mark: adds today's mark there instead of selecting it
    REQUIRE(f.chart.marks().size() == 1);
    CHECK(f.chart.marks().first().type == MarkType::TenderPoint);
    CHECK(f.chart.comparisonMarks() == QList<BodyMark>{ previous });

    f.chart.setFocus();
    f.key(Qt::Key_Escape);
    CHECK(f.chart.selectedIndex() == -1);
    QTest::keyClick(&f.chart, Qt::Key_Tab);
    CHECK(f.chart.selectedIndex() == 0); // today's mark, the only one Tab reaches
}

TEST_CASE("switching the view shows and selects only that view's marks", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setMarks({ mark(BodyView::HeadNeckBack, 0.3, 0.3, MarkType::Pain),
                       mark(BodyView::HeadSide, 0.6, 0.6),
                       mark(BodyView::HeadSide, 0.3, 0.3, MarkType::Numbness) });
    CHECK(f.chart.markCount(BodyView::HeadSide) == 2);
    f.chart.selectMark(0);
    f.chart.setView(BodyView::HeadSide);
    CHECK(f.chart.selectedIndex() == -1); // the selected mark is out of sight

    f.click(0.3, 0.3);
    CHECK(f.chart.selectedIndex() == 2);
    CHECK(f.chart.marks().size() == 3);
    CHECK(f.chart.accessibleName() == QStringLiteral("Body chart: Head (side)"));
    CHECK(f.chart.accessibleDescription().contains(QStringLiteral("Numbness")));
    CHECK_FALSE(f.chart.accessibleDescription().contains(QStringLiteral("Pain")));

    // Selecting a mark of another view shows that view.
    f.chart.selectMark(0);
    CHECK(f.chart.view() == BodyView::HeadNeckBack);
}

TEST_CASE("Tab steps through the view's marks then moves on", "[ui][notes][bodychart]")
{
    QWidget window;
    auto *chart = new ui::BodyChartWidget(&window);
    auto *after = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(chart);
    layout->addWidget(after);
    window.resize(400, 460);
    test::showAndWait(window);
    chart->setMarks({ mark(BodyView::HeadNeckBack, 0.3, 0.3), mark(BodyView::HeadSide, 0.6, 0.6),
                      mark(BodyView::HeadNeckBack, 0.7, 0.3) });
    chart->setFocus();
    REQUIRE(test::waitUntil([&] { return chart->hasFocus(); }));

    QTest::keyClick(chart, Qt::Key_Tab);
    CHECK(chart->selectedIndex() == 0);
    QTest::keyClick(chart, Qt::Key_Tab);
    CHECK(chart->selectedIndex() == 2);
    QTest::keyClick(chart, Qt::Key_Backtab);
    CHECK(chart->selectedIndex() == 0);
    QTest::keyClick(chart, Qt::Key_Tab);
    QTest::keyClick(chart, Qt::Key_Tab); // past the last mark: on to the next field
    CHECK(after->hasFocus());
    CHECK(chart->selectedIndex() == 2); // kept for the mark editor
}

TEST_CASE("a read-only chart selects marks but changes nothing", "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setMarks({ mark(BodyView::HeadNeckBack, 0.3, 0.3) });
    f.chart.setReadOnly(true);

    f.click(0.7, 0.7);
    CHECK(f.chart.marks().size() == 1);
    f.click(0.3, 0.3);
    CHECK(f.chart.selectedIndex() == 0);
    QTest::mousePress(&f.chart, Qt::LeftButton, Qt::NoModifier, f.at(0.3, 0.3));
    QTest::mouseMove(&f.chart, f.at(0.5, 0.5));
    QTest::mouseRelease(&f.chart, Qt::LeftButton, Qt::NoModifier, f.at(0.5, 0.5));
    f.key(Qt::Key_Delete);
    f.key(Qt::Key_Plus);
    f.key(Qt::Key_Right);
    f.key(Qt::Key_Insert);
    CHECK(f.chart.marks() == QList<BodyMark>{ mark(BodyView::HeadNeckBack, 0.3, 0.3) });
    CHECK(f.undo.count() == 0);
}

TEST_CASE("the chart's accessible name and description say what is marked",
          "[ui][notes][bodychart]")
{
    ChartFixture f;
    BodyMark trigger = mark(BodyView::HeadNeckBack, 0.3, 0.6, MarkType::TriggerPoint, 7);
    trigger.muscle = QStringLiteral("upper_trapezius");
    trigger.side = BodySide::Left;
    BodyMark referred = mark(BodyView::HeadNeckBack, 0.7, 0.4, MarkType::ReferredPain, 4);
    referred.side = BodySide::Right;
    referred.directionDegrees = 30;
    f.chart.setMarks({ trigger, referred });

    CHECK(f.chart.accessibleName() == QStringLiteral("Body chart: Head and neck (back)"));
    const QString description = f.chart.accessibleDescription();
    CHECK(description.contains(
            QStringLiteral("Trigger point, upper trapezius, left, intensity 7")));
    CHECK(description.contains(QStringLiteral("Referred pain, right, intensity 4")));
    CHECK(f.chart.focusPolicy() == Qt::StrongFocus);
}

TEST_CASE("F2 asks for the selected mark's editor and Escape clears the selection",
          "[ui][notes][bodychart]")
{
    ChartFixture f;
    f.chart.setMarks({ mark(BodyView::HeadNeckBack, 0.3, 0.3) });
    QSignalSpy edit(&f.chart, &ui::BodyChartWidget::editRequested);
    QSignalSpy selection(&f.chart, &ui::BodyChartWidget::selectionChanged);
    f.chart.selectMark(0);
    f.key(Qt::Key_F2);
    CHECK(edit.count() == 1);
    f.key(Qt::Key_Escape);
    CHECK(f.chart.selectedIndex() == -1);
    REQUIRE(selection.count() == 2);
    CHECK(selection.at(1).at(0).toInt() == -1);
}

TEST_CASE("every body chart drawing loads as a 1000 by 1000 SVG", "[ui][notes][bodychart]")
{
    for (BodyView view : core::BodyChartCatalog::views()) {
        const QString path = ui::BodyChartWidget::resourcePath(view);
        INFO(path.toStdString());
        QSvgRenderer renderer(path);
        CHECK(renderer.isValid());
        CHECK(renderer.viewBoxF() == QRectF(0, 0, 1000, 1000));
    }
}
