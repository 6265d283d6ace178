#include "migrations.h"

#include <QDir>

namespace kinerja {

QStringList Migrations::files(Engine engine)
{
    const QDir dir(QStringLiteral(":/migrations/") + dialectName(engine));
    QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

// A small scanner rather than a split on ';': semicolons also occur inside
// string literals, comments and CREATE TRIGGER ... BEGIN ... END bodies.
QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QString word;
    bool inTrigger = false;
    int blockDepth = 0;

    auto endWord = [&] {
        const QString upper = word.toUpper();
        if (upper == QLatin1String("TRIGGER"))
            inTrigger = true;
        else if (inTrigger && upper == QLatin1String("BEGIN"))
            ++blockDepth;
        else if (inTrigger && upper == QLatin1String("END") && blockDepth > 0)
            --blockDepth;
        word.clear();
    };

    const int n = static_cast<int>(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            endWord();
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            endWord();
            const int close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
            endWord();
            const int close = script.indexOf(QLatin1String("$$"), i + 2);
            const int end = close < 0 ? n : close + 2;
            current += script.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            endWord();
            int j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2; // doubled quote inside the literal
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == QLatin1Char(';') && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            inTrigger = false;
            continue;
        }
        current += c;
    }
    endWord();
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements << rest;
    return statements;
}

} // namespace kinerja
