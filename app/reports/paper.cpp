#include "paper.h"

#include <QPagedPaintDevice>

namespace kinerja::reports {

QPageSize pageSize(Paper paper)
{
    switch (paper) {
    case Paper::F4:
        return QPageSize(QSizeF(215.0, 330.0), QPageSize::Millimeter, QStringLiteral("F4"),
                         QPageSize::ExactMatch);
    case Paper::A4:
        break;
    }
    return QPageSize(QPageSize::A4);
}

QString paperName(Paper paper)
{
    return paper == Paper::F4 ? QStringLiteral("F4") : QStringLiteral("A4");
}

bool parsePaper(const QString &text, Paper *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4")) {
        *out = Paper::A4;
        return true;
    }
    if (t == QLatin1String("f4") || t == QLatin1String("folio")) {
        *out = Paper::F4;
        return true;
    }
    return false;
}

QMarginsF pageMarginsMm()
{
    return QMarginsF(25.0, 15.0, 15.0, 15.0); // left, top, right, bottom
}

QPageLayout pageLayout(Paper paper)
{
    return QPageLayout(pageSize(paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

bool preparePagedDevice(QPagedPaintDevice &device, Paper paper)
{
    return device.setPageLayout(pageLayout(paper));
}

} // namespace kinerja::reports
