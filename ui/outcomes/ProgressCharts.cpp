// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/ProgressCharts.h"

#include "core/assess/QuestionnaireLoader.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::ProgressCharts", text);
}

const QColor HeadacheColour(0x1d, 0x4e, 0x89);
const QColor PeakColour(0xb9, 0x1c, 0x1c);
const QColor MedicationColour(0x7c, 0x3a, 0xed);
const QColor SimpleColour(0x0e, 0x94, 0x88);
const QColor BeforeColour(0xc2, 0x41, 0x0c);
const QColor AfterColour(0x15, 0x80, 0x3d);
const QColor CareColour(0x6b, 0x72, 0x80);

// Midday UTC, so that a day never slips into its neighbour whatever the axis' time zone.
qreal x(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

std::unique_ptr<QChart> newChart()
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8.0);
    chart->legend()->setFont(legendFont);
    return chart;
}

// The smallest of 1, 2, 5, 10, 20, 25, 50, 100 … that splits `span` into at most five steps.
qreal roundTickStep(qreal span)
{
    for (qreal scale = 1;; scale *= 10) {
        for (const qreal step : { 1.0, 2.0, 2.5, 5.0 }) {
            if ((step != 2.5 || scale >= 10) && span / (step * scale) <= 5.0)
                return step * scale;
        }
    }
}

QValueAxis *valueAxis(QChart &chart, qreal minimum, qreal maximum, const QString &title,
                      Qt::Alignment side = Qt::AlignLeft)
{
    auto *axis = new QValueAxis(&chart);
    axis->setRange(minimum, maximum);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(8.5);
    font.setBold(false);
    axis->setTitleFont(font);
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(8.0);
    axis->setLabelsFont(labels);
    chart.addAxis(axis, side);
    return axis;
}

QDateTimeAxis *dateAxis(QChart &chart, QDate from, QDate to)
{
    if (from == to) { // a single day: some room either side
        from = from.addDays(-15);
        to = to.addDays(15);
    }
    auto *axis = new QDateTimeAxis(&chart);
    const qint64 days = from.daysTo(to);
    // Short labels, so that they fit under a chart half a window wide.
    axis->setFormat(days > 90 ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
    axis->setTickCount(days > 60 ? 5 : 4);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.0);
    axis->setLabelsFont(font);
    axis->setRange(QDateTime(from, QTime(0, 0), QTimeZone::utc()),
                   QDateTime(to, QTime(23, 59), QTimeZone::utc()));
    chart.addAxis(axis, Qt::AlignBottom);
    return axis;
}

void attach(QChart &chart, QAbstractSeries *series, QAbstractAxis *horizontal,
            QAbstractAxis *vertical)
{
    chart.addSeries(series);
    series->attachAxis(horizontal);
    series->attachAxis(vertical);
}

