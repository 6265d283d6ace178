#pragma once

#include "domain/status.h"
#include "scoring/distribution.h"

#include <QJsonArray>

namespace kinerja::detail {

// The distribution patterns of a PermenPANRB scheme as JSON (SchemeDefinition):
//   [{"organisation": "Baik", "quotas": [{"predikats": ["Baik"], "atLeast": 0,
//     "atMost": 70, "requireSome": false}, ...]}, ...]
// Names are the official ones (organisationPredikatName, predikatName).
QJsonArray distributionToJson(const QVector<DistributionPattern> &patterns);
// `where` names the setting in an error ("settings.distribution[1].quotas[0]").
Status distributionFromJson(const QJsonValue &value, const QString &where,
                            QVector<DistributionPattern> *out);

} // namespace kinerja::detail
