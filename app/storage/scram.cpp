#include "scram.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace kinerja {

namespace {

QByteArray saslPrepared(const QString &password)
{
    bool ascii = true;
    for (const QChar c : password)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return password.toUtf8();
    QString mapped = password;
    for (QChar &c : mapped)
        if (c.category() == QChar::Separator_Space)
            c = QLatin1Char(' ');
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QString scramSha256Verifier(const QString &password, QByteArray salt, int iterations)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        for (char &c : salt)
            c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    // PBKDF2-HMAC-SHA-256 of one block: SHA-256's output is the key length SCRAM needs.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, saslPrepared(password));
    mac.addData(salt + QByteArray("\0\0\0\1", 4));
    QByteArray u = mac.result();
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int b = 0; b < salted.size(); ++b)
            salted[b] = static_cast<char>(salted.at(b) ^ u.at(b));
    }
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace kinerja
