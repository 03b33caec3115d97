// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/outcomes/ProgressService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

class QChartView;

namespace stillpoint::core {
class Database;
}

namespace stillpoint::ui {

class CurrentSession;
class DocumentPrinter;
class FileChooser;
struct PrintableDocument;
class Prompter;

// The owner's figures for the whole practice, from core::ProgressService::practiceOverview (no
// client is named): active clients, completed sessions in each of the last 12 full weeks (a bar
// chart and the numbers), the no-show and late-cancellation rates with the counts behind them,
// and the share of clients whose headache days per 28 fell by half or more over their course of
// care, or a plain "not enough diary data yet" rather than a misleading 0 %. Printable, and saved
// as a PDF.
class PracticeOverviewDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Services
    {
        core::Database &database;
        const CurrentSession &session;
        Prompter &prompter;
        const core::Clock &clock;
        DocumentPrinter *printer = nullptr; // null: no Print or Save as PDF button
        FileChooser *files = nullptr; // null: no Save as PDF button
    };

    // Shows `overview` (already computed for the signed-in owner).
    PracticeOverviewDialog(const Services &services, const core::PracticeOverview &overview,
                           QWidget *parent = nullptr);
    ~PracticeOverviewDialog() override;

    // Computes the overview as the signed-in user and opens the dialog non-modal over `parent`
    // (deleted when closed). When core refuses (only the owner may see it) or fails, says why
    // through the prompter and returns null.
    static PracticeOverviewDialog *open(const Services &services, QWidget *parent);

    const core::PracticeOverview &overview() const { return m_overview; }
    // The overview as a document for paper or PDF.
    PrintableDocument document() const;
    bool print();
    // Asks where (suggesting the Documents folder) and writes the printout there as a PDF;
    // a failure says why. The label under the figures then names the file.
    bool saveAsPdf();

    // "39%": how the dialog writes a share.
    static QString percent(double share);
    // "clients whose headache days fell by half or more: 7 of 18 compared (39%)", or that no
    // client has enough diary data yet.
    static QString improvementText(const core::PracticeOverview &overview);
    static QString rateText(int count, int due, const std::optional<double> &rate);

private:
    QWidget *figure(const QString &objectName, const QString &title, const QString &value,
                    const QString &detail);
    QChartView *sessionsChart();

    Services m_services;
    core::PracticeOverview m_overview;
    QLabel *m_savedLabel = nullptr;
};

} // namespace stillpoint::ui
