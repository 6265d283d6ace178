#include "formbuilder.h"

#include "indonesian.h"

#include "domain/grade.h"
#include "scoring/bands.h"

namespace kinerja::reports {

FormBuilder::FormBuilder(const SheetData &sheet, const RenderOptions &options,
                         QVector<SheetWarning> *warnings)
    : m_sheet(sheet), m_a(sheet.appraisal), m_options(options), m_warnings(warnings),
      m_locale(sheetLocale())
{
}

QString FormBuilder::pageText()
{
    return tr("Page %1 of %2");
}

void FormBuilder::warn(const QString &section, const QString &message)
{
    if (!m_warnings)
        return;
    const SheetWarning w{section, message};
    if (!m_warnings->contains(w))
        m_warnings->append(w);
}

QString FormBuilder::blank() const
{
    return QStringLiteral("— (") + tr("not filled in") + QLatin1Char(')');
}

QString FormBuilder::none() const
{
    return QStringLiteral("— (") + tr("none") + QLatin1Char(')');
}

Cell FormBuilder::value(const QString &text, Align align) const
{
    Cell c;
    c.align = align;
    if (text.trimmed().isEmpty()) {
        c.text = blank();
        c.italic = true;
    } else {
        c.text = text;
    }
    return c;
}

Cell FormBuilder::label(const QString &text, int span, bool bold)
{
    Cell c;
    c.text = text;
    c.span = span;
    c.bold = bold;
    return c;
}

Cell FormBuilder::head(const QString &text, int span)
{
    Cell c;
    c.text = text;
    c.span = span;
    c.bold = true;
    c.align = Align::Center;
    c.shaded = true;
    return c;
}

QString FormBuilder::number(double v, int decimals) const
{
    // Rounded as the bands round (half away from zero), so the printed number and the
    // printed predikat agree.
    return m_locale.toString(roundHalfAwayFromZero(v, decimals), 'f', decimals);
}

Document FormBuilder::begin(const QString &documentName, const QStringList &titleLines)
{
    Document doc;
    doc.title = documentName + QStringLiteral(" — ") + m_a.employee.name + QStringLiteral(" — ") +
                m_a.period.officialLabel();
    doc.footer = documentName + QStringLiteral(" · ") + m_a.employee.nip + QStringLiteral(" · ") +
                 m_a.employee.name + QStringLiteral(" · ") + m_a.period.officialLabel();
    doc.pageText = pageText();
    if (m_a.state != AppraisalState::Final) {
        doc.draftMark = tr("DRAFT — not final");
        warn(tr("Status"), tr("The appraisal is not final (%1): every page is marked as a draft.")
                               .arg(appraisalStateName(m_a.state)));
    }

    HeaderBlock header;
    const AgencyHeader &agency = m_options.agency;
    if (!agency.parent.trimmed().isEmpty()) {
        header.lines << agency.parent.trimmed().toUpper();
        header.linePts << 11.0;
    }
    if (agency.name.trimmed().isEmpty()) {
        header.lines << QStringLiteral("— (") + tr("agency name not set") + QLatin1Char(')');
        warn(tr("Agency header"),
             tr("The agency name is not set in the settings; the header is left blank."));
    } else {
        header.lines << agency.name.trimmed().toUpper();
    }
    header.linePts << 12.0;
    if (!agency.logo.isEmpty()) {
        header.logo = QImage::fromData(agency.logo);
        if (header.logo.isNull())
            warn(tr("Agency header"),
                 tr("The agency logo cannot be read as an image; printed without it."));
    }
    doc.blocks << header;

    for (int i = 0; i < titleLines.size(); ++i) {
        TextBlock t;
        t.text = titleLines.at(i);
        t.font = FontSpec{i == 0 ? 12.0 : 10.0, true, false};
        t.align = Align::Center;
        t.spaceAfter = i + 1 == titleLines.size() ? 3.0 : 0.5;
        doc.blocks << t;
    }
    return doc;
}

TextBlock FormBuilder::periodLine() const
{
    TextBlock t;
    t.text = tr("ASSESSMENT PERIOD: %1").arg(periodRangeText(m_a.period));
    t.font = FontSpec{9.0, true, false};
    t.align = Align::Right;
    t.spaceAfter = 2.0;
    return t;
}

const PersonSnapshot &FormBuilder::person(Role role) const
{
    switch (role) {
    case Role::Rater:
        return m_a.rater;
    case Role::Atasan:
        return m_a.atasan;
    case Role::Employee:
        break;
    }
    return m_a.employee;
}

QString FormBuilder::roleTitle(Role role) const
{
    switch (role) {
    case Role::Rater:
        return tr("PERFORMANCE ASSESSOR");
    case Role::Atasan:
        return tr("SUPERIOR OF THE PERFORMANCE ASSESSOR");
    case Role::Employee:
        break;
    }
    return tr("EMPLOYEE APPRAISED");
}

QString FormBuilder::roleName(Role role) const
{
    switch (role) {
    case Role::Rater:
        return tr("Performance assessor");
    case Role::Atasan:
        return tr("Superior of the performance assessor");
    case Role::Employee:
        break;
    }
    return tr("Employee appraised");
}

QVector<QPair<QString, Cell>> FormBuilder::personFields(Role role)
{
    const PersonSnapshot &p = person(role);
    const QStringList labels{tr("NAME"), tr("NIP"), tr("RANK/GRADE"), tr("POSITION"),
                             tr("WORK UNIT")};
    QVector<QPair<QString, Cell>> rows;
    if (p.isEmpty()) {
        warn(roleName(role), tr("The appraisal records no %1; the block is left blank.")
                                 .arg(roleName(role).toLower()));
        for (const QString &l : labels) {
            Cell c;
            c.text = none();
            c.italic = true;
            rows.append({l, c});
        }
        return rows;
    }
    const QString values[] = {p.name, p.nip, Grade::display(p.status, p.grade), p.jabatan,
                              p.unitName};
    for (int i = 0; i < labels.size(); ++i) {
        if (values[i].trimmed().isEmpty())
            warn(roleName(role),
                 tr("%1: %2 is not recorded.")
                     .arg(p.name.isEmpty() ? roleName(role) : p.name, labels.at(i)));
        rows.append({labels.at(i), value(values[i])});
    }
    return rows;
}

TableBlock FormBuilder::sideBySide(Role left, Role right)
{
    TableBlock t;
    t.widths = {5, 15, 30, 5, 15, 30};
    t.fontPt = 8.0;
    t.header << Row{
        {head(tr("NO")), head(roleTitle(left), 2), head(tr("NO")), head(roleTitle(right), 2)},
        false};
    const auto l = personFields(left);
    const auto r = personFields(right);
    for (int i = 0; i < l.size(); ++i) {
        Cell n = label(QString::number(i + 1));
        n.align = Align::Center;
        t.rows << Row{
            {n, label(l.at(i).first), l.at(i).second, n, label(r.at(i).first), r.at(i).second},
            false};
    }
    return t;
}

void FormBuilder::stackedPeople(TableBlock *table, const QVector<Role> &roles)
{
    int section = 1;
    for (const Role role : roles) {
        Cell n = label(QString::number(section++), 1, true);
        n.align = Align::Center;
        n.shaded = true;
        Cell title = label(roleTitle(role), 2, true);
        title.shaded = true;
        table->rows << Row{{n, title}, true};
        const auto fields = personFields(role);
        for (int i = 0; i < fields.size(); ++i) {
            Cell sub = label(QString::number(i + 1));
            sub.align = Align::Center;
            table->rows << Row{{sub, label(fields.at(i).first), fields.at(i).second},
                               i + 1 < fields.size()};
        }
    }
}

QString FormBuilder::dateLine(DateUse use)
{
    QDate date;
    if (m_options.signDate) {
        date = *m_options.signDate;
    } else if (use == DateUse::Plan) {
        if (m_a.submittedAt.isValid())
            date = m_a.submittedAt.toLocalTime().date();
    } else if (m_a.finalizedAt.isValid()) {
        date = m_a.finalizedAt.toLocalTime().date();
    } else if (m_a.ratedAt.isValid()) {
        date = m_a.ratedAt.toLocalTime().date();
    }
    QString place = m_options.agency.place.trimmed();
    if (place.isEmpty()) {
        place = QStringLiteral("..................");
        warn(tr("Agency header"),
             tr("The place for the signature dates is not set in the settings; left blank."));
    }
    const QString when =
        date.isValid() ? sheetDate(date) : QStringLiteral("........................");
    return place + QStringLiteral(", ") + when;
}

SignatureColumn FormBuilder::signature(Role role, DateUse date)
{
    SignatureColumn c;
    if (date == DateUse::Plan || date == DateUse::Evaluation)
        c.dateLine = dateLine(date);
    c.role = roleName(role);
    const PersonSnapshot &p = person(role);
    if (p.isEmpty()) {
        c.name = none();
        c.nip = tr("NIP.") + QLatin1Char(' ');
    } else {
        c.name = p.name;
        c.nip = tr("NIP.") + QLatin1Char(' ') + p.nip;
    }
    return c;
}

} // namespace kinerja::reports
