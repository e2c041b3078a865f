// libFuzzer target: newline-separated arguments for splitbench-cli, run inside a scratch folder.
#include "fuzz_inputs.h"

#include <QCoreApplication>

namespace {
// Never destroyed on purpose: libFuzzer ends with exit(), after which Qt's own globals may already be
// gone, and ~QCoreApplication would then crash. The scratch folder lives under $TMPDIR (scripts/fuzz
// points that at a folder it removes).
QCoreApplication *application = nullptr;
splitbench::fuzz::CliSandbox *sandbox = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "splitbench-cli";
    static char *argv[] = {name, nullptr};
    application = new QCoreApplication(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("fuzz"));
    splitbench::fuzz::quietLogging();
    sandbox = new splitbench::fuzz::CliSandbox;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sandbox->run(data, size);
    return 0;
}