void hideFromLegend(QChart &chart, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart.legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

// A figure per 28-day window drawn as a line broken where a window lacks data (so a gap never
// reads as zero), with a dot on every window that has a figure.
bool addWindowLine(
        QChart &chart, const QList<core::DiaryPeriodStatistics> &windows,
        const std::function<std::optional<double>(const core::DiaryPeriodStatistics &)> &figure,
        const QString &name, const QColor &colour, QAbstractAxis *horizontal,
        QAbstractAxis *vertical, Qt::PenStyle style = Qt::SolidLine)
{
    QLineSeries *segment = nullptr;
    bool named = false;
    bool any = false;
    auto *dots = new QScatterSeries(&chart);
    dots->setMarkerSize(6.0);
    dots->setColor(colour);
    dots->setBorderColor(colour);
    for (const core::DiaryPeriodStatistics &window : windows) {
        const std::optional<double> value = figure(window);
        if (!value) {
            segment = nullptr;
            continue;
        }
        any = true;
        if (!segment) {
            segment = new QLineSeries(&chart);
            segment->setName(name);
            segment->setPen(QPen(colour, 2.0, style));
            attach(chart, segment, horizontal, vertical);
            if (named)
                hideFromLegend(chart, segment);
            named = true;
        }
        segment->append(x(window.to), *value);
        dots->append(x(window.to), *value);
    }
    attach(chart, dots, horizontal, vertical);
    hideFromLegend(chart, dots);
    return any;
}

// A dashed vertical line where care began, so before and after read at a glance.
void addCareMarker(QChart &chart, const core::ClientProgress &progress, QAbstractAxis *horizontal,
                   QAbstractAxis *vertical, qreal top)
{
    if (!progress.firstSession.isValid() || progress.firstSession < progress.from
        || progress.firstSession > progress.to)
        return;
    auto *line = new QLineSeries(&chart);
    line->setName(translate("First session"));
    line->setPen(QPen(CareColour, 1.5, Qt::DashLine));
    line->append(x(progress.firstSession), 0.0);
    line->append(x(progress.firstSession), top);
    attach(chart, line, horizontal, vertical);
}

QString notEnough(const core::ClientProgress &progress, const QString &fallback)
{
    return progress.notEnoughData.isEmpty() ? fallback : progress.notEnoughData;
}

ProgressChart headacheDays(const core::ClientProgress &progress)
{
    ProgressChart result{
        QStringLiteral("headacheDays"), translate("Headache days per 28 days"), newChart(), {}
    };
    QChart &chart = *result.chart;
    auto *horizontal = dateAxis(chart, progress.from, progress.to);
    auto *vertical = valueAxis(chart, 0, 28, translate("days / 28"));
    vertical->setTickCount(5);
    const bool any = addWindowLine(
            chart, progress.windows,
            [](const core::DiaryPeriodStatistics &w) { return w.headacheDaysPer28.value; },
            translate("Headache days / 28"), HeadacheColour, horizontal, vertical);
    if (!any) {
        result.chart.reset();
        result.emptyText =
                notEnough(progress,
                          translate("Not enough data: no 28-day window of the period has 14 "
                                    "recorded diary days yet."));
        return result;
    }
    addCareMarker(chart, progress, horizontal, vertical, 28);
    return result;
}

ProgressChart intensity(const core::ClientProgress &progress)
{
    ProgressChart result{
        QStringLiteral("intensity"), translate("Headache intensity (0–10)"), newChart(), {}
    };
    QChart &chart = *result.chart;
    auto *horizontal = dateAxis(chart, progress.from, progress.to);
    auto *vertical = valueAxis(chart, 0, 10, translate("intensity"));
    vertical->setTickCount(6);
    const bool mean = addWindowLine(
            chart, progress.windows,
            [](const core::DiaryPeriodStatistics &w) { return w.meanPeakIntensity.value; },
            translate("Mean"), HeadacheColour, horizontal, vertical);
    const bool peak = addWindowLine(
            chart, progress.windows,
            [](const core::DiaryPeriodStatistics &w) -> std::optional<double> {
                if (!w.meanPeakIntensity.value || !w.highestIntensity)
                    return std::nullopt;
                return double(*w.highestIntensity);
            },
            translate("Highest"), PeakColour, horizontal, vertical, Qt::DotLine);
    if (!mean && !peak) {
        result.chart.reset();
        result.emptyText =
                notEnough(progress,
                          translate("Not enough data: no 28-day window has headaches with "
                                    "a recorded intensity."));
        return result;
    }
    addCareMarker(chart, progress, horizontal, vertical, 10);
    return result;
}

ProgressChart medication(const core::ClientProgress &progress)
{
    ProgressChart result{
        QStringLiteral("medication"), translate("Acute medication days per month"), newChart(), {}
    };
    QList<core::MedicationMonth> months;
    for (const core::MedicationMonth &month : progress.medicationOveruse.months) {
        const QDate last = month.month.addMonths(1).addDays(-1);
        if (month.recordedDays > 0 && last >= progress.from && month.month <= progress.to)
            months.append(month);
    }
    if (months.isEmpty()) {
        result.chart.reset();
        result.emptyText = notEnough(progress,
                                     translate("Not enough data: no diary month with "
                                               "records in the period."));
        return result;
    }
    QChart &chart = *result.chart;
    auto *tenDay = new QBarSet(translate("Triptan and others"), &chart);
    tenDay->setColor(MedicationColour);
    tenDay->setBorderColor(MedicationColour);
    auto *simple = new QBarSet(translate("Simple analgesic"), &chart);
    simple->setColor(SimpleColour);
    simple->setBorderColor(SimpleColour);
    QStringList labels;
    int highest = 0;
    const QLocale locale;
    for (const core::MedicationMonth &month : std::as_const(months)) {
        tenDay->append(month.tenDayClassDays);
        simple->append(month.simpleAnalgesicDays);
        highest = std::max({ highest, month.tenDayClassDays, month.simpleAnalgesicDays });
        labels.append(locale.toString(month.month, QStringLiteral("MMM yy")));
    }
    auto *bars = new QBarSeries(&chart);
    bars->append(tenDay);
    bars->append(simple);
    // Months by index under the bars; a label spans `step` months so that it is never cut to
    // one narrow bar's width (at most about six labels).
    const auto count = int(labels.size());
    const int step = std::max(1, (count + 5) / 6);
    auto *horizontal = new QCategoryAxis(&chart);
    horizontal->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    horizontal->setRange(-0.5, count - 0.5);
    horizontal->setStartValue(-0.5);
    QFont monthFont = horizontal->labelsFont();
    monthFont.setPointSizeF(8.0);
    horizontal->setLabelsFont(monthFont);
    for (int first = 0; first < count; first += step)
        horizontal->append(labels.at(first), std::min(first + step, count) - 0.5);
    chart.addAxis(horizontal, Qt::AlignBottom);
    const int top = std::max(16, (highest + 4) / 4 * 4);
    auto *vertical = valueAxis(chart, 0, top, translate("days"));
    vertical->setTickCount(top / 4 + 1);
    attach(chart, bars, horizontal, vertical);
    // The ten-day threshold of ICHD-3 8.2, drawn across the months.
    auto *threshold = new QLineSeries(&chart);
    threshold->setName(translate("Threshold"));
    threshold->setPen(QPen(PeakColour, 1.5, Qt::DashLine));
    threshold->append(-0.5, core::DiaryStatistics::TenDayThreshold);
    threshold->append(qreal(months.size()) - 0.5, core::DiaryStatistics::TenDayThreshold);
    attach(chart, threshold, horizontal, vertical);
    return result;
}

// A band's label without the word all bands end with ("Mild disability" → "Mild"), so the
// labels fit beside a small chart; the chart's title names the scale.
QString shortLabel(const QList<core::GradeBand> &bands, const QString &label)
{
    const QString last = label.section(QLatin1Char(' '), -1);
    for (const core::GradeBand &band : bands) {
        if (band.label.section(QLatin1Char(' '), -1) != last
            || !band.label.contains(QLatin1Char(' ')))
            return label;
    }
    return label.section(QLatin1Char(' '), 0, -2);
}

QColor bandColour(int index, int count)
{
    static const QList<QColor> colours{ QColor(0x86, 0xef, 0xac), QColor(0xfd, 0xe6, 0x8a),
                                        QColor(0xfd, 0xba, 0x74), QColor(0xfc, 0xa5, 0xa5) };
    const int at = count <= 1 ? 0 : index * (int(colours.size()) - 1) / (count - 1);
    QColor colour = colours.at(std::clamp(at, 0, int(colours.size()) - 1));
    colour.setAlpha(110);
    return colour;
}

ProgressChart scores(const QString &id, const QString &title, const QList<core::ScorePoint> &points,
                     const QString &emptyText)
{
    ProgressChart result{ id, title, newChart(), {} };
    const auto definition = core::QuestionnaireLoader::builtIn(id);
    if (points.isEmpty() || !definition) {
        result.chart.reset();
        result.emptyText = emptyText;
        return result;
    }
    const QList<core::GradeBand> &bands = definition.value().bands;
    QChart &chart = *result.chart;
    QDate from = points.first().date;
    QDate to = points.last().date;
    const qint64 pad = std::max<qint64>(10, from.daysTo(to) / 12);
    from = from.addDays(-pad);
    to = to.addDays(pad);
    auto *horizontal = dateAxis(chart, from, to);
    int highest = 0;
    for (const core::ScorePoint &point : points)
        highest = std::max(highest, point.total);
    // The scale shows every band up to the one above the highest total, so the grades read
    // against their neighbours without squeezing the points to the bottom of a huge range.
    const int bottom = bands.first().minimum;
    int top = bands.last().maximum;
    for (const core::GradeBand &band : bands) {
        if (band.maximum >= highest) {
            const qsizetype next = bands.indexOf(band) + 1;
            // In the open-ended top band (MIDAS 21 to 270) the scale ends a little above the
            // highest total instead of at the band's far end.
            top = next < bands.size()
                    ? std::min(bands.at(next).minimum + 9, bands.last().maximum)
                    : std::min(band.maximum, std::max(band.minimum + 9, highest + highest / 5 + 2));
            break;
        }
    }
    top = std::max(top, highest + 2);
    auto *vertical = valueAxis(chart, bottom, top, translate("total"));
    // Ticks on round totals (multiples of 5, 10 or 20 from zero), at most six of them: HIT-6
    // starts at 36, and five evenly spread ticks from there would read 36, 46.5 …
    vertical->setTickType(QValueAxis::TicksDynamic);
    vertical->setTickAnchor(0);
    vertical->setTickInterval(roundTickStep(top - bottom));
    auto *gradeAxis = new QCategoryAxis(&chart);
    gradeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    gradeAxis->setMin(bottom);
    gradeAxis->setStartValue(bottom);
    QFont gradeFont = gradeAxis->labelsFont();
    gradeFont.setPointSizeF(7.5);
    gradeAxis->setLabelsFont(gradeFont);
    gradeAxis->setGridLineVisible(false);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const core::GradeBand &band = bands.at(i);
        const qreal low = i == 0 ? qreal(band.minimum) : qreal(band.minimum) - 0.5;
        const qreal high = i + 1 == bands.size() ? qreal(band.maximum) : qreal(band.maximum) + 0.5;
        if (low >= top)
            break;
        auto *upper = new QLineSeries(&chart);
        upper->append(x(from), std::min<qreal>(high, top));
        upper->append(x(to.addDays(1)), std::min<qreal>(high, top));
        auto *lower = new QLineSeries(&chart);
        lower->append(x(from), low);
        lower->append(x(to.addDays(1)), low);
        auto *area = new QAreaSeries(upper, lower);
        area->setParent(&chart);
        area->setName(band.label);
        area->setColor(bandColour(int(i), int(bands.size())));
        area->setBorderColor(Qt::transparent);
        attach(chart, area, horizontal, vertical);
        hideFromLegend(chart, area);
        const QString words = shortLabel(bands, band.label);
        const QString label =
                band.grade.isEmpty() ? words : QStringLiteral("%1 %2").arg(band.grade, words);
        gradeAxis->append(label, std::min<qreal>(high, top));
    }
    gradeAxis->setMax(top);
    chart.addAxis(gradeAxis, Qt::AlignRight);
    auto *line = new QLineSeries(&chart);
    line->setName(translate("Total"));
    line->setPen(QPen(HeadacheColour, 2.0));
    auto *dots = new QScatterSeries(&chart);
    dots->setMarkerSize(8.0);
    dots->setColor(HeadacheColour);
    dots->setBorderColor(Qt::white);
    for (const core::ScorePoint &point : points) {
        line->append(x(point.date), point.total);
        dots->append(x(point.date), point.total);
    }
    attach(chart, line, horizontal, vertical);
    attach(chart, dots, horizontal, vertical);
    hideFromLegend(chart, dots);
    chart.legend()->setVisible(false); // the grade axis names the bands; one line needs no key
    return result;
}

