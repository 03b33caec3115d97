// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeRecordView.h"

#include "ui/common/Styles.h"
#include "ui/common/ViewSelection.h"
#include "ui/intake/IntakeHistoryModel.h"
#include "ui/intake/QuestionnaireScoreModel.h"
#include "ui/intake/RedFlagBanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace stillpoint::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView *table(const char *objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

IntakeRecordView::IntakeRecordView(const Actions &actions, QWidget *parent)
    : QWidget(parent), m_history(new IntakeHistoryModel(this)),
      m_scores(new QuestionnaireScoreModel(this)), m_title(Styles::titleLabel(QString(), this)),
      m_banner(new RedFlagBanner(actions.proceed, actions.referral, this)),
      m_problem(new QLabel(this)), m_historyView(table("intakeHistoryView", m_history, this)),
      m_scoresView(table("questionnaireScoresView", m_scores, this))
{
    setObjectName(QStringLiteral("intakeRecordView"));
    m_title->setObjectName(QStringLiteral("intakeClientTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    Styles::makeProblemBanner(m_problem, QStringLiteral("intakeProblemLabel"));

    const QFontMetrics metrics = fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_historyView->horizontalHeader();
    header->resizeSection(IntakeHistoryModel::VersionColumn, widthOf(tr("Version 00")));
    header->resizeSection(IntakeHistoryModel::StatusColumn, widthOf(tr("Discarded")));
    header->resizeSection(IntakeHistoryModel::DateColumn, widthOf(QStringLiteral("00 Mmm 0000")));
    header->resizeSection(IntakeHistoryModel::RedFlagsColumn, widthOf(tr("Red flags")));
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IntakeRecordView::selectionChanged);
    connect(m_historyView, &QTableView::activated, this, &IntakeRecordView::versionActivated);

    m_scoresView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *scoresHeader = m_scoresView->horizontalHeader();
    scoresHeader->resizeSection(QuestionnaireScoreModel::DateColumn,
                                widthOf(QStringLiteral("00 Mmm 0000")));
    scoresHeader->resizeSection(QuestionnaireScoreModel::QuestionnaireColumn,
                                widthOf(tr("Questionnaire")));
    scoresHeader->resizeSection(QuestionnaireScoreModel::TotalColumn, widthOf(tr("Total")));

    auto *versionButtons = new QHBoxLayout;
    versionButtons->addWidget(heading(tr("Intake versions"), this));
    versionButtons->addStretch();
    versionButtons->addWidget(buttonForAction(actions.edit, "newIntakeButton", this));
    versionButtons->addWidget(buttonForAction(actions.open, "openIntakeButton", this));
    versionButtons->addWidget(buttonForAction(actions.compare, "compareIntakesButton", this));
    auto *paperButtons = new QHBoxLayout;
    paperButtons->addStretch();
    paperButtons->addWidget(buttonForAction(actions.print, "printIntakeButton", this));
    paperButtons->addWidget(buttonForAction(actions.savePdf, "saveIntakePdfButton", this));
    paperButtons->addWidget(buttonForAction(actions.referral, "referralLetterButton", this));
    auto *scoreButtons = new QHBoxLayout;
    scoreButtons->addWidget(heading(tr("Questionnaire scores"), this));
    scoreButtons->addStretch();
    scoreButtons->addWidget(
            buttonForAction(actions.questionnaire, "recordQuestionnaireButton", this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_problem);
    layout->addSpacing(6);
    layout->addLayout(versionButtons);
    layout->addWidget(m_historyView, 3);
    layout->addLayout(paperButtons);
    layout->addSpacing(10);
    layout->addLayout(scoreButtons);
    layout->addWidget(m_scoresView, 2);
}

IntakeRecordView::~IntakeRecordView() = default;

void IntakeRecordView::setClientName(const QString &name)
{
    m_title->setText(name);
}

void IntakeRecordView::clear()
{
    m_history->setIntakes({});
    m_scores->setAdministrations({});
    m_blockingAlert.reset();
    m_latestAlert.reset();
    m_problem->hide();
    m_banner->clear();
}

bool IntakeRecordView::load(const core::IntakeService &intakes, const core::Session &session,
                            qint64 clientId)
{
    m_problem->hide();
    QList<qint64> selectedIds;
    for (const int row : selectedRows())
        selectedIds << m_history->intake(row).id;

    const auto history = intakes.history(session, clientId);
    if (!history) {
        showProblem(history.error().message);
        return false;
    }
    m_history->setIntakes(history.value());
    QItemSelectionModel *selection = m_historyView->selectionModel();
    for (const qint64 id : std::as_const(selectedIds)) {
        const int row = m_history->rowOf(id);
        if (row >= 0)
            selection->select(m_history->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!selection->hasSelection() && m_history->rowCount() > 0)
        selectOnlyRow(m_historyView, 0);

    bool ok = true;
    const auto alerts = intakes.redFlagAlerts(session, clientId);
    if (alerts) {
        m_latestAlert.reset();
        m_blockingAlert.reset();
        if (!alerts->isEmpty())
            m_latestAlert = alerts->first();
        const auto blocking = std::find_if(alerts->cbegin(), alerts->cend(),
                                           [](const auto &alert) { return alert.isBlocking(); });
        if (blocking != alerts->cend())
            m_blockingAlert = *blocking;
    } else {
        showProblem(alerts.error().message);
        ok = false;
    }
    const auto scores = intakes.questionnaireHistory(session, clientId);
    if (scores) {
        m_scores->setAdministrations(scores.value());
    } else {
        showProblem(scores.error().message);
        ok = false;
    }
    updateBanner();
    Q_EMIT selectionChanged();
    return ok;
}

void IntakeRecordView::setBlockingAlert(const std::optional<core::RedFlagAlert> &alert)
{
    m_blockingAlert = alert;
    updateBanner();
}

void IntakeRecordView::updateBanner()
{
    if (m_blockingAlert) {
        m_banner->showBlocking(*m_blockingAlert, intakeDateOf(m_blockingAlert->intakeId));
        return;
    }
    // A cleared alert stays in view while it belongs to the newest signed intake.
    const QList<core::IntakeSummary> &intakes = m_history->intakes();
    const auto newestSigned = std::find_if(intakes.cbegin(), intakes.cend(), [](const auto &i) {
        return i.status == core::IntakeStatus::Signed;
    });
    if (m_latestAlert && !m_latestAlert->isBlocking() && newestSigned != intakes.cend()
        && m_latestAlert->intakeId == newestSigned->id)
        m_banner->showCleared(*m_latestAlert, intakeDateOf(m_latestAlert->intakeId));
    else
        m_banner->clear();
}

void IntakeRecordView::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

QList<int> IntakeRecordView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_historyView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void IntakeRecordView::selectVersions(const QList<int> &versions)
{
    QItemSelectionModel *selection = m_historyView->selectionModel();
    selection->clearSelection();
    for (int row = 0; row < m_history->rowCount(); ++row) {
        if (versions.contains(m_history->intake(row).version))
            selection->select(m_history->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

int IntakeRecordView::previousVersionRow(int row) const
{
    for (int older = row + 1; older < m_history->rowCount(); ++older) {
        if (m_history->intake(older).status != core::IntakeStatus::Discarded)
            return older;
    }
    return -1;
}

qint64 IntakeRecordView::draftId() const
{
    for (const core::IntakeSummary &intake : m_history->intakes()) {
        if (intake.status == core::IntakeStatus::Draft)
            return intake.id;
    }
    return 0;
}

qint64 IntakeRecordView::referralIntakeId() const
{
    if (m_blockingAlert)
        return m_blockingAlert->intakeId;
    if (m_latestAlert)
        return m_latestAlert->intakeId;
    const QList<int> rows = selectedRows();
    if (rows.size() == 1 && m_history->intake(rows.at(0)).status == core::IntakeStatus::Signed)
        return m_history->intake(rows.at(0)).id;
    for (const core::IntakeSummary &intake : m_history->intakes()) {
        if (intake.status == core::IntakeStatus::Signed)
            return intake.id;
    }
    return 0;
}

QDate IntakeRecordView::intakeDateOf(qint64 intakeId) const
{
    const int row = m_history->rowOf(intakeId);
    if (row >= 0)
        return m_history->intake(row).intakeDate;
    for (const auto &alert : { m_blockingAlert, m_latestAlert }) {
        if (alert && alert->intakeId == intakeId)
            return alert->raisedAtUtc.toLocalTime().date();
    }
    return {};
}

} // namespace stillpoint::ui
