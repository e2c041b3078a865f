// libFuzzer target: arbitrary bytes as a profile, checked against the built-in and the small test catalogue.
#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    splitbench::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    splitbench::fuzz::profileInput(data, size);
    return 0;
}