ProgressChart sessionPain(const core::ClientProgress &progress)
{
    ProgressChart result{ QStringLiteral("sessionPain"),
                          translate("Pain before and after each session (0–10)"),
                          newChart(),
                          {} };
    QList<core::SessionPain> points;
    for (const core::SessionPain &pain : progress.sessionPain) {
        if (pain.before || pain.after)
            points.append(pain);
    }
    if (points.isEmpty()) {
        result.chart.reset();
        result.emptyText = translate("Not enough data: no signed session note records pain "
                                     "before or after the session.");
        return result;
    }
    QChart &chart = *result.chart;
    QDate from = points.first().date;
    QDate to = points.last().date;
    const qint64 pad = std::max<qint64>(3, from.daysTo(to) / 30);
    auto *horizontal = dateAxis(chart, from.addDays(-pad), to.addDays(pad));
    auto *vertical = valueAxis(chart, 0, 10, translate("pain"));
    vertical->setTickCount(6);
    // Each session as a short vertical stroke from its before to its after pain, with the two
    // ends marked, so the change within a visit and the trend across visits both read.
    auto *before = new QScatterSeries(&chart);
    before->setName(translate("Before"));
    before->setMarkerSize(7.0);
    before->setColor(BeforeColour);
    before->setBorderColor(BeforeColour);
    auto *after = new QScatterSeries(&chart);
    after->setName(translate("After"));
    after->setMarkerSize(7.0);
    after->setColor(AfterColour);
    after->setBorderColor(AfterColour);
    auto *sessions = new QScatterSeries(&chart);
    sessions->setName(translate("Session"));
    sessions->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    sessions->setMarkerSize(5.0);
    sessions->setColor(CareColour);
    sessions->setBorderColor(CareColour);
    for (const core::SessionPain &pain : std::as_const(points)) {
        if (pain.before && pain.after) {
            auto *stroke = new QLineSeries(&chart);
            stroke->setPen(QPen(QColor(0x9c, 0xa3, 0xaf), 1.2));
            stroke->append(x(pain.date), *pain.before);
            stroke->append(x(pain.date), *pain.after);
            attach(chart, stroke, horizontal, vertical);
            hideFromLegend(chart, stroke);
        }
        if (pain.before)
            before->append(x(pain.date), *pain.before);
        if (pain.after)
            after->append(x(pain.date), *pain.after);
    }
    for (const QDate &date : progress.sessionDates) {
        if (date >= from.addDays(-pad) && date <= to.addDays(pad))
            sessions->append(x(date), 0.15);
    }
    attach(chart, before, horizontal, vertical);
    attach(chart, after, horizontal, vertical);
    attach(chart, sessions, horizontal, vertical);
    return result;
}

} // namespace

