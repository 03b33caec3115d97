// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/HeadacheCalendar.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stillpoint::ui {

namespace {

constexpr qreal MinimumCell = 15.0;
constexpr qreal MaximumCell = 24.0;
constexpr qreal MonthGap = 14.0;
constexpr int WeekRows = 6;

const QColor HeadacheFreeColour(0xdc, 0xfc, 0xe7); // recorded, no headache: pale green
const QColor NoRecordColour(0xf3, 0xf4, 0xf6);
const QColor NoRecordHatch(0xc4, 0xc8, 0xce);
const QColor GridColour(0xe5, 0xe7, 0xeb);
const QColor UnknownIntensityColour(0xa8, 0x55, 0xf7); // a headache without an intensity

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HeadacheCalendar::HeadacheCalendar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("headacheCalendar"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_lastMonth = firstOfMonth(QDate::currentDate());
}

void HeadacheCalendar::setEntries(const QList<core::DiaryEntry> &entries, const QDate &today)
{
    m_days.clear();
    m_today = today;
    m_firstRecord = {};
    m_lastRecord = {};
    for (const core::DiaryEntry &entry : entries) {
        if (!entry.date.isValid())
            continue;
        Day &day = m_days[entry.date];
        if (entry.headache) {
            day.headache = true;
            if (entry.peakIntensity)
                day.intensity = std::max(day.intensity.value_or(0), *entry.peakIntensity);
        }
        if (!m_firstRecord.isValid() || entry.date < m_firstRecord)
            m_firstRecord = entry.date;
        if (!m_lastRecord.isValid() || entry.date > m_lastRecord)
            m_lastRecord = entry.date;
    }
    m_lastMonth = firstOfMonth(m_lastRecord.isValid() ? m_lastRecord : today);
    Q_EMIT monthsChanged();
    update();
}

void HeadacheCalendar::clear()
{
    setEntries({}, m_today.isValid() ? m_today : QDate::currentDate());
}

HeadacheCalendar::DayState HeadacheCalendar::dayState(const QDate &date) const
{
    const auto found = m_days.constFind(date);
    if (found != m_days.cend())
        return found->headache ? DayState::Headache : DayState::HeadacheFree;
    if (m_today.isValid() && date > m_today)
        return DayState::Future;
    return DayState::NoRecord;
}

std::optional<int> HeadacheCalendar::dayIntensity(const QDate &date) const
{
    const auto found = m_days.constFind(date);
    return found != m_days.cend() && found->headache ? found->intensity : std::nullopt;
}

QColor HeadacheCalendar::intensityColour(std::optional<int> intensity)
{
    if (!intensity)
        return UnknownIntensityColour;
    // Light yellow for a mild day through orange to deep red for the worst.
    static const QColor mild(0xfd, 0xe0, 0x47);
    static const QColor middle(0xf9, 0x73, 0x16);
    static const QColor worst(0x99, 0x1b, 0x1b);
    const qreal t = std::clamp(qreal(*intensity), 0.0, 10.0) / 10.0;
    return t < 0.5 ? mix(mild, middle, t * 2.0) : mix(middle, worst, (t - 0.5) * 2.0);
}

QColor HeadacheCalendar::dayColour(const QDate &date) const
{
    switch (dayState(date)) {
    case DayState::Headache:
        return intensityColour(dayIntensity(date));
    case DayState::HeadacheFree:
        return HeadacheFreeColour;
    case DayState::NoRecord:
        return NoRecordColour;
    case DayState::Future:
        break;
    }
    return QColor(Qt::white);
}

QString HeadacheCalendar::dayToolTip(const QDate &date) const
{
    const QString day = QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
    switch (dayState(date)) {
    case DayState::Headache:
        if (const auto intensity = dayIntensity(date))
            return tr("%1: headache, intensity %2").arg(day).arg(*intensity);
        return tr("%1: headache, intensity not recorded").arg(day);
    case DayState::HeadacheFree:
        return tr("%1: no headache").arg(day);
    case DayState::NoRecord:
        return tr("%1: no diary record").arg(day);
    case DayState::Future:
        break;
    }
    return day;
}

void HeadacheCalendar::setLastMonth(const QDate &month)
{
    if (!month.isValid())
        return;
    const QDate first = firstOfMonth(month);
    if (first == m_lastMonth)
        return;
    m_lastMonth = first;
    Q_EMIT monthsChanged();
    update();
}

bool HeadacheCalendar::canShowEarlier() const
{
    return m_firstRecord.isValid() && firstOfMonth(m_firstRecord) < firstMonth();
}

bool HeadacheCalendar::canShowLater() const
{
    const QDate end = m_today.isValid() ? m_today : m_lastRecord;
    return end.isValid() && firstOfMonth(end) > m_lastMonth;
}

bool HeadacheCalendar::showEarlier()
{
    if (!canShowEarlier())
        return false;
    // Never past the first record: the page starts with it when fewer months remain.
    setLastMonth(std::max(m_lastMonth.addMonths(-Months),
                          firstOfMonth(m_firstRecord).addMonths(Months - 1)));
    return true;
}

bool HeadacheCalendar::showLater()
{
    if (!canShowLater())
        return false;
    const QDate end = firstOfMonth(m_today.isValid() ? m_today : m_lastRecord);
    setLastMonth(std::min(m_lastMonth.addMonths(Months), end));
    return true;
}

HeadacheCalendar::Geometry HeadacheCalendar::geometryFor(int width) const
{
    Geometry geometry;
    const qreal available = qreal(std::max(width, 1));
    const qreal smallest = MinimumCell * 7 + MonthGap;
    geometry.columns = available >= smallest * 6 ? 6 : available >= smallest * 3 ? 3 : 2;
    geometry.monthWidth = (available - MonthGap * (geometry.columns - 1)) / geometry.columns;
    geometry.cell = std::clamp(std::floor(geometry.monthWidth / 7.0), MinimumCell, MaximumCell);
    const QFontMetricsF metrics(font());
    geometry.monthHeight = metrics.height() * 1.5 + metrics.height() + geometry.cell * WeekRows;
    const int rows = (Months + geometry.columns - 1) / geometry.columns;
    geometry.legendTop = rows * (geometry.monthHeight + MonthGap);
    return geometry;
}

int HeadacheCalendar::heightForWidth(int width) const
{
    const Geometry geometry = geometryFor(width);
    const QFontMetricsF metrics(font());
    // Room for the legend on two lines, should it wrap.
    return int(std::ceil(geometry.legendTop + metrics.height() * 2.6));
}

QSize HeadacheCalendar::sizeHint() const
{
    const int width = int(3 * (7 * MaximumCell + MonthGap));
    return { width, heightForWidth(width) };
}

QSize HeadacheCalendar::minimumSizeHint() const
{
    const int width = int(2 * (7 * MinimumCell + MonthGap));
    return { width, heightForWidth(width) };
}

QRectF HeadacheCalendar::dayRect(const Geometry &geometry, int monthIndex, const QDate &date) const
{
    const QFontMetricsF metrics(font());
    const int row = monthIndex / geometry.columns;
    const int column = monthIndex % geometry.columns;
    const qreal left = column * (geometry.monthWidth + MonthGap);
    const qreal top = row * (geometry.monthHeight + MonthGap) + metrics.height() * 2.5;
    const QDate first = firstOfMonth(date);
    const int offset = first.dayOfWeek() - 1; // weeks start on Monday
    const int index = offset + date.day() - 1;
    return { left + (index % 7) * geometry.cell, top + (index / 7) * geometry.cell,
             geometry.cell - 2.0, geometry.cell - 2.0 };
}

QDate HeadacheCalendar::dateAt(const QPoint &point) const
{
    const Geometry geometry = geometryFor(width());
    for (int m = 0; m < Months; ++m) {
        const QDate month = firstMonth().addMonths(m);
        for (int d = 1; d <= month.daysInMonth(); ++d) {
            const QDate date(month.year(), month.month(), d);
            if (dayRect(geometry, m, date).contains(QPointF(point)))
                return date;
        }
    }
    return {};
}

void HeadacheCalendar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry geometry = geometryFor(width());
    const QFontMetricsF metrics(font());
    const QLocale locale;
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont smallFont = font();
    smallFont.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.8));
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QBrush hatch(NoRecordHatch, Qt::BDiagPattern);
    for (int m = 0; m < Months; ++m) {
        const QDate month = firstMonth().addMonths(m);
        const int row = m / geometry.columns;
        const int column = m % geometry.columns;
        const qreal left = column * (geometry.monthWidth + MonthGap);
        const qreal top = row * (geometry.monthHeight + MonthGap);
        painter.setFont(titleFont);
        painter.setPen(text);
        painter.drawText(QRectF(left, top, geometry.cell * 7, metrics.height() * 1.4),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(month, QStringLiteral("MMMM yyyy")));
        painter.setFont(smallFont);
        painter.setPen(muted);
        for (int d = 0; d < 7; ++d)
            painter.drawText(QRectF(left + d * geometry.cell, top + metrics.height() * 1.4,
                                    geometry.cell - 2.0, metrics.height()),
                             Qt::AlignCenter, locale.dayName(d + 1, QLocale::ShortFormat).left(2));
        for (int d = 1; d <= month.daysInMonth(); ++d) {
            const QDate date(month.year(), month.month(), d);
            const QRectF box = dayRect(geometry, m, date);
            const DayState state = dayState(date);
            painter.setPen(QPen(GridColour, 1.0));
            painter.setBrush(dayColour(date));
            painter.drawRoundedRect(box, 2.0, 2.0);
            if (state == DayState::NoRecord) {
                painter.setBrush(hatch);
                painter.setPen(Qt::NoPen);
                painter.drawRoundedRect(box, 2.0, 2.0);
            }
            if (date == m_today) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(text, 1.5));
                painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.0, 2.0);
            }
            if (geometry.cell >= 19.0) {
                const bool dark =
                        state == DayState::Headache && dayColour(date).lightnessF() < 0.45;
                painter.setPen(dark ? QColor(Qt::white) : muted);
                painter.drawText(box, Qt::AlignCenter, QString::number(d));
            }
        }
    }
    paintLegend(painter, geometry);
}

