#pragma once

#include <QLabel>

namespace kinerja::ui {

// The line under an input that says what is wrong with it (red) or what was
// understood from it (grey). Hidden while empty.
class FieldMessage : public QLabel {
    Q_OBJECT
public:
    explicit FieldMessage(const QString &objectName, QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();
    bool isError() const { return m_error && !text().isEmpty(); }

private:
    bool m_error = false;
};

// `field` with `message` right under it, for a form row.
QWidget *withMessage(QWidget *field, FieldMessage *message);
QWidget *withMessage(QLayout *fieldLayout, FieldMessage *message);

} // namespace kinerja::ui
