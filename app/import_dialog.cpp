#include "app/import_dialog.h"

#include <QCheckBox>
#include <QColor>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/attribute_labels.h"
#include "app/commands/site_commands.h"
#include "gis/project_import.h"

namespace covplan::app {

ImportDialog::ImportDialog(PlanDocument& doc, QUndoStack& undo, const QString& path,
                           QWidget* parent)
    : QDialog(parent), m_doc(doc), m_undo(undo), m_path(path) {
    setWindowTitle(tr("Import layer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_layer = new QComboBox(this);
    m_role = new QComboBox(this);
    for (core::LayerRole r : core::kAllRoles)
        m_role->addItem(role_label(core::role_name(r)), static_cast<int>(r));
    m_crs = new QLineEdit(this);
    m_crs->setPlaceholderText(
        tr("as declared by the file, e.g. vn2000-tm3:cantho (EPSG:5897) if it has none"));
    m_encoding = new QLineEdit(this);
    m_encoding->setPlaceholderText(tr("as declared, e.g. CP1258 for legacy files"));
    form->addRow(tr("File"), new QLabel(path, this));
    form->addRow(tr("Layer"), m_layer);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Assign CRS"), m_crs);
    form->addRow(tr("Text encoding"), m_encoding);
    m_proposed = new QCheckBox(tr("Sites without a status are proposals"), this);
    form->addRow(QString(), m_proposed);
    // The CLI's --append / --replace / --update: the same gis::ImportMode.
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Refuse (the layer is new)"), static_cast<int>(gis::ImportMode::Add));
    m_mode->addItem(tr("Add to its features (another operator's list)"),
                    static_cast<int>(gis::ImportMode::Append));
    m_mode->addItem(tr("Replace its features"), static_cast<int>(gis::ImportMode::Replace));
    m_mode->addItem(tr("Update: merge by id or name, show the changes"),
                    static_cast<int>(gis::ImportMode::Update));
    form->addRow(tr("If the role has features"), m_mode);
    m_allow_outside = new QCheckBox(tr("Keep features farther than 20 km from the ward"), this);
    form->addRow(QString(), m_allow_outside);
    layout->addLayout(form);
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setHorizontalHeaderLabels({tr("Attribute"), tr("Column in the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->setMinimumHeight(180);
    m_mapping->verticalHeader()->hide();
    layout->addWidget(m_mapping);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    // Every problem, grouped, errors first, in a list that scrolls: the one that
    // matters is never cut off below twenty notes.
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    m_problems->setMinimumHeight(90);
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (run_import().isEmpty()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto info = gis::inspect_vector_dataset(path.toStdString());
    if (!info) {
        m_open_error = QString::fromStdString(info.error());
        m_message->setText(m_open_error);
        return;
    }
    m_info = std::move(*info);
    for (const auto& l : m_info->layers) m_layer->addItem(QString::fromStdString(l.name));
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { fill_layer(); });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { fill_mapping(); });
    fill_layer();
    resize(680, 720);
}

core::LayerRole ImportDialog::role() const {
    return static_cast<core::LayerRole>(m_role->currentData().toInt());
}

void ImportDialog::set_role(core::LayerRole r) {
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(r)));
}

void ImportDialog::fill_layer() {
    if (!m_info || m_layer->currentIndex() < 0) return;
    const auto& li = m_info->layers[static_cast<std::size_t>(m_layer->currentIndex())];
    if (li.guessed_role) set_role(*li.guessed_role);
    m_crs->setEnabled(true);
    if (!li.crs)
        m_message->setText(tr("This layer declares no coordinate reference system: assign one."));
    fill_mapping();
}

void ImportDialog::fill_mapping() {
    if (!m_info || m_layer->currentIndex() < 0) return;
    const auto& li = m_info->layers[static_cast<std::size_t>(m_layer->currentIndex())];
    const core::FieldMapping guessed = core::guess_field_mapping(role(), li.fields);
    const auto specs = core::field_specs(role());
    m_mapping->setRowCount(static_cast<int>(specs.size()));
    for (int r = 0; r < static_cast<int>(specs.size()); ++r) {
        const core::FieldSpec& spec = specs[static_cast<std::size_t>(r)];
        const QString attr =
            QString::fromUtf8(spec.canonical.data(), static_cast<int>(spec.canonical.size()));
        auto* item =
            new QTableWidgetItem(attribute_label(spec.canonical) + (spec.required ? " *" : ""));
        item->setData(Qt::UserRole, attr);
        item->setToolTip(
            QString::fromUtf8(spec.description.data(), static_cast<int>(spec.description.size())));
        m_mapping->setItem(r, 0, item);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(none)"), QString());
        for (const std::string& f : li.fields)
            combo->addItem(QString::fromStdString(f), QString::fromStdString(f));
        if (auto it = guessed.find(spec.canonical); it != guessed.end())
            combo->setCurrentIndex(combo->findData(QString::fromStdString(it->second)));
        m_mapping->setCellWidget(r, 1, combo);
    }
}

void ImportDialog::show_problems(const std::vector<core::Issue>& issues) {
    m_problems->clear();
    for (const core::IssueGroup& g : core::group_issues(issues)) {
        const QString severity = g.first.severity == core::Severity::Error     ? tr("Error")
                                 : g.first.severity == core::Severity::Warning ? tr("Warning")
                                                                               : tr("Note");
        // The text after the severity is covplan's own (English) finding with its rows.
        std::string text = core::format_issue_group(g);
        if (auto colon = text.find(": "); colon != std::string::npos) text = text.substr(colon + 2);
        auto* item =
            new QListWidgetItem(severity + ": " + QString::fromStdString(text), m_problems);
        if (g.first.severity == core::Severity::Error) item->setForeground(QColor(180, 20, 20));
    }
    m_problems->setVisible(m_problems->count() > 0);
}

void ImportDialog::set_column(const QString& attribute, const QString& column) {
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        if (m_mapping->item(r, 0)->data(Qt::UserRole).toString() == attribute) {
            auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
            combo->setCurrentIndex(std::max(0, combo->findData(column)));
        }
}

QString ImportDialog::run_import() {
    if (!m_info) return m_open_error;
    gis::LayerImportOptions opts;
    opts.path = m_path.toStdString();
    opts.layer = m_layer->currentText().toStdString();
    opts.role = role();
    opts.encoding = m_encoding->text().trimmed().toStdString();
    // Same default as `covplan import`: an operator's sheet lists what is on air;
    // the "proposals" box is the CLI's --proposed.
    if (m_proposed && m_proposed->isChecked())
        opts.default_site_status = core::SiteStatus::Proposed;
    // The table is the mapping: every attribute, as chosen (none = unmapped).
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const QString attr = m_mapping->item(r, 0)->data(Qt::UserRole).toString();
        const QString col =
            qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1))->currentData().toString();
        opts.mapping_overrides.push_back((attr + "=" + col).toStdString());
    }
    if (!m_crs->text().trimmed().isEmpty()) {
        auto crs = gis::Crs::from_user_input(m_crs->text().trimmed().toStdString());
        if (!crs) {
            m_message->setText(QString::fromStdString(crs.error()));
            return m_message->text();
        }
        opts.assign_crs = *crs;
    }
    gis::Project after = m_doc.project();
    gis::ProjectImportOptions policy;
    policy.mode = static_cast<gis::ImportMode>(m_mode->currentData().toInt());
    policy.allow_outside = m_allow_outside->isChecked();
    if (!m_doc.path().isEmpty())
        policy.project_dir = QFileInfo(m_doc.path()).absolutePath().toStdString();
    auto r = gis::import_into_project(after, opts, std::nullopt, policy);
    if (!r) {
        show_problems(r.error());
        QString text;
        for (const core::IssueGroup& g : core::group_issues(r.error()))
            text += QString::fromStdString(core::format_issue_group(g)) + "\n";
        m_message->setText(tr("Not imported: %n problem(s), errors first.", "",
                              static_cast<int>(r.error().size())));
        return text;
    }
    show_problems(r->layer.issues);
    if (policy.mode == gis::ImportMode::Update) {
        const gis::LayerDiff& d = r->diff;
        m_last_summary = tr("%1 added, %2 changed, %3 removed, %4 unchanged")
                             .arg(d.added.size())
                             .arg(d.changed.size())
                             .arg(d.removed.size())
                             .arg(d.unchanged);
    }
    m_undo.push(new ReplaceProjectCommand(
        m_doc, std::move(after), tr("Import %1").arg(QString::fromStdString(r->layer.layer))));
    return {};
}

}  // namespace covplan::app
