// AppraisalImport: the rows of each sheet, the preview and the commit.
#include "appraisalimport.h"

#include "domain/nip.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QLocale>

namespace kinerja::exchange {

namespace {

bool parseIndicatorNo(const QString &text, int *rhk, int *indicator)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 2)
        return false;
    bool ok1 = false, ok2 = false;
    *rhk = parts[0].trimmed().toInt(&ok1);
    *indicator = parts[1].trimmed().toInt(&ok2);
    return ok1 && ok2 && *rhk > 0 && *indicator > 0;
}

// A numeric target of 0 or less cannot be divided by (AppraisalContent::setRhk refuses it).
bool isNonPositiveNumber(const QString &text)
{
    const std::optional<double> v = NumberText::parse(text);
    return v && *v <= 0;
}

QString schemeOf(const AppraisalImport::Change &c)
{
    return c.stored.schemeName.isEmpty() ? AppraisalImport::tr("another scheme")
                                         : c.stored.schemeName;
}

} // namespace

void AppraisalImport::penilaianRow(const Table &t, int r, Change &c)
{
    if (!firstTime(t, r, c, {}))
        return;
    const bool permenpan = c.scheme == SchemeKind::PermenPan2022;
    auto rating = [&](const QString &key, std::optional<Rating> stored,
                      std::optional<Rating> *value) {
        QString text;
        if (!t.columns.has(key) || !cellText(t, r, key, &text))
            return;
        std::optional<Rating> v;
        if (!text.isEmpty()) {
            Rating parsed;
            if (!parseRating(text, &parsed)) {
                problem(t, r, key,
                        tr("“%1” is not a rating: choose Di Atas Ekspektasi, Sesuai Ekspektasi "
                           "or Di Bawah Ekspektasi.")
                            .arg(text));
                return;
            }
            v = parsed;
        }
        if (!permenpan) {
            if (v)
                problem(t, r, key,
                        tr("The appraisal of %1 uses %2, which has no such rating.")
                            .arg(c.name, schemeOf(c)));
            return;
        }
        if (v != stored) {
            *value = v;
            c.ratingsChange = true;
        }
    };
    rating(QStringLiteral("ratingHasil"), c.stored.ratingHasil, &c.hasil);
    rating(QStringLiteral("ratingPerilaku"), c.stored.ratingPerilaku, &c.perilaku);

    const QString capaianKey = QStringLiteral("capaianSkp");
    std::optional<double> capaian;
    if (t.columns.has(capaianKey) && cellNumber(t, r, capaianKey, &capaian)) {
        if (c.scheme != SchemeKind::Pp30) {
            if (capaian)
                problem(t, r, capaianKey,
                        tr("The appraisal of %1 uses %2: Capaian SKP is only for PP 30/2019.")
                            .arg(c.name, schemeOf(c)));
        } else if (capaian && *capaian > 120) {
            problem(t, r, capaianKey,
                    tr("Capaian SKP must be a number from 0 to 120, not %1.")
                        .arg(QLocale().toString(*capaian)));
        } else if (capaian != c.stored.capaianSkp) {
            c.capaian = capaian;
            c.capaianChange = true;
        }
    }
    QString rekomendasi;
    if (t.columns.has(QStringLiteral("rekomendasi")) &&
        cellText(t, r, QStringLiteral("rekomendasi"), &rekomendasi) &&
        rekomendasi != c.stored.rekomendasi) {
        c.rekomendasi = rekomendasi;
        c.rekomendasiChange = true;
    }
}

