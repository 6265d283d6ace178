#include "appraisaltemplate.h"

#include "appraisalsheets.h"

#include "files/replacefile.h"
#include "scoring/rating.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/settingrepository.h"
#include "storage/unitrepository.h"

#include <QDir>
#include <QFile>
#include <xlsxwriter.h>

namespace kinerja::exchange {

namespace {

using Kind = AppraisalSheets::Kind;

// One sheet being written: its worksheet and next row.
struct Sheet {
    lxw_worksheet *ws = nullptr;
    lxw_row_t row = 1; // 0 is the header
};

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *locked = nullptr;     // identity: grey, locked
    lxw_format *lockedText = nullptr; // NIP: text, grey, locked
    lxw_format *open = nullptr;       // to fill in: shaded, unlocked, text
    lxw_format *openNumber = nullptr; // to fill in: a number
    lxw_format *title = nullptr;
    lxw_format *wrap = nullptr;
};

// The template's workbook: formats, sheets and the cell writers.
class Book {
public:
    lxw_workbook *wb = nullptr;
    Formats f;

    bool open(const QByteArray &path)
    {
        wb = workbook_new(path.constData());
        if (!wb)
            return false;
        f.header = workbook_add_format(wb);
        format_set_bold(f.header);
        format_set_bg_color(f.header, 0xD9D9D9);
        format_set_text_wrap(f.header);
        format_set_border(f.header, LXW_BORDER_THIN);
        f.locked = workbook_add_format(wb);
        format_set_bg_color(f.locked, 0xF2F2F2);
        format_set_border(f.locked, LXW_BORDER_HAIR);
        f.lockedText = workbook_add_format(wb);
        format_set_bg_color(f.lockedText, 0xF2F2F2);
        format_set_border(f.lockedText, LXW_BORDER_HAIR);
        format_set_num_format(f.lockedText, "@");
        f.open = workbook_add_format(wb);
        format_set_unlocked(f.open);
        format_set_bg_color(f.open, 0xFFF2CC);
        format_set_border(f.open, LXW_BORDER_THIN);
        format_set_num_format(f.open, "@");
        f.openNumber = workbook_add_format(wb);
        format_set_unlocked(f.openNumber);
        format_set_bg_color(f.openNumber, 0xFFF2CC);
        format_set_border(f.openNumber, LXW_BORDER_THIN);
        format_set_num_format(f.openNumber, "0.##");
        f.title = workbook_add_format(wb);
        format_set_bold(f.title);
        format_set_font_size(f.title, 14);
        f.wrap = workbook_add_format(wb);
        format_set_text_wrap(f.wrap);
        format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
        return true;
    }

    Sheet addSheet(const QString &name, const QStringList &headers, const QVector<double> &widths)
    {
        Sheet s;
        s.ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_write_string(s.ws, 0, lxw_col_t(c), headers[c].toUtf8().constData(),
                                   f.header);
            worksheet_set_column(s.ws, lxw_col_t(c), lxw_col_t(c), widths.value(c, 14), nullptr);
        }
        worksheet_freeze_panes(s.ws, 1, 0);
        return s;
    }

    // A text cell; `format` decides whether it is locked.
    void text(Sheet &s, int col, const QString &value, lxw_format *format)
    {
        if (value.isEmpty())
            worksheet_write_blank(s.ws, s.row, lxw_col_t(col), format);
        else
            worksheet_write_string(s.ws, s.row, lxw_col_t(col), value.toUtf8().constData(), format);
    }
    void number(Sheet &s, int col, std::optional<double> value, lxw_format *format)
    {
        if (value)
            worksheet_write_number(s.ws, s.row, lxw_col_t(col), *value, format);
        else
            worksheet_write_blank(s.ws, s.row, lxw_col_t(col), format);
    }

