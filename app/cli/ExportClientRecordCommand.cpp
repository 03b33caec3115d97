// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportClientRecordCommand.h"

#include "app/cli/SignedInUser.h"
#include "core/exchange/ClientRecordExport.h"
#include "ui/common/DocumentPrinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace stillpoint::cli {

namespace {
const QString OutOption = u"out"_s;
} // namespace

ExportClientRecordCommand::ExportClientRecordCommand()
    : Command(u"client"_s,
              u"Write one client's complete record as JSON and PDF (owner, therapist)."_s)
{ }

bool ExportClientRecordCommand::needsGuiApplication(const QStringList &) const
{
    return true;
}

QList<QCommandLineOption> ExportClientRecordCommand::options() const
{
    return { QCommandLineOption(
            OutOption, u"The folder to write into (made when it does not exist)."_s, u"FOLDER"_s) };
}

QString ExportClientRecordCommand::syntax() const
{
    return u"ID --out FOLDER"_s;
}

QString ExportClientRecordCommand::description() const
{
    return u"Write everything the practice keeps about client ID (the number \"clients search\"\n"
           u"shows first), for a client's request for their records: contact details and\n"
           u"alerts, every intake version, questionnaire scores, red-flag alerts with the\n"
           u"reasons to proceed, appointments and session notes with their addenda. Two files\n"
           u"go into FOLDER: client-ID-record.json and client-ID-record.pdf, both or neither,\n"
           u"readable by you only; files of those names already there are never replaced. The\n"
           u"export is audited. Owner and therapist."_s;
}

int ExportClientRecordCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(context,
                          u"needs one client number, for example \"export client 12 "
                          u"--out records\"."_s);
    bool isNumber = false;
    const qint64 clientId = arguments.first().toLongLong(&isNumber);
    if (!isNumber || clientId <= 0)
        return usageError(
                context,
                u"\"%1\" is not a client number; \"clients search\" shows them first."_s.arg(
                        arguments.first()));
    if (!parser.isSet(OutOption) || parser.value(OutOption).isEmpty())
        return usageError(context, u"--out FOLDER is needed: where to write the record."_s);
    if (!context.global.user)
        return userRequired(context);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.errors() << programName() << ": the PDF needs Qt's GUI module, which this run did "
                         << "not start.\n";
        return ExitCode::Failure;
    }

    const QString folder = QFileInfo(parser.value(OutOption)).absoluteFilePath();
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return usageError(context, u"--out names a file; give a folder."_s);
    const auto user = signInToPractice(context);
    if (!user)
        return ExitCode::Failure;
    const auto pdf = [](const core::ClientRecordPrintout &printout, const QString &path) {
        return ui::writePdf(printout.html, path, printout.title, printout.footer);
    };
    core::ClientRecordExport exporter(user->database(), context.clock);
    // A refusal comes before the folder is made, so it leaves nothing behind (core says why
    // and audits it).
    if (!core::ClientRecordExport::allowedFor(user->session().role))
        return failure(context, exporter.write(user->session(), clientId, folder, pdf).error());
    const bool made = !QFileInfo(folder).isDir();
    if (made) {
        // Made private: it is about to hold a client's health records.
        if (!QDir().mkpath(folder)
            || !QFile::setPermissions(folder,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner))
            return failure(
                    context,
                    core::makeError(
                            core::ErrorCode::Io,
                            u"The folder %1 could not be made; choose another."_s.arg(folder)));
    }

    const auto written = exporter.write(user->session(), clientId, folder, pdf);
    if (!written) {
        if (made)
            QDir().rmdir(folder); // only if still empty, as it is after a failure
        return failure(context, written.error());
    }
    context.out << "Wrote the record of client " << clientId << " to " << folder << ": "
                << QFileInfo(written->jsonPath).fileName() << " and "
                << QFileInfo(written->pdfPath).fileName() << ".\n";
    return ExitCode::Success;
}

} // namespace stillpoint::cli
