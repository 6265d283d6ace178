#pragma once

namespace kinerja::locale {

// Sets the C library's LC_NUMERIC to "C" (the rest of the user's locale stays).
// QCoreApplication calls setlocale(LC_ALL, "") on Unix, after which printf and
// strtod follow the user's locale: under id_ID.UTF-8 they write and read "0,7".
// libxlsxwriter formats every double with them, and OOXML, CSV and SQL need "0.7"
// whatever the desktop says. Numbers a person reads go through QLocale, which does
// not depend on the C locale. Every Kinerja executable runs this when its
// QCoreApplication is constructed (numericlocale.cpp); calling it again is harmless.
void useCNumericLocale();

} // namespace kinerja::locale
