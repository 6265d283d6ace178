#include "batch.h"

#include "pagesink.h"
#include "pdffile.h"
#include "sheetsource.h"

#include "files/replacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

namespace kinerja::reports {

namespace {

QString nativePath(const QString &path)
{
    return PdfFile::nativePath(path);
}

// The documents to print for an appraisal of `kind`.
QVector<DocumentKind> documentsOf(const BatchOptions &options, SchemeKind kind)
{
    if (options.documents.isEmpty())
        return documentsFor(kind);
    QVector<DocumentKind> out;
    for (const DocumentKind d : options.documents)
        if (documentApplies(d, kind) && !out.contains(d))
            out << d;
    return out;
}

} // namespace

int BatchReport::skipped() const
{
    int n = 0;
    for (const BatchItem &i : items)
        n += i.error.isEmpty() ? 0 : 1;
    return n;
}

QString BatchPrinter::fileNameFor(const QString &nip, const QString &name)
{
    QString base = nip.trimmed() + QLatin1Char('_') + name.trimmed();
    QString out;
    out.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_'); // spaces, commas, and < > : " / \ | ? * and controls
    }
    while (out.endsWith(QLatin1Char('_')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('_')) || out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.size() > 120)
        out.truncate(120);
    if (out.isEmpty())
        out = QStringLiteral("appraisal");
    return out + QStringLiteral(".pdf");
}

Status BatchPrinter::run(const QVector<qint64> &appraisalIds, const BatchOptions &options,
                         BatchReport *report, const Progress &progress)
{
    BatchReport local;
    BatchReport &r = report ? *report : local;
    r = BatchReport{};
    r.total = static_cast<int>(appraisalIds.size());
    if (options.output.trimmed().isEmpty())
        return Status::error(tr("No output file or folder was given."), QStringLiteral("output"));
    if (appraisalIds.isEmpty())
        return Status::error(tr("There are no appraisals to print."), QStringLiteral("appraisal"));
    return options.mode == BatchMode::OnePdf ? runOnePdf(appraisalIds, options, &r, progress)
                                             : runPerEmployee(appraisalIds, options, &r, progress);
}

Status BatchPrinter::runOnePdf(const QVector<qint64> &ids, const BatchOptions &options,
                               BatchReport *report, const Progress &progress)
{
    const QString path = options.output;
    PdfFile pdf(path);
    if (Status s = pdf.open(options.paper,
                            tr("Kinerja: %n appraisal(s)", nullptr, static_cast<int>(ids.size())));
        !s)
        return s;
    PageSink &sink = pdf.sink();
    SheetSource source(m_db);
    const int total = static_cast<int>(ids.size());
    if (progress && !progress(0, total)) {
        report->cancelled = true;
        return Status::ok();
    }
    for (int i = 0; i < total; ++i) {
        BatchItem item;
        item.appraisalId = ids.at(i);
        SheetData sheet;
        Status s = source.load(ids.at(i), options.documents, &sheet);
        if (s) {
            item.name = sheet.appraisal.employee.name;
            item.nip = sheet.appraisal.employee.nip;
            const QVector<DocumentKind> docs = documentsOf(options, sheet.appraisal.schemeKind);
            if (docs.isEmpty())
                s = Status::error(tr("None of the chosen documents applies to a %1 appraisal.")
                                      .arg(SchemeDefinition::kindName(sheet.appraisal.schemeKind)),
                                  QStringLiteral("document"));
            for (const DocumentKind d : docs) {
                if (!s)
                    break;
                int pages = 0;
                s = DocumentRenderer::render(d, sheet, options.render, sink, &item.warnings,
                                             &pages);
                report->pages += pages;
                if (!s && s.field() == QLatin1String("output"))
                    return pdf.error(s.message());
            }
        }
        if (s)
            ++report->done;
        else
            item.error = s.message();
        if (!item.error.isEmpty() || !item.warnings.isEmpty())
            report->items << item;
        if (progress && !progress(i + 1, total)) {
            report->cancelled = true;
            return Status::ok();
        }
    }
    if (report->done == 0) {
        return Status::error(tr("None of the %n appraisal(s) could be printed.", nullptr, total),
                             QStringLiteral("appraisal"));
    }
    if (Status s = pdf.commit(); !s)
        return s;
    report->files << QFileInfo(path).absoluteFilePath();
    return Status::ok();
}

