// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ImportPreviewFilter.h"

#include "ui/exchange/ImportPreviewModel.h"

namespace stillpoint::ui {

void ImportPreviewFilter::setStatus(std::optional<core::ImportRowStatus> status)
{
    m_status = status;
    invalidateFilter();
}

bool ImportPreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ImportPreviewModel::StatusRole).toInt() == static_cast<int>(*m_status);
}

} // namespace stillpoint::ui
