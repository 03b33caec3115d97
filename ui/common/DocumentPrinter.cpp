// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DocumentPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <cmath>
#include <memory>

namespace stillpoint::ui {

namespace {

// The same page everywhere: A4 with room for hole punches and a footer.
constexpr QMarginsF PageMargins(18.0, 16.0, 18.0, 12.0); // millimetres: left, top, right, bottom
constexpr qreal BodyPointSize = 10.0;
constexpr qreal FooterPointSize = 8.0;
// The document is laid out as on a 96 dpi screen (so "1px" borders and paddings in the HTML keep
// their on-screen proportions) and scaled to the device when painted.
constexpr int LayoutDotsPerMeter = 3780; // 96 dpi

QString translate(const char *text)
{
    return QCoreApplication::translate("stillpoint::ui::DocumentPrinter", text);
}

void setUpPage(QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(PageMargins, QPageLayout::Millimeter);
}

bool isBold(const QTextTableCell &cell)
{
    return cell.firstCursorPosition().charFormat().fontWeight() >= QFont::DemiBold;
}

// The number of the first block that should start a new page to stay with what follows it, or
// -1: a heading, or a line that introduces a table, sitting at the foot of a page with less than
// `room` under it. When headings and introductions lead to it one after another, the first of
// them is named, so they move together. The document must be laid out in pages.
int nextKeepWithNextBreak(const QTextDocument &text, qreal pageHeight, qreal room)
{
    // The root frame's children in order: blocks, and tables (frames).
    struct Item
    {
        QTextBlock block;
        QTextFrame *frame = nullptr;
    };
    QList<Item> items;
    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it)
        items.append({ it.currentBlock(), it.currentFrame() });
    const auto keepsWithNext = [&items](qsizetype i) {
        const Item &item = items.at(i);
        if (item.frame || !item.block.isValid() || item.block.text().trimmed().isEmpty())
            return false;
        if (item.block.blockFormat().headingLevel() > 0)
            return true;
        return i + 1 < items.size() && qobject_cast<QTextTable *>(items.at(i + 1).frame);
    };
    for (qsizetype i = 0; i + 1 < items.size(); ++i) {
        if (!keepsWithNext(i))
            continue;
        const QRectF box = text.documentLayout()->blockBoundingRect(items.at(i).block);
        const qreal pageTop = std::floor(box.top() / pageHeight) * pageHeight;
        if (box.top() - pageTop < 1.0 || pageTop + pageHeight - box.bottom() >= room)
            continue; // already at the top of a page, or with room under it
        qsizetype first = i;
        while (first > 0 && keepsWithNext(first - 1))
            --first;
        return items.at(first).block.blockNumber();
    }
    return -1;
}

} // namespace

DocumentPrinter::~DocumentPrinter() = default;

void DocumentPrinter::tidyTables(QTextDocument &text)
{
    const QList<QTextFrame *> frames = text.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        if (format.border() > 0) {
            format.setBorderCollapse(true);
            format.setBorder(1);
            format.setBorderBrush(QColor(150, 150, 150));
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        }
        if (format.headerRowCount() == 0 && table->rows() > 2) {
            bool headerRow = true;
            for (int column = 0; column < table->columns() && headerRow; ++column)
                headerRow = isBold(table->cellAt(0, column));
            bool bodyBelow = false;
            for (int column = 0; column < table->columns() && !bodyBelow; ++column)
                bodyBelow = !isBold(table->cellAt(1, column));
            if (headerRow && bodyBelow)
                format.setHeaderRowCount(1);
        }
        table->setFormat(format);
    }
}

