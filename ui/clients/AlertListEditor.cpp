// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/AlertListEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace stillpoint::ui {

AlertListEditor::AlertListEditor(QWidget *parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout),
      m_emptyLabel(new QLabel(tr("No alerts."), this)),
      m_addButton(new QPushButton(tr("Add Alert"), this))
{
    m_emptyLabel->setObjectName(QStringLiteral("noAlertsLabel"));
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_addButton->setObjectName(QStringLiteral("addAlertButton"));
    m_addButton->setToolTip(tr("Add an alert, such as an allergy or an access need"));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addAlert();
        Q_EMIT edited(-1);
    });

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_emptyLabel);
    buttonRow->addStretch();
    buttonRow->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttonRow);
    updateEmptyState();
}

QList<core::ClientAlert> AlertListEditor::alerts() const
{
    QList<core::ClientAlert> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(core::ClientAlert{ row.id, row.text->text(), row.frontDesk->isChecked() });
    return result;
}

void AlertListEditor::setAlerts(const QList<core::ClientAlert> &alerts)
{
    while (m_rows.size() > alerts.size())
        removeRow(count() - 1);
    while (m_rows.size() < alerts.size())
        appendRow();
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        Row &row = m_rows[i];
        row.id = alerts[i].id;
        if (row.text->text() != alerts[i].text)
            row.text->setText(alerts[i].text);
        row.frontDesk->setChecked(alerts[i].frontDeskVisible);
        applyFrontDeskOnly(row);
    }
    updateEmptyState();
}

QLineEdit *AlertListEditor::textEdit(int row) const
{
    return m_rows.value(row).text;
}

QCheckBox *AlertListEditor::frontDeskCheckBox(int row) const
{
    return m_rows.value(row).frontDesk;
}

QToolButton *AlertListEditor::removeButton(int row) const
{
    return m_rows.value(row).remove;
}

void AlertListEditor::setFrontDeskOnly(bool only)
{
    if (only == m_frontDeskOnly)
        return;
    m_frontDeskOnly = only;
    for (Row &row : m_rows) {
        row.frontDesk->setVisible(!only);
        applyFrontDeskOnly(row);
    }
    m_addButton->setToolTip(
            only ? tr("Add an alert the whole practice sees, such as an access need")
                 : tr("Add an alert, such as an allergy or an access need"));
}

void AlertListEditor::applyFrontDeskOnly(Row &row) const
{
    if (m_frontDeskOnly)
        row.frontDesk->setChecked(true);
}

void AlertListEditor::addAlert()
{
    appendRow();
    updateEmptyState();
    m_rows.last().text->setFocus();
}

void AlertListEditor::removeAlert(int row)
{
    if (row < 0 || row >= count())
        return;
    removeRow(row);
    updateEmptyState();
}

void AlertListEditor::appendRow()
{
    Row row;
    row.container = new QWidget(this);
    row.text = new QLineEdit(row.container);
    row.text->setObjectName(QStringLiteral("alertTextEdit"));
    row.text->setPlaceholderText(tr("For example: latex allergy, needs a ground-floor room"));
    row.text->setAccessibleName(tr("Alert"));
    row.frontDesk = new QCheckBox(tr("Front desk must see this"), row.container);
    row.frontDesk->setObjectName(QStringLiteral("alertFrontDeskCheckBox"));
    row.frontDesk->setToolTip(tr("Show this alert to reception when booking, not only to the "
                                 "therapist"));
    row.remove = new QToolButton(row.container);
    row.remove->setObjectName(QStringLiteral("removeAlertButton"));
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this alert"));

    auto *layout = new QHBoxLayout(row.container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.text, 1);
    layout->addWidget(row.frontDesk);
    layout->addWidget(row.remove);
    row.frontDesk->setVisible(!m_frontDeskOnly);
    applyFrontDeskOnly(row);
    m_rowsLayout->addWidget(row.container);

    // New rows go into the tab order where they appear, not at the end of the window's chain.
    QWidget *before = m_rows.isEmpty() ? m_addButton->previousInFocusChain() : m_rows.last().remove;
    setTabOrder(before, row.text);
    setTabOrder(row.text, row.frontDesk);
    setTabOrder(row.frontDesk, row.remove);

    QWidget *container = row.container;
    connect(row.text, &QLineEdit::textEdited, this,
            [this, container] { Q_EMIT edited(rowOf(container)); });
    connect(row.frontDesk, &QCheckBox::clicked, this, [this] { Q_EMIT edited(-1); });
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        removeAlert(rowOf(container));
        Q_EMIT edited(-1);
    });
    m_rows.append(row);
    Q_EMIT rowCreated(row.text);
}

void AlertListEditor::removeRow(int row)
{
    Row removed = m_rows.takeAt(row);
    m_rowsLayout->removeWidget(removed.container);
    removed.container->hide();
    removed.container->deleteLater();
}

int AlertListEditor::rowOf(const QWidget *container) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].container == container)
            return static_cast<int>(i);
    return -1;
}

void AlertListEditor::updateEmptyState()
{
    m_emptyLabel->setVisible(m_rows.isEmpty());
}

} // namespace stillpoint::ui
