#pragma once

#include <QString>

#include <optional>

namespace kinerja {

// How a number is written: Indonesian ("5.000.000", "90,5": dots group thousands, a comma
// marks the decimals) or with a decimal point ("5,000,000", "90.5").
enum class NumberConvention { Indonesian, PointDecimal };

// One text read as a number under both conventions. Spaces (also no-break spaces) are
// ignored and a leading + or - is allowed; there is no exponent, currency or percent sign.
// A grouped number has groups of exactly three digits after a first group of one to three
// that does not start with 0 ("0.750" is no Indonesian number, so it is 0.75).
struct NumberReading {
    enum class Kind {
        NotNumber,
        Plain,          // the same under both ("5", "-12", "1 000")
        IndonesianOnly, // "90,5", "5.000.000", "1.234,5", "5.000,00"
        PointOnly,      // "90.5", "0.75", "5,000,000", "1,234.5"
        Ambiguous,      // both, with different values: "5.000" (5000 or 5), "1,500" (1.5 or 1500)
    };
    Kind kind = Kind::NotNumber;
    double indonesian = 0; // the value under the Indonesian convention (when it has one)
    double point = 0;      // the value under the decimal-point convention (when it has one)

    bool isNumber() const { return kind != Kind::NotNumber; }
    bool isAmbiguous() const { return kind == Kind::Ambiguous; }
    // The value under `convention`; a text with one reading gives that reading whatever
    // the convention.
    std::optional<double> value(NumberConvention convention) const;
};

// The rules by which Kinerja reads numbers written as text (typed, imported, stored).
class NumberText {
public:
    static NumberReading read(QStringView text);
    // The value of `text`, its ambiguous readings taken by `convention` (Indonesian: the
    // users' own, "5.000" is five thousand); empty when it is no number.
    static std::optional<double> parse(QStringView text,
                                       NumberConvention convention = NumberConvention::Indonesian);
    // `value` written so that it has one reading under both conventions and reads as the
    // same number in Indonesian: no grouping, a decimal comma ("5000", "90,5", "-0,25").
    static QString plain(double value);
};

} // namespace kinerja
