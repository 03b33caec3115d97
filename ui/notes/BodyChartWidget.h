// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/BodyChart.h"

#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>

class QSvgRenderer;
class QUndoStack;

namespace stillpoint::ui {

class BodyChartCommand;

// One body-chart view (an SVG drawing) with the marks placed on it. It holds the marks of every
// view and shows the current view's; positions are kept in the drawing's 0..1 square, which is
// drawn as large as fits, centred and never stretched. (Mouse and keyboard handling is in
// BodyChartWidgetInput.cpp.)
//
// Mouse: a click on empty drawing adds a mark of newMarkType() there, a click on a mark selects
// it, dragging moves it (one undo step). Keyboard: Insert or Enter adds a mark at the centre,
// Tab / Shift+Tab step through the view's marks (past the last one the focus moves on, so the
// chart never traps it), arrows nudge the selected mark (Shift: five times as far), + and -
// change its intensity, [ and ] turn a referred-pain arrow, Delete or Backspace removes it,
// Escape clears the selection, F2 asks the owner to edit the selected mark (editRequested()).
//
// Sides: a mark's side is guessed from where it is added. The drawings are seen as the therapist
// sees the client, so on views from behind the drawing's left half is the client's LEFT, on views
// from the front (face, whole body front) it is the client's RIGHT; a narrow band down the
// middle is the midline. The head-from-the-side view shows the client's right side.
class BodyChartWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit BodyChartWidget(QWidget *parent = nullptr);
    ~BodyChartWidget() override;

    // The drawing shown for each view (a Qt resource path).
    static QString resourcePath(core::BodyView view);
    // The side a mark added at `x` (0..1 across the drawing) on `view` is on.
    static core::BodySide sideAt(core::BodyView view, double x);

    void setView(core::BodyView view);
    core::BodyView view() const { return m_view; }

    // Replaces all marks (of every view), as loading a note does: not an edit, so no undo step
    // and no marksChanged(); the selection is cleared.
    void setMarks(const QList<core::BodyMark> &marks);
    QList<core::BodyMark> marks() const { return m_marks; }
    // How many marks there are on `view`.
    int markCount(core::BodyView view) const;

    // A previous session's marks, drawn faded on their views; never selectable, never in marks().
    void setComparisonMarks(const QList<core::BodyMark> &previous);
    QList<core::BodyMark> comparisonMarks() const { return m_comparison; }
    void setComparisonVisible(bool visible);
    bool isComparisonVisible() const { return m_comparisonVisible; }

    // Read-only charts still select marks (to read them) but change nothing.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The type of the next mark added by a click or by Insert.
    void setNewMarkType(core::MarkType type);
    core::MarkType newMarkType() const { return m_newMarkType; }

    // Index into marks() of the selected mark, -1 for none.
    int selectedIndex() const { return m_selected; }
    // Selects a mark (showing its view) or, with -1 or an index out of range, nothing.
    void selectMark(int index);

    // What an edit changed, for merging consecutive edits of one mark into one undo step.
    enum class EditField {
        Position = 1,
        Intensity,
        Direction,
        Type,
        Muscle,
        Side,
        Threshold,
        Note
    };
    static int mergeKey(int index, EditField field);

    // Where edits are recorded as undo steps; none (the default) means no undo.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const;

    // Edits as the user makes them (through the undo stack when there is one). Ignored when
    // read-only. addMark() selects and returns the new mark's index.
    int addMark(const core::BodyMark &mark);
    // `mergeKey` >= 0 lets consecutive edits with the same key become one undo step (typing a
    // note letter by letter); -1 never merges.
    void updateMark(int index, const core::BodyMark &mark, const QString &undoText,
                    int mergeKey = -1);
    void removeMark(int index);

    // The square the drawing fills, in widget coordinates, and a 0..1 position in it.
    QRectF drawingRect() const;
    QPointF toWidget(double x, double y) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The marks changed by an edit, an undo or a redo (not by setMarks()).
    void marksChanged();
    void selectionChanged(int index);
    // The view changed (by setView() or because an undo or selectMark() showed another view).
    void viewChanged(core::BodyView view);
    // F2 on a selected mark: the owner may move the focus to its mark editor.
    void editRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    friend class BodyChartCommand;

    // Sets marks and selection as an undo step left them, showing the selected mark's view.
    void restoreState(const QList<core::BodyMark> &marks, int selected);
    // Records the change from `before` to the current marks as one undo step and announces it.
    void commit(const QList<core::BodyMark> &before, int selectedBefore, const QString &text,
                int mergeKey = -1);
    void setSelected(int index);
    int markAt(const QPointF &widgetPoint) const;
    // How far `widgetPoint` is from the mark's centre, or -1 when it is not on the mark.
    qreal distanceTo(const core::BodyMark &mark, const QPointF &widgetPoint) const;
    void finishDrag();
    QPointF toDrawing(const QPointF &widgetPoint) const;
    QList<int> indexesInView() const;
    qreal markRadius(const core::BodyMark &mark) const;
    QPointF freeCentre() const;
    void stepSelection(bool forward);
    void nudge(double dx, double dy);
    void changeIntensity(int delta);
    void turnArrow(int degrees);
    void deleteSelected();
    // Moves a side the chart guessed along when the mark crosses the midline.
    void followSide(core::BodyMark &mark, double oldX) const;
    core::BodyMark newMarkAt(const QPointF &position) const;
    void updateAccessibility();
    QString describe(const core::BodyMark &mark) const;
    QSvgRenderer *renderer(core::BodyView view);
    void paintMarks(QPainter &painter);

    core::BodyView m_view = core::BodyView::HeadNeckBack;
    QList<core::BodyMark> m_marks;
    QList<core::BodyMark> m_comparison;
    bool m_comparisonVisible = true;
    bool m_readOnly = false;
    core::MarkType m_newMarkType = core::MarkType::TriggerPoint;
    int m_selected = -1;
    QPointer<QUndoStack> m_undoStack;

    // A press on a mark may become a drag; the marks as they were before it are kept so that the
    // whole drag is one undo step.
    struct Drag
    {
        bool active = false;
        bool moved = false;
        bool added = false; // the press added the mark
        int index = -1;
        QPointF pressPoint; // widget coordinates
        QPointF grabOffset; // from the pointer to the mark's centre, in 0..1 units
        QList<core::BodyMark> before;
        int selectedBefore = -1;
    } m_drag;

    std::map<core::BodyView, std::unique_ptr<QSvgRenderer>> m_renderers;
    QPixmap m_drawingCache; // the current view rendered at the current size
};

} // namespace stillpoint::ui
