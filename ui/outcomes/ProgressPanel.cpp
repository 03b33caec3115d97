// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/ProgressPanel.h"

#include "core/intake/IntakeService.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/outcomes/HeadacheCalendar.h"
#include "ui/outcomes/ProgressCharts.h"
#include "ui/outcomes/ProgressReport.h"
#include "ui/security/CurrentSession.h"

#include <QAction>
#include <QActionGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace stillpoint::ui {

namespace {

QString day(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString overuseStyle()
{
    return QStringLiteral("QLabel { background: #fff7ed; color: #7c2d12; border: 1px solid "
                          "#f97316; border-left: 6px solid #ea580c; border-radius: 4px; "
                          "padding: 8px 10px; font-weight: 600; }");
}

} // namespace

ProgressPanel::ProgressPanel(const Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_progressService(services.database, services.clock),
      m_diary(services.database, services.clock), m_notes(services.database, services.clock),
      m_report(std::make_unique<ProgressReport>(
              ProgressReport::Services{ m_progressService, services.intakes, m_notes,
                                        services.settings, services.session, services.clock })),
      m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("progressPanel"));
    createActions();
    m_pages->addWidget(createMessagePage());
    m_pages->addWidget(createFrontDeskPage());
    m_pages->addWidget(createClinicalPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(&m_services.session, &CurrentSession::sessionChanged, this, &ProgressPanel::applyRole);
    applyRole();
}

ProgressPanel::~ProgressPanel() = default;

void ProgressPanel::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QString &tip,
                             const std::function<void()> &work) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, [this, work] {
            Q_EMIT showRequested();
            work();
        });
        addAction(action);
        return action;
    };
    m_refreshAction = make(tr("&Refresh Progress"), "refreshProgressAction",
                           tr("Read the client's diary, questionnaires and notes again"),
                           [this] { refresh(); });
    m_printAction = make(tr("&Print Progress Report…"), "printProgressReportAction",
                         tr("Print the progress report for the client's physician"),
                         [this] { printReport(); });
    m_savePdfAction =
            make(tr("Save Progress Report as P&DF…"), "saveProgressReportPdfAction",
                 tr("Save the progress report as a PDF file"), [this] { saveReportAsPdf(); });
    m_periodGroup = new QActionGroup(this);
    m_periodGroup->setExclusive(true);
    const QList<std::pair<QString, const char *>> periods{
        { tr("&Whole Diary"), "progressPeriodAllAction" },
        { tr("Last &3 Months"), "progressPeriodThreeMonthsAction" },
        { tr("Last &12 Months"), "progressPeriodTwelveMonthsAction" },
        { tr("&Custom Period…"), "progressPeriodCustomAction" },
    };
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const int index = int(i);
        QAction *action = make(periods.at(i).first, periods.at(i).second,
                               tr("Show the progress of this period"), [this, index] {
                                   m_periodChoice->setCurrentIndex(index);
                                   if (index == int(Period::Custom))
                                       m_fromEdit->setFocus(Qt::ShortcutFocusReason);
                               });
        action->setCheckable(true);
        action->setChecked(i == 0);
        m_periodGroup->addAction(action);
        m_periodActions.append(action);
    }
}

QList<QAction *> ProgressPanel::menuActions() const
{
    QList<QAction *> actions{ m_refreshAction, nullptr, m_printAction, m_savePdfAction, nullptr };
    actions.append(m_periodActions);
    return actions;
}

QWidget *ProgressPanel::createMessagePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("progressMessagePage"));
    m_messageTitle = new QLabel(page);
    m_messageTitle->setObjectName(QStringLiteral("progressMessageTitle"));
    m_messageTitle->setTextFormat(Qt::PlainText);
    QFont font = m_messageTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_messageTitle->setFont(font);
    m_messageHint = Styles::subtitleLabel(QString(), page);
    m_messageHint->setAlignment(Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(m_messageTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_messageHint);
    layout->addStretch(3);
    return page;
}

