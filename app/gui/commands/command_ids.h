// Merge ids of the undo commands (QUndoCommand::id()); commands without an id never merge.
#pragma once

namespace splitbench::gui {

enum class CommandId : int {
    Trait = 1,
    Note,
    ProfileName,
    CustomModelName,
    TraitUncertainty,
    ImportanceUncertainty,
};

} // namespace splitbench::gui
