// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcomes/DiaryEntry.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

namespace stillpoint::ui {

// A heat-map of a client's headache days: several months as small calendars side by side, each
// day coloured by its highest recorded intensity. A day the diary records without a headache
// looks different from a day it does not record at all (hatched grey), so a gap in the diary
// never reads as a good day. A legend explains the colours; a tooltip gives a day's date and
// intensity only. Earlier and later months are reached with showEarlier() and showLater().
class HeadacheCalendar final : public QWidget
{
    Q_OBJECT

public:
    enum class DayState {
        NoRecord, // the diary says nothing about the day
        HeadacheFree, // recorded, without a headache
        Headache, // recorded with a headache (intensity perhaps unknown)
        Future, // after today: nothing to record yet
    };

    static constexpr int Months = 6;

    explicit HeadacheCalendar(QWidget *parent = nullptr);

    // The diary rows to show (any order) and today; shows the months up to the last recorded
    // one (or today's).
    void setEntries(const QList<core::DiaryEntry> &entries, const QDate &today);
    void clear();

    DayState dayState(const QDate &date) const;
    // The highest intensity recorded on a headache day, if any.
    std::optional<int> dayIntensity(const QDate &date) const;
    // The colour the day is painted with.
    QColor dayColour(const QDate &date) const;
    QString dayToolTip(const QDate &date) const;
    static QColor intensityColour(std::optional<int> intensity);

    // The first days of the first and the last month shown.
    QDate firstMonth() const { return m_lastMonth.addMonths(-(Months - 1)); }
    QDate lastMonth() const { return m_lastMonth; }
    void setLastMonth(const QDate &month);
    // Moves a page (Months) back or forward; false when there is nothing there.
    bool showEarlier();
    bool showLater();
    bool canShowEarlier() const;
    bool canShowLater() const;
    // The day under a point of the widget (null outside any day).
    QDate dateAt(const QPoint &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void monthsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Day
    {
        bool headache = false;
        std::optional<int> intensity;
    };
    struct Geometry
    {
        int columns = 3;
        qreal cell = 18.0;
        qreal monthWidth = 0.0;
        qreal monthHeight = 0.0;
        qreal legendTop = 0.0;
    };

    Geometry geometryFor(int width) const;
    QRectF dayRect(const Geometry &geometry, int monthIndex, const QDate &date) const;
    void paintLegend(QPainter &painter, const Geometry &geometry) const;

    QHash<QDate, Day> m_days;
    QDate m_today;
    QDate m_firstRecord;
    QDate m_lastRecord;
    QDate m_lastMonth;
};

} // namespace stillpoint::ui
