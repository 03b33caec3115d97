// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogDialog.h"

#include "core/security/AuditLog.h"
#include "core/security/Authenticator.h"
#include "core/security/Operation.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/common/Styles.h"
#include "ui/common/ViewSelection.h"
#include "ui/security/CurrentSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace stillpoint::ui {

namespace {

// What the trail records besides the operations of the permission table.
QStringList operationKeys()
{
    QStringList keys{ QStringLiteral("practice.init"), QStringLiteral("session.sign-in"),
                      QStringLiteral("session.sign-out") };
    for (const core::Operation operation : core::Operations::all())
        keys << core::Operations::key(operation);
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

QLabel *filterLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditLogDialog::AuditLogDialog(const Services &services, const QString &timeZoneId, QWidget *parent)
    : QDialog(parent), m_services(services), m_zone(timeZoneId.toUtf8()),
      m_model(new AuditLogModel(services.log, services.session, this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Trail"));
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_model->setTimeZone(m_zone);

    auto *title = Styles::titleLabel(tr("Audit trail"), this);
    auto *subtitle = Styles::subtitleLabel(
            tr("Every sign-in, read, change and refusal, newest first. Times are in %1.")
                    .arg(QString::fromLatin1(m_zone.id())),
            this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    header->resizeSection(AuditLogModel::TimeColumn,
                          widthOf(QStringLiteral("0000-00-00 00:00:00")));
    header->resizeSection(AuditLogModel::UserColumn, widthOf(QStringLiteral("frontdesk-000")));
    header->resizeSection(AuditLogModel::OperationColumn,
                          widthOf(QStringLiteral("client.read-alerts")));
    header->resizeSection(AuditLogModel::OutcomeColumn, widthOf(QStringLiteral("Allowed")));
    header->resizeSection(AuditLogModel::ClientColumn, widthOf(QStringLiteral("Client")));
    header->resizeSection(AuditLogModel::RecordColumn, widthOf(QStringLiteral("client 00000")));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("auditResultLabel"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_verifyButton = new QPushButton(tr("&Verify Chain"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));
    m_verifyButton->setToolTip(tr("Check that no entry was changed, removed or reordered"));
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportAuditButton"));
    m_exportButton->setToolTip(tr("Save the entries that match the filters as a CSV file"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshAuditButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verifyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(refreshButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verify(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    connect(m_model, &AuditLogModel::loadFailed, this,
            [this](const QString &message) { showBanner(message, Styles::problemBannerStyle()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    resize(1060, 640);
    fillUsers();
}

AuditLogDialog::~AuditLogDialog() = default;

QWidget *AuditLogDialog::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_userFilter = new QComboBox(bar);
    m_userFilter->setObjectName(QStringLiteral("userFilterCombo"));
    m_userFilter->addItem(tr("All users"), qint64(0));

    m_operationFilter = new QComboBox(bar);
    m_operationFilter->setObjectName(QStringLiteral("operationFilterCombo"));
    m_operationFilter->addItem(tr("All operations"), QString());
    for (const QString &key : operationKeys())
        m_operationFilter->addItem(key, key);

    m_clientFilter = new QLineEdit(bar);
    m_clientFilter->setObjectName(QStringLiteral("clientFilterEdit"));
    m_clientFilter->setPlaceholderText(tr("Any"));
    m_clientFilter->setValidator(
            new QIntValidator(1, std::numeric_limits<int>::max(), m_clientFilter));
    m_clientFilter->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000"))
                                    + 24);
    m_clientFilter->setToolTip(tr("A client's number, as shown in the Client column"));

    m_dateRange = new QComboBox(bar);
    m_dateRange->setObjectName(QStringLiteral("dateRangeCombo"));
    m_dateRange->addItem(tr("Any time"), static_cast<int>(DateRange::AnyTime));
    m_dateRange->addItem(tr("Today"), static_cast<int>(DateRange::Today));
    m_dateRange->addItem(tr("Last 7 days"), static_cast<int>(DateRange::Last7Days));
    m_dateRange->addItem(tr("Last 30 days"), static_cast<int>(DateRange::Last30Days));
    m_dateRange->addItem(tr("Between…"), static_cast<int>(DateRange::Between));
    const QDate today = m_services.clock.nowUtc().toTimeZone(m_zone).date();
    m_fromDate = new QDateEdit(today.addDays(-7), bar);
    m_fromDate->setObjectName(QStringLiteral("fromDateEdit"));
    m_toDate = new QDateEdit(today, bar);
    m_toDate->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : { m_fromDate, m_toDate }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->hide();
    }
    m_toLabel = new QLabel(tr("to"), bar);
    m_toLabel->hide();

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filterLabel(tr("&User"), m_userFilter, bar));
    layout->addWidget(m_userFilter);
    layout->addSpacing(8);
    layout->addWidget(filterLabel(tr("&Operation"), m_operationFilter, bar));
    layout->addWidget(m_operationFilter);
    layout->addSpacing(8);
    layout->addWidget(filterLabel(tr("C&lient"), m_clientFilter, bar));
    layout->addWidget(m_clientFilter);
    layout->addSpacing(8);
    layout->addWidget(filterLabel(tr("&Dates"), m_dateRange, bar));
    layout->addWidget(m_dateRange);
    layout->addWidget(m_fromDate);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_toDate);
    layout->addStretch();

    connect(m_userFilter, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_operationFilter, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_clientFilter, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_dateRange, &QComboBox::currentIndexChanged, this, [this] {
        const bool between =
                m_dateRange->currentData().toInt() == static_cast<int>(DateRange::Between);
        m_fromDate->setVisible(between);
        m_toLabel->setVisible(between);
        m_toDate->setVisible(between);
        applyFilter();
    });
    connect(m_fromDate, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_toDate, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    return bar;
}

void AuditLogDialog::fillUsers()
{
    const auto users = m_services.authenticator.users(m_services.session.session());
    if (!users) {
        showBanner(users.error().message, Styles::problemBannerStyle());
        return;
    }
    const QScopedValueRollback quiet(m_updatingControls, true);
    for (const core::UserAccount &user : users.value())
        m_userFilter->addItem(user.username, user.id);
}

core::AuditFilter AuditLogDialog::currentFilter() const
{
    core::AuditFilter filter;
    filter.userId = m_userFilter->currentData().toLongLong();
    filter.operation = m_operationFilter->currentData().toString();
    filter.clientId = m_clientFilter->text().toLongLong();
    const QDate today = m_services.clock.nowUtc().toTimeZone(m_zone).date();
    QDate from;
    QDate to; // inclusive
    switch (static_cast<DateRange>(m_dateRange->currentData().toInt())) {
    case DateRange::AnyTime:
        break;
    case DateRange::Today:
        from = to = today;
        break;
    case DateRange::Last7Days:
        from = today.addDays(-6);
        to = today;
        break;
    case DateRange::Last30Days:
        from = today.addDays(-29);
        to = today;
        break;
    case DateRange::Between:
        from = std::min(m_fromDate->date(), m_toDate->date());
        to = std::max(m_fromDate->date(), m_toDate->date());
        break;
    }
    if (from.isValid())
        filter.fromUtc = from.startOfDay(m_zone).toUTC();
    if (to.isValid())
        filter.toUtc = to.addDays(1).startOfDay(m_zone).toUTC();
    return filter;
}

void AuditLogDialog::setDateRange(DateRange range, QDate from, QDate to)
{
    {
        const QScopedValueRollback quiet(m_updatingControls, true);
        if (from.isValid())
            m_fromDate->setDate(from);
        if (to.isValid())
            m_toDate->setDate(to);
    }
    m_dateRange->setCurrentIndex(m_dateRange->findData(static_cast<int>(range)));
    applyFilter();
}

void AuditLogDialog::applyFilter()
{
    if (m_updatingControls)
        return;
    m_model->setFilter(currentFilter());
}

void AuditLogDialog::refresh()
{
    m_model->refresh();
}

bool AuditLogDialog::verify()
{
    const auto checked = m_services.log.verify(m_services.session.session());
    if (!checked) {
        showBanner(checked.error().message, Styles::problemBannerStyle());
        return false;
    }
    const core::AuditVerification &result = checked.value();
    if (result.ok()) {
        showBanner(tr("OK: the audit trail is intact (%1 entries checked).")
                           .arg(QLocale().toString(result.rowsChecked)),
                   Styles::successBannerStyle());
        return true;
    }
    showBanner(tr("Broken at entry %1: %2.")
                       .arg(QString::number(result.firstBrokenId), result.problem),
               Styles::problemBannerStyle());
    const int row = m_model->rowOf(result.firstBrokenId);
    if (row >= 0)
        selectOnlyRow(m_view, row);
    return true;
}

bool AuditLogDialog::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
            QStringLiteral("stillpoint-audit-%1.csv")
                    .arg(m_services.clock.nowUtc().toTimeZone(m_zone).date().toString(
                            Qt::ISODate)));
    const QString path = m_services.files.saveFileName(this, tr("Export Audit Trail"), suggested,
                                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const auto written =
            m_services.log.exportCsv(m_services.session.session(), currentFilter(), path);
    if (!written) {
        m_services.prompter.warning(this, tr("Export failed"), written.error().message,
                                    { Prompter::Choice::Ok }, Prompter::Choice::Ok,
                                    Prompter::Choice::Ok);
        return false;
    }
    showBanner(tr("Exported %1 entries to %2.")
                       .arg(QLocale().toString(written.value()), QDir::toNativeSeparators(path)),
               Styles::successBannerStyle());
    m_model->refresh(); // the export itself is on the trail now
    return true;
}

void AuditLogDialog::showBanner(const QString &text, const QString &style)
{
    m_banner->setStyleSheet(style);
    m_banner->setText(text);
    m_banner->show();
}

} // namespace stillpoint::ui
