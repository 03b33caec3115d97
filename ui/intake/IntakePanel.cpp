// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakePanel.h"

#include "ui/common/Styles.h"
#include "ui/intake/IntakeCompareDialog.h"
#include "ui/intake/IntakeEditorWindows.h"
#include "ui/intake/IntakeHistoryModel.h"
#include "ui/intake/IntakeRecordView.h"
#include "ui/intake/QuestionnaireDialog.h"
#include "ui/intake/RedFlagProceedDialog.h"
#include "ui/intake/ReferralLetterDialog.h"
#include "ui/security/CurrentSession.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace stillpoint::ui {

IntakePanel::IntakePanel(const Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_printouts(services),
      m_editors(new IntakeEditorWindows(
              { services.intakes, services.prompter, services.session, services.clock }, this)),
      m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("intakePanel"));
    createActions();
    m_record = new IntakeRecordView({ m_editAction, m_openAction, m_compareAction, m_printAction,
                                      m_savePdfAction, m_referralAction, m_questionnaireAction,
                                      m_proceedAction },
                                    m_pages);
    m_pages->addWidget(createMessagePage());
    m_pages->addWidget(createFrontDeskPage());
    m_pages->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_record, &IntakeRecordView::selectionChanged, this, &IntakePanel::updateActions);
    connect(m_record, &IntakeRecordView::versionActivated, this, [this] { openSelected(); });
    connect(m_editors, &IntakeEditorWindows::intakeSaved, this, [this](qint64 clientId) {
        if (clientId == m_clientId)
            refresh();
    });
    connect(m_editors, &IntakeEditorWindows::intakeSigned, this, [this](qint64 clientId) {
        if (clientId != m_clientId)
            return;
        checkBlockingAlert();
        refresh();
        Q_EMIT statusMessage(tr("Intake signed."));
    });
    connect(m_editors, &IntakeEditorWindows::printRequested, this, &IntakePanel::printIntake);
    connect(&m_services.session, &CurrentSession::sessionChanged, this, &IntakePanel::applyRole);
    applyRole();
}

IntakePanel::~IntakePanel() = default;

void IntakePanel::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &keys,
                             const QString &tip, const std::function<void()> &work) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, [this, work] {
            Q_EMIT showRequested();
            work();
        });
        addAction(action); // the shortcut works wherever the panel is, in a menu or not
        return action;
    };
    m_editAction = make(tr("&New Intake…"), "newIntakeAction", QKeySequence(Qt::CTRL | Qt::Key_I),
                        tr("Start a new intake for this client"), [this] { editIntake(); });
    m_openAction = make(tr("&Open Intake"), "openIntakeAction", QKeySequence(Qt::CTRL | Qt::Key_O),
                        tr("Open the selected version (signed versions open read-only)"),
                        [this] { openSelected(); });
    m_compareAction = make(tr("&Compare Versions…"), "compareIntakesAction",
                           QKeySequence(Qt::CTRL | Qt::Key_D),
                           tr("Show what changed between the two selected versions, or between "
                              "the selected version and the one before it"),
                           [this] { compareSelected(); });
    m_printAction = make(tr("&Print Intake…"), "printIntakeAction", QKeySequence::Print,
                         tr("Print the selected version"), [this] { printSelected(); });
    m_savePdfAction =
            make(tr("Save Intake as P&DF…"), "saveIntakePdfAction",
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                 tr("Save the selected version as a PDF file"), [this] { saveSelectedAsPdf(); });
    m_referralAction = make(tr("&Referral Letter…"), "referralLetterAction",
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            tr("A letter to the client's physician about the red flags reported, "
                               "to print or save as PDF"),
                            [this] { showReferralLetter(); });
    m_questionnaireAction =
            make(tr("Record &Questionnaire…"), "recordQuestionnaireAction",
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                 tr("Record a MIDAS or HIT-6 given at a visit"), [this] { recordQuestionnaire(); });
    m_proceedAction = make(tr("Record Reason to &Proceed…"), "recordReasonToProceedAction",
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                           tr("Record who cleared the client for treatment, which lifts the "
                              "red-flag block"),
                           [this] { recordReasonToProceed(); });
}

QList<QAction *> IntakePanel::menuActions() const
{
    return { m_editAction,    m_openAction,     m_compareAction,       m_printAction,
             m_savePdfAction, m_referralAction, m_questionnaireAction, m_proceedAction };
}

QWidget *IntakePanel::createMessagePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("intakeMessagePage"));
    m_messageTitle = new QLabel(page);
    m_messageTitle->setObjectName(QStringLiteral("intakeMessageTitle"));
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

QWidget *IntakePanel::createFrontDeskPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("intakeFrontDeskPage"));
    m_frontDeskTitle = Styles::titleLabel(QString(), page);
    m_onFileLabel = new QLabel(page);
    m_onFileLabel->setObjectName(QStringLiteral("intakeOnFileLabel"));
    m_onFileLabel->setTextFormat(Qt::PlainText);
    m_onFileLabel->setWordWrap(true);
    m_onFileLabel->setStyleSheet(Styles::infoBannerStyle());
    auto *hint = Styles::subtitleLabel(
            tr("What the intake says is for the client's therapist only."), page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frontDeskTitle);
    layout->addSpacing(8);
    layout->addWidget(m_onFileLabel);
    layout->addWidget(hint);
    layout->addStretch();
    return page;
}

