// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ImportClientsDialog.h"

#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/exchange/CsvMappingTable.h"
#include "ui/exchange/ImportPreviewFilter.h"
#include "ui/exchange/ImportPreviewModel.h"
#include "ui/security/CurrentSession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

// Files with more rows than this show a progress bar while the preview is made.
constexpr qsizetype ProgressFrom = 1000;

} // namespace

ImportClientsDialog::ImportClientsDialog(const ExchangeServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_imports(services.database, services.clock),
      m_fileLabel(new QLabel(tr("No file chosen yet."), this)), m_formatLabel(new QLabel(this)),
      m_mappingTable(new QTableWidget(0, 3, this)), m_dateOrderCombo(new QComboBox(this)),
      m_dateOrderHint(new QLabel(this)), m_problemBanner(new QLabel(this)),
      m_summaryLabel(new QLabel(this)), m_showCombo(new QComboBox(this)),
      m_previewView(new QTableView(this)), m_progress(new QProgressBar(this)),
      m_importButton(new QPushButton(tr("&Import"), this)), m_model(new ImportPreviewModel(this)),
      m_filter(new ImportPreviewFilter(this))
{
    setObjectName(QStringLiteral("importClientsDialog"));
    setWindowTitle(tr("Import Clients"));
    resize(900, 640);

    auto *chooseButton = new QPushButton(tr("&Choose File…"), this);
    chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    connect(chooseButton, &QPushButton::clicked, this, [this] { chooseFile(); });
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_formatLabel->setObjectName(QStringLiteral("formatLabel"));
    m_formatLabel->setTextFormat(Qt::PlainText);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(chooseButton);

    CsvMappingTable::setUp(*m_mappingTable);

    m_dateOrderCombo->setObjectName(QStringLiteral("dateOrderCombo"));
    CsvMappingTable::addDateOrders(*m_dateOrderCombo, 1984);
    connect(m_dateOrderCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setDateOrder(static_cast<core::DateOrder>(m_dateOrderCombo->itemData(index).toInt()));
    });
    m_dateOrderHint->setObjectName(QStringLiteral("dateOrderHint"));
    m_dateOrderHint->setTextFormat(Qt::PlainText);
    auto *dateRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("&Dates of birth are written"), this);
    dateLabel->setBuddy(m_dateOrderCombo);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_dateOrderCombo);
    dateRow->addWidget(m_dateOrderHint, 1);

    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mappingTable);
    mappingLayout->addLayout(dateRow);

    Styles::makeProblemBanner(m_problemBanner, QStringLiteral("importProblemBanner"));

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_showCombo->setObjectName(QStringLiteral("showCombo"));
    m_showCombo->addItem(tr("All rows"), -1);
    m_showCombo->addItem(tr("New"), static_cast<int>(core::ImportRowStatus::New));
    m_showCombo->addItem(tr("Duplicates"), static_cast<int>(core::ImportRowStatus::Duplicate));
    m_showCombo->addItem(tr("Errors"), static_cast<int>(core::ImportRowStatus::Bad));
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int status = m_showCombo->itemData(index).toInt();
        m_filter->setStatus(status < 0 ? std::nullopt
                                       : std::optional(static_cast<core::ImportRowStatus>(status)));
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_showCombo);

    m_filter->setSourceModel(m_model);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_filter);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->hide();

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(summaryRow);
    previewLayout->addWidget(m_previewView, 1);
    previewLayout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_importButton, &QPushButton::clicked, this, [this] { importClients(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_formatLabel);
    layout->addWidget(mappingBox, 2);
    layout->addWidget(m_problemBanner);
    layout->addWidget(previewBox, 3);
    layout->addWidget(buttons);
    updateSummary();
}

ImportClientsDialog::~ImportClientsDialog() = default;

bool ImportClientsDialog::chooseFile()
{
    const QString path = CsvMappingTable::chooseFile(m_services.files, this, tr("Import Clients"));
    if (path.isEmpty())
        return false;
    return loadFile(path);
}

bool ImportClientsDialog::loadFile(const QString &path)
{
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    auto table = core::CsvReader::readFile(path);
    if (!table) {
        m_table.reset();
        m_preview.reset();
        m_mapping = {};
        m_mappingTable->setRowCount(0);
        m_model->clear();
        m_formatLabel->clear();
        showProblem(table.error().message);
        updateSummary();
        return false;
    }
    m_table = std::move(table).value();
    m_mapping = core::ClientImportMapping::guess(m_table->header);
    m_formatLabel->setText(CsvMappingTable::describe(*m_table));
    fillMappingTable();
    {
        const QSignalBlocker blocker(m_dateOrderCombo);
        m_dateOrderCombo->setCurrentIndex(
                m_dateOrderCombo->findData(static_cast<int>(core::DateOrder::Automatic)));
    }
    refreshPreview();
    return true;
}

QComboBox *ImportClientsDialog::fieldCombo(int column) const
{
    return CsvMappingTable::combo(*m_mappingTable, column);
}

