#pragma once
// An XYZ ("slippy map") tile client: URL template with {z}/{x}/{y}, a disk cache so
// tiles are fetched once, and a small memory cache. Optional: covplan works fully
// offline without a basemap.

#include <QCache>
#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>

namespace covplan::app {

struct TileKey {
    int z, x, y;
    bool operator==(const TileKey&) const = default;
};

class TileClient : public QObject {
    Q_OBJECT
  public:
    //! `url_template` like "https://tile.openstreetmap.org/{z}/{x}/{y}.png".
    TileClient(QString url_template, QString cache_dir, QObject* parent = nullptr);

    //! The tile if it is in memory or on disk; otherwise null, and a download starts
    //! (tileReady follows). Never blocks on the network.
    QImage tile(const TileKey& key);
    [[nodiscard]] int downloads() const { return m_downloads; }
    [[nodiscard]] const QString& url_template() const { return m_template; }

  signals:
    void tileReady(int z, int x, int y);
    void tileFailed(int z, int x, int y, QString error);

  private:
    [[nodiscard]] QString cache_path(const TileKey& k) const;
    [[nodiscard]] QString url(const TileKey& k) const;

    QString m_template;
    QDir m_cache;
    QNetworkAccessManager m_net;
    QCache<QString, QImage> m_memory{256};
    QSet<QString> m_pending;
    int m_downloads = 0;
};

//! Tiles covering the WGS 84 box at zoom z (Web Mercator tiling scheme).
struct TileRange {
    int z, x0, y0, x1, y1;  //!< inclusive
};
[[nodiscard]] TileRange tiles_for(double lon0, double lat0, double lon1, double lat1, int z);
//! Zoom level whose pixels match `meters_per_pixel` at latitude `lat`.
[[nodiscard]] int zoom_for(double meters_per_pixel, double lat_deg);
//! North-west corner of a tile, lon/lat degrees.
void tile_corner(int z, int x, int y, double& lon, double& lat);

}  // namespace covplan::app
