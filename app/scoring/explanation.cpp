#include "explanation.h"

#include <cmath>

namespace kinerja {

void Explanation::addStep(const QString &label, const QString &formula, const QString &value,
                          const QString &source)
{
    if (m_recordsSteps)
        m_steps.append(ExplanationStep{label, formula, value, source});
}

void Explanation::addMissing(const QString &item)
{
    m_missing.append(item);
}

void Explanation::addError(const QString &item)
{
    m_errors.append(item);
}

void Explanation::append(const Explanation &other)
{
    if (m_recordsSteps)
        m_steps += other.m_steps;
    m_missing += other.m_missing;
    m_errors += other.m_errors;
}

QString Explanation::toText() const
{
    QStringList lines;
    for (const ExplanationStep &step : m_steps) {
        QString line = step.label;
        if (!step.formula.isEmpty())
            line += QStringLiteral(": ") + step.formula;
        if (!step.value.isEmpty())
            line += QStringLiteral(" = ") + step.value;
        if (!step.source.isEmpty())
            line += QStringLiteral(" [") + step.source + QLatin1Char(']');
        lines.append(line);
    }
    for (const QString &item : m_missing)
        lines.append(tr("Missing: %1").arg(item));
    for (const QString &item : m_errors)
        lines.append(tr("Invalid: %1").arg(item));
    return lines.join(QLatin1Char('\n'));
}

QString Explanation::number(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0.0)
        return QStringLiteral("0"); // no "-0"
    return locale.toString(value, 'g', 15);
}

} // namespace kinerja
