#include "schemedistribution.h"

#include "appraisal/schemedefinition.h"

#include <QJsonObject>

namespace kinerja::detail {

namespace {
Status wrong(const QString &where)
{
    return Status::error(
        SchemeDefinition::tr("The scheme definition is not valid: “%1” is missing or wrong.")
            .arg(where),
        QStringLiteral("definition"));
}
} // namespace

QJsonArray distributionToJson(const QVector<DistributionPattern> &patterns)
{
    QJsonArray array;
    for (const DistributionPattern &pattern : patterns) {
        QJsonArray quotas;
        for (const DistributionQuota &q : pattern.quotas) {
            QJsonArray predikats;
            for (const Predikat p : q.predikats)
                predikats.append(predikatName(p));
            QJsonObject o;
            o.insert(QStringLiteral("predikats"), predikats);
            o.insert(QStringLiteral("atLeast"), q.minPercent);
            o.insert(QStringLiteral("atMost"), q.maxPercent);
            o.insert(QStringLiteral("requireSome"), q.requireSome);
            quotas.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("organisation"), organisationPredikatName(pattern.organisation));
        o.insert(QStringLiteral("quotas"), quotas);
        array.append(o);
    }
    return array;
}

Status distributionFromJson(const QJsonValue &value, const QString &where,
                            QVector<DistributionPattern> *out)
{
    if (!value.isArray())
        return wrong(where);
    const QJsonArray array = value.toArray();
    QVector<DistributionPattern> patterns;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject o = array.at(i).toObject();
        DistributionPattern pattern;
        if (!parseOrganisationPredikat(o.value(QStringLiteral("organisation")).toString(),
                                       &pattern.organisation))
            return wrong(at + QStringLiteral(".organisation"));
        const QJsonValue quotas = o.value(QStringLiteral("quotas"));
        if (!quotas.isArray())
            return wrong(at + QStringLiteral(".quotas"));
        for (int j = 0; j < quotas.toArray().size(); ++j) {
            const QString qat = QStringLiteral("%1.quotas[%2]").arg(at).arg(j);
            const QJsonObject qo = quotas.toArray().at(j).toObject();
            DistributionQuota quota;
            for (const QJsonValue &p : qo.value(QStringLiteral("predikats")).toArray()) {
                Predikat predikat;
                if (!parsePredikat(p.toString(), &predikat))
                    return wrong(qat + QStringLiteral(".predikats"));
                quota.predikats << predikat;
            }
            const QJsonValue least = qo.value(QStringLiteral("atLeast"));
            const QJsonValue most = qo.value(QStringLiteral("atMost"));
            if (!least.isDouble() || !most.isDouble())
                return wrong(qat + (least.isDouble() ? QStringLiteral(".atMost")
                                                     : QStringLiteral(".atLeast")));
            quota.minPercent = least.toInt(-1);
            quota.maxPercent = most.toInt(-1);
            quota.requireSome = qo.value(QStringLiteral("requireSome")).toBool();
            pattern.quotas << quota;
        }
        patterns << pattern;
    }
    if (const QString error = distributionPatternsError(patterns); !error.isEmpty())
        return Status::error(error, QStringLiteral("distribution"));
    *out = patterns;
    return Status::ok();
}

} // namespace kinerja::detail
