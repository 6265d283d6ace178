#pragma once

#include "appraisal/appraisal.h"
#include "domain/numbertext.h"
#include "domain/status.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace kinerja {

class Database;

// The content of an appraisal, by scheme kind. Every setter refuses a Final appraisal
// or a closed period (naming the appraisal), refuses a field of another scheme kind,
// validates everything before it writes, writes in one transaction, and recomputes the
// stored result. A refused call changes nothing.
class AppraisalContent {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AppraisalContent)
public:
    explicit AppraisalContent(Database &db) : m_db(db) {}

    // --- PermenPANRB 6/2022 (appraisalcontent.cpp) ---
    QVector<Rhk> rhk(qint64 appraisalId) const; // Utama first, in order, with indicators
    // Replaces the SKP plan (RHK and their indicators, with whatever realisasi they carry).
    // Refuses an empty RHK or indicator text, a numeric target of 0 or less, a negative
    // numeric realisasi (the message names the RHK and indicator).
    Status setRhk(qint64 appraisalId, const QVector<Rhk> &plan);
    // The periodic evaluation of one indicator.
    Status setIndicatorEvaluation(qint64 indicatorId, const QString &realisasi,
                                  const QString &buktiDukung, const QString &umpanBalik);
    // The seven BerAKHLAK values, in order (empty entries for values not filled in).
    QVector<PerilakuEntry> perilaku(qint64 appraisalId) const;
    Status setPerilaku(qint64 appraisalId, const QVector<PerilakuEntry> &entries);

    // --- PP 46/2011, PP 30/2019, weighted (appraisalcontent_numeric.cpp) ---
    QVector<KegiatanEntry> kegiatan(qint64 appraisalId) const;
    // Replaces the kegiatan. Targets TO, TK, TW must be more than 0 (a zero target is
    // refused, never divided by); TB empty or 0 = no cost aspect; realisations empty
    // (not yet given) or 0 or more.
    Status setKegiatan(qint64 appraisalId, const QVector<KegiatanEntry> &list);
    // Perilaku aspects: Pp46Aspect (0–100) or Pp30Aspect (0–120) by the scheme kind.
    QMap<int, double> aspectScores(qint64 appraisalId) const;
    Status setAspectScores(qint64 appraisalId, const QMap<int, double> &scores);
    // Raw ratings of a weighted appraisal. Hidden peers come without a name unless
    // `revealHidden`.
    QVector<WeightedEntry> weightedRatings(qint64 appraisalId, bool revealHidden = false) const;
    // Adds or replaces one rating (indicator, source, and for peers the rating colleague).
    // Refuses an unknown indicator, a source that does not rate it, a value off its scale
    // (e.g. a negative realisation), a peer without a colleague or rating themselves.
    Status setWeightedRating(qint64 appraisalId, const WeightedEntry &entry);
    Status removeWeightedRating(qint64 appraisalId, const QString &indicatorId, RaterSource source,
                                qint64 raterId = 0);

    // Reads a typed amount by the rules of NumberText ("12", "12,5", "12.5", "5.000" and
    // "5.000.000"); a text with two readings ("5.000": 5000 or 5) is read by `convention`,
    // the users' Indonesian one unless an imported file shows otherwise. Empty text gives
    // an empty value. Refuses text that is not a number or a negative number, naming `field`.
    static Status parseAmount(const QString &text, const QString &field, std::optional<double> *out,
                              NumberConvention convention = NumberConvention::Indonesian);

private:
    Database &m_db;
};

} // namespace kinerja
