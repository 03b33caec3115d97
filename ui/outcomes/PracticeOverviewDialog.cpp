// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/PracticeOverviewDialog.h"

#include "ui/common/DocumentPrinter.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/security/CurrentSession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace stillpoint::ui {

namespace {

int totalSessions(const core::PracticeOverview &overview)
{
    int total = 0;
    for (const core::WeekSessions &week : overview.sessionsPerWeek)
        total += week.completed;
    return total;
}

QString weekLabel(const QDate &monday)
{
    return QLocale().toString(monday, QStringLiteral("d MMM"));
}

QString periodText(const core::PracticeOverview &overview)
{
    if (overview.sessionsPerWeek.isEmpty())
        return {};
    const QDate first = overview.sessionsPerWeek.first().weekStart;
    const QDate last = overview.sessionsPerWeek.last().weekStart.addDays(6);
    const QLocale locale;
    return QObject::tr("The %1 full weeks from %2 to %3")
            .arg(overview.sessionsPerWeek.size())
            .arg(locale.toString(first, QStringLiteral("ddd d MMM yyyy")),
                 locale.toString(last, QStringLiteral("ddd d MMM yyyy")));
}

} // namespace

PracticeOverviewDialog::PracticeOverviewDialog(const Services &services,
                                               const core::PracticeOverview &overview,
                                               QWidget *parent)
    : QDialog(parent), m_services(services), m_overview(overview)
{
    setObjectName(QStringLiteral("practiceOverviewDialog"));
    setWindowTitle(tr("Practice Overview"));
    resize(900, 720);

    auto *title = Styles::titleLabel(tr("Practice overview"), this);
    const QLocale locale;
    auto *subtitle = Styles::subtitleLabel(
            tr("%1, as of %2. Figures for the whole practice; no client is named.")
                    .arg(periodText(overview),
                         locale.toString(overview.today, QStringLiteral("d MMMM yyyy"))),
            this);
    subtitle->setObjectName(QStringLiteral("periodLabel"));
    subtitle->setWordWrap(true);

    const int sessions = totalSessions(overview);
    const int weeks = static_cast<int>(overview.sessionsPerWeek.size());
    auto *figures = new QGridLayout;
    figures->setSpacing(12);
    figures->addWidget(figure(QStringLiteral("activeClientsFigure"), tr("Active clients"),
                              locale.toString(overview.activeClients),
                              tr("Clients whose record is open (not archived).")),
                       0, 0);
    figures->addWidget(
            figure(QStringLiteral("sessionsFigure"), tr("Completed sessions"),
                   locale.toString(sessions),
                   weeks > 0 ? tr("In %1 weeks: %2 a week on average.")
                                       .arg(weeks)
                                       .arg(locale.toString(double(sessions) / weeks, 'f', 1))
                             : QString()),
            0, 1);
    figures->addWidget(
            figure(QStringLiteral("noShowFigure"), tr("No-show rate"),
                   overview.noShowRate ? percent(*overview.noShowRate) : QStringLiteral("—"),
                   rateText(overview.noShows, overview.appointmentsDue, overview.noShowRate)),
            1, 0);
    figures->addWidget(figure(QStringLiteral("lateCancelFigure"), tr("Late-cancellation rate"),
                              overview.lateCancellationRate
                                      ? percent(*overview.lateCancellationRate)
                                      : QStringLiteral("—"),
                              rateText(overview.lateCancellations, overview.appointmentsDue,
                                       overview.lateCancellationRate)),
                       1, 1);
    QWidget *improved = figure(
            QStringLiteral("improvementFigure"), tr("Headache days halved"),
            overview.halvedShare ? tr("%1 of %2 clients (%3)")
                                           .arg(overview.clientsHalved)
                                           .arg(overview.clientsCompared)
                                           .arg(percent(*overview.halvedShare))
                                 : tr("Not enough diary data yet"),
            improvementText(overview) + QLatin1Char('\n')
                    + tr("A client is compared when the diary covers the 28 days before the "
                         "first session and the last 28 days of care, with headaches before."));
    figures->addWidget(improved, 2, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(figures);
    layout->addWidget(sessionsChart(), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    if (m_services.printer) {
        QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
        printButton->setObjectName(QStringLiteral("printButton"));
        connect(printButton, &QPushButton::clicked, this, [this] { print(); });
        if (m_services.files) {
            QPushButton *pdfButton =
                    buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
            pdfButton->setObjectName(QStringLiteral("savePdfButton"));
            connect(pdfButton, &QPushButton::clicked, this, [this] { saveAsPdf(); });
        }
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savedLabel->hide();
    layout->addWidget(m_savedLabel);
    layout->addWidget(buttons);
}

PracticeOverviewDialog::~PracticeOverviewDialog() = default;

PracticeOverviewDialog *PracticeOverviewDialog::open(const Services &services, QWidget *parent)
{
    const core::ProgressService progress(services.database, services.clock);
    const auto overview = progress.practiceOverview(services.session.session());
    if (!overview) {
        services.prompter.warning(parent, tr("Practice Overview"), overview.error().message,
                                  { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                  Prompter::Choice::Ok);
        return nullptr;
    }
    auto *dialog = new PracticeOverviewDialog(services, overview.value(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString PracticeOverviewDialog::percent(double share)
{
    return tr("%1%").arg(std::lround(share * 100.0));
}

QString PracticeOverviewDialog::improvementText(const core::PracticeOverview &overview)
{
    if (overview.clientsCompared == 0 || !overview.halvedShare)
        return tr("No client has enough diary data yet to compare headache days before and "
                  "after their course of care.");
    return tr("Clients whose headache days fell by half or more: %1 of %2 compared (%3)")
            .arg(overview.clientsHalved)
            .arg(overview.clientsCompared)
            .arg(percent(*overview.halvedShare));
}

QString PracticeOverviewDialog::rateText(int count, int due, const std::optional<double> &rate)
{
    if (!rate || due == 0)
        return tr("No appointments were due in these weeks.");
    return due == 1 ? tr("%1 of 1 appointment due").arg(count)
                    : tr("%1 of %2 appointments due").arg(count).arg(due);
}

QWidget *PracticeOverviewDialog::figure(const QString &objectName, const QString &title,
                                        const QString &value, const QString &detail)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *titleLabel = new QLabel(title, frame);
    titleLabel->setTextFormat(Qt::PlainText);
    titleLabel->setStyleSheet(QStringLiteral("color: #555555;"));
    auto *valueLabel = new QLabel(value, frame);
    valueLabel->setObjectName(objectName + QStringLiteral("Value"));
    valueLabel->setTextFormat(Qt::PlainText);
    QFont big = valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    valueLabel->setFont(big);
    auto *detailLabel = new QLabel(detail, frame);
    detailLabel->setObjectName(objectName + QStringLiteral("Detail"));
    detailLabel->setTextFormat(Qt::PlainText);
    detailLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(titleLabel);
    layout->addWidget(valueLabel);
    layout->addWidget(detailLabel);
    return frame;
}

QChartView *PracticeOverviewDialog::sessionsChart()
{
    auto *set = new QBarSet(tr("Completed sessions"));
    QStringList categories;
    int most = 0;
    for (const core::WeekSessions &week : std::as_const(m_overview.sessionsPerWeek)) {
        *set << week.completed;
        categories << weekLabel(week.weekStart);
        most = std::max(most, week.completed);
    }
    set->setColor(QColor(0x4a, 0x7f, 0xb5));
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Completed sessions per week (weeks start on Monday)"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *weeks = new QBarCategoryAxis;
    weeks->append(categories);
    chart->addAxis(weeks, Qt::AlignBottom);
    series->attachAxis(weeks);
    auto *count = new QValueAxis;
    // Whole sessions only, with room above the tallest bar for its label.
    const int top = std::max(4, most + std::max(1, most / 5));
    count->setRange(0, top);
    count->setTickType(QValueAxis::TicksDynamic);
    count->setTickAnchor(0);
    count->setTickInterval(std::max(1, static_cast<int>(std::ceil(top / 5.0))));
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(count);

    auto *view = new QChartView(chart, this);
    view->setObjectName(QStringLiteral("sessionsChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

PrintableDocument PracticeOverviewDialog::document() const
{
    const QLocale locale;
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    const int sessions = totalSessions(m_overview);
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                           .arg(esc(tr("Practice overview")),
                                esc(tr("%1, as of %2.")
                                            .arg(periodText(m_overview),
                                                 locale.toString(m_overview.today,
                                                                 QStringLiteral("d MMMM yyyy")))));
    html += QStringLiteral("<table cellpadding=\"4\">");
    const auto row = [&](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(name), esc(value));
    };
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                    .arg(esc(tr("Figure")), esc(tr("Value")));
    row(tr("Active clients"), locale.toString(m_overview.activeClients));
    row(tr("Completed sessions"), locale.toString(sessions));
    row(tr("No-show rate"),
        (m_overview.noShowRate ? percent(*m_overview.noShowRate) + QStringLiteral(" — ")
                               : QString())
                + rateText(m_overview.noShows, m_overview.appointmentsDue, m_overview.noShowRate));
    row(tr("Late-cancellation rate"),
        (m_overview.lateCancellationRate
                 ? percent(*m_overview.lateCancellationRate) + QStringLiteral(" — ")
                 : QString())
                + rateText(m_overview.lateCancellations, m_overview.appointmentsDue,
                           m_overview.lateCancellationRate));
    row(tr("Headache days halved"), improvementText(m_overview));
    html += QStringLiteral("</table><h2>%1</h2><table cellpadding=\"4\">")
                    .arg(esc(tr("Completed sessions per week")));
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"right\">%2</th></tr>")
                    .arg(esc(tr("Week from")), esc(tr("Sessions")));
    for (const core::WeekSessions &week : m_overview.sessionsPerWeek)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(esc(locale.toString(week.weekStart, QStringLiteral("ddd d MMM yyyy"))))
                        .arg(week.completed);
    html += QStringLiteral("</table>");

    PrintableDocument document;
    document.title = tr("Practice overview");
    document.html = html;
    document.footer = tr("Practice overview · %1")
                              .arg(locale.toString(m_overview.today, QStringLiteral("yyyy-MM-dd")));
    document.fileName = tr("Practice overview %1.pdf")
                                .arg(m_overview.today.toString(QStringLiteral("yyyy-MM-dd")));
    return document;
}

bool PracticeOverviewDialog::print()
{
    if (!m_services.printer)
        return false;
    const auto printed = m_services.printer->print(this, document());
    if (!printed) {
        m_services.prompter.warning(this, tr("Print"), printed.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    return printed.value();
}

bool PracticeOverviewDialog::saveAsPdf()
{
    if (!m_services.printer || !m_services.files)
        return false;
    const PrintableDocument printout = document();
    const QString path = choosePdfPath(*m_services.files, this, tr("Save Practice Overview as PDF"),
                                       printout.fileName);
    if (path.isEmpty())
        return false;
    const core::Status saved = m_services.printer->savePdf(printout, path);
    if (!saved) {
        m_services.prompter.warning(this, tr("PDF not saved"), saved.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    m_savedLabel->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    m_savedLabel->show();
    return true;
}

} // namespace stillpoint::ui
