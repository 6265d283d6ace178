#pragma once

#include "scoring/explanation.h"

#include <QString>
#include <QVector>

#include <optional>

namespace kinerja {

// PermenPANRB 6/2022: rating hasil kerja and rating perilaku kerja take one of
// three levels. Declared worst first, so `<` compares them.
enum class Rating { DiBawahEkspektasi = 0, SesuaiEkspektasi = 1, DiAtasEkspektasi = 2 };

// Predikat kinerja pegawai, in the ordinal order of the distribution chart:
// Sangat Kurang < Kurang/Misconduct < Butuh Perbaikan < Baik < Sangat Baik.
enum class Predikat {
    SangatKurang = 0,
    KurangMisconduct = 1,
    ButuhPerbaikan = 2,
    Baik = 3,
    SangatBaik = 4,
};

// Capaian kinerja organisasi (SE MenPANRB 3/2023, step 1). Declared worst first
// like Predikat; allOrganisationPredikats() lists them in that order.
enum class OrganisationPredikat {
    SangatKurang = 0,
    Kurang = 1,
    ButuhPerbaikan = 2,
    Baik = 3,
    Istimewa = 4,
};

// Official names, not translated: "Di Atas Ekspektasi", "Sesuai Ekspektasi",
// "Di Bawah Ekspektasi".
QString ratingName(Rating rating);
QVector<Rating> allRatings(); // worst first
// Codes of the national SIASN interface: 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah.
int siasnCode(Rating rating);
bool ratingFromSiasnCode(int code, Rating *out);
// Accepts, in any letter case and spacing: the names ("Di Atas Ekspektasi"), the
// short names ("di atas", "sesuai", "dibawah"), the SIASN codes "1"/"2"/"3" and
// English "above" / "meets" / "below" (optionally followed by "expectations").
bool parseRating(const QString &text, Rating *out);

// Official names, not translated: "Sangat Baik", "Baik", "Butuh Perbaikan",
// "Kurang/Misconduct", "Sangat Kurang".
QString predikatName(Predikat predikat);
QVector<Predikat> allPredikats(); // ordinal order, Sangat Kurang first
// Names in any case and spacing; "Kurang", "Misconduct" and "Kurang / Misconduct"
// all mean Kurang/Misconduct.
bool parsePredikat(const QString &text, Predikat *out);

// "Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang" (not translated).
QString organisationPredikatName(OrganisationPredikat predikat);
QVector<OrganisationPredikat> allOrganisationPredikats(); // Sangat Kurang first
bool parseOrganisationPredikat(const QString &text, OrganisationPredikat *out);
// SE MenPANRB 3/2023: for the head of a unit, the unit's capaian kinerja organisasi
// is that person's rating hasil kerja — Istimewa: Di Atas Ekspektasi; Baik: Sesuai
// Ekspektasi; Butuh Perbaikan, Kurang, Sangat Kurang: Di Bawah Ekspektasi.
Rating unitHeadRatingHasil(OrganisationPredikat achievement);

// The 3×3 matrix of PermenPANRB 6/2022 (rows: rating hasil kerja; columns:
// rating perilaku kerja):
//                         perilaku Di Bawah   Sesuai            Di Atas
//   hasil Di Atas         Kurang/Misconduct   Baik              Sangat Baik
//   hasil Sesuai          Kurang/Misconduct   Baik              Baik
//   hasil Di Bawah        Sangat Kurang       Butuh Perbaikan   Butuh Perbaikan
// Poor behaviour gives Kurang/Misconduct; poor results with acceptable behaviour
// give Butuh Perbaikan.
Predikat predikat(Rating hasil, Rating perilaku);
// The same with its explanation; no predikat while either rating is missing.
Result<Predikat> explainPredikat(std::optional<Rating> hasil, std::optional<Rating> perilaku);

} // namespace kinerja
