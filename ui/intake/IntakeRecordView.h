// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/IntakeService.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace stillpoint::ui {

class IntakeHistoryModel;
class QuestionnaireScoreModel;
class RedFlagBanner;

// What the therapist sees of one client's intake: the red-flag banner, every version with the
// actions on them as buttons, and the questionnaire scores. It shows what load() last read
// through core (history, red-flag alerts, scores: each read audited) and answers questions about
// it (which versions are selected, which one a referral letter is about). The actions belong to
// the intake panel; this view only offers them.
class IntakeRecordView final : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *edit;
        QAction *open;
        QAction *compare;
        QAction *print;
        QAction *savePdf;
        QAction *referral;
        QAction *questionnaire;
        QAction *proceed;
    };

    IntakeRecordView(const Actions &actions, QWidget *parent = nullptr);
    ~IntakeRecordView() override;

    void setClientName(const QString &name);
    // Forgets everything read (another client, or another person signed in).
    void clear();
    // Reads the client's versions, alerts and scores, keeping the selected versions selected
    // (the newest when none was). False when a read failed; the message is shown.
    bool load(const core::IntakeService &intakes, const core::Session &session, qint64 clientId);
    // The alert that blocks treatment, as blockingAlert() told (without reading anything else).
    void setBlockingAlert(const std::optional<core::RedFlagAlert> &alert);
    const std::optional<core::RedFlagAlert> &blockingAlert() const { return m_blockingAlert; }

    IntakeHistoryModel *historyModel() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }
    QuestionnaireScoreModel *scoreModel() const { return m_scores; }
    QTableView *scoresView() const { return m_scoresView; }
    RedFlagBanner *banner() const { return m_banner; }

    // History rows selected, top to bottom.
    QList<int> selectedRows() const;
    void selectVersions(const QList<int> &versions);
    // The row of the next older version than `row` that was not discarded, or -1.
    int previousVersionRow(int row) const;
    // The client's open draft, or 0.
    qint64 draftId() const;
    // The intake a referral letter is about: the one whose red flags raised the latest alert,
    // else the selected signed version, else the newest signed one; 0 when there is none.
    qint64 referralIntakeId() const;
    QDate intakeDateOf(qint64 intakeId) const;

Q_SIGNALS:
    void selectionChanged();
    // A version was double-clicked or Enter pressed on it.
    void versionActivated();

private:
    void updateBanner();
    void showProblem(const QString &message);

    std::optional<core::RedFlagAlert> m_blockingAlert;
    std::optional<core::RedFlagAlert> m_latestAlert;
    IntakeHistoryModel *m_history;
    QuestionnaireScoreModel *m_scores;
    QLabel *m_title;
    RedFlagBanner *m_banner;
    QLabel *m_problem;
    QTableView *m_historyView;
    QTableView *m_scoresView;
};

} // namespace stillpoint::ui
