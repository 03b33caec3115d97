// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "export practice --out FILE": the whole practice as one JSON document (see
// core::PracticeExport), written all or nothing and audited. Owner only.
class ExportPracticeCommand final : public Command
{
public:
    ExportPracticeCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
