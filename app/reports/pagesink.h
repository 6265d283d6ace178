#pragma once

#include "layout.h"

class QPainter;
class QPagedPaintDevice;

namespace kinerja::reports {

// Where printed pages go: a QPainter already begun on a paged device (QPdfWriter for
// files, QPrinter for the GUI's print and preview). Documents rendered one after the
// other through the same sink follow each other in the output.
class PageSink {
public:
    PageSink(QPainter &painter, QPagedPaintDevice &device) : m_painter(painter), m_device(device) {}

    QPainter &painter() { return m_painter; }
    QPagedPaintDevice &device() { return m_device; }
    // Starts the next page: the device's first page exists already, later ones need
    // newPage(). Resets the painter's transform so (0, 0) is the page's top-left corner.
    bool beginPage();
    int pages() const { return m_pages; }

    // The device's page in millimetres with the forms' margins.
    PageGeometry geometry() const;

private:
    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    int m_pages = 0;
};

} // namespace kinerja::reports
