// Start-up of the workbench: command line, theme, settings, the main window; also the offscreen screenshot mode.
#pragma once

namespace splitbench::gui {

/// Runs the workbench (creates the QApplication); returns the process exit code.
/// `splitbench [FILE]` opens FILE. `--measure-startup` prints the milliseconds from process start to the
/// window's first paint and exits (see docs/performance.md). Hidden options for documentation: `--screenshot PNG` renders the window
/// offscreen at `--size WxH` (default 1400x900) with `--theme`, `--view overview|explorer` and `--dimension ID`,
/// then exits without touching the user's settings.
/// Unsaved changes are copied to AppLocalDataLocation/recovery and offered back after a crash; the hidden
/// `--test-set-trait ID=VALUE` makes one change through the undo path, for the crash-recovery test.
int runWorkbench(int argc, char *argv[]);

} // namespace splitbench::gui
