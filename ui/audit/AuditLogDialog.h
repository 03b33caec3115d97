// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/security/AuditTrail.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace stillpoint::core {
class AuditLog;
class Authenticator;
} // namespace stillpoint::core

namespace stillpoint::ui {

class AuditLogModel;
class CurrentSession;
class FileChooser;
class Prompter;

// The owner's audit viewer: the trail newest first, filtered by user, client, operation and
// dates; a check of the hash chain that names the first broken entry; and an export of the
// filtered entries to CSV. Everything goes through core::AuditLog as the signed-in owner.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class DateRange { AnyTime, Today, Last7Days, Last30Days, Between };

    struct Services
    {
        const core::AuditLog &log;
        core::Authenticator &authenticator; // for the list of users to filter by
        const CurrentSession &session;
        Prompter &prompter;
        FileChooser &files;
        const core::Clock &clock;
    };

    AuditLogDialog(const Services &services, const QString &timeZoneId, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The filter the controls describe (dates as UTC instants in the practice's time zone).
    core::AuditFilter currentFilter() const;
    void setDateRange(DateRange range, QDate from = {}, QDate to = {});

    // The buttons' work, callable from tests.
    bool verify();
    bool exportCsv();
    void refresh();

private:
    QWidget *createFilterBar();
    void fillUsers();
    void applyFilter();
    void showBanner(const QString &text, const QString &style);

    Services m_services;
    QTimeZone m_zone;
    AuditLogModel *m_model;
    QComboBox *m_userFilter = nullptr;
    QComboBox *m_operationFilter = nullptr;
    QLineEdit *m_clientFilter = nullptr;
    QComboBox *m_dateRange = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_toDate = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    bool m_updatingControls = false;
};

} // namespace stillpoint::ui