QWidget *ProgressPanel::createFrontDeskPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("progressFrontDeskPage"));
    m_frontDeskTitle = Styles::titleLabel(QString(), page);
    m_frontDeskLabel = new QLabel(tr("Progress figures are visible to therapists only."), page);
    m_frontDeskLabel->setObjectName(QStringLiteral("progressFrontDeskLabel"));
    m_frontDeskLabel->setTextFormat(Qt::PlainText);
    m_frontDeskLabel->setWordWrap(true);
    m_frontDeskLabel->setStyleSheet(Styles::infoBannerStyle());
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frontDeskTitle);
    layout->addSpacing(8);
    layout->addWidget(m_frontDeskLabel);
    layout->addStretch();
    return page;
}

QWidget *ProgressPanel::createHeadline(QWidget *parent)
{
    auto *strip = new QFrame(parent);
    strip->setObjectName(QStringLiteral("progressHeadline"));
    strip->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(strip);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    const QList<std::pair<QString, QString>> figures{
        { QStringLiteral("headacheDays"), tr("Headache days / 28") },
        { QStringLiteral("attacks"), tr("Attacks") },
        { QStringLiteral("intensity"), tr("Intensity mean · peak") },
        { QStringLiteral("duration"), tr("Mean duration") },
        { QStringLiteral("medicationDays"), tr("Acute medication days / 28") },
    };
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.45);
    valueFont.setBold(true);
    for (qsizetype i = 0; i < figures.size(); ++i) {
        auto *value = new QLabel(strip);
        value->setObjectName(QStringLiteral("progressFigure_%1").arg(figures.at(i).first));
        value->setFont(valueFont);
        value->setTextFormat(Qt::PlainText);
        auto *caption = Styles::subtitleLabel(figures.at(i).second, strip);
        caption->setWordWrap(false);
        grid->addWidget(value, 0, int(i));
        grid->addWidget(caption, 1, int(i));
        m_figures.append({ figures.at(i).first, value });
    }
    auto *period = new QLabel(strip);
    period->setObjectName(QStringLiteral("progressFigure_period"));
    period->setTextFormat(Qt::PlainText);
    m_figures.append({ QStringLiteral("period"), period });
    grid->addWidget(period, 2, 0, 1, int(figures.size()));
    m_beforeAfter = new QLabel(parent);
    m_beforeAfter->setObjectName(QStringLiteral("progressBeforeAfter"));
    m_beforeAfter->setTextFormat(Qt::PlainText);
    m_beforeAfter->setWordWrap(true);
    QFont beforeAfterFont = font();
    beforeAfterFont.setPointSizeF(beforeAfterFont.pointSizeF() * 1.1);
    beforeAfterFont.setBold(true);
    m_beforeAfter->setFont(beforeAfterFont);
    m_beforeAfter->setStyleSheet(QStringLiteral("QLabel { padding: 6px 10px; background: #eff6ff; "
                                                "border: 1px solid #bfdbfe; border-radius: 4px; "
                                                "color: #1e3a8a; }"));
    for (int column = 0; column < figures.size(); ++column)
        grid->setColumnStretch(column, 1);
    return strip;
}

