#pragma once

#include <QByteArray>
#include <QString>

namespace kinerja::reports {

// The agency's header on every printed form, from the settings.
//   name      the instansi ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
//             empty = the sheet shows a marked blank and a warning
//   parent    an optional line above it ("PEMERINTAH KABUPATEN SLEMAN")
//   place     where the forms are signed ("Sleman"); empty = a dotted blank to fill by hand
//   logo      optional image bytes (PNG, JPEG, SVG not supported); unreadable = a warning
struct AgencyHeader {
    QString name;
    QString parent;
    QString place;
    QByteArray logo;
};

} // namespace kinerja::reports
