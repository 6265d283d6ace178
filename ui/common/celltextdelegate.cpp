#include "celltextdelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>

namespace kinerja::ui {

namespace {
constexpr int kCachedTexts = 4000; // a few screens of distinct texts
}

CellTextDelegate::CellTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_texts(kCachedTexts)
{
}

const CellTextDelegate::Laid &CellTextDelegate::laidOut(const QString &text, const QFont &font,
                                                        Qt::TextElideMode elide, int width) const
{
    if (font != m_font) {
        m_texts.clear();
        m_font = font;
    }
    // The width is part of the key: the same text is elided differently in a narrower column.
    const QString key = QString::number(width) + QLatin1Char('\x1f') + QString::number(int(elide)) +
                        QLatin1Char('\x1f') + text;
    if (Laid *hit = m_texts.object(key))
        return *hit;
    auto *laid = new Laid;
    laid->text.setTextFormat(Qt::PlainText);
    laid->text.setText(text);
    laid->text.prepare(QTransform(), font);
    if (laid->text.size().width() > width) { // shaped a second time only when too wide
        laid->text.setText(QFontMetricsF(font).elidedText(text, elide, width));
        laid->text.prepare(QTransform(), font);
    }
    laid->width = laid->text.size().width();
    m_texts.insert(key, laid);
    return *laid;
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The focused cell's frame goes over its text: the style paints that one cell whole.
    if (opt.text.isEmpty() || opt.text.contains(QLatin1Char('\n')) ||
        opt.direction == Qt::RightToLeft || (opt.state & QStyle::State_HasFocus)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the cell without its text (background, selection, icon, focus) ...
    // The text's rectangle is asked for without the text, which the style would shape to
    // measure: a cell's text takes its whole width beside any icon.
    const QString text = opt.text;
    opt.text.clear();
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // ... and the text goes where and in the colour QCommonStyle would put it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const Laid &laid = laidOut(text, opt.font, opt.textElideMode, textRect.width());
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role =
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    // Placed as QCommonStyle's text layout places it: vertically on the rounded height,
    // horizontally at the exact (fractional) offset within the text's width.
    const QRect line =
        QStyle::alignedRect(opt.direction, opt.displayAlignment,
                            QSize(textRect.width(), qRound(laid.text.size().height())), textRect);
    const Qt::Alignment horizontal =
        QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    qreal x = line.left();
    if (horizontal & Qt::AlignRight)
        x += line.width() - laid.width;
    else if (horizontal & Qt::AlignHCenter)
        x += (line.width() - laid.width) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(QPointF(x, line.top()), laid.text);
    painter->restore();
}

} // namespace kinerja::ui
