#include "numericlocale.h"

#include <QCoreApplication>

#include <clocale>

namespace kinerja::locale {

void useCNumericLocale()
{
    std::setlocale(LC_NUMERIC, "C");
}

} // namespace kinerja::locale

// Runs inside every QCoreApplication constructor, right after Qt has set the process
// locale from the environment. This object is linked into every executable through
// kinerja_options (app/locale/CMakeLists.txt), so no main() can forget it.
static void kinerjaUseCNumericLocale()
{
    kinerja::locale::useCNumericLocale();
}
Q_COREAPP_STARTUP_FUNCTION(kinerjaUseCNumericLocale)
