#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace kinerja {

// One step of a computation, as shown by "explain this score".
struct ExplanationStep {
    QString label;   // what this step computes, translated ("Time aspect (Waktu)")
    QString formula; // the rule, then the same with the numbers filled in
    QString value;   // the result of the step, unrounded (see Explanation::number)
    QString source;  // the rule's origin, e.g. "Perka BKN 1/2013, rumus waktu" (not translated)
};

// Whether a computation records its steps. Explain::No gives the same value, predikat
// and completeness without building the text of the steps: for recomputing a whole
// period. What is missing or invalid is still recorded (rare, and it decides
// completeness). Explain::Yes is for "explain this score".
enum class Explain { No, Yes };

// The way to a result: ordered steps, plus what was missing or invalid.
// Every scoring function returns one beside its value. A result that lacks a
// required input has no value at all (never a made-up number); `missing()` and
// `errors()` then say why.
class Explanation {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Explanation)
public:
    Explanation() = default;
    explicit Explanation(Explain explain) : m_recordsSteps(explain == Explain::Yes) {}

    // False under Explain::No: addStep() and append() keep no steps, so a computation
    // checks this before building the text of a step.
    bool recordsSteps() const { return m_recordsSteps; }
    Explain mode() const { return m_recordsSteps ? Explain::Yes : Explain::No; }

    void addStep(const QString &label, const QString &formula, const QString &value,
                 const QString &source = {});
    void addMissing(const QString &item);
    void addError(const QString &item);
    // Appends the steps, missing items and errors of `other` (a sub-computation).
    void append(const Explanation &other);

    const QVector<ExplanationStep> &steps() const { return m_steps; }
    // Required inputs that were not given (or, under a policy, were counted as 0).
    const QStringList &missing() const { return m_missing; }
    // Inputs that were given but are not valid (out of range, not a number).
    const QStringList &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    // Plain text, one step a line: "label: formula = value [source]", then the
    // missing items and errors. For logs, the CLI and tests.
    QString toText() const;

    // A value as shown in steps and messages: unrounded, i.e. 15 significant digits
    // (the precision of a double; hides binary noise such as 76.00000000000001), no
    // exponent for ordinary scores, in the notation of `locale` (by default the UI's,
    // which i18n::install sets): "87,43" and "5.000" in Indonesian, "87.43" in English.
    static QString number(double value, const QLocale &locale = QLocale());

private:
    QVector<ExplanationStep> m_steps;
    QStringList m_missing;
    QStringList m_errors;
    bool m_recordsSteps = true;
};

// A value with its explanation. `value` is empty when a required input is
// missing or invalid: callers show "incomplete", never a number.
template <typename T> struct Result {
    Result() = default;
    explicit Result(Explain explain) : explanation(explain) {}

    std::optional<T> value;
    Explanation explanation;

    bool isComplete() const { return value.has_value(); }
};

using ScoreResult = Result<double>;

} // namespace kinerja
