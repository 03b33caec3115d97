// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ClientImport.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace stillpoint::ui {

// Shows the preview rows of one status, or all of them.
class ImportPreviewFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Empty: every row.
    void setStatus(std::optional<core::ImportRowStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<core::ImportRowStatus> m_status;
};

} // namespace stillpoint::ui
