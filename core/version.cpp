#include "version.h"

namespace splitbench {

QString programVersion() { return QStringLiteral(SPLITBENCH_CORE_VERSION); }

QString writtenByText() { return QStringLiteral("Splitbench ") + programVersion(); }

} // namespace splitbench
