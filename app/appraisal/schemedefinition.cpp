#include "schemedefinition.h"

#include "appraisal/schemedistribution.h"
#include "scoring/pp46.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace kinerja {

namespace {

struct Names {
    const char *code;
    int value;
};

constexpr Names kKinds[] = {{"permenpan2022", 0}, {"pp46", 1}, {"pp30", 2}, {"weighted", 3}};
constexpr Names kScales[] = {{"likert5", 0}, {"percent", 1}, {"target", 2}};
constexpr Names kSources[] = {{"self", 0}, {"supervisor", 1}, {"peers", 2}, {"public", 3}};

template <std::size_t N> QString codeOf(const Names (&names)[N], int value)
{
    for (const Names &n : names)
        if (n.value == value)
            return QLatin1String(n.code);
    return {};
}

template <std::size_t N> bool valueOf(const Names (&names)[N], const QString &code, int *value)
{
    for (const Names &n : names) {
        if (code == QLatin1String(n.code)) {
            *value = n.value;
            return true;
        }
    }
    return false;
}

QJsonValue bound(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray bandsToJson(const BandSet &bands)
{
    QJsonArray array;
    for (const ScoreBand &b : bands) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), b.name);
        o.insert(QStringLiteral("written"), b.written);
        o.insert(QStringLiteral("lower"), bound(b.lower));
        o.insert(QStringLiteral("lowerInclusive"), b.lowerInclusive);
        o.insert(QStringLiteral("upper"), bound(b.upper));
        o.insert(QStringLiteral("upperInclusive"), b.upperInclusive);
        o.insert(QStringLiteral("requiresInnovation"), b.requiresInnovation);
        o.insert(QStringLiteral("confirmed"), b.confirmed);
        array.append(o);
    }
    return array;
}

Status bad(const QString &where)
{
    return Status::error(
        SchemeDefinition::tr("The scheme definition is not valid: “%1” is missing or wrong.")
            .arg(where),
        QStringLiteral("definition"));
}

Status bandsFromJson(const QJsonValue &value, const QString &where, BandSet *out)
{
    if (!value.isArray())
        return bad(where);
    const double inf = std::numeric_limits<double>::infinity();
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        ScoreBand b;
        b.name = o.value(QStringLiteral("name")).toString();
        if (b.name.isEmpty())
            return bad(at + QStringLiteral(".name"));
        b.written = o.value(QStringLiteral("written")).toString();
        const QJsonValue lower = o.value(QStringLiteral("lower"));
        const QJsonValue upper = o.value(QStringLiteral("upper"));
        if (!(lower.isNull() || lower.isDouble()) || !(upper.isNull() || upper.isDouble()))
            return bad(at + QStringLiteral(".lower/upper"));
        b.lower = lower.isNull() ? -inf : lower.toDouble();
        b.upper = upper.isNull() ? inf : upper.toDouble();
        b.lowerInclusive = o.value(QStringLiteral("lowerInclusive")).toBool(true);
        b.upperInclusive = o.value(QStringLiteral("upperInclusive")).toBool(true);
        b.requiresInnovation = o.value(QStringLiteral("requiresInnovation")).toBool(false);
        b.confirmed = o.value(QStringLiteral("confirmed")).toBool(true);
        out->append(b);
    }
    return Status::ok();
}

QJsonObject indicatorToJson(const WeightedIndicator &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("name"), i.name);
    o.insert(QStringLiteral("weightBp"), i.weightBp);
    o.insert(QStringLiteral("scale"), codeOf(kScales, static_cast<int>(i.scale)));
    if (i.scale == IndicatorScale::TargetRealisation) {
        o.insert(QStringLiteral("direction"), i.direction == Direction::LowerIsBetter
                                                  ? QStringLiteral("lower")
                                                  : QStringLiteral("higher"));
        o.insert(QStringLiteral("target"), i.target);
    }
    if (!i.unit.isEmpty())
        o.insert(QStringLiteral("unit"), i.unit);
    QJsonObject sources;
    for (auto it = i.sourceWeightsBp.constBegin(); it != i.sourceWeightsBp.constEnd(); ++it)
        sources.insert(codeOf(kSources, static_cast<int>(it.key())), it.value());
    o.insert(QStringLiteral("sources"), sources);
    return o;
}

