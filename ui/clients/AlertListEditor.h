// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace stillpoint::ui {

// Edits a client's alerts: one row per alert with its text, a "front desk must see this" tick and
// a remove button, plus an add button. Rows keep the stored alert's id, so an edited alert stays
// the same alert. In front-desk-only mode the tick is hidden and every alert is a front-desk one
// (what the front desk writes is for the front desk; core enforces the same rule).
class AlertListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertListEditor(QWidget *parent = nullptr);

    // Every row, including ones whose text is still empty.
    QList<core::ClientAlert> alerts() const;
    // Shows `alerts`, reusing existing rows so that the field being typed in keeps its focus.
    void setAlerts(const QList<core::ClientAlert> &alerts);

    int count() const { return static_cast<int>(m_rows.size()); }
    QLineEdit *textEdit(int row) const;
    QCheckBox *frontDeskCheckBox(int row) const;
    QToolButton *removeButton(int row) const;
    QPushButton *addButton() const { return m_addButton; }

    void setFrontDeskOnly(bool only);
    bool isFrontDeskOnly() const { return m_frontDeskOnly; }

    void addAlert();
    void removeAlert(int row);

Q_SIGNALS:
    // The user changed the alerts. `mergeKey` is the row typed in, or -1 for any other change.
    void edited(int mergeKey);
    // A row was added, shown with this text field.
    void rowCreated(QLineEdit *textEdit);

private:
    struct Row
    {
        qint64 id = 0;
        QWidget *container = nullptr;
        QLineEdit *text = nullptr;
        QCheckBox *frontDesk = nullptr;
        QToolButton *remove = nullptr;
    };

    void appendRow();
    void removeRow(int row);
    int rowOf(const QWidget *container) const;
    void updateEmptyState();
    void applyFrontDeskOnly(Row &row) const;

    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_emptyLabel;
    QPushButton *m_addButton;
    bool m_frontDeskOnly = false;
};

} // namespace stillpoint::ui
