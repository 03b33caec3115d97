// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch print Qt strings in failed assertions instead of "{?}".
#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