IntakeHistoryModel *IntakePanel::historyModel() const
{
    return m_record->historyModel();
}

QTableView *IntakePanel::historyView() const
{
    return m_record->historyView();
}

QuestionnaireScoreModel *IntakePanel::scoreModel() const
{
    return m_record->scoreModel();
}

RedFlagBanner *IntakePanel::redFlagBanner() const
{
    return m_record->banner();
}

void IntakePanel::selectVersions(const QList<int> &versions)
{
    m_record->selectVersions(versions);
}

bool IntakePanel::isClinical() const
{
    return m_services.session.allows(core::Operation::ClinicalRead);
}

bool IntakePanel::canWork() const
{
    return m_available && m_clientId != 0 && isClinical();
}

void IntakePanel::forgetClient()
{
    m_record->clear();
    m_onFileLabel->clear();
    setBlocking(false);
    m_stale = true;
}

void IntakePanel::applyRole()
{
    // Another person: nothing read for the one before stays on screen.
    forgetClient();
    checkBlockingAlert();
    refresh();
}

void IntakePanel::setClient(qint64 clientId, const QString &clientName)
{
    m_clientName = clientName;
    m_record->setClientName(clientName);
    m_frontDeskTitle->setText(clientName);
    if (clientId == m_clientId) {
        updateActions();
        return;
    }
    m_clientId = clientId;
    forgetClient();
    checkBlockingAlert();
    refresh();
}

