// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "export ics --from DATE --to DATE [--therapist NAME] --out FILE": a therapist's or the whole
// practice's appointments as an iCalendar file for phones and calendar apps (first names, types,
// rooms; never clinical details), written all or nothing and audited. A therapist may export
// their own calendar; anything else is for the owner (see core::IcsExport).
class ExportIcsCommand final : public Command
{
public:
    ExportIcsCommand();

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
