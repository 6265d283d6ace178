// kinerja-cli: everything lives in kinerja_cli_commands (app/cli).
#include "cliapp.h"

int main(int argc, char *argv[])
{
    return kinerja::cli::runCli(argc, argv);
}
