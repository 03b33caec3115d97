// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListWidget.h"

#include "ui/clients/ClientListModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace stillpoint::ui {

ClientListWidget::ClientListWidget(core::ClientService &clients, const CurrentSession &session,
                                   QWidget *parent)
    : QWidget(parent), m_model(new ClientListModel(clients, session, this)),
      m_searchEdit(new QLineEdit(this)), m_showArchived(new QCheckBox(tr("Show archived"), this)),
      m_view(new QTableView(this)), m_countLabel(new QLabel(this)),
      m_newClientButton(new QPushButton(tr("New Client"), this)), m_searchTimer(new QTimer(this))
{
    m_searchEdit->setObjectName(QStringLiteral("clientSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search name, phone or email"));
    m_searchEdit->setAccessibleName(tr("Search clients"));
    m_searchEdit->setClearButtonEnabled(true);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheckBox"));
    m_showArchived->setToolTip(tr("Include archived clients in the list"));
    m_countLabel->setObjectName(QStringLiteral("clientCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    m_newClientButton->setObjectName(QStringLiteral("newClientButton"));
    m_newClientButton->setToolTip(tr("Add a client (Ctrl+N)"));
    connect(m_newClientButton, &QPushButton::clicked, this, &ClientListWidget::newClientRequested);

    m_view->setObjectName(QStringLiteral("clientTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSortIndicator(ClientListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    setDefaultColumnWidths();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ClientListWidget::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, ClientListModel::NameColumn));
    });
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setIncludeArchived(show);
        showClient(m_shownClientId);
    });
    connect(m_model, &ClientListModel::totalCountChanged, this,
            &ClientListWidget::updateCountLabel);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selectingQuietly || !current.isValid())
                    return;
                const qint64 id = m_model->clientId(current.row());
                // Handlers may ask questions or refresh the list; let the view finish first.
                QMetaObject::invokeMethod(
                        this, [this, id] { Q_EMIT clientChosen(id); }, Qt::QueuedConnection);
            });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_showArchived);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_countLabel, 1);
    bottomRow->addWidget(m_newClientButton);
    layout->addLayout(bottomRow);
    updateCountLabel();
}

void ClientListWidget::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void ClientListWidget::refresh()
{
    m_model->refresh();
    showClient(m_shownClientId);
}

void ClientListWidget::showClient(qint64 clientId)
{
    m_shownClientId = clientId;
    const QScopedValueRollback quiet(m_selectingQuietly, true);
    const int row = clientId != 0 ? m_model->rowOf(clientId) : -1;
    if (row < 0) {
        m_view->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, ClientListModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray ClientListWidget::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool ClientListWidget::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(state))
        return false;
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

void ClientListWidget::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

void ClientListWidget::applySearch()
{
    m_searchTimer->stop();
    m_model->setSearchText(m_searchEdit->text().trimmed());
    showClient(m_shownClientId);
}

void ClientListWidget::updateCountLabel()
{
    const int count = m_model->totalCount();
    const QString number = QLocale().toString(count);
    if (m_model->totalIsAtLeast())
        m_countLabel->setText(
                tr("More than %1 clients match: type more to narrow the list").arg(number));
    else if (!m_model->searchText().isEmpty())
        m_countLabel->setText(count == 0           ? tr("No clients match the search")
                                      : count == 1 ? tr("1 client matches")
                                                   : tr("%1 clients match").arg(number));
    else
        m_countLabel->setText(count == 0           ? tr("No clients yet")
                                      : count == 1 ? tr("1 client")
                                                   : tr("%1 clients").arg(number));
}

void ClientListWidget::setDefaultColumnWidths()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 28;
    };
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(widthOf(QStringLiteral("Phone")));
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Names and emails share the room left by the fixed-width columns.
    header->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ClientListModel::EmailColumn, QHeaderView::Stretch);
    header->resizeSection(
            ClientListModel::DateOfBirthColumn,
            std::max(widthOf(QStringLiteral("0000-00-00")),
                     widthOf(m_model->headerData(ClientListModel::DateOfBirthColumn, Qt::Horizontal)
                                     .toString())));
    header->resizeSection(ClientListModel::PhoneColumn, widthOf(QStringLiteral("+1 555-010-2233")));
    header->resizeSection(ClientListModel::UpdatedColumn, widthOf(QStringLiteral("0000-00-00")));
}

} // namespace stillpoint::ui
