// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "audit list": the latest audit rows, newest first, one per line as tab-separated fields (id,
// time UTC, user, operation, client id, outcome, detail). Owner only.
class AuditListCommand final : public Command
{
public:
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 100'000;

    AuditListCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
