// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace stillpoint::test {

// Collects what QAbstractItemModelTester reports (category "qt.modeltest") while it lives, so a
// test can check that a model broke no rule; other messages pass through as before.
class ModelTestWarnings
{
public:
    ModelTestWarnings();
    ~ModelTestWarnings();
    ModelTestWarnings(const ModelTestWarnings &) = delete;
    ModelTestWarnings &operator=(const ModelTestWarnings &) = delete;

    const QStringList &messages() const;
};

} // namespace stillpoint::test
