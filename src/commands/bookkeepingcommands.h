#pragma once

#include <QStringList>

class QTextStream;

namespace comptoir::cli {

// comptoir-cli's exit codes, shared by every command.
enum ExitCode { Ok = 0, Usage = 2, Authentication = 3, Network = 4, LocalData = 5 };

// The bookkeepers' commands of comptoir-cli, from the cache alone (no portal, no widgets):
// their options, checks, messages (stderr for problems, stdout for results) and exit codes.
// `args` are the program's arguments as QCoreApplication::arguments() gives them (the
// program, the command, its options). Usage errors (a bad or missing option, a bad date, a
// reversed range, an unknown location or period) exit 2; a missing or foreign cache, an
// empty selection, a file that cannot be written exit 5; a location the account may not
// export, 3.

// export --cache FILE --from DATE --to DATE [--location ID]... [--format xlsx|csv]
//        [--lang nl|fr|en] [--separator C] [--decimal C] [--iso-dates] [--profile NAME] --out FILE
int runExport(const QStringList& args, QTextStream& out, QTextStream& err);
// dayclose --cache FILE --period ID [--lang nl|fr|en] --out FILE.pdf — needs a QGuiApplication.
int runDayClose(const QStringList& args, QTextStream& out, QTextStream& err);
// summary --cache FILE --from DATE --to DATE [--by day|location|method] [--location ID]... [--json]
int runSummary(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace comptoir::cli
