#include "tests/second_ward.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "core/antenna/antenna_pattern.h"
#include "core/antenna/msi_file.h"

namespace covplan::test {
namespace fs = std::filesystem;

std::optional<SecondWard> make_second_ward(const TempDir& dir, std::string& why) {
    const std::string shared = shared_data_dir();
    if (shared.empty()) {
        why = "../shared/data is absent: the second ward (Long Bình) cannot be built";
        return std::nullopt;
    }
    GDALAllRegister();
    SecondWard w;
    w.ward = dir.file("long_binh_2025.geojson");
    {
        // The one feature of the city's layer, as a planner would cut it out in QGIS.
        GDALDatasetUniquePtr src(GDALDataset::Open(
            (shared + "/longmy/cantho_wards_2025_bbox.geojson").c_str(), GDAL_OF_VECTOR));
        if (!src) {
            why = "cannot open cantho_wards_2025_bbox.geojson";
            return std::nullopt;
        }
        OGRLayer* l = src->GetLayer(0);
        l->SetAttributeFilter("ma_xa = '31473'");
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GeoJSON");
        GDALDatasetUniquePtr dst(drv->Create(w.ward.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer* out = dst->CreateLayer("long_binh", l->GetSpatialRef(), wkbMultiPolygon, nullptr);
        OGRFeatureDefn* defn = l->GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i) out->CreateField(defn->GetFieldDefn(i));
        int n = 0;
        for (auto& f : *l) {
            OGRFeature copy(out->GetLayerDefn());
            copy.SetFrom(f.get());
            if (out->CreateFeature(&copy) == OGRERR_NONE) ++n;
        }
        if (n != 1) {
            why = "Long Bình (ma_xa 31473) not found in the city's layer";
            return std::nullopt;
        }
    }
    // A 17 dBi panel file as vendors ship them (MSI, 1° steps), named by one site.
    {
        std::string text = core::format_msi(core::AntennaPattern::parametric(65, 7, 17), 1842.5);
        text = "NAME LB-PANEL-17" + text.substr(text.find('\n'));
        std::ofstream msi(dir.file("panel.msi"));
        msi << text;
    }
    w.sheet = dir.file("tram_bts_long_binh.csv");
    {
        std::ofstream f(w.sheet);
        // Around the ward's label point 105.58857 E, 9.71835 N; no antenna, power or
        // bandwidth columns for most rows, as in operators' inventories.
        f << "STT,Mã trạm,Mã cột,Tên trạm,Nhà mạng,Công nghệ,Băng tần,Kinh độ,Vĩ độ,"
             "Độ cao cột (m),Hướng phát,Anten,Trạng thái\n"
          << "1,LBH-VTL-01,LBH-T01,Viettel Long Bình 1,Viettel,4G,B3,105.5870,9.7287,36,"
             "0;120;240,,Đang hoạt động\n"
          << "2,LBH-VTL-01-5G,LBH-T01,Viettel Long Bình 1 5G,Viettel,5G,n78,105.5870,9.7287,36,"
             "0;120;240,,Đang hoạt động\n"
          << "3,LBH-VNP-01,LBH-T02,VNPT Bình Thạnh,VNPT,4G,B3,105.6010,9.7120,30,"
             "60;180;300,,Đang hoạt động\n"
          << "4,LBH-MBF-01,LBH-T03,MobiFone Vĩnh Tường,MobiFone,4G,B1,105.5750,9.7080,30,"
             ",,Đang hoạt động\n"
          << "5,LBH-VTL-02,LBH-T04,Viettel Long Bình 2,Viettel,4G,B3,105.5950,9.7330,40,"
             "90;210;330,panel.msi,Đang hoạt động\n"
          << "6,LBH-VNP-02,LBH-T05,VNPT Long Bình,VNPT,4G,B3,105.5800,9.7000,30,"
             "30;150;270,,Đang hoạt động\n";
    }
    w.project = dir.file("long_binh.covplan.gpkg");
    auto step = [&](std::vector<std::string> args) {
        auto r = run_covplan(args);
        if (r.exit_code != 0) why = args[0] + " " + args.back() + ": " + r.out + r.err;
        return r.exit_code == 0;
    };
    if (!step({"import", w.project, w.ward, "--role", "ward"})) return std::nullopt;
    // No khu vực polygons are public: the ward itself carries its population.
    if (!step({"import", w.project, w.ward, "--role", "hamlets", "--map", "population=dan_so",
               "--map", "name=ten"}))
        return std::nullopt;
    if (!step({"import", w.project, w.sheet, "--role", "sites"})) return std::nullopt;
    return w;
}

std::string ward_only_project(const TempDir& dir, const SecondWard& ward, bool without_population) {
    std::string boundary = ward.ward;
    if (without_population) {
        boundary = dir.file("ward_no_population.geojson");
        GDALDatasetUniquePtr src(GDALDataset::Open(ward.ward.c_str(), GDAL_OF_VECTOR));
        if (!src) return {};
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GeoJSON");
        GDALDatasetUniquePtr dst(drv->Create(boundary.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer* in = src->GetLayer(0);
        OGRLayer* out = dst->CreateLayer("ward", in->GetSpatialRef(), wkbMultiPolygon, nullptr);
        for (const char* field : {"ma_xa", "ten"}) {
            OGRFieldDefn defn(field, OFTString);
            out->CreateField(&defn);
        }
        for (auto& f : *in) {
            OGRFeature copy(out->GetLayerDefn());
            for (const char* field : {"ma_xa", "ten"})
                copy.SetField(field, f->GetFieldAsString(field));
            copy.SetGeometry(f->GetGeometryRef());
            if (out->CreateFeature(&copy) != OGRERR_NONE) return {};
        }
    }
    const std::string project =
        dir.file(without_population ? "ward_bare.covplan.gpkg" : "ward_only.covplan.gpkg");
    if (run_covplan({"import", project, boundary, "--role", "ward"}).exit_code != 0 ||
        run_covplan({"import", project, ward.sheet, "--role", "sites"}).exit_code != 0)
        return {};
    return project;
}

}  // namespace covplan::test
