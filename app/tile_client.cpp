#include "app/tile_client.h"

#include <QFile>
#include <QNetworkReply>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace covplan::app {

TileClient::TileClient(QString url_template, QString cache_dir, QObject* parent)
    : QObject(parent), m_template(std::move(url_template)), m_cache(cache_dir) {
    m_cache.mkpath(".");
}

QString TileClient::cache_path(const TileKey& k) const {
    return m_cache.filePath(QString("%1/%2/%3.png").arg(k.z).arg(k.x).arg(k.y));
}

QString TileClient::url(const TileKey& k) const {
    QString u = m_template;
    return u.replace("{z}", QString::number(k.z))
        .replace("{x}", QString::number(k.x))
        .replace("{y}", QString::number(k.y));
}

QImage TileClient::tile(const TileKey& k) {
    const QString path = cache_path(k);
    if (QImage* img = m_memory.object(path)) return *img;
    if (QFile::exists(path)) {
        QImage img(path);
        if (!img.isNull()) {
            m_memory.insert(path, new QImage(img));
            return img;
        }
    }
    if (m_pending.contains(path)) return {};
    m_pending.insert(path);
    QNetworkRequest req{QUrl(url(k))};
    // Tile servers' usage policies ask for an identifying User-Agent.
    req.setHeader(QNetworkRequest::UserAgentHeader, "covplan-desktop (coverage planning)");
    QNetworkReply* reply = m_net.get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, k, path] {
        reply->deleteLater();
        m_pending.remove(path);
        if (reply->error() != QNetworkReply::NoError) {
            emit tileFailed(k.z, k.x, k.y, reply->errorString());
            return;
        }
        const QByteArray data = reply->readAll();
        QImage img = QImage::fromData(data);
        if (img.isNull()) {
            emit tileFailed(k.z, k.x, k.y, "not an image");
            return;
        }
        ++m_downloads;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile f(path);  // written whole or not at all
        if (f.open(QIODevice::WriteOnly)) {
            f.write(data);
            f.commit();
        }
        m_memory.insert(path, new QImage(img));
        emit tileReady(k.z, k.x, k.y);
    });
    return {};
}

namespace {
constexpr double kPi = std::numbers::pi;
double lon_to_x(double lon, int z) { return (lon + 180.0) / 360.0 * (1 << z); }
double lat_to_y(double lat, int z) {
    const double r = lat * kPi / 180.0;
    return (1.0 - std::log(std::tan(r) + 1.0 / std::cos(r)) / kPi) / 2.0 * (1 << z);
}
}  // namespace

TileRange tiles_for(double lon0, double lat0, double lon1, double lat1, int z) {
    const int n = 1 << z;
    auto clampi = [n](double v) { return std::clamp(static_cast<int>(std::floor(v)), 0, n - 1); };
    return {z, clampi(lon_to_x(std::min(lon0, lon1), z)), clampi(lat_to_y(std::max(lat0, lat1), z)),
            clampi(lon_to_x(std::max(lon0, lon1), z)), clampi(lat_to_y(std::min(lat0, lat1), z))};
}

int zoom_for(double mpp, double lat) {
    // Web Mercator: 156543.03392 m per pixel at zoom 0 on the equator (256-px tiles).
    const double z = std::log2(156543.03392 * std::cos(lat * kPi / 180.0) / mpp);
    return std::clamp(static_cast<int>(std::round(z)), 0, 19);
}

void tile_corner(int z, int x, int y, double& lon, double& lat) {
    const double n = 1 << z;
    lon = x / n * 360.0 - 180.0;
    lat = std::atan(std::sinh(kPi * (1.0 - 2.0 * y / n))) * 180.0 / kPi;
}

}  // namespace covplan::app