    // Protects the sheet (no password: a guard against slips, not a lock) and
    // filters its rows; `lastCol` is the last column.
    void finishSheet(Sheet &s, int lastCol)
    {
        if (s.row > 1)
            worksheet_autofilter(s.ws, 0, 0, s.row - 1, lxw_col_t(lastCol));
        lxw_protection protection{};
        protection.autofilter = 1;
        protection.sort = 1;
        protection.format_columns = 1;
        protection.format_rows = 1;
        worksheet_protect(s.ws, nullptr, &protection);
    }
};

// A dropdown of the three rating levels on rows 1…lastRow of `col`.
void ratingDropdown(Sheet &s, int col)
{
    if (s.row <= 1)
        return;
    static char *levels[] = {const_cast<char *>("Di Atas Ekspektasi"),
                             const_cast<char *>("Sesuai Ekspektasi"),
                             const_cast<char *>("Di Bawah Ekspektasi"), nullptr};
    const QByteArray title = AppraisalTemplate::tr("Rating").toUtf8();
    const QByteArray message =
        AppraisalTemplate::tr("Choose Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah "
                              "Ekspektasi from the list.")
            .toUtf8();
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = levels;
    v.error_title = const_cast<char *>(title.constData());
    v.error_message = const_cast<char *>(message.constData());
    worksheet_data_validation_range(s.ws, 1, lxw_col_t(col), s.row - 1, lxw_col_t(col), &v);
}

// Numbers from `min` to `max` (max < 0: no upper limit) on rows 1…lastRow of `col`.
void numberValidation(Sheet &s, int col, double min, double max)
{
    if (s.row <= 1)
        return;
    const QByteArray title = AppraisalTemplate::tr("Number").toUtf8();
    const QByteArray message =
        (max < 0 ? AppraisalTemplate::tr("Enter a number of %1 or more.").arg(min)
                 : AppraisalTemplate::tr("Enter a number from %1 to %2.").arg(min).arg(max))
            .toUtf8();
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
    v.criteria = max < 0 ? LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
                         : LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_number = min;
    v.maximum_number = max;
    v.value_number = min;
    v.error_title = const_cast<char *>(title.constData());
    v.error_message = const_cast<char *>(message.constData());
    worksheet_data_validation_range(s.ws, 1, lxw_col_t(col), s.row - 1, lxw_col_t(col), &v);
}

QString aspectName(IndicatorAspect a)
{
    switch (a) {
    case IndicatorAspect::Kuantitas:
        return QStringLiteral("Kuantitas");
    case IndicatorAspect::Kualitas:
        return QStringLiteral("Kualitas");
    case IndicatorAspect::Waktu:
        break;
    }
    return QStringLiteral("Waktu");
}

QString ratingText(std::optional<Rating> r)
{
    return r ? ratingName(*r) : QString();
}

void writeInstructions(Book &book, const QString &agency, const QString &scope,
                       const QString &period)
{
    lxw_worksheet *ws = workbook_add_worksheet(
        book.wb, AppraisalSheets::instructionsSheetName().toUtf8().constData());
    worksheet_set_column(ws, 0, 0, 110, book.f.wrap);
    int row = 0;
    auto line = [&](const QString &text, lxw_format *format = nullptr) {
        worksheet_write_string(ws, lxw_row_t(row++), 0, text.toUtf8().constData(), format);
    };
    line(AppraisalTemplate::tr("Appraisal entry template"), book.f.title);
    if (!agency.isEmpty())
        line(agency);
    line(AppraisalTemplate::tr("Unit: %1").arg(scope));
    line(AppraisalTemplate::tr("Period: %1").arg(period));
    ++row;
    const QStringList steps = {
        AppraisalTemplate::tr(
            "1. Fill in only the shaded (yellow) cells. NIP, name, period and numbers are "
            "locked: do not change, add, remove or reorder rows."),
        AppraisalTemplate::tr(
            "2. Sheet Penilaian: choose Rating Hasil Kerja and Rating Perilaku Kerja from "
            "the list (Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi). "
            "Capaian SKP (PP 30/2019 only) is a number from 0 to 120. Rekomendasi is "
            "free text."),
        AppraisalTemplate::tr(
            "3. Sheet Hasil Kerja: one row per indicator of the SKP. Enter the Realisasi, "
            "the Bukti Dukung and the Umpan Balik; the Target may be corrected while the "
            "appraisal is not final."),
        AppraisalTemplate::tr(
            "4. Sheet Kegiatan (PP 46/2011): enter the realisations of quantity, quality "
            "(0–100), time and cost of each kegiatan."),
        AppraisalTemplate::tr(
            "5. An emptied cell clears the value in Kinerja. Rows of a final appraisal, or "
            "of a closed period, are locked and cannot change."),
        AppraisalTemplate::tr(
            "6. Save the workbook as .xlsx (not .xls or .ods) and send it back. Kinerja "
            "checks every row before it changes anything, lists each problem by sheet, "
            "row and column, and reports what changed: Appraisal ▸ Import appraisal "
            "data…, or kinerja-cli import --appraisals FILE."),
    };
    // libxlsxwriter does not size rows to wrapped text: give each step its lines.
    for (const QString &s : steps) {
        const int lines = int(s.size()) / 95 + 1;
        worksheet_set_row(ws, lxw_row_t(row), 15.0 * lines + 2, nullptr);
        line(s, book.f.wrap);
    }
    lxw_protection protection{};
    worksheet_protect(ws, nullptr, &protection);
}

} // namespace

