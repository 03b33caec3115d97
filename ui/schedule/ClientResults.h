// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <Qt>

class QLabel;
class QListWidget;

namespace stillpoint::ui {

struct ScheduleServices;

// The client search list of the booking and waitlist dialogs: what the desk typed, answered with
// one line per client (name, date of birth, phone), the client's id and name in each item.
namespace ClientResults {

inline constexpr int IdRole = Qt::UserRole;
inline constexpr int NameRole = Qt::UserRole + 1;

// Fills `list` with the best 20 matches for `text` ("No client matches" when none) and shows it,
// or hides it for empty text. The error says why the search was refused or failed.
core::Status fill(QListWidget &list, const ScheduleServices &services, const QString &text);
// fill(), with a refusal or failure shown in `problem`.
void search(QListWidget &list, const ScheduleServices &services, const QString &text,
            QLabel &problem);
// The name to show for a chosen client: `known` (from the search list), or else the stored
// client's display name.
QString nameOf(const ScheduleServices &services, qint64 clientId, const QString &known);

} // namespace ClientResults

} // namespace stillpoint::ui
