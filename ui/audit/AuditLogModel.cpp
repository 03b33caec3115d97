// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogModel.h"

#include "core/security/AuditLog.h"
#include "ui/security/CurrentSession.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace stillpoint::ui {

namespace {

QString outcomeText(core::AuditOutcome outcome)
{
    switch (outcome) {
    case core::AuditOutcome::Allowed:
        return AuditLogModel::tr("Allowed");
    case core::AuditOutcome::Denied:
        return AuditLogModel::tr("Denied");
    case core::AuditOutcome::Failed:
        return AuditLogModel::tr("Failed");
    }
    return {};
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

} // namespace

AuditLogModel::AuditLogModel(const core::AuditLog &log, const CurrentSession &session,
                             QObject *parent)
    : QAbstractTableModel(parent), m_log(log), m_session(session)
{
    connect(&m_session, &CurrentSession::sessionChanged, this, &AuditLogModel::refresh);
    refresh();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AuditEntry &entry = m_rows.at(index.row());
    const core::AuditEvent &event = entry.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return event.username;
        case OperationColumn:
            return event.operation;
        case OutcomeColumn:
            return outcomeText(event.outcome);
        case ClientColumn:
            return idText(event.clientId);
        case RecordColumn:
            return event.recordId > 0
                    ? QStringLiteral("%1 %2").arg(event.recordType, QString::number(event.recordId))
                    : event.recordType;
        case DetailColumn:
            return event.detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return tr("%1 UTC · entry %2")
                    .arg(entry.at.toUTC().toString(Qt::ISODateWithMs), QString::number(entry.id));
        if (index.column() == DetailColumn)
            return event.detail;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && event.outcome != core::AuditOutcome::Allowed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ClientColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryIdRole:
        return entry.id;
    case OutcomeRole:
        return static_cast<int>(event.outcome);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case OperationColumn:
        return tr("Operation");
    case OutcomeColumn:
        return tr("Outcome");
    case ClientColumn:
        return tr("Client");
    case RecordColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback busy(m_busy, true);
    const int offset = static_cast<int>(m_rows.size());
    const QList<core::AuditEntry> page = readPage(offset);
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, offset, offset + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void AuditLogModel::setFilter(const core::AuditFilter &filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    refresh();
}

void AuditLogModel::setPageSize(int rows)
{
    rows = std::max(1, rows);
    if (rows == m_pageSize)
        return;
    m_pageSize = rows;
    refresh();
}

void AuditLogModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn),
                           { Qt::DisplayRole });
}

qint64 AuditLogModel::entryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int AuditLogModel::rowOf(qint64 entryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == entryId)
            return static_cast<int>(i);
    return -1;
}

void AuditLogModel::refresh()
{
    const QScopedValueRollback busy(m_busy, true);
    QList<core::AuditEntry> rows = readPage(0);
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

QList<core::AuditEntry> AuditLogModel::readPage(int offset)
{
    // Someone who may not read the trail (after a switch of user) is not even asked for: the
    // refusal would be audited every time the view scrolled.
    if (!m_session.allows(core::Operation::AuditRead))
        return {};
    core::AuditFilter page = m_filter;
    page.offset = offset;
    page.limit = m_pageSize;
    auto entries = m_log.entries(m_session.session(), page);
    if (!entries) {
        Q_EMIT loadFailed(entries.error().message);
        return {};
    }
    return std::move(entries).value();
}

} // namespace stillpoint::ui
