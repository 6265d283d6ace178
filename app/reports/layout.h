#pragma once

#include <QColor>
#include <QImage>
#include <QMarginsF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <variant>

class QPaintDevice;
class QFont;

namespace kinerja::reports {

// A small layout engine for the official forms: blocks laid out top to bottom in
// millimetres, paginated (tables repeat their header rows after a break), then painted.
// Layout comes first so the page count ("Halaman X dari Y") is known when painting.

struct FontSpec {
    double pt = 9.0;
    bool bold = false;
    bool italic = false;
    bool condensed = false; // DejaVu Sans Condensed, for wide tables
};

enum class Align { Left, Center, Right };

struct Cell {
    QString text;
    int span = 1; // columns it covers
    bool bold = false;
    bool italic = false; // marked blanks
    Align align = Align::Left;
    bool shaded = false;
    bool joinAbove = false; // no border above: continues the cell above (a merged cell)
};

struct Row {
    QVector<Cell> cells;
    bool keepWithNext = false; // a group heading ("A. UTAMA") stays with the next row
};

struct TableBlock {
    QVector<double> widths; // relative column widths
    QVector<Row> header;    // repeated at the top of every page the table runs over
    QVector<Row> rows;
    double fontPt = 8.0;
    bool condensed = false;
    bool borders = true;
    double spaceAfter = 3.0;
};

struct TextBlock {
    QString text; // '\n' starts a new line
    FontSpec font;
    Align align = Align::Left;
    double indent = 0;
    double spaceBefore = 0;
    double spaceAfter = 1.0;
    bool keepWithNext = false; // a heading: not alone at the bottom of a page
    QColor color = Qt::black;
};

struct SignatureColumn {
    QString dateLine; // "Sleman, 31 Desember 2026"; empty = none
    QString role;     // "Pejabat Penilai Kinerja"
    QString name;
    QString nip;        // the whole line, "NIP. 1985…"
    bool empty = false; // leaves the column's place free
};

struct SignatureBlock {
    QVector<SignatureColumn> columns;
    double signatureSpace = 20.0; // mm left for the signature
    double spaceBefore = 4.0;
};

// "Pola Distribusi": bars with a curve through their tops.
struct ChartBlock {
    QStringList labels;     // x axis, left to right
    QVector<double> values; // percent, one per label
    QStringList notes;      // under each label (the pattern's limits); may be empty
    int highlight = -1;     // a label drawn darker (the employee's predikat)
    QString caption;        // under the chart
    double height = 38.0;
};

// Agency letterhead: logo on the left, centred bold lines, a rule under it.
struct HeaderBlock {
    QImage logo;
    QStringList lines;
    QVector<double> linePts; // size per line (default 12)
};

struct SpacerBlock {
    double height = 3.0;
};

using Block =
    std::variant<TextBlock, TableBlock, SignatureBlock, ChartBlock, HeaderBlock, SpacerBlock>;

struct Document {
    QString title;     // PDF title
    QString footer;    // small text at the bottom left of every page
    QString draftMark; // not empty: printed at the top of every page, with a watermark
    QString pageText;  // "Page %1 of %2", already translated
    QVector<Block> blocks;
};

// Painted items, in millimetres from the page's top-left corner.
struct PageItem {
    enum class Kind { Text, Line, Box, Fill, Image, Polyline };
    Kind kind = Kind::Text;
    QRectF rect; // Text: the line box; Line: from top-left to bottom-right
    QString text;
    FontSpec font;
    QColor color = Qt::black;
    double pen = 0.2; // mm
    QPolygonF points;
    QImage image;
};

struct Page {
    QVector<PageItem> items;
};

struct PageGeometry {
    QSizeF size;         // mm
    QMarginsF margins;   // mm
    double footer = 8.0; // reserved at the bottom of the body for the page number
    QRectF body() const;
};

// Fonts and text measurement for one paint device (its resolution decides the metrics).
class TextMetrics {
public:
    explicit TextMetrics(const QPaintDevice *device);
    ~TextMetrics();
    TextMetrics(const TextMetrics &) = delete;
    TextMetrics &operator=(const TextMetrics &) = delete;

    const QFont &font(const FontSpec &spec) const;
    double lineHeight(const FontSpec &spec) const;                 // mm
    double ascent(const FontSpec &spec) const;                     // mm
    double width(const QString &text, const FontSpec &spec) const; // mm
    // Word-wrapped lines (breaking inside a word only when it is wider than `width`).
    QStringList wrap(const QString &text, const FontSpec &spec, double width) const;
    double pixelsPerMm() const { return m_pxPerMm; }

private:
    struct Fonts;
    const QPaintDevice *m_device;
    double m_pxPerMm;
    Fonts *m_fonts;
};

class LayoutEngine {
public:
    LayoutEngine(const TextMetrics &metrics, const PageGeometry &geometry)
        : m_metrics(metrics), m_geometry(geometry)
    {
    }
    QVector<Page> layout(const Document &document);

private:
    struct RowLayout;
    void newPage();
    double bottom() const;
    bool fits(double height) const;
    void ensure(double height);
    void text(double x, double y, double width, const QString &line, const FontSpec &font,
              Align align, const QColor &color = Qt::black);
    void line(double x1, double y1, double x2, double y2, double pen = 0.2);

    void layoutText(const TextBlock &block);
    void layoutTable(const TableBlock &block);
    void layoutSignatures(const SignatureBlock &block);
    void layoutChart(const ChartBlock &block);
    void layoutHeader(const HeaderBlock &block);

    RowLayout measureRow(const Row &row, const QVector<double> &x, double fontPt,
                         bool condensed) const;
    void emitRow(const RowLayout &row, int firstLine, int lines, double height, bool borders,
                 bool join);

    const TextMetrics &m_metrics;
    PageGeometry m_geometry;
    QVector<Page> m_pages;
    double m_y = 0;
};

class PageSink;

// Paints laid-out pages through `sink`, with the footer ("Page 1 of 3") and the draft mark.
bool paintPages(const Document &document, const QVector<Page> &pages, const PageGeometry &geometry,
                const TextMetrics &metrics, PageSink &sink);

} // namespace kinerja::reports