void AppraisalImport::hasilKerjaRow(const Table &t, int r, Change &c)
{
    const QString noKey = QStringLiteral("indicatorNo");
    if (c.scheme != SchemeKind::PermenPan2022) {
        problem(t, r, noKey,
                tr("The appraisal of %1 uses %2: its SKP has no RHK indicators.")
                    .arg(c.name, schemeOf(c)));
        return;
    }
    if (!c.planLoaded) {
        c.plan = AppraisalContent(m_db).rhk(c.appraisalId);
        c.planLoaded = true;
    }
    QString no;
    if (!cellText(t, r, noKey, &no))
        return;
    int p = 0, k = 0;
    if (!parseIndicatorNo(no, &p, &k)) {
        problem(t, r, noKey, tr("“%1” is not an indicator number such as 2.1.").arg(no));
        return;
    }
    if (p > c.plan.size() || k > c.plan[p - 1].indicators.size()) {
        problem(t, r, noKey,
                tr("The SKP of %1 in %2 has no indicator %3.").arg(c.name, c.period, no));
        return;
    }
    if (!firstTime(t, r, c, tr("Indicator %1").arg(no)))
        return;
    RhkIndicator &ind = c.plan[p - 1].indicators[k - 1];
    QString text;
    if (t.columns.has(QStringLiteral("indicator")) &&
        cellText(t, r, QStringLiteral("indicator"), &text) && !text.isEmpty() &&
        TableColumns::normalise(text) != TableColumns::normalise(ind.indikator)) {
        problem(t, r, QStringLiteral("indicator"),
                tr("Indicator %1 of %2 is now “%3” in Kinerja: the SKP changed after this file "
                   "was made. Make a new template.")
                    .arg(no, c.name, ind.indikator));
        return;
    }
    if (t.columns.has(QStringLiteral("target")) &&
        numberText(t, r, QStringLiteral("target"), &text) && text != ind.target) {
        if (text.isEmpty() || isNonPositiveNumber(text)) {
            problem(t, r, QStringLiteral("target"), tr("A target must be given and more than 0."));
        } else {
            ind.target = text;
            c.targetsChange = true;
        }
    }
    bool evaluated = false;
    // A realisasi may be a number written as text (numberText); the others are text.
    auto evaluation = [&](const char *key, QString *field, bool number) {
        QString value;
        if (!t.columns.has(QLatin1String(key)))
            return;
        const bool read = number ? numberText(t, r, QLatin1String(key), &value)
                                 : cellText(t, r, QLatin1String(key), &value);
        if (read && value != *field) {
            *field = value;
            evaluated = true;
        }
    };
    evaluation("realisasi", &ind.realisasi, true);
    evaluation("buktiDukung", &ind.buktiDukung, false);
    evaluation("umpanBalik", &ind.umpanBalik, false);
    if (evaluated)
        c.evaluated.append(ind.id);
}

void AppraisalImport::kegiatanRow(const Table &t, int r, Change &c)
{
    const QString noKey = QStringLiteral("kegiatanNo");
    if (c.scheme != SchemeKind::Pp46) {
        problem(t, r, noKey,
                tr("The appraisal of %1 uses %2: it has no PP 46/2011 kegiatan.")
                    .arg(c.name, schemeOf(c)));
        return;
    }
    if (!c.kegiatanLoaded) {
        c.kegiatan = AppraisalContent(m_db).kegiatan(c.appraisalId);
        c.kegiatanLoaded = true;
    }
    QString no;
    if (!cellText(t, r, noKey, &no))
        return;
    bool ok = false;
    const int n = no.toInt(&ok);
    if (!ok || n < 1 || n > c.kegiatan.size()) {
        problem(t, r, noKey,
                tr("The SKP of %1 in %2 has no kegiatan “%3”.").arg(c.name, c.period, no));
        return;
    }
    if (!firstTime(t, r, c, tr("Kegiatan %1").arg(n)))
        return;
    Kegiatan &g = c.kegiatan[n - 1].kegiatan;
    QString name;
    if (t.columns.has(QStringLiteral("kegiatan")) &&
        cellText(t, r, QStringLiteral("kegiatan"), &name) && !name.isEmpty() &&
        TableColumns::normalise(name) != TableColumns::normalise(g.name)) {
        problem(t, r, QStringLiteral("kegiatan"),
                tr("Kegiatan %1 of %2 is now “%3” in Kinerja: the SKP changed after this file "
                   "was made. Make a new template.")
                    .arg(no, c.name, g.name));
        return;
    }
    auto target = [&](const char *key, double *field) {
        std::optional<double> v;
        if (!t.columns.has(QLatin1String(key)) || !cellNumber(t, r, QLatin1String(key), &v))
            return;
        if (!v || *v <= 0) {
            problem(t, r, QLatin1String(key), tr("A target must be given and more than 0."));
        } else if (*v != *field) {
            *field = *v;
            c.kegiatanChange = true;
        }
    };
    auto optional = [&](const char *key, std::optional<double> *field) {
        std::optional<double> v;
        if (t.columns.has(QLatin1String(key)) && cellNumber(t, r, QLatin1String(key), &v) &&
            v != *field) {
            *field = v;
            c.kegiatanChange = true;
        }
    };
    target("targetKuantitas", &g.targetKuantitas);
    target("targetKualitas", &g.targetKualitas);
    target("targetWaktu", &g.targetWaktu);
    optional("targetBiaya", &g.targetBiaya);
    optional("realKuantitas", &g.realKuantitas);
    optional("realKualitas", &g.realKualitas);
    optional("realWaktu", &g.realWaktu);
    optional("realBiaya", &g.realBiaya);
}

