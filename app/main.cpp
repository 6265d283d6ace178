// Kinerja desktop application: everything lives in the libraries (ui/).
#include "application.h"

int main(int argc, char *argv[])
{
    return kinerja::ui::runApplication(argc, argv);
}
