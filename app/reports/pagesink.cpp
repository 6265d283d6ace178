#include "pagesink.h"

#include "paper.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace kinerja::reports {

bool PageSink::beginPage()
{
    if (m_pages > 0 && !m_device.newPage())
        return false;
    ++m_pages;
    // A device with margins (a QPrinter not in full-page mode) puts the origin at its
    // printable area; move it back to the sheet's corner.
    const QPageLayout layout = m_device.pageLayout();
    const int dpi = m_device.logicalDpiX();
    const QPoint paintOrigin = layout.paintRectPixels(dpi).topLeft();
    m_painter.resetTransform();
    m_painter.translate(-paintOrigin);
    return true;
}

PageGeometry PageSink::geometry() const
{
    PageGeometry g;
    g.size = m_device.pageLayout().fullRect(QPageLayout::Millimeter).size();
    g.margins = pageMarginsMm();
    return g;
}

} // namespace kinerja::reports
