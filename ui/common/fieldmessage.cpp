#include "fieldmessage.h"

#include <QVBoxLayout>

namespace kinerja::ui {

FieldMessage::FieldMessage(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    setFont(f);
    hide();
}

void FieldMessage::showError(const QString &text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_error = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    setPalette(p);
    setText(text);
    show();
}

void FieldMessage::showInfo(const QString &text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_error = false;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    setPalette(p);
    setText(text);
    show();
}

void FieldMessage::clearMessage()
{
    m_error = false;
    clear();
    hide();
}

QWidget *withMessage(QWidget *field, FieldMessage *message)
{
    auto *box = new QVBoxLayout;
    box->addWidget(field);
    return withMessage(box, message);
}

QWidget *withMessage(QLayout *fieldLayout, FieldMessage *message)
{
    auto *container = new QWidget;
    auto *box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addLayout(fieldLayout);
    box->addWidget(message);
    return container;
}

} // namespace kinerja::ui
