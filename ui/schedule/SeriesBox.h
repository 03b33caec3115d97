// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/SeriesService.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace stillpoint::ui {

class ScheduleSource;

// The "repeat" part of the booking dialog: every N weeks, until a date or a number of times, and
// the occurrences core would book (SeriesService::preview) listed with their date and local
// time, each collision named as core words it ("Room 2 is taken by …") and each warning (outside
// working hours, time off) marked, so the desk sees what conflicts before confirming. It only
// shows; the dialog books.
class SeriesBox final : public QWidget
{
    Q_OBJECT

public:
    enum Column { IndexColumn, DateColumn, TimeColumn, StateColumn, ColumnCount };

    explicit SeriesBox(const ScheduleSource &source, QWidget *parent = nullptr);
    ~SeriesBox() override;

    QSpinBox *intervalSpin() const { return m_interval; }
    QRadioButton *countButton() const { return m_byCount; }
    QSpinBox *countSpin() const { return m_count; }
    QRadioButton *untilButton() const { return m_byUntil; }
    QDateEdit *untilEdit() const { return m_until; }
    QTreeWidget *previewList() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }

    // A list for occurrences, with its columns, and how occurrences are listed in it (also for
    // the change dialog's preview): date, local time, and each conflict or warning named.
    static QTreeWidget *makeList(QWidget *parent);
    static void list(QTreeWidget *list, const core::SeriesPreview &preview);
    // What a preview comes to, in a sentence, with the banner style it needs.
    static std::pair<QString, QString> summaryOf(const core::SeriesPreview &preview);

    // The rule as the fields stand, starting on `first` at `time`.
    core::RecurrenceRule rule(const QDate &first, const QTime &time) const;
    // Asks core what `request` would book and lists it; a refusal (an impossible rule) is shown
    // instead. The preview, when there is one.
    const std::optional<core::SeriesPreview> &showPreview(const core::SeriesRequest &request);
    // Shows that nothing can be previewed yet (no client chosen).
    void showWaiting(const QString &message);
    const std::optional<core::SeriesPreview> &preview() const { return m_preview; }
    // The first date changed: an "until" date before it moves along.
    void setFirstDate(const QDate &first);

Q_SIGNALS:
    // The interval, the count or the end date changed.
    void ruleChanged();

private:
    void updateState();

    const ScheduleSource &m_source;
    std::optional<core::SeriesPreview> m_preview;
    QSpinBox *m_interval;
    QRadioButton *m_byCount;
    QSpinBox *m_count;
    QRadioButton *m_byUntil;
    QDateEdit *m_until;
    QTreeWidget *m_list;
    QLabel *m_summary;
};

} // namespace stillpoint::ui