int DocumentPrinter::render(const PrintableDocument &document, QPagedPaintDevice &device,
                            const DocumentImages &images)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;

    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(LayoutDotsPerMeter);
    layoutDevice.setDotsPerMeterY(LayoutDotsPerMeter);
    QFont bodyFont = QGuiApplication::font();
    bodyFont.setPointSizeF(BodyPointSize);
    bodyFont.setHintingPreference(QFont::PreferNoHinting);

    QFont footerFont = bodyFont;
    footerFont.setPointSizeF(FooterPointSize);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal footerHeight = footerMetrics.height() * 2.2; // the footer line and a gap above it
    const qreal scaleX = qreal(device.logicalDpiX()) / qreal(layoutDevice.logicalDpiX());
    const qreal scaleY = qreal(device.logicalDpiY()) / qreal(layoutDevice.logicalDpiY());
    const qreal width = qreal(device.width());
    const qreal height = qreal(device.height());
    const QSizeF body(width / scaleX, (height - footerHeight) / scaleY);

    // Laid out afresh with each page break it gains: QTextDocumentLayout does not reliably move
    // what follows a block whose format changed after layout.
    QList<int> breaks;
    const auto layOut = [&](QTextDocument &text) {
        text.documentLayout()->setPaintDevice(&layoutDevice);
        text.setUseDesignMetrics(true); // the same line breaks whatever the device's resolution
        text.setDefaultFont(bodyFont);
        text.setDocumentMargin(0);
        // Before the HTML, so that its <img> elements find their pictures when laid out.
        for (auto image = images.cbegin(); image != images.cend(); ++image)
            text.addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
        text.setHtml(document.html);
        DocumentPrinter::tidyTables(text);
        QTextBlockFormat pageBreak;
        pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        for (const int number : std::as_const(breaks))
            QTextCursor(text.findBlockByNumber(number)).mergeBlockFormat(pageBreak);
        text.setPageSize(body);
        return text.pageCount();
    };
    auto text = std::make_unique<QTextDocument>();
    layOut(*text);
    const qreal room = QFontMetricsF(bodyFont, &layoutDevice).lineSpacing() * 4.5;
    for (int pass = 0; pass < 50; ++pass) {
        const int next = nextKeepWithNextBreak(*text, body.height(), room);
        if (next < 0 || breaks.contains(next))
            break;
        breaks.append(next);
        text = std::make_unique<QTextDocument>();
        layOut(*text);
    }

    const int pages = text->pageCount();
    const QColor footerColour(90, 90, 90);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return 0;
        painter.save();
        painter.scale(scaleX, scaleY);
        const QRectF view(0.0, qreal(page) * body.height(), body.width(), body.height());
        painter.translate(0.0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        text->documentLayout()->draw(&painter, context);
        painter.restore();

        // The footer is painted in device units, so its point size is the device's.
        painter.setFont(footerFont);
        painter.setPen(QPen(footerColour, 0));
        const QRectF footer(0.0, height - footerMetrics.height(), width, footerMetrics.height());
        const QString pageText = translate("Page %1 of %2").arg(page + 1).arg(pages);
        const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText);
        const QString footerText = footerMetrics.elidedText(
                document.footer, Qt::ElideMiddle, width - pageTextWidth - footerMetrics.height());
        painter.drawLine(QPointF(0.0, footer.top() - footerMetrics.height() * 0.5),
                         QPointF(width, footer.top() - footerMetrics.height() * 0.5));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerText);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    return painter.end() ? pages : 0;
}

core::Result<bool> DocumentPrinter::print(QWidget *parent, const PrintableDocument &document,
                                          const DocumentImages &images)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPage(printer);
    printer.setDocName(document.title);
    printer.setCreator(QStringLiteral("Stillpoint"));
    if (!choosePrinter(parent, printer))
        return false;
    if (render(document, printer, images) == 0 || printer.printerState() == QPrinter::Error)
        return core::makeError(core::ErrorCode::Io,
                               translate("The document could not be printed. Check that the "
                                         "printer is switched on and connected, then try again."));
    return true;
}

core::Status DocumentPrinter::savePdf(const PrintableDocument &document, const QString &path,
                                      const DocumentImages &images) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::makeError(core::ErrorCode::Io,
                               translate("Could not save %1: %2. Choose a folder you can write "
                                         "to.")
                                       .arg(shown, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        setUpPage(writer);
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Stillpoint"));
        pages = render(document, writer, images);
    }
    if (pages == 0 || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return core::makeError(core::ErrorCode::Io,
                               translate("Could not save %1: %2.").arg(shown, reason));
    }
    if (!file.commit())
        return core::makeError(core::ErrorCode::Io,
                               translate("Could not save %1: %2. Nothing was written.")
                                       .arg(shown, file.errorString()));
    return core::Status::success();
}

core::Status writePdf(const QString &html, const QString &path, const QString &title,
                      const QString &footer)
{
    return DocumentPrinter().savePdf(PrintableDocument{ title, html, footer, QString() }, path);
}

bool DocumentPrinter::choosePrinter(QWidget *parent, QPrinter &printer)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(translate("Print"));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace stillpoint::ui
