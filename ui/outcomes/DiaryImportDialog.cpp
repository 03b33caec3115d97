// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outcomes/DiaryImportDialog.h"

#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/exchange/CsvMappingTable.h"
#include "ui/outcomes/DiaryImportPreviewModel.h"
#include "ui/security/CurrentSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace stillpoint::ui {

namespace {

// How many lines with errors the summary lists.
constexpr qsizetype ListedLines = 12;

} // namespace

DiaryImportDialog::DiaryImportDialog(const Services &services, qint64 clientId,
                                     const QString &clientName, QWidget *parent)
    : QDialog(parent), m_services(services), m_imports(services.database, services.clock),
      m_clientId(clientId), m_fileLabel(new QLabel(tr("No file chosen yet."), this)),
      m_formatLabel(new QLabel(this)), m_mappingTable(new QTableWidget(0, 3, this)),
      m_dateOrderCombo(new QComboBox(this)), m_dateOrderHint(new QLabel(this)),
      m_problemBanner(new QLabel(this)), m_summaryLabel(new QLabel(this)),
      m_showCombo(new QComboBox(this)), m_previewView(new QTableView(this)),
      m_importButton(new QPushButton(tr("&Import"), this)),
      m_model(new DiaryImportPreviewModel(this)), m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("diaryImportDialog"));
    // No client name in the title: window titles can end up in logs and task lists.
    setWindowTitle(tr("Import Headache Diary"));
    resize(980, 700);

    auto *clientLabel =
            new QLabel(tr("Headache diary of %1, from a CSV file").arg(clientName), this);
    clientLabel->setObjectName(QStringLiteral("clientLabel"));
    clientLabel->setTextFormat(Qt::PlainText);
    QFont big = clientLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    clientLabel->setFont(big);

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
    CsvMappingTable::addDateOrders(*m_dateOrderCombo, 2026);
    connect(m_dateOrderCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setDateOrder(static_cast<core::DateOrder>(m_dateOrderCombo->itemData(index).toInt()));
    });
    m_dateOrderHint->setObjectName(QStringLiteral("dateOrderHint"));
    m_dateOrderHint->setTextFormat(Qt::PlainText);
    auto *dateRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("&Dates in the file are written"), this);
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
    m_summaryLabel->setWordWrap(true);
    m_showCombo->setObjectName(QStringLiteral("showCombo"));
    m_showCombo->addItem(tr("All rows"), QString());
    m_showCombo->addItem(tr("New"),
                         DiaryImportPreviewModel::statusKey(core::DiaryImportStatus::New));
    m_showCombo->addItem(tr("Duplicates"),
                         DiaryImportPreviewModel::statusKey(core::DiaryImportStatus::Duplicate));
    m_showCombo->addItem(tr("Errors"),
                         DiaryImportPreviewModel::statusKey(core::DiaryImportStatus::Bad));
    m_filter->setFilterRole(DiaryImportPreviewModel::StatusKeyRole);
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString key = m_showCombo->itemData(index).toString();
        m_filter->setFilterRegularExpression(
                key.isEmpty() ? QRegularExpression()
                              : QRegularExpression(QStringLiteral("^%1$").arg(key)));
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_showCombo, 0, Qt::AlignTop);

    m_filter->setSourceModel(m_model);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_filter);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(summaryRow);
    previewLayout->addWidget(m_previewView, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_importButton, &QPushButton::clicked, this, [this] { importDiary(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(clientLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_formatLabel);
    layout->addWidget(mappingBox, 2);
    layout->addWidget(m_problemBanner);
    layout->addWidget(previewBox, 3);
    layout->addWidget(buttons);
    updateSummary();
}

DiaryImportDialog::~DiaryImportDialog() = default;

DiaryImportDialog *DiaryImportDialog::open(const Services &services, qint64 clientId,
                                           const QString &clientName, QWidget *parent)
{
    auto *dialog = new DiaryImportDialog(services, clientId, clientName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

bool DiaryImportDialog::chooseFile()
{
    const QString path =
            CsvMappingTable::chooseFile(m_services.files, this, tr("Import Headache Diary"));
    if (path.isEmpty())
        return false;
    return loadFile(path);
}

bool DiaryImportDialog::loadFile(const QString &path)
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
    m_mapping = core::DiaryImportMapping::guess(m_table->header);
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

QComboBox *DiaryImportDialog::fieldCombo(int column) const
{
    return CsvMappingTable::combo(*m_mappingTable, column);
}

void DiaryImportDialog::fillMappingTable()
{
    QList<CsvMappingTable::Field> fields;
    for (const core::DiaryColumn field : core::DiaryColumns::all())
        fields.append({ field == core::DiaryColumn::Ignore ? tr("(not imported)")
                                                           : core::DiaryColumns::label(field),
                        static_cast<int>(field) });
    CsvMappingTable::fill(
            *m_mappingTable, *m_table, fields,
            [this](int column) { return static_cast<int>(m_mapping.column(column)); },
            [this](int column, int value) {
                setColumn(column, static_cast<core::DiaryColumn>(value));
            });
}

void DiaryImportDialog::syncFieldCombos()
{
    CsvMappingTable::sync(*m_mappingTable, [this](int column) {
        return static_cast<int>(m_mapping.column(column));
    });
}

void DiaryImportDialog::setColumn(int column, core::DiaryColumn field)
{
    if (!m_table)
        return;
    m_mapping.setColumn(column, field);
    syncFieldCombos(); // a field taken from another column shows there as not imported
    refreshPreview();
}

void DiaryImportDialog::setDateOrder(core::DateOrder order)
{
    m_mapping.setDateOrder(order);
    {
        const QSignalBlocker blocker(m_dateOrderCombo);
        m_dateOrderCombo->setCurrentIndex(m_dateOrderCombo->findData(static_cast<int>(order)));
    }
    if (m_table)
        refreshPreview();
}

void DiaryImportDialog::refreshPreview()
{
    if (!m_table)
        return;
    m_importButton->setEnabled(false);
    auto preview = m_imports.preview(m_services.session.session(), m_clientId, *m_table, m_mapping);
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
    bool needsOrder = false;
    for (const core::Error &problem : std::as_const(m_preview->problems)) {
        problems << problem.message;
        needsOrder = needsOrder || problem.field == QLatin1String("dateOrder");
    }
    if (needsOrder)
        problems << tr("Choose how the dates are written below the columns.");
    showProblem(problems.join(QLatin1Char('\n')));
    updateSummary();
    // Bring the first bad row into view: it is what has to be corrected.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).status == core::DiaryImportStatus::Bad) {
            const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
            // Once the view has laid out the new rows (it does so later, on its own).
            QTimer::singleShot(0, m_previewView,
                               [view = m_previewView, shown = QPersistentModelIndex(shown)] {
                                   if (shown.isValid())
                                       view->scrollTo(shown, QAbstractItemView::PositionAtCenter);
                               });
            break;
        }
    }
}

void DiaryImportDialog::showProblem(const QString &text)
{
    m_problemBanner->setText(text);
    m_problemBanner->setVisible(!text.isEmpty());
}

void DiaryImportDialog::updateSummary()
{
    const bool dated = m_preview && m_mapping.isMapped(core::DiaryColumn::Date)
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
    const int created = m_preview->count(core::DiaryImportStatus::New);
    const int duplicates = m_preview->count(core::DiaryImportStatus::Duplicate);
    const int bad = m_preview->count(core::DiaryImportStatus::Bad);
    const QLocale locale;
    QString summary = (created == 1 ? tr("1 new diary row to add")
                                    : tr("%1 new diary rows to add").arg(locale.toString(created)))
            + QStringLiteral(" · ")
            + (duplicates == 1 ? tr("1 duplicate, skipped")
                               : tr("%1 duplicates, skipped").arg(locale.toString(duplicates)))
            + QStringLiteral(" · ")
            + (bad == 1 ? tr("1 row with errors")
                        : tr("%1 rows with errors").arg(locale.toString(bad)));
    if (bad > 0) {
        QStringList lines;
        for (const core::DiaryImportRow &row : std::as_const(m_preview->rows)) {
            if (row.status == core::DiaryImportStatus::Bad)
                lines << QString::number(row.line);
        }
        if (lines.size() > ListedLines) {
            const auto more = lines.size() - ListedLines;
            lines = lines.mid(0, ListedLines);
            lines << tr("and %1 more").arg(more);
        }
        summary += QLatin1Char('\n')
                + tr("Nothing can be imported until every error is corrected in the file or by "
                     "changing the columns above. Lines with errors: %1.")
                          .arg(lines.join(QStringLiteral(", ")));
    }
    m_summaryLabel->setText(summary);
    m_importButton->setEnabled(m_preview->canImport() && created > 0);
}

bool DiaryImportDialog::importDiary()
{
    if (!m_preview || !m_preview->canImport())
        return false;
    const auto imported = m_imports.importEntries(m_services.session.session(), *m_preview);
    if (!imported) {
        m_services.prompter.warning(this, tr("Import failed"), imported.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        refreshPreview(); // shows what changed, for example a day stored meanwhile
        return false;
    }
    Q_EMIT diaryImported(imported.value());
    m_services.prompter.information(
            this, tr("Import Headache Diary"),
            imported.value() == 1
                    ? tr("Imported 1 diary row.")
                    : tr("Imported %1 diary rows.").arg(QLocale().toString(imported.value())));
    accept();
    return true;
}

} // namespace stillpoint::ui
