// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/notes/NoteService.h"
#include "core/outcomes/DiaryService.h"
#include "core/outcomes/ProgressService.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace stillpoint::core {
class Database;
class IntakeService;
class PracticeSettings;
} // namespace stillpoint::core

namespace stillpoint::ui {

class CurrentSession;
class DocumentPrinter;
class FileChooser;
class HeadacheCalendar;
class Prompter;
class ProgressReport;

// Whether the care is helping: the selected client's progress from their headache diary,
// questionnaires and session notes, beside their contact record, intake and notes. A headline
// strip (headache days per 28 days, attacks, intensity, duration, acute medication days and the
// before/after comparison), the medication-overuse warning, charts, a calendar heat-map of
// headache days and the trigger table, for a period (the whole diary, the last 3 or 12 months or
// chosen dates); the progress report prints or saves as PDF from here. Every figure is core's
// (ProgressService); where core says there is not enough data the page says so instead of
// showing a zero. For therapists and owners only: for any other role the panel asks core nothing.
// Figures are read (and audited) only while the panel is on screen.
class ProgressPanel final : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        core::Database &database;
        core::IntakeService &intakes;
        const core::PracticeSettings &settings;
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        DocumentPrinter &printer;
        const core::Clock &clock;
    };

    enum class Period { All, LastThreeMonths, LastTwelveMonths, Custom };

    explicit ProgressPanel(const Services &services, QWidget *parent = nullptr);
    ~ProgressPanel() override;

    // The client whose progress is shown (0: none). Reads again when it is another client.
    void setClient(qint64 clientId, const QString &clientName);
    qint64 clientId() const { return m_clientId; }
    QString clientName() const { return m_clientName; }
    // Reads everything shown again (now when on screen, else when next shown).
    void refresh();
    // While the window is locked or signed out nothing here may be used, not even by shortcut.
    void setAvailable(bool available);

    // The period shown; Custom uses the from and to dates.
    void setPeriod(Period period, const QDate &from = {}, const QDate &to = {});
    Period period() const;
    core::ProgressOptions options() const;

    // The actions for the window's Progress menu (nullptr marks a separator).
    QList<QAction *> menuActions() const;
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *savePdfAction() const { return m_savePdfAction; }

    // What is on screen, for tests: the figures core computed last (empty when none were read).
    const std::optional<core::ClientProgress> &progress() const { return m_progress; }
    HeadacheCalendar *calendar() const { return m_calendar; }
    QTableWidget *triggerTable() const { return m_triggers; }
    QLabel *overuseBanner() const { return m_overuseBanner; }
    QLabel *notEnoughDataLabel() const { return m_notEnoughData; }
    QLabel *beforeAfterLabel() const { return m_beforeAfter; }
    QLabel *frontDeskLabel() const { return m_frontDeskLabel; }
    // The headline's figure by name: "period", "headacheDays", "attacks", "intensity",
    // "duration", "medicationDays" (empty text while the headline is hidden).
    QString headline(const QString &name) const;
    bool headlineShown() const;
    // The chart cards by id ("headacheDays", "midas" …): whether a chart is drawn, or the words
    // shown instead.
    bool chartShown(const QString &id) const;
    QString chartText(const QString &id) const;

    // The actions' work, callable from tests; false when there was nothing to do, the user
    // cancelled or it failed (failures are shown).
    bool printReport();
    bool saveReportAsPdf();

Q_SIGNALS:
    // An action was triggered (by its shortcut, perhaps from elsewhere): show the panel.
    void showRequested();
    void statusMessage(const QString &message);
    // "Enter diary month…" and "Import diary CSV…": the window opens those dialogs.
    void enterDiaryRequested();
    void importDiaryRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Page { MessagePage, FrontDeskPage, ClinicalPage };
    struct ChartCard
    {
        QString id;
        QWidget *card = nullptr;
        QStackedWidget *stack = nullptr;
        QLabel *empty = nullptr;
    };

    void createActions();
    QWidget *createMessagePage();
    QWidget *createFrontDeskPage();
    QWidget *createClinicalPage();
    QWidget *createHeadline(QWidget *parent);
    void applyRole();
    void reload();
    void clearFigures();
    void showFigures(const core::ClientProgress &progress, const QList<core::DiaryEntry> &entries);
    void showTriggers(const core::ClientProgress &progress, const QList<core::DiaryEntry> &entries);
    void periodChanged();
    void updateActions();
    bool isClinical() const;
    bool canWork() const;
    void showFailure(const QString &title, const QString &message);

    Services m_services;
    core::ProgressService m_progressService;
    core::DiaryService m_diary;
    core::NoteService m_notes;
    std::unique_ptr<ProgressReport> m_report;
    qint64 m_clientId = 0;
    QString m_clientName;
    bool m_available = true;
    bool m_stale = true;
    std::optional<core::ClientProgress> m_progress;

    QAction *m_refreshAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_savePdfAction = nullptr;
    QActionGroup *m_periodGroup = nullptr;
    QList<QAction *> m_periodActions;

    QStackedWidget *m_pages;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageHint = nullptr;
    QLabel *m_frontDeskTitle = nullptr;
    QLabel *m_frontDeskLabel = nullptr;
    QWidget *m_clinical = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_periodChoice = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_toLabel = nullptr;
    QPushButton *m_enterButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_overuseBanner = nullptr;
    QLabel *m_notEnoughData = nullptr;
    QWidget *m_headline = nullptr;
    QList<std::pair<QString, QLabel *>> m_figures;
    QLabel *m_beforeAfter = nullptr;
    QList<ChartCard> m_charts;
    HeadacheCalendar *m_calendar = nullptr;
    QPushButton *m_earlierButton = nullptr;
    QPushButton *m_laterButton = nullptr;
    QLabel *m_monthsLabel = nullptr;
    QTableWidget *m_triggers = nullptr;
    QLabel *m_noTriggers = nullptr;
};

} // namespace stillpoint::ui
