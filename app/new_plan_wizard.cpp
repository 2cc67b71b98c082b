#include "app/new_plan_wizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QWizardPage>

namespace covplan::app {
namespace {

//! A line edit with a Browse… button beside it.
QWidget* with_browse(QLineEdit* edit, const std::function<void()>& browse, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto* button = new QPushButton(NewPlanWizard::tr("Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    h->addWidget(button);
    return row;
}

//! A page that is complete when its line edit names something.
class FilePage : public QWizardPage {
  public:
    FilePage(QLineEdit* edit, QWidget* parent) : QWizardPage(parent), m_edit(edit) {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return !m_edit->text().trimmed().isEmpty(); }

  private:
    QLineEdit* m_edit;
};

}  // namespace

NewPlanWizard::NewPlanWizard(QWidget* parent) : QWizard(parent) {
    setWindowTitle(tr("New plan"));
    // Qt's own dialogs, not the platform's: they speak the interface's language.
    setOption(QWizard::NoBackButtonOnStartPage);
    setWizardStyle(QWizard::ClassicStyle);
    m_ward = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_plan = new QLineEdit(this);

    auto* ward_page = new FilePage(m_ward, this);
    ward_page->setTitle(tr("1. The ward boundary"));
    ward_page->setSubTitle(
        tr("A polygon layer of the ward (Shapefile, GeoPackage, GeoJSON, KML): "
           "it fixes the plan's working coordinate system, VN-2000 TM-3 in "
           "Vietnam."));
    auto* f1 = new QFormLayout(ward_page);
    f1->addRow(tr("Ward boundary"),
               with_browse(
                   m_ward,
                   [this] {
                       const QString p = QFileDialog::getOpenFileName(
                           this, tr("The ward boundary"), {},
                           tr("GIS layers (*.shp *.gpkg *.geojson *.json *.kml *.kmz);;All files "
                              "(*)"),
                           nullptr, QFileDialog::DontUseNativeDialog);
                       if (!p.isEmpty()) m_ward->setText(p);
                   },
                   ward_page));
    f1->addRow(tr("Plan title"), m_title);
    m_title->setPlaceholderText(tr("e.g. Phường Long Mỹ – digital infrastructure plan 2025–2030"));
    addPage(ward_page);

    auto* plan_page = new FilePage(m_plan, this);
    plan_page->setTitle(tr("2. Where to save the plan"));
    plan_page->setSubTitle(
        tr("The plan is one GeoPackage file (.covplan.gpkg). Sites, khu vực, "
           "fiber and priority places follow through File → Import layer."));
    auto* f2 = new QFormLayout(plan_page);
    f2->addRow(tr("Plan file"), with_browse(
                                    m_plan,
                                    [this] {
                                        const QString p = QFileDialog::getSaveFileName(
                                            this, tr("Save the new plan as"), {},
                                            tr("covplan projects (*.covplan.gpkg)"), nullptr,
                                            QFileDialog::DontUseNativeDialog);
                                        if (!p.isEmpty()) m_plan->setText(p);
                                    },
                                    plan_page));
    addPage(plan_page);
}

QString NewPlanWizard::plan_path() const {
    QString p = m_plan->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(".covplan.gpkg")) p += ".covplan.gpkg";
    return p;
}

void NewPlanWizard::set_fields(const QString& ward, const QString& title, const QString& plan) {
    m_ward->setText(ward);
    m_title->setText(title);
    m_plan->setText(plan);
}

}  // namespace covplan::app
