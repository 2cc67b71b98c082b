#include "app/commands/site_commands.h"

#include <QCoreApplication>

namespace covplan::app {

AddSiteCommand::AddSiteCommand(PlanDocument& doc, core::Site site)
    : m_doc(doc), m_site(std::move(site)), m_index(doc.project().layers.sites.size()) {
    setText(QCoreApplication::translate("SiteCommands", "Add site %1")
                .arg(QString::fromStdString(m_site.site_id)));
}
void AddSiteCommand::redo() { m_doc.insert_site(m_index, m_site); }
void AddSiteCommand::undo() { m_doc.remove_site(m_index); }

DeleteSiteCommand::DeleteSiteCommand(PlanDocument& doc, std::size_t index)
    : m_doc(doc), m_site(doc.project().layers.sites.at(index)), m_index(index) {
    setText(m_site.status == core::SiteStatus::Proposed
                ? QCoreApplication::translate("SiteCommands", "Delete site %1")
                      .arg(QString::fromStdString(m_site.site_id))
                : QCoreApplication::translate("SiteCommands", "Mark %1 as decommissioned")
                      .arg(QString::fromStdString(m_site.site_id)));
}
void DeleteSiteCommand::redo() { m_doc.remove_site(m_index); }
void DeleteSiteCommand::undo() { m_doc.insert_site(m_index, m_site); }

EditSiteCommand::EditSiteCommand(PlanDocument& doc, std::size_t index, core::Site after)
    : m_doc(doc),
      m_index(index),
      m_before(doc.project().layers.sites.at(index)),
      m_after(std::move(after)) {
    setText(QCoreApplication::translate("SiteCommands", "Edit site %1")
                .arg(QString::fromStdString(m_after.site_id)));
}
void EditSiteCommand::redo() { m_doc.set_site(m_index, m_after); }
void EditSiteCommand::undo() { m_doc.set_site(m_index, m_before); }

ReplaceProjectCommand::ReplaceProjectCommand(PlanDocument& doc, gis::Project after,
                                             const QString& text)
    : m_doc(doc), m_before(doc.project()), m_after(std::move(after)) {
    setText(text);
}
void ReplaceProjectCommand::redo() { m_doc.replace_project(m_after); }
void ReplaceProjectCommand::undo() { m_doc.replace_project(m_before); }

MoveSiteCommand::MoveSiteCommand(PlanDocument& doc, std::size_t index, core::Point to)
    : m_doc(doc), m_index(index), m_from(doc.project().layers.sites.at(index).location), m_to(to) {
    setText(QCoreApplication::translate("SiteCommands", "Move site %1")
                .arg(QString::fromStdString(doc.project().layers.sites.at(index).site_id)));
}

void MoveSiteCommand::redo() {
    core::Site s = m_doc.project().layers.sites.at(m_index);
    s.location = m_to;
    m_doc.set_site(m_index, s);
}

void MoveSiteCommand::undo() {
    core::Site s = m_doc.project().layers.sites.at(m_index);
    s.location = m_from;
    m_doc.set_site(m_index, s);
}

bool MoveSiteCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const MoveSiteCommand*>(other);
    if (o->m_index != m_index) return false;
    m_to = o->m_to;  // one drag = one step: keep the first origin, the last target
    return true;
}

}  // namespace covplan::app
