// libFuzzer target: arbitrary bytes as a spreadsheet (XLSX or CSV) through the matrix importer.
#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    splitbench::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    splitbench::fuzz::matrixInput(data, size);
    return 0;
}
