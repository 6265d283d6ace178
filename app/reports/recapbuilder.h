#pragma once

// Internal: the pieces the recaps share (recaps.h is the API).

#include "recaps.h"
#include "reports/layout.h"

#include <QCoreApplication>
#include <QLocale>

namespace kinerja::reports {

class RecapBuilder {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::Recaps)
public:
    RecapBuilder(const RecapHeading &heading, const RecapOptions &options);

    Document predikat(const PredikatRecapData &data); // recaps_predikat.cpp
    Document pending(const PendingRecapData &data);   // recaps_pending.cpp
    Document training(const TrainingRecapData &data); // recaps_training.cpp

    static QString pageText(); // "Page %1 of %2"
    static QString stateName(AppraisalState state);
    static QString competencyName(CompetencyCategory category);

private:
    // Title, footer, page numbers, the agency header, the title lines, unit and period.
    Document begin(RecapKind kind, const QString &title);
    void finish(Document *doc) const; // the signature block, where asked for

    static Cell head(const QString &text, int span = 1);
    static Cell cell(const QString &text, Align align = Align::Left, bool bold = false);
    static Cell number(int n);
    Cell marked(const QString &text) const; // italic, for "— (not yet)" and the like
    static TextBlock heading(const QString &text, double pt = 10.0);
    static TextBlock sentence(const QString &text, bool italic = false, bool bold = false);
    // "Budi Santoso\n198503122010011003" (the NIP alone fits the column)
    static QString nameAndNip(const QString &name, const QString &nip);
    QString decimal(double v, int decimals) const;       // "33,3" (Indonesian forms)
    QString percent(int count, int total) const;         // "33,3%"; "—" when total is 0
    QString resultText(const RecapAppraisal &row) const; // predikat, with the score
    QString predikatClass(const QVector<Predikat> &predikats) const; // "A and/or B"
    static QString ratingText(const std::optional<Rating> &rating);

    // recaps_predikat.cpp
    void distributionSection(Document *doc, const PredikatRecapData &data);
    void permenpanDistribution(Document *doc, const PredikatRecapData &data);
    void numericDistribution(Document *doc, SchemeKind kind,
                             const QVector<RecapPredikatCount> &counts);
    void patternCheck(Document *doc, const PredikatRecapData &data);

    const RecapHeading &m_heading;
    const RecapOptions &m_options;
    QLocale m_locale;
};

} // namespace kinerja::reports