QWidget *ProgressPanel::createClinicalPage()
{
    m_clinical = new QWidget(m_pages);
    m_clinical->setObjectName(QStringLiteral("progressClinicalPage"));

    // The top: whose progress, over which period, and what can be done with it.
    m_title = Styles::titleLabel(QString(), m_clinical);
    // A long name gives way to the period choice rather than widening the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_periodChoice = new QComboBox(m_clinical);
    m_periodChoice->setObjectName(QStringLiteral("progressPeriodChoice"));
    m_periodChoice->addItems(
            { tr("Whole diary"), tr("Last 3 months"), tr("Last 12 months"), tr("Custom") });
    m_fromEdit = new QDateEdit(m_clinical);
    m_fromEdit->setObjectName(QStringLiteral("progressFromEdit"));
    m_toEdit = new QDateEdit(m_clinical);
    m_toEdit->setObjectName(QStringLiteral("progressToEdit"));
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setDate(m_services.clock.today());
    }
    m_fromEdit->setDate(m_services.clock.today().addMonths(-6));
    m_toLabel = new QLabel(tr("to"), m_clinical);
    auto *periodLabel = new QLabel(tr("&Period:"), m_clinical);
    periodLabel->setBuddy(m_periodChoice);
    auto *refreshButton = new QPushButton(tr("Refresh"), m_clinical);
    refreshButton->setObjectName(QStringLiteral("progressRefreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &ProgressPanel::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(periodLabel);
    top->addWidget(m_periodChoice);
    top->addWidget(m_fromEdit);
    top->addWidget(m_toLabel);
    top->addWidget(m_toEdit);
    top->addWidget(refreshButton);

    m_enterButton = new QPushButton(tr("Enter diary month…"), m_clinical);
    m_enterButton->setObjectName(QStringLiteral("enterDiaryButton"));
    m_enterButton->setToolTip(tr("Type in a month of the client's paper diary"));
    m_importButton = new QPushButton(tr("Import diary CSV…"), m_clinical);
    m_importButton->setObjectName(QStringLiteral("importDiaryButton"));
    m_importButton->setToolTip(tr("Read a diary exported from a phone app"));
    m_printButton = new QPushButton(tr("Print report…"), m_clinical);
    m_printButton->setObjectName(QStringLiteral("printProgressReportButton"));
    m_pdfButton = new QPushButton(tr("Save report as PDF…"), m_clinical);
    m_pdfButton->setObjectName(QStringLiteral("saveProgressReportPdfButton"));
    connect(m_enterButton, &QPushButton::clicked, this, &ProgressPanel::enterDiaryRequested);
    connect(m_importButton, &QPushButton::clicked, this, &ProgressPanel::importDiaryRequested);
    connect(m_printButton, &QPushButton::clicked, m_printAction, &QAction::trigger);
    connect(m_pdfButton, &QPushButton::clicked, m_savePdfAction, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enterButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);

    // The figures, in a scrolling column.
    auto *scroll = new QScrollArea(m_clinical);
    scroll->setObjectName(QStringLiteral("progressScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("progressContent"));
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 6, 0);

    m_problem = new QLabel(content);
    Styles::makeProblemBanner(m_problem, QStringLiteral("progressProblem"));
    m_overuseBanner = new QLabel(content);
    m_overuseBanner->setObjectName(QStringLiteral("progressOveruseBanner"));
    m_overuseBanner->setTextFormat(Qt::PlainText);
    m_overuseBanner->setWordWrap(true);
    m_overuseBanner->setStyleSheet(overuseStyle());
    m_overuseBanner->hide();
    m_notEnoughData = new QLabel(content);
    m_notEnoughData->setObjectName(QStringLiteral("progressNotEnoughData"));
    m_notEnoughData->setTextFormat(Qt::PlainText);
    m_notEnoughData->setWordWrap(true);
    m_notEnoughData->setStyleSheet(Styles::infoBannerStyle());
    m_notEnoughData->hide();
    m_headline = createHeadline(content);
    // The buttons scroll with the figures: outside, they would widen the whole window.
    column->addLayout(buttons);
    column->addWidget(m_problem);
    column->addWidget(m_overuseBanner);
    column->addWidget(m_notEnoughData);
    column->addWidget(m_headline);
    column->addWidget(m_beforeAfter);

    // The charts, two abreast.
    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    const QStringList ids{ QStringLiteral("headacheDays"), QStringLiteral("intensity"),
                           QStringLiteral("medication"),   QStringLiteral("sessionPain"),
                           QStringLiteral("midas"),        QStringLiteral("hit6") };
    for (qsizetype i = 0; i < ids.size(); ++i) {
        ChartCard card;
        card.id = ids.at(i);
        auto *frame = new QFrame(content);
        frame->setObjectName(QStringLiteral("progressChart_%1").arg(card.id));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *title = new QLabel(frame);
        title->setObjectName(QStringLiteral("progressChartTitle_%1").arg(card.id));
        QFont titleFont = title->font();
        titleFont.setBold(true);
        title->setFont(titleFont);
        card.stack = new QStackedWidget(frame);
        card.stack->setMinimumHeight(230);
        card.empty = new QLabel(card.stack);
        card.empty->setObjectName(QStringLiteral("progressChartEmpty_%1").arg(card.id));
        card.empty->setWordWrap(true);
        card.empty->setAlignment(Qt::AlignCenter);
        card.empty->setTextFormat(Qt::PlainText);
        card.empty->setStyleSheet(QStringLiteral("QLabel { color: #4b5563; background: #f9fafb; "
                                                 "border: 1px dashed #d1d5db; padding: 12px; }"));
        card.stack->addWidget(card.empty);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(8, 6, 8, 6);
        layout->addWidget(title);
        layout->addWidget(card.stack, 1);
        card.card = frame;
        charts->addWidget(frame, int(i / 2), int(i % 2));
        m_charts.append(card);
    }
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    column->addLayout(charts);

    // The calendar heat-map.
    auto *calendarBox = new QFrame(content);
    calendarBox->setObjectName(QStringLiteral("progressCalendarBox"));
    calendarBox->setFrameShape(QFrame::StyledPanel);
    auto *calendarTitle = new QLabel(tr("Headache days"), calendarBox);
    QFont boldFont = calendarTitle->font();
    boldFont.setBold(true);
    calendarTitle->setFont(boldFont);
    m_calendar = new HeadacheCalendar(calendarBox);
    m_earlierButton = new QPushButton(tr("◀ Earlier"), calendarBox);
    m_earlierButton->setObjectName(QStringLiteral("calendarEarlierButton"));
    m_laterButton = new QPushButton(tr("Later ▶"), calendarBox);
    m_laterButton->setObjectName(QStringLiteral("calendarLaterButton"));
    m_monthsLabel = Styles::subtitleLabel(QString(), calendarBox);
    m_monthsLabel->setWordWrap(false);
    connect(m_earlierButton, &QPushButton::clicked, m_calendar, &HeadacheCalendar::showEarlier);
    connect(m_laterButton, &QPushButton::clicked, m_calendar, &HeadacheCalendar::showLater);
    connect(m_calendar, &HeadacheCalendar::monthsChanged, this, [this] {
        m_earlierButton->setEnabled(m_calendar->canShowEarlier());
        m_laterButton->setEnabled(m_calendar->canShowLater());
        const QLocale locale;
        m_monthsLabel->setText(tr("%1 – %2").arg(
                locale.toString(m_calendar->firstMonth(), QStringLiteral("MMM yyyy")),
                locale.toString(m_calendar->lastMonth(), QStringLiteral("MMM yyyy"))));
    });
    auto *calendarTop = new QHBoxLayout;
    calendarTop->addWidget(calendarTitle);
    calendarTop->addStretch();
    calendarTop->addWidget(m_earlierButton);
    calendarTop->addWidget(m_monthsLabel);
    calendarTop->addWidget(m_laterButton);
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    calendarLayout->setContentsMargins(8, 6, 8, 8);
    calendarLayout->addLayout(calendarTop);
    calendarLayout->addWidget(m_calendar);
    column->addWidget(calendarBox);

    // The triggers.
    auto *triggerBox = new QFrame(content);
    triggerBox->setObjectName(QStringLiteral("progressTriggerBox"));
    triggerBox->setFrameShape(QFrame::StyledPanel);
    auto *triggerTitle = new QLabel(tr("Suspected triggers in the period"), triggerBox);
    triggerTitle->setFont(boldFont);
    m_triggers = new QTableWidget(0, 3, triggerBox);
    m_triggers->setObjectName(QStringLiteral("progressTriggerTable"));
    m_triggers->setHorizontalHeaderLabels(
            { tr("Trigger"), tr("Headaches naming it"), tr("Share of headache days") });
    m_triggers->verticalHeader()->hide();
    m_triggers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_triggers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_triggers->setAlternatingRowColors(true);
    m_triggers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_triggers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_triggers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_triggers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_noTriggers = Styles::subtitleLabel(tr("No trigger named in the period."), triggerBox);
    auto *triggerLayout = new QVBoxLayout(triggerBox);
    triggerLayout->setContentsMargins(8, 6, 8, 8);
    triggerLayout->addWidget(triggerTitle);
    triggerLayout->addWidget(m_noTriggers);
    triggerLayout->addWidget(m_triggers);
    column->addWidget(triggerBox);
    column->addStretch();
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(m_clinical);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_periodChoice, &QComboBox::currentIndexChanged, this, &ProgressPanel::periodChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] {
        if (period() == Period::Custom)
            refresh();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] {
        if (period() == Period::Custom)
            refresh();
    });
    periodChanged();
    return m_clinical;
}

