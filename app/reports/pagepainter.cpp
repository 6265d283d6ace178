// paintPages: laid-out pages onto a PageSink, with the footer, page numbers and draft mark.
#include "layout.h"

#include "pagesink.h"

#include <QPainter>
#include <QPainterPath>

namespace kinerja::reports {

namespace {

void drawItems(QPainter &p, const TextMetrics &metrics, const QVector<PageItem> &items)
{
    const double k = metrics.pixelsPerMm();
    const auto px = [k](double mm) { return mm * k; };
    QPen pen(Qt::black);
    pen.setCapStyle(Qt::FlatCap);
    for (const PageItem &item : items) {
        switch (item.kind) {
        case PageItem::Kind::Text: {
            p.setFont(metrics.font(item.font));
            p.setPen(item.color);
            const double baseline = item.rect.top() + metrics.ascent(item.font);
            p.drawText(QPointF(px(item.rect.left()), px(baseline)), item.text);
            break;
        }
        case PageItem::Kind::Line:
            pen.setWidthF(px(item.pen));
            p.setPen(pen);
            p.drawLine(QLineF(px(item.rect.left()), px(item.rect.top()), px(item.rect.right()),
                              px(item.rect.bottom())));
            break;
        case PageItem::Kind::Box:
            pen.setWidthF(px(item.pen));
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(px(item.rect.left()), px(item.rect.top()), px(item.rect.width()),
                              px(item.rect.height())));
            break;
        case PageItem::Kind::Fill:
            p.fillRect(QRectF(px(item.rect.left()), px(item.rect.top()), px(item.rect.width()),
                              px(item.rect.height())),
                       item.color);
            break;
        case PageItem::Kind::Image:
            p.drawImage(QRectF(px(item.rect.left()), px(item.rect.top()), px(item.rect.width()),
                               px(item.rect.height())),
                        item.image);
            break;
        case PageItem::Kind::Polyline: {
            pen.setWidthF(px(item.pen));
            p.setPen(pen);
            QPolygonF points;
            for (const QPointF &pt : item.points)
                points << QPointF(px(pt.x()), px(pt.y()));
            p.setRenderHint(QPainter::Antialiasing, true);
            p.drawPolyline(points);
            break;
        }
        }
    }
}

// A diagonal watermark drawn as outlines, so text extraction does not see it.
void drawWatermark(QPainter &p, const TextMetrics &metrics, const PageGeometry &geometry,
                   const QString &mark)
{
    const double k = metrics.pixelsPerMm();
    QFont f = metrics.font(FontSpec{60.0, true, false});
    QPainterPath path;
    path.addText(QPointF(0, 0), f, mark);
    const QRectF bounds = path.boundingRect();
    if (bounds.width() <= 0)
        return;
    p.save();
    p.translate(geometry.size.width() * k / 2, geometry.size.height() * k / 2);
    p.rotate(-55);
    // The path's size depends on the font's resolution: scale it to span the page.
    const double width = geometry.size.height() * k * 0.75;
    p.scale(width / bounds.width(), width / bounds.width());
    p.translate(-bounds.center());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(200, 0, 0, 22));
    p.drawPath(path);
    p.restore();
}

} // namespace

bool paintPages(const Document &document, const QVector<Page> &pages, const PageGeometry &geometry,
                const TextMetrics &metrics, PageSink &sink)
{
    QPainter &p = sink.painter();
    const QRectF body = geometry.body();
    const FontSpec footerFont{7.0, false, false};
    const FontSpec draftFont{9.0, true, false};
    const double footerTop = body.bottom() + geometry.footer - metrics.lineHeight(footerFont);
    for (int i = 0; i < pages.size(); ++i) {
        if (!sink.beginPage())
            return false;
        QVector<PageItem> extra;
        const auto add = [&](const QString &text, const FontSpec &font, double y, Align align,
                             const QColor &color) {
            PageItem item;
            item.kind = PageItem::Kind::Text;
            double left = body.left();
            if (align == Align::Right)
                left = body.right() - metrics.width(text, font);
            item.rect = QRectF(left, y, body.width(), metrics.lineHeight(font));
            item.text = text;
            item.font = font;
            item.color = color;
            extra.append(item);
        };
        if (!document.draftMark.isEmpty()) {
            drawWatermark(p, metrics, geometry, document.draftMark);
            add(document.draftMark, draftFont, geometry.margins.top() - 7.0, Align::Right,
                QColor(180, 0, 0));
        }
        const QString pageText = document.pageText.arg(i + 1).arg(pages.size());
        if (!document.footer.isEmpty()) {
            // Clear of the page number on the right.
            const double room = body.width() - metrics.width(pageText, footerFont) - 5;
            QString footer = document.footer;
            if (metrics.width(footer, footerFont) > room)
                footer = metrics.wrap(footer, footerFont, room).value(0);
            add(footer, footerFont, footerTop, Align::Left, QColor(60, 60, 60));
        }
        add(pageText, footerFont, footerTop, Align::Right, Qt::black);
        drawItems(p, metrics, pages.at(i).items);
        drawItems(p, metrics, extra);
    }
    return true;
}

} // namespace kinerja::reports
