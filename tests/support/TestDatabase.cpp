// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <stdexcept>

namespace stillpoint::test {

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    auto opened = core::Database::open(m_dir.filePath(QStringLiteral("practice.stillpoint")));
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_db = std::move(opened).value();
}

QString TestDatabase::path() const
{
    return m_db->path();
}

} // namespace stillpoint::test
