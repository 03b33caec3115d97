// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace stillpoint::core {
class ClientService;
}

namespace stillpoint::ui {

class ClientListModel;
class CurrentSession;

// The searchable, sortable list of clients: a search box that filters as the user types, a
// "Show archived" toggle, the table and a count. Choosing a row announces the client; what happens
// then (asking to save the open record first, for instance) is up to the window.
class ClientListWidget final : public QWidget
{
    Q_OBJECT

public:
    ClientListWidget(core::ClientService &clients, const CurrentSession &session,
                     QWidget *parent = nullptr);

    ClientListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_searchEdit; }

    void focusSearch();
    // Reads the list again, for instance after a client was saved.
    void refresh();
    // Marks the client's row as the current one without announcing it (the editor shows it
    // already); clears the selection when the client is not in the list.
    void showClient(qint64 clientId);

    // Column widths and sort order, for the window to keep between sessions.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);

    // Milliseconds between the last key typed in the search box and the search.
    void setSearchDelay(int milliseconds);

Q_SIGNALS:
    // The user chose this client in the list. Sent after the selection change is finished, so
    // that handlers may safely refresh the list.
    void clientChosen(qint64 clientId);
    // The user pressed the list's New Client button.
    void newClientRequested();

private:
    void applySearch();
    void updateCountLabel();
    void setDefaultColumnWidths();

    ClientListModel *m_model;
    QLineEdit *m_searchEdit;
    QCheckBox *m_showArchived;
    QTableView *m_view;
    QLabel *m_countLabel;
    QPushButton *m_newClientButton;
    QTimer *m_searchTimer;
    qint64 m_shownClientId = 0;
    bool m_selectingQuietly = false;
};

} // namespace stillpoint::ui