void ImportClientsDialog::fillMappingTable()
{
    QList<CsvMappingTable::Field> fields;
    for (const core::ImportField field : core::ImportFields::all())
        fields.append({ core::ImportFields::label(field), static_cast<int>(field) });
    CsvMappingTable::fill(
            *m_mappingTable, *m_table, fields,
            [this](int column) { return static_cast<int>(m_mapping.field(column)); },
            [this](int column, int value) {
                setColumnField(column, static_cast<core::ImportField>(value));
            });
}

void ImportClientsDialog::syncFieldCombos()
{
    CsvMappingTable::sync(*m_mappingTable,
                          [this](int column) { return static_cast<int>(m_mapping.field(column)); });
}

void ImportClientsDialog::setColumnField(int column, core::ImportField field)
{
    if (!m_table || m_busy)
        return;
    m_mapping.setField(column, field);
    syncFieldCombos(); // a field taken from another column shows there as not imported
    refreshPreview();
}

void ImportClientsDialog::setDateOrder(core::DateOrder order)
{
    if (m_busy)
        return;
    m_mapping.setDateOrder(order);
    {
        const QSignalBlocker blocker(m_dateOrderCombo);
        m_dateOrderCombo->setCurrentIndex(m_dateOrderCombo->findData(static_cast<int>(order)));
    }
    if (m_table)
        refreshPreview();
}

void ImportClientsDialog::refreshPreview()
{
    if (!m_table || m_busy)
        return;
    m_busy = true;
    const bool showProgress = m_table->records.size() > ProgressFrom;
    if (showProgress) {
        m_progress->setRange(0, static_cast<int>(m_table->records.size()));
        m_progress->setValue(0);
        m_progress->show();
    }
    m_importButton->setEnabled(false);
    const auto progress = [this, showProgress](int done, int total) {
        if (!showProgress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        // Repaint the bar; the user's clicks wait until the preview is done.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    auto preview = m_imports.preview(m_services.session.session(), *m_table, m_mapping, progress);
    m_progress->hide();
    m_busy = false;
    if (!preview) {
        m_preview.reset();
        m_model->clear();
        showProblem(preview.error().message);
        updateSummary();
        return;
    }
    m_preview = std::move(preview).value();
    m_model->setRows(m_preview->rows);
    m_previewView->resizeColumnsToContents();
    QStringList problems;
    for (const core::Error &problem : std::as_const(m_preview->problems))
        problems << problem.message;
    showProblem(problems.join(QLatin1Char('\n')));
    updateSummary();
}

void ImportClientsDialog::showProblem(const QString &text)
{
    m_problemBanner->setText(text);
    m_problemBanner->setVisible(!text.isEmpty());
}

void ImportClientsDialog::updateSummary()
{
    const bool dated = m_preview && m_mapping.isMapped(core::ImportField::DateOfBirth)
            && m_mapping.dateOrder() == core::DateOrder::Automatic
            && m_preview->dateOrder != core::DateOrder::Automatic;
    m_dateOrderHint->setText(
            dated ? tr("(read as %1)").arg(core::DateOrders::label(m_preview->dateOrder))
                  : QString());
    if (!m_preview) {
        m_summaryLabel->setText(m_table ? QString() : tr("Choose a CSV file to see its rows."));
        m_importButton->setEnabled(false);
        return;
    }
    const int created = m_preview->count(core::ImportRowStatus::New);
    const int duplicates = m_preview->count(core::ImportRowStatus::Duplicate);
    const int bad = m_preview->count(core::ImportRowStatus::Bad);
    const QLocale locale;
    QString summary = (created == 1 ? tr("1 new client to create")
                                    : tr("%1 new clients to create").arg(locale.toString(created)))
            + QStringLiteral(" · ")
            + (duplicates == 1 ? tr("1 duplicate, skipped")
                               : tr("%1 duplicates, skipped").arg(locale.toString(duplicates)))
            + QStringLiteral(" · ")
            + (bad == 1 ? tr("1 row with errors")
                        : tr("%1 rows with errors").arg(locale.toString(bad)));
    if (bad > 0)
        summary += QLatin1Char('\n')
                + tr("Nothing can be imported until every error is corrected in the file or by "
                     "changing the columns above.");
    m_summaryLabel->setText(summary);
    m_importButton->setEnabled(m_preview->canImport() && created > 0);
}

bool ImportClientsDialog::importClients()
{
    if (!m_preview || !m_preview->canImport() || m_busy)
        return false;
    const auto imported = m_imports.importClients(m_services.session.session(), *m_preview);
    if (!imported) {
        m_services.prompter.warning(this, tr("Import failed"), imported.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        refreshPreview(); // shows what changed, for example a client stored meanwhile
        return false;
    }
    Q_EMIT clientsImported(imported.value());
    m_services.prompter.information(
            this, tr("Import Clients"),
            imported.value() == 1
                    ? tr("Imported 1 client.")
                    : tr("Imported %1 clients.").arg(QLocale().toString(imported.value())));
    accept();
    return true;
}

} // namespace stillpoint::ui
