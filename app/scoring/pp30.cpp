#include "pp30.h"

#include "perilakumean.h"

#include <limits>

namespace kinerja {

namespace {

const QString SourcePerilaku = QStringLiteral("PP 30/2019, nilai perilaku kerja");
const QString SourceKinerja = QStringLiteral("PP 30/2019 jo. PermenPANRB 8/2021, nilai kinerja");
const QString SourceBands = QStringLiteral("PP 30/2019 jo. PermenPANRB 8/2021, predikat kinerja");

QString num(double value)
{
    return Explanation::number(value);
}

bool inRange(double value)
{
    return value >= 0 && value <= Pp30::MaxScore;
}

} // namespace

int Pp30::skpWeightPercent(Pp30Weighting weighting)
{
    return weighting == Pp30Weighting::Skp60Perilaku40 ? 60 : 70;
}

QString Pp30::weightingName(Pp30Weighting weighting)
{
    const int skp = skpWeightPercent(weighting);
    return tr("SKP %1% + perilaku %2%").arg(skp).arg(100 - skp);
}

QString Pp30::aspectName(Pp30Aspect aspect)
{
    switch (aspect) {
    case Pp30Aspect::OrientasiPelayanan:
        return QStringLiteral("Orientasi Pelayanan");
    case Pp30Aspect::Komitmen:
        return QStringLiteral("Komitmen");
    case Pp30Aspect::InisiatifKerja:
        return QStringLiteral("Inisiatif Kerja");
    case Pp30Aspect::KerjaSama:
        return QStringLiteral("Kerja Sama");
    case Pp30Aspect::Kepemimpinan:
        break;
    }
    return QStringLiteral("Kepemimpinan");
}

QVector<Pp30Aspect> Pp30::aspects(bool structural)
{
    return PerilakuMean::aspects<Pp30Aspect>({Pp30Aspect::OrientasiPelayanan, Pp30Aspect::Komitmen,
                                              Pp30Aspect::InisiatifKerja, Pp30Aspect::KerjaSama},
                                             structural);
}

ScoreResult Pp30::perilaku(const QMap<Pp30Aspect, double> &scores, bool structural, Explain explain)
{
    return PerilakuMean::compute(scores, aspects(structural), &aspectName,
                                 {MaxScore, SourcePerilaku}, explain);
}

Result<BandedScore> Pp30::evaluate(const Pp30Input &input, Explain explain)
{
    Result<BandedScore> result(explain);
    Explanation &ex = result.explanation;
    if (!input.capaianSkp)
        ex.addMissing(tr("Capaian SKP"));
    else if (!inRange(*input.capaianSkp))
        ex.addError(tr("Capaian SKP must be 0–120, not %1.").arg(num(*input.capaianSkp)));
    const ScoreResult behaviour = perilaku(input.perilaku, input.structural, explain);
    ex.append(behaviour.explanation);
    if (!ex.missing().isEmpty() || ex.hasErrors() || !behaviour.value)
        return result;

    const int skpPercent = skpWeightPercent(input.weighting);
    const double value =
        (skpPercent * *input.capaianSkp + (100 - skpPercent) * *behaviour.value) / 100.0;
    if (ex.recordsSteps()) {
        ex.addStep(tr("Nilai kinerja (%1)").arg(weightingName(input.weighting)),
                   QStringLiteral("(%1 × %2 + %3 × %4) / 100")
                       .arg(QString::number(skpPercent), num(*input.capaianSkp),
                            QString::number(100 - skpPercent), num(*behaviour.value)),
                   num(value), SourceKinerja);
        ex.addStep(tr("New idea or way of working"), QString(),
                   input.newIdea ? tr("yes") : tr("no"), SourceBands);
    }
    result.value = bandScore(value, bands(), SourceBands, &ex, input.newIdea);
    return result;
}

const BandSet &Pp30::bands()
{
    static const BandSet set = [] {
        const double inf = std::numeric_limits<double>::infinity();
        const auto band = [](const char *name, const char *written, double lower, double upper,
                             bool upperInclusive) {
            ScoreBand b;
            b.name = QLatin1String(name);
            b.written = QString::fromUtf8(written);
            b.lower = lower;
            b.lowerInclusive = true;
            b.upper = upper;
            b.upperInclusive = upperInclusive;
            return b;
        };
        ScoreBand sangatBaik = band("Sangat Baik", "110 ≤ x ≤ 120", 110, 120, true);
        sangatBaik.requiresInnovation = true;
        ScoreBand kurang = band("Kurang", "50 ≤ x < 70", 50, 70, false);
        kurang.confirmed = false;
        ScoreBand sangatKurang = band("Sangat Kurang", "x < 50", -inf, 50, false);
        sangatKurang.confirmed = false;
        return BandSet{sangatBaik, band("Baik", "90 ≤ x ≤ 120", 90, 120, true),
                       band("Cukup", "70 ≤ x < 90", 70, 90, false), kurang, sangatKurang};
    }();
    return set;
}

const ScoreBand *Pp30::band(double score, bool newIdea)
{
    return findBand(bands(), roundHalfAwayFromZero(score, 2), newIdea);
}

} // namespace kinerja
