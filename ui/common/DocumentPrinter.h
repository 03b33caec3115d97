// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QMap>
#include <QString>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;
class QWidget;

namespace stillpoint::ui {

// A document to put on paper: plain HTML (tables, headings) as core renders it, a title for the
// print job and the PDF's metadata, and a footer repeated on every page with its page number, so
// that separated pages can be put back together.
struct PrintableDocument
{
    QString title; // "Intake", "Referral letter"
    QString html;
    QString footer; // "Ann Lee · Intake version 2"; "Page 1 of 3" is added
    QString fileName; // offered when saving: "Ann Lee - intake v2 2026-03-03.pdf"
};

// Pictures a document's HTML shows by name (<img src="chart-1" width="640">), such as charts
// drawn for the page. Text-only documents have none.
using DocumentImages = QMap<QString, QImage>;

// Prints documents and saves them as PDF files. Both lay the document out on A4 (or the chosen
// printer's paper) with the same margins and footer. A PDF is written through QSaveFile: it
// replaces the target only once complete, so a failure leaves no half-written file. Printing asks
// for a printer through choosePrinter(), which tests override so that no dialog ever opens.
class DocumentPrinter
{
public:
    DocumentPrinter() = default;
    virtual ~DocumentPrinter();
    DocumentPrinter(const DocumentPrinter &) = delete;
    DocumentPrinter &operator=(const DocumentPrinter &) = delete;

    // Asks for a printer and prints. False (and no error) when the user cancelled.
    core::Result<bool> print(QWidget *parent, const PrintableDocument &document,
                             const DocumentImages &images = {});
    // Writes the document as a PDF at `path`; an Io error says why when it cannot.
    core::Status savePdf(const PrintableDocument &document, const QString &path,
                         const DocumentImages &images = {}) const;

    // Lays the document out on `device` and paints every page; returns the page count.
    static int render(const PrintableDocument &document, QPagedPaintDevice &device,
                      const DocumentImages &images = {});
    // Tables as paper wants them (and previews should show them): one ruled line between cells
    // instead of a box around each, and a header row (bold over rows that are not) repeated on
    // every page the table runs onto.
    static void tidyTables(QTextDocument &document);

protected:
    // Shows the platform's print dialog for `printer`; false when the user cancelled.
    virtual bool choosePrinter(QWidget *parent, QPrinter &printer);
};

// Writes `html` as a PDF at `path`, laid out as DocumentPrinter::savePdf() does (A4, the footer
// and page numbers on every page, written through QSaveFile), for callers that print nothing:
// the exports of a client's record from the app and from the command-line tool. Needs a
// QGuiApplication (for fonts); an offscreen one will do.
core::Status writePdf(const QString &html, const QString &path, const QString &title = {},
                      const QString &footer = {});

} // namespace stillpoint::ui
