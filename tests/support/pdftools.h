#pragma once

// Reading rendered PDFs back with poppler-utils (pdftotext, pdfinfo), and the Indonesian
// translation that records printed labels it cannot translate.

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSizeF>
#include <QStringList>
#include <QTest>
#include <QTranslator>

namespace pdf {

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext -layout: the whole document, or page `page` (1-based) alone.
inline QString text(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

struct Info {
    int pages = 0;
    QSizeF size; // points
};

inline Info info(const QString &path)
{
    Info i;
    const QString out = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                   QRegularExpression::MultilineOption);
    const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                  QRegularExpression::MultilineOption);
    if (const auto m = pages.match(out); m.hasMatch())
        i.pages = m.captured(1).toInt();
    if (const auto m = size.match(out); m.hasMatch())
        i.size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    return i;
}

// The lines of `text` that contain `needle`.
inline QStringList linesWith(const QString &text, const QString &needle)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &l : lines)
        if (l.contains(needle))
            out << l;
    return out;
}

// True when some line holds all of `parts`, left to right.
inline bool lineHas(const QString &text, const QStringList &parts)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        int from = 0;
        bool ok = true;
        for (const QString &p : parts) {
            const int at = l.indexOf(p, from);
            if (at < 0) {
                ok = false;
                break;
            }
            from = at + p.size();
        }
        if (ok)
            return true;
    }
    return false;
}

// Height in points of the first word box equal to `word` (pdftotext -bbox), or -1.
inline double wordHeight(const QString &path, const QString &word)
{
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    const QRegularExpression re(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(5) == word)
            return m.captured(4).toDouble() - m.captured(2).toDouble();
    }
    return -1;
}

} // namespace pdf

// The application's Indonesian translation (kinerja_id.qm, built from
// translations/kinerja_id.ts), recording the strings of kinerja::reports contexts and
// kinerja::RecapQuery it has no wording for: a printed label left in English is a defect.
class RecordingTranslator : public QTranslator {
public:
    bool load() { return QTranslator::load(QStringLiteral(":/i18n/kinerja_id")); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString out = QTranslator::translate(context, sourceText, disambiguation, n);
        const QString ctx = QString::fromUtf8(context);
        if (out.isEmpty() && (ctx.startsWith(QLatin1String("kinerja::reports::")) ||
                              ctx == QLatin1String("kinerja::RecapQuery")))
            m_missing.insert(ctx + QStringLiteral(": ") + QString::fromUtf8(sourceText));
        return out;
    }
    QStringList missing() const
    {
        QStringList list(m_missing.begin(), m_missing.end());
        list.sort();
        return list;
    }

private:
    mutable QSet<QString> m_missing;
};
