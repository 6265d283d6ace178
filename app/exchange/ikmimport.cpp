#include "ikmimport.h"

#include "numbercolumns.h"

#include "scoring/bands.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kinerja::exchange {

namespace {

// What one answer cell holds.
struct Reading {
    bool empty = false;
    std::optional<int> answer;
    QString problem; // translated; set when the cell holds something that is no answer
};

std::optional<int> wholeAnswer(double value)
{
    if (!(value >= 1 && value <= 4) || value != std::floor(value))
        return std::nullopt;
    return static_cast<int>(value);
}

QString formulaLabel(const Cell &c)
{
    return c.formula.isEmpty() ? IkmImport::tr("a formula")
                               : IkmImport::tr("a formula (=%1)").arg(c.formula);
}

// `numbers`: how the texts of the answer columns of `table` read ("4", "4,0", "4.0").
Reading readAnswer(const Cell &c, const SheetTable &table, const NumberColumns &numbers)
{
    Reading r;
    const bool formula = c.type == CellType::Formula;
    const QString shown = c.text.trimmed();
    const auto notAnswer = [&c, formula](const QString &value) {
        if (formula)
            return IkmImport::tr("Cell %1 holds %2 that gives “%3”, not an answer: write a whole "
                                 "number 1 (tidak baik) to 4 (sangat baik).")
                .arg(c.reference(), formulaLabel(c), value);
        return IkmImport::tr("“%1” is not an answer: write a whole number 1 (tidak baik) to 4 "
                             "(sangat baik).")
            .arg(value);
    };
    switch (c.effectiveType()) {
    case CellType::Empty:
        if (formula)
            r.problem = IkmImport::tr("Cell %1 holds %2 whose value the file does not keep; "
                                      "replace it with its value, or open and save the file in "
                                      "the spreadsheet program.")
                            .arg(c.reference(), formulaLabel(c));
        else
            r.empty = true;
        break;
    case CellType::String:
        if (shown.isEmpty())
            r.empty = true; // also a formula giving "" (=IF(B2="";"";…))
        else if (const NumberColumns::Result n = numbers.read(table, c.column, shown);
                 !n.problem.isEmpty())
            r.problem = n.problem;
        else if (!(r.answer = n.value ? wholeAnswer(*n.value) : std::nullopt))
            r.problem = notAnswer(shown);
        break;
    case CellType::Number:
        if (!(r.answer = wholeAnswer(c.number)))
            r.problem = notAnswer(shown.isEmpty() ? QString::number(c.number, 'g', 15) : shown);
        break;
    case CellType::Boolean:
        r.problem = IkmImport::tr("Cell %1 holds a yes/no value (%2), not an answer 1–4.")
                        .arg(c.reference(),
                             c.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        break;
    case CellType::Date:
        r.problem =
            IkmImport::tr("Cell %1 holds a date (%2), not an answer 1–4. Format the "
                          "column as Number and type the answers again.")
                .arg(c.reference(),
                     c.dateTime.isValid() ? c.dateTime.date().toString(Qt::ISODate) : shown);
        break;
    case CellType::Error:
    case CellType::Formula:
        r.problem = IkmImport::tr("Cell %1 holds the error %2, not an answer 1–4.")
                        .arg(c.reference(), shown);
        break;
    }
    return r;
}

QString unsurKey(int u)
{
    return QStringLiteral("u%1").arg(u + 1);
}

} // namespace

void IkmImport::setTarget(qint64 periodId, qint64 unitId)
{
    if (periodId == m_periodId && unitId == m_unitId)
        return; // the preview read stays good (the dialog sets the target before the commit)
    m_periodId = periodId;
    m_unitId = unitId;
    m_ready = false; // a preview of another target must be read again
}

QVector<ColumnSpec> IkmImport::ikmColumns()
{
    // Short names, by unsur, after "Uk", "Unsur k" and the official name.
    static const char *const ShortNames[IkmUnsurCount][2] = {
        {nullptr, nullptr},    {"Prosedur", nullptr},  {"Waktu", nullptr},
        {"Biaya", "Tarif"},    {"Produk", nullptr},    {"Kompetensi", nullptr},
        {"Perilaku", nullptr}, {"Pengaduan", nullptr}, {"Sarana", nullptr},
    };
    QVector<ColumnSpec> specs;
    for (int u = 0; u < IkmUnsurCount; ++u) {
        ColumnSpec s;
        s.key = unsurKey(u);
        const QString code = Ikm::unsurCode(u);
        const QString name = Ikm::unsurName(u);
        s.names << code << QStringLiteral("Unsur %1").arg(u + 1) << name
                << code + QLatin1Char(' ') + name;
        if (name.contains(QLatin1Char(','))) { // "Sistem, mekanisme, dan prosedur"
            QString plain = name;
            plain.remove(QLatin1Char(','));
            s.names << plain << code + QLatin1Char(' ') + plain;
        }
        if (u == 7) // also written with a serial comma
            s.names << QStringLiteral("Penanganan pengaduan, saran, dan masukan");
        if (u == 1)
            s.names << QStringLiteral("Sistem, mekanisme dan prosedur");
        for (const char *alias : ShortNames[u]) {
            if (alias)
                s.names << QString::fromLatin1(alias);
        }
        s.required = true;
        specs << s;
    }
    return specs;
}

QString IkmImport::formatValue(double unitValue)
{
    return QLocale().toString(roundHalfAwayFromZero(unitValue, 2), 'f', 2);
}

Status IkmImport::checkTarget(QString *periodCode, QString *unitName) const
{
    if (m_periodId <= 0 || m_unitId <= 0)
        return Status::error(tr("Choose the period and the unit whose survey this is first."),
                             QStringLiteral("target"));
    const std::optional<PeriodInfo> period = PeriodRepository(m_db).find(m_periodId);
    if (!period)
        return Status::error(tr("The chosen period no longer exists."), QStringLiteral("period"));
    if (period->closed)
        return Status::error(tr("Period %1 is closed; its IKM cannot change. Reopen it first "
                                "(with a reason), then import the survey.")
                                 .arg(period->code()),
                             QStringLiteral("period"));
    const std::optional<Unit> unit = UnitRepository(m_db).find(m_unitId);
    if (!unit)
        return Status::error(tr("The chosen unit no longer exists."), QStringLiteral("unit"));
    if (periodCode)
        *periodCode = period->code();
    if (unitName)
        *unitName = unit->name;
    return Status::ok();
}

Status IkmImport::readTable(const SheetTable &table, const ColumnChoices &choices)
{
    begin(table);
    m_rows.clear();
    m_responses.clear();
    m_result = IkmResult();
    m_previous.reset();
    m_skipped = 0;
    m_ready = false;
    if (Status s = checkTarget(nullptr, nullptr); !s)
        return refuse(s);
    if (Status s = findColumns(choices); !s)
        return s;
    m_previous = IkmSurveyRepository(m_db).find(m_periodId, m_unitId);

    NumberColumns numbers;
    for (int u = 0; u < IkmUnsurCount; ++u)
        numbers.addColumn(m_table, m_columns.column(unsurKey(u)), headerRow());
    std::array<int, IkmUnsurCount> filled{}; // non-blank cells per unsur
    for (int r = headerRow() + 1; r <= table.rowCount(); ++r) {
        if (!rowStep(r)) {
            m_rows.clear();
            m_responses.clear();
            return refuseCancelled();
        }
        if (table.isRowEmpty(r))
            continue;
        Line line;
        line.row = r;
        IkmResponse response;
        response.row = r;
        bool any = false;
        bool ok = true;
        std::array<Reading, IkmUnsurCount> readings;
        for (int u = 0; u < IkmUnsurCount; ++u) {
            const Cell c = m_table.cell(r, m_columns.column(unsurKey(u)));
            readings[u] = readAnswer(c, m_table, numbers);
            if (readings[u].empty)
                continue;
            any = true;
            line.cells[u] =
                readings[u].answer ? QString::number(*readings[u].answer) : c.text.trimmed();
            if (readings[u].answer) {
                response.answers[u] = readings[u].answer;
                ++line.answered;
            } else {
                ok = false;
            }
        }
        if (!any) {
            ++m_skipped; // respondent number or remarks only
            continue;
        }
        for (int u = 0; u < IkmUnsurCount; ++u) {
            if (!readings[u].empty)
                ++filled[u];
            if (!readings[u].problem.isEmpty())
                addProblem(r, unsurKey(u), readings[u].problem);
        }
        line.counted = ok;
        m_rows.append(line);
        if (ok)
            m_responses.append(response);
    }

    if (m_rows.isEmpty()) {
        addProblem(0, {}, tr("No row holds an answer in U1–U9; the survey has no respondents."));
    } else {
        for (int u = 0; u < IkmUnsurCount; ++u) {
            if (filled[u] > 0)
                continue;
            addProblem(0, unsurKey(u),
                       tr("Nobody answered %1 (%2): column %3 holds no answer, so no IKM can be "
                          "computed.")
                           .arg(Ikm::unsurCode(u), Ikm::unsurName(u),
                                columnLetters(m_columns.column(unsurKey(u)))));
        }
    }
    if (!hasProblems()) {
        m_result = Ikm::compute(m_responses);
        if (!m_result.isComplete()) { // not expected after the checks above
            const QStringList why = m_result.explanation.missing() + m_result.explanation.errors();
            addProblem(0, {}, why.join(QLatin1String("; ")));
        }
    }
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         return a.row != b.row ? a.row < b.row : a.column < b.column;
                     });
    m_ready = true;
    return Status::ok();
}

