// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "export appointments --out FILE": every appointment, cancelled and missed ones included, as a
// CSV file for spreadsheets (wall-clock times, nothing clinical), written all or nothing and
// audited. Owner only.
class ExportAppointmentsCommand final : public Command
{
public:
    ExportAppointmentsCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
