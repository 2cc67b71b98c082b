#pragma once
// Undoable edits of the plan's sites. Each keeps the values before and after; a
// drag is many MoveSiteCommands merged into one step.

#include <QUndoCommand>

#include "app/plan_document.h"

namespace covplan::app {

class AddSiteCommand : public QUndoCommand {
  public:
    AddSiteCommand(PlanDocument& doc, core::Site site);
    void redo() override;
    void undo() override;

  private:
    PlanDocument& m_doc;
    core::Site m_site;
    std::size_t m_index;
};

class DeleteSiteCommand : public QUndoCommand {
  public:
    DeleteSiteCommand(PlanDocument& doc, std::size_t index);
    void redo() override;
    void undo() override;

  private:
    PlanDocument& m_doc;
    core::Site m_site;
    std::size_t m_index;
};

//! Any change of a site's parameters from the properties panel (before/after values).
class EditSiteCommand : public QUndoCommand {
  public:
    EditSiteCommand(PlanDocument& doc, std::size_t index, core::Site after);
    void redo() override;
    void undo() override;

  private:
    PlanDocument& m_doc;
    std::size_t m_index;
    core::Site m_before, m_after;
};

//! A whole-project change (an import, new settings): the project before and after.
class ReplaceProjectCommand : public QUndoCommand {
  public:
    ReplaceProjectCommand(PlanDocument& doc, gis::Project after, const QString& text);
    void redo() override;
    void undo() override;

  private:
    PlanDocument& m_doc;
    gis::Project m_before, m_after;
};

class MoveSiteCommand : public QUndoCommand {
  public:
    static constexpr int kId = 1001;
    MoveSiteCommand(PlanDocument& doc, std::size_t index, core::Point to);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

  private:
    PlanDocument& m_doc;
    std::size_t m_index;
    core::Point m_from, m_to;
};

}  // namespace covplan::app
