// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace stillpoint::cli {

// "export client ID --out FOLDER": one client's complete record (contact details, intakes,
// scores, red-flag alerts, appointments, session notes) as client-ID-record.json and
// client-ID-record.pdf, for a client's request for their records; both files or neither, never
// over existing ones, audited. Owner and therapist (see core::ClientRecordExport). The PDF is laid
// out with Qt Gui, so this command runs with a GUI application on the offscreen platform.
class ExportClientRecordCommand final : public Command
{
public:
    ExportClientRecordCommand();

    bool needsGuiApplication(const QStringList &arguments) const override;

protected:
    bool needsUser() const override { return true; }
    QList<QCommandLineOption> options() const override;
    QString syntax() const override;
    QString description() const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace stillpoint::cli