void IntakePanel::refresh()
{
    if (!m_services.session.isSignedIn() || m_clientId == 0) {
        const bool none = m_clientName.isEmpty() || !m_services.session.isSignedIn();
        m_messageTitle->setText(none ? tr("No client open") : tr("Not saved yet"));
        m_messageHint->setText(none ? tr("Choose a client from the list to see their intake.")
                                    : tr("Save the new client first; then their intake can be "
                                         "taken."));
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

void IntakePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void IntakePanel::reload()
{
    m_stale = false;
    const core::Session &session = m_services.session.session();
    if (isClinical()) {
        m_record->load(m_services.intakes, session, m_clientId);
        setBlocking(m_record->blockingAlert().has_value());
        return;
    }
    // The front desk: whether an intake is on file, and nothing else is asked.
    const auto onFile = m_services.intakes.onFile(session, m_clientId);
    if (!onFile)
        m_onFileLabel->setText(onFile.error().message);
    else if (onFile->onFile)
        m_onFileLabel->setText(tr("Intake on file: yes, signed %1")
                                       .arg(QLocale().toString(onFile->lastSignedDate,
                                                               QStringLiteral("d MMMM yyyy"))));
    else
        m_onFileLabel->setText(tr("No intake on file"));
}

void IntakePanel::checkBlockingAlert()
{
    if (!m_services.session.isSignedIn() || !isClinical() || m_clientId == 0) {
        setBlocking(false);
        return;
    }
    const auto alert = m_services.intakes.blockingAlert(m_services.session.session(), m_clientId);
    if (!alert)
        return; // shown with the rest when the panel reads the client's intake
    m_record->setBlockingAlert(alert.value());
    setBlocking(alert->has_value());
    updateActions();
}

void IntakePanel::setBlocking(bool blocking)
{
    if (blocking == m_blocking)
        return;
    m_blocking = blocking;
    Q_EMIT blockingAlertChanged(blocking);
}

void IntakePanel::setAvailable(bool available)
{
    m_available = available;
    updateActions();
}

void IntakePanel::updateActions()
{
    const bool work = canWork();
    const QList<int> rows = m_record->selectedRows();
    const bool one = rows.size() == 1;
    const bool hasDraft = m_record->draftId() != 0;
    m_editAction->setText(hasDraft ? tr("Co&ntinue Draft…") : tr("&New Intake…"));
    m_editAction->setToolTip(hasDraft ? tr("Continue the client's unsigned draft")
                                      : tr("Start a new intake for this client"));
    m_editAction->setEnabled(work);
    m_openAction->setEnabled(work && one);
    m_compareAction->setEnabled(
            work && (rows.size() == 2 || (one && m_record->previousVersionRow(rows.at(0)) >= 0)));
    m_printAction->setEnabled(work && one);
    m_savePdfAction->setEnabled(work && one);
    m_referralAction->setEnabled(work && m_record->referralIntakeId() != 0);
    m_questionnaireAction->setEnabled(work);
    m_proceedAction->setEnabled(work && m_record->blockingAlert().has_value());
}

bool IntakePanel::editIntake()
{
    if (!canWork())
        return false;
    return m_editors->editForClient(m_clientId, m_clientName);
}

bool IntakePanel::openSelected()
{
    const QList<int> rows = m_record->selectedRows();
    if (!canWork() || rows.size() != 1)
        return false;
    const core::IntakeSummary &intake = m_record->historyModel()->intake(rows.at(0));
    return m_editors->openVersion(m_clientId, m_clientName, intake.id,
                                  intake.status == core::IntakeStatus::Draft);
}

IntakeCompareDialog *IntakePanel::compareSelected()
{
    QList<int> rows = m_record->selectedRows();
    if (!canWork() || rows.isEmpty() || rows.size() > 2)
        return nullptr;
    if (rows.size() == 1) {
        const int previous = m_record->previousVersionRow(rows.at(0));
        if (previous < 0)
            return nullptr;
        rows << previous;
    }
    // Newest first in the list: the higher row is the older version.
    const core::Session &session = m_services.session.session();
    const qint64 olderId = m_record->historyModel()->intake(std::max(rows.at(0), rows.at(1))).id;
    const qint64 newerId = m_record->historyModel()->intake(std::min(rows.at(0), rows.at(1))).id;
    const auto before = m_services.intakes.find(session, olderId);
    const auto after = before ? m_services.intakes.find(session, newerId) : before;
    if (!before || !after) {
        m_printouts.showFailure(this, tr("Could not compare"),
                                before ? after.error() : before.error());
        return nullptr;
    }
    auto *dialog = new IntakeCompareDialog(before.value(), after.value(), this);
    track(dialog);
    dialog->show();
    return dialog;
}

bool IntakePanel::printIntake(qint64 intakeId)
{
    const auto document = m_printouts.intake(intakeId);
    if (!document) {
        m_printouts.showFailure(this, tr("Not printed"), document.error());
        return false;
    }
    if (!m_printouts.print(this, document.value()))
        return false;
    Q_EMIT statusMessage(tr("Intake sent to the printer."));
    return true;
}

bool IntakePanel::printSelected()
{
    const QList<int> rows = m_record->selectedRows();
    return canWork() && rows.size() == 1
            && printIntake(m_record->historyModel()->intake(rows.at(0)).id);
}

bool IntakePanel::saveSelectedAsPdf()
{
    const QList<int> rows = m_record->selectedRows();
    if (!canWork() || rows.size() != 1)
        return false;
    const auto document = m_printouts.intake(m_record->historyModel()->intake(rows.at(0)).id);
    if (!document) {
        m_printouts.showFailure(this, tr("PDF not saved"), document.error());
        return false;
    }
    QString path;
    if (!m_printouts.saveAsPdf(this, document.value(), &path))
        return false;
    Q_EMIT statusMessage(tr("Intake saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

ReferralLetterDialog *IntakePanel::showReferralLetter()
{
    const qint64 intakeId = m_record->referralIntakeId();
    if (!canWork() || intakeId == 0)
        return nullptr;
    const auto letter = m_printouts.referralLetter(intakeId);
    if (!letter) {
        m_printouts.showFailure(this, tr("No referral letter"), letter.error());
        return nullptr;
    }
    auto *dialog = new ReferralLetterDialog(m_printouts, letter.value(), this);
    connect(dialog, &ReferralLetterDialog::statusMessage, this, &IntakePanel::statusMessage);
    track(dialog);
    dialog->show();
    return dialog;
}

QuestionnaireDialog *IntakePanel::recordQuestionnaire()
{
    if (!canWork())
        return nullptr;
    auto *dialog = new QuestionnaireDialog(m_services.intakes, m_services.session, m_clientId,
                                           m_services.clock, this);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT statusMessage(tr("Questionnaire recorded."));
    });
    track(dialog);
    dialog->open();
    return dialog;
}

RedFlagProceedDialog *IntakePanel::recordReasonToProceed()
{
    if (!canWork() || !m_record->blockingAlert())
        return nullptr;
    const core::RedFlagAlert &alert = *m_record->blockingAlert();
    auto *dialog = new RedFlagProceedDialog(m_services.intakes, m_services.session, alert,
                                            m_record->intakeDateOf(alert.intakeId), this);
    connect(dialog, &QDialog::accepted, this, [this] {
        checkBlockingAlert();
        refresh();
        Q_EMIT statusMessage(tr("Reason to proceed recorded; the red-flag alert is cleared."));
    });
    track(dialog);
    dialog->open();
    return dialog;
}

void IntakePanel::track(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
}

bool IntakePanel::confirmCloseEditors()
{
    return m_editors->confirmClose();
}

bool IntakePanel::saveEditorsWithoutAsking()
{
    return m_editors->saveWithoutAsking();
}

void IntakePanel::closeWindows(bool now)
{
    const QList<QPointer<QDialog>> dialogs = std::exchange(m_dialogs, {});
    for (const QPointer<QDialog> &dialog : dialogs) {
        if (!dialog)
            continue;
        dialog->hide();
        if (now) {
            const std::unique_ptr<QDialog> closing(dialog.data());
        } else {
            dialog->deleteLater();
        }
    }
    m_editors->closeAll(now);
}

} // namespace stillpoint::ui
