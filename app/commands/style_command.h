#pragma once
// Map style edits (visibility, order, colour, width, symbol size, labels) are undo
// steps like any other edit: they are saved with the plan and make it "modified".

#include <QUndoCommand>

#include "app/plan_document.h"

namespace covplan::app {

class SetMapStyleCommand : public QUndoCommand {
  public:
    SetMapStyleCommand(PlanDocument& doc, core::MapStyle after, const QString& text)
        : QUndoCommand(text),
          m_doc(doc),
          m_before(doc.project().style),
          m_after(std::move(after)) {}
    void redo() override { m_doc.set_style(m_after); }
    void undo() override { m_doc.set_style(m_before); }

  private:
    PlanDocument& m_doc;
    core::MapStyle m_before, m_after;
};

}  // namespace covplan::app