bool ProgressPanel::isClinical() const
{
    return m_services.session.allows(core::Operation::ClinicalRead);
}

bool ProgressPanel::canWork() const
{
    return m_available && m_clientId != 0 && isClinical();
}

void ProgressPanel::applyRole()
{
    // Another person: nothing read for the one before stays on screen.
    clearFigures();
    m_stale = true;
    refresh();
}

void ProgressPanel::setClient(qint64 clientId, const QString &clientName)
{
    m_clientName = clientName;
    m_frontDeskTitle->setText(clientName);
    m_title->setText(clientName);
    if (clientId == m_clientId) {
        updateActions();
        return;
    }
    m_clientId = clientId;
    clearFigures();
    refresh();
}

void ProgressPanel::setAvailable(bool available)
{
    m_available = available;
    updateActions();
}

void ProgressPanel::setPeriod(Period period, const QDate &from, const QDate &to)
{
    if (from.isValid())
        m_fromEdit->setDate(from);
    if (to.isValid())
        m_toEdit->setDate(to);
    if (m_periodChoice->currentIndex() != int(period))
        m_periodChoice->setCurrentIndex(int(period));
    else
        refresh();
}

ProgressPanel::Period ProgressPanel::period() const
{
    return Period(std::clamp(m_periodChoice->currentIndex(), 0, int(Period::Custom)));
}