Status indicatorFromJson(const QJsonObject &o, const QString &at, WeightedIndicator *out)
{
    out->id = o.value(QStringLiteral("id")).toString();
    out->name = o.value(QStringLiteral("name")).toString();
    const QJsonValue weight = o.value(QStringLiteral("weightBp"));
    if (!weight.isDouble() || weight.toDouble() != std::floor(weight.toDouble()))
        return bad(at + QStringLiteral(".weightBp"));
    out->weightBp = weight.toInt();
    int scale = 0;
    if (!valueOf(kScales, o.value(QStringLiteral("scale")).toString(), &scale))
        return bad(at + QStringLiteral(".scale"));
    out->scale = static_cast<IndicatorScale>(scale);
    const QString direction = o.value(QStringLiteral("direction")).toString();
    out->direction =
        direction == QLatin1String("lower") ? Direction::LowerIsBetter : Direction::HigherIsBetter;
    out->target = o.value(QStringLiteral("target")).toDouble(0);
    out->unit = o.value(QStringLiteral("unit")).toString();
    const QJsonObject sources = o.value(QStringLiteral("sources")).toObject();
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        int source = 0;
        if (!valueOf(kSources, it.key(), &source) || !it.value().isDouble())
            return bad(at + QStringLiteral(".sources.") + it.key());
        out->sourceWeightsBp.insert(static_cast<RaterSource>(source), it.value().toInt());
    }
    return Status::ok();
}

} // namespace

bool sameBands(const BandSet &a, const BandSet &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const ScoreBand &x = a.at(i);
        const ScoreBand &y = b.at(i);
        if (x.name != y.name || x.lower != y.lower || x.upper != y.upper ||
            x.lowerInclusive != y.lowerInclusive || x.upperInclusive != y.upperInclusive ||
            x.requiresInnovation != y.requiresInnovation)
            return false;
    }
    return true;
}

const BandSet &SchemeDefinition::effectiveBands() const
{
    return kind == SchemeKind::Weighted ? weighted.bands : bands;
}

Status SchemeDefinition::validate() const
{
    if (name.trimmed().isEmpty())
        return Status::error(tr("The scheme needs a name."), QStringLiteral("name"));
    switch (kind) {
    case SchemeKind::PermenPan2022:
        if (perilakuMinDiAtas < 1 || perilakuMinDiAtas > 7)
            return Status::error(tr("The perilaku suggestion needs 1 to 7 values “Di Atas "
                                    "Ekspektasi”, not %1.")
                                     .arg(perilakuMinDiAtas),
                                 QStringLiteral("perilakuMinDiAtas"));
        if (const QString e = distributionPatternsError(distribution); !e.isEmpty())
            return Status::error(e, QStringLiteral("distribution"));
        return Status::ok();
    case SchemeKind::Pp46:
    case SchemeKind::Pp30:
        if (bands.isEmpty())
            return Status::error(tr("The scheme has no predikat bands."), QStringLiteral("bands"));
        return Status::ok();
    case SchemeKind::Weighted:
        break;
    }
    return weighted.validate();
}

