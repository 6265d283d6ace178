#pragma once

#include "sheettable.h"

#include "domain/numbertext.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <utility>

namespace kinerja::exchange {

// How the numbers written as text in an imported file read (see NumberText for one text).
// Each column follows its own evidence: texts that read only the Indonesian way ("90,5",
// "5.000.000") or only with a decimal point ("90.5", "5,000,000"). A column without
// such texts follows the rest of the file (its other number columns; a CSV file delimited
// by semicolons counts as Indonesian), else the users' Indonesian convention. Where the
// evidence conflicts, a text with two different readings ("5.000": 5 or 5000) is a problem,
// never a guess. Cells the spreadsheet stores as numbers are taken as they are.
class NumberColumns {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::NumberColumns)
public:
    void clear();
    // Looks at the text cells of the 1-based `column` of `table` below `headerRow`. The
    // table must outlive the reads: columns are told apart by table and column. A CSV file
    // delimited by semicolons is evidence of the Indonesian convention for the whole file
    // (spreadsheets save such files where the decimal mark is a comma).
    void addColumn(const SheetTable &table, int column, int headerRow = 1);

    struct Result {
        bool empty = false;          // blank text
        std::optional<double> value; // the number, when the text reads as one
        QString problem; // translated: a text with two readings and conflicting evidence
    };
    // How `text` of `column` of `table` reads. A text that is no number gives no value and
    // no problem: the caller says what the column expects.
    Result read(const SheetTable &table, int column, QStringView text) const;

    // For tests and messages: the convention `column` follows, or empty on conflicting
    // evidence.
    std::optional<NumberConvention> convention(const SheetTable &table, int column) const;

private:
    struct Evidence {
        int indonesian = 0, point = 0;
        // The first text of each kind; none for the Indonesian evidence of semicolons.
        QString indonesianExample, pointExample;
        void add(const NumberReading &reading, const QString &text);
    };
    using Key = std::pair<const SheetTable *, int>;
    std::map<Key, Evidence> m_columns;
    Evidence m_file;
    bool m_semicolons = false; // a semicolon-delimited CSV counted in m_file
};

} // namespace kinerja::exchange
