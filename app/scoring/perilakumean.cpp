#include "perilakumean.h"

namespace kinerja {

ScoreResult PerilakuMean::compute(const QVector<AspectScore> &required,
                                  std::optional<double> notCounted, const Scale &scale,
                                  Explain explain)
{
    ScoreResult result(explain);
    Explanation &ex = result.explanation;
    if (ex.recordsSteps() && notCounted) {
        ex.addStep(tr("Kepemimpinan not counted"), tr("not a structural position"),
                   Explanation::number(*notCounted), scale.source);
    }
    double sum = 0;
    QStringList terms;
    for (const AspectScore &aspect : required) {
        if (!aspect.score) {
            ex.addMissing(aspect.name);
        } else if (!(*aspect.score >= 0 && *aspect.score <= scale.maxScore)) {
            ex.addError(tr("%1 must be 0–%2, not %3.")
                            .arg(aspect.name, Explanation::number(scale.maxScore),
                                 Explanation::number(*aspect.score)));
        } else {
            sum += *aspect.score;
            if (ex.recordsSteps())
                terms.append(Explanation::number(*aspect.score));
        }
    }
    if (!ex.missing().isEmpty() || ex.hasErrors())
        return result;
    const double value = sum / required.size();
    if (ex.recordsSteps()) {
        ex.addStep(
            tr("Nilai perilaku kerja (mean of the aspects)"),
            QStringLiteral("(%1) / %2").arg(terms.join(QStringLiteral(" + "))).arg(required.size()),
            Explanation::number(value), scale.source);
    }
    result.value = value;
    return result;
}

} // namespace kinerja
