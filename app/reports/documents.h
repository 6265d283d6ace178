#pragma once

#include "agency.h"
#include "domain/status.h"
#include "layout.h"
#include "sheetdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

namespace kinerja::reports {

class PageSink;

// The printed documents.
//   Skp                     PermenPANRB 6/2022: Sasaran Kinerja Pegawai (the plan)
//   Evaluasi                PermenPANRB 6/2022: Evaluasi Kinerja Pegawai (periodic or annual)
//   DokumenEvaluasi         PermenPANRB 6/2022: Dokumen Evaluasi Kinerja Pegawai (one page)
//   NumericSkp              PP 46/2011: Formulir Sasaran Kerja Pegawai (the kegiatan and targets)
//   PenilaianPrestasiKerja  PP 46/2011 and PP 30/2019: Penilaian Prestasi Kerja, computed values
//   WeightedSheet           custom weighted-indicator scheme
enum class DocumentKind {
    Skp,
    Evaluasi,
    DokumenEvaluasi,
    NumericSkp,
    PenilaianPrestasiKerja,
    WeightedSheet
};

// The documents that apply to appraisals of a scheme kind, in printing order.
// PP 30/2019 keeps no kegiatan (its capaian SKP is entered as a number), so it has no
// SKP form: only the Penilaian Prestasi Kerja.
QVector<DocumentKind> documentsFor(SchemeKind kind);
bool documentApplies(DocumentKind document, SchemeKind kind);
QVector<DocumentKind> allDocumentKinds();
// "skp", "evaluasi", "dokumen-evaluasi", "skp-pp46", "prestasi-kerja", "weighted"
QString documentCode(DocumentKind document);
bool parseDocumentCode(const QString &code, DocumentKind *out);
QString documentName(DocumentKind document); // translated ("Performance Evaluation Document")

// Something a sheet could not print as it should: it is marked blank on the sheet
// ("— (not filled in)") and listed here. `section` names the place on the sheet.
struct SheetWarning {
    QString section; // translated: "Pejabat penilai kinerja", "Agency header", …
    QString message; // translated
    friend bool operator==(const SheetWarning &a, const SheetWarning &b)
    {
        return a.section == b.section && a.message == b.message;
    }
};

struct RenderOptions {
    AgencyHeader agency;
    // The date by the signatures; empty = the appraisal's own (SKP: submitted; evaluations:
    // finalized, else rated), else a dotted blank to be filled in by hand.
    std::optional<QDate> signDate;
};

// Builds the blocks of one document for one appraisal (no painting). Warnings are
// appended to `warnings` (may be null).
Document buildDocument(DocumentKind document, const SheetData &sheet, const RenderOptions &options,
                       QVector<SheetWarning> *warnings);

// Lays out and paints one document through `sink` (pages numbered within the document).
// Refuses a document that does not apply to the appraisal's scheme kind.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::DocumentRenderer)
public:
    static Status render(DocumentKind document, const SheetData &sheet,
                         const RenderOptions &options, PageSink &sink,
                         QVector<SheetWarning> *warnings, int *pages = nullptr);
};

} // namespace kinerja::reports