namespace ProgressCharts {

std::vector<ProgressChart> make(const core::ClientProgress &progress)
{
    std::vector<ProgressChart> charts;
    charts.push_back(headacheDays(progress));
    charts.push_back(intensity(progress));
    charts.push_back(medication(progress));
    charts.push_back(sessionPain(progress));
    charts.push_back(scores(QStringLiteral("midas"), translate("MIDAS total and grade"),
                            progress.midas, translate("No scored MIDAS questionnaire yet.")));
    charts.push_back(scores(QStringLiteral("hit6"), translate("HIT-6 total and impact"),
                            progress.hit6, translate("No scored HIT-6 questionnaire yet.")));
    return charts;
}

QImage render(QChart &chart, const QSize &size, qreal scale)
{
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // A scene of its own for the drawing; the chart is taken back before the scene goes, which
    // would otherwise delete it.
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart.setBackgroundBrush(Qt::white);
    chart.setBackgroundPen(Qt::NoPen);
    QCoreApplication::sendPostedEvents(); // lets the chart lay itself out at its new size
    if (chart.layout())
        chart.layout()->activate();
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                     QRectF(QPointF(0, 0), QSizeF(size)));
    }
    scene.removeItem(&chart);
    return image;
}

} // namespace ProgressCharts

} // namespace stillpoint::ui
