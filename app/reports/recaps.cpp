#include "recaps.h"

#include "pdffile.h"
#include "recapbuilder.h"
#include "reports/indonesian.h"
#include "reports/pagesink.h"

#include "storage/periodrepository.h"
#include "storage/settingrepository.h"
#include "storage/unitrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace kinerja::reports {

// --- kinds ---

QVector<RecapKind> allRecapKinds()
{
    return {RecapKind::Predikat, RecapKind::Pending, RecapKind::TrainingNeeds};
}

QString recapCode(RecapKind kind)
{
    switch (kind) {
    case RecapKind::Pending:
        return QStringLiteral("pending");
    case RecapKind::TrainingNeeds:
        return QStringLiteral("training");
    case RecapKind::Predikat:
        break;
    }
    return QStringLiteral("predikat");
}

bool parseRecapCode(const QString &code, RecapKind *out)
{
    const QString c = code.trimmed().toLower();
    for (const RecapKind k : allRecapKinds()) {
        if (recapCode(k) == c) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString recapName(RecapKind kind)
{
    switch (kind) {
    case RecapKind::Pending:
        return RecapPrinter::tr("Recap of pending appraisals");
    case RecapKind::TrainingNeeds:
        return RecapPrinter::tr("Competency development needs");
    case RecapKind::Predikat:
        break;
    }
    return RecapPrinter::tr("Performance predikat recap");
}

// --- loading ---

Status RecapSource::heading(const RecapScope &scope, RecapHeading *out, RecapFilter *filter)
{
    const std::optional<PeriodInfo> period = PeriodRepository(m_db).find(scope.periodId);
    if (!period)
        return Status::error(tr("The period (id %1) does not exist.").arg(scope.periodId),
                             QStringLiteral("period"));
    out->period = period->period;
    out->periodClosed = period->closed;
    out->includeSubunits = scope.includeSubunits;
    filter->periodId = scope.periodId;
    filter->unitId = scope.unitId;
    filter->includeSubunits = scope.includeSubunits;
    UnitRepository units(m_db);
    if (scope.unitId > 0) {
        const std::optional<Unit> unit = units.find(scope.unitId);
        if (!unit)
            return Status::error(tr("The unit (id %1) does not exist.").arg(scope.unitId),
                                 QStringLiteral("unit"));
        out->unitName = unit->name;
        return Status::ok();
    }
    // The whole agency: its root unit, or every unit when there are several roots.
    out->includeSubunits = true;
    filter->includeSubunits = true;
    QVector<Unit> roots;
    for (const Unit &u : units.all())
        if (u.parentId == 0)
            roots << u;
    if (roots.size() == 1) {
        filter->unitId = roots.first().id;
        out->unitName = roots.first().name;
    } else {
        out->unitName = tr("All units");
    }
    return Status::ok();
}

Status RecapSource::loadPredikat(const RecapScope &scope, PredikatRecapData *out)
{
    *out = PredikatRecapData{};
    RecapFilter filter;
    Status s = heading(scope, &out->heading, &filter);
    if (!s)
        return s;
    RecapQuery query(m_db);
    s = query.appraisals(filter, &out->rows);
    if (s)
        s = query.predikatCounts(filter, &out->counts);
    if (!s)
        return s;
    if (filter.unitId > 0) {
        out->distribution = AppraisalQuery(m_db).distribution(filter.periodId, filter.unitId,
                                                              filter.includeSubunits);
        if (out->distribution.organisation) {
            if (const std::optional<Unit> u =
                    UnitRepository(m_db).find(out->distribution.organisationUnitId))
                out->organisationUnitName = u->name;
        }
    }
    return Status::ok();
}

Status RecapSource::loadPending(const RecapScope &scope, PendingRecapData *out)
{
    *out = PendingRecapData{};
    RecapFilter filter;
    Status s = heading(scope, &out->heading, &filter);
    if (!s)
        return s;
    QSet<qint64> units;
    if (filter.unitId > 0) {
        const QVector<qint64> ids = filter.includeSubunits
                                        ? UnitRepository(m_db).subtreeIds(filter.unitId)
                                        : QVector<qint64>{filter.unitId};
        units = QSet<qint64>(ids.begin(), ids.end());
    }
    AppraisalQuery appraisals(m_db);
    for (const UnitPendingCounts &c : appraisals.pendingByUnit(filter.periodId))
        if (units.isEmpty() || units.contains(c.unitId))
            out->units << c;
    std::stable_sort(out->units.begin(), out->units.end(),
                     [](const UnitPendingCounts &a, const UnitPendingCounts &b) {
                         return QString::localeAwareCompare(a.unitName, b.unitName) < 0;
                     });

    AppraisalFilter f;
    f.periodId = filter.periodId;
    f.unitId = filter.unitId;
    f.includeSubunits = filter.includeSubunits;
    f.states = {AppraisalState::Draft, AppraisalState::Diajukan, AppraisalState::Dinilai};
    for (const AppraisalRow &r : appraisals.rows(f))
        out->people << PendingPerson{r.nip, r.name, r.jabatan, r.unitId, r.unitName, r.state};
    QVector<StaffWithoutAppraisal> missing;
    s = RecapQuery(m_db).staffWithoutAppraisal(filter, &missing);
    if (!s)
        return s;
    for (const StaffWithoutAppraisal &m : std::as_const(missing))
        out->people << PendingPerson{m.nip, m.name, m.jabatan, m.unitId, m.unitName, {}};
    std::stable_sort(out->people.begin(), out->people.end(),
                     [](const PendingPerson &a, const PendingPerson &b) {
                         const int unit = QString::localeAwareCompare(a.unitName, b.unitName);
                         if (unit != 0)
                             return unit < 0;
                         if (a.unitId != b.unitId)
                             return a.unitId < b.unitId;
                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                     });
    return Status::ok();
}

Status RecapSource::loadTrainingNeeds(const RecapScope &scope, TrainingRecapData *out)
{
    *out = TrainingRecapData{};
    RecapFilter filter;
    const Status s = heading(scope, &out->heading, &filter);
    if (!s)
        return s;
    return RecapQuery(m_db).trainingNeeds(filter, &out->rows);
}

RecapOptions RecapSource::defaultOptions(Database &db)
{
    RecapOptions o;
    const AgencySettings agency = SettingRepository(db).agency();
    o.agency.name = agency.name;
    o.agency.parent = agency.parent;
    o.agency.place = agency.place;
    o.agency.logo = agency.logo;
    o.signDate = QDate::currentDate();
    return o;
}

Document buildPredikatRecap(const PredikatRecapData &data, const RecapOptions &options)
{
    return RecapBuilder(data.heading, options).predikat(data);
}

Document buildPendingRecap(const PendingRecapData &data, const RecapOptions &options)
{
    return RecapBuilder(data.heading, options).pending(data);
}

Document buildTrainingRecap(const TrainingRecapData &data, const RecapOptions &options)
{
    return RecapBuilder(data.heading, options).training(data);
}

// --- printing ---

Status RecapPrinter::render(const Document &document, PageSink &sink, int *pages)
{
    const TextMetrics metrics(&sink.device());
    const PageGeometry geometry = sink.geometry();
    const QVector<Page> laidOut = LayoutEngine(metrics, geometry).layout(document);
    if (!paintPages(document, laidOut, geometry, metrics, sink))
        return Status::error(tr("The printer or PDF file refused a new page."),
                             QStringLiteral("output"));
    if (pages)
        *pages = static_cast<int>(laidOut.size());
    return Status::ok();
}

namespace {

Status build(Database &db, RecapKind kind, const RecapScope &scope, const RecapOptions &options,
             Document *out)
{
    RecapSource source(db);
    Status s;
    switch (kind) {
    case RecapKind::Pending: {
        PendingRecapData data;
        s = source.loadPending(scope, &data);
        if (s)
            *out = buildPendingRecap(data, options);
        return s;
    }
    case RecapKind::TrainingNeeds: {
        TrainingRecapData data;
        s = source.loadTrainingNeeds(scope, &data);
        if (s)
            *out = buildTrainingRecap(data, options);
        return s;
    }
    case RecapKind::Predikat:
        break;
    }
    PredikatRecapData data;
    s = source.loadPredikat(scope, &data);
    if (s)
        *out = buildPredikatRecap(data, options);
    return s;
}

} // namespace

Status RecapPrinter::render(Database &db, RecapKind kind, const RecapScope &scope,
                            const RecapOptions &options, PageSink &sink, int *pages)
{
    Document doc;
    const Status s = build(db, kind, scope, options, &doc);
    if (!s)
        return s;
    return render(doc, sink, pages);
}

Status RecapPrinter::writePdf(Database &db, RecapKind kind, const RecapScope &scope,
                              const RecapOptions &options, Paper paper, const QString &path,
                              int *pages)
{
    Document doc;
    const Status s = build(db, kind, scope, options, &doc);
    if (!s)
        return s;
    return writePdf(doc, paper, path, pages);
}

Status RecapPrinter::writePdf(const Document &document, Paper paper, const QString &path,
                              int *pages)
{
    PdfFile pdf(path);
    if (Status s = pdf.open(paper, document.title); !s)
        return s;
    if (const Status s = render(document, pdf.sink(), pages); !s)
        return pdf.error(s.message());
    return pdf.commit();
}

// --- shared pieces of the recaps ---

RecapBuilder::RecapBuilder(const RecapHeading &heading, const RecapOptions &options)
    : m_heading(heading), m_options(options), m_locale(sheetLocale())
{
}

QString RecapBuilder::pageText()
{
    return tr("Page %1 of %2");
}

QString RecapBuilder::stateName(AppraisalState state)
{
    switch (state) {
    case AppraisalState::Diajukan:
        return tr("Submitted");
    case AppraisalState::Dinilai:
        return tr("Rated");
    case AppraisalState::Final:
        return tr("Final");
    case AppraisalState::Draft:
        break;
    }
    return tr("Draft");
}

QString RecapBuilder::competencyName(CompetencyCategory category)
{
    switch (category) {
    case CompetencyCategory::Teknis:
        return tr("Technical");
    case CompetencyCategory::Manajerial:
        return tr("Managerial");
    case CompetencyCategory::SosialKultural:
        return tr("Socio-cultural");
    case CompetencyCategory::None:
        break;
    }
    return tr("No category given");
}

Document RecapBuilder::begin(RecapKind kind, const QString &title)
{
    Document doc;
    const QString period = m_heading.period.officialLabel();
    doc.title = recapName(kind) + QStringLiteral(" — ") + m_heading.unitName +
                QStringLiteral(" — ") + period;
    doc.footer = recapName(kind) + QStringLiteral(" · ") + m_heading.unitName +
                 QStringLiteral(" · ") + period;
    doc.pageText = pageText();

    HeaderBlock header;
    const AgencyHeader &agency = m_options.agency;
    if (!agency.parent.trimmed().isEmpty()) {
        header.lines << agency.parent.trimmed().toUpper();
        header.linePts << 12.0;
    }
    header.lines << (agency.name.trimmed().isEmpty()
                         ? QStringLiteral("— (") + tr("agency name not set") + QLatin1Char(')')
                         : agency.name.trimmed().toUpper());
    header.linePts << 13.0;
    if (!agency.logo.isEmpty())
        header.logo = QImage::fromData(agency.logo); // unreadable: printed without it
    doc.blocks << header;

    TextBlock t;
    t.text = title;
    t.font = FontSpec{12.0, true, false};
    t.align = Align::Center;
    t.spaceAfter = 0.5;
    doc.blocks << t;
    t.text = tr("ASSESSMENT PERIOD: %1").arg(periodRangeText(m_heading.period));
    t.font = FontSpec{10.0, true, false};
    t.spaceAfter = 3.0;
    doc.blocks << t;

    TableBlock info;
    info.widths = {22, 3, 75};
    info.borders = false;
    info.fontPt = 9.0;
    const QString unit = m_heading.includeSubunits
                             ? tr("%1 (with its sub-units)").arg(m_heading.unitName)
                             : m_heading.unitName;
    info.rows << Row{
        {cell(tr("Work unit")), cell(QStringLiteral(":")), cell(unit, Align::Left, true)}, false};
    // "1 Januari s.d. 31 Maret 2026": the year once when both ends share it.
    const QDate start = m_heading.period.start();
    QString from = sheetDate(start);
    if (start.year() == m_heading.period.end().year())
        from.chop(5);
    info.rows << Row{
        {cell(tr("Period")), cell(QStringLiteral(":")),
         cell(tr("%1 (%2 to %3)").arg(period, from, sheetDate(m_heading.period.end())))},
        false};
    info.spaceAfter = 1.0;
    doc.blocks << info;
    if (!m_heading.periodClosed)
        doc.blocks << sentence(tr("The period is still open: the figures may still change."), true);
    doc.blocks << SpacerBlock{2.0};
    return doc;
}

void RecapBuilder::finish(Document *doc) const
{
    if (!m_options.signature)
        return;
    QString place = m_options.agency.place.trimmed();
    if (place.isEmpty())
        place = QStringLiteral("..................");
    const QDate date = m_options.signDate.value_or(QDate::currentDate());
    SignatureColumn left;
    left.empty = true;
    SignatureColumn signer;
    signer.dateLine = place + QStringLiteral(", ") + sheetDate(date);
    const RecapSigner &s = m_options.signer;
    if (!s.role.trimmed().isEmpty())
        signer.role = s.role.trimmed();
    else if (!m_options.agency.name.trimmed().isEmpty())
        signer.role = tr("Head of %1").arg(m_options.agency.name.trimmed());
    else
        signer.role = tr("Head of the personnel office");
    signer.name = s.name.trimmed().isEmpty() ? QStringLiteral("..............................")
                                             : s.name.trimmed();
    signer.nip = tr("NIP.") + QLatin1Char(' ') +
                 (s.nip.trimmed().isEmpty() ? QStringLiteral("..............................")
                                            : s.nip.trimmed());
    SignatureBlock block;
    block.columns << left << signer;
    block.spaceBefore = 6.0;
    doc->blocks << block;
}

Cell RecapBuilder::head(const QString &text, int span)
{
    Cell c;
    c.text = text;
    c.span = span;
    c.bold = true;
    c.align = Align::Center;
    c.shaded = true;
    return c;
}

Cell RecapBuilder::cell(const QString &text, Align align, bool bold)
{
    Cell c;
    c.text = text;
    c.align = align;
    c.bold = bold;
    return c;
}

Cell RecapBuilder::number(int n)
{
    return cell(QString::number(n), Align::Right);
}

Cell RecapBuilder::marked(const QString &text) const
{
    Cell c;
    c.text = text;
    c.italic = true;
    return c;
}

TextBlock RecapBuilder::heading(const QString &text, double pt)
{
    TextBlock t;
    t.text = text;
    t.font = FontSpec{pt, true, false};
    t.spaceBefore = 3.0;
    t.spaceAfter = 1.5;
    t.keepWithNext = true;
    return t;
}

TextBlock RecapBuilder::sentence(const QString &text, bool italic, bool bold)
{
    TextBlock t;
    t.text = text;
    t.font = FontSpec{9.0, bold, italic};
    t.spaceAfter = 1.5;
    return t;
}

QString RecapBuilder::nameAndNip(const QString &name, const QString &nip)
{
    return name + QLatin1Char('\n') + nip;
}

QString RecapBuilder::decimal(double v, int decimals) const
{
    return m_locale.toString(v, 'f', decimals);
}

QString RecapBuilder::percent(int count, int total) const
{
    if (total <= 0)
        return QStringLiteral("—");
    return decimal(100.0 * count / total, 1) + QLatin1Char('%');
}

QString RecapBuilder::resultText(const RecapAppraisal &row) const
{
    if (row.predikat.isEmpty())
        return {};
    if (row.schemeKind != SchemeKind::PermenPan2022 && row.score)
        return row.predikat + QStringLiteral(" (") + decimal(*row.score, 2) + QLatin1Char(')');
    return row.predikat;
}

QString RecapBuilder::predikatClass(const QVector<Predikat> &predikats) const
{
    QString name;
    for (int i = 0; i < predikats.size(); ++i)
        name = i == 0 ? predikatName(predikats.at(i))
                      : tr("%1 and/or %2").arg(name, predikatName(predikats.at(i)));
    return name;
}

QString RecapBuilder::ratingText(const std::optional<Rating> &rating)
{
    return rating ? ratingName(*rating) : QString();
}

} // namespace kinerja::reports
