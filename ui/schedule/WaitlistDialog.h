// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/Waitlist.h"
#include "ui/schedule/WaitlistEntryDialog.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace stillpoint::ui {

class ScheduleSource;

// The desk's waitlist, a window beside the schedule: the open entries oldest first (client, the
// therapist wanted or any, type, days, time of day, desk notes, when added and when it expires),
// closed ones too on request. Expired entries are marked (they no longer match a freed time)
// and can be removed. Add… and Edit… open WaitlistEntryDialog; Remove closes the entry after
// asking; Book… asks the panel to open the booking dialog for the entry (bookRequested), and
// the panel marks it booked once booked. Everything goes through WaitlistService.
class WaitlistDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        TherapistColumn,
        TypeColumn,
        DaysColumn,
        PartsColumn,
        NotesColumn,
        AddedColumn,
        ExpiresColumn,
        StatusColumn,
        ColumnCount
    };

    WaitlistDialog(const ScheduleSource &source, QWidget *parent = nullptr);
    ~WaitlistDialog() override;

    QTreeWidget *list() const { return m_list; }
    QCheckBox *showClosedCheck() const { return m_showClosed; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *bookButton() const { return m_book; }
    QLabel *countLabel() const { return m_count; }
    const QList<core::WaitlistItem> &items() const { return m_items; }
    // The entry dialog open now (the last one opened), if any.
    WaitlistEntryDialog *entryDialog() const { return m_entryDialog; }

    // Reads the list again, keeping the selection.
    void reload();
    void select(qint64 entryId);
    // The selected entry, if any.
    const core::WaitlistItem *selected() const;

    WaitlistEntryDialog *addEntry();
    WaitlistEntryDialog *editSelected();
    // Closes the selected entry after asking. True when removed.
    bool removeSelected();
    // Asks the panel to book the selected entry.
    void bookSelected();

    // "Expired" when the entry is open but past its expiry date on `today`.
    static bool isExpired(const core::WaitlistEntry &entry, const QDate &today);
    static QString daysText(int weekdays);
    static QString partsText(int partsOfDay);

Q_SIGNALS:
    void bookRequested(const core::WaitlistItem &item);
    void statusMessage(const QString &message);

private:
    void updateButtons();
    WaitlistEntryDialog *openEntryDialog(const core::WaitlistItem *existing);

    const ScheduleSource &m_source;
    QList<core::WaitlistItem> m_items;
    QPointer<WaitlistEntryDialog> m_entryDialog;
    QTreeWidget *m_list;
    QCheckBox *m_showClosed;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_book;
};

} // namespace stillpoint::ui
