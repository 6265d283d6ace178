#include "rating.h"

namespace kinerja {

namespace {

struct RatingTr {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Rating)
};

const QString MatrixSource = QStringLiteral("PermenPANRB 6/2022, matriks predikat kinerja");

// Lower case, single spaces, and spaces around '/' removed: "Kurang / Misconduct" →
// "kurang/misconduct".
QString normalized(const QString &text)
{
    QString s = text.simplified().toLower();
    s.replace(QStringLiteral(" /"), QStringLiteral("/"));
    s.replace(QStringLiteral("/ "), QStringLiteral("/"));
    return s;
}

QString withoutSpaces(QString s)
{
    s.remove(QLatin1Char(' '));
    return s;
}

} // namespace

QString ratingName(Rating rating)
{
    switch (rating) {
    case Rating::DiBawahEkspektasi:
        return QStringLiteral("Di Bawah Ekspektasi");
    case Rating::SesuaiEkspektasi:
        return QStringLiteral("Sesuai Ekspektasi");
    case Rating::DiAtasEkspektasi:
        break;
    }
    return QStringLiteral("Di Atas Ekspektasi");
}

QVector<Rating> allRatings()
{
    return {Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi};
}

int siasnCode(Rating rating)
{
    switch (rating) {
    case Rating::DiAtasEkspektasi:
        return 1;
    case Rating::SesuaiEkspektasi:
        return 2;
    case Rating::DiBawahEkspektasi:
        break;
    }
    return 3;
}

bool ratingFromSiasnCode(int code, Rating *out)
{
    for (const Rating rating : allRatings()) {
        if (siasnCode(rating) == code) {
            *out = rating;
            return true;
        }
    }
    return false;
}

bool parseRating(const QString &text, Rating *out)
{
    const QString s = normalized(text);
    if (s.size() == 1 && s.at(0).isDigit())
        return ratingFromSiasnCode(s.at(0).digitValue(), out);

    QString compact = withoutSpaces(s);
    for (const QLatin1String suffix : {QLatin1String("expectations"), QLatin1String("expectation"),
                                       QLatin1String("ekspektasi")}) {
        if (compact.endsWith(suffix) && compact.size() > suffix.size()) {
            compact.chop(suffix.size());
            break;
        }
    }
    if (compact == QLatin1String("diatas") || compact == QLatin1String("above")) {
        *out = Rating::DiAtasEkspektasi;
        return true;
    }
    if (compact == QLatin1String("sesuai") || compact == QLatin1String("meets")) {
        *out = Rating::SesuaiEkspektasi;
        return true;
    }
    if (compact == QLatin1String("dibawah") || compact == QLatin1String("below")) {
        *out = Rating::DiBawahEkspektasi;
        return true;
    }
    return false;
}

QString predikatName(Predikat predikat)
{
    switch (predikat) {
    case Predikat::SangatKurang:
        return QStringLiteral("Sangat Kurang");
    case Predikat::KurangMisconduct:
        return QStringLiteral("Kurang/Misconduct");
    case Predikat::ButuhPerbaikan:
        return QStringLiteral("Butuh Perbaikan");
    case Predikat::Baik:
        return QStringLiteral("Baik");
    case Predikat::SangatBaik:
        break;
    }
    return QStringLiteral("Sangat Baik");
}

QVector<Predikat> allPredikats()
{
    return {Predikat::SangatKurang, Predikat::KurangMisconduct, Predikat::ButuhPerbaikan,
            Predikat::Baik, Predikat::SangatBaik};
}

bool parsePredikat(const QString &text, Predikat *out)
{
    const QString s = normalized(text);
    if (s == QLatin1String("kurang") || s == QLatin1String("misconduct")) {
        *out = Predikat::KurangMisconduct;
        return true;
    }
    for (const Predikat predikat : allPredikats()) {
        if (s == predikatName(predikat).toLower()) {
            *out = predikat;
            return true;
        }
    }
    return false;
}

Rating unitHeadRatingHasil(OrganisationPredikat achievement)
{
    switch (achievement) {
    case OrganisationPredikat::Istimewa:
        return Rating::DiAtasEkspektasi;
    case OrganisationPredikat::Baik:
        return Rating::SesuaiEkspektasi;
    case OrganisationPredikat::ButuhPerbaikan:
    case OrganisationPredikat::Kurang:
    case OrganisationPredikat::SangatKurang:
        break;
    }
    return Rating::DiBawahEkspektasi;
}

QString organisationPredikatName(OrganisationPredikat predikat)
{
    switch (predikat) {
    case OrganisationPredikat::SangatKurang:
        return QStringLiteral("Sangat Kurang");
    case OrganisationPredikat::Kurang:
        return QStringLiteral("Kurang");
    case OrganisationPredikat::ButuhPerbaikan:
        return QStringLiteral("Butuh Perbaikan");
    case OrganisationPredikat::Baik:
        return QStringLiteral("Baik");
    case OrganisationPredikat::Istimewa:
        break;
    }
    return QStringLiteral("Istimewa");
}

QVector<OrganisationPredikat> allOrganisationPredikats()
{
    return {OrganisationPredikat::SangatKurang, OrganisationPredikat::Kurang,
            OrganisationPredikat::ButuhPerbaikan, OrganisationPredikat::Baik,
            OrganisationPredikat::Istimewa};
}

bool parseOrganisationPredikat(const QString &text, OrganisationPredikat *out)
{
    const QString s = normalized(text);
    for (const OrganisationPredikat predikat : allOrganisationPredikats()) {
        if (s == organisationPredikatName(predikat).toLower()) {
            *out = predikat;
            return true;
        }
    }
    return false;
}

Predikat predikat(Rating hasil, Rating perilaku)
{
    // Behaviour below expectations decides first (Kurang/Misconduct, or Sangat
    // Kurang when the results are poor too); then the results row.
    switch (hasil) {
    case Rating::DiAtasEkspektasi:
        switch (perilaku) {
        case Rating::DiBawahEkspektasi:
            return Predikat::KurangMisconduct;
        case Rating::SesuaiEkspektasi:
            return Predikat::Baik;
        case Rating::DiAtasEkspektasi:
            return Predikat::SangatBaik;
        }
        break;
    case Rating::SesuaiEkspektasi:
        return perilaku == Rating::DiBawahEkspektasi ? Predikat::KurangMisconduct : Predikat::Baik;
    case Rating::DiBawahEkspektasi:
        return perilaku == Rating::DiBawahEkspektasi ? Predikat::SangatKurang
                                                     : Predikat::ButuhPerbaikan;
    }
    return Predikat::SangatKurang; // not reached for valid enum values
}

Result<Predikat> explainPredikat(std::optional<Rating> hasil, std::optional<Rating> perilaku)
{
    Result<Predikat> result;
    if (!hasil)
        result.explanation.addMissing(RatingTr::tr("Work results rating (rating hasil kerja)"));
    if (!perilaku)
        result.explanation.addMissing(
            RatingTr::tr("Work behaviour rating (rating perilaku kerja)"));
    if (!hasil || !perilaku)
        return result;
    const Predikat value = predikat(*hasil, *perilaku);
    result.explanation.addStep(RatingTr::tr("Employee predikat (predikat kinerja pegawai)"),
                               RatingTr::tr("matrix row: results “%1”; column: behaviour “%2”")
                                   .arg(ratingName(*hasil), ratingName(*perilaku)),
                               predikatName(value), MatrixSource);
    result.value = value;
    return result;
}

} // namespace kinerja
