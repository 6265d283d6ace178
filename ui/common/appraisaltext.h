#pragma once

#include "appraisal/appraisal.h"
#include "domain/numbertext.h"
#include "scoring/period.h"
#include "scoring/rating.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QComboBox;
class QWidget;

namespace kinerja::ui {

// Short texts and small helpers shared by the appraisal pages and dialogs.
class AppraisalText {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::AppraisalText)
public:
    // "2026-Q1 · Quarter I 2026"
    static QString periodTitle(const Period &period);
    // "1 Jan 2026 – 31 Mar 2026"
    static QString periodRange(const Period &period);
    // A rating combo: "(not rated)" (or `noneText`), then Di Atas, Sesuai, Di Bawah.
    static void fillRatingCombo(QComboBox *combo, const QString &noneText = {});
    static std::optional<Rating> rating(const QComboBox *combo);
    static void setRating(QComboBox *combo, std::optional<Rating> rating);
    // "—" for an empty rating.
    static QString ratingText(std::optional<Rating> rating);
    // A score as the forms print it (2 decimals), or "—".
    static QString score(std::optional<double> value);
    // Background colour for a predikat level of `levels` (worst = 0); invalid when empty.
    static QColor predikatColor(std::optional<int> level, int levels = 5);
    // Parses a typed amount like AppraisalContent::parseAmount; *error set when refused.
    // A text with two readings ("2.125") is read by `convention`: Indonesian for texts
    // stored as typed (SKP targets, read so again when scored), DisplayText::typing()
    // for fields stored as numbers.
    static std::optional<double> amount(const QString &text, const QString &field, bool *ok,
                                        QString *error, bool mustBePositive = false,
                                        NumberConvention convention = NumberConvention::Indonesian);
};

// Marks a line edit (or any widget) as holding an invalid value (red frame) or clears it.
void markInvalid(QWidget *widget, bool invalid);

} // namespace kinerja::ui
