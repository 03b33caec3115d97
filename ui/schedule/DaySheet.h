// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "ui/common/DocumentPrinter.h"

#include <QDate>

class QWidget;

namespace stillpoint::ui {

class ScheduleSource;

// The day sheet: one day's appointments on paper, a table per therapist in time order (time,
// client's first name, type, room, status, and an empty column to tick arrivals by hand), with
// the practice's name. Calendar items only: nothing clinical, no contact details. Printed or saved
// as PDF through the window's DocumentPrinter and FileChooser, as the intake printouts are.
class DaySheet
{
public:
    explicit DaySheet(const ScheduleSource &source);

    core::Result<PrintableDocument> document(const QDate &date) const;
    // Asks for a printer and prints; false when cancelled or it failed (shown).
    bool print(QWidget *parent, const QDate &date) const;
    // Asks where to save and writes the PDF; false when cancelled or it failed (shown).
    bool saveAsPdf(QWidget *parent, const QDate &date, QString *savedPath = nullptr) const;

private:
    void showFailure(QWidget *parent, const QString &title, const core::Error &error) const;

    const ScheduleSource &m_source;
};

} // namespace stillpoint::ui
