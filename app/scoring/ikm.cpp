#include "ikm.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace kinerja {

namespace {

const QString SourceNrr = QStringLiteral("PermenPANRB 14/2017, nilai rata-rata per unsur");
const QString SourceIkm = QStringLiteral("PermenPANRB 14/2017, nilai IKM");
const QString SourceMutu = QStringLiteral("PermenPANRB 14/2017, mutu pelayanan");

const char *const UnsurNames[IkmUnsurCount] = {
    "Persyaratan",        "Sistem, mekanisme, dan prosedur",         "Waktu penyelesaian",
    "Biaya/tarif",        "Produk spesifikasi jenis pelayanan",      "Kompetensi pelaksana",
    "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana",
};

QString num(double value)
{
    return Explanation::number(value);
}

bool isAnswer(int value)
{
    return value >= 1 && value <= 4;
}

QString answerError(int row, int unsur, const QString &given)
{
    return Ikm::tr("Row %1, %2 (%3): “%4” is not an answer 1–4.")
        .arg(row)
        .arg(Ikm::unsurCode(unsur), Ikm::unsurName(unsur), given);
}

// A whole number 1–4, written "4", "4.0" or "4,0".
std::optional<int> parseAnswer(const QString &cell)
{
    QString s = cell.trimmed();
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(s, &ok);
    if (!ok || value < 1 || value > 4 || value != std::floor(value))
        return std::nullopt;
    return static_cast<int>(value);
}

} // namespace

QString Ikm::unsurCode(int index)
{
    return QStringLiteral("U") + QString::number(index + 1);
}

QString Ikm::unsurName(int index)
{
    if (index < 0 || index >= IkmUnsurCount)
        return {};
    return QLatin1String(UnsurNames[index]);
}

IkmParseResult Ikm::parseRows(const QVector<QStringList> &rows, int firstRow)
{
    IkmParseResult result;
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        IkmResponse response;
        response.row = firstRow + r;
        bool anyAnswer = false;
        bool rowOk = true;
        for (int u = 0; u < IkmUnsurCount && u < cells.size(); ++u) {
            const QString cell = cells.at(u).trimmed();
            if (cell.isEmpty())
                continue;
            anyAnswer = true;
            const std::optional<int> answer = parseAnswer(cell);
            if (!answer) {
                result.errors.append(answerError(response.row, u, cell));
                rowOk = false;
                continue;
            }
            response.answers[u] = answer;
        }
        if (anyAnswer && rowOk)
            result.responses.append(response);
    }
    return result;
}

IkmResult Ikm::compute(const QVector<IkmResponse> &responses, double weight)
{
    IkmResult result;
    Explanation &ex = result.explanation;
    std::array<int, IkmUnsurCount> sums{};
    for (const IkmResponse &response : responses) {
        for (int u = 0; u < IkmUnsurCount; ++u) {
            const std::optional<int> &answer = response.answers[u];
            if (!answer)
                continue;
            if (!isAnswer(*answer)) {
                ex.addError(answerError(response.row, u, QString::number(*answer)));
                continue;
            }
            sums[u] += *answer;
            ++result.answered[u];
        }
    }

    double ikm = 0;
    QStringList terms;
    for (int u = 0; u < IkmUnsurCount; ++u) {
        const QString label = unsurCode(u) + QLatin1Char(' ') + unsurName(u);
        if (result.answered[u] == 0) {
            ex.addMissing(tr("%1: nobody answered").arg(label));
            continue;
        }
        const double nrr = static_cast<double>(sums[u]) / result.answered[u];
        result.nrr[u] = nrr;
        ex.addStep(label + QStringLiteral(": NRR"),
                   QStringLiteral("%1 / %2").arg(sums[u]).arg(result.answered[u]), num(nrr),
                   SourceNrr);
        const double weighted = nrr * weight;
        ex.addStep(label + QStringLiteral(": NRR tertimbang"),
                   QStringLiteral("%1 × %2").arg(num(nrr), num(weight)), num(weighted), SourceNrr);
        ikm += weighted;
        terms.append(num(weighted));
    }
    if (!ex.missing().isEmpty() || ex.hasErrors())
        return result;

    result.ikm = ikm;
    ex.addStep(tr("IKM (sum of NRR tertimbang)"), terms.join(QStringLiteral(" + ")), num(ikm),
               SourceIkm);
    const double unitValue = ikm * UnitScale;
    ex.addStep(tr("IKM unit pelayanan"), QStringLiteral("%1 × 25").arg(num(ikm)), num(unitValue),
               SourceIkm);
    result.unit = bandScore(unitValue, bands(), SourceMutu, &ex);
    return result;
}

const BandSet &Ikm::bands()
{
    static const BandSet set = [] {
        const auto band = [](const char *code, const char *name, const char *written, double lower,
                             double upper) {
            ScoreBand b;
            b.code = QLatin1String(code);
            b.name = QLatin1String(name);
            b.written = QString::fromUtf8(written);
            b.lower = lower;
            b.upper = upper;
            return b;
        };
        const double inf = std::numeric_limits<double>::infinity();
        return BandSet{
            band("A", "Sangat Baik", "88.31–100.00", 88.31, 100.0),
            band("B", "Baik", "76.61–88.30", 76.61, 88.30),
            band("C", "Kurang Baik", "65.00–76.60", 65.00, 76.60),
            band("D", "Tidak Baik", "25.00–64.99", -inf, 64.99),
        };
    }();
    return set;
}

const ScoreBand *Ikm::band(double unitValue)
{
    return findBand(bands(), roundHalfAwayFromZero(unitValue, 2));
}

} // namespace kinerja
