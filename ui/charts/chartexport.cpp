#include "chartexport.h"

#include "common/filefolders.h"
#include "common/messagebox.h"

#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace kinerja::ui {

namespace {
// The chart drawn into any paint device, scaled to fill `target`.
void render(QChartView *view, QPainter *painter, const QRectF &target)
{
    painter->setRenderHint(QPainter::Antialiasing);
    view->render(painter, target, view->viewport()->rect(), Qt::KeepAspectRatio);
}
} // namespace

QString ChartExport::save(QChartView *view, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QSize size(1600, 1000); // about A4 landscape at 150 dpi
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        render(view, &painter, QRectF(QPointF(0, 0), size));
        painter.end();
        if (!image.save(fileName, "PNG"))
            return tr("Cannot write %1.").arg(fileName);
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write %1.").arg(fileName);
        render(view, &painter, QRectF(QPointF(0, 0), size));
        painter.end();
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(fileName);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("Cannot write %1.").arg(fileName);
        render(view, &painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        painter.end();
        return {};
    }
    return tr("%1: choose a file ending in .png, .svg or .pdf.").arg(fileName);
}

void ChartExport::saveAs(QWidget *parent, QChartView *view, const QString &suggestedName)
{
    // A title makes the file name; characters some systems refuse in names become "-".
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[<>:\"/\\\\|?*]")), QStringLiteral("-"));
    const QString fileName = QFileDialog::getSaveFileName(
        parent, tr("Save chart"),
        FileFolders::suggest(QStringLiteral("chart"), name + QStringLiteral(".png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    FileFolders::remember(QStringLiteral("chart"), fileName);
    if (const QString error = save(view, fileName); !error.isEmpty())
        MessageBox::warning(parent, tr("Cannot save the chart"), error);
}

void ChartExport::print(QWidget *parent, QChartView *view)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        MessageBox::warning(parent, tr("Cannot print"), tr("The printer could not be started."));
        return;
    }
    render(view, &painter, printer.pageLayout().paintRectPixels(printer.resolution()));
    painter.end();
}

} // namespace kinerja::ui
