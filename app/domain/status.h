#pragma once

#include <QString>

namespace kinerja {

// Outcome of an operation that can fail for a reason the user must read.
// `field` names the input at fault (an employee field, a file, a unit) so the
// UI can point at it; `message` is already translated.
class Status {
public:
    Status() = default;
    static Status ok() { return {}; }
    static Status error(QString message, QString field = {})
    {
        Status s;
        s.m_ok = false;
        s.m_message = std::move(message);
        s.m_field = std::move(field);
        return s;
    }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &message() const { return m_message; }
    const QString &field() const { return m_field; }

private:
    bool m_ok = true;
    QString m_message;
    QString m_field;
};

} // namespace kinerja