core::ProgressOptions ProgressPanel::options() const
{
    core::ProgressOptions options;
    const QDate today = m_services.clock.today();
    switch (period()) {
    case Period::All:
        break;
    case Period::LastThreeMonths:
        options.from = today.addMonths(-3).addDays(1);
        options.to = today;
        break;
    case Period::LastTwelveMonths:
        options.from = today.addMonths(-12).addDays(1);
        options.to = today;
        break;
    case Period::Custom:
        options.from = std::min(m_fromEdit->date(), m_toEdit->date());
        options.to = std::max(m_fromEdit->date(), m_toEdit->date());
        break;
    }
    return options;
}

void ProgressPanel::periodChanged()
{
    const bool custom = period() == Period::Custom;
    m_fromEdit->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_toEdit->setVisible(custom);
    const int index = m_periodChoice->currentIndex();
    if (index >= 0 && index < m_periodActions.size())
        m_periodActions.at(index)->setChecked(true);
    refresh();
}

void ProgressPanel::refresh()
{
    if (!m_services.session.isSignedIn() || m_clientId == 0) {
        const bool none = m_clientName.isEmpty() || !m_services.session.isSignedIn();
        m_messageTitle->setText(none ? tr("No client open") : tr("Not saved yet"));
        m_messageHint->setText(none ? tr("Choose a client from the list to see their progress.")
                                    : tr("Save the new client first; then a diary can be "
                                         "kept."));
        m_pages->setCurrentIndex(MessagePage);
        updateActions();
        return;
    }
    m_pages->setCurrentIndex(isClinical() ? ClinicalPage : FrontDeskPage);
    m_stale = true;
    if (isVisible())
        reload();
    updateActions();
}

void ProgressPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ProgressPanel::reload()
{
    // Only for the clinical roles, and only while on screen (the reads are audited).
    if (!isClinical() || m_clientId == 0)
        return;
    m_stale = false;
    const core::Session &session = m_services.session.session();
    auto progress = m_progressService.clientProgress(session, m_clientId, options());
    if (!progress) {
        clearFigures();
        m_problem->setText(progress.error().message);
        m_problem->show();
        return;
    }
    const auto entries = m_diary.entries(session, m_clientId);
    if (!entries) {
        clearFigures();
        m_problem->setText(entries.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    showFigures(progress.value(), entries.value());
}

void ProgressPanel::clearFigures()
{
    m_progress.reset();
    m_problem->hide();
    m_overuseBanner->hide();
    m_overuseBanner->clear();
    m_notEnoughData->hide();
    m_headline->hide();
    for (auto &[name, label] : m_figures)
        label->clear();
    m_beforeAfter->clear();
    m_beforeAfter->hide();
    for (ChartCard &card : m_charts) {
        while (card.stack->count() > 1) {
            QWidget *view = card.stack->widget(1);
            card.stack->removeWidget(view);
            delete view;
        }
        card.empty->clear();
        card.stack->setCurrentWidget(card.empty);
    }
    m_calendar->clear();
    m_triggers->setRowCount(0);
    m_triggers->hide();
    m_noTriggers->show();
    updateActions();
}

void ProgressPanel::showFigures(const core::ClientProgress &progress,
                                const QList<core::DiaryEntry> &entries)
{
    clearFigures();
    m_progress = progress;

    const core::MedicationOveruse &overuse = progress.medicationOveruse;
    if (overuse.level != core::MedicationOveruseLevel::None) {
        m_overuseBanner->setText(tr("⚠ %1").arg(overuse.message));
        m_overuseBanner->show();
    }
    const core::DiaryPeriodStatistics &period = progress.period;
    if (!progress.enoughData()) {
        // Never a row of zeros: the reason instead, and the headline stays hidden.
        m_notEnoughData->setText(progress.notEnoughData);
        m_notEnoughData->show();
    } else {
        const auto set = [this](const QString &name, const QString &text) {
            for (auto &[key, label] : m_figures) {
                if (key == name)
                    label->setText(text);
            }
        };
        const auto figure = [](const core::DiaryFigure &value, const QString &unit = {}) {
            if (!value.value)
                return tr("not enough data");
            return unit.isEmpty() ? ProgressReport::number(value.value)
                                  : tr("%1 %2").arg(ProgressReport::number(value.value), unit);
        };
        set(QStringLiteral("headacheDays"), figure(period.headacheDaysPer28));
        set(QStringLiteral("attacks"), QString::number(period.attacks));
        const QString peak = period.highestIntensity ? QString::number(*period.highestIntensity)
                                                     : QStringLiteral("—");
        set(QStringLiteral("intensity"),
            period.meanPeakIntensity.value ? tr("%1 · %2").arg(
                    ProgressReport::number(period.meanPeakIntensity.value), peak)
                                           : tr("not enough data"));
        set(QStringLiteral("duration"), figure(period.meanDurationHours, tr("h")));
        set(QStringLiteral("medicationDays"), figure(period.acuteMedicationDaysPer28));
        set(QStringLiteral("period"),
            tr("%1 – %2 · %3 of %4 days recorded")
                    .arg(day(period.from), day(period.to))
                    .arg(period.recordedDays)
                    .arg(period.daysInPeriod));
        m_headline->show();
    }
    // Without any diary the not-enough-data banner says all there is to say.
    m_beforeAfter->setText(ProgressReport::beforeAfterText(progress));
    m_beforeAfter->setVisible(progress.diaryRows > 0);

    std::vector<ProgressChart> charts = ProgressCharts::make(progress);
    for (ProgressChart &chart : charts) {
        for (ChartCard &card : m_charts) {
            if (card.id != chart.id)
                continue;
            card.card->findChild<QLabel *>(QStringLiteral("progressChartTitle_%1").arg(card.id))
                    ->setText(chart.title);
            if (chart.hasChart()) {
                auto *view = new QChartView(chart.chart.release(), card.stack);
                view->setObjectName(QStringLiteral("progressChartView_%1").arg(card.id));
                view->setRenderHint(QPainter::Antialiasing);
                view->setMinimumHeight(230);
                card.stack->addWidget(view);
                card.stack->setCurrentWidget(view);
            } else {
                card.empty->setText(chart.emptyText);
                card.stack->setCurrentWidget(card.empty);
            }
        }
    }

    m_calendar->setEntries(entries, progress.today);
    showTriggers(progress, entries);
    updateActions();
}

void ProgressPanel::showTriggers(const core::ClientProgress &progress,
                                 const QList<core::DiaryEntry> &entries)
{
    // The share is of headache days (a day with two attacks naming a trigger counts once).
    QHash<QString, QSet<QDate>> days;
    for (const core::DiaryEntry &entry : entries) {
        if (!entry.headache || entry.date < progress.period.from || entry.date > progress.period.to)
            continue;
        for (const QString &trigger : entry.triggers)
            days[trigger].insert(entry.date);
    }
    QList<core::TriggerCount> triggers = progress.triggers;
    std::stable_sort(triggers.begin(), triggers.end(),
                     [](const core::TriggerCount &a, const core::TriggerCount &b) {
                         return a.count > b.count;
                     });
    m_triggers->setRowCount(int(triggers.size()));
    const int headacheDays = progress.period.headacheDays;
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const core::TriggerCount &trigger = triggers.at(i);
        auto *name = new QTableWidgetItem(trigger.label);
        auto *count = new QTableWidgetItem(QString::number(trigger.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const qsizetype withIt = days.value(trigger.key).size();
        const QString share = headacheDays > 0
                ? QStringLiteral("%1%").arg(qRound(100.0 * double(withIt) / headacheDays))
                : QStringLiteral("—");
        auto *shareItem = new QTableWidgetItem(share);
        shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_triggers->setItem(int(i), 0, name);
        m_triggers->setItem(int(i), 1, count);
        m_triggers->setItem(int(i), 2, shareItem);
    }
    const bool any = !triggers.isEmpty();
    m_triggers->setVisible(any);
    m_noTriggers->setVisible(!any);
    if (any) {
        // The whole table on the page (the page scrolls, not the table).
        m_triggers->resizeRowsToContents();
        int height = m_triggers->horizontalHeader()->sizeHint().height() + 4;
        for (int r = 0; r < m_triggers->rowCount(); ++r)
            height += m_triggers->rowHeight(r);
        m_triggers->setFixedHeight(height);
    }
}

QString ProgressPanel::headline(const QString &name) const
{
    if (!m_headline->isVisibleTo(m_clinical))
        return {};
    for (const auto &[key, label] : m_figures) {
        if (key == name)
            return label->text();
    }
    return {};
}

bool ProgressPanel::headlineShown() const
{
    return m_headline->isVisibleTo(m_clinical) && m_progress && m_progress->enoughData();
}

bool ProgressPanel::chartShown(const QString &id) const
{
    for (const ChartCard &card : m_charts) {
        if (card.id == id)
            return card.stack->currentWidget() != card.empty;
    }
    return false;
}

QString ProgressPanel::chartText(const QString &id) const
{
    for (const ChartCard &card : m_charts) {
        if (card.id == id)
            return card.stack->currentWidget() == card.empty ? card.empty->text() : QString();
    }
    return {};
}

void ProgressPanel::updateActions()
{
    const bool work = canWork();
    m_refreshAction->setEnabled(work);
    m_printAction->setEnabled(work);
    m_savePdfAction->setEnabled(work);
    for (QAction *action : std::as_const(m_periodActions))
        action->setEnabled(work);
    m_clinical->setEnabled(m_available);
}

void ProgressPanel::showFailure(const QString &title, const QString &message)
{
    m_services.prompter.warning(this, title, message, { Prompter::Choice::Ok },
                                Prompter::Choice::Ok, Prompter::Choice::Ok);
}

bool ProgressPanel::printReport()
{
    if (!canWork())
        return false;
    const auto report = m_report->build(m_clientId, m_clientName, options());
    if (!report) {
        showFailure(tr("Not printed"), report.error().message);
        return false;
    }
    const auto printed =
            m_services.printer.print(this, report.value().document, report.value().images);
    if (!printed) {
        showFailure(tr("Not printed"), printed.error().message);
        return false;
    }
    if (printed.value())
        Q_EMIT statusMessage(tr("Progress report sent to the printer."));
    return printed.value();
}

bool ProgressPanel::saveReportAsPdf()
{
    if (!canWork())
        return false;
    const auto report = m_report->build(m_clientId, m_clientName, options());
    if (!report) {
        showFailure(tr("PDF not saved"), report.error().message);
        return false;
    }
    const QString path = choosePdfPath(m_services.files, this, tr("Save Progress Report as PDF"),
                                       report.value().document.fileName);
    if (path.isEmpty())
        return false;
    const core::Status saved =
            m_services.printer.savePdf(report.value().document, path, report.value().images);
    if (!saved) {
        showFailure(tr("PDF not saved"), saved.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("Progress report saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace stillpoint::ui
