// The program version, compiled in from the CMake project version; written into saved profiles.
#pragma once

#include <QString>

namespace splitbench {

/// e.g. "0.1.0".
QString programVersion();

/// How saved files name the program that wrote them, e.g. "Splitbench 0.1.0".
QString writtenByText();

} // namespace splitbench
