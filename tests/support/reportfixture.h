#pragma once

// A district with appraisals ready to print, and helpers to render them to PDF.

#include "support/appraisalfixture.h"
#include "support/check.h"
#include "support/pdftools.h"
#include "support/tempdatabase.h"

#include "reports/batch.h"
#include "reports/documents.h"
#include "reports/pagesink.h"
#include "reports/paper.h"
#include "reports/sheetsource.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalworkflow.h"
#include "storage/schemerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

// AppraisalWorld (Dinas Pendidikan: kadis, Bidang Pembinaan SD: kabid, staff1 Budi Santoso,
// staff2 Siti Aminah; Dinas Kesehatan: staffB Rina Wati, nobody to rate) with 2026-Q1:
//   budi  final, capaian organisasi Baik (Dinas Pendidikan), Di Atas / Di Atas = Sangat Baik,
//         two RHK Utama and one Tambahan with realisasi and umpan balik, perilaku, rekomendasi
//   siti  final, one RHK, Sesuai / Sesuai = Baik
//   rina  draft, no rater and no atasan, no ratings (incomplete)
struct ReportWorld {
    TempDatabase t;
    AppraisalWorld w;
    qint64 budi = 0, siti = 0, rina = 0;

    static kinerja::reports::RenderOptions options()
    {
        kinerja::reports::RenderOptions o;
        o.agency.parent = QStringLiteral("Pemerintah Kabupaten Sleman");
        o.agency.name = QStringLiteral("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
        o.agency.place = QStringLiteral("Sleman");
        o.signDate = QDate(2026, 4, 2);
        return o;
    }

    static QVector<kinerja::Rhk> plan(int utama)
    {
        QVector<kinerja::Rhk> list;
        for (int i = 0; i < utama + 1; ++i) {
            kinerja::Rhk r;
            r.kind = i < utama ? kinerja::RhkKind::Utama : kinerja::RhkKind::Tambahan;
            r.text = i < utama ? QStringLiteral("Tersusunnya laporan data guru nomor %1").arg(i + 1)
                               : QStringLiteral("Terlaksananya tugas tambahan panitia ujian");
            r.intervensi = QStringLiteral("Meningkatnya kualitas data pendidikan dasar");
            const QString indikator[] = {QStringLiteral("Jumlah laporan data guru"),
                                         QStringLiteral("Persentase data yang valid"),
                                         QStringLiteral("Waktu penyelesaian laporan")};
            const QString target[] = {QStringLiteral("4"), QStringLiteral("100"),
                                      QStringLiteral("3")};
            const QString satuan[] = {QStringLiteral("Laporan"), QStringLiteral("%"),
                                      QStringLiteral("Bulan")};
            for (int a = 0; a < 3; ++a) {
                kinerja::RhkIndicator ind;
                ind.aspek = static_cast<kinerja::IndicatorAspect>(a);
                ind.indikator = indikator[a];
                ind.target = target[a];
                ind.satuan = satuan[a];
                r.indicators << ind;
            }
            list << r;
        }
        return list;
    }

    void build()
    {
        using namespace kinerja;
        Database &db = t.open();
        w.build(db);
        OrganisationAchievement org;
        org.periodId = w.q1;
        org.unitId = w.d.dinasA.id;
        org.predikat = OrganisationPredikat::Baik;
        FIXTURE_OK(PeriodRepository(db).setOrganisationAchievement(org));

        AppraisalRepository repo(db);
        AppraisalContent content(db);
        AppraisalWorkflow flow(db, QStringLiteral("tester"));

        budi = AppraisalWorld::appraisal(db, w.staff1.id, w.q1);
        FIXTURE_OK(content.setRhk(budi, plan(2)));
        for (const Rhk &r : content.rhk(budi))
            for (const RhkIndicator &i : r.indicators)
                FIXTURE_OK(content.setIndicatorEvaluation(
                    i.id, i.target, QStringLiteral("Bukti: laporan triwulan"),
                    QStringLiteral("Pertahankan ketepatan waktu")));
        QVector<PerilakuEntry> perilaku;
        for (const CoreValue v : allCoreValues()) {
            PerilakuEntry e;
            e.value = v;
            e.ekspektasi =
                QStringLiteral("Ekspektasi khusus nilai %1").arg(static_cast<int>(v) + 1);
            e.umpanBalik = QStringLiteral("Umpan balik nilai %1").arg(static_cast<int>(v) + 1);
            perilaku << e;
        }
        FIXTURE_OK(content.setPerilaku(budi, perilaku));
        FIXTURE_OK(flow.submit(budi));
        FIXTURE_OK(repo.setRatings(budi, Rating::DiAtasEkspektasi, Rating::DiAtasEkspektasi));
        FIXTURE_OK(repo.setRekomendasi(budi, QStringLiteral("Mengikuti pelatihan analisis data"),
                                       CompetencyCategory::Teknis));
        FIXTURE_OK(flow.markRated(budi));
        FIXTURE_OK(flow.finalize(budi));

        siti = AppraisalWorld::appraisal(db, w.staff2.id, w.q1);
        FIXTURE_OK(content.setRhk(siti, AppraisalWorld::onePlan()));
        FIXTURE_OK(flow.submit(siti));
        FIXTURE_OK(repo.setRatings(siti, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi));
        FIXTURE_OK(flow.markRated(siti));
        FIXTURE_OK(flow.finalize(siti));

        rina = AppraisalWorld::appraisal(db, w.staffB.id, w.q1);
    }

    kinerja::reports::SheetData sheet(qint64 id)
    {
        kinerja::reports::SheetData data;
        FIXTURE_OK(kinerja::reports::SheetSource(t.db()).load(id, {}, &data));
        return data;
    }

    QString path(const QString &name) const { return t.dir() + QLatin1Char('/') + name; }
};

// KINERJA_REPORTS_KEEP=<folder> keeps a copy of each PDF rendered, for looking at.
inline void keepCopy(const QString &path)
{
    const QString dir = qEnvironmentVariable("KINERJA_REPORTS_KEEP");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

// Renders one document of `sheet` into `path`.
inline kinerja::Status renderPdf(const QString &path, kinerja::reports::DocumentKind kind,
                                 const kinerja::reports::SheetData &sheet,
                                 const kinerja::reports::RenderOptions &options,
                                 kinerja::reports::Paper paper,
                                 QVector<kinerja::reports::SheetWarning> *warnings)
{
    kinerja::Status s;
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        kinerja::reports::preparePagedDevice(writer, paper);
        QPainter painter(&writer);
        kinerja::reports::PageSink sink(painter, writer);
        s = kinerja::reports::DocumentRenderer::render(kind, sheet, options, sink, warnings);
    }
    keepCopy(path);
    return s;
}

inline QString warningText(const QVector<kinerja::reports::SheetWarning> &warnings)
{
    QStringList out;
    for (const auto &w : warnings)
        out << w.section + QStringLiteral(": ") + w.message;
    return out.join(QLatin1Char('\n'));
}

// Installs the Indonesian wording and, as i18n::install does, the Indonesian notation of
// numbers and dates (whatever LANG is) for the test's lifetime.
struct IndonesianLabels {
    RecordingTranslator translator;
    QLocale previous;
    IndonesianLabels()
    {
        FIXTURE_CHECK(translator.load(),
                      QStringLiteral("the Indonesian translation cannot be read"));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    }
    ~IndonesianLabels()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    }
};
