#pragma once
// File → New plan: a short wizard — the ward boundary file and the plan's title,
// then where to save the plan. The plan is made by gis::create_project (the ward
// fixes the working CRS: VN-2000 TM-3 in Vietnam); the other layers follow through
// File → Import layer.

#include <QLineEdit>
#include <QWizard>

namespace covplan::app {

class NewPlanWizard : public QWizard {
    Q_OBJECT
  public:
    explicit NewPlanWizard(QWidget* parent = nullptr);
    [[nodiscard]] QString ward_path() const { return m_ward->text(); }
    [[nodiscard]] QString title() const { return m_title->text(); }
    [[nodiscard]] QString plan_path() const;
    //! Fills the fields as a user would (tests, scripted screenshots).
    void set_fields(const QString& ward, const QString& title, const QString& plan);

  private:
    QLineEdit* m_ward;
    QLineEdit* m_title;
    QLineEdit* m_plan;
};

}  // namespace covplan::app
