#include "formbuilder.h"

#include "indonesian.h"

#include "scoring/berakhlak.h"

namespace kinerja::reports {

namespace {

Cell centred(const QString &text)
{
    Cell c;
    c.text = text;
    c.align = Align::Center;
    return c;
}

} // namespace

QString FormBuilder::ratingText(const std::optional<Rating> &rating, const QString &what)
{
    if (rating)
        return ratingName(*rating).toUpper();
    warn(what, tr("The %1 is not given yet.").arg(what.toLower()));
    return {};
}

QString FormBuilder::predikatText()
{
    if (!m_a.predikat.isEmpty())
        return m_a.predikat.toUpper();
    warn(tr("EMPLOYEE PERFORMANCE PREDICATE"),
         tr("The appraisal has no predikat yet (incomplete); left blank."));
    return {};
}

QString FormBuilder::capaianText()
{
    if (m_sheet.capaianOrganisasi)
        return organisationPredikatName(*m_sheet.capaianOrganisasi).toUpper();
    warn(tr("ORGANISATION PERFORMANCE ACHIEVEMENT"),
         tr("No capaian kinerja organisasi is recorded for %1 or a parent unit in this period; "
            "left blank.")
             .arg(m_a.employee.unitName));
    return {};
}

TableBlock FormBuilder::hasilKerjaTable(bool evaluation)
{
    bool perspektif = false;
    for (const Rhk &r : m_sheet.rhk)
        perspektif = perspektif || !r.perspektif.trimmed().isEmpty();

    TableBlock t;
    t.fontPt = evaluation ? 7.0 : 7.5;
    t.condensed = evaluation; // eight columns on a portrait page
    QVector<Cell> header{head(tr("NO"))};
    t.widths = {5};
    if (perspektif) {
        header << head(tr("PERSPECTIVE"));
        t.widths << 10;
    }
    header << head(tr("LEADER'S WORK PLAN RESULT SUPPORTED")) << head(tr("WORK PLAN RESULT"))
           << head(tr("ASPECT")) << head(tr("INDIVIDUAL PERFORMANCE INDICATOR"))
           << head(tr("TARGET"));
    if (evaluation)
        t.widths << 16 << 16 << 9 << 16 << 9 << 15 << 16;
    else
        t.widths << 22 << 22 << 10 << 24 << 12;
    if (evaluation)
        header << head(tr("REALISATION BASED ON SUPPORTING EVIDENCE"))
               << head(tr("CONTINUOUS FEEDBACK BASED ON SUPPORTING EVIDENCE"));
    t.header << Row{header, false};
    const int columns = static_cast<int>(t.widths.size());

    const auto aspectName = [](IndicatorAspect a) {
        switch (a) {
        case IndicatorAspect::Kualitas:
            return tr("Quality");
        case IndicatorAspect::Waktu:
            return tr("Time");
        case IndicatorAspect::Kuantitas:
            break;
        }
        return tr("Quantity");
    };
    const auto amount = [](const QString &v, const QString &satuan) {
        if (v.trimmed().isEmpty())
            return QString();
        return satuan.trimmed().isEmpty() ? v.trimmed()
                                          : v.trimmed() + QLatin1Char(' ') + satuan.trimmed();
    };

    int noRealisasi = 0;
    bool anyUtama = false;
    for (const RhkKind kind : {RhkKind::Utama, RhkKind::Tambahan}) {
        Cell group =
            label(kind == RhkKind::Utama ? tr("A. MAIN") : tr("B. ADDITIONAL"), columns, true);
        group.shaded = true;
        t.rows << Row{{group}, true};
        int number = 0;
        for (const Rhk &r : m_sheet.rhk) {
            if (r.kind != kind)
                continue;
            ++number;
            anyUtama = anyUtama || kind == RhkKind::Utama;
            QVector<RhkIndicator> indicators = r.indicators;
            if (indicators.isEmpty())
                indicators << RhkIndicator{};
            for (int i = 0; i < indicators.size(); ++i) {
                const RhkIndicator &ind = indicators.at(i);
                const bool first = i == 0;
                // The RHK's own cells span its indicator rows.
                Cell continued;
                continued.joinAbove = true;
                QVector<Cell> cells{first ? centred(QString::number(number)) : continued};
                if (perspektif)
                    cells << (first ? label(r.perspektif) : continued);
                cells << (first ? label(r.intervensi) : continued)
                      << (first ? value(r.text) : continued);
                if (r.indicators.isEmpty()) {
                    cells << value(QString()) << value(QString()) << value(QString());
                    warn(tr("WORK RESULTS"), tr("RHK %1 has no indicator.").arg(r.text.left(60)));
                } else {
                    cells << label(aspectName(ind.aspek)) << value(ind.indikator)
                          << value(amount(ind.target, ind.satuan), Align::Center);
                }
                if (evaluation) {
                    QString realisasi = amount(ind.realisasi, ind.satuan);
                    if (realisasi.isEmpty())
                        ++noRealisasi;
                    else if (!ind.buktiDukung.trimmed().isEmpty())
                        realisasi += QLatin1Char('\n') + ind.buktiDukung.trimmed();
                    Cell real = value(realisasi);
                    Cell feedback = label(ind.umpanBalik);
                    cells << real << feedback;
                }
                t.rows << Row{cells, i + 1 < indicators.size()};
            }
        }
        if (number == 0) {
            Cell c;
            c.text = none();
            c.italic = true;
            c.span = columns;
            t.rows << Row{{c}, false};
        }
    }
    if (!anyUtama)
        warn(tr("WORK RESULTS"), tr("The SKP has no RHK Utama."));
    if (evaluation && noRealisasi > 0)
        warn(tr("WORK RESULTS"), tr("Indicators without a realisation: %1.").arg(noRealisasi));
    if (evaluation) {
        const int labelSpan = columns - 2;
        Cell l = label(tr("WORK RESULT RATING"), labelSpan, true);
        l.align = Align::Right;
        Cell v = value(ratingText(m_a.ratingHasil, tr("WORK RESULT RATING")), Align::Center);
        v.span = 2;
        v.bold = !v.italic;
        t.rows << Row{{l, v}, false};
    }
    return t;
}

TableBlock FormBuilder::perilakuTable(bool evaluation)
{
    TableBlock t;
    t.fontPt = evaluation ? 7.0 : 7.5;
    t.condensed = evaluation;
    t.widths = evaluation ? QVector<double>{5, 45, 25, 25} : QVector<double>{5, 55, 40};
    QVector<Cell> header{head(tr("NO")), head(tr("WORK BEHAVIOUR")),
                         head(tr("LEADER'S SPECIFIC EXPECTATIONS"))};
    if (evaluation)
        header << head(tr("CONTINUOUS FEEDBACK BASED ON SUPPORTING EVIDENCE"));
    t.header << Row{header, false};
    const QVector<CoreValueInfo> &values = berakhlakValues();
    for (int i = 0; i < values.size(); ++i) {
        const CoreValueInfo &info = values.at(i);
        PerilakuEntry entry;
        for (const PerilakuEntry &e : m_sheet.perilaku)
            if (e.value == info.value)
                entry = e;
        QString text = info.name;
        for (const QString &indicator : info.indicators)
            text += QStringLiteral("\n- ") + indicator;
        QVector<Cell> cells{centred(QString::number(i + 1)), label(text), label(entry.ekspektasi)};
        if (evaluation)
            cells << label(entry.umpanBalik);
        t.rows << Row{cells, false};
    }
    if (evaluation) {
        Cell l = label(tr("WORK BEHAVIOUR RATING"), 3, true);
        l.align = Align::Right;
        Cell v = value(ratingText(m_a.ratingPerilaku, tr("WORK BEHAVIOUR RATING")), Align::Center);
        v.bold = !v.italic;
        t.rows << Row{{l, v}, false};
    }
    return t;
}

Document FormBuilder::skp()
{
    Document doc = begin(documentName(DocumentKind::Skp), {tr("EMPLOYEE PERFORMANCE TARGETS"),
                                                           tr("QUALITATIVE WORK RESULT APPROACH")});
    doc.blocks << periodLine();
    doc.blocks << sideBySide(Role::Employee, Role::Rater);

    TextBlock h;
    h.font = FontSpec{9.0, true, false};
    h.keepWithNext = true;
    h.spaceBefore = 2.0;
    h.text = tr("WORK RESULTS");
    doc.blocks << h << hasilKerjaTable(false);
    h.text = tr("WORK BEHAVIOUR");
    doc.blocks << h << perilakuTable(false);

    SignatureBlock s;
    SignatureColumn employee = signature(Role::Employee, DateUse::Plan);
    employee.dateLine.clear();
    s.columns << employee << signature(Role::Rater, DateUse::Plan);
    doc.blocks << s;
    return doc;
}

Document FormBuilder::evaluasi()
{
    Document doc =
        begin(documentName(DocumentKind::Evaluasi),
              {tr("EMPLOYEE PERFORMANCE EVALUATION"), tr("QUALITATIVE WORK RESULT APPROACH"),
               tr("PERIOD: %1").arg(periodKindText(m_a.period))});
    doc.blocks << periodLine();
    doc.blocks << sideBySide(Role::Employee, Role::Rater);

    TableBlock capaian;
    capaian.widths = {50, 50};
    capaian.fontPt = 8.5;
    Cell capaianValue = value(capaianText(), Align::Center);
    capaianValue.bold = !capaianValue.italic;
    capaian.rows << Row{{label(tr("ORGANISATION PERFORMANCE ACHIEVEMENT"), 1, true), capaianValue},
                        false};
    doc.blocks << capaian;

    TextBlock h;
    h.font = FontSpec{9.0, true, false};
    h.keepWithNext = true;
    h.spaceBefore = 1.0;
    h.text = tr("DISTRIBUTION PATTERN");
    doc.blocks << h;
    if (m_sheet.capaianOrganisasi && m_sheet.distribution) {
        const UnitDistribution &d = *m_sheet.distribution;
        ChartBlock chart;
        const int appraised = d.appraised();
        for (const Predikat p : allPredikats()) {
            chart.labels << predikatName(p);
            chart.values << (appraised > 0 ? 100.0 * d.counts.value(p) / appraised : 0.0);
            QStringList notes;
            for (const DistributionQuota &q : d.pattern.quotas) {
                if (q.predikats.size() != 1 || q.predikats.first() != p)
                    continue;
                if (q.maxPercent < 100)
                    notes << QStringLiteral("≤ %1%").arg(q.maxPercent);
                if (q.minPercent > 0)
                    notes << QStringLiteral("≥ %1%").arg(q.minPercent);
            }
            chart.notes << notes.join(QStringLiteral(", "));
        }
        Predikat own;
        if (parsePredikat(m_a.predikat, &own))
            chart.highlight = static_cast<int>(own);
        QStringList joint; // rules about several predikats counted together
        for (const DistributionQuota &q : d.pattern.quotas) {
            if (q.predikats.size() < 2)
                continue;
            QStringList limits;
            if (q.requireSome)
                limits << tr("some");
            if (q.minPercent > 0)
                limits << QStringLiteral("≥ %1%").arg(q.minPercent);
            if (q.maxPercent < 100)
                limits << QStringLiteral("≤ %1%").arg(q.maxPercent);
            joint << predikatClassName(q.predikats) + QStringLiteral(": ") +
                         limits.join(QStringLiteral(", "));
        }
        chart.caption =
            tr("Predikat of %1 appraisals in %2 (%3 incomplete); limits of the pattern for "
               "capaian %4 under the bars")
                .arg(appraised)
                .arg(m_sheet.capaianUnitName)
                .arg(d.incomplete)
                .arg(organisationPredikatName(*m_sheet.capaianOrganisasi));
        if (!joint.isEmpty())
            chart.caption += QStringLiteral("; ") + joint.join(QStringLiteral("; "));
        doc.blocks << chart;
    } else {
        TextBlock missing;
        missing.text = blank();
        missing.font = FontSpec{8.0, false, true};
        missing.spaceAfter = 2.0;
        doc.blocks << missing;
    }

    h.text = tr("WORK RESULTS");
    doc.blocks << h << hasilKerjaTable(true);
    h.text = tr("WORK BEHAVIOUR");
    doc.blocks << h << perilakuTable(true);

    TableBlock predikat;
    predikat.widths = {50, 50};
    predikat.fontPt = 9.0;
    Cell p = value(predikatText(), Align::Center);
    p.bold = !p.italic;
    predikat.rows << Row{{label(tr("EMPLOYEE PERFORMANCE PREDICATE"), 1, true), p}, false};
    doc.blocks << predikat;

    SignatureBlock s;
    SignatureColumn employee = signature(Role::Employee, DateUse::Evaluation);
    employee.dateLine.clear();
    s.columns << employee << signature(Role::Rater, DateUse::Evaluation);
    doc.blocks << s;
    return doc;
}

Document FormBuilder::dokumenEvaluasi()
{
    Document doc = begin(documentName(DocumentKind::DokumenEvaluasi),
                         {tr("EMPLOYEE PERFORMANCE EVALUATION DOCUMENT"),
                          tr("PERIOD: %1").arg(periodKindText(m_a.period))});
    doc.blocks << periodLine();

    TableBlock t;
    t.widths = {6, 34, 60};
    t.fontPt = 9.0;
    stackedPeople(&t, {Role::Employee, Role::Rater, Role::Atasan});
    Cell n = label(QStringLiteral("4"), 1, true);
    n.align = Align::Center;
    n.shaded = true;
    Cell title = label(tr("PERFORMANCE EVALUATION"), 2, true);
    title.shaded = true;
    t.rows << Row{{n, title}, true};
    Cell capaian = value(capaianText());
    capaian.bold = !capaian.italic;
    Cell predikat = value(predikatText());
    predikat.bold = !predikat.italic;
    t.rows << Row{
        {centred(QStringLiteral("1")), label(tr("ORGANISATION PERFORMANCE ACHIEVEMENT")), capaian},
        false};
    t.rows << Row{
        {centred(QStringLiteral("2")), label(tr("EMPLOYEE PERFORMANCE PREDICATE")), predikat},
        false};
    doc.blocks << t;

    TableBlock notes;
    notes.widths = {6, 94};
    notes.fontPt = 9.0;
    Cell n5 = label(QStringLiteral("5"), 1, true);
    n5.align = Align::Center;
    n5.shaded = true;
    Cell notesTitle = label(tr("NOTES/RECOMMENDATION"), 1, true);
    notesTitle.shaded = true;
    notes.rows << Row{{n5, notesTitle}, true};
    QString rekomendasi = m_a.rekomendasi.trimmed();
    if (!rekomendasi.isEmpty() && m_a.competency != CompetencyCategory::None)
        rekomendasi += QLatin1Char('\n') +
                       tr("Competency to develop: %1").arg(competencyCategoryName(m_a.competency));
    Cell r;
    r.text = rekomendasi.isEmpty() ? none() : rekomendasi;
    r.italic = rekomendasi.isEmpty();
    r.span = 2;
    notes.rows << Row{{r}, false};

    if (m_sheet.objection) {
        const Objection &o = *m_sheet.objection;
        const auto dated = [this](const QString &text, const QDate &on) {
            if (text.trimmed().isEmpty())
                return none();
            return on.isValid()
                       ? text.trimmed() + QStringLiteral("\n(") + sheetDate(on) + QLatin1Char(')')
                       : text.trimmed();
        };
        const auto section = [&](int number, const QString &heading, const QString &body,
                                 bool blankBody) {
            Cell num = label(QString::number(number), 1, true);
            num.align = Align::Center;
            num.shaded = true;
            Cell h = label(heading, 1, true);
            h.shaded = true;
            notes.rows << Row{{num, h}, true};
            Cell b;
            b.text = body;
            b.italic = blankBody;
            b.span = 2;
            notes.rows << Row{{b}, false};
        };
        section(6, tr("OBJECTION"), dated(o.text, o.filedOn), o.text.trimmed().isEmpty());
        section(7, tr("EXPLANATION OF THE PERFORMANCE ASSESSOR ON THE OBJECTION"),
                dated(o.explanation, o.explainedOn), o.explanation.trimmed().isEmpty());
        QString decision;
        if (o.decision) {
            switch (*o.decision) {
            case ObjectionDecision::Rejected:
                decision = tr("Rejected");
                break;
            case ObjectionDecision::Granted:
                decision = tr("Granted");
                break;
            case ObjectionDecision::PartlyGranted:
                decision = tr("Partly granted");
                break;
            }
            if (!o.decisionText.trimmed().isEmpty())
                decision += QStringLiteral(": ") + o.decisionText.trimmed();
        }
        section(8, tr("DECISION OF THE SUPERIOR OF THE PERFORMANCE ASSESSOR"),
                dated(decision, o.decidedOn), decision.isEmpty());
        if (!o.decision)
            warn(tr("OBJECTION"), tr("The objection has not been decided yet."));
    }
    doc.blocks << notes;

    SignatureBlock s;
    s.signatureSpace = 18.0;
    s.columns << signature(Role::Employee, DateUse::Evaluation)
              << signature(Role::Rater, DateUse::Evaluation);
    doc.blocks << s;
    return doc;
}

} // namespace kinerja::reports
