#include "accountcommand.h"
#include "auditcommand.h"
#include "command.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "printcommand.h"
#include "servercommand.h"

namespace kinerja::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<PrintCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ServerCommand>());
    commands.push_back(std::make_unique<AccountCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    return commands;
}

} // namespace kinerja::cli
