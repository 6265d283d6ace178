#pragma once

#include "explanation.h"

#include <QMap>
#include <QVector>

#include <optional>

namespace kinerja {

// The nilai perilaku kerja of PP 46/2011 and PP 30/2019: the mean of the required
// aspects, each scored within 0..maxScore. Kepemimpinan scored for a position that is
// not structural is shown as not counted.
class PerilakuMean {
    Q_DECLARE_TR_FUNCTIONS(kinerja::PerilakuMean)
public:
    // What the rules do not share.
    struct Scale {
        double maxScore = 100;
        QString source; // the rule's origin, e.g. "PP 30/2019, nilai perilaku kerja"
    };

    // The aspects a rule scores: `common`, then Kepemimpinan for a structural position.
    template <typename Aspect>
    static QVector<Aspect> aspects(QVector<Aspect> common, bool structural)
    {
        if (structural)
            common.append(Aspect::Kepemimpinan);
        return common;
    }

    // `required` in the order shown; `aspectName` gives an aspect's official name.
    template <typename Aspect>
    static ScoreResult compute(const QMap<Aspect, double> &scores, const QVector<Aspect> &required,
                               QString (*aspectName)(Aspect), const Scale &scale, Explain explain)
    {
        QVector<AspectScore> given;
        given.reserve(required.size());
        for (const Aspect aspect : required) {
            const auto it = scores.constFind(aspect);
            given.append({aspectName(aspect),
                          it == scores.constEnd() ? std::nullopt : std::optional<double>(*it)});
        }
        std::optional<double> notCounted;
        if (!required.contains(Aspect::Kepemimpinan) && scores.contains(Aspect::Kepemimpinan))
            notCounted = scores.value(Aspect::Kepemimpinan);
        return compute(given, notCounted, scale, explain);
    }

private:
    struct AspectScore {
        QString name;
        std::optional<double> score; // empty: not given
    };
    static ScoreResult compute(const QVector<AspectScore> &required,
                               std::optional<double> notCounted, const Scale &scale,
                               Explain explain);
};

} // namespace kinerja
