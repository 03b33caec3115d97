// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schedule/DaySheet.h"

#include "core/security/PracticeSettings.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Prompter.h"
#include "ui/schedule/ScheduleSource.h"

#include <QCoreApplication>
#include <QLocale>

namespace stillpoint::ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::DaySheet", text);
}

QString cell(const QString &text, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    return QStringLiteral("<%1 align=\"left\">%2</%1>").arg(tag, text.toHtmlEscaped());
}

} // namespace

DaySheet::DaySheet(const ScheduleSource &source) : m_source(source) { }

core::Result<PrintableDocument> DaySheet::document(const QDate &date) const
{
    const auto items = m_source.items(date, 1);
    if (!items)
        return items.error();
    const auto practice = m_source.services().settings.practiceName();
    const QString day = QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));

    // Every active therapist gets a table (an empty day is worth knowing), and anyone else who
    // has appointments that day.
    QList<QPair<qint64, QString>> therapists;
    for (const core::Therapist &therapist : m_source.therapists())
        therapists << qMakePair(therapist.id, therapist.displayName);
    for (const core::CalendarItem &item : items.value()) {
        const bool listed = std::any_of(therapists.cbegin(), therapists.cend(),
                                        [&](const auto &t) { return t.first == item.therapistId; });
        if (!listed)
            therapists << qMakePair(item.therapistId, item.therapistName);
    }

    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>")
            + translate("Day sheet").toHtmlEscaped() + QStringLiteral("</title></head><body>\n<h1>")
            + translate("Day sheet: %1").arg(day).toHtmlEscaped() + QStringLiteral("</h1>\n");
    if (practice && !practice->isEmpty())
        html += QStringLiteral("<p>") + practice->toHtmlEscaped() + QStringLiteral("</p>\n");
    for (const auto &[id, name] : std::as_const(therapists)) {
        html += QStringLiteral("<h2>") + name.toHtmlEscaped() + QStringLiteral("</h2>\n");
        QString rows;
        int count = 0;
        for (const core::CalendarItem &item : items.value()) {
            if (item.therapistId != id || m_source.localDate(item.startUtc) != date)
                continue;
            const QString when = QStringLiteral("%1–%2").arg(
                    item.startUtc.toTimeZone(m_source.zone()).toString(QStringLiteral("HH:mm")),
                    item.endUtc.toTimeZone(m_source.zone()).toString(QStringLiteral("HH:mm")));
            rows += QStringLiteral("<tr>") + cell(when) + cell(item.clientFirstName)
                    + cell(item.typeName) + cell(item.roomName)
                    + cell(core::AppointmentStatuses::label(item.status)) + cell(QString())
                    + QStringLiteral("</tr>\n");
            ++count;
        }
        if (count == 0) {
            html += QStringLiteral("<p>") + translate("No appointments.").toHtmlEscaped()
                    + QStringLiteral("</p>\n");
            continue;
        }
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\">\n<tr>")
                + cell(translate("Time"), true) + cell(translate("Client"), true)
                + cell(translate("Type"), true) + cell(translate("Room"), true)
                + cell(translate("Status"), true) + cell(translate("Arrived"), true)
                + QStringLiteral("</tr>\n") + rows + QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");

    PrintableDocument document;
    document.title = translate("Day sheet");
    document.html = html;
    document.footer = translate("Day sheet · %1")
                              .arg(QLocale().toString(date, QStringLiteral("ddd d MMM yyyy")));
    document.fileName = translate("Day sheet %1.pdf").arg(date.toString(Qt::ISODate));
    return document;
}

bool DaySheet::print(QWidget *parent, const QDate &date) const
{
    const auto document = this->document(date);
    if (!document) {
        showFailure(parent, translate("Not printed"), document.error());
        return false;
    }
    const auto printed = m_source.services().printer.print(parent, document.value());
    if (!printed) {
        showFailure(parent, translate("Not printed"), printed.error());
        return false;
    }
    return printed.value();
}

bool DaySheet::saveAsPdf(QWidget *parent, const QDate &date, QString *savedPath) const
{
    const auto document = this->document(date);
    if (!document) {
        showFailure(parent, translate("PDF not saved"), document.error());
        return false;
    }
    const QString path = choosePdfPath(m_source.services().files, parent,
                                       translate("Save Day Sheet as PDF"), document->fileName);
    if (path.isEmpty())
        return false;
    const core::Status saved = m_source.services().printer.savePdf(document.value(), path);
    if (!saved) {
        showFailure(parent, translate("PDF not saved"), saved.error());
        return false;
    }
    if (savedPath)
        *savedPath = path;
    return true;
}

void DaySheet::showFailure(QWidget *parent, const QString &title, const core::Error &error) const
{
    m_source.services().prompter.warning(parent, title, error.message, { Prompter::Choice::Ok },
                                         Prompter::Choice::Ok, Prompter::Choice::Ok);
}

} // namespace stillpoint::ui