void HeadacheCalendar::paintLegend(QPainter &painter, const Geometry &geometry) const
{
    const QFontMetricsF metrics(font());
    const qreal box = std::min(geometry.cell - 2.0, metrics.height());
    const qreal lineHeight = metrics.height() * 1.2;
    qreal x = 0.0;
    qreal y = geometry.legendTop;
    painter.setFont(font());
    const QColor text = palette().color(QPalette::WindowText);
    // Each group (swatches and their words) stays on one line; a narrow calendar wraps the legend.
    const auto group = [&](const QList<std::pair<QBrush, bool>> &swatches, const QString &words) {
        const qreal wordsWidth = metrics.horizontalAdvance(words);
        const qreal needed = qreal(swatches.size()) * (box + 2.0) + 2.0 + wordsWidth;
        if (x > 0.0 && x + needed > qreal(width())) {
            x = 0.0;
            y += lineHeight;
        }
        for (const auto &[brush, hatched] : swatches) {
            const QRectF rect(x, y + (metrics.height() - box) / 2.0, box, box);
            painter.setPen(QPen(GridColour, 1.0));
            painter.setBrush(brush);
            painter.drawRoundedRect(rect, 2.0, 2.0);
            if (hatched) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QBrush(NoRecordHatch, Qt::BDiagPattern));
                painter.drawRoundedRect(rect, 2.0, 2.0);
            }
            x += box + 2.0;
        }
        x += 2.0;
        painter.setPen(text);
        painter.drawText(QRectF(x, y, wordsWidth + 2.0, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, words);
        x += wordsWidth + 16.0;
    };
    group({ { NoRecordColour, true } }, tr("No diary record"));
    group({ { HeadacheFreeColour, false } }, tr("No headache"));
    QList<std::pair<QBrush, bool>> scale;
    for (const int level : { 1, 3, 5, 7, 9 })
        scale.append({ intensityColour(level), false });
    group(scale, tr("Headache, intensity 1 → 10"));
    group({ { UnknownIntensityColour, false } }, tr("Headache, intensity not recorded"));
}

bool HeadacheCalendar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (date.isValid())
            QToolTip::showText(help->globalPos(), dayToolTip(date), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace stillpoint::ui
