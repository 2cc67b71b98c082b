#pragma once
// Importing a layer into the open plan: pick the layer, check the guessed role and
// field mapping (every attribute has a column chooser), assign a CRS where the file
// has none, choose a legacy encoding. The import is one undoable step.

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QUndoStack>
#include <optional>

#include "app/plan_document.h"
#include "gis/project_import.h"
#include "gis/vector_dataset.h"

class QCheckBox;
class QListWidget;

namespace covplan::app {

class ImportDialog : public QDialog {
    Q_OBJECT
  public:
    ImportDialog(PlanDocument& doc, QUndoStack& undo, const QString& path,
                 QWidget* parent = nullptr);

    //! The file could not be read at all (message shown in the dialog too).
    [[nodiscard]] const QString& open_error() const { return m_open_error; }
    //! Column chosen for `attribute` ("" = none); tests and scripts set them here.
    void set_column(const QString& attribute, const QString& column);
    void set_role(core::LayerRole role);
    void set_assign_crs(const QString& crs) { m_crs->setText(crs); }
    void set_mode(gis::ImportMode mode) {
        m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
    }
    //! After an update: "2 added, 1 changed, 0 removed, 10 unchanged".
    [[nodiscard]] const QString& summary() const { return m_last_summary; }
    //! Runs the import; returns the problems (empty on success) and leaves the dialog open on
    //! errors.
    QString run_import();

  private:
    void fill_layer();
    void fill_mapping();
    void show_problems(const std::vector<core::Issue>& issues);
    [[nodiscard]] core::LayerRole role() const;

    PlanDocument& m_doc;
    QUndoStack& m_undo;
    QString m_path;
    QString m_open_error;
    std::optional<gis::VectorDatasetInfo> m_info;
    QComboBox* m_layer;
    QComboBox* m_role;
    QTableWidget* m_mapping;
    QLineEdit* m_crs;
    QLineEdit* m_encoding;
    QCheckBox* m_proposed = nullptr;
    QComboBox* m_mode = nullptr;
    QCheckBox* m_allow_outside = nullptr;
    QString m_last_summary;
    QLabel* m_message;
    QListWidget* m_problems = nullptr;
};

}  // namespace covplan::app
