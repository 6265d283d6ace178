#include "pp46.h"

#include "perilakumean.h"

#include <cmath>
#include <limits>

namespace kinerja {

namespace {

const QString SourceKuantitas = QStringLiteral("Perka BKN 1/2013, rumus kuantitas");
const QString SourceKualitas = QStringLiteral("Perka BKN 1/2013, rumus kualitas");
const QString SourceWaktu = QStringLiteral("Perka BKN 1/2013, rumus waktu");
const QString SourceBiaya = QStringLiteral("Perka BKN 1/2013, rumus biaya");
const QString SourceKegiatan = QStringLiteral("Perka BKN 1/2013, nilai capaian per kegiatan");
const QString SourceSkp = QStringLiteral("Perka BKN 1/2013, nilai capaian SKP");
const QString SourcePerilaku = QStringLiteral("PP 46/2011, nilai perilaku kerja");
const QString SourcePrestasi = QStringLiteral("PP 46/2011, nilai prestasi kerja");
const QString SourceBands = QStringLiteral("Perka BKN 1/2013, sebutan nilai prestasi kerja");

constexpr double Factor = 1.76;
constexpr double Tolerance = 1e-9;

double notANumber()
{
    return std::numeric_limits<double>::quiet_NaN();
}

QString num(double value)
{
    return Explanation::number(value);
}

// The Waktu and Biaya formulas, for T > 0: the efficiency, which of the two formulas it
// takes, and the aspect's value.
struct Efficiency {
    double efficiency = 0;      // 100 − (R / T × 100)
    bool upToThreshold = false; // efficiency ≤ 24%: the first formula
    double value = 0;
};

Efficiency efficiencyAspect(double target, double realised)
{
    Efficiency e;
    // Multiplying before dividing keeps whole-number cases exact (4 × 100 / 5 = 80).
    e.efficiency = 100.0 - realised * 100.0 / target;
    const double base = (Factor * target - realised) * 100.0 / target;
    e.upToThreshold = e.efficiency <= Pp46::EfficiencyThreshold + Tolerance;
    e.value = e.upToThreshold ? base : 76.0 - (base - 100.0);
    return e;
}

// Adds the efficiency and aspect steps of `e` for Waktu (T = TW) or Biaya (T = TB).
void explainEfficiencyAspect(const Efficiency &e, double target, double realised, const QString &t,
                             const QString &r, const QString &efficiencyLabel,
                             const QString &aspectLabel, const QString &source,
                             Explanation *explanation)
{
    explanation->addStep(efficiencyLabel,
                         QStringLiteral("100 − (%1 / %2 × 100) = 100 − (%3 / %4 × 100)")
                             .arg(r, t, num(realised), num(target)),
                         num(e.efficiency), source);
    const QString filled =
        QStringLiteral("((%3 × %1 − %2) / %1) × 100").arg(num(target), num(realised), num(Factor));
    if (e.upToThreshold) {
        explanation->addStep(
            Pp46::tr("%1, efficiency ≤ 24%").arg(aspectLabel),
            QStringLiteral("((%3 × %1 − %2) / %1) × 100 = ").arg(t, r, num(Factor)) + filled,
            num(e.value), source);
    } else {
        explanation->addStep(Pp46::tr("%1, efficiency > 24%").arg(aspectLabel),
                             QStringLiteral("76 − ((((%3 × %1 − %2) / %1) × 100) − 100) = 76 − (")
                                     .arg(t, r, num(Factor)) +
                                 filled + QStringLiteral(" − 100)"),
                             num(e.value), source);
    }
}

// Records a target that is not > 0; returns whether it is usable. `what()` names the
// target; it is called only for the message, so a valid input builds no text.
template <typename What> bool checkTarget(Explanation *explanation, double target, const What &what)
{
    if (target > 0)
        return true;
    explanation->addError(Pp46::tr("%1 must be more than 0, not %2.").arg(what(), num(target)));
    return false;
}

// Records a realisation that is missing or negative; returns whether it is usable.
template <typename What>
bool checkRealised(Explanation *explanation, const std::optional<double> &realised,
                   const What &what)
{
    if (!realised) {
        explanation->addMissing(what());
        return false;
    }
    if (*realised < 0) {
        explanation->addError(Pp46::tr("%1 cannot be negative (%2).").arg(what(), num(*realised)));
        return false;
    }
    return true;
}

} // namespace

double Pp46::kuantitas(double target, double realised)
{
    return target > 0 ? realised * 100.0 / target : notANumber();
}

double Pp46::kualitas(double target, double realised)
{
    return target > 0 ? realised * 100.0 / target : notANumber();
}

double Pp46::efisiensi(double target, double realised)
{
    return target > 0 ? efficiencyAspect(target, realised).efficiency : notANumber();
}

double Pp46::waktu(double target, double realised)
{
    return target > 0 ? efficiencyAspect(target, realised).value : notANumber();
}

double Pp46::biaya(double target, double realised)
{
    return target > 0 ? efficiencyAspect(target, realised).value : notANumber();
}

ScoreResult Pp46::kegiatan(const Kegiatan &kegiatan, Explain explain)
{
    return scoreKegiatan(kegiatan, 0, explain);
}

QString Pp46::kegiatanName(const Kegiatan &kegiatan, int number)
{
    if (!kegiatan.name.isEmpty())
        return kegiatan.name;
    return number > 0 ? tr("Kegiatan %1").arg(number) : tr("Kegiatan");
}

ScoreResult Pp46::scoreKegiatan(const Kegiatan &k, int number, Explain explain)
{
    ScoreResult result(explain);
    Explanation &ex = result.explanation;
    // "Kegiatan 2: Kuantitas": the text of a step or a message, built only when needed.
    QString prefix;
    const auto label = [&](const QString &what) -> QString {
        if (prefix.isEmpty())
            prefix = kegiatanName(k, number) + QStringLiteral(": ");
        return prefix + what;
    };
    const bool hasBiaya = k.targetBiaya.has_value() && *k.targetBiaya != 0;

    // Every check runs (&=), so that all the problems of a task are reported at once.
    bool ok = true;
    ok &= checkTarget(&ex, k.targetKuantitas, [&] { return label(tr("quantity target (TO)")); });
    ok &= checkTarget(&ex, k.targetKualitas, [&] { return label(tr("quality target (TK)")); });
    ok &= checkTarget(&ex, k.targetWaktu, [&] { return label(tr("time target (TW)")); });
    if (hasBiaya)
        ok &= checkTarget(&ex, *k.targetBiaya, [&] { return label(tr("cost target (TB)")); });
    ok &= checkRealised(&ex, k.realKuantitas, [&] { return label(tr("quantity realised (RO)")); });
    if (!ok)
        return result;

    if (*k.realKuantitas == 0) {
        if (ex.recordsSteps())
            ex.addStep(label(tr("nothing realised")), QStringLiteral("RO = 0"), num(0.0),
                       SourceKegiatan);
        result.value = 0.0;
        return result;
    }

    ok &= checkRealised(&ex, k.realKualitas, [&] { return label(tr("quality realised (RK)")); });
    ok &= checkRealised(&ex, k.realWaktu, [&] { return label(tr("time realised (RW)")); });
    if (hasBiaya)
        ok &= checkRealised(&ex, k.realBiaya, [&] { return label(tr("cost realised (RB)")); });
    if (!ok)
        return result;

    const double kuant = kuantitas(k.targetKuantitas, *k.realKuantitas);
    const double kual = kualitas(k.targetKualitas, *k.realKualitas);
    const Efficiency wkt = efficiencyAspect(k.targetWaktu, *k.realWaktu);
    double sum = kuant + kual + wkt.value;
    int aspects = 3;
    std::optional<Efficiency> bya;
    if (hasBiaya) {
        bya = efficiencyAspect(*k.targetBiaya, *k.realBiaya);
        sum += bya->value;
        aspects = 4;
    }
    const double value = sum / aspects;
    result.value = value;
    if (!ex.recordsSteps())
        return result;

    ex.addStep(label(tr("Kuantitas")),
               QStringLiteral("RO / TO × 100 = %1 / %2 × 100")
                   .arg(num(*k.realKuantitas), num(k.targetKuantitas)),
               num(kuant), SourceKuantitas);
    ex.addStep(label(tr("Kualitas")),
               QStringLiteral("RK / TK × 100 = %1 / %2 × 100")
                   .arg(num(*k.realKualitas), num(k.targetKualitas)),
               num(kual), SourceKualitas);
    explainEfficiencyAspect(wkt, k.targetWaktu, *k.realWaktu, QStringLiteral("TW"),
                            QStringLiteral("RW"), label(tr("time efficiency (efisiensi waktu, %)")),
                            label(tr("Waktu")), SourceWaktu, &ex);
    QString sumFormula = QStringLiteral("%1 + %2 + %3").arg(num(kuant), num(kual), num(wkt.value));
    if (bya) {
        explainEfficiencyAspect(*bya, *k.targetBiaya, *k.realBiaya, QStringLiteral("TB"),
                                QStringLiteral("RB"),
                                label(tr("cost efficiency (efisiensi biaya, %)")),
                                label(tr("Biaya")), SourceBiaya, &ex);
        sumFormula += QStringLiteral(" + ") + num(bya->value);
    }
    ex.addStep(label(tr("Perhitungan (sum of the aspects)")), sumFormula, num(sum), SourceKegiatan);
    ex.addStep(label(tr("Nilai capaian")), QStringLiteral("%1 / %2").arg(num(sum)).arg(aspects),
               num(value), SourceKegiatan);
    return result;
}

ScoreResult Pp46::capaianSkp(const QVector<Kegiatan> &kegiatan, double tugasTambahan,
                             double kreativitas, Explain explain)
{
    ScoreResult result(explain);
    Explanation &ex = result.explanation;
    if (kegiatan.isEmpty())
        ex.addMissing(tr("the tasks (kegiatan) of the SKP"));
    if (tugasTambahan < 0)
        ex.addError(tr("Tugas tambahan points cannot be negative (%1).").arg(num(tugasTambahan)));
    if (kreativitas < 0)
        ex.addError(tr("Kreativitas points cannot be negative (%1).").arg(num(kreativitas)));

    double sum = 0;
    QStringList terms;
    bool complete = !kegiatan.isEmpty();
    for (int i = 0; i < kegiatan.size(); ++i) {
        const ScoreResult one = scoreKegiatan(kegiatan.at(i), i + 1, explain);
        ex.append(one.explanation);
        if (one.value) {
            sum += *one.value;
            if (ex.recordsSteps())
                terms.append(num(*one.value));
        } else {
            complete = false;
        }
    }
    if (!complete || ex.hasErrors())
        return result;

    const double value = sum / kegiatan.size() + tugasTambahan + kreativitas;
    if (ex.recordsSteps()) {
        ex.addStep(tr("Nilai capaian SKP"),
                   QStringLiteral("(%1) / %2 + %3 + %4")
                       .arg(terms.join(QStringLiteral(" + ")))
                       .arg(kegiatan.size())
                       .arg(num(tugasTambahan), num(kreativitas)),
                   num(value), SourceSkp);
    }
    result.value = value;
    return result;
}

ScoreResult Pp46::perilaku(const QMap<Pp46Aspect, double> &scores, bool structural, Explain explain)
{
    return PerilakuMean::compute(scores, aspects(structural), &aspectName,
                                 {MaxAspectScore, SourcePerilaku}, explain);
}

ScoreResult Pp46::nilaiPrestasi(double capaianSkp, double nilaiPerilaku, Explain explain)
{
    ScoreResult result(explain);
    const double value = SkpWeight * capaianSkp + PerilakuWeight * nilaiPerilaku;
    if (result.explanation.recordsSteps()) {
        result.explanation.addStep(
            tr("Nilai prestasi kerja"),
            QStringLiteral("60% × SKP + 40% × perilaku = %3 × %1 + %4 × %2")
                .arg(num(capaianSkp), num(nilaiPerilaku), num(SkpWeight), num(PerilakuWeight)),
            num(value), SourcePrestasi);
    }
    result.value = value;
    return result;
}

Result<BandedScore> Pp46::evaluate(const Pp46Input &input, Explain explain)
{
    Result<BandedScore> result(explain);
    const ScoreResult skp =
        capaianSkp(input.kegiatan, input.tugasTambahan, input.kreativitas, explain);
    const ScoreResult behaviour = perilaku(input.perilaku, input.structural, explain);
    result.explanation.append(skp.explanation);
    result.explanation.append(behaviour.explanation);
    if (!skp.value || !behaviour.value)
        return result;
    const ScoreResult prestasi = nilaiPrestasi(*skp.value, *behaviour.value, explain);
    result.explanation.append(prestasi.explanation);
    result.value = bandScore(*prestasi.value, bands(), SourceBands, &result.explanation);
    return result;
}

const BandSet &Pp46::bands()
{
    static const BandSet set = [] {
        const auto band = [](const char *name, const char *written, double lower, double upper) {
            ScoreBand b;
            b.name = QLatin1String(name);
            b.written = QString::fromUtf8(written);
            b.lower = lower;
            b.lowerInclusive = false;
            b.upper = upper;
            b.upperInclusive = true;
            return b;
        };
        const double inf = std::numeric_limits<double>::infinity();
        return BandSet{
            band("Sangat Baik", "91–100", 90, inf), band("Baik", "76–90", 75, 90),
            band("Cukup", "61–75", 60, 75),         band("Kurang", "51–60", 50, 60),
            band("Buruk", "≤ 50", -inf, 50),
        };
    }();
    return set;
}

const ScoreBand *Pp46::band(double score)
{
    return findBand(bands(), roundHalfAwayFromZero(score, 2));
}

QString Pp46::aspectName(Pp46Aspect aspect)
{
    switch (aspect) {
    case Pp46Aspect::OrientasiPelayanan:
        return QStringLiteral("Orientasi Pelayanan");
    case Pp46Aspect::Integritas:
        return QStringLiteral("Integritas");
    case Pp46Aspect::Komitmen:
        return QStringLiteral("Komitmen");
    case Pp46Aspect::Disiplin:
        return QStringLiteral("Disiplin");
    case Pp46Aspect::KerjaSama:
        return QStringLiteral("Kerja Sama");
    case Pp46Aspect::Kepemimpinan:
        break;
    }
    return QStringLiteral("Kepemimpinan");
}

QVector<Pp46Aspect> Pp46::aspects(bool structural)
{
    return PerilakuMean::aspects<Pp46Aspect>({Pp46Aspect::OrientasiPelayanan,
                                              Pp46Aspect::Integritas, Pp46Aspect::Komitmen,
                                              Pp46Aspect::Disiplin, Pp46Aspect::KerjaSama},
                                             structural);
}

} // namespace kinerja