Status BatchPrinter::runPerEmployee(const QVector<qint64> &ids, const BatchOptions &options,
                                    BatchReport *report, const Progress &progress)
{
    const QString folder = options.output;
    const QFileInfo folderInfo(folder);
    if (folderInfo.exists() && !folderInfo.isDir())
        return Status::error(
            tr("Cannot write into %1: it is a file, not a folder.").arg(nativePath(folder)),
            QStringLiteral("output"));
    if (!QDir().mkpath(folder))
        return Status::error(tr("Cannot create the folder %1.").arg(nativePath(folder)),
                             QStringLiteral("output"));
    const QDir dir(folder);

    struct Written {
        QString part, target;
    };
    QVector<Written> written;
    const auto discard = [&written] {
        for (const Written &w : written)
            QFile::remove(w.part);
    };

    SheetSource source(m_db);
    QSet<QString> usedNames;
    const int total = static_cast<int>(ids.size());
    if (progress && !progress(0, total)) {
        report->cancelled = true;
        return Status::ok();
    }
    for (int i = 0; i < total; ++i) {
        BatchItem item;
        item.appraisalId = ids.at(i);
        SheetData sheet;
        Status s = source.load(ids.at(i), options.documents, &sheet);
        QVector<DocumentKind> docs;
        if (s) {
            item.name = sheet.appraisal.employee.name;
            item.nip = sheet.appraisal.employee.nip;
            docs = documentsOf(options, sheet.appraisal.schemeKind);
            if (docs.isEmpty())
                s = Status::error(tr("None of the chosen documents applies to a %1 appraisal.")
                                      .arg(SchemeDefinition::kindName(sheet.appraisal.schemeKind)),
                                  QStringLiteral("document"));
        }
        if (s) {
            // The same employee twice (two periods): the period tells the files apart.
            QString name = fileNameFor(item.nip, item.name);
            if (usedNames.contains(name.toLower())) {
                name.chop(4);
                name += QLatin1Char('_') + sheet.appraisal.period.toString();
                QString candidate = name + QStringLiteral(".pdf");
                for (int n = 2; usedNames.contains(candidate.toLower()); ++n)
                    candidate =
                        name + QLatin1Char('_') + QString::number(n) + QStringLiteral(".pdf");
                name = candidate;
            }
            usedNames.insert(name.toLower());
            const QString target = dir.filePath(name);
            const QString part = target + QStringLiteral(".part");
            QFile file(part);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                discard();
                return Status::error(
                    tr("Cannot write %1: %2").arg(nativePath(target), file.errorString()),
                    QStringLiteral("output"));
            }
            written << Written{part, target};
            QPdfWriter writer(&file);
            PdfFile::setUp(writer, options.paper,
                           item.name + QStringLiteral(" — ") +
                               sheet.appraisal.period.officialLabel());
            QPainter painter;
            if (!painter.begin(&writer)) {
                discard();
                return Status::error(
                    tr("Cannot write %1: the PDF cannot be started.").arg(nativePath(target)),
                    QStringLiteral("output"));
            }
            PageSink sink(painter, writer);
            for (const DocumentKind d : docs) {
                int pages = 0;
                s = DocumentRenderer::render(d, sheet, options.render, sink, &item.warnings,
                                             &pages);
                report->pages += pages;
                if (!s)
                    break;
            }
            painter.end();
            if (!s && s.field() != QLatin1String("output")) {
                // This appraisal is skipped; the others go on.
                file.close();
                file.remove();
                written.removeLast();
            } else {
                const bool flushed = file.flush() && file.error() == QFileDevice::NoError;
                const QString fileError = file.errorString();
                file.close();
                if (!flushed || !s) {
                    discard();
                    return Status::error(tr("Cannot write %1: %2")
                                             .arg(nativePath(target), s ? fileError : s.message()),
                                         QStringLiteral("output"));
                }
            }
            if (s)
                item.file = target;
        }
        if (s)
            ++report->done;
        else
            item.error = s.message();
        if (!item.error.isEmpty() || !item.warnings.isEmpty())
            report->items << item;
        if (progress && !progress(i + 1, total)) {
            report->cancelled = true;
            discard();
            return Status::ok();
        }
    }
    if (report->done == 0) {
        discard();
        return Status::error(tr("None of the %n appraisal(s) could be printed.", nullptr, total),
                             QStringLiteral("appraisal"));
    }
    for (const Written &w : written) {
        if (QString error; !files::replaceFile(w.part, w.target, &error)) {
            discard();
            return Status::error(tr("Cannot write %1: %2").arg(nativePath(w.target), error),
                                 QStringLiteral("output"));
        }
        report->files << w.target;
    }
    return Status::ok();
}

} // namespace kinerja::reports