QString SchemeDefinition::toJson() const
{
    QJsonObject settings;
    switch (kind) {
    case SchemeKind::PermenPan2022:
        settings.insert(QStringLiteral("perilakuSuggestionMinDiAtas"), perilakuMinDiAtas);
        settings.insert(QStringLiteral("distribution"), detail::distributionToJson(distribution));
        break;
    case SchemeKind::Pp30:
        settings.insert(QStringLiteral("weighting"), pp30Weighting == Pp30Weighting::Skp60Perilaku40
                                                         ? QStringLiteral("60/40")
                                                         : QStringLiteral("70/30"));
        Q_FALLTHROUGH();
    case SchemeKind::Pp46:
        settings.insert(QStringLiteral("bands"), bandsToJson(bands));
        break;
    case SchemeKind::Weighted: {
        settings.insert(QStringLiteral("missingPolicy"),
                        weighted.missingPolicy == MissingPolicy::CountAsZero
                            ? QStringLiteral("zero")
                            : QStringLiteral("reweight"));
        settings.insert(QStringLiteral("bands"), bandsToJson(weighted.bands));
        QJsonArray indicators;
        for (const WeightedIndicator &i : weighted.indicators)
            indicators.append(indicatorToJson(i));
        settings.insert(QStringLiteral("indicators"), indicators);
        break;
    }
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("kind"), kindCode(kind));
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("settings"), settings);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Status SchemeDefinition::fromJson(const QString &json, SchemeDefinition *out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return Status::error(
            tr("The scheme definition is not valid JSON: %1.").arg(error.errorString()),
            QStringLiteral("definition"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != Format)
        return bad(QStringLiteral("format"));
    SchemeDefinition d;
    if (!parseKindCode(root.value(QStringLiteral("kind")).toString(), &d.kind))
        return bad(QStringLiteral("kind"));
    d.name = root.value(QStringLiteral("name")).toString();
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    switch (d.kind) {
    case SchemeKind::PermenPan2022:
        d.perilakuMinDiAtas =
            settings.value(QStringLiteral("perilakuSuggestionMinDiAtas")).toInt(4);
        if (settings.contains(QStringLiteral("distribution")))
            if (Status s = detail::distributionFromJson(
                    settings.value(QStringLiteral("distribution")),
                    QStringLiteral("settings.distribution"), &d.distribution);
                !s)
                return s;
        break;
    case SchemeKind::Pp30: {
        const QString weighting = settings.value(QStringLiteral("weighting")).toString();
        if (weighting == QLatin1String("60/40"))
            d.pp30Weighting = Pp30Weighting::Skp60Perilaku40;
        else if (weighting == QLatin1String("70/30"))
            d.pp30Weighting = Pp30Weighting::Skp70Perilaku30;
        else
            return bad(QStringLiteral("settings.weighting"));
        Q_FALLTHROUGH();
    }
    case SchemeKind::Pp46:
        if (Status s = bandsFromJson(settings.value(QStringLiteral("bands")),
                                     QStringLiteral("settings.bands"), &d.bands);
            !s)
            return s;
        break;
    case SchemeKind::Weighted: {
        d.weighted.name = d.name;
        const QString policy = settings.value(QStringLiteral("missingPolicy")).toString();
        if (policy != QLatin1String("zero") && policy != QLatin1String("reweight"))
            return bad(QStringLiteral("settings.missingPolicy"));
        d.weighted.missingPolicy =
            policy == QLatin1String("zero") ? MissingPolicy::CountAsZero : MissingPolicy::Reweight;
        if (Status s = bandsFromJson(settings.value(QStringLiteral("bands")),
                                     QStringLiteral("settings.bands"), &d.weighted.bands);
            !s)
            return s;
        const QJsonArray indicators = settings.value(QStringLiteral("indicators")).toArray();
        for (int i = 0; i < indicators.size(); ++i) {
            WeightedIndicator indicator;
            if (Status s =
                    indicatorFromJson(indicators.at(i).toObject(),
                                      QStringLiteral("settings.indicators[%1]").arg(i), &indicator);
                !s)
                return s;
            d.weighted.indicators.append(indicator);
        }
        break;
    }
    }
    *out = d;
    return Status::ok();
}

SchemeDefinition SchemeDefinition::builtin(SchemeKind kind)
{
    SchemeDefinition d;
    d.kind = kind;
    switch (kind) {
    case SchemeKind::PermenPan2022:
        d.name = QStringLiteral("PermenPANRB 6/2022");
        break;
    case SchemeKind::Pp46:
        d.name = QStringLiteral("PP 46/2011");
        d.bands = Pp46::bands();
        break;
    case SchemeKind::Pp30:
        d.name = QStringLiteral("PP 30/2019");
        d.bands = Pp30::bands();
        break;
    case SchemeKind::Weighted:
        d.weighted = WeightedTemplate::defaultTemplate();
        d.name = d.weighted.name;
        break;
    }
    return d;
}

QString SchemeDefinition::ruleSource(SchemeKind kind)
{
    switch (kind) {
    case SchemeKind::PermenPan2022:
        return QStringLiteral("PermenPANRB 6/2022");
    case SchemeKind::Pp46:
        return QStringLiteral("PP 46/2011; Perka BKN 1/2013");
    case SchemeKind::Pp30:
        return QStringLiteral("PP 30/2019; PermenPANRB 8/2021");
    case SchemeKind::Weighted:
        break;
    }
    return tr("weighted indicators of this office");
}

QString SchemeDefinition::kindCode(SchemeKind kind)
{
    return codeOf(kKinds, static_cast<int>(kind));
}

bool SchemeDefinition::parseKindCode(const QString &code, SchemeKind *out)
{
    int value = 0;
    if (!valueOf(kKinds, code, &value))
        return false;
    *out = static_cast<SchemeKind>(value);
    return true;
}

QString SchemeDefinition::kindName(SchemeKind kind)
{
    switch (kind) {
    case SchemeKind::PermenPan2022:
        return tr("PermenPANRB 6/2022 (ratings and predikat matrix)");
    case SchemeKind::Pp46:
        return tr("PP 46/2011 (SKP 60% + perilaku 40%)");
    case SchemeKind::Pp30:
        return tr("PP 30/2019 (SKP and perilaku, 70/30 or 60/40)");
    case SchemeKind::Weighted:
        break;
    }
    return tr("Weighted indicators");
}

} // namespace kinerja
