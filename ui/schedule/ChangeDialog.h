// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schedule/SeriesService.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace stillpoint::ui {

class ScheduleController;
class ScheduleSource;

// Changes the day, the start time or the length of an upcoming appointment, from its details.
// For an occurrence of a recurring series it asks which occurrences the change reaches (this
// one, this and the following ones, all upcoming ones) and lists them as core would change them
// (SeriesService::previewChange), each collision named; the desk changes all of them (only when
// none collides) or only the free ones. A single appointment, or one occurrence alone, is
// changed as a drag would change it (ScheduleController::change, with undo).
class ChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeDialog(ScheduleController &controller, const ScheduleSource &source,
                 const core::AppointmentDetails &details, QWidget *parent = nullptr);
    ~ChangeDialog() override;

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QSpinBox *lengthSpin() const { return m_length; }
    // Null unless the appointment belongs to a series.
    QRadioButton *scopeButton(core::SeriesScope scope) const;
    QTreeWidget *previewList() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *changeButton() const { return m_changeButton; }
    QPushButton *changeFreeButton() const { return m_changeFreeButton; }

    core::SeriesScope scope() const;
    void setScope(core::SeriesScope scope);
    // How many appointments the accepted change wrote.
    int changedCount() const { return m_changed; }

    void accept() override;
    void acceptFreeOnly();

private:
    core::SeriesChange change() const;
    void updatePreview();
    void apply(core::ConflictPolicy policy);

    ScheduleController &m_controller;
    const ScheduleSource &m_source;
    core::AppointmentDetails m_details;
    int m_changed = 0;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QSpinBox *m_length;
    QRadioButton *m_thisOne = nullptr;
    QRadioButton *m_following = nullptr;
    QRadioButton *m_all = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_changeButton = nullptr;
    QPushButton *m_changeFreeButton = nullptr;
};

} // namespace stillpoint::ui
