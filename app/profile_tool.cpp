#include "app/profile_tool.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>

#include "gis/crs_transform.h"
#include "render/profile_plot.h"

namespace covplan::app {
namespace {

bool interface_is_vietnamese() { return QLocale().language() == QLocale::Vietnamese; }

// The drawing itself, repainted at the widget's size.
class ProfileView : public QWidget {
  public:
    ProfileView(const gis::ProfileResult& result, QWidget* parent)
        : QWidget(parent), m_result(result) {
        setMinimumSize(1000, 560);
    }

  protected:
    void paintEvent(QPaintEvent*) override {
        QPainter g(this);
        g.fillRect(rect(), Qt::white);
        render::draw_profile(g, QRectF(rect()), m_result, interface_is_vietnamese(),
                             std::min(width() / 1400.0, height() / 800.0) * 1.15);
    }

  private:
    const gis::ProfileResult& m_result;
};

}  // namespace

ProfileTool::ProfileTool(PlanDocument& doc, QWidget* window)
    : QObject(window), m_doc(doc), m_window(window) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        auto r = m_watcher.result();
        if (!r) {
            const QString message = QString::fromStdString(r.error());
            emit failed(message);
            QMessageBox::warning(m_window, tr("Path profile"), message);
            return;
        }
        m_result = std::move(*r);
        show_result();
    });
}

void ProfileTool::request(const QString& from, const QString& to) {
    if (busy()) return;
    gis::ProfileRequest req;
    req.from = from.toStdString();
    req.to = to.toStdString();
    const gis::Project project = m_doc.project();
    m_watcher.setFuture(
        QtConcurrent::run([project, req] { return gis::compute_profile(project, req); }));
}

void ProfileTool::request_on_map(double from_x, double from_y, int from_site, double to_x,
                                 double to_y) {
    const gis::Project& p = m_doc.project();
    auto to_wgs = gis::CrsTransform::create(p.working_crs, gis::Crs::wgs84());
    if (!to_wgs) {
        emit failed(QString::fromStdString(to_wgs.error()));
        return;
    }
    const auto lon_lat = [&](double x, double y) {
        if (!to_wgs->transform(x, y)) return QString();
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.7f,%.7f", x, y);
        return QString::fromLatin1(buf);
    };
    QString from =
        from_site >= 0 && static_cast<std::size_t>(from_site) < p.layers.sites.size()
            ? QString::fromStdString(p.layers.sites[static_cast<std::size_t>(from_site)].site_id)
            : lon_lat(from_x, from_y);
    const QString to = lon_lat(to_x, to_y);
    if (from.isEmpty() || to.isEmpty()) {
        emit failed(tr("The points cannot be placed in WGS 84."));
        return;
    }
    request(from, to);
}

QString ProfileTool::export_to(const QString& dir) const {
    if (!m_result) return tr("No profile to export.");
    const auto png = render::profile_png(*m_result, interface_is_vietnamese());
    auto files = gis::write_profile(dir.toStdString(), *m_result, png);
    return files ? QString() : QString::fromStdString(files.error());
}

void ProfileTool::show_result() {
    if (m_dialog) m_dialog->close();
    auto* d = new QDialog(m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Path profile %1 → %2")
                          .arg(QString::fromStdString(m_result->from.label),
                               QString::fromStdString(m_result->to.label)));
    auto* layout = new QVBoxLayout(d);
    layout->addWidget(new ProfileView(*m_result, d), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QPushButton* export_button = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    export_button->setObjectName("export");
    connect(export_button, &QPushButton::clicked, d, [this, d] {
        const QString dir = QFileDialog::getExistingDirectory(
            d, tr("Export the profile (profile.csv, profile.json, profile.png)"));
        if (dir.isEmpty()) return;
        const QString err = export_to(dir);
        if (!err.isEmpty()) QMessageBox::warning(d, tr("Path profile"), err);
    });
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::close);
    layout->addWidget(buttons);
    d->resize(1200, 720);
    m_dialog = d;
    d->show();
    emit shown();
}

}  // namespace covplan::app
