#include "documents.h"

#include "formbuilder.h"
#include "pagesink.h"

#include <QPagedPaintDevice>

namespace kinerja::reports {

namespace {

struct DocumentTr {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::Documents)
};

} // namespace

QVector<DocumentKind> documentsFor(SchemeKind kind)
{
    switch (kind) {
    case SchemeKind::PermenPan2022:
        return {DocumentKind::Skp, DocumentKind::Evaluasi, DocumentKind::DokumenEvaluasi};
    case SchemeKind::Pp46:
        return {DocumentKind::NumericSkp, DocumentKind::PenilaianPrestasiKerja};
    case SchemeKind::Pp30:
        return {DocumentKind::PenilaianPrestasiKerja};
    case SchemeKind::Weighted:
        break;
    }
    return {DocumentKind::WeightedSheet};
}

bool documentApplies(DocumentKind document, SchemeKind kind)
{
    return documentsFor(kind).contains(document);
}

QVector<DocumentKind> allDocumentKinds()
{
    return {DocumentKind::Skp,
            DocumentKind::Evaluasi,
            DocumentKind::DokumenEvaluasi,
            DocumentKind::NumericSkp,
            DocumentKind::PenilaianPrestasiKerja,
            DocumentKind::WeightedSheet};
}

QString documentCode(DocumentKind document)
{
    switch (document) {
    case DocumentKind::Skp:
        return QStringLiteral("skp");
    case DocumentKind::Evaluasi:
        return QStringLiteral("evaluasi");
    case DocumentKind::DokumenEvaluasi:
        return QStringLiteral("dokumen-evaluasi");
    case DocumentKind::NumericSkp:
        return QStringLiteral("skp-pp46");
    case DocumentKind::PenilaianPrestasiKerja:
        return QStringLiteral("prestasi-kerja");
    case DocumentKind::WeightedSheet:
        break;
    }
    return QStringLiteral("weighted");
}

bool parseDocumentCode(const QString &code, DocumentKind *out)
{
    const QString c = code.trimmed().toLower();
    for (const DocumentKind k : allDocumentKinds()) {
        if (documentCode(k) == c) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString documentName(DocumentKind document)
{
    switch (document) {
    case DocumentKind::Skp:
        return DocumentTr::tr("Employee Performance Targets (SKP)");
    case DocumentKind::Evaluasi:
        return DocumentTr::tr("Employee Performance Evaluation");
    case DocumentKind::DokumenEvaluasi:
        return DocumentTr::tr("Employee Performance Evaluation Document");
    case DocumentKind::NumericSkp:
        return DocumentTr::tr("Work Target Form (SKP)");
    case DocumentKind::PenilaianPrestasiKerja:
        return DocumentTr::tr("Work Performance Appraisal");
    case DocumentKind::WeightedSheet:
        break;
    }
    return DocumentTr::tr("Weighted Indicator Sheet");
}

Document buildDocument(DocumentKind document, const SheetData &sheet, const RenderOptions &options,
                       QVector<SheetWarning> *warnings)
{
    FormBuilder b(sheet, options, warnings);
    switch (document) {
    case DocumentKind::Skp:
        return b.skp();
    case DocumentKind::Evaluasi:
        return b.evaluasi();
    case DocumentKind::DokumenEvaluasi:
        return b.dokumenEvaluasi();
    case DocumentKind::NumericSkp:
        return b.numericSkp();
    case DocumentKind::PenilaianPrestasiKerja:
        return b.penilaianPrestasiKerja();
    case DocumentKind::WeightedSheet:
        break;
    }
    return b.weightedSheet();
}

Status DocumentRenderer::render(DocumentKind document, const SheetData &sheet,
                                const RenderOptions &options, PageSink &sink,
                                QVector<SheetWarning> *warnings, int *pages)
{
    const Appraisal &a = sheet.appraisal;
    if (!documentApplies(document, a.schemeKind))
        return Status::error(tr("The %1 does not apply to the appraisal of %2 for %3 (%4).")
                                 .arg(documentName(document), a.employee.name, a.period.label(),
                                      SchemeDefinition::kindName(a.schemeKind)),
                             QStringLiteral("document"));
    const Document doc = buildDocument(document, sheet, options, warnings);
    const TextMetrics metrics(&sink.device());
    const PageGeometry geometry = sink.geometry();
    const QVector<Page> laidOut = LayoutEngine(metrics, geometry).layout(doc);
    if (!paintPages(doc, laidOut, geometry, metrics, sink))
        return Status::error(tr("The printer or PDF file refused a new page."),
                             QStringLiteral("output"));
    if (pages)
        *pages = static_cast<int>(laidOut.size());
    return Status::ok();
}

} // namespace kinerja::reports
