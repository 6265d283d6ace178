#pragma once

#include "domain/employee.h"

#include <QString>

namespace kinerja::exchange {

// Jenis jabatan and jenjang as spreadsheets write them: "JPT Pratama", "Fungsional Ahli
// Muda", the old eselon "III.a", any case and spacing.

// Parses a jenis jabatan text (and the jenjang it may name); false if not understood.
bool parseJabatanKind(const QString &text, JabatanKind *kind, Jenjang *jenjang);
// The jenjang named in `text` ("Analis Kepegawaian Ahli Muda"), or None. `jpt` looks for
// the JPT jenjang (Pratama, Madya, Utama), else for the fungsional ones.
Jenjang findJenjang(const QString &text, bool jpt);

} // namespace kinerja::exchange
