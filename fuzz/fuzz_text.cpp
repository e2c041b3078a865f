// libFuzzer target: arbitrary bytes as a model and profile name: every text output must show it literally with the real scores.
#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    splitbench::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    splitbench::fuzz::textInput(data, size);
    return 0;
}
