// TextMetrics: fonts by FontSpec, their line heights and widths in mm, and word wrapping.
#include "layout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace kinerja::reports {

namespace {

int fontKey(const FontSpec &spec)
{
    return static_cast<int>(std::lround(spec.pt * 10.0)) * 8 + (spec.condensed ? 4 : 0) +
           (spec.bold ? 2 : 0) + (spec.italic ? 1 : 0);
}

} // namespace

struct TextMetrics::Fonts {
    struct Entry {
        QFont font;
        double lineHeight = 0; // mm
        double ascent = 0;
        std::unique_ptr<QFontMetricsF> metrics;
    };
    QHash<int, std::shared_ptr<Entry>> entries;
};

TextMetrics::TextMetrics(const QPaintDevice *device)
    : m_device(device), m_pxPerMm(device->logicalDpiY() / 25.4), m_fonts(new Fonts)
{
}

TextMetrics::~TextMetrics()
{
    delete m_fonts;
}

const QFont &TextMetrics::font(const FontSpec &spec) const
{
    const int key = fontKey(spec);
    auto it = m_fonts->entries.find(key);
    if (it == m_fonts->entries.end()) {
        auto e = std::make_shared<Fonts::Entry>();
        e->font = QFont(QStringLiteral("DejaVu Sans"));
        e->font.setStyleHint(QFont::SansSerif);
        e->font.setPointSizeF(spec.pt);
        e->font.setBold(spec.bold);
        e->font.setItalic(spec.italic);
        if (spec.condensed)
            e->font.setStretch(QFont::SemiCondensed);
        e->font.setHintingPreference(QFont::PreferNoHinting);
        // Any letter spacing turns ligatures off: "fi" stays two letters, so the text of
        // the PDF can be searched and copied (1/64 px at the PDF resolution changes nothing
        // visible).
        e->font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
        e->metrics = std::make_unique<QFontMetricsF>(e->font, m_device);
        e->lineHeight = e->metrics->lineSpacing() / m_pxPerMm;
        e->ascent = e->metrics->ascent() / m_pxPerMm;
        it = m_fonts->entries.insert(key, e);
    }
    return it.value()->font;
}

double TextMetrics::lineHeight(const FontSpec &spec) const
{
    font(spec);
    return m_fonts->entries.value(fontKey(spec))->lineHeight;
}

double TextMetrics::ascent(const FontSpec &spec) const
{
    font(spec);
    return m_fonts->entries.value(fontKey(spec))->ascent;
}

double TextMetrics::width(const QString &text, const FontSpec &spec) const
{
    font(spec);
    return m_fonts->entries.value(fontKey(spec))->metrics->horizontalAdvance(text) / m_pxPerMm;
}

QStringList TextMetrics::wrap(const QString &text, const FontSpec &spec, double width) const
{
    QStringList out;
    const QFont &f = font(spec);
    const double widthPx = std::max(1.0, width * m_pxPerMm);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        const QString p = paragraph.trimmed();
        if (p.isEmpty()) {
            out << QString();
            continue;
        }
        if (this->width(p, spec) <= width) {
            out << p;
            continue;
        }
        QTextLayout layout(p, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(widthPx);
            out << p.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return out;
}

} // namespace kinerja::reports
