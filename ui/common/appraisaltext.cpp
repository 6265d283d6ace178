#include "appraisaltext.h"

#include "common/displaytext.h"
#include "storage/appraisalcontent.h"

#include <QColor>
#include <QComboBox>
#include <QLocale>
#include <QWidget>

namespace kinerja::ui {

QString AppraisalText::periodTitle(const Period &period)
{
    return tr("%1 · %2").arg(period.toString(), period.label());
}

QString AppraisalText::periodRange(const Period &period)
{
    return tr("%1 – %2").arg(DisplayText::date(period.start()), DisplayText::date(period.end()));
}

void AppraisalText::fillRatingCombo(QComboBox *combo, const QString &noneText)
{
    combo->clear();
    combo->addItem(noneText.isEmpty() ? tr("(not rated)") : noneText, -1);
    for (const Rating r :
         {Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi, Rating::DiBawahEkspektasi})
        combo->addItem(ratingName(r), static_cast<int>(r));
}

std::optional<Rating> AppraisalText::rating(const QComboBox *combo)
{
    const int v = combo->currentData().toInt();
    if (v < 0)
        return std::nullopt;
    return static_cast<Rating>(v);
}

void AppraisalText::setRating(QComboBox *combo, std::optional<Rating> rating)
{
    const int index = combo->findData(rating ? static_cast<int>(*rating) : -1);
    combo->setCurrentIndex(qMax(0, index));
}

QString AppraisalText::ratingText(std::optional<Rating> rating)
{
    return rating ? ratingName(*rating) : tr("—");
}

QString AppraisalText::score(std::optional<double> value)
{
    if (!value)
        return tr("—");
    return DisplayText::decimal(*value, 2);
}

QColor AppraisalText::predikatColor(std::optional<int> level, int levels)
{
    if (!level)
        return {};
    // From a soft red (worst) through amber to a soft green (best).
    static const QColor palette[] = {QColor(0xf4, 0xc7, 0xc3), QColor(0xf9, 0xdc, 0xb5),
                                     QColor(0xfc, 0xef, 0xb4), QColor(0xd7, 0xee, 0xc6),
                                     QColor(0xb9, 0xe4, 0xc9)};
    const int n = qMax(2, levels);
    const int index = qBound(0, *level * 4 / (n - 1), 4);
    return palette[index];
}

std::optional<double> AppraisalText::amount(const QString &text, const QString &field, bool *ok,
                                            QString *error, bool mustBePositive,
                                            NumberConvention convention)
{
    std::optional<double> value;
    const Status s = AppraisalContent::parseAmount(text.trimmed(), field, &value, convention);
    if (!s) {
        *ok = false;
        *error = s.message();
        return std::nullopt;
    }
    if (mustBePositive && value && *value <= 0) {
        *ok = false;
        *error = tr("%1 must be more than 0 (a zero target cannot be divided by).").arg(field);
        return std::nullopt;
    }
    *ok = true;
    error->clear();
    return value;
}

void markInvalid(QWidget *widget, bool invalid)
{
    widget->setProperty("invalid", invalid);
    widget->setStyleSheet(
        invalid ? QStringLiteral("border: 1px solid #c62828; background: #fdecea;") : QString());
}

} // namespace kinerja::ui
