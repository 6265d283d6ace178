#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace kinerja::reports {

// Paper for the official forms, always portrait. F4 (folio) is 215 × 330 mm.
enum class Paper { A4, F4 };

QPageSize pageSize(Paper paper);
QString paperName(Paper paper); // "A4", "F4"
// "a4", "f4" in any case; false otherwise.
bool parsePaper(const QString &text, Paper *out);

// Margins in millimetres, wide on the left for filing (binding holes).
QMarginsF pageMarginsMm();

// Portrait `paper` with no device margins: the forms lay out their own margins, so the
// page's origin is its top-left corner.
QPageLayout pageLayout(Paper paper);
// Applies pageLayout() to a QPdfWriter or QPrinter before painting starts.
bool preparePagedDevice(QPagedPaintDevice &device, Paper paper);

} // namespace kinerja::reports