Status AppraisalTemplate::write(Database &db, const TemplateScope &scope, const QString &path,
                                TemplateReport *report, const Progress &progress)
{
    const auto period = PeriodRepository(db).find(scope.periodId);
    if (!period)
        return Status::error(tr("The period of the template no longer exists."),
                             QStringLiteral("period"));
    QString scopeName = tr("the whole agency");
    if (scope.unitId != 0) {
        const auto unit = UnitRepository(db).find(scope.unitId);
        if (!unit)
            return Status::error(tr("The unit of the template no longer exists."),
                                 QStringLiteral("unit"));
        scopeName = scope.includeSubunits ? tr("%1 and its sub-units").arg(unit->name) : unit->name;
    }
    AppraisalFilter filter;
    filter.periodId = scope.periodId;
    filter.unitId = scope.unitId;
    filter.includeSubunits = scope.includeSubunits;
    const QVector<AppraisalRow> rows = AppraisalQuery(db).rows(filter);
    if (rows.isEmpty())
        return Status::error(
            tr("%1 has no appraisals in %2: create them first.").arg(scopeName, period->code()),
            QStringLiteral("scope"));

    const QString part = path + QStringLiteral(".part");
    // libxlsxwriter opens the file only when closing: find out now whether it can.
    QFile probe(part);
    if (!probe.open(QIODevice::WriteOnly))
        return Status::error(tr("The template %1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(path), probe.errorString()),
                             QStringLiteral("file"));
    probe.close();
    Book book;
    if (!book.open(QFile::encodeName(part)))
        return Status::error(
            tr("The template %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("file"));
    auto fail = [&](const Status &s) {
        lxw_workbook_free(book.wb);
        QFile::remove(part);
        return s;
    };
    writeInstructions(book, SettingRepository(db).agency().name, scopeName,
                      period->period.officialLabel());

    const Formats &f = book.f;
    Sheet pen = book.addSheet(
        AppraisalSheets::sheetName(Kind::Penilaian),
        {QStringLiteral("No."), QStringLiteral("NIP"), QStringLiteral("Nama"),
         QStringLiteral("Jabatan"), QStringLiteral("Unit Kerja"), QStringLiteral("Periode"),
         QStringLiteral("Skema"), QStringLiteral("Status"), QStringLiteral("Rating Hasil Kerja"),
         QStringLiteral("Rating Perilaku Kerja"), QStringLiteral("Capaian SKP"),
         QStringLiteral("Rekomendasi"), QStringLiteral("Catatan")},
        {5, 21, 30, 30, 28, 10, 18, 14, 22, 22, 12, 40, 36});
    Sheet hk =
        book.addSheet(AppraisalSheets::sheetName(Kind::HasilKerja),
                      {QStringLiteral("NIP"), QStringLiteral("Nama"), QStringLiteral("Periode"),
                       QStringLiteral("No. Indikator"), QStringLiteral("Jenis RHK"),
                       QStringLiteral("Rencana Hasil Kerja"), QStringLiteral("Aspek"),
                       QStringLiteral("Indikator"), QStringLiteral("Target"),
                       QStringLiteral("Satuan"), QStringLiteral("Realisasi"),
                       QStringLiteral("Bukti Dukung"), QStringLiteral("Umpan Balik")},
                      {21, 26, 10, 10, 10, 40, 10, 40, 10, 12, 12, 30, 30});
    Sheet kg =
        book.addSheet(AppraisalSheets::sheetName(Kind::Kegiatan),
                      {QStringLiteral("NIP"), QStringLiteral("Nama"), QStringLiteral("Periode"),
                       QStringLiteral("No. Kegiatan"), QStringLiteral("Kegiatan"),
                       QStringLiteral("Satuan Kuantitas"), QStringLiteral("Target Kuantitas"),
                       QStringLiteral("Target Kualitas"), QStringLiteral("Target Waktu"),
                       QStringLiteral("Satuan Waktu"), QStringLiteral("Target Biaya"),
                       QStringLiteral("Realisasi Kuantitas"), QStringLiteral("Realisasi Kualitas"),
                       QStringLiteral("Realisasi Waktu"), QStringLiteral("Realisasi Biaya")},
                      {21, 26, 10, 10, 40, 12, 10, 10, 10, 10, 12, 12, 12, 12, 12});

    AppraisalRepository appraisals(db);
    AppraisalContent content(db);
    TemplateReport result;
    const QString periodCode = period->code();
    for (int i = 0; i < rows.size(); ++i) {
        const AppraisalRow &r = rows[i];
        const auto a = appraisals.find(r.id);
        if (!a)
            continue;
        const bool editable = a->state != AppraisalState::Final && !a->periodClosed;
        const bool permenpan = a->schemeKind == SchemeKind::PermenPan2022;
        lxw_format *edit = editable ? f.open : f.locked;
        lxw_format *editNumber = editable ? f.openNumber : f.locked;

        book.number(pen, 0, i + 1, f.locked);
        book.text(pen, 1, r.nip, f.lockedText);
        book.text(pen, 2, r.name, f.locked);
        book.text(pen, 3, r.jabatan, f.locked);
        book.text(pen, 4, r.unitName, f.locked);
        book.text(pen, 5, periodCode, f.locked);
        book.text(pen, 6, a->schemeName, f.locked);
        book.text(pen, 7, appraisalStateName(a->state), f.locked);
        book.text(pen, 8, ratingText(a->ratingHasil), permenpan ? edit : f.locked);
        book.text(pen, 9, ratingText(a->ratingPerilaku), permenpan ? edit : f.locked);
        book.number(pen, 10, a->capaianSkp,
                    a->schemeKind == SchemeKind::Pp30 ? editNumber : f.locked);
        book.text(pen, 11, a->rekomendasi, edit);
        QString note;
        if (a->periodClosed)
            note = tr("Period closed: cannot change.");
        else if (a->state == AppraisalState::Final)
            note = tr("Final: cannot change.");
        else if (a->schemeKind == SchemeKind::Pp46)
            note = tr("PP 46/2011: fill in the sheet Kegiatan.");
        else if (a->schemeKind == SchemeKind::Weighted)
            note = tr("Weighted indicators: rate in Kinerja.");
        book.text(pen, 12, note, f.locked);
        ++pen.row;
        if (!editable)
            ++result.locked;

        if (permenpan) {
            const QVector<Rhk> plan = content.rhk(r.id);
            for (int p = 0; p < plan.size(); ++p) {
                for (int k = 0; k < plan[p].indicators.size(); ++k) {
                    const RhkIndicator &ind = plan[p].indicators[k];
                    book.text(hk, 0, r.nip, f.lockedText);
                    book.text(hk, 1, r.name, f.locked);
                    book.text(hk, 2, periodCode, f.locked);
                    book.text(hk, 3, QStringLiteral("%1.%2").arg(p + 1).arg(k + 1), f.lockedText);
                    book.text(hk, 4,
                              plan[p].kind == RhkKind::Utama ? QStringLiteral("Utama")
                                                             : QStringLiteral("Tambahan"),
                              f.locked);
                    book.text(hk, 5, plan[p].text, f.locked);
                    book.text(hk, 6, aspectName(ind.aspek), f.locked);
                    book.text(hk, 7, ind.indikator, f.locked);
                    book.text(hk, 8, ind.target, edit);
                    book.text(hk, 9, ind.satuan, f.locked);
                    book.text(hk, 10, ind.realisasi, edit);
                    book.text(hk, 11, ind.buktiDukung, edit);
                    book.text(hk, 12, ind.umpanBalik, edit);
                    ++hk.row;
                    ++result.indicators;
                }
            }
        } else if (a->schemeKind == SchemeKind::Pp46) {
            const QVector<KegiatanEntry> list = content.kegiatan(r.id);
            for (int k = 0; k < list.size(); ++k) {
                const Kegiatan &g = list[k].kegiatan;
                book.text(kg, 0, r.nip, f.lockedText);
                book.text(kg, 1, r.name, f.locked);
                book.text(kg, 2, periodCode, f.locked);
                book.text(kg, 3, QString::number(k + 1), f.lockedText);
                book.text(kg, 4, g.name, f.locked);
                book.text(kg, 5, list[k].satuanKuantitas, f.locked);
                book.number(kg, 6, g.targetKuantitas, editNumber);
                book.number(kg, 7, g.targetKualitas, editNumber);
                book.number(kg, 8, g.targetWaktu, editNumber);
                book.text(kg, 9, list[k].satuanWaktu, f.locked);
                book.number(kg, 10, g.targetBiaya, editNumber);
                book.number(kg, 11, g.realKuantitas, editNumber);
                book.number(kg, 12, g.realKualitas, editNumber);
                book.number(kg, 13, g.realWaktu, editNumber);
                book.number(kg, 14, g.realBiaya, editNumber);
                ++kg.row;
                ++result.kegiatan;
            }
        }
        ++result.appraisals;
        if (progress && !progress(i + 1, int(rows.size())))
            return fail(Status::error(tr("The template was cancelled; no file was written."),
                                      QStringLiteral("cancelled")));
    }
    ratingDropdown(pen, 8);
    ratingDropdown(pen, 9);
    numberValidation(pen, 10, 0, 120);
    for (int c : {6, 7, 8, 10, 11, 12, 13, 14})
        numberValidation(kg, c, 0, -1);
    book.finishSheet(pen, 12);
    book.finishSheet(hk, 12);
    book.finishSheet(kg, 14);

    lxw_doc_properties doc{};
    const QByteArray title = tr("Appraisal entry template %1").arg(periodCode).toUtf8();
    const QByteArray company = SettingRepository(db).agency().name.toUtf8();
    doc.title = const_cast<char *>(title.constData());
    doc.author = const_cast<char *>("Kinerja");
    if (!company.isEmpty())
        doc.company = const_cast<char *>(company.constData());
    workbook_set_properties(book.wb, &doc);
    workbook_set_custom_property_string(book.wb, "Kinerja template",
                                        periodCode.toUtf8().constData());

    lxw_workbook *wb = book.wb;
    book.wb = nullptr;
    if (const lxw_error e = workbook_close(wb); e != LXW_NO_ERROR) {
        QFile::remove(part);
        return Status::error(
            tr("The template %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(e))),
            QStringLiteral("file"));
    }
    if (QString error; !files::replaceFile(part, path, &error)) {
        QFile::remove(part);
        return Status::error(tr("The template %1 cannot be put in place: %2")
                                 .arg(QDir::toNativeSeparators(path), error),
                             QStringLiteral("file"));
    }
    if (report)
        *report = result;
    return Status::ok();
}

} // namespace kinerja::exchange
