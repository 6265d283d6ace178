// Kinerja desktop application: everything lives in the libraries (ui/).
#include "shell/application.h"

int main(int argc, char *argv[])
{
    return kinerja::ui::runApplication(argc, argv);
}
