// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/ClientResults.h"

#include "core/clients/ClientService.h"
#include "ui/schedule/ScheduleServices.h"
#include "ui/security/CurrentSession.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>

namespace stillpoint::ui::ClientResults {

core::Status fill(QListWidget &list, const ScheduleServices &services, const QString &text)
{
    list.clear();
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        list.hide();
        return core::Status::success();
    }
    core::ClientQuery query;
    query.text = typed;
    query.limit = 20;
    const auto found = services.clients.search(services.session.session(), query);
    if (!found)
        return found.error();
    for (const core::ClientSummary &client : found.value()) {
        QStringList parts{ client.displayName() };
        if (client.dateOfBirth.isValid())
            parts << QCoreApplication::translate("ClientResults", "born %1")
                             .arg(QLocale().toString(client.dateOfBirth,
                                                     QStringLiteral("d MMM yyyy")));
        if (!client.phone.isEmpty())
            parts << client.phone;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), &list);
        item->setData(IdRole, client.id);
        item->setData(NameRole, client.displayName());
    }
    if (list.count() == 0)
        new QListWidgetItem(QCoreApplication::translate("ClientResults", "No client matches"),
                            &list);
    list.setCurrentRow(0);
    list.setVisible(true);
    return core::Status::success();
}

void search(QListWidget &list, const ScheduleServices &services, const QString &text,
            QLabel &problem)
{
    if (const core::Status shown = fill(list, services, text); !shown) {
        problem.setText(shown.error().message);
        problem.show();
    }
}

QString nameOf(const ScheduleServices &services, qint64 clientId, const QString &known)
{
    if (!known.isEmpty())
        return known;
    if (const auto client = services.clients.find(services.session.session(), clientId))
        return client->displayName();
    return {};
}

} // namespace stillpoint::ui::ClientResults
