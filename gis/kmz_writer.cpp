#include "gis/kmz_writer.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <sstream>

#include "gis/atomic_file.h"
#include "gis/crs_transform.h"
#include "gis/gdal_errors.h"

namespace covplan::gis {
namespace {

std::string xml_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

struct OverlayPng {
    std::vector<std::uint8_t> png;
    double west = 0, east = 0, south = 0, north = 0;
};

//! Warps the RGBA grid to WGS 84 lon/lat (nearest neighbour keeps class colours
//! exact) and encodes it as PNG: Google Earth expects a plate carrée LatLonBox.
std::expected<OverlayPng, std::string> warp_to_png(const KmzOverlay& o, const Crs& crs) {
    if (o.rgba.size() != o.grid.pixel_count() * 4)
        return std::unexpected("overlay " + o.name + ": pixel buffer does not match its grid");
    ScopedGdalErrors errs;
    GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr src(mem->Create("", o.grid.cols, o.grid.rows, 4, GDT_Byte, nullptr));
    if (!src) return std::unexpected("overlay " + o.name + errs.suffix());
    double gt[6] = {o.grid.origin_x,     o.grid.pixel_size_m, 0, o.grid.origin_y, 0,
                    -o.grid.pixel_size_m};
    src->SetGeoTransform(gt);
    src->SetProjection(crs.wkt().c_str());
    int bands[4] = {1, 2, 3, 4};
    // The buffer is interleaved RGBA: pixel stride 4, line stride 4 x cols.
    if (src->RasterIO(GF_Write, 0, 0, o.grid.cols, o.grid.rows,
                      const_cast<std::uint8_t*>(o.rgba.data()), o.grid.cols, o.grid.rows, GDT_Byte,
                      4, bands, 4, 4 * static_cast<GSpacing>(o.grid.cols), 1, nullptr) != CE_None)
        return std::unexpected("overlay " + o.name + errs.suffix());
    src->GetRasterBand(4)->SetColorInterpretation(GCI_AlphaBand);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    char* wgs84_wkt = nullptr;
    wgs84.exportToWkt(&wgs84_wkt);
    GDALDatasetH warped =
        GDALAutoCreateWarpedVRT(src.get(), nullptr, wgs84_wkt, GRA_NearestNeighbour, 0.0, nullptr);
    CPLFree(wgs84_wkt);
    if (!warped) return std::unexpected("overlay " + o.name + errs.suffix());
    OverlayPng out;
    double wgt[6];
    GDALGetGeoTransform(warped, wgt);
    out.west = wgt[0];
    out.north = wgt[3];
    out.east = wgt[0] + wgt[1] * GDALGetRasterXSize(warped);
    out.south = wgt[3] + wgt[5] * GDALGetRasterYSize(warped);
    char name[64];
    std::snprintf(name, sizeof name, "/vsimem/covplan_kmz_%p.png", static_cast<const void*>(&o));
    GDALDriver* png = GetGDALDriverManager()->GetDriverByName("PNG");
    GDALDatasetH copy = GDALCreateCopy(png, name, warped, FALSE, nullptr, nullptr, nullptr);
    GDALClose(warped);
    if (!copy) return std::unexpected("overlay " + o.name + errs.suffix());
    GDALClose(copy);
    vsi_l_offset size = 0;
    GByte* bytes = VSIGetMemFileBuffer(name, &size, FALSE);
    if (bytes) out.png.assign(bytes, bytes + size);
    VSIUnlink(name);
    // The PNG driver writes an .aux.xml for the georeferencing it cannot hold.
    VSIUnlink((std::string(name) + ".aux.xml").c_str());
    if (out.png.empty()) return std::unexpected("overlay " + o.name + ": PNG encoding failed");
    return out;
}

bool add_to_zip(void* zip, const std::string& name, const void* data, std::size_t size) {
    if (CPLCreateFileInZip(zip, name.c_str(), nullptr) != CE_None) return false;
    const bool ok = CPLWriteFileInZip(zip, data, static_cast<int>(size)) == CE_None;
    return CPLCloseFileInZip(zip) == CE_None && ok;
}

}  // namespace

std::expected<void, std::string> write_kmz(const std::string& path, const Crs& working_crs,
                                           const KmzDocument& doc) {
    ensure_gdal_registered();
    ScopedGdalErrors errs;
    auto to_wgs84 = CrsTransform::create(working_crs, Crs::wgs84());
    if (!to_wgs84) return std::unexpected(path + ": " + to_wgs84.error());

    std::ostringstream kml;
    kml.precision(7);
    kml << std::fixed;
    kml << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>"
        << xml_escape(doc.title) << "</name>\n";
    // Icon colours are aabbggrr; the same colours as the map's legend.
    const struct {
        const char* id;
        const char* colour;
        double scale;
    } styles[] = {{"site4g", "ffb45014", 1.0},
                  {"site5g", "ff3c14c8", 1.1},
                  {"proposed4g", "80b45014", 1.1},
                  {"proposed5g", "803c14c8", 1.1},
                  {"gap", "ff3c14dc", 0.9}};
    auto has_icon = [&](const std::string& id) {
        return std::any_of(doc.icons.begin(), doc.icons.end(),
                           [&](const KmzIcon& i) { return i.style == id && !i.png.empty(); });
    };
    for (const auto& s : styles)
        if (!has_icon(s.id))
            kml << "<Style id=\"" << s.id << "\"><IconStyle><color>" << s.colour
                << "</color><scale>" << std::setprecision(1) << s.scale << std::setprecision(7)
                << "</scale><Icon><href>http://maps.google.com/mapfiles/kml/shapes/"
                << (std::string(s.id) == "gap" ? "caution.png" : "placemark_circle.png")
                << "</href></Icon></IconStyle></Style>\n";
    for (const KmzIcon& i : doc.icons)
        if (!i.png.empty())
            kml << "<Style id=\"" << xml_escape(i.style) << "\"><IconStyle><scale>"
                << std::setprecision(2) << i.scale << std::setprecision(7)
                << "</scale><Icon><href>files/icons/" << xml_escape(i.style)
                << ".png</href></Icon><hotSpot x=\"0.5\" y=\"0.5\" xunits=\"fraction\" "
                   "yunits=\"fraction\"/></IconStyle><LabelStyle><scale>0.8</scale></LabelStyle>"
                   "</Style>\n";
    for (const KmzLineStyle& l : doc.line_styles)
        kml << "<Style id=\"" << xml_escape(l.style) << "\"><LineStyle><color>" << l.colour_abgr
            << "</color><width>" << std::setprecision(1) << l.width_px << std::setprecision(7)
            << "</width></LineStyle><PolyStyle><fill>0</fill></PolyStyle></Style>\n";
    if (!doc.legend_png.empty())
        kml << "<ScreenOverlay>\n<name>" << xml_escape(doc.legend_name)
            << "</name>\n<Icon><href>files/legend.png</href></Icon>\n"
               "<overlayXY x=\"0\" y=\"0\" xunits=\"fraction\" yunits=\"fraction\"/>\n"
               "<screenXY x=\"0.01\" y=\"0.04\" xunits=\"fraction\" yunits=\"fraction\"/>\n"
               "<size x=\"0\" y=\"0\" xunits=\"pixels\" yunits=\"pixels\"/>\n"
               "</ScreenOverlay>\n";

    std::vector<OverlayPng> pngs;
    for (std::size_t i = 0; i < doc.overlays.size(); ++i) {
        auto png = warp_to_png(doc.overlays[i], working_crs);
        if (!png) return std::unexpected(path + ": " + png.error());
        kml << "<GroundOverlay>\n<name>" << xml_escape(doc.overlays[i].name)
            << "</name>\n<visibility>" << (doc.overlays[i].visible ? 1 : 0)
            << "</visibility>\n"
            // 70 % opaque, so roads and rooftops under the coverage stay readable.
            << "<color>b3ffffff</color>\n<Icon><href>files/overlay_" << i << ".png</href></Icon>\n"
            << "<LatLonBox><north>" << png->north << "</north><south>" << png->south
            << "</south><east>" << png->east << "</east><west>" << png->west
            << "</west></LatLonBox>\n</GroundOverlay>\n";
        pngs.push_back(std::move(*png));
    }
    // Boundaries and routes: vertices to WGS 84 lon/lat, as KML wants them.
    auto coordinates = [&](const auto& ring,
                           const std::string& what) -> std::expected<std::string, std::string> {
        std::ostringstream c;
        c.precision(7);
        c << std::fixed;
        for (const core::Point& pt : ring) {
            double x = pt.x(), y = pt.y();
            if (!to_wgs84->transform(x, y))
                return std::unexpected(path + ": " + what + " cannot be transformed to WGS 84");
            c << x << "," << y << " ";
        }
        return c.str();
    };
    for (const auto& [folder, shapes] : doc.shape_folders) {
        kml << "<Folder>\n<name>" << xml_escape(folder) << "</name>\n";
        for (const KmzShape& sh : shapes) {
            kml << "<Placemark><name>" << xml_escape(sh.name) << "</name>";
            if (!sh.description.empty())
                kml << "<description>" << xml_escape(sh.description) << "</description>";
            kml << "<styleUrl>#" << xml_escape(sh.style) << "</styleUrl><MultiGeometry>";
            for (const core::Polygon& poly : sh.area) {
                auto outer = coordinates(poly.outer(), sh.name);
                if (!outer) return std::unexpected(outer.error());
                kml << "<Polygon><tessellate>1</"
                       "tessellate><outerBoundaryIs><LinearRing><coordinates>"
                    << *outer << "</coordinates></LinearRing></outerBoundaryIs>";
                for (const auto& inner : poly.inners()) {
                    auto hole = coordinates(inner, sh.name);
                    if (!hole) return std::unexpected(hole.error());
                    kml << "<innerBoundaryIs><LinearRing><coordinates>" << *hole
                        << "</coordinates></LinearRing></innerBoundaryIs>";
                }
                kml << "</Polygon>";
            }
            for (const core::LineString& line : sh.path) {
                auto c = coordinates(line, sh.name);
                if (!c) return std::unexpected(c.error());
                kml << "<LineString><tessellate>1</tessellate><coordinates>" << *c
                    << "</coordinates></LineString>";
            }
            kml << "</MultiGeometry></Placemark>\n";
        }
        kml << "</Folder>\n";
    }
    for (const auto& [folder, marks] : doc.folders) {
        kml << "<Folder>\n<name>" << xml_escape(folder) << "</name>\n";
        for (const KmzPlacemark& m : marks) {
            double x = m.location.x(), y = m.location.y();
            if (!to_wgs84->transform(x, y))
                return std::unexpected(path + ": placemark " + m.name +
                                       " cannot be transformed to WGS 84");
            kml << "<Placemark><name>" << xml_escape(m.name) << "</name><description>"
                << xml_escape(m.description) << "</description><styleUrl>#" << m.style
                << "</styleUrl><Point><coordinates>" << x << "," << y
                << "</coordinates></Point></Placemark>\n";
        }
        kml << "</Folder>\n";
    }
    kml << "</Document>\n</kml>\n";

    AtomicFile out(path);
    void* zip = CPLCreateZip(out.temp_path().c_str(), nullptr);
    if (!zip) return std::unexpected(write_failure(path, errs.suffix()));
    // doc.kml first: Google Earth reads the first .kml in the archive.
    const std::string text = kml.str();
    bool ok = add_to_zip(zip, "doc.kml", text.data(), text.size());
    for (std::size_t i = 0; ok && i < pngs.size(); ++i)
        ok = add_to_zip(zip, "files/overlay_" + std::to_string(i) + ".png", pngs[i].png.data(),
                        pngs[i].png.size());
    for (const KmzIcon& i : doc.icons)
        if (ok && !i.png.empty())
            ok = add_to_zip(zip, "files/icons/" + i.style + ".png", i.png.data(), i.png.size());
    if (ok && !doc.legend_png.empty())
        ok = add_to_zip(zip, "files/legend.png", doc.legend_png.data(), doc.legend_png.size());
    if (CPLCloseZip(zip) != CE_None) ok = false;
    if (!ok) {
        return std::unexpected(write_failure(path, errs.suffix()));
    }
    return out.commit();
}

}  // namespace covplan::gis
