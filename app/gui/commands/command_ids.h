// Merge ids of the undo commands (QUndoCommand::id()): each names one kind of edit that merges with the next.
#pragma once

namespace splitbench::gui {

/// Edits without an id never merge. Give a kind of edit an id only when consecutive edits of it are one step
/// for the user (a slider drag, typing in a field); each id belongs to one ChangeValue edit in ProfileDocument.
enum class CommandId : int {
    None = -1, ///< QUndoCommand's "never merges".
    Trait = 1,
    Note,
    ProfileName,
    TraitUncertainty,
    ImportanceUncertainty,
    OrganisationFigure, ///< Typing or spinning in one field of the organisation's size and staff figures.
    PriceFigure,        ///< Typing or spinning in one price of one model.
    ParticipantTrait,   ///< One slider drag on one participant's trait.
    ParticipantNote,
    ParticipantUncertainty,
    ParticipantWeight, ///< Typing or spinning in one participant's weight.
    // --- Scenarios
    ScenarioTrait,  ///< One slider drag on one trait of one scenario.
    ScenarioFigure, ///< Typing or spinning in one organisation figure or price of one scenario.
    // --- Proposals
    PreparedFor, ///< Typing in the profile's Prepared for field.
};

} // namespace splitbench::gui
