// LayoutEngine: a Document's blocks (text, tables, signatures, charts, headers) laid out
// into pages of positioned items; textmetrics.cpp measures, pagepainter.cpp paints.
#include "layout.h"

#include <algorithm>
#include <cmath>
#include <variant>

namespace kinerja::reports {

namespace {

constexpr double CellPadX = 1.2; // mm
constexpr double CellPadY = 0.9;

} // namespace

QRectF PageGeometry::body() const
{
    return QRectF(margins.left(), margins.top(), size.width() - margins.left() - margins.right(),
                  size.height() - margins.top() - margins.bottom() - footer);
}

// --- LayoutEngine ---

struct LayoutEngine::RowLayout {
    struct CellLayout {
        double x = 0, width = 0;
        QStringList lines;
        FontSpec font;
        Align align = Align::Left;
        bool shaded = false;
        bool joinAbove = false;
    };
    QVector<CellLayout> cells;
    double lineHeight = 0;
    int lines = 1; // the tallest cell
    double height() const { return lines * lineHeight + 2 * CellPadY; }
};

void LayoutEngine::newPage()
{
    m_pages.append(Page{});
    m_y = m_geometry.body().top();
}

double LayoutEngine::bottom() const
{
    return m_geometry.body().bottom();
}

bool LayoutEngine::fits(double height) const
{
    return m_y + height <= bottom() + 1e-6;
}

void LayoutEngine::ensure(double height)
{
    if (!fits(height) && m_y > m_geometry.body().top() + 1e-6)
        newPage();
}

void LayoutEngine::text(double x, double y, double width, const QString &line, const FontSpec &font,
                        Align align, const QColor &color)
{
    if (line.isEmpty())
        return;
    PageItem item;
    item.kind = PageItem::Kind::Text;
    double left = x;
    if (align != Align::Left) {
        const double w = m_metrics.width(line, font);
        left = align == Align::Center ? x + (width - w) / 2 : x + width - w;
    }
    item.rect = QRectF(left, y, width, m_metrics.lineHeight(font));
    item.text = line;
    item.font = font;
    item.color = color;
    m_pages.last().items.append(item);
}

void LayoutEngine::line(double x1, double y1, double x2, double y2, double pen)
{
    PageItem item;
    item.kind = PageItem::Kind::Line;
    item.rect = QRectF(QPointF(x1, y1), QPointF(x2, y2));
    item.pen = pen;
    m_pages.last().items.append(item);
}

QVector<Page> LayoutEngine::layout(const Document &document)
{
    m_pages.clear();
    newPage();
    for (const Block &block : document.blocks) {
        if (const auto *t = std::get_if<TextBlock>(&block))
            layoutText(*t);
        else if (const auto *table = std::get_if<TableBlock>(&block))
            layoutTable(*table);
        else if (const auto *s = std::get_if<SignatureBlock>(&block))
            layoutSignatures(*s);
        else if (const auto *c = std::get_if<ChartBlock>(&block))
            layoutChart(*c);
        else if (const auto *h = std::get_if<HeaderBlock>(&block))
            layoutHeader(*h);
        else if (const auto *sp = std::get_if<SpacerBlock>(&block)) {
            if (m_y > m_geometry.body().top() + 1e-6)
                m_y = std::min(m_y + sp->height, bottom());
        }
    }
    return m_pages;
}

void LayoutEngine::layoutText(const TextBlock &block)
{
    const QRectF body = m_geometry.body();
    const QStringList lines = m_metrics.wrap(block.text, block.font, body.width() - block.indent);
    const double lh = m_metrics.lineHeight(block.font);
    if (m_y > body.top() + 1e-6)
        m_y += block.spaceBefore;
    // A heading keeps at least 15 mm of what follows on its page.
    ensure(block.keepWithNext ? lines.size() * lh + 15.0 : std::min(lh * 2, lines.size() * lh));
    for (const QString &l : lines) {
        if (!fits(lh))
            newPage();
        text(body.left() + block.indent, m_y, body.width() - block.indent, l, block.font,
             block.align, block.color);
        m_y += lh;
    }
    m_y += block.spaceAfter;
}

LayoutEngine::RowLayout LayoutEngine::measureRow(const Row &row, const QVector<double> &x,
                                                 double fontPt, bool condensed) const
{
    RowLayout r;
    r.lineHeight = m_metrics.lineHeight(FontSpec{fontPt, false, false, condensed});
    int column = 0;
    const int columns = x.size() - 1;
    for (const Cell &cell : row.cells) {
        if (column >= columns)
            break;
        const int end = std::min(columns, column + std::max(1, cell.span));
        RowLayout::CellLayout c;
        c.x = x.at(column);
        c.width = x.at(end) - x.at(column);
        c.font = FontSpec{fontPt, cell.bold, cell.italic, condensed};
        c.align = cell.align;
        c.shaded = cell.shaded;
        c.joinAbove = cell.joinAbove;
        c.lines = m_metrics.wrap(cell.text, c.font, c.width - 2 * CellPadX);
        r.lines = std::max(r.lines, static_cast<int>(c.lines.size()));
        r.cells.append(c);
        column = end;
    }
    // Cells missing at the end of the row still get their borders.
    if (column < columns) {
        RowLayout::CellLayout c;
        c.x = x.at(column);
        c.width = x.at(columns) - x.at(column);
        c.font = FontSpec{fontPt, false, false, condensed};
        r.cells.append(c);
    }
    return r;
}

// Each cell draws its top (unless it continues the cell above), left and right borders;
// the table closes each page's part with a line at its bottom (closeTable).
void LayoutEngine::emitRow(const RowLayout &row, int firstLine, int lines, double height,
                           bool borders, bool join)
{
    for (const RowLayout::CellLayout &c : row.cells) {
        const QRectF box(c.x, m_y, c.width, height);
        if (c.shaded) {
            PageItem fill;
            fill.kind = PageItem::Kind::Fill;
            fill.rect = box;
            fill.color = QColor(230, 230, 230);
            m_pages.last().items.append(fill);
        }
        const int last = std::min(static_cast<int>(c.lines.size()), firstLine + lines);
        for (int i = firstLine; i < last; ++i)
            text(c.x + CellPadX, m_y + CellPadY + (i - firstLine) * row.lineHeight,
                 c.width - 2 * CellPadX, c.lines.at(i), c.font, c.align);
        if (borders) {
            if (!(join && c.joinAbove))
                line(box.left(), box.top(), box.right(), box.top());
            line(box.left(), box.top(), box.left(), box.bottom());
            line(box.right(), box.top(), box.right(), box.bottom());
        }
    }
    m_y += height;
}

void LayoutEngine::layoutTable(const TableBlock &block)
{
    const QRectF body = m_geometry.body();
    double total = 0;
    for (const double w : block.widths)
        total += w;
    if (block.widths.isEmpty() || total <= 0)
        return;
    QVector<double> x{body.left()};
    for (const double w : block.widths)
        x.append(x.last() + body.width() * w / total);

    QVector<RowLayout> header;
    double headerHeight = 0;
    for (const Row &r : block.header) {
        header.append(measureRow(r, x, block.fontPt, block.condensed));
        headerHeight += header.last().height();
    }
    bool join = false; // the previous row is on this page, below the header
    const auto emitHeader = [&] {
        for (const RowLayout &h : header)
            emitRow(h, 0, h.lines, h.height(), block.borders, false);
        join = false;
    };
    const auto closeTable = [&] {
        if (block.borders)
            line(x.first(), m_y, x.last(), m_y);
    };
    const auto breakPage = [&] {
        closeTable();
        newPage();
        emitHeader();
    };

    QVector<RowLayout> rows;
    rows.reserve(block.rows.size());
    for (const Row &r : block.rows)
        rows.append(measureRow(r, x, block.fontPt, block.condensed));

    const double firstRow = rows.isEmpty() ? 0 : rows.first().height();
    ensure(headerHeight + std::min(firstRow, 20.0));
    emitHeader();
    const double fullPage = body.height() - headerHeight;
    for (int i = 0; i < rows.size(); ++i) {
        const RowLayout &r = rows.at(i);
        // Rows chained by keepWithNext (a group heading, the indicator rows of one RHK)
        // start on a new page together when they fit on one.
        double needed = r.height();
        if (i == 0 || !block.rows.at(i - 1).keepWithNext) {
            for (int j = i; j + 1 < rows.size() && block.rows.at(j).keepWithNext; ++j)
                needed += rows.at(j + 1).height();
            if (needed > fullPage && i + 1 < rows.size() && block.rows.at(i).keepWithNext)
                needed = r.height() + rows.at(i + 1).height();
        }
        if (!fits(needed) && needed <= fullPage)
            breakPage();
        if (fits(r.height())) {
            emitRow(r, 0, r.lines, r.height(), block.borders, join);
            join = true;
            continue;
        }
        // Taller than what is left of a fresh page: split between its lines.
        int line = 0;
        while (line < r.lines) {
            int room = static_cast<int>(std::floor((bottom() - m_y - 2 * CellPadY) / r.lineHeight));
            if (room <= 0) {
                breakPage();
                continue;
            }
            room = std::min(room, r.lines - line);
            emitRow(r, line, room, room * r.lineHeight + 2 * CellPadY, block.borders, join);
            join = true;
            line += room;
            if (line < r.lines)
                breakPage();
        }
    }
    closeTable();
    m_y += block.spaceAfter;
}

void LayoutEngine::layoutSignatures(const SignatureBlock &block)
{
    const QRectF body = m_geometry.body();
    const int n = std::max(1, static_cast<int>(block.columns.size()));
    const double colWidth = body.width() / n;
    const FontSpec normal{9.0, false, false};
    const FontSpec bold{9.0, true, false};
    const double lh = m_metrics.lineHeight(normal);

    struct Column {
        QStringList date, role, name, nip;
    };
    QVector<Column> columns;
    double height = 0;
    for (const SignatureColumn &c : block.columns) {
        Column col;
        if (!c.empty) {
            const double w = colWidth - 4;
            col.date = c.dateLine.isEmpty() ? QStringList() : m_metrics.wrap(c.dateLine, normal, w);
            col.role = m_metrics.wrap(c.role, normal, w);
            col.name = m_metrics.wrap(c.name, bold, w);
            col.nip = m_metrics.wrap(c.nip, normal, w);
        }
        columns.append(col);
    }
    int maxTop = 0, maxBottom = 0;
    for (const Column &c : columns) {
        maxTop = std::max(maxTop, static_cast<int>(c.date.size() + c.role.size()));
        maxBottom = std::max(maxBottom, static_cast<int>(c.name.size() + c.nip.size()));
    }
    height = (maxTop + maxBottom) * lh + block.signatureSpace;
    if (m_y > body.top() + 1e-6)
        m_y += block.spaceBefore;
    ensure(height);
    for (int i = 0; i < columns.size(); ++i) {
        const Column &c = columns.at(i);
        const double left = body.left() + i * colWidth + 2;
        const double w = colWidth - 4;
        // Roles line up at the bottom of the top part, names at the top of the bottom part.
        double y = m_y + (maxTop - c.date.size() - c.role.size()) * lh;
        for (const QString &l : c.date) {
            text(left, y, w, l, normal, Align::Center);
            y += lh;
        }
        for (const QString &l : c.role) {
            text(left, y, w, l, normal, Align::Center);
            y += lh;
        }
        y = m_y + maxTop * lh + block.signatureSpace;
        for (const QString &l : c.name) {
            text(left, y, w, l, bold, Align::Center);
            y += lh;
        }
        if (!c.name.isEmpty()) {
            const double nameWidth = std::min(w, m_metrics.width(c.name.first(), bold));
            line(left + (w - nameWidth) / 2, y - lh * 0.12, left + (w + nameWidth) / 2,
                 y - lh * 0.12, 0.25);
        }
        for (const QString &l : c.nip) {
            text(left, y, w, l, normal, Align::Center);
            y += lh;
        }
    }
    m_y += height;
}

void LayoutEngine::layoutChart(const ChartBlock &block)
{
    const QRectF body = m_geometry.body();
    const FontSpec small{7.0, false, false};
    const FontSpec smallBold{7.0, true, false};
    const double lh = m_metrics.lineHeight(small);
    const int n = static_cast<int>(block.labels.size());
    if (n == 0)
        return;
    const double slotWidth = (body.width() - 20) / n;
    int labelLines = 1;
    QVector<QStringList> labels;
    for (const QString &l : block.labels) {
        labels.append(m_metrics.wrap(l, small, slotWidth - 2));
        labelLines = std::max(labelLines, static_cast<int>(labels.last().size()));
    }
    const int noteLines = block.notes.isEmpty() ? 0 : 1;
    const QStringList caption = block.caption.isEmpty()
                                    ? QStringList()
                                    : m_metrics.wrap(block.caption, small, body.width());
    const int captionLines = static_cast<int>(caption.size());
    const double total = block.height + (labelLines + noteLines + captionLines) * lh + 2;
    ensure(total);

    const double left = body.left() + 10;
    const double plotTop = m_y + lh;
    const double plotBottom = m_y + block.height;
    const double plotHeight = plotBottom - plotTop;
    double maxValue = 0;
    for (const double v : block.values)
        maxValue = std::max(maxValue, v);
    const double scale = maxValue > 0 ? std::max(maxValue, 50.0) : 100.0;
    // Axes.
    line(left, plotTop - lh * 0.5, left, plotBottom, 0.25);
    line(left, plotBottom, left + slotWidth * n, plotBottom, 0.25);
    QPolygonF curve;
    for (int i = 0; i < n; ++i) {
        const double v = i < block.values.size() ? block.values.at(i) : 0.0;
        const double h = plotHeight * v / scale;
        const double cx = left + slotWidth * (i + 0.5);
        const double barWidth = slotWidth * 0.45;
        PageItem bar;
        bar.kind = PageItem::Kind::Fill;
        bar.rect = QRectF(cx - barWidth / 2, plotBottom - h, barWidth, h);
        bar.color = i == block.highlight ? QColor(90, 90, 90) : QColor(190, 190, 190);
        if (h > 0)
            m_pages.last().items.append(bar);
        const QString value = QString::number(v, 'f', 0) + QLatin1Char('%');
        text(cx - slotWidth / 2, plotBottom - h - lh, slotWidth, value,
             i == block.highlight ? smallBold : small, Align::Center);
        curve << QPointF(cx, plotBottom - h);
        double y = plotBottom + 0.8;
        for (const QString &l : labels.at(i)) {
            text(cx - slotWidth / 2 + 1, y, slotWidth - 2, l,
                 i == block.highlight ? smallBold : small, Align::Center);
            y += lh;
        }
        if (i < block.notes.size())
            text(cx - slotWidth / 2 + 1, plotBottom + 0.8 + labelLines * lh, slotWidth - 2,
                 block.notes.at(i), small, Align::Center);
    }
    PageItem poly;
    poly.kind = PageItem::Kind::Polyline;
    poly.points = curve;
    poly.pen = 0.35;
    m_pages.last().items.append(poly);
    m_y = plotBottom + 0.8 + (labelLines + noteLines) * lh;
    m_y += 0.5;
    for (const QString &l : caption) {
        text(body.left(), m_y, body.width(), l, small, Align::Center);
        m_y += lh;
    }
    m_y += 2;
}

void LayoutEngine::layoutHeader(const HeaderBlock &block)
{
    const QRectF body = m_geometry.body();
    double height = 0;
    QVector<FontSpec> fonts;
    for (int i = 0; i < block.lines.size(); ++i) {
        fonts.append(FontSpec{i < block.linePts.size() ? block.linePts.at(i) : 12.0, true, false});
        height += m_metrics.lineHeight(fonts.last());
    }
    const double logoHeight = block.logo.isNull() ? 0.0 : 20.0;
    const double logoWidth =
        block.logo.isNull()
            ? 0.0
            : std::min(25.0, logoHeight * block.logo.width() / std::max(1, block.logo.height()));
    const double boxHeight = std::max(height, logoHeight);
    ensure(boxHeight + 3);
    if (!block.logo.isNull()) {
        PageItem image;
        image.kind = PageItem::Kind::Image;
        image.rect = QRectF(body.left(), m_y, logoWidth, logoHeight);
        image.image = block.logo;
        m_pages.last().items.append(image);
    }
    // Text centred on the page body, but clear of the logo.
    const double textLeft = body.left() + (logoWidth > 0 ? logoWidth + 2 : 0);
    const double textWidth = body.width() - 2 * (textLeft - body.left());
    double y = m_y + (boxHeight - height) / 2;
    for (int i = 0; i < block.lines.size(); ++i) {
        const QStringList wrapped = m_metrics.wrap(block.lines.at(i), fonts.at(i), textWidth);
        for (const QString &l : wrapped) {
            text(textLeft, y, textWidth, l, fonts.at(i), Align::Center);
            y += m_metrics.lineHeight(fonts.at(i));
        }
    }
    m_y = std::max(m_y + boxHeight, y) + 1.0;
    line(body.left(), m_y, body.right(), m_y, 0.6);
    line(body.left(), m_y + 0.8, body.right(), m_y + 0.8, 0.2);
    m_y += 3.0;
}

} // namespace kinerja::reports