QStringList IkmImport::previewHeaders() const
{
    QStringList headers;
    for (int u = 0; u < IkmUnsurCount; ++u)
        headers << Ikm::unsurCode(u);
    headers << tr("Note");
    return headers;
}

QStringList IkmImport::previewCells(int index) const
{
    const Line &line = m_rows.at(index);
    QStringList cells(line.cells.cbegin(), line.cells.cend());
    if (!line.counted)
        cells << tr("Not counted: correct the marked cells");
    else if (line.answered < IkmUnsurCount)
        cells << tr("%n unsur skipped", nullptr, IkmUnsurCount - line.answered);
    else
        cells << QString();
    return cells;
}

QString IkmImport::describePrevious() const
{
    const IkmSurvey &p = *m_previous;
    const QString date =
        QLocale().toString(p.importedAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
    QString text = tr("the survey of %1 (%n respondent(s), IKM %2", nullptr, p.respondents)
                       .arg(date, formatValue(p.unitValue));
    if (!p.sourceName.isEmpty())
        text += QLatin1String(", ") + p.sourceName;
    return text + QLatin1Char(')');
}

QString IkmImport::previewSummary() const
{
    if (!m_ready)
        return {};
    QStringList parts;
    parts << tr("%n respondent(s)", nullptr, int(m_responses.size()));
    if (hasProblems()) {
        parts << tr("%n problem(s) to correct before the IKM can be computed", nullptr,
                    int(m_problems.size()));
    } else {
        const BandedScore &unit = *m_result.unit;
        parts
            << tr("IKM %1 (%2, %3)").arg(formatValue(unit.rounded), unit.band.code, unit.band.name);
        parts << (m_previous ? tr("replaces %1").arg(describePrevious()) : tr("new"));
    }
    if (m_skipped > 0)
        parts << tr("%n row(s) without answers skipped", nullptr, m_skipped);
    return parts.join(QLatin1String("; "));
}

Status IkmImport::commitAll(const Progress &progress, QString *summary)
{
    if (!m_ready)
        return Status::error(tr("Read a survey file first."));
    QString periodCode;
    QString unitName;
    if (Status s = checkTarget(&periodCode, &unitName); !s)
        return s;
    if (hasProblems() || !m_result.isComplete()) {
        return Status::error(tr("The file has %n problem(s); nothing was imported. Correct them "
                                "and read the file again.",
                                nullptr, int(m_problems.size())));
    }
    const Status cancelled = Status::error(tr("The import was cancelled; nothing was imported."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::error(tr("The database refused the import: %1").arg(tx.lastError()));

    IkmSurvey survey;
    survey.periodId = m_periodId;
    survey.unitId = m_unitId;
    survey.respondents = int(m_responses.size());
    survey.unitValue = m_result.unit->value;
    survey.sourceName = m_table.sourceName;
    const int total = survey.respondents + 1; // the respondents, then the save
    for (int i = 0; i < survey.respondents; ++i) {
        const IkmResponse &response = m_responses.at(i);
        for (int u = 0; u < IkmUnsurCount; ++u) {
            if (const std::optional<int> &answer = response.answers[u]) {
                ++survey.answered[u];
                survey.sums[u] += *answer;
            }
        }
        if (progress && !progress(i + 1, total))
            return cancelled;
    }
    if (Status s = IkmSurveyRepository(m_db).save(survey); !s)
        return s;
    if (progress && !progress(total, total))
        return cancelled; // the transaction rolls the save back
    if (!tx.commit())
        return Status::error(tr("The database refused the import: %1").arg(tx.lastError()));
    m_ready = false; // a second commit would need a fresh read

    if (summary) {
        const BandedScore &unit = *m_result.unit;
        *summary = tr("Saved the IKM survey of %1 for %2: %n respondent(s), IKM %3 (%4, %5).",
                      nullptr, survey.respondents)
                       .arg(unitName, periodCode, formatValue(unit.rounded), unit.band.code,
                            unit.band.name);
        if (m_previous)
            *summary += QLatin1Char(' ') + tr("It replaces %1.").arg(describePrevious());
    }
    return Status::ok();
}

} // namespace kinerja::exchange