QStringList AppraisalImport::previewHeaders() const
{
    return {tr("Action"), tr("NIP"), tr("Name"), tr("Period"), tr("Changes")};
}

QStringList AppraisalImport::previewCells(int index) const
{
    const Change &c = m_changes.at(index);
    const QString action = !c.hasChanges() ? tr("Unchanged")
                           : c.editable    ? tr("Changed")
                                           : tr("Cannot change");
    return {action, Nip::format(c.nip), c.name, c.period, c.changes.join(QLatin1String(", "))};
}

int AppraisalImport::changedCount() const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(),
                             [](const Change &c) { return c.hasChanges(); }));
}

QString AppraisalImport::previewSummary() const
{
    const int changed = changedCount();
    return tr("%n appraisal(s) to change, %1 unchanged", nullptr, changed)
        .arg(m_changes.size() - changed);
}

Status AppraisalImport::commitAll(const Progress &progress, QString *summary)
{
    if (!m_ready)
        return Status::error(tr("Read a file of appraisal data first."));
    if (hasProblems())
        return Status::error(tr("The file has %n problem(s); nothing was imported. Correct them "
                                "and read the file again.",
                                nullptr, int(m_problems.size())));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::error(tr("The database refused the import: %1").arg(tx.lastError()));
    AppraisalRepository repo(m_db);
    AppraisalContent content(m_db);
    const int total = int(m_changes.size());
    int changed = 0;
    for (int i = 0; i < total; ++i) {
        const Change &c = m_changes[i];
        if (c.hasChanges()) {
            Status s;
            if (s && c.ratingsChange)
                s = repo.setRatings(c.appraisalId, c.hasil, c.perilaku);
            if (s && c.capaianChange)
                s = repo.setPp30(c.appraisalId, c.capaian, c.stored.newIdea);
            if (s && c.rekomendasiChange)
                s = repo.setRekomendasi(c.appraisalId, c.rekomendasi, c.stored.competency);
            if (s && c.targetsChange) {
                s = content.setRhk(c.appraisalId, c.plan); // carries the evaluations too
            } else {
                for (const Rhk &rhk : c.plan) {
                    for (const RhkIndicator &ind : rhk.indicators) {
                        if (s && c.evaluated.contains(ind.id))
                            s = content.setIndicatorEvaluation(ind.id, ind.realisasi,
                                                               ind.buktiDukung, ind.umpanBalik);
                    }
                }
            }
            if (s && c.kegiatanChange)
                s = content.setKegiatan(c.appraisalId, c.kegiatan);
            if (!s)
                return Status::error(tr("%1 (%2, %3): %4; nothing was imported.")
                                         .arg(c.name, Nip::format(c.nip), c.period, s.message()),
                                     s.field());
            ++changed;
        }
        if (progress && !progress(i + 1, total))
            return Status::error(tr("The import was cancelled; nothing was imported."),
                                 QStringLiteral("cancelled"));
    }
    if (!tx.commit())
        return Status::error(tr("The database refused the import: %1").arg(tx.lastError()));
    m_ready = false;
    if (summary)
        *summary =
            tr("%n appraisal(s) changed, %1 unchanged", nullptr, changed).arg(total - changed);
    return Status::ok();
}

} // namespace kinerja::exchange
