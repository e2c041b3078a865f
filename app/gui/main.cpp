// Entry point of the splitbench workbench; everything else lives in splitbench_gui so tests can drive it.
#include "workbench_application.h"

int main(int argc, char *argv[])
{
    return splitbench::gui::runWorkbench(argc, argv);
}
