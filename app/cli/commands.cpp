#include "command.h"
#include "democommand.h"
#include "infocommand.h"
#include "printcommand.h"

namespace kinerja::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<PrintCommand>());
    return commands;
}

} // namespace kinerja::cli
