// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/exchange/ExchangeFixture.h"

#include "core/clients/ClientService.h"
#include "tests/ui/UiTestHelpers.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace stillpoint::test {

ExchangeFixture::ExchangeFixture(core::Role role)
    : clock(fixedClock()), session(currentSession(signIn(database.db(), role, clock)))
{ }

QString ExchangeFixture::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = QDir(folder.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("could not write the test file");
    return path;
}

int ExchangeFixture::clientCount()
{
    core::ClientQuery query;
    query.includeArchived = true;
    const auto count = core::ClientService(database.db(), clock).count(session->session(), query);
    if (!count)
        throw std::runtime_error(count.error().message.toStdString());
    return count.value();
}

ui::ExchangeServices ExchangeFixture::services()
{
    return { database.db(), *session, prompter, files, clock };
}

} // namespace stillpoint::test
