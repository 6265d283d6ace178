#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace kinerja::ui {

// Paints single-line text cells like QStyledItemDelegate, but lays each text out once:
// QStyledItemDelegate shapes every visible cell's text two or three times on every paint
// (layout, eliding, drawing), which was most of a keystroke in the employee filter at
// 50,000 employees. Here a laid-out text is kept per (text, width), and the texts a list
// repeats on every row (unit, jabatan, golongan) are shaped once.
class CellTextDelegate : public QStyledItemDelegate {
public:
    explicit CellTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Laid-out texts kept (for a test).
    int cachedTexts() const { return m_texts.count(); }

private:
    struct Laid {
        QStaticText text;
        qreal width = 0;
    };
    const Laid &laidOut(const QString &text, const QFont &font, Qt::TextElideMode elide,
                        int width) const;

    mutable QCache<QString, Laid> m_texts;
    mutable QFont m_font;
};

} // namespace kinerja::ui
